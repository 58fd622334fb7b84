"""What a reader yields before cleaning, and the quarantine helper every ingest step shares."""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from flows.ingest.limits import MAX_PAYLOAD_BYTES
from flows.records import Rejected

#: metadata fields read from sidecars, front matter and JSON records
METADATA_FIELDS = ("url", "title", "source", "published_at", "language")


@dataclass(frozen=True, slots=True)
class RawRecord:
    """One input document as read, before cleaning: exactly one of ``text``/``html`` is the body
    (``text`` wins when both are given). ``published_at`` is the raw metadata string."""

    source_path: str
    source_ref: str  # source_path, plus "#L<line>" (JSONL) or "[<index>]" (JSON list)
    input_format: str  # txt, md, json, jsonl, html
    text: str | None = None
    html: str | None = None
    url: str | None = None
    title: str | None = None
    source: str | None = None
    published_at: str | None = None
    language: str | None = None
    record_id: str | None = None  # the record's own "id" field, when it has one


def payload_json(fields: dict[str, Any], limit: int = MAX_PAYLOAD_BYTES) -> str:
    """JSON text of ``fields`` capped at ``limit`` UTF-8 bytes by shortening the longest string.

    >>> payload_json({"excerpt": "x" * 5000}, limit=40)
    '{"excerpt": "xxxxxxxxxxxxxxxxxxxxxx…"}'
    """
    fields = dict(fields)
    while len(encoded := json.dumps(fields, ensure_ascii=False, default=str).encode()) > limit:
        key = max((k for k, v in fields.items() if isinstance(v, str)), key=lambda k: len(fields[k]), default=None)
        if key is None or not fields[key]:
            return json.dumps({"truncated": True})
        overflow = len(encoded) - limit
        keep = max(len(fields[key]) - overflow - len("…".encode()), 0)
        fields[key] = fields[key][:keep] + "…" if keep else ""
    return encoded.decode()


def reject(source_ref: str, reason: str, **payload: Any) -> Rejected:
    """A quarantine record of the ingest stage with a capped JSON payload."""
    return Rejected(stage="ingest", source_ref=source_ref, reason=reason, payload=payload_json(payload))
