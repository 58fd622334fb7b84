"""``newsflow serve``: serve the flow as a Prefect deployment on a schedule (cron or interval).

The process registers the deployment with the Prefect server at ``PREFECT_API_URL`` and then
executes its scheduled runs itself until it is stopped (Ctrl-C / SIGTERM). Each scheduled run is an
ordinary incremental run: only new or changed inputs are processed, and a run that finds the
output busy waits for it (``wait=True``) instead of failing.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from flows.cli import describe
from flows.settings import apply_prefect_defaults

DEPLOYMENT = "scheduled"


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="newsflow serve", description=describe(__doc__))
    when = p.add_mutually_exclusive_group(required=True)
    when.add_argument("--cron", metavar="EXPR", help='cron schedule, e.g. "*/15 * * * *" (server time zone UTC)')
    when.add_argument("--interval", type=float, metavar="SECONDS", help="run every SECONDS seconds")
    p.add_argument("--input", action="append", metavar="PATH", help="file or folder of raw articles (default: raw/)")
    p.add_argument("--output", default="output", metavar="DIR", help="dataset folder (default: output/)")
    p.add_argument("--prune", action="store_true", help="drop the rows of input files that no longer exist")
    p.add_argument("--name", default=DEPLOYMENT, help=f"deployment name (default: {DEPLOYMENT})")
    p.add_argument("--runner", choices=["thread", "dask"], default="thread", help="task runner of each run")
    p.add_argument("--dask-address", metavar="tcp://HOST:PORT", default=None, help="existing Dask scheduler")
    return p


def parameters(args: argparse.Namespace) -> dict:
    """Flow parameters with absolute paths: scheduled runs must not depend on a working directory."""
    return {"inputs": [str(Path(p).resolve()) for p in (args.input or ["raw"])],
            "output": str(Path(args.output).resolve()), "prune": args.prune, "wait": True}


def main(argv: list[str]) -> int:
    args = parser().parse_args(argv)
    apply_prefect_defaults()
    from prefect.settings import get_current_settings

    if not get_current_settings().api.url:
        print("newsflow serve: PREFECT_API_URL is not set; start a server (`prefect server start`) and export "
              "PREFECT_API_URL=http://127.0.0.1:4200/api", file=sys.stderr)
        return 2
    from flows.pipeline import flow_for

    flow = flow_for(args.runner, args.dask_address)
    schedule = {"cron": args.cron} if args.cron else {"interval": args.interval}
    print(f"newsflow serve: deployment newsflow/{args.name} ({next(iter(schedule))} {next(iter(schedule.values()))})"
          f" -> {parameters(args)['output']}; Ctrl-C stops", file=sys.stderr, flush=True)
    flow.serve(name=args.name, parameters=parameters(args), print_starting_message=False, **schedule)
    return 0
