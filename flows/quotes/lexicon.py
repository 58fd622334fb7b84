"""Versioned reference data of the quote extractor, loaded once from ``flows/quotes/data``."""
from __future__ import annotations

import csv
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from flows.quotes.text import QUOTE

DATA = Path(__file__).resolve().parent / "data"


@dataclass(frozen=True, slots=True)
class CueVerb:
    form: str
    particles: frozenset[str]  # separated particles/complements that belong to the cue
    particle_required: bool  # the bare verb is no speech verb ("gab", "teilte")
    complement_only: bool = False  # it also says nothing ("verriet seine Freunde"): only its complement reports


def _rows(name: str) -> list[dict[str, str]]:
    with open(DATA / name, encoding="utf-8") as fh:
        return list(csv.DictReader(line for line in fh if not line.startswith("#")))


@cache
def cue_verbs() -> dict[str, CueVerb]:
    """Cue verb forms: the hand-written table wins over the forms learned from SpkAtt train; the forms the
    hand-written rows imply (:func:`_inflected`) come last."""
    verbs: dict[str, CueVerb] = {}
    for row in _rows("cue_verbs_learned.csv"):
        particles = frozenset(row["particle"].split())
        verbs[row["form"]] = CueVerb(row["form"], particles, False)
    manual = []
    for row in _rows("cue_verbs_manual.csv"):
        particles = frozenset(row["particle"].split())
        learned = verbs.get(row["form"])
        if learned is not None:
            particles |= learned.particles
        verbs[row["form"]] = CueVerb(row["form"], particles, row["particle_required"] == "1",
                                     row.get("complement_only") == "1")
        manual.append(verbs[row["form"]])
    for verb in manual:  # not the learned rows: their plurals (zeigten, veröffentlichten) are mostly no cues
        for form, cue in _inflected(verb):
            verbs.setdefault(form, cue)
    return verbs


#: the words that end a cue's clause for its particle search (``extract._verb_attribution``'s clause end too)
CLAUSE_STOPS = frozenset({",", ":", ";", QUOTE})
#: the punctuation after a verb-final cue (``Wie X mitteilen ließ, …``)
VERB_FINAL_ENDS = frozenset({",", ";", ":", ".", "!", "?"})


def cue_particle(verb: CueVerb, words: Sequence[str], i: int, end: int) -> int | None:
    """Where the cue ``words[i]`` has one of its particles or infinitives: the first after it before ``end``, its
    clause's end (``teilte … mit``), else the word before it when the cue ends its clause, as the finite verb of a
    verb-final clause does (``Wie die Ministerin mitteilen ließ, …``; session 18). The one particle matcher of the
    rules (``extract._verb_attribution``) and of the learned sentence model's cue feature (:func:`has_cue`).

    >>> cue_particle(CueVerb("ließ", frozenset({"mitteilen"}), True), "Wie sie mitteilen ließ , ist es".split(), 3, 4)
    2
    """
    after = next((j for j in range(i + 1, end) if words[j] in verb.particles), None)
    if after is not None:
        return after
    if i >= 2 and words[i - 1] in verb.particles and (i + 1 == len(words) or words[i + 1] in VERB_FINAL_ENDS):
        return i - 1
    return None


def has_cue(words: Sequence[str]) -> bool:
    """Whether the sentence's words hold a cue verb that the rules would take: one whose particle is not required,
    or one with its particle where :func:`cue_particle` finds it (``teilte … mit``, not a bare ``teilte``; session
    18: the sentence model's cue feature counted any listed form).

    >>> has_cue("Er teilte den Kuchen .".split()), has_cue("Er teilte mit , es regne .".split())
    (False, True)
    """
    verbs = cue_verbs()
    for i, word in enumerate(words):
        verb = verbs.get(word)
        if verb is None:
            continue
        if not verb.particle_required:
            return True
        end = next((j for j in range(i + 1, len(words)) if words[j] in CLAUSE_STOPS), len(words))
        if cue_particle(verb, words, i, end) is not None:
            return True
    return False


#: verb particles that join their verb at the end of a subordinate clause (``…, die der Stadt „…“ vorwarfen``);
#: the tables' other particles are complements (``erinnerte daran``, ``sprach von``) or infinitives (``ließ
#: mitteilen``) that never join
SEPARABLE_PARTICLES = frozenset({"an", "auf", "aus", "bekannt", "dagegen", "ein", "fest", "fort", "hin", "hinzu",
                                 "klar", "mit", "vor", "zu", "zurück"})


def _inflected(verb: CueVerb) -> list[tuple[str, CueVerb]]:
    """The forms a table row implies but may not list (session 14): the plural of a past singular (weak ``-te``
    -> ``-ten``; a strong one ending in a consonant other than ``t`` takes ``-en``: ``warf`` -> ``warfen``; the
    singular of a ``-ten`` is not guessed, ``berichten`` is no past) and, for a row whose particle is required and
    separates, each finite form with the particle joined in front, the verb-final form of a subordinate clause
    (``warf … vor`` -> ``vorwarf``, ``vorwarfen``). Participles (``ge…``) and infinitives are left as listed; a form
    the tables list keeps its row (the caller's ``setdefault``).

    >>> sorted(form for form, _ in _inflected(CueVerb("warf", frozenset({"vor"}), True)))
    ['vorwarf', 'vorwarfen', 'warfen']
    >>> sorted(form for form, _ in _inflected(CueVerb("betonte", frozenset(), False)))
    ['betonten']
    >>> _inflected(CueVerb("berichten", frozenset(), False))
    []
    """
    forms = [verb.form]
    if not verb.form.startswith("ge"):
        if verb.form.endswith("te"):
            forms.append(verb.form + "n")
        elif verb.form[-1] not in "aeiount":
            forms.append(verb.form + "en")
    out = [(form, CueVerb(form, verb.particles, verb.particle_required, verb.complement_only)) for form in forms[1:]]
    if verb.particle_required and not verb.form.startswith("ge") and not verb.form.endswith("en"):
        out += [(particle + form, CueVerb(particle + form, frozenset(), False, verb.complement_only))
                for particle in sorted(verb.particles & SEPARABLE_PARTICLES) for form in forms]
    return out


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
