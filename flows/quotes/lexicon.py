"""Versioned reference data of the quote extractor, loaded once from ``flows/quotes/data``."""
from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"


@dataclass(frozen=True, slots=True)
class CueVerb:
    form: str
    particles: frozenset[str]  # separated particles/complements that belong to the cue
    particle_required: bool  # the bare verb is no speech verb ("gab", "teilte")


def _rows(name: str) -> list[dict[str, str]]:
    with open(DATA / name, encoding="utf-8") as fh:
        return list(csv.DictReader(line for line in fh if not line.startswith("#")))


@cache
def cue_verbs() -> dict[str, CueVerb]:
    """Cue verb forms: the hand-written table wins over the forms learned from SpkAtt train."""
    verbs: dict[str, CueVerb] = {}
    for row in _rows("cue_verbs_learned.csv"):
        particles = frozenset(row["particle"].split())
        verbs[row["form"]] = CueVerb(row["form"], particles, False)
    for row in _rows("cue_verbs_manual.csv"):
        particles = frozenset(row["particle"].split())
        learned = verbs.get(row["form"])
        if learned is not None:
            particles |= learned.particles
        verbs[row["form"]] = CueVerb(row["form"], particles, row["particle_required"] == "1")
    return verbs


@dataclass(frozen=True, slots=True)
class BodyNoun:
    """A bare body noun as a speaker (``data/body_nouns.csv``): the type and names of the bodies it fits."""

    entity_type: str
    fits: frozenset[str]  # canonical names of such bodies whose name does not hold the noun


@cache
def body_nouns() -> dict[str, BodyNoun]:
    """Lowercased nominative body noun -> :class:`BodyNoun` (``gewerkschaft`` fits ``IG Metall``)."""
    return {row["noun"]: BodyNoun(row["type"], frozenset(n for n in row["fits"].split(";") if n))
            for row in _rows("body_nouns.csv")}


@cache
def announce_verbs() -> frozenset[str]:
    """Verb forms of announcing: ``Das kündigte X an`` is an event, so it cites no sentence before."""
    return frozenset(row["form"] for row in _rows("announce_verbs.csv"))


@cache
def statement_nouns() -> frozenset[str]:
    """Nouns that name a statement, not its speaker (``nach ersten Angaben``), lowercased."""
    return frozenset(row["form"] for row in _rows("statement_nouns.csv"))


@cache
def lowercase_words() -> frozenset[str]:
    """Words written in lower case inside sentences (learned from SpkAtt train): capitalised at a sentence's
    start they are no noun (``Besorgt äußerte sich …``)."""
    with open(DATA / "lowercase_words.txt", encoding="utf-8") as fh:
        return frozenset(line.strip() for line in fh if line.strip() and not line.startswith("#"))


@cache
def temporal_nouns() -> frozenset[str]:
    """Nouns of time, lowercased (``data/temporal_nouns.txt``): a noun phrase of them and numbers only
    (``Ende Januar 2006``, ``Letzte Woche``) is a time adverbial, no speaker."""
    with open(DATA / "temporal_nouns.txt", encoding="utf-8") as fh:
        return frozenset(line.strip() for line in fh if line.strip() and not line.startswith("#"))


@cache
def reported_verbs() -> dict[str, str]:
    """Finite verb forms of a reported speech act (``data/reported_verbs.csv``) -> the word that must stand
    in its clause (``sprach`` -> ``von``), ``""`` when the verb alone reports."""
    return {row["form"]: row["particle"] for row in _rows("reported_verbs.csv")}
