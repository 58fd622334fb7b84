"""The newsflow flow: raw files -> clean articles -> names -> quotes -> events -> validate -> Parquet.

Reads top to bottom as the data's path. Stages are coarse tasks over batches of articles
(``flows/stages.py``); the output folder is owned by ``flows/store``.

Runs are incremental: only input files whose content hash changed since the published version
are read; the rows of every other input are carried over from that version. Each batch is
validated and spilled to the new version's staging folder as soon as it is extracted, and the
tables are then streamed together, so memory follows the batch size rather than the corpus.
"""
from __future__ import annotations

import dataclasses
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
from flows.ingest.dedupe import DedupeKey, signature_bytes
from flows.stages import (ARTICLE_TABLES, Ingested, dedupe, events_batch, ingest_batch, names_batch,
                          quotes_batch, reference_ids, stored_articles, tabulate_batch, write_spill)
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

    spill_dir = catalog.staging_dir(run_id) / "_articles"
    with stopwatch(timings, "ingest_wall"):
        ingested, parts = _ingest(plan.process, batch_size, report, spill_dir)
    timings["ingest"] = ingested.seconds
    stored, stored_identity, dropped_ids = _stored_keys(catalog, plan) if incremental else ([], [], set())
    with stopwatch(timings, "dedupe"):
        keys = stored + ingested.keys
        decisions = dedupe(keys)
    new_articles = len(ingested.keys)
    ingested.keys.clear()
    catalog.write_signatures(run_id, [decision[0] for decision in decisions], [key.signature for key in keys])
    # stored articles whose id or duplicate status changed (their canonical went, or a new earlier
    # copy arrived) are written again like new ones; the others keep their rows untouched
    restated = {old[0]: (i, decisions[i]) for i, old in enumerate(stored_identity) if old != decisions[i]}
    dropped_ids |= set(restated)
    written = [*range(len(stored), len(keys)), *(i for i, _ in restated.values())]
    duplicates = sum(decisions[i][1] is not None for i in written)
    missing_dates = sum(keys[i].published_at is None for i in written)
    originals = sum(decisions[i][1] is None for i in written)
    # extraction batches are the ingest batches: each reads its spilled articles back, marked
    work, offset = [], len(stored)
    for spill, count in parts:
        if count:
            work.append((spill, [(i, *decisions[offset + i]) for i in range(count)]))
        offset += count
    if restated:
        work.append((_spill_restated(catalog, restated, spill_dir / "restated.pkl"), None))
    del keys, stored, stored_identity, decisions

    tabulated = _extract(catalog, run_id, started, work, len(written), report, timings)
    extract_items = originals
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


def _ingest(paths: list[Path], batch_size: int | None, report: Callable[[str, int, int], None],
            spill_dir: Path) -> tuple[Ingested, list[tuple[Path, int]]]:
    """Dedupe keys, rejections and refs of all inputs, and per batch its spill file and number of
    articles (the articles themselves stay in the spill files, out of this process)."""
    total, parts = Ingested(), []
    size = batch_size or batch_size_for(len(paths))
    futures = [ingest_batch.submit(b, spill_dir / f"ingest-{n:05d}.pkl") for n, b in enumerate(batches(paths, size))]
    for done, future in enumerate(futures, 1):
        part = future.result()
        futures[done - 1] = None  # type: ignore[call-overload]
        total.keys += part.keys
        total.rejected += part.rejected
        total.refs.update(part.refs)
        total.seconds += part.seconds
        parts.append((part.spill, len(part.keys)))
        report("ingest", min(done * size, len(paths)), len(paths))
    return total, parts


def _stored_keys(catalog: Catalog, plan: Plan) -> tuple[list[DedupeKey], list[tuple], set[str]]:
    """Dedupe keys of the stored articles that stay, their stored (id, duplicate_of, kind), and
    the ids of those whose input changed or was pruned. Signatures come from the version's state;
    only articles of an older version without them have their text read."""
    columns = ["article_id", "content_hash", "source_path", "source_ref", "published_at", "duplicate_of",
               "duplicate_kind"]
    current = catalog.read("articles", columns=columns)
    gone = current["source_ref"].isin(plan.drop_refs)
    dropped = set(current.loc[gone, "article_id"])
    current = current[~gone]
    signatures = catalog.read_signatures()
    missing = [a for a in current["article_id"] if a not in signatures]
    if missing:
        for batch in catalog.scan("articles", ds.field("article_id").isin(missing)):
            for article_id, text in zip(batch.column("article_id").to_pylist(), batch.column("text").to_pylist()):
                signatures[article_id] = signature_bytes(text)
    keys, identity = [], []
    for row in current.itertuples(index=False):
        published = None if pd.isna(row.published_at) else row.published_at.to_pydatetime()
        keys.append(DedupeKey(row.article_id, row.content_hash, row.source_path, row.source_ref, published,
                              signatures[row.article_id]))
        identity.append((row.article_id, _none(row.duplicate_of), _none(row.duplicate_kind)))
    return keys, identity, dropped


def _none(value):
    return None if value is None or (isinstance(value, float) and pd.isna(value)) else value


def _spill_restated(catalog: Catalog, restated: dict[str, tuple[int, tuple]], path: Path) -> Path:
    """Write the stored articles in ``restated`` (old id -> new id, duplicate_of, kind) with their
    new identity to ``path``, for extraction like new ones."""
    frame_ = pa.Table.from_batches(list(catalog.scan("articles", ds.field("article_id").isin(list(restated)))))
    frame_ = frame_.select(list(Article.__dataclass_fields__)).to_pandas() if frame_.num_rows else None
    articles = stored_articles(frame_) if frame_ is not None else []
    marked = []
    for article in articles:
        new_id, duplicate_of, kind = restated[article.article_id][1]
        marked.append(dataclasses.replace(article, article_id=new_id, duplicate_of=duplicate_of, duplicate_kind=kind))
    write_spill(path, marked)
    return path


def _extract(catalog: Catalog, run_id: str, started: datetime,
             work: list[tuple[Path, list[tuple] | None] | None], total: int,
             report: Callable[[str, int, int], None], timings: dict[str, float]) -> list:
    """Names, quotes and events for every original in the batches of ``work`` (a spill file and
    which of its articles to write, marked how), each batch validated and spilled to the staging
    folder by the ``validate`` task.

    Only spill paths and small decision lists travel in the task graph; each task reads its
    batch's articles from the spill on its worker. At most ``IN_FLIGHT_BATCHES`` batches
    are in flight, so memory follows the batch size, not the corpus.
    """
    staging = catalog.staging_dir(run_id)
    staging.mkdir(parents=True, exist_ok=True)
    pending: deque = deque()
    tabulated, done = [], 0

    def collect() -> None:
        nonlocal done
        result = pending.popleft().result()
        for stage, seconds in result.seconds.items():
            timings[stage] = timings.get(stage, 0.0) + seconds
        tabulated.append(result)
        done += result.counts["articles"]
        report("extract", done, total)

    with stopwatch(timings, "extract_wall"):
        for number, item in enumerate(work):
            work[number] = None
            found = names_batch.submit(item)
            quoted = quotes_batch.submit(item, found)
            evented = events_batch.submit(item, found, quoted)
            pending.append(tabulate_batch.submit(number, item, found, quoted, evented, staging, run_id, started))
            del item, found, quoted, evented
            if len(pending) >= IN_FLIGHT_BATCHES:
                collect()
        while pending:
            collect()
    return tabulated


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
