"""``newsflow names resolve [--date YYYY-MM-DD] [--json] NAME ...``: one JSON object per line per name.

>>> main(["--date", "2025-06-01", "der Kanzler"])
{"query": "der Kanzler", "entity_id": "per:friedrich-merz", "name": "Friedrich Merz", "type": "PER", "method": "role", "score": 0.85}
0
"""
from __future__ import annotations

import argparse
import json
from dataclasses import asdict
from datetime import date

from flows.cli import describe
from flows.names.resolver import resolve


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="newsflow names resolve", description=describe(__doc__))
    parser.add_argument("--date", type=date.fromisoformat, default=None,
                        help="publication date for role references (YYYY-MM-DD)")
    parser.add_argument("--json", action="store_true", help="JSON lines (the default; kept for scripts)")
    parser.add_argument("--type", choices=["PER", "LOC", "ORG"], default=None, help="only entities of this type")
    parser.add_argument("names", nargs="+", metavar="NAME")
    args = parser.parse_args(argv)
    for name in args.names:
        print(json.dumps(asdict(resolve(name, on=args.date, type_hint=args.type)), ensure_ascii=False))
    return 0
