"""Pure duplicate marking: exact (same content hash) and near (MinHash Jaccard) duplicates, and
unique ids when two records share a URL.

The canonical article of a group is the first in a fixed order (earliest publication time,
undated last, then source path and record position), so the choice does not depend on the order
in which files were found or records were passed in.

Decisions need only a compact key per article (:class:`DedupeKey`: ids, hash, order fields and
the MinHash signature as bytes), never its text, so a whole corpus can be deduplicated while the
texts stay with the batches that read them (:func:`decide`); :func:`mark_duplicates` is the same
decision applied to in-memory articles.
"""
from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from datetime import datetime, timezone
from functools import lru_cache
from typing import TYPE_CHECKING

import numpy as np

from flows.ingest.clean import make_id
from flows.records import Article

if TYPE_CHECKING:
    from datasketch import MinHash

SHINGLE_WORDS = 5
NUM_PERM = 128
NEAR_DUPLICATE_JACCARD = 0.8
MINHASH_SEED = 1  # fixed so signatures, and therefore decisions, are reproducible
_LATEST = datetime.max.replace(tzinfo=timezone.utc)
_RECORD_POSITION = re.compile(r"(?:#L|\[)(\d+)\]?$")


@lru_cache(maxsize=1)
def _scheme() -> tuple[MinHash, tuple[int, int]]:
    """The MinHash of no text, whose permutations and dtype every signature shares, and the LSH
    (bands, rows) datasketch chooses for ``NEAR_DUPLICATE_JACCARD`` ((9, 13); we keep its
    candidates). Made on first use, not at import: datasketch imports SciPy (+43 MB RSS), which
    only the ingest and dedupe tasks need, while every process imports this module (the flow's,
    each Dask worker's extraction, through ``flows.ingest``).

    >>> _scheme()[1]
    (9, 13)
    """
    from datasketch import MinHash, MinHashLSH

    lsh = MinHashLSH(threshold=NEAR_DUPLICATE_JACCARD, num_perm=NUM_PERM)
    return MinHash(num_perm=NUM_PERM, seed=MINHASH_SEED), (lsh.b, lsh.r)


def canonical_order_key(article: Article | DedupeKey) -> tuple[datetime, str, int, str]:
    """Sort key choosing the canonical article: earliest published, then file, then position.

    >>> a = Article("a1", "f.jsonl", "f.jsonl#L10", None, None, None, None, None, None, "t", [], "h")
    >>> b = dataclasses.replace(a, source_ref="f.jsonl#L9")
    >>> canonical_order_key(b) < canonical_order_key(a)
    True
    """
    position = _RECORD_POSITION.search(article.source_ref)
    return (
        article.published_at or _LATEST,
        article.source_path,
        int(position[1]) if position else -1,
        article.source_ref,
    )


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[bytes]:
    """Lower-cased word ``size``-grams as UTF-8 (what the MinHash hashes); a text shorter than
    ``size`` words is one shingle. Each word is encoded once, not once per shingle it is in; the
    words are split as text (``str.split`` knows Unicode spaces, ``bytes.split`` does not).

    >>> sorted(shingles("Ein kurzer Satz hier jetzt bitte", size=5))
    [b'ein kurzer satz hier jetzt', b'kurzer satz hier jetzt bitte']
    """
    words = [word.encode() for word in text.lower().split()]
    if len(words) <= size:
        return {b" ".join(words)}
    return {b" ".join(words[i:i + size]) for i in range(len(words) - size + 1)}


def minhash(text: str) -> MinHash:
    """MinHash signature of the text's word shingles. The permutations are the ones datasketch
    draws from ``MINHASH_SEED``, drawn once (:func:`_scheme`) rather than per article: drawing
    them took a seventh of the signature's time. The minimum does not depend on the order in
    which the shingles are hashed, so they are not sorted."""
    from datasketch import MinHash  # on first use, not at import: see _scheme

    template = _scheme()[0]
    signature = MinHash(num_perm=NUM_PERM, seed=MINHASH_SEED, permutations=template.permutations,
                        scheme=template.scheme)
    signature.update_batch(shingles(text))
    return signature


def signature_bytes(text: str) -> bytes:
    """The text's MinHash signature, compact: its ``NUM_PERM`` hash values as raw bytes (512 bytes
    with datasketch's default 32-bit scheme).

    >>> len(signature_bytes("Ein kurzer Satz"))
    512
    """
    return minhash(text).hashvalues.astype(_scheme()[0].hashvalues.dtype.newbyteorder("<"), copy=False).tobytes()


def _signature_matrix(keys: Sequence[DedupeKey]) -> np.ndarray:
    """The keys' signatures as one (len(keys), NUM_PERM) array: 51 MB at 100k articles, where a
    NumPy array per signature took 62 MB and datasketch's LSH index another ~0.4 GB of Python
    objects (per band, a bytes key and a set for every article)."""
    dtype = _scheme()[0].hashvalues.dtype
    joined = np.frombuffer(b"".join(key.signature for key in keys), dtype=dtype.newbyteorder("<"))
    return joined.astype(dtype).reshape(len(keys), NUM_PERM)


def _band_groups(signatures: np.ndarray) -> list[tuple[np.ndarray, np.ndarray]]:
    """Per LSH band: (group number of each row, size of each group), rows in one group having
    identical values in that band. Two signatures are LSH candidates when they share a group in
    some band, as in datasketch's MinHashLSH with the same bands and rows (:func:`_scheme`)."""
    bands, rows = _scheme()[1]
    groups = []
    for band in range(bands):
        block = np.ascontiguousarray(signatures[:, band * rows:(band + 1) * rows])
        as_bytes = block.view(np.dtype((np.void, block.dtype.itemsize * rows))).ravel()
        _, number, size = np.unique(as_bytes, return_inverse=True, return_counts=True)
        groups.append((number.ravel(), size))
    return groups


@dataclasses.dataclass(frozen=True, slots=True)
class DedupeKey:
    """What duplicate marking needs of an article (its text only as a MinHash signature)."""

    article_id: str
    content_hash: str
    source_path: str
    source_ref: str
    published_at: datetime | None
    signature: bytes


def dedupe_key(article: Article, signature: bytes | None = None) -> DedupeKey:
    return DedupeKey(article.article_id, article.content_hash, article.source_path, article.source_ref,
                     article.published_at, signature if signature is not None else signature_bytes(article.text))


def _unique_id(article: Article | DedupeKey, taken: set[str]) -> str:
    """The article's id, or a distinct one derived from it, its content and then its position."""
    candidates = [
        article.article_id,
        make_id(article.article_id, article.content_hash),
        make_id(article.article_id, article.content_hash, article.source_ref),
    ]
    for candidate in candidates:
        if candidate not in taken:
            return candidate
    counter = 2
    while (candidate := f"{candidates[-1]}-{counter}") in taken:
        counter += 1
    return candidate


def mark_duplicates(articles: Sequence[Article]) -> list[Article]:
    """The same articles, in the same order, with ids made unique and duplicates marked.

    * exact: same ``content_hash`` as an earlier canonical article -> ``duplicate_kind="exact"``;
    * near: MinHash Jaccard >= 0.8 on 5-word shingles -> ``"near"``;
    * same URL (same base id) but different text -> a distinct id, ``duplicate_of`` the first,
      kind ``"near"`` (another version of the same page).

    ``duplicate_of`` always points to a canonical (non-duplicate) article.
    """
    decisions = decide([dedupe_key(article) for article in articles])
    return [dataclasses.replace(article, article_id=new_id, duplicate_of=duplicate_of, duplicate_kind=kind)
            for article, (new_id, duplicate_of, kind) in zip(articles, decisions)]


def decide(keys: Sequence[DedupeKey]) -> list[tuple[str, str | None, str | None]]:
    """Per key, in the given order: (unique id, ``duplicate_of``, ``duplicate_kind``), by the
    rules of :func:`mark_duplicates`."""
    order = sorted(range(len(keys)), key=lambda i: canonical_order_key(keys[i]))
    result: list[tuple[str, str | None, str | None]] = [("", None, None)] * len(keys)
    taken: set[str] = set()
    canonical_by_hash: dict[str, str] = {}
    canonical_by_base_id: dict[str, str] = {}
    signatures = _signature_matrix(keys)
    bands = _band_groups(signatures)
    # canonical rows per band group, kept only for groups of two or more rows: a row alone in its
    # group shares that band with nobody
    shared: list[dict[int, list[int]]] = [{} for _ in bands]
    new_ids = [""] * len(keys)
    rank = np.empty(len(keys), dtype=np.int64)
    rank[order] = np.arange(len(keys))
    for index in order:
        key = keys[index]
        new_id = _unique_id(key, taken)
        taken.add(new_id)
        new_ids[index] = new_id
        duplicate_of, kind = None, None
        if key.content_hash in canonical_by_hash:
            duplicate_of, kind = canonical_by_hash[key.content_hash], "exact"
        else:
            values = signatures[index]
            candidates = {other for (number, size), table in zip(bands, shared) if size[number[index]] > 1
                          for other in table.get(int(number[index]), ())}
            near = [other for other in candidates
                    if np.count_nonzero(signatures[other] == values) / NUM_PERM >= NEAR_DUPLICATE_JACCARD]
            if near:
                duplicate_of, kind = new_ids[min(near, key=rank.__getitem__)], "near"
            elif key.article_id in canonical_by_base_id:
                duplicate_of, kind = canonical_by_base_id[key.article_id], "near"
            else:
                canonical_by_hash[key.content_hash] = new_id
                canonical_by_base_id.setdefault(key.article_id, new_id)
                for (number, size), table in zip(bands, shared):
                    if size[number[index]] > 1:
                        table.setdefault(int(number[index]), []).append(index)
        result[index] = (new_id, duplicate_of, kind)
    return result
