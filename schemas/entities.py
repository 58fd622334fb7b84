"""``entities``: canonical persons, places and organisations that mentions link to."""
from __future__ import annotations

import pandera.pandas as pa
from pandera.typing import Series

from schemas._base import column
from schemas.mentions import ENTITY_TYPES


class Entities(pa.DataFrameModel):
    """Reference entities from the gazetteer plus entities discovered in the articles."""

    entity_id: Series[str] = column("Stable id <type>:<slug>, e.g. per:wolodymyr-selenskyj.", "string", unique=True)
    name: Series[str] = column("Canonical name (German press spelling).", "string")
    type: Series[str] = column("PER, ORG, LOC or MISC.", "string", isin=ENTITY_TYPES)
    wikidata_id: Series[str] = column("Wikidata QID when known.", "string", nullable=True, str_matches=r"^Q\d+$")
    aliases: Series[object] = column("Known spellings: gazetteer aliases, or surface forms seen for discovered ones.",
                                     "list<string>")
    origin: Series[str] = column("reference (gazetteer) or discovered (found in articles).", "string",
                                 isin=["reference", "discovered"])

    class Config:
        coerce = True
