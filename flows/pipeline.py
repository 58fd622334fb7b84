"""The newsflow flow: raw files -> clean articles -> names -> quotes -> events -> validate -> Parquet.

Reads top to bottom as the data's path. Stages are coarse tasks over batches of articles
(``flows/stages.py``); the output folder is owned by ``flows/store``.

Runs are incremental: only input files whose content hash changed since the published version
are read; the rows of every other input are carried over from that version. Each batch is
validated and spilled to the new version's staging folder as soon as it is extracted, and the
tables are then streamed together, so memory follows the batch size rather than the corpus.
"""
from __future__ import annotations

import logging
import os
import sys
import time
import uuid
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from itertools import chain
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.dataset as ds
from prefect import Flow, flow
from prefect.artifacts import create_markdown_artifact

from flows import __version__, ingest, names
from flows.progress import TerminalProgress
from flows.records import Article, Mention
from flows.report import summary_markdown as report_markdown
from flows.report import write_duckdb_catalog
from flows.stages import (ARTICLE_TABLES, Ingested, as_doc, dedupe, events_batch, ingest_batch, names_batch,
                          quotes_batch, reference_ids, stored_articles, tabulate_batch)
from flows.store.catalog import Catalog, is_storage_error, not_writable
from flows.store.inputs import Plan, hash_files, plan_run
from flows.store.parquet import to_arrow
from flows.tables import entity_rows, frame, quarantine_rows
from flows.validate import validate_table
from schemas import TABLES

#: Articles per task run: large enough that 100k articles make a few dozen task runs (the Prefect
#: server copes badly with thousands), small enough to spread over workers and show progress.
BATCHES_PER_STAGE = 32
MIN_BATCH, MAX_BATCH = 100, 5000
#: Batches submitted but not yet written: enough to keep every worker busy (a batch is a chain of
#: four tasks), few enough that the records in flight stay a small, fixed part of the corpus.
IN_FLIGHT_BATCHES = 4
#: Columns holding an entity id, rewritten when discovered spellings are merged into one entity.
ENTITY_COLUMNS = {"mentions": "entity_id", "quotes": "speaker_entity_id", "events": "location_entity_id",
                  "event_participants": "entity_id"}


def batch_size_for(n: int) -> int:
    """
    >>> batch_size_for(10), batch_size_for(100_000)
    (100, 3125)
    """
    return max(MIN_BATCH, min(MAX_BATCH, -(-n // BATCHES_PER_STAGE)))


def batches(items: list, size: int) -> list[list]:
    return [items[i:i + size] for i in range(0, len(items), size)]


@flow(name="newsflow", log_prints=False)
def newsflow(inputs: list[str], output: str = "output", batch_size: int | None = None,
             show_progress: bool = False, full_refresh: bool = False, prune: bool = False,
             wait: bool = False) -> dict:
    """Run the pipeline over ``inputs`` (files or folders) into the datasets under ``output``.

    Only new or changed input files are processed; ``full_refresh`` rebuilds everything, ``prune``
    drops the rows of input files that are gone. With ``wait`` a run queues behind one that holds
    the output instead of refusing.
    """
    report = TerminalProgress() if show_progress else (lambda stage, done, total: None)
    catalog = Catalog(Path(output))
    run_id = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ-") + uuid.uuid4().hex[:6]
    started = datetime.now(timezone.utc)
    timings: dict[str, float] = {}
    with stopwatch(timings, "hash"):
        files = ingest.discover([Path(p) for p in inputs])
        hashes = hash_files(files)
    manifest = {"run_id": run_id, "status": "running", "started_at": started, "newsflow_version": __version__,
                "inputs": [str(p) for p in inputs], "input_files": len(files), "full_refresh": full_refresh,
                "prune": prune}
    try:
        with catalog.lock(wait=wait, on_wait=_say_waiting):
            catalog.recover()
            catalog.write_manifest(run_id, manifest)
            try:
                summary = _run(catalog, run_id, started, files, hashes, full_refresh, prune, batch_size,
                               report, timings)
            except BaseException as error:
                catalog.discard(run_id)
                _record_failure(catalog, run_id, manifest, error)
                raise
            catalog.write_manifest(run_id, {**manifest, **summary, "status": "succeeded",
                                            "finished_at": datetime.now(timezone.utc)})
    except OSError as error:
        if is_storage_error(error):
            raise not_writable(catalog.root, error) from error
        raise
    write_duckdb_catalog(catalog.root)
    create_markdown_artifact(key="newsflow-run-summary", description=f"newsflow run {run_id}",
                             markdown=summary_markdown(summary) + "\n\n" + report_markdown(catalog.root))
    return summary


def task_runner_for(runner: str, dask_address: str | None = None):
    """``thread`` (Prefect's default, one process) or ``dask``: prefect-dask on the cluster at
    ``dask_address``, or on a LocalCluster with one single-threaded worker process per core."""
    if runner == "thread":
        return None
    if runner != "dask":
        raise ValueError(f"unknown runner {runner!r}; use thread or dask")
    from prefect_dask import DaskTaskRunner

    if dask_address:
        return DaskTaskRunner(address=dask_address)
    return DaskTaskRunner(cluster_kwargs={"n_workers": os.cpu_count() or 1, "threads_per_worker": 1,
                                          "processes": True, "dashboard_address": ":0",
                                          "silence_logs": logging.WARNING})


def flow_for(runner: str = "thread", dask_address: str | None = None) -> Flow:
    """The newsflow flow on the chosen task runner."""
    task_runner = task_runner_for(runner, dask_address)
    return newsflow if task_runner is None else newsflow.with_options(task_runner=task_runner)


def _say_waiting(holder: str) -> None:
    print(f"newsflow: the output is being written by {holder}; waiting for it to finish", file=sys.stderr)


def _record_failure(catalog: Catalog, run_id: str, manifest: dict, error: BaseException) -> None:
    try:
        catalog.write_manifest(run_id, {**manifest, "status": "failed", "error": repr(error),
                                        "finished_at": datetime.now(timezone.utc)})
    except OSError:
        pass  # the disk that failed the run may not take the manifest either; the run still failed


@contextmanager
def stopwatch(timings: dict[str, float], stage: str) -> Iterator[None]:
    started = time.perf_counter()
    try:
        yield
    finally:
        timings[stage] = timings.get(stage, 0.0) + time.perf_counter() - started


def _run(catalog: Catalog, run_id: str, started: datetime, files: list[Path], hashes: dict[str, str],
         full_refresh: bool, prune: bool, batch_size: int | None, report: Callable[[str, int, int], None],
         timings: dict[str, float]) -> dict:
    clock = time.perf_counter()
    incremental = catalog.current_version is not None and not full_refresh
    state = catalog.read_state() if incremental else catalog.read_state().iloc[0:0]
    plan = plan_run(files, hashes, state, prune)
    if incremental and plan.nothing_to_do:
        return _summary(catalog, run_id, plan, published=False, counts=catalog.counts(), duplicates=0,
                        missing_dates=0,
                        quarantined=pd.DataFrame(columns=["stage"]), timings=timings, items={}, clock=clock)

    with stopwatch(timings, "ingest_wall"):
        ingested = _ingest(plan.process, batch_size, report)
    timings["ingest"] = ingested.seconds
    stored, dropped_ids = _stored(catalog, plan) if incremental else ([], set())
    with stopwatch(timings, "dedupe"):
        marked = dedupe(stored + ingested.articles)
    new_articles = len(ingested.articles)
    ingested.articles.clear()  # the marked copies below are the ones that go on
    # stored articles whose id or duplicate status changed (their canonical went, or a new earlier
    # copy arrived) are written again like new ones; the others keep their rows untouched
    restated = [new for old, new in zip(stored, marked) if _identity(old) != _identity(new)]
    dropped_ids |= {old.article_id for old, new in zip(stored, marked) if _identity(old) != _identity(new)}
    to_write = [*marked[len(stored):], *restated]
    del stored, marked
    duplicates = sum(a.duplicate_of is not None for a in to_write)
    missing_dates = sum(a.published_at is None for a in to_write)
    groups = batches(to_write, batch_size or batch_size_for(len(to_write)))
    del to_write  # from here on each batch's articles live only until the batch is submitted

    tabulated, extract_items = _extract(catalog, run_id, started, groups, report, timings)
    with stopwatch(timings, "entities"):
        discovered = [m for t in tabulated for m in t.discovered]
        if incremental:
            discovered += _carried_discovered(catalog, dropped_ids)
        merged, entities, entity_quarantine = _link_entities(discovered)
    del discovered
    rejected = [*ingested.rejected, *(r for t in tabulated for r in t.quarantine), *entity_quarantine]
    quarantined = frame("quarantine", quarantine_rows(rejected, run_id, started))
    if incremental:
        quarantined = pd.concat([_carried_quarantine(catalog, plan, dropped_ids), quarantined], ignore_index=True)

    with stopwatch(timings, "write"):
        counts = _write(catalog, run_id, incremental, dropped_ids, merged, entities, quarantined)
        catalog.write_state(run_id, _next_state(state, plan, hashes, ingested, files))
        catalog.publish(run_id)
    report("write", len(TABLES), len(TABLES))
    items = {"files": len(plan.process), "articles": new_articles, "extracted": extract_items}
    return _summary(catalog, run_id, plan, published=True, counts=counts, duplicates=duplicates,
                    missing_dates=missing_dates,
                    quarantined=quarantined[quarantined["run_id"] == run_id], timings=timings, items=items,
                    clock=clock)


def _identity(article: Article) -> tuple:
    return article.article_id, article.duplicate_of, article.duplicate_kind


def _ingest(paths: list[Path], batch_size: int | None, report: Callable[[str, int, int], None]) -> Ingested:
    total = Ingested()
    size = batch_size or batch_size_for(len(paths))
    futures = [ingest_batch.submit(b) for b in batches(paths, size)]
    for done, future in enumerate(futures, 1):
        part = future.result()
        total.articles += part.articles
        total.rejected += part.rejected
        total.refs.update(part.refs)
        total.seconds += part.seconds
        report("ingest", min(done * size, len(paths)), len(paths))
    return total


def _stored(catalog: Catalog, plan: Plan) -> tuple[list[Article], set[str]]:
    """The stored articles that stay (as records, for deduplication) and the ids of those whose
    input changed or was pruned."""
    current = catalog.read("articles", columns=list(Article.__dataclass_fields__))
    gone = current["source_ref"].isin(plan.drop_refs)
    return stored_articles(current[~gone]), set(current.loc[gone, "article_id"])


def _extract(catalog: Catalog, run_id: str, started: datetime, groups: list[list[Article] | None],
             report: Callable[[str, int, int], None], timings: dict[str, float]) -> tuple[list, int]:
    """Names, quotes and events for every original in the article batches ``groups``, each batch
    validated and spilled to the staging folder by the ``validate`` task.

    At most ``IN_FLIGHT_BATCHES`` batches are submitted at a time and each batch's articles are
    let go once submitted (``groups`` is emptied), so memory follows the batch size, not the corpus.
    """
    staging = catalog.staging_dir(run_id)
    staging.mkdir(parents=True, exist_ok=True)
    total = sum(len(g) for g in groups if g)
    pending: deque = deque()
    tabulated, docs_total, done = [], 0, 0

    def collect() -> None:
        nonlocal done
        result = pending.popleft().result()
        for stage, seconds in result.seconds.items():
            timings[stage] = timings.get(stage, 0.0) + seconds
        tabulated.append(result)
        done += result.counts["articles"]
        report("extract", done, total)

    with stopwatch(timings, "extract_wall"):
        for number, group in enumerate(groups):
            groups[number] = None
            docs = [as_doc(a) for a in group if a.duplicate_of is None]
            docs_total += len(docs)
            found = names_batch.submit(docs)
            quoted = quotes_batch.submit(docs, found)
            evented = events_batch.submit(docs, found, quoted)
            pending.append(tabulate_batch.submit(number, group, found, quoted, evented, staging, run_id, started))
            del group, docs, found, quoted, evented
            if len(pending) >= IN_FLIGHT_BATCHES:
                collect()
        while pending:
            collect()
    return tabulated, docs_total


def _carried_discovered(catalog: Catalog, dropped_ids: set[str]) -> list[Mention]:
    """Stored mentions not linked to a reference entity, so spellings merge across runs too."""
    keep = ~ds.field("entity_id").isin(list(reference_ids())) | ds.field("entity_id").is_null()
    if dropped_ids:
        keep &= ~ds.field("article_id").isin(list(dropped_ids))
    fields = list(Mention.__slots__)
    found = []
    for batch in catalog.scan("mentions", keep):
        for row in batch.select(fields).to_pylist():
            found.append(Mention(**row))
    return found


def _link_entities(mentions: list[Mention]) -> tuple[dict[str, str], pd.DataFrame, list[dict]]:
    """Discovered spellings merged across articles (old id -> merged id), the entities table
    (reference entities plus discovered ones), and its validation failures."""
    merged = names.merge_discovered(mentions)
    entities = {e.entity_id: e for e in names.reference_entities()}
    for entity in names.discovered_entities(mentions):
        entities.setdefault(merged.get(entity.entity_id, entity.entity_id), entity)
    valid, invalid = validate_table("entities", frame("entities", entity_rows(entities.values())))
    return merged, valid, invalid


def _carried_quarantine(catalog: Catalog, plan: Plan, dropped_ids: set[str]) -> pd.DataFrame:
    """Quarantine rows of inputs and articles that are carried over; entity rows are redone."""
    old = catalog.read("quarantine")
    article_part = old["source_ref"].astype(str).str.split(":").str[0]
    keep = (old["table"] != "entities") & ~old["source_ref"].isin(plan.drop_refs) & ~article_part.isin(dropped_ids)
    return old[keep]


def _write(catalog: Catalog, run_id: str, incremental: bool, dropped_ids: set[str], merged: dict[str, str],
           entities: pd.DataFrame, quarantined: pd.DataFrame) -> dict[str, int]:
    """Stream every table into the new version: carried rows of the current version, then the
    staged batches of this run, with merged entity ids rewritten on the way."""
    metadata = {"newsflow_version": __version__, "run_id": run_id}
    staging = catalog.staging_dir(run_id)
    keep = ~ds.field("article_id").isin(list(dropped_ids)) if dropped_ids else None
    counts = {}
    for name in TABLES:
        if name in ARTICLE_TABLES:
            carried = catalog.scan(name, keep) if incremental else ()
            staged = ds.dataset(staging / name, format="parquet").to_batches() if (staging / name).is_dir() else ()
            batches_ = _remapped(chain(carried, staged), ENTITY_COLUMNS.get(name), merged)
        else:
            batches_ = to_arrow(TABLES[name], entities if name == "entities" else quarantined, {}).to_batches()
        counts[name] = catalog.write_stream(run_id, name, batches_, metadata)
    return counts


def _remapped(batches_: Iterable[pa.RecordBatch], column: str | None, mapping: dict[str, str]
              ) -> Iterator[pa.RecordBatch]:
    if not column or not mapping:
        yield from batches_
        return
    old, new = pa.array(list(mapping), pa.string()), pa.array(list(mapping.values()), pa.string())
    for batch in batches_:
        values = batch.column(column)
        position = pc.index_in(values, value_set=old)
        replaced = pc.if_else(pc.is_null(position), values, pc.take(new, position))
        yield batch.set_column(batch.schema.get_field_index(column), column, replaced)


def _next_state(state: pd.DataFrame, plan: Plan, hashes: dict[str, str], ingested: Ingested,
                files: list[Path]) -> pd.DataFrame:
    """The input state of the new version: unchanged and (unpruned) missing inputs as they were,
    processed inputs with their new hash and refs."""
    kept = state[state["path"].isin(set(plan.unchanged) | (set(plan.missing) - set(plan.pruned)))]
    sizes = {key: path.stat().st_size for key, path in zip(hashes, files)}
    fresh = pd.DataFrame({"path": list(ingested.refs), "content_hash": [hashes[k] for k in ingested.refs],
                          "bytes": [sizes[k] for k in ingested.refs], "refs": list(ingested.refs.values())})
    return pd.concat([kept, fresh], ignore_index=True) if len(kept) else fresh


def _summary(catalog: Catalog, run_id: str, plan: Plan, published: bool, counts: dict[str, int],
             duplicates: int, missing_dates: int, quarantined: pd.DataFrame, timings: dict[str, float],
             items: dict, clock: float) -> dict:
    timings["run"] = time.perf_counter() - clock
    return {"counts": counts, "files": len(plan.process), "unchanged_files": len(plan.unchanged),
            "missing_files": len(plan.missing), "pruned_files": len(plan.pruned), "published": published,
            "duplicates": duplicates, "missing_dates": missing_dates,
            "quarantined": len(quarantined),
            "quarantine_by_stage": quarantined["stage"].value_counts().to_dict(),
            "timings": {stage: round(seconds, 3) for stage, seconds in timings.items()}, "items": items,
            "output": str(catalog.root), "run_id": run_id}


def summary_markdown(summary: dict) -> str:
    lines = [f"# newsflow run `{summary['run_id']}`", ""]
    if not summary["published"]:
        lines += [f"No input changed ({summary['unchanged_files']} files unchanged); nothing was published.", ""]
    lines += ["| table | rows |", "|---|---:|"]
    lines += [f"| {name} | {n} |" for name, n in summary["counts"].items()]
    lines += ["", f"- input files processed: {summary['files']} (unchanged: {summary['unchanged_files']}, "
                  f"pruned: {summary['pruned_files']})",
              f"- duplicates flagged: {summary['duplicates']}",
              f"- articles without a publication date: {summary['missing_dates']}",
              f"- quarantined: {summary['quarantined']} "
              + ", ".join(f"{stage}: {n}" for stage, n in summary["quarantine_by_stage"].items()),
              "", "| stage | seconds |", "|---|---:|"]
    lines += [f"| {stage} | {seconds:.2f} |" for stage, seconds in summary["timings"].items()]
    return "\n".join(lines)
