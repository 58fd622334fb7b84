"""The data dictionary (docs/DATA.md), generated from the table models so it is never written twice.

    python -m schemas.dictionary > docs/DATA.md
"""
from __future__ import annotations

from schemas import SCHEMA_VERSION, TABLES


def render() -> str:
    lines = ["# newsflow data dictionary", "",
             f"Generated from `schemas/` (schema version {SCHEMA_VERSION}) by `python -m schemas.dictionary`; "
             "do not edit by hand.", "",
             "Every table is a folder of Parquet files under `output/<table>/`. Tables marked *partitioned* are "
             "split hive-style by the UTC publication month of their article (`year=2026/month=1`); rows of "
             "articles without a publication date are in `year=0/month=0`.", ""]
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
            lines.append(f"| `{name}` | {column.metadata['arrow']} | {'yes' if column.nullable else 'no'} | "
                         f"{checks} | {column.description} |")
        if schema.checks:
            lines += ["", "Row checks: " + "; ".join(c.name for c in schema.checks) + "."]
        lines.append("")
    return "\n".join(lines)


def _describe(check) -> str:
    stats = check.statistics or {}
    if "allowed_values" in stats:
        return "one of " + " / ".join(f"`{v}`" for v in stats["allowed_values"])
    if stats:
        return f"{check.name} " + ", ".join(f"{v}" for v in stats.values() if v is not None)
    return check.name


if __name__ == "__main__":
    print(render(), end="")
