"""Prefect tasks: each stage is one coarse task over a batch of articles that calls the pure
functions of its module. A failure on one input or one article becomes a quarantine entry; it
never stops the batch. Every task reports the CPU seconds of its thread, so a run can say where
its time went whichever runner executed it, without concurrent batches inflating each other.

Below the tasks: each stage over all batches as the flow calls it (how inputs are cut into
batches, how many are in flight), and the task runners."""
from __future__ import annotations

import logging
import os
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import islice
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pandas as pd
import pyarrow as pa
from prefect import task
from prefect.cache_policies import NO_CACHE
from prefect.futures import as_completed

from flows import events, ingest, names, quotes
from flows.ingest.dedupe import dedupe_key, decide
from flows.records import Article, Doc, Mention, Rejected
from flows.store.carry import (ARTICLE_TABLES, carried_discovered, carried_quarantine, input_state, next_state,
                               spill_restated, stored_keys, write_tables)
from flows.store.catalog import Catalog
from flows.store.inputs import hash_files, input_key, plan_run
from flows.store.parquet import StagedFile, to_arrow, with_partition_keys
from flows.store.spill import read_spill, read_spill_chunks, write_spill, write_spill_chunks
from flows.tables import article_rows, entity_rows, event_rows, frame, mention_rows, quote_rows
from flows.validate import validate_all, validate_table
from schemas import TABLES

BERLIN = ZoneInfo("Europe/Berlin")
#: No caching and no Prefect result persistence: a batch's records reach its next task through
#: the run's spill files (flows/store/spill.py), only handles travel through Prefect.
BATCH_TASK = {"cache_policy": NO_CACHE, "persist_result": False, "retries": 0}
#: Batches per stage: few enough that 100k articles make a few dozen task runs per stage (the
#: Prefect server copes badly with thousands), enough to spread over workers and show progress.
BATCHES_PER_STAGE = 32
#: Articles per extraction batch, and input bytes per ingest batch (about 300 articles).
MIN_BATCH, MAX_BATCH = 100, 5000
MIN_INGEST_BYTES = 1 << 20
#: Batches submitted but not yet written: enough to keep every worker busy (a batch is a chain of
#: four tasks), few enough that the records in flight stay a small, fixed part of the corpus.
IN_FLIGHT_BATCHES = 4
#: Articles of a batch whose records a stage holds at once: each stage reads its batch's earlier
#: records and writes its own one chunk at a time, and validates a chunk's rows together. Holding
#: a whole batch (3,125 articles at 100k) made every worker's memory grow with the corpus: the
#: records of such a batch took 56 MB traced, +126 MB RSS, against ~10 MB for a 313-article one.
CHUNK = 250
Report = Callable[[str, int, int], None]  # progress: stage, items done, items in all


def release_freed_memory() -> None:
    """Give back to the system the memory a batch task freed but its process keeps in Arrow's pool
    (mimalloc: the buffers of validating and writing a batch). Called at the end of every batch
    task, so a Dask worker's RSS follows what it holds rather than the most it ever held: over
    three 600-article batches of the bench corpus (ingest, names, quotes, events, validate in one
    process) Arrow's pool gave back 61 MB. glibc's ``malloc_trim`` was called here too for 35 MB
    more, but it made the 100k bench 901.7 s against 822.9 s without (same code and rows otherwise;
    a trimmed heap is faulted back in by the next batch). Dask's nanny sets ``MALLOC_TRIM_THRESHOLD_``."""
    pa.default_memory_pool().release_unused()


def as_doc(article: Article) -> Doc:
    """What the extractors see of an article; dates are resolved in Berlin local time."""
    published = article.published_at
    return Doc(article_id=article.article_id, text=article.text, title=article.title, published_at=published,
               published_on=published.astimezone(BERLIN).date() if published else None)


@dataclass
class Planned:
    """What a run does with its inputs (:func:`plan_inputs`), as the flow holds it: counts, and
    the spills that carry the details per input file to the tasks that need them."""

    incremental: bool  # there is a published version, and no full refresh was asked for
    input_files: int
    files: int  # inputs to read: new, or changed since the published version
    new_files: int
    unchanged: int
    missing: int  # in the published version's state, no longer among the inputs
    pruned: int
    counts: dict[str, int] = field(default_factory=dict)  # rows per table of the published version
    ingest: list[Path] = field(default_factory=list)  # per ingest batch, the spill of its input paths
    drop_refs: Path | None = None  # spill of the refs whose rows go (incremental runs)
    state: Path | None = None  # spill of the next input state as known before reading (input_state)

    @property
    def nothing_to_do(self) -> bool:
        return not self.files and not self.pruned


@task(name="plan", **BATCH_TASK)
def plan_inputs(catalog: Catalog, inputs: list[str], full_refresh: bool, prune: bool, spill_dir: Path) -> Planned:
    """Discover and hash the input files and compare them with the published version's state;
    when there is work, cut the inputs to read into ingest batches and spill those, the refs whose
    rows go and the next input state to ``spill_dir``. A task, so that on Dask the per-file data
    (paths, hashes, the published state with every article's ref: ~60 MB of Python objects at 40k
    files, which stayed in the process after use) and the Arrow memory of counting the published
    rows (+35 MB) are a worker's, not the flow process's."""
    files = ingest.discover([Path(p) for p in inputs])
    hashes = hash_files(files)
    incremental = catalog.current_version is not None and not full_refresh
    state = catalog.read_state() if incremental else catalog.read_state().iloc[0:0]
    plan = plan_run(files, hashes, state, prune)
    known = set(state["path"])
    changed = sum(input_key(path) in known for path in plan.process)
    planned = Planned(incremental, len(files), len(plan.process), len(plan.process) - changed,
                      len(plan.unchanged), len(plan.missing), len(plan.pruned), catalog.counts())
    if incremental and planned.nothing_to_do:
        return planned  # nothing is written: a run with no change leaves no trace
    batches = ingest_batches(plan.process, BATCHES_PER_STAGE, MIN_INGEST_BYTES)
    planned.ingest = [write_spill(spill_dir / f"inputs-{n:05d}.pkl", paths) for n, paths in enumerate(batches)]
    planned.drop_refs = write_spill(spill_dir / "drop-refs.pkl", plan.drop_refs) if incremental else None
    planned.state = write_spill(spill_dir / "state.pkl", input_state(state, plan, hashes))
    return planned


@dataclass
class Ingested:
    """Input files read and cleaned (a batch, or all of them). The articles stay out of the flow
    process: each batch writes them to its spill file, and their dedupe keys beside it
    (:func:`keys_spill`), for the dedupe task. The flow gets per spill its number of articles, the
    rejections, and ``refs``: spills of, per input, the record refs it made (so a later run can
    drop exactly these rows when the file changes or goes; read when the run's input state is
    written, :func:`write_version`)."""

    spills: list[tuple[Path, int]] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)
    refs: list[Path] = field(default_factory=list)
    files: int = 0
    seconds: float = 0.0

    @property
    def articles(self) -> int:
        return sum(count for _, count in self.spills)


def keys_spill(spill: Path) -> Path:
    """Where the dedupe keys of the articles spilled to ``spill`` are."""
    return spill.with_suffix(".keys.pkl")


@task(name="ingest", **BATCH_TASK)
def ingest_batch(inputs: Path, spill: Path) -> Ingested:
    """Read and clean a batch of input files (listed in the spill ``inputs``), write the articles
    to ``spill`` and their dedupe keys (with the MinHash signatures) beside it."""
    started = time.thread_time()
    paths: list[Path] = read_spill(inputs)
    result = Ingested()
    articles: list[Article] = []
    refs_by_input: dict[str, list[str]] = {}
    for path in paths:
        refs = refs_by_input.setdefault(input_key(path), [])
        try:
            for item in ingest.read_file(path):
                cleaned = item if isinstance(item, Rejected) else ingest.clean(item, result.rejected)
                (result.rejected if isinstance(cleaned, Rejected) else articles).append(cleaned)
                refs.append(cleaned.source_ref)
        except Exception as error:  # a reader bug must not lose the other files of the run
            result.rejected.append(Rejected("ingest", str(path), f"unexpected {type(error).__name__}: {error}"))
            refs.append(str(path))
    write_spill_chunks(spill, (articles[first:first + CHUNK] for first in range(0, len(articles), CHUNK)))
    write_spill(keys_spill(spill), [dedupe_key(article) for article in articles])
    result.spills = [(spill, len(articles))]
    result.refs, result.files = [write_spill(spill.with_suffix(".refs.pkl"), refs_by_input)], len(paths)
    release_freed_memory()
    result.seconds = time.thread_time() - started
    return result


def ingest_batches(paths: Sequence[Path], count: int, min_bytes: int) -> list[list[Path]]:
    """The input files in order, cut into about ``count`` batches of equal bytes (at least
    ``min_bytes`` each, and at least one file). Cutting by size rather than by number of files
    keeps the batches about equal in articles: a feed of a thousand records weighs as much as a
    thousand one-article files (cut by count, the one batch that caught all the feeds held most of
    the corpus, and one worker extracted it alone).

    >>> [len(b) for b in ingest_batches([Path("pyproject.toml")] * 5, count=5, min_bytes=1)]
    [1, 1, 1, 1, 1]
    """
    sizes = [path.stat().st_size for path in paths]
    target = max(min_bytes, sum(sizes) // max(count, 1))
    grouped: list[list[Path]] = []
    weight = target
    for path, size in zip(paths, sizes):
        if weight >= target:
            grouped.append([])
            weight = 0
        grouped[-1].append(path)
        weight += size
    return grouped


#: A batch's decisions: which articles of its spill to take (position in the spill), marked how
#: (id, duplicate_of, duplicate_kind).
Marks = Sequence[tuple[int, str, str | None, str | None]]
#: Where a batch's articles are: its spill file and the spill of its marks (:data:`Marks`), or
#: ``None`` for all of the spill's articles as they are. Each stage reads both files itself, so
#: only two paths per batch travel in the task graph and through the flow process (the marks of
#: 100k articles held there took ~25 MB), and every batch's first task is free to start on any
#: worker.
Batch = tuple[Path, Path | None]


def extraction_batches(marked: Marks, size: int) -> list[Marks]:
    """One spill's marked articles cut into batches of at most ``size``, as even as possible, so a
    spill that came out larger than the rest still spreads over the workers.

    >>> [len(m) for m in extraction_batches([(i, "a", None, None) for i in range(7)], 3)]
    [2, 2, 3]
    """
    n, parts = len(marked), -(-len(marked) // size)
    return [marked[n * k // parts:n * (k + 1) // parts] for k in range(parts)]


def batch_articles(batch: Batch) -> Iterator[Article]:
    """The articles of a spilled batch, marked by its decisions, read a spill chunk at a time.
    Marks are in the order of their positions in the spill (:func:`dedupe`)."""
    spill, marks = batch
    articles = (article for chunk in read_spill_chunks(spill) for article in chunk)
    if marks is None:
        yield from articles
        return
    marked = iter(read_spill(marks))
    mark = next(marked, None)
    for position, article in enumerate(articles):
        if mark is None:
            return
        if position == mark[0]:
            _, new_id, of, kind = mark
            yield replace(article, article_id=new_id, duplicate_of=of, duplicate_kind=kind)
            mark = next(marked, None)


def article_chunks(batch: Batch) -> Iterator[list[Article]]:
    """The articles of a batch, :data:`CHUNK` at a time (one empty chunk for an empty batch).
    Every stage cuts a batch the same way, so the chunks of their spills line up, and holds the
    articles of one chunk (a batch's texts: ~20 MB at 100k)."""
    articles = batch_articles(batch)
    chunk = list(islice(articles, CHUNK))
    yield chunk
    while chunk := list(islice(articles, CHUNK)):
        yield chunk


@dataclass
class StageResult:
    """What an extraction stage produced for a batch: its records per article, spilled to
    ``spill`` a chunk of articles at a time for the later stages of the batch (only this handle
    travels between tasks), and the articles it had to give up on."""

    spill: Path
    rejected: list[Rejected]
    seconds: float

    def chunks(self) -> Iterator[dict[str, list]]:
        """Records per article id, a chunk at a time (the chunks of :func:`article_chunks`)."""
        return read_spill_chunks(self.spill)


def _per_article(stage: str, batch: Batch, earlier: Sequence[StageResult], extract: Callable[..., list],
                 spill: Path) -> StageResult:
    """``extract(doc, *its records from the earlier stages)`` for each original of the batch,
    spilled to ``spill`` chunk by chunk as the earlier stages' spills are read."""
    started = time.thread_time()
    rejected: list[Rejected] = []

    def extracted() -> Iterator[dict[str, list]]:
        for chunk, *before in zip(article_chunks(batch), *(result.chunks() for result in earlier), strict=True):
            by_article: dict[str, list] = {}
            for article in chunk:
                if article.duplicate_of is not None:
                    continue
                doc = as_doc(article)
                try:
                    by_article[doc.article_id] = extract(doc, *(records[doc.article_id] for records in before))
                except Exception as error:  # an extractor bug on one article must not lose the batch
                    rejected.append(Rejected(stage, doc.article_id, f"unexpected {type(error).__name__}: {error}"))
                    by_article[doc.article_id] = []
            yield by_article

    write_spill_chunks(spill, extracted())
    release_freed_memory()
    return StageResult(spill, rejected, time.thread_time() - started)


@task(name="names", **BATCH_TASK)
def names_batch(batch: Batch, spill: Path) -> StageResult:
    """Mentions of persons, places and organisations, linked to entities (originals only)."""
    return _per_article("names", batch, [], lambda doc: list(names.find_mentions(doc)), spill)


@task(name="quotes", **BATCH_TASK)
def quotes_batch(batch: Batch, mentions: StageResult, spill: Path) -> StageResult:
    """Quotes with speakers, using the batch's mentions to link speakers; every type, ``reported``
    speech acts included (analysts filter on ``type``)."""
    return _per_article("quotes", batch, [mentions],
                        lambda doc, found: list(quotes.extract_quotes(doc, found, reported=True)), spill)


@task(name="events", **BATCH_TASK)
def events_batch(batch: Batch, mentions: StageResult, quoted: StageResult, spill: Path) -> StageResult:
    """Events with participants, place, date and mode."""
    return _per_article("events", batch, [mentions, quoted], lambda doc, found, said: list(
        events.extract_events(doc, found, quotes.conventional(said))), spill)


@dataclass
class Tabulated:
    """A batch turned into validated rows, spilled to the run's staging folder."""

    counts: dict[str, int]
    quarantine: list[Rejected | dict]  # stage rejections and validation failures
    discovered: Path  # spill of the batch's discovered spellings (:func:`spellings`): input to entity merging
    seconds: dict[str, float]  # busy time of this batch in each stage: names, quotes, events, validate


@task(name="validate", **BATCH_TASK)
def tabulate_batch(number: int, batch: Batch, mentions: StageResult, quoted: StageResult,
                   evented: StageResult, staging: Path, run_id: str, started_at: datetime) -> Tabulated:
    """Rows of one batch, validated against the table contracts and written to
    ``staging/<table>/batch-<number>.parquet`` (with year/month partition keys), so the run's
    memory does not grow with the corpus."""
    started = time.thread_time()
    staged = {name: StagedFile(staging / name / f"batch-{number:05d}.parquet") for name in ARTICLE_TABLES}
    discovered: Counter[Spelling] = Counter()
    invalid: list[dict] = []
    # a chunk of articles at a time: the rows as dicts, their frames, pandera's copies and the Arrow
    # tables are a chunk's (a whole 938-article batch raised a worker's RSS by 40-80 MB in a 30k
    # run; they scale with the batch, which is 3,125 articles at 100k)
    for chunk, found_by_article, said_by_article, events_by_article in zip(
            article_chunks(batch), mentions.chunks(), quoted.chunks(), evented.chunks(), strict=True):
        rows, found = tabulate_rows(chunk, found_by_article, said_by_article, events_by_article, run_id,
                                    started_at)
        discovered += found
        frames = {name: frame(name, rows[name]) for name in ARTICLE_TABLES}
        del rows
        valid, chunk_invalid = validate_all({**frames, "entities": frame("entities", [])})
        invalid += chunk_invalid
        published = dict(zip(frames["articles"]["article_id"], frames["articles"]["published_at"]))
        for name in ARTICLE_TABLES:
            when = pa.array([published[a] for a in valid[name]["article_id"]], type=pa.timestamp("us", tz="UTC"),
                            from_pandas=True) if len(valid[name]) else pa.array([], pa.timestamp("us", tz="UTC"))
            staged[name].write(with_partition_keys(to_arrow(TABLES[name], valid[name], {}), when))
    for file in staged.values():
        file.close()
    # the batch's unlinked mentions stay out of the flow process: they reach entity merging as a
    # spill of their spellings, which does not grow with the articles once the names repeat
    spilled = write_spill(staging / "_discovered" / f"batch-{number:05d}.pkl", discovered)
    release_freed_memory()
    return Tabulated(counts={name: file.rows for name, file in staged.items()},
                     quarantine=[*mentions.rejected, *quoted.rejected, *evented.rejected, *invalid],
                     discovered=spilled,
                     seconds={"names": mentions.seconds, "quotes": quoted.seconds, "events": evented.seconds,
                              "validate": time.thread_time() - started})


def tabulate_rows(articles: Sequence[Article], found_by_article: dict[str, list], said_by_article: dict[str, list],
                  events_by_article: dict[str, list], run_id: str, started_at: datetime
                  ) -> tuple[dict[str, list[dict]], Counter[Spelling]]:
    """The rows of ``articles`` per table, and the spellings of their mentions that are not in the
    reference gazetteer (for entity merging)."""
    rows: dict[str, list[dict]] = {name: [] for name in ARTICLE_TABLES}
    rows["articles"] = article_rows(articles, run_id, started_at)
    reference, discovered = reference_ids(), []
    for article in articles:
        if article.duplicate_of is not None:
            continue
        article_id = article.article_id
        found, said = found_by_article[article_id], said_by_article[article_id]
        # er/sie as quote speakers become mentions only now that the quotes stage has resolved them
        pronouns = list(names.speaker_pronoun_mentions(as_doc(article), found, quotes.conventional(said)))
        article_mentions = sorted([*found, *pronouns], key=lambda m: m.start)
        rows["mentions"] += mention_rows(article_id, article_mentions)
        discovered += [m for m in article_mentions if m.entity_id not in reference]
        rows["quotes"] += quote_rows(article_id, said)
        event_table, participant_table = event_rows(article_id, events_by_article[article_id])
        rows["events"] += event_table
        rows["event_participants"] += participant_table
    return rows, spellings((m.entity_id, m.entity_type, m.entity_name, m.text) for m in discovered)


Spelling = tuple[str, str, str | None, str]  # entity_id, entity_type, entity_name, text


def spellings(found: Iterable[tuple]) -> Counter[Spelling]:
    """How often each discovered spelling occurs among ``found`` (entity_id, entity_type,
    entity_name, text): all that entity merging reads of a mention. Mentions without an entity id
    take no part in merging and are left out."""
    return Counter(key for key in found if key[0])


@lru_cache(maxsize=1)
def reference_ids() -> frozenset[str]:
    """Ids of the reference gazetteer's entities (the same in every run and every worker)."""
    return frozenset(entity.entity_id for entity in names.reference_entities())


# ---------------------------------------------------------------- the stages over all batches
def batch_size_for(n: int) -> int:
    """
    >>> batch_size_for(10), batch_size_for(100_000)
    (100, 3125)
    """
    return max(MIN_BATCH, min(MAX_BATCH, -(-n // BATCHES_PER_STAGE)))


def ingest_all(inputs: list[Path], files: int, spill_dir: Path, report: Report) -> Ingested:
    """All ingest batches (spills of their input paths, :func:`plan_inputs`) read, each spilled
    to ``spill_dir``; ``files`` is how many inputs they list, for the progress."""
    total = Ingested()
    futures = [ingest_batch.submit(batch, spill_dir / f"ingest-{n:05d}.pkl") for n, batch in enumerate(inputs)]
    for future in futures:
        part = future.result()
        total.spills += part.spills
        total.rejected += part.rejected
        total.refs += part.refs
        total.files += part.files
        total.seconds += part.seconds
        report("ingest", total.files, files)
    return total


@dataclass
class Deduplicated:
    """Duplicate decisions turned into work: the extraction batches, the stored articles whose rows
    go, and what the run writes (articles, duplicates among them, undated, originals)."""

    work: list[Batch]
    dropped_ids: set[str]
    written: int
    duplicates: int
    missing_dates: int
    originals: int


@task(name="dedupe", **BATCH_TASK)
def dedupe(catalog: Catalog, run_id: str, spill_dir: Path, spills: list[tuple[Path, int]],
           drop_refs: Path | None, batch_size: int | None) -> Deduplicated:
    """Mark exact and near duplicates over the articles of ``spills`` and, unless ``drop_refs`` is
    None (a full refresh), the stored ones whose refs are not dropped (``drop_refs`` is the spill
    of those refs, :func:`plan_inputs`); persist the signatures; and
    cut the spills into extraction batches marked with the decisions. Only keys are read, never
    texts. A task, so that on Dask the keys (~100 MB at 100k articles) and the band index fill a
    worker rather than the flow process."""
    if drop_refs is None:
        stored, stored_identity, dropped_ids = [], [], set()
    else:
        stored, stored_identity, dropped_ids = stored_keys(catalog, read_spill(drop_refs))
    keys = stored + [key for spill, _ in spills for key in read_spill(keys_spill(spill))]
    new_articles = len(keys) - len(stored)
    decisions = decide(keys)
    catalog.write_signatures(run_id, [decision[0] for decision in decisions], [key.signature for key in keys])
    # stored articles whose id or duplicate status changed (their canonical went, or a new earlier
    # copy arrived) are written again like new ones; the others keep their rows untouched
    restated = {old[0]: (i, decisions[i]) for i, old in enumerate(stored_identity) if old != decisions[i]}
    written = [*range(len(stored), len(keys)), *(i for i, _ in restated.values())]
    size = batch_size or batch_size_for(new_articles)
    work: list[Batch] = []
    offset = len(stored)
    for spill, count in spills:
        for marks in extraction_batches([(i, *decisions[offset + i]) for i in range(count)], size):
            work.append((spill, write_spill(spill_dir / f"marks-{len(work):05d}.pkl", marks)))
        offset += count
    if restated:
        work.append((spill_restated(catalog, restated, spill_dir / "restated.pkl"), None))
    return Deduplicated(work, dropped_ids | set(restated), len(written),
                        duplicates=sum(decisions[i][1] is not None for i in written),
                        missing_dates=sum(keys[i].published_at is None for i in written),
                        originals=sum(decisions[i][1] is None for i in written))


def extract_all(work: list[Batch], staging: Path, run_id: str, started: datetime, total: int,
                report: Report, timings: dict[str, float]) -> list[Tabulated]:
    """Names, quotes and events for every original in the batches of ``work``, each batch
    validated and spilled to ``staging`` by its ``validate`` task; busy seconds per stage are
    added to ``timings``. Returns the batches' results in batch order.

    Only paths travel in the task graph; each task reads its batch's articles, their marks and the
    earlier stages' records from spill files on its worker, a :data:`CHUNK` of articles at a time.
    At most ``IN_FLIGHT_BATCHES`` batches are in flight, so memory does not follow the corpus.
    """
    staging.mkdir(parents=True, exist_ok=True)
    pending: dict = {}  # future of a batch's last task -> batch number
    tabulated: dict[int, Tabulated] = {}
    done = 0

    def collect() -> None:
        """Take the first batch to finish (not the oldest), so a free worker gets the next one."""
        nonlocal done
        future = next(as_completed(list(pending)))
        result = future.result()
        tabulated[pending.pop(future)] = result
        for stage, seconds in result.seconds.items():
            timings[stage] = timings.get(stage, 0.0) + seconds
        done += result.counts["articles"]
        report("extract", done, total)

    for number, item in enumerate(work):
        spill = staging / "_extracted" / f"{number:05d}"
        found = names_batch.submit(item, spill.with_suffix(".names.pkl"))
        quoted = quotes_batch.submit(item, found, spill.with_suffix(".quotes.pkl"))
        evented = events_batch.submit(item, found, quoted, spill.with_suffix(".events.pkl"))
        pending[tabulate_batch.submit(number, item, found, quoted, evented, staging, run_id, started)] = number
        del item, found, quoted, evented
        if len(pending) >= IN_FLIGHT_BATCHES:
            collect()
    while pending:
        collect()
    return [tabulated[number] for number in sorted(tabulated)]  # batch order: the same result every run


@task(name="entities", **BATCH_TASK)
def link_entities(catalog: Catalog, discovered: list[Path], incremental: bool, dropped_ids: set[str]
                  ) -> tuple[dict[str, str], pd.DataFrame, list[dict]]:
    """Discovered spellings (of this run's batches, spilled to ``discovered``, and of the carried
    mentions) merged across articles (old id -> merged id), the entities table (reference entities
    plus discovered ones), and its validation failures. A task reading the spills one by one, so
    neither the flow process nor this task holds a mention per article: only the counts of the
    distinct spellings."""
    counts: Counter[Spelling] = Counter()
    for spill in discovered:
        counts.update(read_spill(spill))
    if incremental:
        counts.update(spellings(carried_discovered(catalog, dropped_ids, reference_ids())))
    # the merge counts mentions: each spelling stands in as often as it occurred (one shared object)
    mentions = [m for (entity_id, entity_type, name, text), n in counts.items()
                for m in [Mention(0, 0, text, entity_type, entity_id, name, "discovered", 0.0)] * n]
    merged = names.merge_discovered(mentions)
    entities = {e.entity_id: e for e in names.reference_entities()}
    for entity in names.discovered_entities(mentions):
        entities.setdefault(merged.get(entity.entity_id, entity.entity_id), entity)
    valid, invalid = validate_table("entities", frame("entities", entity_rows(entities.values())))
    return merged, valid, invalid


@task(name="write", **BATCH_TASK)
def write_version(catalog: Catalog, run_id: str, planned: Planned, dropped_ids: set[str], merged: dict[str, str],
                  entities: pd.DataFrame, quarantined: pd.DataFrame, refs: list[Path]) -> dict[str, int]:
    """Every table of the new version (carried rows, then the staged batches, merged entity ids
    rewritten; ``quarantined``: this run's quarantine rows, the carried ones are added), and its
    input state with the refs each input read made (from the ingest tasks' ``refs`` spills).
    Returns rows per table. A task, so that on Dask the Arrow buffers of the writer (~90 MB, kept
    by the process's memory pool afterwards) and the refs of every article are a worker's, not the
    flow process's."""
    if planned.incremental:
        quarantined = pd.concat([carried_quarantine(catalog, read_spill(planned.drop_refs), dropped_ids),
                                 quarantined], ignore_index=True)
    counts = write_tables(catalog, run_id, planned.incremental, dropped_ids, merged, entities, quarantined)
    made: dict[str, list[str]] = {}
    for spill in refs:
        made.update(read_spill(spill))
    kept, fresh = read_spill(planned.state)
    catalog.write_state(run_id, next_state(kept, fresh, made))
    return counts


@task(name="report", **BATCH_TASK)
def report_version(root: Path) -> str:
    """Refresh the DuckDB catalog of the published version and return its summary for the run's
    artifact. A task: DuckDB's buffers for the summary grow with the tables (+80 MB at 10k,
    +110 MB at 30k articles), so on Dask they are a worker's, not the flow process's. DuckDB itself
    (+12 MB RSS) is imported here, not with this module, for the same reason: only this task needs
    it, and every process imports this module."""
    from flows.report import summary_markdown as report_markdown
    from flows.report import write_duckdb_catalog

    write_duckdb_catalog(root)
    return report_markdown(root)


# ---------------------------------------------------------------- runners
def task_runner_for(runner: str, dask_address: str | None = None):
    """``thread`` (Prefect's default, one process) or ``dask``: prefect-dask on the cluster at
    ``dask_address``, or on a LocalCluster with one single-threaded worker process per core."""
    if runner == "thread":
        return None
    if runner != "dask":
        raise ValueError(f"unknown runner {runner!r}; use thread or dask")
    from prefect_dask import DaskTaskRunner

    if dask_address:
        return DaskTaskRunner(address=dask_address)
    import dask

    # read by the nanny of each local worker, which sets them in this process's environment before
    # it spawns the worker: glibc reads MALLOC_ARENA_MAX only when a process starts
    spawn_environ = dask.config.get("distributed.nanny.pre-spawn-environ")
    dask.config.set({"distributed.nanny.pre-spawn-environ": {**spawn_environ, **LOCAL_WORKER_ENVIRON}})
    return DaskTaskRunner(cluster_kwargs={"n_workers": os.cpu_count() or 1, "threads_per_worker": 1,
                                          "processes": True, "dashboard_address": ":0",
                                          "silence_logs": logging.WARNING, "env": _prefect_api_env(),
                                          "config": local_worker_config()})


def restart_local_workers() -> bool:
    """Restart the worker processes of the LocalCluster this flow run made (see
    :func:`task_runner_for`); True when it did. The flow calls it twice. Once every extraction
    batch is in: a long run leaves each worker with what it gathered over hundreds of batches
    (freed heap that Python and glibc keep, caches at their caps): ~550 MB at 100k articles against
    ~300 MB for a fresh one, and the entities and write tasks then came on top of that, the run's
    peak (1,893 MB for the process tree at 100k, 1,769 MB at 10k). And once dedupe is done, before
    extraction, which holds the run's peak since: the libraries only ingest and dedupe use (SciPy
    through datasketch, trafilatura with lxml: ~55 MB per worker) and what those tasks left go.
    Workers of a cluster given by address, or of no cluster, are left alone: they are not this
    run's to restart."""
    from prefect.context import FlowRunContext
    from prefect_dask import DaskTaskRunner

    context = FlowRunContext.get()
    runner = context.task_runner if context else None
    if not isinstance(runner, DaskTaskRunner) or runner.address is not None:
        return False
    try:
        runner.client.restart(wait_for_workers=True)
    except TimeoutError as late:
        # On a loaded machine the new workers can take longer than distributed's timeout to come back;
        # their nannies still bring them and the next tasks wait for them. The restart frees memory, it
        # is not needed for a right result, so it must not end the run.
        logging.getLogger(__name__).warning("going on before the restarted workers are back: %s", late)
    return True


LOCAL_WORKER_ENVIRON = {"MALLOC_ARENA_MAX": "2"}
"""Environment of our LocalCluster's workers from their start. glibc gives each thread that
allocates its own arena (up to 8 per core) and memory freed in one arena serves no other thread (a
worker runs an event loop, a task thread and Prefect's client threads). Measured effect on the bench's
process tree: within noise (-13 to -42 MB at 100k, benchmarks/README.md, run C)."""

LOCAL_WORKER_SETTINGS = {"worker": {"profile": {"enabled": False}}}
"""Dask settings our LocalCluster's workers get on top of the defaults. The statistical profiler
keeps a call-tree per second of work for the last 1,000 seconds (``admin.low-level-log-length``),
so a worker grew with the length of the run: the largest worker of a 30k run peaked at 631 MB with
it (a 7-minute run) and at 561 MB without it (a 15-minute run on a loaded machine). We never read
the profiles."""


def local_worker_config() -> dict:
    """The ``distributed`` configuration for LocalCluster workers: this process's, with
    :data:`LOCAL_WORKER_SETTINGS` merged in. Whole, because the nanny replaces top-level keys."""
    import copy

    import dask

    distributed = copy.deepcopy(dask.config.get("distributed"))
    return {"distributed": dask.config.update(distributed, copy.deepcopy(LOCAL_WORKER_SETTINGS))}


def _prefect_api_env() -> dict[str, str]:
    """``PREFECT_API_URL`` for local Dask workers: the API this process uses, started now when it
    is Prefect's ephemeral server. Without it every worker process started an ephemeral server of
    its own (~220 MB each, and three servers writing one SQLite database slowed every task run)."""
    from prefect.settings import get_current_settings

    url = get_current_settings().api.url
    if not url:
        from prefect.server.api.server import SubprocessASGIServer

        server = SubprocessASGIServer()  # the instance Prefect's client uses in ephemeral mode
        server.start()
        url = server.api_url
    return {"PREFECT_API_URL": url}
