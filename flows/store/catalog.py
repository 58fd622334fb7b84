"""The output folder: the one place that reads and writes datasets, run manifests and the lock.

Layout (every table is a directory of Parquet files, read as one dataset)::

    output/
      articles -> _current/articles        fixed relative links, one per table
      _current -> _versions/<run_id>       the one pointer swapped to publish a run
      _versions/<run_id>/<table>/year=2026/month=1/part-0.parquet
      _runs/<run_id>.json                  manifest of each run: inputs, counts, status
      .lock                                held while a run writes

A run writes a complete new version aside and then replaces the ``_current`` link with one
``rename``: readers see either the old or the new version of *all* tables, never a half-written
one, and a crash at any point leaves the previous version in place.
"""
from __future__ import annotations

import fcntl
import json
import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pyarrow.dataset as ds

from flows.store.parquet import write_table
from schemas import TABLES

CURRENT = "_current"
VERSIONS = "_versions"
RUNS = "_runs"
LOCK = ".lock"
#: Versions kept besides the current one, so a reader that opened the previous one can finish.
KEEP_PREVIOUS = 1


class OutputLocked(RuntimeError):
    """Another run holds the output folder."""


@dataclass(frozen=True)
class Catalog:
    root: Path

    @contextmanager
    def lock(self, wait: bool = False) -> Iterator[None]:
        """Hold the output folder for one run; raise :class:`OutputLocked` if another run has it."""
        self.root.mkdir(parents=True, exist_ok=True)
        with open(self.root / LOCK, "a+") as handle:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
            except BlockingIOError:
                handle.seek(0)
                holder = handle.read().strip() or "another run"
                raise OutputLocked(f"{self.root} is being written by {holder}; wait for it to finish "
                                   f"or pass a different --output") from None
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
        link = self.root / CURRENT
        return link.resolve() if link.is_symlink() and link.resolve().is_dir() else None

    def write_version(self, run_id: str, frames: dict[str, pd.DataFrame], months: dict[str, pd.Series | None],
                      metadata: dict[str, str]) -> dict[str, list[Path]]:
        """Write every table of a run into its own version folder (not yet visible to readers)."""
        target = self.version_dir(run_id)
        if target.exists():
            shutil.rmtree(target)
        written = {}
        for name, spec in TABLES.items():
            written[name] = write_table(spec, frames[name], months.get(name), target / name, metadata)
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
        os.replace(staged_link, self.root / CURRENT)
        self._drop_old_versions(keep=run_id)

    def _ensure_table_links(self) -> None:
        for name in TABLES:
            link = self.root / name
            if link.is_symlink():
                continue
            if link.exists():
                raise FileExistsError(f"{link} exists and is not newsflow's link; move it away first")
            link.symlink_to(Path(CURRENT) / name)

    def _drop_old_versions(self, keep: str) -> None:
        versions = self.root / VERSIONS
        others = sorted((p for p in versions.iterdir() if p.name != keep), key=lambda p: p.stat().st_mtime)
        for stale in others[:-KEEP_PREVIOUS] if KEEP_PREVIOUS else others:
            shutil.rmtree(stale, ignore_errors=True)

    def read(self, table: str, columns: list[str] | None = None) -> pd.DataFrame:
        """The current version of a table as pandas (empty with the right columns when none yet)."""
        path = self.root / table
        spec = TABLES[table]
        if not path.exists():
            return pd.DataFrame({c: pd.Series(dtype=object) for c in (columns or spec.columns)})
        dataset = ds.dataset(path, format="parquet", partitioning="hive")
        return dataset.to_table(columns=columns or spec.columns).to_pandas()

    def write_manifest(self, run_id: str, manifest: dict) -> Path:
        """Record a run (inputs, counts, status); rewritten as the run progresses."""
        runs = self.root / RUNS
        runs.mkdir(parents=True, exist_ok=True)
        path = runs / f"{run_id}.json"
        tmp = path.with_suffix(".json.tmp")
        tmp.write_text(json.dumps(manifest, indent=2, ensure_ascii=False, default=str))
        os.replace(tmp, path)
        return path
