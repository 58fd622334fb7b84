"""Ingestion: read raw files, clean them into articles, mark duplicates.

The pipeline calls, in this order::

    for path in discover(paths):
        for item in read_file(path):          # I/O edge: RawRecord or Rejected
            result = clean(item) if isinstance(item, RawRecord) else item
    articles = mark_duplicates(articles)      # pure, order-independent

``strip_boilerplate`` and ``normalize_text`` are reused by the extractors.
"""
from flows.ingest.boilerplate import strip_boilerplate
from flows.ingest.clean import clean
from flows.ingest.dedupe import mark_duplicates
from flows.ingest.raw import RawRecord
from flows.ingest.readers import check_inputs, discover, read_file
from flows.ingest.text import normalize_text

__all__ = ["RawRecord", "check_inputs", "clean", "discover", "mark_duplicates", "normalize_text", "read_file",
           "strip_boilerplate"]
