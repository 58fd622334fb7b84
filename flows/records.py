"""Typed records that flow between the pure extraction stages.

Every extractor takes a :class:`Doc` (the clean article text plus the metadata it needs) and yields
records of the types below. Offsets are Python ``str`` indices into ``Doc.text``, end exclusive.
The Prefect shell turns these records into rows of the tables described in ``schemas/``.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Literal

EntityType = Literal["PER", "ORG", "LOC", "MISC"]
QuoteType = Literal["direct", "indirect", "partial", "reported"]
EventMode = Literal["realized", "intended", "hypothetical", "negated"]
DatePrecision = Literal["day", "week", "month", "year"]
ParticipantRole = Literal["actor", "target"]


@dataclass(frozen=True, slots=True)
class Doc:
    """One clean article as the extractors see it.

    ``published_on`` is the publication date in Europe/Berlin local time (what relative dates and
    dated roles are resolved against); ``None`` when the article has no known date.
    """

    article_id: str
    text: str
    published_on: date | None = None
    published_at: datetime | None = None
    title: str | None = None


@dataclass(frozen=True, slots=True)
class Mention:
    """A span of ``Doc.text`` that names (or refers to) an entity."""

    start: int
    end: int
    text: str
    entity_type: EntityType
    entity_id: str | None  # None when the resolver abstains
    entity_name: str | None  # canonical name of entity_id
    method: str  # how it was found/linked: gazetteer, fuzzy, role, pronoun, pattern, one-sense, ...
    confidence: float


@dataclass(frozen=True, slots=True)
class Entity:
    """A canonical entity: from the reference gazetteer or discovered in the articles."""

    entity_id: str
    name: str
    type: EntityType
    wikidata_id: str | None
    aliases: tuple[str, ...]
    origin: Literal["reference", "discovered"]


@dataclass(frozen=True, slots=True)
class Quote:
    """A quotation with its speaker. ``quote_id`` is ``f"{article_id}:q{n}"`` in text order."""

    quote_id: str
    start: int
    end: int
    text: str
    type: QuoteType
    speaker_text: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    speaker_entity_id: str | None = None
    speaker_name: str | None = None
    cue: str | None = None
    cue_start: int | None = None
    channel: str | None = None
    group: int | None = None  # same number on every part of a split direct quote
    confidence: float = 0.5


@dataclass(frozen=True, slots=True)
class Participant:
    role: ParticipantRole
    entity_id: str | None
    name: str  # canonical name, or the surface text when unlinked
    text: str  # surface text in the article


@dataclass(frozen=True, slots=True)
class Event:
    """A typed event mention. ``event_id`` is ``f"{article_id}:e{n}"`` in text order."""

    event_id: str
    event_type: str  # PLOVER type, ANNOUNCE or OTHER
    trigger: str
    trigger_start: int
    trigger_end: int
    mode: EventMode
    sentence_start: int
    sentence_end: int
    date: date | None = None
    date_text: str | None = None
    date_precision: DatePrecision | None = None
    date_method: Literal["explicit", "relative", "none"] = "none"
    location_entity_id: str | None = None
    location_name: str | None = None
    quote_id: str | None = None
    participants: tuple[Participant, ...] = field(default_factory=tuple)
    confidence: float = 0.5


PublishedFrom = Literal["metadata", "filename", "text"]


@dataclass(slots=True)
class Article:
    """One ingested, cleaned article: a row of the ``articles`` table before run columns are added.

    ``text`` is the clean body (boilerplate lines removed, NFC, soft hyphens dropped, no-break
    spaces made plain); every offset in every other table refers to it.
    """

    article_id: str
    source_path: str
    source_ref: str  # source_path, plus "#L<line>" for a JSONL record or "[i]" for a JSON list item
    url: str | None
    title: str | None
    source: str | None
    published_at: datetime | None  # timezone-aware UTC; None when no date could be found
    published_from: PublishedFrom | None  # where published_at came from; None = missing (flagged)
    language: str | None
    text: str
    boilerplate: list[str]
    content_hash: str  # sha256 of the normalized text
    duplicate_of: str | None = None  # article_id this one duplicates (exact or near)
    duplicate_kind: Literal["exact", "near"] | None = None
    input_format: str = "txt"  # txt, md, json, jsonl, html


@dataclass(frozen=True, slots=True)
class Rejected:
    """Input that could not become an article; it becomes a row of the ``quarantine`` table."""

    stage: str
    source_ref: str
    reason: str
    payload: str = ""  # JSON text or an excerpt, capped in size
