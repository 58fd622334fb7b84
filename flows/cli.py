"""The ``newsflow`` command: a thin dispatcher to the modules that own each sub-command.

Each sub-command lives beside the code it drives and exposes ``main(argv: list[str]) -> int``;
this file only maps command words to those modules, so ``newsflow --help`` stays one page.
"""
from __future__ import annotations

import importlib
import sys

#: command words -> module whose ``main(argv)`` handles the rest of the arguments
COMMANDS: dict[tuple[str, ...], tuple[str, str]] = {
    ("run",): ("flows.run_cli", "run the pipeline on raw files into Parquet datasets"),
    ("names", "resolve"): ("flows.names.cli", "resolve names to canonical entities"),
    ("eval", "names"): ("flows.eval.names", "score name normalization against gold"),
    ("eval", "quotes"): ("flows.eval.quotes", "score quote extraction (SpkAtt or devset)"),
    ("eval", "events"): ("flows.eval.events", "score event extraction against the devset"),
    ("bench",): ("flows.bench", "benchmark throughput and memory on generated corpora"),
    ("bench", "names"): ("flows.names.bench", "time the name resolver on 100,000 names"),
    ("serve",): ("flows.serve", "serve the flow as a scheduled Prefect deployment"),
    ("report",): ("flows.report", "write output/report.html and the DuckDB catalog"),
}


def usage() -> str:
    lines = ["usage: newsflow COMMAND [options]   (newsflow COMMAND --help for details)", ""]
    for words, (_, help_text) in COMMANDS.items():
        lines.append(f"  {' '.join(words):<16} {help_text}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    for words, (module_name, _) in sorted(COMMANDS.items(), key=lambda kv: -len(kv[0])):
        if tuple(args[: len(words)]) == words:
            module = importlib.import_module(module_name)
            return int(module.main(args[len(words):]) or 0)
    print(usage(), file=sys.stderr if args and args[0] not in ("-h", "--help") else sys.stdout)
    return 0 if args and args[0] in ("-h", "--help") else 2
