"""Pure duplicate marking: exact (same content hash) and near (MinHash Jaccard) duplicates, and
unique ids when two records share a URL.

The canonical article of a group is the first in a fixed order (earliest publication time,
undated last, then source path and record position), so the choice does not depend on the order
in which files were found or records were passed in.
"""
from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from datetime import datetime, timezone

from datasketch import MinHash, MinHashLSH

from flows.ingest.clean import make_id
from flows.records import Article

SHINGLE_WORDS = 5
NUM_PERM = 128
NEAR_DUPLICATE_JACCARD = 0.8
MINHASH_SEED = 1  # fixed so signatures, and therefore decisions, are reproducible
_LATEST = datetime.max.replace(tzinfo=timezone.utc)
_RECORD_POSITION = re.compile(r"(?:#L|\[)(\d+)\]?$")


def canonical_order_key(article: Article) -> tuple[datetime, str, int, str]:
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


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[str]:
    """Lower-cased word ``size``-grams; a text shorter than ``size`` words is one shingle.

    >>> sorted(shingles("Ein kurzer Satz hier jetzt bitte", size=5))
    ['ein kurzer satz hier jetzt', 'kurzer satz hier jetzt bitte']
    """
    words = text.lower().split()
    if len(words) <= size:
        return {" ".join(words)}
    return {" ".join(words[i:i + size]) for i in range(len(words) - size + 1)}


def minhash(text: str) -> MinHash:
    """MinHash signature of the text's word shingles."""
    signature = MinHash(num_perm=NUM_PERM, seed=MINHASH_SEED)
    signature.update_batch([s.encode() for s in sorted(shingles(text))])
    return signature


def _unique_id(article: Article, taken: set[str]) -> str:
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
    order = sorted(range(len(articles)), key=lambda i: canonical_order_key(articles[i]))
    result: list[Article | None] = [None] * len(articles)
    taken: set[str] = set()
    canonical_by_hash: dict[str, str] = {}
    canonical_by_base_id: dict[str, str] = {}
    lsh = MinHashLSH(threshold=NEAR_DUPLICATE_JACCARD, num_perm=NUM_PERM)
    signatures: dict[str, MinHash] = {}
    rank: dict[str, int] = {}
    for position, index in enumerate(order):
        article = articles[index]
        new_id = _unique_id(article, taken)
        taken.add(new_id)
        duplicate_of, kind = None, None
        if article.content_hash in canonical_by_hash:
            duplicate_of, kind = canonical_by_hash[article.content_hash], "exact"
        else:
            signature = minhash(article.text)
            near = [
                key for key in lsh.query(signature)
                if signatures[key].jaccard(signature) >= NEAR_DUPLICATE_JACCARD
            ]
            if near:
                duplicate_of, kind = min(near, key=rank.__getitem__), "near"
            elif article.article_id in canonical_by_base_id:
                duplicate_of, kind = canonical_by_base_id[article.article_id], "near"
            else:
                canonical_by_hash[article.content_hash] = new_id
                canonical_by_base_id.setdefault(article.article_id, new_id)
                lsh.insert(new_id, signature)
                signatures[new_id] = signature
                rank[new_id] = position
        result[index] = dataclasses.replace(article, article_id=new_id, duplicate_of=duplicate_of, duplicate_kind=kind)
    return [article for article in result if article is not None]
