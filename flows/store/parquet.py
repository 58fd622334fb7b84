"""Frames to Parquet files: Arrow schema from the table contract, hive partitions by publication
month, zstd, schema metadata. Pure file writing only; where the files go is the catalog's business."""
from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.dataset as ds
import pyarrow.parquet as pq

from schemas import SCHEMA_VERSION, TableSpec

#: Partition value for rows whose article has no publication date. Hive's null marker
#: (__HIVE_DEFAULT_PARTITION__) breaks pyarrow's and pandas' type inference when it is the only
#: value, so undated rows live in year=0/month=0 and every reader sees integer partition keys.
UNDATED = 0
PARTITION_COLUMNS = ("year", "month")
ROWS_PER_FILE = 100_000
COMPRESSION = "zstd"


def to_arrow(spec: TableSpec, frame: pd.DataFrame, metadata: dict[str, str]) -> pa.Table:
    """The frame as an Arrow table with exactly the contract's columns, types and metadata."""
    schema = spec.arrow.with_metadata({b"newsflow": json.dumps(
        {"table": spec.name, "schema_version": SCHEMA_VERSION, **metadata}, sort_keys=True).encode()})
    columns = {name: frame[name] if name in frame else pd.Series([None] * len(frame), dtype=object)
               for name in spec.columns}
    arrays = [pa.array(_plain(columns[f.name]), type=f.type, from_pandas=True) for f in schema]
    return pa.Table.from_arrays(arrays, schema=schema)


def _plain(series: pd.Series) -> list:
    """Python values with pandas' missing markers turned into None (what pyarrow expects for nulls)."""
    values = series.astype(object).tolist()
    return [None if (v is None or (not isinstance(v, (list, tuple, str)) and pd.isna(v))) else v for v in values]


def partition_dir(year: int | None, month: int | None) -> str:
    """Hive-style directory for a publication month.

    >>> partition_dir(2026, 1), partition_dir(None, None)
    ('year=2026/month=1', 'year=0/month=0')
    """
    return f"year={UNDATED if year is None else year}/month={UNDATED if month is None else month}"


def _write(table: pa.Table, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    pq.write_table(table, path, compression=COMPRESSION)
    return path


def partition_schema() -> pa.Schema:
    return pa.schema([(name, pa.int32()) for name in PARTITION_COLUMNS])


def stored_schema(spec: TableSpec, metadata: dict[str, str]) -> pa.Schema:
    """The contract's columns and metadata, plus the partition keys for a partitioned table."""
    schema = to_arrow(spec, pd.DataFrame(), metadata).schema
    return pa.unify_schemas([schema, partition_schema()]) if spec.partitioned else schema


def with_partition_keys(table: pa.Table, published: pa.ChunkedArray | pa.Array) -> pa.Table:
    """``table`` with year/month columns from each row's publication time (UNDATED when null)."""
    for name, part in (("year", pc.year), ("month", pc.month)):
        keys = pc.fill_null(pc.cast(part(published), pa.int32()), UNDATED)
        table = table.append_column(pa.field(name, pa.int32()), keys)
    return table


def write_dataset(spec: TableSpec, batches: Iterable[pa.RecordBatch], directory: Path,
                  metadata: dict[str, str]) -> int:
    """Stream record batches (contract columns, plus year/month when partitioned) into a dataset
    folder; memory stays bounded by the batch size, not the table size. Returns rows written.

    An empty table still gets one file, so every dataset exists with its schema.
    """
    schema = stored_schema(spec, metadata)
    written = 0

    def counted() -> Iterator[pa.RecordBatch]:
        nonlocal written
        for batch in batches:
            written += batch.num_rows
            yield batch.select(schema.names).cast(schema)

    ds.write_dataset(counted(), directory, schema=schema, format="parquet",
                     partitioning=ds.partitioning(partition_schema(), flavor="hive") if spec.partitioned else None,
                     basename_template="part-{i}.parquet", existing_data_behavior="overwrite_or_ignore",
                     max_rows_per_file=ROWS_PER_FILE, max_rows_per_group=ROWS_PER_FILE,
                     file_options=ds.ParquetFileFormat().make_write_options(compression=COMPRESSION))
    if not written:
        empty = to_arrow(spec, pd.DataFrame(), metadata)
        _write(empty, directory / (partition_dir(None, None) if spec.partitioned else "") / "part-0.parquet")
    return written
