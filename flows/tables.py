"""Records to table rows: the one place that knows how record fields map onto table columns."""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import asdict
from datetime import datetime

import pandas as pd

from flows.records import Article, Entity, Event, Mention, Quote, Rejected
from schemas import TABLES


def frame(table: str, rows: Sequence[dict]) -> pd.DataFrame:
    """A frame with exactly the table's columns (in contract order), also when there are no rows."""
    columns = TABLES[table].columns
    if not rows:
        return pd.DataFrame({c: pd.Series(dtype=object) for c in columns})
    return pd.DataFrame.from_records(list(rows), columns=columns)


def article_rows(articles: Iterable[Article], run_id: str, ingested_at: datetime) -> list[dict]:
    return [{**asdict(a), "run_id": run_id, "ingested_at": ingested_at} for a in articles]


def mention_rows(article_id: str, mentions: Iterable[Mention]) -> list[dict]:
    return [{**asdict(m), "article_id": article_id, "mention_id": f"{article_id}:m{m.start}-{m.end}"}
            for m in mentions]


def quote_rows(article_id: str, quotes: Iterable[Quote]) -> list[dict]:
    return [{**asdict(q), "article_id": article_id, "quote_group": q.group} for q in quotes]


def event_rows(article_id: str, events: Iterable[Event]) -> tuple[list[dict], list[dict]]:
    """Rows for ``events`` and ``event_participants``."""
    event_table, participant_table = [], []
    for event in events:
        row = asdict(event)
        participants = row.pop("participants")
        event_table.append({**row, "article_id": article_id})
        participant_table += [{**p, "article_id": article_id, "event_id": event.event_id} for p in participants]
    return event_table, participant_table


def entity_rows(entities: Iterable[Entity]) -> list[dict]:
    return [{**asdict(e), "aliases": list(e.aliases)} for e in entities]


def quarantine_rows(rejected: Iterable[Rejected | dict], run_id: str, at: datetime) -> list[dict]:
    """Quarantine rows from ingest rejections (records) and validation failures (dicts)."""
    rows = []
    for item in rejected:
        entry = asdict(item) if isinstance(item, Rejected) else dict(item)
        entry.setdefault("table", "articles")
        rows.append({**entry, "run_id": run_id, "quarantined_at": at})
    return rows
