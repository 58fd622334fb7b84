"""``quotes``: direct, indirect, partial and reported quotations with their speakers.

Types: ``direct`` (words inside quotation marks with a cue or speaker), ``indirect`` (a Konjunktiv or ``dass``
content clause of a cue, or a cue-less sentence in reported mood), ``partial`` (quoted words inside a sentence
of the writer's) and ``reported``: a speech act told without a Konjunktiv or ``dass`` content clause, or a
``zu``-infinitive complement (``Merz forderte mehr Druck auf Russland``, ``Sie rief die Regierung auf, die
Gespräche fortzusetzen``); its ``text`` is the whole sentence, speaker and cue included, as SpkAtt's type
Reported marks it. The pipeline stores every type. The devset conventions (``../shared/data/devset/CONVENTIONS.md``)
count no such span, so devset-convention scores leave ``reported`` out, and so does an analysis that wants only
what was said in content (``type != 'reported'``).
"""
from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from schemas._base import column, spans_match

QUOTE_TYPES = ["direct", "indirect", "partial", "reported"]


class Quotes(pa.DataFrameModel):
    """Quotations; ``text`` is the content inside the marks (direct, partial) or the reported clause."""

    article_id: Series[str] = column("Article the quote is in.", "string")
    quote_id: Series[str] = column("Unique id: <article_id>:q<n> in text order.", "string", unique=True)
    text: Series[str] = column("Quoted or reported text, equal to articles.text[start:end].", "string")
    start: Series[int] = column("Start offset in articles.text.", "int32", ge=0)
    end: Series[int] = column("End offset in articles.text, exclusive.", "int32", ge=0)
    type: Series[str] = column("direct, indirect, partial or reported (see the module docstring).", "string",
                               isin=QUOTE_TYPES)
    speaker_text: Series[str] = column("Words naming the speaker nearest the quote (name, role or pronoun).",
                                       "string", nullable=True)
    speaker_start: Series[pd.Int64Dtype] = column("Start offset of speaker_text.", "int32", nullable=True, ge=0)
    speaker_end: Series[pd.Int64Dtype] = column("End offset of speaker_text.", "int32", nullable=True, ge=0)
    speaker_entity_id: Series[str] = column("Speaker's entity; null for anonymous or unresolved speakers.", "string",
                                            nullable=True)
    speaker_name: Series[str] = column(
        "Canonical name of the speaker entity; for a country's government the gazetteer does not list, that "
        "government by the country's adjective (Japanische Regierung) with a null speaker_entity_id.",
        "string", nullable=True)
    cue: Series[str] = column("Attribution marker as written; discontinuous parts joined by ' ... '.", "string",
                              nullable=True)
    channel: Series[str] = column("Medium where given (auf der Plattform X, im Staatsfernsehen).", "string",
                                  nullable=True)
    quote_group: Series[pd.Int64Dtype] = column("Same number on every part of a split direct quote.", "int32",
                                                nullable=True)
    confidence: Series[float] = column("Extractor confidence in [0, 1].", "float32", ge=0, le=1)

    class Config:
        coerce = True

    @pa.dataframe_check(name="text[start:end] equals the quote text")
    def surface(cls, df: pd.DataFrame) -> Series[bool]:
        return spans_match(df, "start", "end", "text")

    @pa.dataframe_check(name="text[speaker_start:speaker_end] equals speaker_text")
    def speaker_surface(cls, df: pd.DataFrame) -> Series[bool]:
        return spans_match(df, "speaker_start", "speaker_end", "speaker_text")
