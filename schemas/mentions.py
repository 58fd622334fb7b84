"""``mentions``: spans of an article's text that name or refer to a person, place or organisation."""
from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from schemas._base import column, spans_match

ENTITY_TYPES = ["PER", "ORG", "LOC", "MISC"]


class Mentions(pa.DataFrameModel):
    """Name mentions with the entity they were linked to (null when the resolver abstained)."""

    article_id: Series[str] = column("Article the mention is in (articles.article_id).", "string")
    mention_id: Series[str] = column("Unique id: <article_id>:m<start>-<end>.", "string", unique=True)
    start: Series[int] = column("Start offset in articles.text (code points).", "int32", ge=0)
    end: Series[int] = column("End offset in articles.text, exclusive.", "int32", ge=0)
    text: Series[str] = column("Surface text, equal to articles.text[start:end].", "string")
    entity_id: Series[str] = column("Linked entity (entities.entity_id); null when unsure.", "string", nullable=True)
    entity_name: Series[str] = column("Canonical name of the linked entity.", "string", nullable=True)
    entity_type: Series[str] = column("PER, ORG, LOC or MISC.", "string", isin=ENTITY_TYPES)
    method: Series[str] = column(
        "How it was found and linked: exact, alias, fold or fuzzy (a gazetteer name), one-sense (a short form of a "
        "name earlier in the article), role (a role phrase such as 'der Kanzler'; unlinked when no holder is "
        "known), pronoun, discovered (a name not in the gazetteer); ambiguous or gate:<reason> when the resolver "
        "abstained (entity_id null).", "string")
    confidence: Series[float] = column("Linking confidence in [0, 1].", "float32", ge=0, le=1)

    class Config:
        coerce = True

    @pa.dataframe_check(name="end >= start")
    def ordered(cls, df: pd.DataFrame) -> Series[bool]:
        return df["end"] >= df["start"]

    @pa.dataframe_check(name="text[start:end] equals the stored surface")
    def surface(cls, df: pd.DataFrame) -> Series[bool]:
        return spans_match(df, "start", "end", "text")
