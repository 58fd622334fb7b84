"""``quarantine``: inputs and rows that could not be used, with the reason."""
from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from schemas._base import column

STAGES = ["ingest", "clean", "names", "quotes", "events", "validate", "write"]


class Quarantine(pa.DataFrameModel):
    """Rejected inputs (unreadable files, bad records), rows that failed validation and values dropped from kept rows."""

    run_id: Series[str] = column("Run that quarantined the item.", "string")
    stage: Series[str] = column("Pipeline stage that rejected it; clean: a value of an article that was kept "
                                "(a publication date guessed from its file name or text that cannot be one).",
                                "string", isin=STAGES)
    table: Series[str] = column("Table the row was meant for (articles for an input that could not be read).",
                                "string")
    source_ref: Series[str] = column("Input file and record position (as articles.source_ref), or for a row that "
                                     "failed validation its key values joined by ':' (e.g. a mention_id).", "string")
    reason: Series[str] = column("Why it was rejected, in words.", "string")
    payload: Series[str] = column("The rejected record or an excerpt, as JSON text (capped).", "string")
    quarantined_at: Series[pd.DatetimeTZDtype] = column("When (UTC).", "timestamp",
                                                        dtype_kwargs={"unit": "us", "tz": "UTC"})

    class Config:
        coerce = True
