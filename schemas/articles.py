"""``articles``: one row per ingested article (duplicates included, marked by ``duplicate_of``)."""
from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from schemas._base import column

EARLIEST_PLAUSIBLE = pd.Timestamp("1990-01-01", tz="UTC")
INPUT_FORMATS = ["txt", "md", "json", "jsonl", "html"]


class Articles(pa.DataFrameModel):
    """Clean article bodies with their metadata; every offset in the other tables refers to ``text``."""

    article_id: Series[str] = column("Stable id: from the normalized URL, else from the normalized text.",
                                     "string", unique=True, str_matches=r"^a[0-9a-f]{15}$")
    source_path: Series[str] = column("Input file the article was read from, as found under --input (absolute "
                                      "when --input was absolute, else relative to where the run started).",
                                      "string")
    source_ref: Series[str] = column("source_path plus the record position (#L<line> for JSONL, [i] for a JSON list).",
                                     "string")
    input_format: Series[str] = column("Reader used: txt, md, json, jsonl or html.", "string", isin=INPUT_FORMATS)
    url: Series[str] = column("Canonical URL from the metadata, else (HTML pages) the page's canonical link or og:url, "
                                 "when absolute.", "string", nullable=True)
    title: Series[str] = column("Headline from metadata, front matter or the HTML page.", "string", nullable=True)
    source: Series[str] = column("Publisher or feed name from the metadata, else the site name an HTML page gives.",
                                 "string", nullable=True)
    published_at: Series[pd.DatetimeTZDtype] = column(
        "Publication time in UTC (a date-only 2026-03-10 is 2026-03-09 23:00 UTC, midnight in Berlin); null "
        "when no date was found (never the file time).", "timestamp",
        nullable=True, dtype_kwargs={"unit": "us", "tz": "UTC"}, ge=EARLIEST_PLAUSIBLE)
    published_from: Series[str] = column(
        "Where published_at came from: metadata; filename (a date in the file name); text (a date stamped in the "
        "text: a 'Stand:' or 'Veröffentlicht am' line, a dateline opening it such as 'Wien, 12.3.2024 (APA) –', "
        "a date line or signature closing it; never a date in the running text). Null = no date; a file name or "
        "text date before 1990 or in the future is not taken (quarantine, stage clean, says so).",
        "string", nullable=True, isin=["metadata", "filename", "text"])
    language: Series[str] = column("ISO 639-1 language code from metadata or a stop-word guess.", "string",
                                   nullable=True)
    text: Series[str] = column("Clean body: NFC, boilerplate lines removed, paragraphs separated by blank lines.",
                               "string")
    boilerplate: Series[object] = column("Lines removed from the body (related links, credits, copyright ...).",
                                         "list<string>")
    content_hash: Series[str] = column("SHA-256 of the clean text.", "string", str_length={"min_value": 64,
                                                                                            "max_value": 64})
    duplicate_of: Series[str] = column("article_id of the article this one duplicates; null for originals.",
                                       "string", nullable=True)
    duplicate_kind: Series[str] = column("exact (same text), near (MinHash similarity) or null.", "string",
                                         nullable=True, isin=["exact", "near"])
    run_id: Series[str] = column("Run that wrote this row.", "string")
    ingested_at: Series[pd.DatetimeTZDtype] = column("When the run ingested the article (UTC).", "timestamp",
                                                     dtype_kwargs={"unit": "us", "tz": "UTC"})

    class Config:
        coerce = True

    @pa.dataframe_check(name="not published in the future (more than 2 days ahead of ingestion)")
    def published_not_in_future(cls, df: pd.DataFrame) -> Series[bool]:
        return df["published_at"].isna() | (df["published_at"] <= df["ingested_at"] + pd.Timedelta(days=2))
