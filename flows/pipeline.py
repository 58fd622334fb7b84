"""The newsflow flow: raw files -> clean articles -> names -> quotes -> events -> validate -> Parquet.

Reads top to bottom as the data's path. Stages are coarse tasks over batches of articles
(``flows/stages.py``); the output folder is owned by ``flows/store``.

Runs are incremental: only input files whose content hash changed since the published version
are read; the rows of every other input are carried over from that version. Each batch is
validated and spilled to the new version's staging folder as soon as it is extracted, and the
tables are then streamed together, so memory follows the batch size rather than the corpus
(and every stage holds one 250-article chunk of its batch at a time).
Planning, writing the tables and the report are tasks too: the flow itself holds counts and spill
paths, nothing per input file or per article (with Dask, its process stays at about 400 MB).
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
from flows.stages import (Report, dedupe, extract_all, ingest_all, link_entities, plan_inputs, report_version,
                          restart_local_workers, task_runner_for, write_version)
from flows.store.catalog import Catalog, is_storage_error, not_writable
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
    ingest.check_inputs([Path(p) for p in inputs])  # a missing input is refused before the output is touched
    manifest = {"run_id": run_id, "status": "running", "started_at": started, "newsflow_version": __version__,
                "inputs": [str(p) for p in inputs], "full_refresh": full_refresh, "prune": prune}
    try:
        with catalog.lock(wait=wait, on_wait=_say_waiting):
            catalog.recover()
            catalog.write_manifest(run_id, manifest)
            try:
                summary = _run(catalog, run_id, started, inputs, full_refresh, prune, batch_size, report, timings)
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
    create_markdown_artifact(key="newsflow-run-summary", description=f"newsflow run {run_id}",
                             markdown=summary_markdown(summary) + "\n\n" + report_version.submit(catalog.root).result())
    return summary


def _run(catalog: Catalog, run_id: str, started: datetime, inputs: list[str], full_refresh: bool, prune: bool,
         batch_size: int | None, report: Report, timings: dict[str, float]) -> dict:
    clock = time.perf_counter()
    staging = catalog.staging_dir(run_id)
    with stopwatch(timings, "hash"):
        planned = plan_inputs.submit(catalog, inputs, full_refresh, prune, staging / "_inputs").result()
    if planned.incremental and planned.nothing_to_do:
        return run_summary(catalog, run_id, planned, published=False, counts=planned.counts, duplicates=0,
                           missing_dates=0, quarantined=pd.DataFrame(columns=["stage"]), timings=timings,
                           items={}, clock=clock)

    with stopwatch(timings, "ingest_wall"):
        ingested = ingest_all(planned.ingest, planned.files, staging / "_articles", report)
    timings["ingest"] = ingested.seconds
    with stopwatch(timings, "dedupe"):
        deduped = dedupe.submit(catalog, run_id, staging / "_articles", ingested.spills, planned.drop_refs,
                                batch_size).result()
    with stopwatch(timings, "restart"):
        restart_local_workers()  # ingest's libraries and leftovers off the workers before extraction
    with stopwatch(timings, "extract_wall"):
        tabulated = extract_all(deduped.work, staging, run_id, started, deduped.written, report, timings)
    with stopwatch(timings, "restart"):
        restart_local_workers()  # extraction's leftovers off the workers before the tables are written
    with stopwatch(timings, "entities"):
        merged, entities, entity_quarantine = link_entities.submit(
            catalog, [t.discovered for t in tabulated], planned.incremental, deduped.dropped_ids).result()
    rejected = [*ingested.rejected, *(r for t in tabulated for r in t.quarantine), *entity_quarantine]
    quarantined = frame("quarantine", quarantine_rows(rejected, run_id, started))

    with stopwatch(timings, "write"):
        counts = write_version.submit(catalog, run_id, planned, deduped.dropped_ids, merged, entities, quarantined,
                                      ingested.refs).result()
        catalog.publish(run_id)
    report("write", len(TABLES), len(TABLES))
    items = {"files": planned.files, "articles": ingested.articles, "extracted": deduped.originals}
    return run_summary(catalog, run_id, planned, published=True, counts=counts, duplicates=deduped.duplicates,
                       missing_dates=deduped.missing_dates, quarantined=quarantined, timings=timings, items=items,
                       clock=clock, changes=run_changes(planned, planned.counts, counts, [t.counts for t in tabulated]))


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
