"""``event_participants``: actors and targets of each event."""
from __future__ import annotations

import pandera.pandas as pa
from pandera.typing import Series

from schemas._base import column


class EventParticipants(pa.DataFrameModel):
    """One row per participant of an event; join to ``events`` on ``event_id``."""

    article_id: Series[str] = column("Article the event is in.", "string")
    event_id: Series[str] = column("Event (events.event_id).", "string")
    role: Series[str] = column("actor or target.", "string", isin=["actor", "target"])
    entity_id: Series[str] = column("Participant entity; null when unlinked.", "string", nullable=True)
    name: Series[str] = column("Canonical name, or the surface text when unlinked.", "string")
    text: Series[str] = column("Surface words in the article (a name, a role, an adjective such as 'russische').",
                               "string")

    class Config:
        coerce = True
