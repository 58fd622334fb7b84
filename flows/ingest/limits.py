"""Size limits for inputs, in bytes: one place so readers, cleaning and messages agree.

A single document (a .txt/.md/.html file, or one JSON/JSONL record) above
:data:`MAX_DOCUMENT_BYTES` is rejected: real news articles are a few kB to a few hundred kB, so
anything that large is a dump, a mis-saved file or an attack on memory. JSONL files have no size
limit because they are streamed line by line; a .json file must be parsed whole, so it is capped.
"""
from __future__ import annotations

MAX_DOCUMENT_BYTES = 5 * 1024 * 1024
MAX_JSON_FILE_BYTES = 64 * 1024 * 1024
MAX_PAYLOAD_BYTES = 2048  # cap on the quarantine payload excerpt


def format_size(n_bytes: int) -> str:
    """Human size for messages.

    >>> format_size(5 * 1024 * 1024)
    '5.0 MB'
    >>> format_size(900)
    '900 bytes'
    """
    if n_bytes < 1024:
        return f"{n_bytes} bytes"
    if n_bytes < 1024 * 1024:
        return f"{n_bytes / 1024:.1f} kB"
    return f"{n_bytes / (1024 * 1024):.1f} MB"
