"""The reference gazetteer: entities, aliases, dated roles, adjectives, loaded once from ``data/``.

``load()`` parses the versioned text files in ``flows/names/data`` (see the headers there for their
format and sources) into an immutable :class:`Gazetteer` with one lookup table per key kind.

>>> g = load()
>>> g.by_name["Wolodymyr Selenskyj"]
'per:wolodymyr-selenskyj'
>>> sorted(g.ascii["selenskij"])
['per:wolodymyr-selenskyj']
"""
from __future__ import annotations

import csv
import re
import tomllib
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Mapping

from flows.names.keys import UMLAUT_SPELLING, block_key, clean, fold_key, fold_word, slug, words
from flows.records import Entity

DATA = Path(__file__).resolve().parent / "data"
ENTITY_FILES = ("persons.txt", "places.txt", "organisations.txt")

#: Lower-case name particles that belong to the surname (``von der Leyen``, ``al-Assad``).
PARTICLES = frozenset({"von", "van", "der", "den", "de", "del", "della", "di", "da", "du", "la", "le",
                       "al", "el", "bin", "ibn", "zu", "vom", "ten", "ter"})
#: Alias kinds, strongest first. ``weak`` and ``quoted`` aliases need context (see mentions.py).
KINDS = ("canonical", "alias", "variant", "surname", "weak", "quoted")
#: Aliases shorter than this (in ASCII letters) are matched exactly only, never by fold key.
MIN_FOLD_LEN = 5
#: Shortest folded key put in the one-edit neighbourhood index (typos, see ``deletions``).
MIN_NEAR_LEN = 5


def deletions(key: str) -> set[str]:
    """``key`` and every string one character shorter: two keys within one edit (insert, delete,
    replace, swap) share one of these, so a typo finds its name by dictionary lookups only.

    >>> sorted(deletions("abc"))
    ['ab', 'abc', 'ac', 'bc']
    """
    return {key} | {key[:i] + key[i + 1:] for i in range(len(key))}


@dataclass(frozen=True, slots=True)
class Info:
    """What the resolver knows about a reference entity beyond the public :class:`Entity`."""

    entity: Entity
    country: str | None = None  # entity_id of the country (or state) it belongs to
    party: str | None = None  # entity_id of a person's party
    born: date | None = None
    gender: str | None = None  # "m" / "f"
    cues: tuple[str, ...] = ()  # entity_ids whose presence in a document supports this entity
    surnames: frozenset[str] = frozenset()  # fold keys of the surname forms
    given: frozenset[str] = frozenset()  # fold keys of the given-name words
    common_surname: bool = False  # bare surname too common to link without context


@dataclass(frozen=True, slots=True)
class Role:
    entity_id: str
    key: str
    place: str  # entity_id of the country, state or organisation
    start: date
    end: date | None  # exclusive

    def held_on(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day < self.end)


@dataclass(frozen=True)
class Gazetteer:
    """Immutable lookup tables; each key table maps a key to ``{entity_id: alias kind}``."""

    info: Mapping[str, Info]
    by_name: Mapping[str, str]
    exact: Mapping[str, Mapping[str, str]]
    casefold: Mapping[str, Mapping[str, str]]
    ascii: Mapping[str, Mapping[str, str]]
    fold: Mapping[str, Mapping[str, str]]
    blocks: Mapping[str, tuple[tuple[str, str, str], ...]]  # block key -> (entity_id, folded surname, ASCII surname)
    roles: tuple[Role, ...]
    role_words: Mapping[str, tuple[tuple[str, ...], str | None]]  # lowercase word -> (keys, place)
    adjectives: Mapping[str, str]  # adjective stem -> entity_id
    demonyms: Mapping[str, str]  # lowercase demonym noun (any form) -> entity_id
    prefixes: Mapping[str, str]  # lowercase compound prefix without hyphen -> entity_id
    given_names: frozenset[str]  # known given names (as written)
    aliases: Mapping[str, tuple[tuple[str, str], ...]] = field(default_factory=dict)  # id -> (alias, kind)
    #: deletion key of a surname or place/organisation name (fold or ASCII key) -> (entity_id, fold
    #: key, ASCII key): the one-edit neighbourhood index for typos
    near: Mapping[str, tuple[tuple[str, str, str], ...]] = field(default_factory=dict)
    surname_keys: frozenset[str] = frozenset()  # folded surnames of all persons, common ones included

    def entity(self, entity_id: str) -> Entity:
        return self.info[entity_id].entity


@lru_cache(maxsize=1)
def word_lists() -> Mapping[str, frozenset[str]]:
    """The word lists of ``data/mention_words.toml`` (not-names, organisation heads, qualifiers, ...)."""
    with (DATA / "mention_words.toml").open("rb") as f:
        return MappingProxyType({k: frozenset(v.split()) for k, v in tomllib.load(f).items()})


@lru_cache(maxsize=1)
def common_nouns() -> frozenset[str]:
    """Capitalised words news uses as common nouns (``data/common_nouns.txt``, generated)."""
    return frozenset(w for line in _lines("common_nouns.txt") for w in line.split())


@lru_cache(maxsize=1)
def prefectures() -> Mapping[str, str]:
    """French prefecture town (the gazetteer's spelling) -> its département (``data/french_prefectures.txt``)."""
    return MappingProxyType(dict(_fields(line, 2)[:2] for line in _lines("french_prefectures.txt")))


@lru_cache(maxsize=1)
def capitals() -> Mapping[str, str]:
    """Capital or seat of government -> the state (union, authority) it stands for (``data/capitals.csv``).

    >>> capitals()["Peking"], capitals()["Port Sudan"], capitals()["Brüssel"]
    ('China', 'Sudan', 'Europäische Union')
    """
    rows = csv.DictReader(_lines("capitals.csv"))
    return MappingProxyType({row["city"]: row["country"] for row in rows})


@lru_cache(maxsize=1)
def land_governments() -> Mapping[tuple[str, str], str]:
    """(Land, government noun) -> the name of that Land's government (``data/land_governments.csv``).

    >>> land_governments()[("Nordrhein-Westfalen", "Landesregierung")], land_governments()[("Sachsen", "Landesregierung")]
    ('Landesregierung Nordrhein-Westfalen', 'Sächsische Staatsregierung')
    """
    rows = csv.DictReader(_lines("land_governments.csv"))
    return MappingProxyType({(row["land"], row["noun"]): row["name"] for row in rows})


def _lines(name: str) -> list[str]:
    text = (DATA / name).read_text(encoding="utf-8")
    return [ln for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]


def _fields(line: str, n: int) -> list[str]:
    parts = [p.strip() for p in line.split("|")]
    return parts + [""] * (n - len(parts))


def _list(value: str) -> list[str]:
    return [v.strip() for v in value.split(";") if v.strip()]


def _date(value: str) -> date | None:
    return date.fromisoformat(value) if value else None


def split_person_name(name: str) -> tuple[list[str], str]:
    """Given-name words and surname of a person's name (particles stay with the surname).

    >>> split_person_name("Ursula von der Leyen")
    (['Ursula'], 'von der Leyen')
    >>> split_person_name("Wolodymyr Selenskyj")
    (['Wolodymyr'], 'Selenskyj')
    """
    tokens = name.split()
    if len(tokens) == 1:
        return [], tokens[0]
    cut = len(tokens) - 1
    while cut > 1 and tokens[cut - 1].casefold() in PARTICLES:
        cut -= 1
    return tokens[:cut], " ".join(tokens[cut:])


def _has_surname(name: str) -> bool:
    last = name.split()[-1]
    return not (last.endswith(".") or re.fullmatch(r"[IVX]+\.?", last))


def _inflect_demonym(noun: str) -> set[str]:
    """Nominative and oblique forms of a demonym noun: ``Lette`` -> ``Letten``, ``Estin`` -> ``Estinnen``."""
    forms = {noun}
    if noun.endswith("in"):
        forms.add(noun + "nen")
    elif noun.endswith("e"):
        forms |= {noun + "n"}
    elif noun.endswith("er"):
        forms |= {noun + "n", noun + "s"}
    else:
        forms |= {noun + "en", noun + "n", noun + "s"}
    return forms


@lru_cache(maxsize=1)
def load() -> Gazetteer:
    """Parse the data files once (cached): about 0.1 s."""
    rows: list[list[str]] = []
    for name in ENTITY_FILES:
        rows.extend(_fields(line, 10) for line in _lines(name))
    by_name = {r[1]: f"{r[0].lower()}:{slug(r[1])}" for r in rows}

    variants: dict[str, list[str]] = defaultdict(list)
    for line in _lines("variants.tsv"):
        canonical, _, variant = line.split("\t")
        variants[canonical].append(variant)

    common = {w for line in _lines("common_surnames.txt") for w in line.split()}
    tables: dict[str, dict[str, dict[str, str]]] = {k: defaultdict(dict) for k in ("exact", "casefold", "ascii", "fold")}
    blocks: dict[str, set[tuple[str, str, str]]] = defaultdict(set)
    near: dict[str, set[tuple[str, str, str]]] = defaultdict(set)
    surname_keys: set[str] = set()

    def add_near(entity_id: str, name: str) -> None:
        plain, folded = " ".join(words(name)), fold_key(name)
        if len(plain.replace(" ", "")) >= MIN_NEAR_LEN:
            for d in deletions(plain) | deletions(folded):
                near[d].add((entity_id, folded, plain))
    aliases_of: dict[str, list[tuple[str, str]]] = defaultdict(list)

    def index(entity_id: str, alias: str, kind: str) -> None:
        alias = clean(alias)
        if not alias:
            return
        aliases_of[entity_id].append((alias, kind))
        keys = {"exact": alias, "casefold": alias.casefold(), "ascii": " ".join(words(alias))}
        folded = fold_key(alias)
        if len(keys["ascii"].replace(" ", "")) >= MIN_FOLD_LEN:
            keys["fold"] = folded
        for table, key in keys.items():
            if not key:
                continue
            slot = tables[table][key]
            if entity_id not in slot or KINDS.index(kind) < KINDS.index(slot[entity_id]):
                slot[entity_id] = kind
        spelled = alias.translate(UMLAUT_SPELLING)
        if spelled != alias:  # Koeln, Hoecke, Sueddeutsche: the umlauts written out
            index(entity_id, spelled, kind)

    info: dict[str, Info] = {}
    for typ, name, qid, natives, born, gender, country, party, alias_field, cue_field in rows:
        entity_id = by_name[name]
        plain_aliases, weak, quoted = [], [], []
        for a in _list(alias_field):
            (weak if a.startswith("~") else quoted if a.startswith("^") else plain_aliases).append(a.lstrip("~^"))
        native_names = [n.partition(":")[2].strip() for n in _list(natives)]
        generated = variants.get(name, [])
        surnames: set[str] = set()
        given: set[str] = set()
        if name not in quoted and name not in weak:  # Bild: a common noun too, so the name only inside quotation marks;
            index(entity_id, name, "canonical")    # a generic noun as the name (Verfassungsgerichtshof) needs context
        for a in plain_aliases + native_names:
            index(entity_id, a, "alias")
        for a in generated:
            index(entity_id, a, "variant")
        for a in weak:
            index(entity_id, a, "weak")
        for a in quoted:
            index(entity_id, a, "quoted")
        is_common = False
        if typ == "PER":
            for full in [name] + plain_aliases + generated + native_names:
                if len(full.split()) < 2 or not _has_surname(full):
                    continue
                first, surname = split_person_name(clean(full))
                surnames.add(fold_key(surname))
                surname_keys.add(fold_key(surname))
                given.update(fold_word(w) for g in first for w in words(g))
                if len(" ".join(words(surname))) >= 3:
                    add_near(entity_id, surname)
                if surname in common or len(" ".join(words(surname))) < 3:
                    is_common = is_common or full == name
                    continue
                index(entity_id, surname, "surname")
                blocks[block_key(fold_word(words(surname)[-1]))].add((entity_id, fold_key(surname), " ".join(words(surname))))
        else:
            for a in [name] + plain_aliases + generated:
                if len(words(a)) == 1 and len(words(a)[0]) >= MIN_FOLD_LEN:
                    blocks[block_key(fold_word(words(a)[0]))].add((entity_id, fold_key(a), " ".join(words(a))))
                add_near(entity_id, a)
        entity = Entity(
            entity_id=entity_id, name=name, type=typ, wikidata_id=qid or None,
            aliases=tuple(dict.fromkeys(clean(a) for a in plain_aliases + native_names + generated + weak + quoted)),
            origin="reference",
        )
        info[entity_id] = Info(
            entity=entity, country=by_name.get(country), party=by_name.get(party), born=_date(born),
            gender=gender or None, cues=tuple(by_name[c] for c in _list(cue_field) if c in by_name),
            surnames=frozenset(surnames), given=frozenset(given), common_surname=is_common,
        )

    roles = tuple(
        Role(by_name[p], key, by_name[place], date.fromisoformat(start), _date(end))
        for p, key, place, start, end in (_fields(line, 5) for line in _lines("roles.txt"))
    )
    role_words = {}
    for word, keys, place in (_fields(line, 3) for line in _lines("role_words.txt")):
        role_words[word.casefold()] = (tuple(_list(keys)), by_name.get(place))
    adjectives: dict[str, str] = {}
    demonyms: dict[str, str] = {}
    prefixes: dict[str, str] = {}
    for target, stems, nouns, prefs in (_fields(line, 4) for line in _lines("adjectives.txt")):
        entity_id = by_name[target]
        for stem in _list(stems):
            adjectives[stem.casefold()] = entity_id
        for noun in _list(nouns):
            for form in _inflect_demonym(noun):
                demonyms[form.casefold()] = entity_id
        for pref in _list(prefs):
            prefixes[pref.rstrip("-").casefold()] = entity_id
    given_names = frozenset(w for line in _lines("given_names.txt") for w in line.split())

    def freeze(table: dict[str, dict[str, str]]) -> Mapping[str, Mapping[str, str]]:
        return MappingProxyType({k: MappingProxyType(v) for k, v in table.items()})

    return Gazetteer(
        info=MappingProxyType(info), by_name=MappingProxyType(by_name),
        exact=freeze(tables["exact"]), casefold=freeze(tables["casefold"]),
        ascii=freeze(tables["ascii"]), fold=freeze(tables["fold"]),
        blocks=MappingProxyType({k: tuple(sorted(v)) for k, v in blocks.items()}),
        roles=roles, role_words=MappingProxyType(role_words),
        adjectives=MappingProxyType(adjectives), demonyms=MappingProxyType(demonyms),
        prefixes=MappingProxyType(prefixes), given_names=given_names,
        aliases=MappingProxyType({k: tuple(v) for k, v in aliases_of.items()}),
        near=MappingProxyType({k: tuple(sorted(v)) for k, v in near.items()}),
        surname_keys=frozenset(surname_keys),
    )
