"""``newsflow run``: run the pipeline once on local inputs and print what was written and skipped."""
from __future__ import annotations

import argparse
import sys

from flows.settings import apply_prefect_defaults


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="newsflow run", description=__doc__)
    p.add_argument("--input", action="append", metavar="PATH",
                   help="file or folder of raw articles (repeatable; default: raw/)")
    p.add_argument("--output", default="output", metavar="DIR", help="dataset folder (default: output/)")
    p.add_argument("--full-refresh", action="store_true",
                   help="rebuild every dataset from all inputs, ignoring what earlier runs wrote")
    p.add_argument("--prune", action="store_true",
                   help="drop the rows of input files that no longer exist (default: keep them)")
    p.add_argument("--wait", action="store_true",
                   help="when another run is writing the same output, wait for it instead of refusing")
    p.add_argument("--batch-size", type=int, default=None, help="articles per task run (default: automatic)")
    p.add_argument("--runner", choices=["thread", "dask"], default="thread",
                   help="task runner: thread (one process) or dask (prefect-dask; LocalCluster by default)")
    p.add_argument("--dask-address", metavar="tcp://HOST:PORT", default=None,
                   help="scheduler of an existing Dask cluster (with --runner dask)")
    return p


def main(argv: list[str]) -> int:
    args = parser().parse_args(argv)
    apply_prefect_defaults()
    from flows.pipeline import flow_for
    from flows.store.catalog import OutputLocked, OutputNotWritable

    if args.dask_address and args.runner != "dask":
        print("newsflow: --dask-address needs --runner dask", file=sys.stderr)
        return 2
    try:
        summary = flow_for(args.runner, args.dask_address)(
            inputs=args.input or ["raw"], output=args.output, batch_size=args.batch_size,
            show_progress=sys.stderr.isatty(), full_refresh=args.full_refresh, prune=args.prune, wait=args.wait)
    except OutputLocked as error:
        print(f"newsflow: {error}", file=sys.stderr)
        return 3
    except OutputNotWritable as error:
        print(f"newsflow: {error}", file=sys.stderr)
        return 4
    print(render_summary(summary))
    return 0


def render_summary(summary: dict) -> str:
    counts = ", ".join(f"{name} {n:,}" for name, n in summary["counts"].items() if name != "quarantine")
    if not summary["published"]:
        return (f"run {summary['run_id']}: no input changed ({summary['unchanged_files']:,} files unchanged); "
                f"{summary['output']}/ keeps: {counts}")
    lines = [f"run {summary['run_id']}: {summary['files']:,} input files processed "
             f"({summary['unchanged_files']:,} unchanged, {summary['pruned_files']:,} pruned) -> {summary['output']}/",
             f"  written: {counts}",
             f"  duplicates flagged: {summary['duplicates']:,}; articles without a date: {summary['missing_dates']:,}"]
    if summary["quarantined"]:
        by_stage = ", ".join(f"{stage} {n}" for stage, n in summary["quarantine_by_stage"].items())
        lines.append(f"  skipped (see {summary['output']}/quarantine): {summary['quarantined']:,} ({by_stage})")
    return "\n".join(lines)
