"""What a run reports: progress on a terminal (stage, items done, rate; silent when stderr is not
a terminal), wall time per stage, and the run summary the flow returns and leaves as an artifact."""
from __future__ import annotations

import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager

import pandas as pd

from flows.stages import Planned
from flows.store.carry import ARTICLE_TABLES
from flows.store.catalog import Catalog


class TerminalProgress:
    def __init__(self, stream=None) -> None:
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty()
        self.started: dict[str, float] = {}

    def __call__(self, stage: str, done: int, total: int) -> None:
        if not self.enabled:
            return
        start = self.started.setdefault(stage, time.perf_counter())
        elapsed = max(time.perf_counter() - start, 1e-6)
        rate = f"{done / elapsed:,.0f}/s" if done and elapsed > 0.05 else ""
        end = "\n" if done >= total else ""
        self.stream.write(f"\r{stage:<8} {done:>8,}/{total:<8,} {rate:>10}\033[K{end}")
        self.stream.flush()


@contextmanager
def stopwatch(timings: dict[str, float], stage: str) -> Iterator[None]:
    """Add the wall seconds of the block to ``timings[stage]``."""
    started = time.perf_counter()
    try:
        yield
    finally:
        timings[stage] = timings.get(stage, 0.0) + time.perf_counter() - started


def run_changes(planned: Planned, before: dict[str, int], after: dict[str, int],
                written: list[dict[str, int]]) -> dict:
    """What this run changed, as opposed to the totals of the datasets it published: input files
    new and changed, and per article table the rows written (of new and changed articles) and
    removed (of changed and pruned inputs, and the rows rewritten), from the tables' rows ``before``
    and ``after`` and the ``written`` counts of each extraction batch.

    >>> planned = Planned(incremental=True, input_files=3, files=2, new_files=1, unchanged=1, missing=1, pruned=1)
    >>> changes = run_changes(planned, {"articles": 7}, {"articles": 8}, [{"articles": 2}])
    >>> changes["new_files"], changes["changed_files"], changes["written"]["articles"], changes["removed"]["articles"]
    (1, 1, 2, 1)
    """
    rows = {name: sum(batch.get(name, 0) for batch in written) for name in ARTICLE_TABLES}
    return {"new_files": planned.new_files, "changed_files": planned.files - planned.new_files, "written": rows,
            "removed": {name: before.get(name, 0) + rows[name] - after.get(name, 0) for name in ARTICLE_TABLES}}


def run_summary(catalog: Catalog, run_id: str, planned: Planned, published: bool, counts: dict[str, int],
                duplicates: int, missing_dates: int, quarantined: pd.DataFrame, timings: dict[str, float],
                items: dict, clock: float, changes: dict | None = None) -> dict:
    """What a run did, as returned by the flow, written to its manifest and rendered below:
    ``counts`` are the rows of the published datasets, ``changes`` (:func:`run_changes`) what this
    run wrote and removed, ``quarantined`` this run's quarantine rows."""
    timings["run"] = time.perf_counter() - clock
    return {"counts": counts, "this_run": changes, "input_files": planned.input_files, "files": planned.files,
            "unchanged_files": planned.unchanged, "missing_files": planned.missing, "pruned_files": planned.pruned,
            "published": published, "duplicates": duplicates, "missing_dates": missing_dates,
            "quarantined": len(quarantined),
            "quarantine_by_stage": quarantined["stage"].value_counts().to_dict(),
            "timings": {stage: round(seconds, 3) for stage, seconds in timings.items()}, "items": items,
            "output": str(catalog.root), "run_id": run_id}


def summary_markdown(summary: dict) -> str:
    """The run summary as the Markdown of the Prefect artifact."""
    lines = [f"# newsflow run `{summary['run_id']}`", ""]
    if not summary["published"]:
        lines += [f"No input changed ({summary['unchanged_files']} files unchanged); nothing was published.", ""]
    written, removed = (summary["this_run"] or {}).get("written", {}), (summary["this_run"] or {}).get("removed", {})
    lines += ["| table | rows | written by this run | removed by this run |", "|---|---:|---:|---:|"]
    lines += [f"| {name} | {n} | {written.get(name, '')} | {removed.get(name, '')} |"
              for name, n in summary["counts"].items()]
    lines += ["", f"- input files processed: {summary['files']} (unchanged: {summary['unchanged_files']}, "
                  f"pruned: {summary['pruned_files']})",
              f"- duplicates flagged: {summary['duplicates']}",
              f"- articles without a publication date: {summary['missing_dates']}",
              f"- quarantined: {summary['quarantined']} "
              + ", ".join(f"{stage}: {n}" for stage, n in summary["quarantine_by_stage"].items()),
              "", "| stage | seconds |", "|---|---:|"]
    lines += [f"| {stage} | {seconds:.2f} |" for stage, seconds in summary["timings"].items()]
    return "\n".join(lines)
