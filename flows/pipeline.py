"""The newsflow flow: raw files -> clean articles -> names -> quotes -> events -> validate -> Parquet.

Reads top to bottom as the data's path. Stages are coarse tasks over batches of articles
(``flows/stages.py``); the output folder is owned by ``flows/store``.
"""
from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path

import pandas as pd
from prefect import flow, task
from prefect.artifacts import create_markdown_artifact

from flows import __version__, ingest, names
from flows.progress import TerminalProgress
from flows.stages import BATCH_TASK, as_doc, dedupe, events_batch, ingest_batch, names_batch, quotes_batch
from flows.store.catalog import Catalog
from flows.tables import (article_rows, entity_rows, event_rows, frame, mention_rows, quarantine_rows,
                          quote_rows)
from flows.validate import validate_all
from schemas import TABLES

#: Articles per task run: large enough that 100k articles make a few dozen task runs (the Prefect
#: server copes badly with thousands), small enough to spread over workers and show progress.
BATCHES_PER_STAGE = 32
MIN_BATCH, MAX_BATCH = 100, 5000


def batch_size_for(n: int) -> int:
    """
    >>> batch_size_for(10), batch_size_for(100_000)
    (100, 3125)
    """
    return max(MIN_BATCH, min(MAX_BATCH, -(-n // BATCHES_PER_STAGE)))


def batches(items: list, size: int) -> list[list]:
    return [items[i:i + size] for i in range(0, len(items), size)]


@task(name="validate", **BATCH_TASK)
def validate(frames: dict[str, pd.DataFrame]) -> tuple[dict[str, pd.DataFrame], list[dict]]:
    return validate_all(frames)


@task(name="write", **BATCH_TASK)
def write(catalog: Catalog, run_id: str, frames: dict[str, pd.DataFrame]) -> dict[str, int]:
    published = frames["articles"].set_index("article_id")["published_at"]
    months = {name: (frames[name]["article_id"].map(published) if TABLES[name].partitioned else None)
              for name in TABLES}
    catalog.write_version(run_id, frames, months, {"newsflow_version": __version__, "run_id": run_id})
    catalog.publish(run_id)
    return {name: len(f) for name, f in frames.items()}


@flow(name="newsflow", log_prints=False)
def newsflow(inputs: list[str], output: str = "output", batch_size: int | None = None,
             show_progress: bool = False) -> dict:
    """Run the whole pipeline over ``inputs`` (files or folders) into the datasets under ``output``."""
    report = TerminalProgress() if show_progress else (lambda stage, done, total: None)
    catalog = Catalog(Path(output))
    run_id = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ-") + uuid.uuid4().hex[:6]
    started = datetime.now(timezone.utc)
    files = ingest.discover([Path(p) for p in inputs])
    manifest = {"run_id": run_id, "status": "running", "started_at": started, "newsflow_version": __version__,
                "inputs": [{"path": str(p), "bytes": p.stat().st_size} for p in files]}
    with catalog.lock():
        catalog.write_manifest(run_id, manifest)
        try:
            summary = _run(catalog, run_id, started, files, batch_size, report)
        except BaseException as error:
            catalog.write_manifest(run_id, {**manifest, "status": "failed", "error": repr(error),
                                            "finished_at": datetime.now(timezone.utc)})
            raise
        catalog.write_manifest(run_id, {**manifest, **summary, "status": "succeeded",
                                        "finished_at": datetime.now(timezone.utc)})
    create_markdown_artifact(key="newsflow-run-summary", markdown=summary_markdown(summary),
                             description=f"newsflow run {run_id}")
    return summary


def _run(catalog: Catalog, run_id: str, started: datetime, files: list[Path], batch_size: int,
         report: Callable[[str, int, int], None]) -> dict:
    articles, rejected = [], []
    file_batch = batch_size or batch_size_for(len(files))
    for done, future in enumerate([ingest_batch.submit(b) for b in batches(files, file_batch)], 1):
        batch_articles, batch_rejected = future.result()
        articles += batch_articles
        rejected += batch_rejected
        report("ingest", min(done * file_batch, len(files)), len(files))
    articles = dedupe(articles)
    docs = [as_doc(a) for a in articles if a.duplicate_of is None]
    batch_size = batch_size or batch_size_for(len(docs))

    rows: dict[str, list[dict]] = {name: [] for name in TABLES}
    rows["articles"] = article_rows(articles, run_id, started)
    submitted = []
    for doc_batch in batches(docs, batch_size):
        found = names_batch.submit(doc_batch)
        quoted = quotes_batch.submit(doc_batch, found)
        submitted.append((doc_batch, found, quoted, events_batch.submit(doc_batch, found, quoted)))
    done = 0
    for doc_batch, *futures in submitted:
        mentions, quotes, events = (f.result() for f in futures)
        rejected += mentions.rejected + quotes.rejected + events.rejected
        for doc in doc_batch:
            rows["mentions"] += mention_rows(doc.article_id, mentions.by_article[doc.article_id])
            rows["quotes"] += quote_rows(doc.article_id, quotes.by_article[doc.article_id])
            event_table, participant_table = event_rows(doc.article_id, events.by_article[doc.article_id])
            rows["events"] += event_table
            rows["event_participants"] += participant_table
        done += len(doc_batch)
        report("extract", done, len(docs))
    rows["entities"] = _link_entities(rows)

    frames = {name: frame(name, rows[name]) for name in TABLES if name != "quarantine"}
    frames, invalid = validate(frames)
    frames["quarantine"] = frame("quarantine", quarantine_rows([*rejected, *invalid], run_id, started))
    counts = write(catalog, run_id, frames)
    report("write", len(TABLES), len(TABLES))
    duplicates = sum(a.duplicate_of is not None for a in articles)
    return {"counts": counts, "files": len(files), "duplicates": duplicates,
            "missing_dates": sum(a.published_at is None for a in articles),
            "quarantined": len(frames["quarantine"]),
            "quarantine_by_stage": frames["quarantine"]["stage"].value_counts().to_dict(),
            "output": str(catalog.root), "run_id": run_id}


def _link_entities(rows: dict[str, list[dict]]) -> list[dict]:
    """Reference entities plus discovered ones, with discovered spellings merged across articles."""
    from flows.records import Mention

    mentions = [Mention(**{k: r[k] for k in Mention.__slots__}) for r in rows["mentions"]]
    merged = names.merge_discovered(mentions)
    for table, column in (("mentions", "entity_id"), ("quotes", "speaker_entity_id"),
                          ("event_participants", "entity_id"), ("events", "location_entity_id")):
        for row in rows[table]:
            row[column] = merged.get(row[column], row[column])
    entities = {e.entity_id: e for e in names.reference_entities()}
    for entity in names.discovered_entities(mentions):
        entities.setdefault(merged.get(entity.entity_id, entity.entity_id), entity)
    return entity_rows(entities.values())


def summary_markdown(summary: dict) -> str:
    lines = [f"# newsflow run `{summary['run_id']}`", "", "| table | rows |", "|---|---:|"]
    lines += [f"| {name} | {n} |" for name, n in summary["counts"].items()]
    lines += ["", f"- input files: {summary['files']}", f"- duplicates flagged: {summary['duplicates']}",
              f"- articles without a publication date: {summary['missing_dates']}",
              f"- quarantined: {summary['quarantined']} "
              + ", ".join(f"{stage}: {n}" for stage, n in summary["quarantine_by_stage"].items())]
    return "\n".join(lines)
