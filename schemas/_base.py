"""Building blocks shared by the table models: documented columns that carry their Arrow type,
the Arrow schema derived from a model, and the check that offsets point at the stored surface."""
from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import pandera.pandas as pa
import pyarrow as pyarrow_types

#: Bumped when a column is added, removed or changes meaning; written into every Parquet file.
SCHEMA_VERSION = "1.0"

#: Name of the helper column the validate stage attaches (the article's clean text) so that span
#: checks can compare ``text[start:end]`` with the stored surface. It is never written.
ARTICLE_TEXT = "_article_text"

ARROW_TYPES: dict[str, pyarrow_types.DataType] = {
    "string": pyarrow_types.string(),
    "int32": pyarrow_types.int32(),
    "float32": pyarrow_types.float32(),
    "bool": pyarrow_types.bool_(),
    "date": pyarrow_types.date32(),
    "timestamp": pyarrow_types.timestamp("us", tz="UTC"),
    "list<string>": pyarrow_types.list_(pyarrow_types.string()),
}


def column(description: str, arrow: str, **checks) -> pa.Field:
    """A pandera field documented by ``description`` and written to Parquet as ``arrow``.

    >>> column("the id", "string", unique=True).metadata
    {'arrow': 'string'}
    """
    return pa.Field(description=description, metadata={"arrow": arrow}, **checks)


def arrow_schema(model: type[pa.DataFrameModel]) -> pyarrow_types.Schema:
    """The Arrow schema a table is written with, derived from its pandera model (one source)."""
    fields = []
    for name, col in model.to_schema().columns.items():
        arrow = ARROW_TYPES[col.metadata["arrow"]]
        fields.append(pyarrow_types.field(name, arrow, nullable=col.nullable,
                                          metadata={"description": col.description or ""}))
    return pyarrow_types.schema(fields)


def spans_match(df: pd.DataFrame, start: str, end: str, surface: str) -> pd.Series:
    """True where ``0 <= start <= end <= len(text)`` and ``text[start:end] == surface``.

    Rows whose span is null pass (optional spans such as a missing speaker), and so do all rows
    when no article text is attached.
    """
    if ARTICLE_TEXT not in df.columns or df.empty:
        return pd.Series(True, index=df.index)
    # plain lists and one vectorised null mask: iterating Arrow-backed string columns element by
    # element cost more than the comparisons
    missing = (df[start].isna() | df[end].isna()).tolist()
    ok = [gap or _span_matches(text, s, e, value) for gap, text, s, e, value in zip(
        missing, df[ARTICLE_TEXT].tolist(), df[start].tolist(), df[end].tolist(), df[surface].tolist())]
    return pd.Series(ok, index=df.index)


def _span_matches(text, start, end, value) -> bool:
    start, end = int(start), int(end)
    return isinstance(text, str) and 0 <= start <= end <= len(text) and text[start:end] == value


@dataclass(frozen=True)
class TableSpec:
    """How a table is stored: its model, and whether it is partitioned by publication month."""

    name: str
    model: type[pa.DataFrameModel]
    key: tuple[str, ...]
    partitioned: bool

    @property
    def arrow(self) -> pyarrow_types.Schema:
        return arrow_schema(self.model)

    @property
    def columns(self) -> list[str]:
        return list(self.model.to_schema().columns)
