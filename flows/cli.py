"""The ``newsflow`` command: a thin dispatcher to the modules that own each sub-command.

Each sub-command lives beside the code it drives and exposes ``main(argv: list[str]) -> int``;
this file only maps command words to those modules, so ``newsflow --help`` stays one page.
"""
from __future__ import annotations

import importlib
import re
import sys

#: the ``newsflow …``: head of a sub-command module's docstring (argparse prints the usage line above)
COMMAND_HEAD_RE = re.compile(r"^``newsflow [^`]*``:\s*")

#: command words -> module whose ``main(argv)`` handles the rest of the arguments
COMMANDS: dict[tuple[str, ...], tuple[str, str]] = {
    ("run",): ("flows.run_cli", "run the pipeline on raw files into Parquet datasets"),
    ("names", "resolve"): ("flows.names.cli", "resolve names to canonical entities"),
    ("eval", "names"): ("flows.eval.names", "score name normalization against gold"),
    ("eval", "quotes"): ("flows.eval.quotes", "score quote extraction (SpkAtt or devset)"),
    ("eval", "events"): ("flows.eval.events", "score event extraction against the devset (or other gold files)"),
    ("eval", "agreement"): ("flows.eval.agreement", "score two annotations of the same articles against each other"),
    ("bench",): ("flows.bench", "benchmark throughput and memory on generated corpora"),
    ("bench", "names"): ("flows.names.bench", "time the name resolver on 100,000 names"),
    ("serve",): ("flows.serve", "serve the flow as a scheduled Prefect deployment"),
    ("report",): ("flows.report", "write report.html and the DuckDB catalog newsflow.duckdb into output/"),
}


def describe(doc: str | None) -> str:
    """Help text for a sub-command from its module docstring: the first paragraph, without the command
    head and without reST markup, which argparse would print as written.

    >>> describe("``newsflow run``: run the pipeline once on ``raw/``.\\n\\nDetails.")
    'run the pipeline once on raw/.'
    """
    first = (doc or "").strip().split("\n\n")[0]
    return " ".join(COMMAND_HEAD_RE.sub("", first).replace("``", "").split())


def usage() -> str:
    lines = ["usage: newsflow COMMAND [options]   (newsflow COMMAND --help for details)", ""]
    for words, (_, help_text) in COMMANDS.items():
        lines.append(f"  {' '.join(words):<16} {help_text}")
    lines += ["", "The datasets and how to load them: output/README.md; every column: docs/DATA.md."]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    for words, (module_name, _) in sorted(COMMANDS.items(), key=lambda kv: -len(kv[0])):
        if tuple(args[: len(words)]) == words:
            module = importlib.import_module(module_name)
            return int(module.main(args[len(words):]) or 0)
    if {"-h", "--help"} & set(args[:2]):
        print(usage())
        return 0
    # say what was not understood, not just the list of commands
    group = [" ".join(words) for words in COMMANDS if len(words) > 1 and words[0] == args[0]] if args else []
    if group:
        print(f"newsflow {args[0]}: which one? {', '.join(group)}", file=sys.stderr)
    elif args:
        print(f"newsflow: unknown command {args[0]!r}", file=sys.stderr)
    print(usage(), file=sys.stderr)
    return 2
