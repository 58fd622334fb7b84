"""Records to table rows: the one place that knows how record fields map onto table columns."""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import fields
from datetime import datetime
from functools import cache

import pandas as pd

from flows.records import Article, Entity, Event, Mention, Quote, Rejected
from schemas import TABLES


def _fields(record) -> dict:
    """The record's fields as a dict, one level deep. ``dataclasses.asdict`` deep-copies every nested
    value (lists, tuples, nested records), which cost as much CPU as validating the rows; the rows go
    straight into a frame, so sharing the record's values is safe."""
    return {name: getattr(record, name) for name in _field_names(type(record))}


@cache
def _field_names(record_type: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(record_type))


def frame(table: str, rows: Sequence[dict]) -> pd.DataFrame:
    """A frame with exactly the table's columns (in contract order), also when there are no rows."""
    columns = TABLES[table].columns
    if not rows:
        return pd.DataFrame({c: pd.Series(dtype=object) for c in columns})
    return pd.DataFrame.from_records(list(rows), columns=columns)


def article_rows(articles: Iterable[Article], run_id: str, ingested_at: datetime) -> list[dict]:
    return [{**_fields(a), "run_id": run_id, "ingested_at": ingested_at} for a in articles]


def mention_rows(article_id: str, mentions: Iterable[Mention]) -> list[dict]:
    return [{**_fields(m), "article_id": article_id, "mention_id": f"{article_id}:m{m.start}-{m.end}"}
            for m in mentions]


def quote_rows(article_id: str, quotes: Iterable[Quote]) -> list[dict]:
    return [{**_fields(q), "article_id": article_id, "quote_group": q.group} for q in quotes]


def event_rows(article_id: str, events: Iterable[Event]) -> tuple[list[dict], list[dict]]:
    """Rows for ``events`` and ``event_participants``."""
    event_table, participant_table = [], []
    for event in events:
        row = _fields(event)
        participants = row.pop("participants")
        event_table.append({**row, "article_id": article_id})
        participant_table += [{**_fields(p), "article_id": article_id, "event_id": event.event_id}
                              for p in participants]
    return event_table, participant_table


def entity_rows(entities: Iterable[Entity]) -> list[dict]:
    return [{**_fields(e), "aliases": list(e.aliases)} for e in entities]


def quarantine_rows(rejected: Iterable[Rejected | dict], run_id: str, at: datetime) -> list[dict]:
    """Quarantine rows from ingest rejections (records) and validation failures (dicts)."""
    rows = []
    for item in rejected:
        entry = _fields(item) if isinstance(item, Rejected) else dict(item)
        entry.setdefault("table", "articles")
        rows.append({**entry, "run_id": run_id, "quarantined_at": at})
    return rows
