"""The data dictionary (docs/DATA.md), generated from the table models so it is never written twice.

    python -m schemas.dictionary > docs/DATA.md
"""
from __future__ import annotations

from schemas import SCHEMA_VERSION, TABLES

#: How an Arrow type is named for readers where the short name leaves out what they need to know.
TYPE_NAMES = {"timestamp": "timestamp (µs, UTC)"}
#: The hive partition keys: not stored inside the files, added by readers from the folder names.
PARTITION_COLUMNS = [
    ("year", "UTC publication year of the article; 0 when it has no date. From the folder name "
             "(pyarrow int32, DuckDB BIGINT, pandas category)."),
    ("month", "UTC publication month (1-12) of the article; 0 when it has no date. From the folder name."),
]


def render() -> str:
    lines = ["# newsflow data dictionary", "",
             f"Generated from `schemas/` (schema version {SCHEMA_VERSION}) by `python -m schemas.dictionary`; "
             "do not edit by hand.", "",
             "Every table is a folder of Parquet files under `output/<table>/`; how to load them with pandas, "
             "pyarrow, DuckDB and polars: [`output/README.md`](../output/README.md). Tables marked *partitioned* "
             "are split hive-style by the UTC publication month of their article (`year=2026/month=1`); rows of "
             "articles without a publication date are in `year=0/month=0`. Timestamps are UTC; event dates are "
             "days on the Europe/Berlin calendar.", ""]
    for spec in TABLES.values():
        schema = spec.model.to_schema()
        lines += [f"## `{spec.name}`", "", (spec.model.__doc__ or "").strip(), "",
                  f"Key: {', '.join(f'`{k}`' for k in spec.key) or '—'} · "
                  f"{'partitioned by `year`, `month`' if spec.partitioned else 'not partitioned'}", "",
                  "| column | type | null | checks | description |", "|---|---|---|---|---|"]
        for name, column in schema.columns.items():
            checks = ", ".join(_describe(c) for c in column.checks)
            if column.unique:
                checks = ", ".join(filter(None, ["unique", checks]))
            arrow = column.metadata["arrow"]
            lines.append(f"| `{name}` | {TYPE_NAMES.get(arrow, arrow)} | {'yes' if column.nullable else 'no'} | "
                         f"{checks} | {column.description} |")
        if spec.partitioned:
            lines += [f"| `{name}` | integer (partition) | no |  | {text} |" for name, text in PARTITION_COLUMNS]
        if schema.checks:
            lines += ["", "Row checks: " + "; ".join(c.name for c in schema.checks) + "."]
        lines.append("")
    return "\n".join(lines)


def _describe(check) -> str:
    """A column check in words: ``≥ 0``, ``length 64``, ``one of `a` / `b```."""
    stats = check.statistics or {}
    if "allowed_values" in stats:
        return "one of " + " / ".join(f"`{v}`" for v in stats["allowed_values"])
    if check.name == "greater_than_or_equal_to":
        return f"≥ {stats['min_value']}"
    if check.name == "less_than_or_equal_to":
        return f"≤ {stats['max_value']}"
    if check.name == "str_length" and stats.get("min_value") == stats.get("max_value"):
        return f"length {stats['min_value']}"
    if check.name == "str_matches":
        return f"matches `{stats['pattern']}`"
    if stats:
        return f"{check.name} " + ", ".join(f"{v}" for v in stats.values() if v is not None)
    return check.name


if __name__ == "__main__":
    print(render(), end="")
