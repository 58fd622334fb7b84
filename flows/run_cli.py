"""``newsflow run``: run the pipeline once on local inputs and print what was written and skipped."""
from __future__ import annotations

import argparse
import logging
import sys
import tempfile
from pathlib import Path

from flows.cli import describe
from flows.settings import apply_prefect_defaults

#: Exit codes (docs/PRODUCTION.md): 1 is left to unexpected errors, which print their traceback.
EXIT_USAGE, EXIT_LOCKED, EXIT_NOT_WRITABLE = 2, 3, 4


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="newsflow run", description=describe(__doc__))
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
        return EXIT_USAGE
    inputs = args.input or ["raw"]
    # both checks run before Prefect starts: a mistyped path costs no server start-up and gets
    # one line, not the traceback Prefect logs for a failed flow run
    missing = [path for path in inputs if not (Path(path).is_file() or Path(path).is_dir())]
    if missing:
        print(f"newsflow: input not found: {', '.join(missing)}", file=sys.stderr)
        return EXIT_USAGE
    try:
        check_output_writable(Path(args.output))
    except OutputNotWritable as error:
        print(f"newsflow: {error}", file=sys.stderr)
        return EXIT_NOT_WRITABLE
    quiet = ExpectedFailures((OutputLocked, OutputNotWritable))
    logging.getLogger("prefect.flow_runs").addFilter(quiet)
    try:
        summary = flow_for(args.runner, args.dask_address)(
            inputs=inputs, output=args.output, batch_size=args.batch_size,
            show_progress=sys.stderr.isatty(), full_refresh=args.full_refresh, prune=args.prune, wait=args.wait)
    except OutputLocked as error:
        print(f"newsflow: {error}", file=sys.stderr)
        return EXIT_LOCKED
    except OutputNotWritable as error:
        print(f"newsflow: {error}", file=sys.stderr)
        return EXIT_NOT_WRITABLE
    finally:
        logging.getLogger("prefect.flow_runs").removeFilter(quiet)
    print(render_summary(summary))
    return 0


def check_output_writable(output: Path) -> None:
    """Raise :class:`OutputNotWritable` (with the message the run would give) when a file cannot
    be created in ``output``: read-only, no permission, a file in its place, no parent folder."""
    from flows.store.catalog import not_writable

    try:
        output.mkdir(parents=True, exist_ok=True)
        tempfile.TemporaryFile(dir=output).close()
    except OSError as error:
        raise not_writable(output, error) from error


class ExpectedFailures(logging.Filter):
    """Drops Prefect's log of a flow run that failed with one of ``errors`` (its traceback is
    ~30 lines): the command says what happened in one line. Any other failure, a bug, is logged
    with its traceback as before."""

    def __init__(self, errors: tuple[type[BaseException], ...]) -> None:
        super().__init__()
        self.errors = errors

    def filter(self, record: logging.LogRecord) -> bool:
        return not (record.exc_info and isinstance(record.exc_info[1], self.errors))


def render_summary(summary: dict) -> str:
    """What the run did, then what the datasets hold now (an incremental run writes a few rows into
    datasets of many).

    >>> print(render_summary({"run_id": "r1", "published": True, "output": "out", "files": 1,
    ...     "unchanged_files": 12, "pruned_files": 0, "duplicates": 0, "missing_dates": 1, "quarantined": 1,
    ...     "quarantine_by_stage": {"clean": 1},
    ...     "this_run": {"new_files": 1, "changed_files": 0, "written": {"articles": 2, "mentions": 9},
    ...                  "removed": {"articles": 0, "mentions": 0}},
    ...     "counts": {"articles": 7, "mentions": 40, "quarantine": 1}}))
    run r1: 1 input file read (1 new, 0 changed), 12 unchanged, 0 pruned -> out/
      this run: written (new or changed rows): articles 2, mentions 9; removed: none
      datasets now: articles 7, mentions 40
      duplicates flagged: 0; articles without a date: 1
      dates not taken (see out/quarantine, stage clean): 1
    """
    totals = ", ".join(f"{name} {n:,}" for name, n in summary["counts"].items() if name != "quarantine")
    if not summary["published"]:
        return (f"run {summary['run_id']}: no input changed ({summary['unchanged_files']:,} files unchanged); "
                f"{summary['output']}/ keeps: {totals}")
    changes = summary["this_run"]
    written = ", ".join(f"{name} {n:,}" for name, n in changes["written"].items())
    removed = ", ".join(f"{name} {n:,}" for name, n in changes["removed"].items() if n) or "none"
    files = summary["files"]
    lines = [f"run {summary['run_id']}: {files:,} input file{'s' * (files != 1)} read "
             f"({changes['new_files']:,} new, {changes['changed_files']:,} changed), "
             f"{summary['unchanged_files']:,} unchanged, {summary['pruned_files']:,} pruned -> {summary['output']}/",
             f"  this run: written (new or changed rows): {written}; removed: {removed}",
             f"  datasets now: {totals}",
             f"  duplicates flagged: {summary['duplicates']:,}; articles without a date: {summary['missing_dates']:,}"]
    by_stage = dict(summary["quarantine_by_stage"])
    # stage clean records a date passed over on an article that was kept, not a skipped input
    dates_not_taken = by_stage.pop("clean", 0)
    if by_stage:
        skipped = ", ".join(f"{stage} {n}" for stage, n in by_stage.items())
        lines.append(f"  skipped (see {summary['output']}/quarantine): {sum(by_stage.values()):,} ({skipped})")
    if dates_not_taken:
        lines.append(f"  dates not taken (see {summary['output']}/quarantine, stage clean): {dates_not_taken:,}")
    return "\n".join(lines)
