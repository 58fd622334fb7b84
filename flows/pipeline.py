"""The newsflow flow: raw files -> clean articles -> names -> quotes -> events -> validate -> Parquet.

Reads top to bottom as the data's path. Stages are coarse tasks over batches of articles
(``flows/stages.py``); the output folder is owned by ``flows/store``.

Runs are incremental: only input files whose content hash changed since the published version
are read; the rows of every other input are carried over from that version. Each batch is
validated and spilled to the new version's staging folder as soon as it is extracted, and the
tables are then streamed together, so memory follows the batch size rather than the corpus.
"""
from __future__ import annotations

import sys
import time
import uuid
from datetime import datetime, timezone
from pathlib import Path

import pandas as pd
from prefect import Flow, flow
from prefect.artifacts import create_markdown_artifact

from flows import __version__, ingest
from flows.progress import TerminalProgress, run_changes, run_summary, stopwatch, summary_markdown
from flows.report import summary_markdown as report_markdown
from flows.report import write_duckdb_catalog
from flows.stages import Report, dedupe, extract_all, ingest_all, link_entities, task_runner_for
from flows.store.carry import carried_quarantine, next_state, write_tables
from flows.store.catalog import Catalog, is_storage_error, not_writable
from flows.store.inputs import hash_files, plan_run
from flows.tables import frame, quarantine_rows
from schemas import TABLES


@flow(name="newsflow", log_prints=False)
def newsflow(inputs: list[str], output: str = "output", batch_size: int | None = None,
             show_progress: bool = False, full_refresh: bool = False, prune: bool = False,
             wait: bool = False) -> dict:
    """Run the pipeline over ``inputs`` (files or folders) into the datasets under ``output``.

    Only new or changed input files are processed; ``full_refresh`` rebuilds everything, ``prune``
    drops the rows of input files that are gone. With ``wait`` a run queues behind one that holds
    the output instead of refusing. ``batch_size``: articles per extraction task run (default:
    about 1/32 of the articles).
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


def _run(catalog: Catalog, run_id: str, started: datetime, files: list[Path], hashes: dict[str, str],
         full_refresh: bool, prune: bool, batch_size: int | None, report: Report, timings: dict[str, float]) -> dict:
    clock = time.perf_counter()
    incremental = catalog.current_version is not None and not full_refresh
    state = catalog.read_state() if incremental else catalog.read_state().iloc[0:0]
    plan = plan_run(files, hashes, state, prune)
    if incremental and plan.nothing_to_do:
        return run_summary(catalog, run_id, plan, published=False, counts=catalog.counts(), duplicates=0,
                           missing_dates=0, quarantined=pd.DataFrame(columns=["stage"]), timings=timings,
                           items={}, clock=clock)

    before = catalog.counts()  # to tell what this run removed from what it published
    staging = catalog.staging_dir(run_id)
    with stopwatch(timings, "ingest_wall"):
        ingested = ingest_all(plan.process, staging / "_articles", report)
    timings["ingest"] = ingested.seconds
    with stopwatch(timings, "dedupe"):
        deduped = dedupe.submit(catalog, run_id, staging / "_articles", ingested.spills,
                                plan.drop_refs if incremental else None, batch_size).result()
    with stopwatch(timings, "extract_wall"):
        tabulated = extract_all(deduped.work, staging, run_id, started, deduped.written, report, timings)
    with stopwatch(timings, "entities"):
        merged, entities, entity_quarantine = link_entities.submit(
            catalog, [t.discovered for t in tabulated], incremental, deduped.dropped_ids).result()
    rejected = [*ingested.rejected, *(r for t in tabulated for r in t.quarantine), *entity_quarantine]
    quarantined = frame("quarantine", quarantine_rows(rejected, run_id, started))
    if incremental:
        quarantined = pd.concat([carried_quarantine(catalog, plan, deduped.dropped_ids), quarantined],
                                ignore_index=True)

    with stopwatch(timings, "write"):
        counts = write_tables(catalog, run_id, incremental, deduped.dropped_ids, merged, entities, quarantined)
        catalog.write_state(run_id, next_state(state, plan, hashes, ingested.refs, files))
        catalog.publish(run_id)
    report("write", len(TABLES), len(TABLES))
    items = {"files": len(plan.process), "articles": ingested.articles, "extracted": deduped.originals}
    return run_summary(catalog, run_id, plan, published=True, counts=counts, duplicates=deduped.duplicates,
                       missing_dates=deduped.missing_dates,
                       quarantined=quarantined[quarantined["run_id"] == run_id], timings=timings, items=items,
                       clock=clock, changes=run_changes(plan, state, before, counts, [t.counts for t in tabulated]))


def flow_for(runner: str = "thread", dask_address: str | None = None) -> Flow:
    """The newsflow flow on the chosen task runner (see :func:`flows.stages.task_runner_for`)."""
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
