"""Prefect tasks: each stage is one coarse task over a batch of articles that calls the pure
functions of its module. A failure on one input or one article becomes a quarantine entry; it
never stops the batch. Every task reports the CPU seconds of its thread, so a run can say where
its time went whichever runner executed it, without concurrent batches inflating each other."""
from __future__ import annotations

import pickle
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
from prefect import task
from prefect.cache_policies import NO_CACHE

from flows import events, ingest, names, quotes
from flows.ingest.dedupe import DedupeKey, dedupe_key, decide
from flows.records import Article, Doc, Mention, Rejected
from flows.store.inputs import input_key
from flows.store.parquet import to_arrow, with_partition_keys
from flows.tables import article_rows, event_rows, frame, mention_rows, quote_rows
from flows.validate import validate_all
from schemas import TABLES

BERLIN = ZoneInfo("Europe/Berlin")
#: Frames and record lists stay in memory: no caching, no result pickles on disk.
BATCH_TASK = {"cache_policy": NO_CACHE, "persist_result": False, "retries": 0}
#: Tables filled batch by batch; entities and quarantine are assembled once per run.
ARTICLE_TABLES = ("articles", "mentions", "quotes", "events", "event_participants")


def as_doc(article: Article) -> Doc:
    """What the extractors see of an article; dates are resolved in Berlin local time."""
    published = article.published_at
    return Doc(article_id=article.article_id, text=article.text, title=article.title, published_at=published,
               published_on=published.astimezone(BERLIN).date() if published else None)


@dataclass
class Ingested:
    """A batch of input files read and cleaned. The flow gets only what deduplication needs
    (``keys``, one per article, in order); the articles themselves are spilled to ``spill`` for the
    extraction of the same batch. ``refs`` lists, per input, the record refs it made (so a later
    run can drop exactly these rows when the file changes or goes)."""

    keys: list[DedupeKey] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)
    refs: dict[str, list[str]] = field(default_factory=dict)
    seconds: float = 0.0
    spill: Path | None = None


@task(name="ingest", **BATCH_TASK)
def ingest_batch(paths: Sequence[Path], spill: Path | None = None) -> Ingested:
    """Read and clean a batch of input files, compute each article's dedupe key (with its MinHash
    signature) and write the articles to ``spill``."""
    started = time.thread_time()
    result = Ingested(spill=spill)
    articles: list[Article] = []
    for path in paths:
        refs = result.refs.setdefault(input_key(path), [])
        try:
            for item in ingest.read_file(path):
                cleaned = item if isinstance(item, Rejected) else ingest.clean(item)
                (result.rejected if isinstance(cleaned, Rejected) else articles).append(cleaned)
                refs.append(cleaned.source_ref)
        except Exception as error:  # a reader bug must not lose the other files of the run
            result.rejected.append(Rejected("ingest", str(path), f"unexpected {type(error).__name__}: {error}"))
            refs.append(str(path))
    result.keys = [dedupe_key(article) for article in articles]
    if spill is not None:
        write_spill(spill, articles)
    result.seconds = time.thread_time() - started
    return result


def write_spill(path: Path, articles: Sequence[Article]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as file:
        pickle.dump(list(articles), file, protocol=pickle.HIGHEST_PROTOCOL)


#: Where a batch's articles are: its spill file and which of them to take, marked how (position
#: in the spill, id, duplicate_of, duplicate_kind), or ``None`` for all as they are. Each stage
#: reads the spill itself, so only paths and small decision lists travel in the task graph and
#: every batch's first task is free to start on any worker.
Batch = tuple[Path, Sequence[tuple[int, str, str | None, str | None]] | None]


def load_batch(batch: Batch) -> list[Article]:
    """The articles of a spilled batch, marked by its decisions."""
    spill, decisions = batch
    with open(spill, "rb") as file:
        articles: list[Article] = pickle.load(file)
    if decisions is None:
        return articles
    return [replace(articles[i], article_id=new_id, duplicate_of=of, duplicate_kind=kind)
            for i, new_id, of, kind in decisions]


@task(name="dedupe", **BATCH_TASK)
def dedupe(keys: list[DedupeKey]) -> list[tuple[str, str | None, str | None]]:
    """Mark exact and near duplicates across the whole run (and the articles already stored):
    per key, its unique id, ``duplicate_of`` and ``duplicate_kind``."""
    return decide(keys)


def _docs(batch: Batch) -> list[Doc]:
    return [as_doc(a) for a in load_batch(batch) if a.duplicate_of is None]


@dataclass
class StageResult:
    """What an extraction stage produced for a batch: records per article, and the articles it
    had to give up on."""

    by_article: dict[str, list] = field(default_factory=dict)
    rejected: list[Rejected] = field(default_factory=list)
    seconds: float = 0.0


def _per_article(stage: str, docs: Sequence[Doc], extract: Callable[[Doc], list]) -> StageResult:
    started = time.thread_time()
    result = StageResult()
    for doc in docs:
        try:
            result.by_article[doc.article_id] = extract(doc)
        except Exception as error:  # an extractor bug on one article must not lose the batch
            result.rejected.append(Rejected(stage, doc.article_id, f"unexpected {type(error).__name__}: {error}"))
            result.by_article[doc.article_id] = []
    result.seconds = time.thread_time() - started
    return result


@task(name="names", **BATCH_TASK)
def names_batch(batch: Batch) -> StageResult:
    """Mentions of persons, places and organisations, linked to entities (originals only)."""
    return _per_article("names", _docs(batch), lambda doc: list(names.find_mentions(doc)))


@task(name="quotes", **BATCH_TASK)
def quotes_batch(batch: Batch, mentions: StageResult) -> StageResult:
    """Quotes with speakers, using the batch's mentions to link speakers."""
    return _per_article("quotes", _docs(batch), lambda doc: list(
        quotes.extract_quotes(doc, mentions.by_article[doc.article_id])))


@task(name="events", **BATCH_TASK)
def events_batch(batch: Batch, mentions: StageResult, quoted: StageResult) -> StageResult:
    """Events with participants, place, date and mode."""
    return _per_article("events", _docs(batch), lambda doc: list(events.extract_events(
        doc, mentions.by_article[doc.article_id], quoted.by_article[doc.article_id])))


@dataclass
class Tabulated:
    """A batch turned into validated rows, spilled to the run's staging folder."""

    counts: dict[str, int]
    quarantine: list[Rejected | dict]  # stage rejections and validation failures
    discovered: list[Mention]  # mentions not linked to a reference entity: input to entity merging
    seconds: dict[str, float]  # busy time of this batch in each stage: names, quotes, events, validate


@task(name="validate", **BATCH_TASK)
def tabulate_batch(number: int, batch: Batch, mentions: StageResult, quoted: StageResult,
                   evented: StageResult, staging: Path, run_id: str, started_at: datetime) -> Tabulated:
    """Rows of one batch, validated against the table contracts and written to
    ``staging/<table>/batch-<number>.parquet`` (with year/month partition keys), so the run's
    memory does not grow with the corpus."""
    started = time.thread_time()
    articles = load_batch(batch)
    rows: dict[str, list[dict]] = {name: [] for name in ARTICLE_TABLES}
    rows["articles"] = article_rows(articles, run_id, started_at)
    reference, discovered = reference_ids(), []
    for article in articles:
        if article.duplicate_of is not None:
            continue
        article_id = article.article_id
        found, said = mentions.by_article[article_id], quoted.by_article[article_id]
        # er/sie as quote speakers become mentions only now that the quotes stage has resolved them
        pronouns = list(names.speaker_pronoun_mentions(as_doc(article), found, said))
        article_mentions = sorted([*found, *pronouns], key=lambda m: m.start)
        rows["mentions"] += mention_rows(article_id, article_mentions)
        discovered += [m for m in article_mentions if m.entity_id not in reference]
        rows["quotes"] += quote_rows(article_id, said)
        event_table, participant_table = event_rows(article_id, evented.by_article[article_id])
        rows["events"] += event_table
        rows["event_participants"] += participant_table
    frames = {name: frame(name, rows[name]) for name in ARTICLE_TABLES}
    valid, invalid = validate_all({**frames, "entities": frame("entities", [])})
    published = dict(zip(frames["articles"]["article_id"], frames["articles"]["published_at"]))
    for name in ARTICLE_TABLES:
        when = pa.array([published[a] for a in valid[name]["article_id"]], type=pa.timestamp("us", tz="UTC"),
                        from_pandas=True) if len(valid[name]) else pa.array([], pa.timestamp("us", tz="UTC"))
        table = with_partition_keys(to_arrow(TABLES[name], valid[name], {}), when)
        (staging / name).mkdir(parents=True, exist_ok=True)
        pq.write_table(table, staging / name / f"batch-{number:05d}.parquet", compression="zstd")
    return Tabulated(counts={name: len(valid[name]) for name in ARTICLE_TABLES},
                     quarantine=[*mentions.rejected, *quoted.rejected, *evented.rejected, *invalid],
                     discovered=discovered,
                     seconds={"names": mentions.seconds, "quotes": quoted.seconds, "events": evented.seconds,
                              "validate": time.thread_time() - started})


@lru_cache(maxsize=1)
def reference_ids() -> frozenset[str]:
    """Ids of the reference gazetteer's entities (the same in every run and every worker)."""
    return frozenset(entity.entity_id for entity in names.reference_entities())


def stored_articles(frame_: pd.DataFrame) -> list[Article]:
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
