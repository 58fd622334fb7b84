"""The output folder: the one place that reads and writes datasets, run manifests and the lock.

Layout (every table is a directory of Parquet files, read as one dataset)::

    output/
      articles -> _current/articles        fixed relative links, one per table
      _current -> _versions/<run_id>       the one pointer swapped to publish a run
      _previous -> _versions/<run_id>      the version before it, kept for readers still on it
      _versions/<run_id>/<table>/year=2026/month=1/part-0.parquet
      _versions/<run_id>/_state/inputs.parquet   per input file: content hash and the rows it made
      _versions/<run_id>/_state/signatures.parquet   per article: its MinHash signature (dedupe)
      _runs/<run_id>.json                  manifest of each run: inputs, counts, status
      .lock                                held while a run writes

A run writes a complete new version aside and then replaces the ``_current`` link with one
``rename``: readers see either the old or the new version of *all* tables, never a half-written
one, and a crash at any point leaves the previous version in place. The input state travels
inside the version, so the datasets and the record of what produced them can never disagree.
"""
from __future__ import annotations

import errno
import fcntl
import json
import os
import shutil
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.parquet as pq

from flows.store.parquet import fragment_batches, to_arrow, with_partition_keys, write_dataset
from schemas import TABLES

CURRENT = "_current"
#: The version published before the current one; kept so a reader that opened it can finish.
PREVIOUS = "_previous"
VERSIONS = "_versions"
RUNS = "_runs"
LOCK = ".lock"
STATE = "_state"
STAGING = ".staging"
#: Errors that mean "this output cannot take the run's files", as opposed to a bug.
STORAGE_ERRNOS = {errno.ENOSPC, errno.EDQUOT, errno.EROFS, errno.EACCES, errno.EPERM, errno.EFBIG}


class OutputLocked(RuntimeError):
    """Another run holds the output folder."""


class OutputNotWritable(RuntimeError):
    """The output folder cannot take the run's files (disk full, read-only, no permission);
    the previously published datasets are untouched."""


def is_storage_error(error: BaseException) -> bool:
    return isinstance(error, OSError) and error.errno in STORAGE_ERRNOS


def not_writable(root: Path, error: OSError) -> OutputNotWritable:
    reason = {errno.ENOSPC: "the disk is full", errno.EDQUOT: "the disk quota is exhausted",
              errno.EROFS: "it is on a read-only file system", errno.EFBIG: "a file exceeds the size limit",
              errno.EACCES: "permission denied", errno.EPERM: "permission denied",
              errno.EEXIST: "it is a file, not a folder", errno.ENOTDIR: "a part of its path is a file, not a folder",
              errno.ENOENT: "the folder cannot be created there",
              }.get(error.errno, "the folder cannot be used")
    return OutputNotWritable(f"cannot write to {root}: {reason} ({error.strerror or error}); "
                             f"the previously published datasets are unchanged")


@dataclass(frozen=True)
class Catalog:
    root: Path

    @contextmanager
    def lock(self, wait: bool = False, on_wait=None) -> Iterator[None]:
        """Hold the output folder for one run. When another run has it, raise :class:`OutputLocked`,
        or with ``wait`` block until it is free (``on_wait(holder)`` is called once, to say so).

        The lock is an ``flock``: the kernel drops it when its holder dies, even by ``kill -9``.
        """
        try:
            self.root.mkdir(parents=True, exist_ok=True)
            handle = open(self.root / LOCK, "a+")
        except OSError as error:
            # nothing but the output path is touched here, so any failure (a file in its place, a
            # parent that cannot be created, no permission) is the user's output, not a bug
            raise not_writable(self.root, error) from error
        with handle:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                handle.seek(0)
                holder = handle.read().strip() or "another run"
                if not wait:
                    raise OutputLocked(f"{self.root} is being written by {holder}; wait for it to finish "
                                       f"(--wait) or pass a different --output") from None
                if on_wait:
                    on_wait(holder)
                fcntl.flock(handle, fcntl.LOCK_EX)
            handle.seek(0)
            handle.truncate()
            handle.write(f"newsflow run (pid {os.getpid()})")
            handle.flush()
            try:
                yield
            finally:
                handle.seek(0)
                handle.truncate()
                fcntl.flock(handle, fcntl.LOCK_UN)

    def version_dir(self, run_id: str) -> Path:
        return self.root / VERSIONS / run_id

    @property
    def current_version(self) -> Path | None:
        return self._version_behind(CURRENT)

    @property
    def previous_version(self) -> Path | None:
        return self._version_behind(PREVIOUS)

    def _version_behind(self, link_name: str) -> Path | None:
        link = self.root / link_name
        return link.resolve() if link.is_symlink() and link.resolve().is_dir() else None

    def recover(self) -> list[str]:
        """Tidy up after runs that died (``kill -9``, power loss): delete their unpublished
        versions and mark their manifests ``interrupted``. Call while holding the lock. Returns
        the interrupted run ids."""
        self._drop_old_versions()
        interrupted = []
        for path in sorted((self.root / RUNS).glob("*.json")) if (self.root / RUNS).is_dir() else []:
            manifest = json.loads(path.read_text())
            if manifest.get("status") == "running":
                interrupted.append(manifest["run_id"])
                self.write_manifest(manifest["run_id"], {**manifest, "status": "interrupted"})
        return interrupted

    def discard(self, run_id: str) -> None:
        """Remove a version that will not be published (the run failed)."""
        shutil.rmtree(self.version_dir(run_id), ignore_errors=True)

    def write_version(self, run_id: str, frames: dict[str, pd.DataFrame], published: dict[str, pd.Series | None],
                      metadata: dict[str, str]) -> dict[str, int]:
        """Write whole in-memory tables as a run's version (not yet visible to readers), through
        the same streaming writer the flow uses; ``published`` gives each row's publication time
        for partitioned tables. Returns rows written per table."""
        written = {}
        for name, spec in TABLES.items():
            table = to_arrow(spec, frames[name], metadata)
            if spec.partitioned:
                when = pa.array(list(published[name]), type=pa.timestamp("us", tz="UTC"), from_pandas=True)
                table = with_partition_keys(table, when)
            written[name] = self.write_stream(run_id, name, table.to_batches(), metadata)
        return written

    def publish(self, run_id: str) -> None:
        """Make a written version the current one in a single atomic rename, then tidy up."""
        target = self.version_dir(run_id)
        for name in TABLES:
            if not (target / name).is_dir():
                raise FileNotFoundError(f"version {run_id} lacks table {name}; not publishing")
        self._ensure_table_links()
        staged_link = self.root / f"{CURRENT}.{run_id}.tmp"
        if staged_link.is_symlink():
            staged_link.unlink()
        staged_link.symlink_to(Path(VERSIONS) / run_id)
        shutil.rmtree(target / STAGING, ignore_errors=True)
        previous = self.current_version
        os.replace(staged_link, self.root / CURRENT)
        if previous is not None and previous.name != run_id:
            self._point(PREVIOUS, previous.name)
        self._drop_old_versions()

    def _point(self, link_name: str, run_id: str) -> None:
        staged_link = self.root / f"{link_name}.{run_id}.tmp"
        if staged_link.is_symlink():
            staged_link.unlink()
        staged_link.symlink_to(Path(VERSIONS) / run_id)
        os.replace(staged_link, self.root / link_name)

    def _ensure_table_links(self) -> None:
        for name in TABLES:
            link = self.root / name
            if link.is_symlink():
                continue
            if link.exists():
                raise FileExistsError(f"{link} exists and is not newsflow's link; move it away first")
            link.symlink_to(Path(CURRENT) / name)

    def _drop_old_versions(self) -> None:
        """Delete every version but the current and the previous one (including unpublished
        leftovers of crashed runs). Only the lock holder calls this, so no run is writing one."""
        versions = self.root / VERSIONS
        keep = {v.name for v in (self.current_version, self.previous_version) if v is not None}
        for stale in versions.iterdir() if versions.is_dir() else []:
            if stale.name not in keep:
                shutil.rmtree(stale, ignore_errors=True)

    def read(self, table: str, columns: list[str] | None = None) -> pd.DataFrame:
        """The current version of a table as pandas (empty with the right columns when none yet)."""
        path = self.root / table
        spec = TABLES[table]
        if not path.exists():
            return pd.DataFrame({c: pd.Series(dtype=object) for c in (columns or spec.columns)})
        dataset = ds.dataset(path, format="parquet", partitioning="hive")
        return dataset.to_table(columns=columns or spec.columns).to_pandas()

    def scan(self, table: str, keep: ds.Expression | None = None) -> Iterator[pa.RecordBatch]:
        """Record batches of the current version of a table (with year/month for partitioned
        tables), optionally only the rows matching ``keep``; nothing when there is no version yet."""
        current = self.current_version
        if current is None or not (current / table).is_dir():
            return iter(())
        partitioned = TABLES[table].partitioned
        dataset = ds.dataset(current / table, format="parquet", partitioning="hive" if partitioned else None)
        return fragment_batches(dataset, keep)

    def counts(self) -> dict[str, int]:
        """Rows per table in the current version (from Parquet footers, without reading data)."""
        return {name: (ds.dataset(self.root / name, format="parquet").count_rows()
                       if (self.root / name).exists() else 0) for name in TABLES}

    def staging_dir(self, run_id: str) -> Path:
        """Where a run spills its batches before the tables are assembled (inside its version, so
        a crash leaves nothing outside what :meth:`recover` deletes)."""
        return self.version_dir(run_id) / STAGING

    def write_stream(self, run_id: str, table: str, batches: Iterable[pa.RecordBatch],
                     metadata: dict[str, str]) -> int:
        """Write one table of a run's version from a stream of record batches; returns its rows."""
        target = self.version_dir(run_id) / table
        if target.exists():
            shutil.rmtree(target)
        return write_dataset(TABLES[table], batches, target, metadata)

    def read_state(self) -> pd.DataFrame:
        """Per input file of the current version: path, content_hash, bytes, refs (the article ids
        and rejected record refs it produced). Empty when nothing was published yet."""
        current = self.current_version
        path = current / STATE / "inputs.parquet" if current is not None else None
        if path is None or not path.exists():
            return pd.DataFrame({"path": [], "content_hash": [], "bytes": [], "refs": []})
        return pq.read_table(path).to_pandas()

    def write_state(self, run_id: str, state: pd.DataFrame) -> None:
        folder = self.version_dir(run_id) / STATE
        folder.mkdir(parents=True, exist_ok=True)
        schema = pa.schema([("path", pa.string()), ("content_hash", pa.string()), ("bytes", pa.int64()),
                            ("refs", pa.list_(pa.string()))])
        pq.write_table(pa.Table.from_pandas(state, schema=schema, preserve_index=False),
                       folder / "inputs.parquet", compression="zstd")

    def read_signatures(self) -> dict[str, bytes]:
        """Article id -> MinHash signature (see ``flows.ingest.dedupe.signature_bytes``) of the
        current version; empty when there is none or the version predates signatures."""
        current = self.current_version
        path = current / STATE / "signatures.parquet" if current is not None else None
        if path is None or not path.exists():
            return {}
        table = pq.read_table(path)
        return dict(zip(table.column("article_id").to_pylist(), table.column("signature").to_pylist()))

    def write_signatures(self, run_id: str, article_ids: list[str], signatures: list[bytes]) -> None:
        folder = self.version_dir(run_id) / STATE
        folder.mkdir(parents=True, exist_ok=True)
        table = pa.table({"article_id": pa.array(article_ids, pa.string()),
                          "signature": pa.array(signatures, pa.binary())})
        pq.write_table(table, folder / "signatures.parquet", compression="zstd")

    def write_manifest(self, run_id: str, manifest: dict) -> Path:
        """Record a run (inputs, counts, status); rewritten as the run progresses."""
        runs = self.root / RUNS
        runs.mkdir(parents=True, exist_ok=True)
        path = runs / f"{run_id}.json"
        tmp = path.with_suffix(".json.tmp")
        tmp.write_text(json.dumps(manifest, indent=2, ensure_ascii=False, default=str))
        os.replace(tmp, path)
        return path
