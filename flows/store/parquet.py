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
    # straight from the pandas columns (from_pandas: NaN, NaT and pd.NA are nulls); going through a
    # list of Python values first cost a third of the time spent validating the same rows
    arrays = [pa.array(columns[f.name], type=f.type, from_pandas=True) for f in schema]
    return pa.Table.from_arrays(arrays, schema=schema)


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
    folder, one file per partition (a new one every ``ROWS_PER_FILE`` rows). Returns rows written.

    Each batch's rows are written to their partitions' open files (a row group each) before the
    next batch is read, so memory stays bounded by the batch size whatever the table's size.
    (pyarrow's ``dataset.write_dataset`` queues up to 64M rows before it slows its input, i.e.
    whole tables: 380 MB of articles at 100k, which made the flow's peak grow with the corpus.)
    An empty table still gets one file, so every dataset exists with its schema.
    """
    schema = stored_schema(spec, metadata)
    stored = [name for name in schema.names if not (spec.partitioned and name in PARTITION_COLUMNS)]
    files: dict[str, _PartitionFile] = {}
    written = 0
    try:
        for batch in batches:
            table = pa.Table.from_batches([batch.select(schema.names).cast(schema)])
            written += table.num_rows
            for part, rows in _by_partition(table, spec.partitioned):
                rows = rows.select(stored)
                if part not in files:
                    files[part] = _PartitionFile(directory / part, rows.schema)
                files[part].write(rows)
    finally:
        for file in files.values():
            file.close()
    if not written:
        empty = to_arrow(spec, pd.DataFrame(), metadata)
        _write(empty, directory / (partition_dir(None, None) if spec.partitioned else "") / "part-0.parquet")
    return written


def fragment_batches(dataset: ds.Dataset, keep: ds.Expression | None = None, whole_files: bool = False
                     ) -> Iterator[pa.RecordBatch]:
    """Record batches of ``dataset`` (partition keys included), one file after the other; with
    ``whole_files``, one batch per file. ``Dataset.to_batches`` reads ahead as far as its consumer
    lets it, and a consumer that writes is slower than the read: it held most of a table at once
    (230-300 MB of articles at 100k, even with its read-ahead options turned down)."""
    for fragment in dataset.get_fragments(filter=keep):
        batches = fragment.to_batches(schema=dataset.schema, filter=keep, batch_readahead=0, fragment_readahead=0)
        if whole_files:
            yield from pa.Table.from_batches(list(batches), schema=dataset.schema).combine_chunks().to_batches()
        else:
            yield from batches


def _by_partition(table: pa.Table, partitioned: bool) -> Iterator[tuple[str, pa.Table]]:
    """The rows of ``table`` per hive partition folder (all in "" for an unpartitioned table):
    slices of the table sorted by partition, in the table's order within each."""
    if not partitioned or not table.num_rows:
        yield "", table
        return
    table = table.take(pc.sort_indices(table, [(name, "ascending") for name in PARTITION_COLUMNS]))
    keys = table.select(list(PARTITION_COLUMNS)).to_pydict()
    start = 0
    for end in range(1, table.num_rows + 1):
        if end == table.num_rows or (keys["year"][end], keys["month"][end]) != (keys["year"][start], keys["month"][start]):
            yield partition_dir(keys["year"][start], keys["month"][start]), table.slice(start, end - start)
            start = end


class _PartitionFile:
    """The open file of one partition, rolled over every ``ROWS_PER_FILE`` rows."""

    def __init__(self, folder: Path, schema: pa.Schema) -> None:
        self.folder, self.schema = folder, schema
        self.writer: pq.ParquetWriter | None = None
        self.files, self.rows = 0, 0

    def write(self, table: pa.Table) -> None:
        while table.num_rows:
            if self.writer is None or self.rows >= ROWS_PER_FILE:
                self.close()
                self.folder.mkdir(parents=True, exist_ok=True)
                self.writer = pq.ParquetWriter(self.folder / f"part-{self.files}.parquet", self.schema,
                                               compression=COMPRESSION)
                self.files, self.rows = self.files + 1, 0
            part = table.slice(0, ROWS_PER_FILE - self.rows)
            self.writer.write_table(part)
            self.rows += part.num_rows
            table = table.slice(part.num_rows)

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
            self.writer = None


class StagedFile:
    """A batch's rows of one table in the run's staging folder, written a chunk of articles at a
    time (a row group each) so that the task writing them holds one chunk's rows, not the batch's.
    A batch without rows still gets its file, with the schema of the tables it was given."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.writer: pq.ParquetWriter | None = None
        self.schema: pa.Schema | None = None
        self.rows = 0

    def write(self, table: pa.Table) -> None:
        self.schema = table.schema
        if not table.num_rows:
            return
        if self.writer is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.writer = pq.ParquetWriter(self.path, table.schema, compression=COMPRESSION)
        self.writer.write_table(table)
        self.rows += table.num_rows

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
        elif self.schema is not None:
            _write(self.schema.empty_table(), self.path)
