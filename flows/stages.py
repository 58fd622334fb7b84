"""Prefect tasks: each stage is one coarse task over a batch of articles that calls the pure
functions of its module. A failure on one input or one article becomes a quarantine entry; it
never stops the batch."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from zoneinfo import ZoneInfo

from prefect import task
from prefect.cache_policies import NO_CACHE

from flows import events, ingest, names, quotes
from flows.records import Article, Doc, Rejected

BERLIN = ZoneInfo("Europe/Berlin")
#: Frames and record lists stay in memory: no caching, no result pickles on disk.
BATCH_TASK = {"cache_policy": NO_CACHE, "persist_result": False, "retries": 0}


def as_doc(article: Article) -> Doc:
    """What the extractors see of an article; dates are resolved in Berlin local time."""
    published = article.published_at
    return Doc(article_id=article.article_id, text=article.text, title=article.title, published_at=published,
               published_on=published.astimezone(BERLIN).date() if published else None)


@task(name="ingest", **BATCH_TASK)
def ingest_batch(paths: Sequence[Path]) -> tuple[list[Article], list[Rejected]]:
    """Read and clean a batch of input files."""
    articles: list[Article] = []
    rejected: list[Rejected] = []
    for path in paths:
        try:
            for item in ingest.read_file(path):
                cleaned = item if isinstance(item, Rejected) else ingest.clean(item)
                (rejected if isinstance(cleaned, Rejected) else articles).append(cleaned)
        except Exception as error:  # a reader bug must not lose the other files of the run
            rejected.append(Rejected("ingest", str(path), f"unexpected {type(error).__name__}: {error}"))
    return articles, rejected


@task(name="dedupe", **BATCH_TASK)
def dedupe(articles: list[Article]) -> list[Article]:
    """Mark exact and near duplicates across the whole run."""
    return ingest.mark_duplicates(articles)


@dataclass
class StageResult:
    """What an extraction stage produced for a batch: records per article, and the articles it
    had to give up on."""

    by_article: dict[str, list] = field(default_factory=dict)
    rejected: list[Rejected] = field(default_factory=list)


def _per_article(stage: str, docs: Sequence[Doc], extract: Callable[[Doc], list]) -> StageResult:
    result = StageResult()
    for doc in docs:
        try:
            result.by_article[doc.article_id] = extract(doc)
        except Exception as error:  # an extractor bug on one article must not lose the batch
            result.rejected.append(Rejected(stage, doc.article_id, f"unexpected {type(error).__name__}: {error}"))
            result.by_article[doc.article_id] = []
    return result


@task(name="names", **BATCH_TASK)
def names_batch(docs: Sequence[Doc]) -> StageResult:
    """Mentions of persons, places and organisations, linked to entities."""
    return _per_article("names", docs, lambda doc: list(names.find_mentions(doc)))


@task(name="quotes", **BATCH_TASK)
def quotes_batch(docs: Sequence[Doc], mentions: StageResult) -> StageResult:
    """Quotes with speakers, using the batch's mentions to link speakers."""
    return _per_article("quotes", docs, lambda doc: list(
        quotes.extract_quotes(doc, mentions.by_article[doc.article_id])))


@task(name="events", **BATCH_TASK)
def events_batch(docs: Sequence[Doc], mentions: StageResult, quoted: StageResult) -> StageResult:
    """Events with participants, place, date and mode."""
    return _per_article("events", docs, lambda doc: list(events.extract_events(
        doc, mentions.by_article[doc.article_id], quoted.by_article[doc.article_id])))
