"""What a run takes over from the published version and how it assembles the new one: the keys
of the stored articles (for deduplication against them), the stored rows that stay, and the
stream of every table into the new version. Reads and writes only through :class:`Catalog`."""
from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator
from itertools import chain
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.dataset as ds

from flows import __version__
from flows.ingest.dedupe import DedupeKey, signature_bytes
from flows.records import Article
from flows.store.catalog import Catalog
from flows.store.inputs import Plan, input_key
from flows.store.parquet import fragment_batches, to_arrow
from flows.store.spill import write_spill_chunks
from schemas import TABLES

#: Tables filled batch by batch; entities and quarantine are assembled once per run.
ARTICLE_TABLES = ("articles", "mentions", "quotes", "events", "event_participants")
#: Columns holding an entity id, rewritten when discovered spellings are merged into one entity.
ENTITY_COLUMNS = {"mentions": "entity_id", "quotes": "speaker_entity_id", "events": "location_entity_id",
                  "event_participants": "entity_id"}


def stored_keys(catalog: Catalog, drop_refs: set[str]) -> tuple[list[DedupeKey], list[tuple], set[str]]:
    """Dedupe keys of the stored articles that stay, their stored (id, duplicate_of, kind), and
    the ids of those in ``drop_refs`` (their input changed or was pruned). Signatures come from the
    version's state; only articles of an older version without them have their text read."""
    columns = ["article_id", "content_hash", "source_path", "source_ref", "published_at", "duplicate_of",
               "duplicate_kind"]
    current = catalog.read("articles", columns=columns)
    gone = current["source_ref"].isin(drop_refs)
    dropped = set(current.loc[gone, "article_id"])
    current = current[~gone]
    signatures = catalog.read_signatures()
    missing = [a for a in current["article_id"] if a not in signatures]
    if missing:
        for batch in catalog.scan("articles", ds.field("article_id").isin(missing)):
            for article_id, text in zip(batch.column("article_id").to_pylist(), batch.column("text").to_pylist()):
                signatures[article_id] = signature_bytes(text)
    keys, identity = [], []
    for row in current.itertuples(index=False):
        published = None if pd.isna(row.published_at) else row.published_at.to_pydatetime()
        keys.append(DedupeKey(row.article_id, row.content_hash, row.source_path, row.source_ref, published,
                              signatures[row.article_id]))
        identity.append((row.article_id, _none(row.duplicate_of), _none(row.duplicate_kind)))
    return keys, identity, dropped


def _none(value):
    return None if value is None or (isinstance(value, float) and pd.isna(value)) else value


def spill_restated(catalog: Catalog, restated: dict[str, tuple[int, tuple]], path: Path) -> Path:
    """Write the stored articles in ``restated`` (old id -> new id, duplicate_of, kind) with their
    new identity to ``path``, for extraction like new ones."""
    frame_ = pa.Table.from_batches(list(catalog.scan("articles", ds.field("article_id").isin(list(restated)))))
    frame_ = frame_.select(list(Article.__dataclass_fields__)).to_pandas() if frame_.num_rows else None
    articles = _stored_articles(frame_) if frame_ is not None else []
    marked = []
    for article in articles:
        new_id, duplicate_of, kind = restated[article.article_id][1]
        marked.append(dataclasses.replace(article, article_id=new_id, duplicate_of=duplicate_of, duplicate_kind=kind))
    return write_spill_chunks(path, [marked])


def carried_discovered(catalog: Catalog, dropped_ids: set[str], reference: frozenset[str]
                       ) -> Iterator[tuple[str, str, str | None, str]]:
    """(entity_id, entity_type, entity_name, text) of the stored mentions linked to an entity
    not in ``reference``, so spellings merge across runs too; streamed batch by batch, as merging
    only counts them."""
    keep = ~ds.field("entity_id").isin(list(reference)) & ds.field("entity_id").is_valid()
    if dropped_ids:
        keep &= ~ds.field("article_id").isin(list(dropped_ids))
    for batch in catalog.scan("mentions", keep):
        yield from zip(*(batch.column(name).to_pylist() for name in ("entity_id", "entity_type", "entity_name", "text")))


def carried_quarantine(catalog: Catalog, drop_refs: set[str], dropped_ids: set[str]) -> pd.DataFrame:
    """Quarantine rows of inputs and articles that are carried over; entity rows are redone."""
    old = catalog.read("quarantine")
    article_part = old["source_ref"].astype(str).str.split(":").str[0]
    keep = (old["table"] != "entities") & ~old["source_ref"].isin(drop_refs) & ~article_part.isin(dropped_ids)
    return old[keep]


def write_tables(catalog: Catalog, run_id: str, incremental: bool, dropped_ids: set[str], merged: dict[str, str],
                 entities: pd.DataFrame, quarantined: pd.DataFrame) -> dict[str, int]:
    """Stream every table into the new version: carried rows of the current version, then the
    staged batches of this run, with merged entity ids rewritten on the way."""
    metadata = {"newsflow_version": __version__, "run_id": run_id}
    staging = catalog.staging_dir(run_id)
    keep = ~ds.field("article_id").isin(list(dropped_ids)) if dropped_ids else None
    counts = {}
    for name in TABLES:
        if name in ARTICLE_TABLES:
            carried = catalog.scan(name, keep) if incremental else ()
            # a staged file is one batch of articles in row groups of a chunk each: read whole, it makes
            # the same row groups in the datasets as before chunking (smaller ones made them larger)
            staged = (fragment_batches(ds.dataset(staging / name, format="parquet"), whole_files=True)
                      if (staging / name).is_dir() else ())
            batches_ = _remapped(chain(carried, staged), ENTITY_COLUMNS.get(name), merged)
        else:
            batches_ = to_arrow(TABLES[name], entities if name == "entities" else quarantined, {}).to_batches()
        counts[name] = catalog.write_stream(run_id, name, batches_, metadata)
    return counts


def _remapped(batches_: Iterable[pa.RecordBatch], column: str | None, mapping: dict[str, str]
              ) -> Iterator[pa.RecordBatch]:
    if not column or not mapping:
        yield from batches_
        return
    old, new = pa.array(list(mapping), pa.string()), pa.array(list(mapping.values()), pa.string())
    for batch in batches_:
        values = batch.column(column)
        position = pc.index_in(values, value_set=old)
        replaced = pc.if_else(pc.is_null(position), values, pc.take(new, position))
        yield batch.set_column(batch.schema.get_field_index(column), column, replaced)


def input_state(state: pd.DataFrame, plan: Plan, hashes: dict[str, str]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The new version's input state as far as it is known before reading: the rows that stay
    (unchanged and unpruned missing inputs, as they were) and the inputs to read, with their new
    hash and size. :func:`next_state` adds the refs their reading made."""
    kept = state[state["path"].isin(set(plan.unchanged) | (set(plan.missing) - set(plan.pruned)))]
    read = {input_key(path): path for path in plan.process}
    fresh = pd.DataFrame({"path": list(read), "content_hash": [hashes[key] for key in read],
                          "bytes": [path.stat().st_size for path in read.values()]})
    return kept, fresh


def next_state(kept: pd.DataFrame, fresh: pd.DataFrame, refs: dict[str, list[str]]) -> pd.DataFrame:
    """The input state of the new version (:func:`input_state`), the inputs read with the refs each
    of them made.

    >>> kept = pd.DataFrame({"path": ["/in/a"], "content_hash": ["h1"], "bytes": [1], "refs": [["a1"]]})
    >>> fresh = pd.DataFrame({"path": ["/in/b"], "content_hash": ["h2"], "bytes": [2]})
    >>> next_state(kept, fresh, {"/in/b": ["b1", "b2"]})["refs"].tolist()
    [['a1'], ['b1', 'b2']]
    """
    fresh = fresh.assign(refs=[refs[path] for path in fresh["path"]])
    return pd.concat([kept, fresh], ignore_index=True) if len(kept) else fresh


def _stored_articles(frame_: pd.DataFrame) -> list[Article]:
    """Rows of the ``articles`` table back as records (to deduplicate new articles against them)."""
    fields = Article.__dataclass_fields__
    articles = []
    for row in frame_.to_dict("records"):
        values = {name: (None if _missing(row[name]) else row[name]) for name in fields}
        values["boilerplate"] = list(row["boilerplate"]) if row["boilerplate"] is not None else []
        if values["published_at"] is not None:
            values["published_at"] = values["published_at"].to_pydatetime()
        articles.append(Article(**values))
    return articles


def _missing(value) -> bool:
    return value is None or (not isinstance(value, (list, tuple, str)) and not hasattr(value, "__len__")
                             and pd.isna(value))
