"""``events``: typed event mentions (PLOVER) with mode, resolved date and place."""
from __future__ import annotations

import datetime as dt

import pandas as pd
import pandera.pandas as pa
from pandera.engines import pandas_engine
from pandera.typing import Series

from schemas._base import column, spans_match

EVENT_TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
               "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "ANNOUNCE", "OTHER"]
MODES = ["realized", "intended", "hypothetical", "negated"]
DATE_PRECISIONS = ["day", "week", "month", "year"]
DATE_METHODS = ["explicit", "relative", "none"]
#: Days an event may be dated to; a bound crossed is a resolver bug (an unknown day of a historical
#: mention such as "15. Juni 1215" is null before validation, its words kept in date_text).
EARLIEST_EVENT_DATE, LATEST_EVENT_DATE = dt.date(1900, 1, 1), dt.date(2100, 1, 1)


class Events(pa.DataFrameModel):
    """One row per event mention; participants are in ``event_participants``."""

    article_id: Series[str] = column("Article the event is in.", "string")
    event_id: Series[str] = column("Unique id: <article_id>:e<n> in text order.", "string", unique=True)
    event_type: Series[str] = column("PLOVER type, ANNOUNCE or OTHER.", "string", isin=EVENT_TYPES)
    trigger: Series[str] = column("Trigger word(s), equal to articles.text[trigger_start:trigger_end].", "string")
    trigger_start: Series[int] = column("Start offset of the trigger.", "int32", ge=0)
    trigger_end: Series[int] = column("End offset of the trigger, exclusive.", "int32", ge=0)
    sentence_start: Series[int] = column("Start offset of the sentence holding the trigger (evidence).", "int32",
                                         ge=0)
    sentence_end: Series[int] = column("End offset of that sentence.", "int32", ge=0)
    mode: Series[str] = column("realized, intended, hypothetical or negated.", "string", isin=MODES)
    date: Series[pandas_engine.Date] = column(
        "Day of the event resolved against the publication date (Europe/Berlin); null below day precision and "
        "for a day outside 1900-2100 (a historical mention; date_text keeps its words).",
        "date", nullable=True, ge=EARLIEST_EVENT_DATE, le=LATEST_EVENT_DATE)
    date_text: Series[str] = column("Words the date comes from (kept for week/month/year phrases too).", "string",
                                    nullable=True)
    date_precision: Series[str] = column("day, week, month or year; null when no date phrase.", "string",
                                         nullable=True, isin=DATE_PRECISIONS)
    date_method: Series[str] = column("explicit (a calendar date), relative (to publication) or none.", "string",
                                      isin=DATE_METHODS)
    location_entity_id: Series[str] = column("Place of the event (entities.entity_id).", "string", nullable=True)
    location_name: Series[str] = column("Canonical name of the place.", "string", nullable=True)
    quote_id: Series[str] = column("Quote the trigger sits in (reported events), else null.", "string",
                                   nullable=True)
    confidence: Series[float] = column("Extractor confidence in [0, 1].", "float32", ge=0, le=1)

    class Config:
        coerce = True

    @pa.dataframe_check(name="text[trigger_start:trigger_end] equals trigger")
    def surface(cls, df: pd.DataFrame) -> Series[bool]:
        return spans_match(df, "trigger_start", "trigger_end", "trigger")
