"""Cached loaders for the versioned trigger lexicon and metonym table in ``flows/events/data``."""
from __future__ import annotations

import csv
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from flows.names import capitals

DATA_DIR = Path(__file__).with_name("data")


@dataclass(frozen=True, slots=True)
class TriggerRule:
    """One lexicon row: a token (or phrase) pattern, the event type it signals and its context."""

    event_type: str
    word: re.Pattern[str]
    particle: re.Pattern[str] | None
    requires: re.Pattern[str] | None
    excludes: re.Pattern[str] | None
    is_phrase: bool
    #: literal strings one of which every match of a phrase contains (empty: none known); a sentence holding none of
    #: them is not scanned
    keys: tuple[str, ...] = ()
    #: the row's pattern without the open modifier (``\\w+``, ``\\w*``) that lets it match a compound's head
    #: ("\\w+treffens?" -> "treffens?"); None for a row without one
    head: re.Pattern[str] | None = None

#: the shortest literal worth a substring test before a phrase pattern's scan
MIN_KEY_LENGTH = 4
REGEX_SPECIALS = frozenset(".^$*+?{}[]()|\\")
OPTIONAL_AFTER = frozenset("?*{")


def _regex_positions(pattern: str) -> Iterator[tuple[int, str, bool]]:
    """Each position of ``pattern``: its index, its character and whether it stands outside groups, character
    classes and counts (an escape such as ``\\b`` is one position, its backslash; the digits of ``{10,30}`` are no
    literal)."""
    depth, in_class, in_count, i = 0, False, False, 0
    while i < len(pattern):
        char = pattern[i]
        yield i, char, depth == 0 and not in_class and not in_count
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif in_count:
            in_count = char != "}"
        elif char == "[":
            in_class = True
        elif char == "{":
            in_count = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        i += 1


def _top_level_alternatives(pattern: str) -> list[str]:
    """``pattern`` split at its ``|`` outside groups and character classes."""
    cuts = [i for i, char, outside in _regex_positions(pattern) if char == "|" and outside]
    return [pattern[a + 1:b] for a, b in zip([-1, *cuts], [*cuts, len(pattern)])]


def _required_literal(alternative: str) -> str:
    """The longest run of plain characters outside groups and classes that every match of ``alternative`` holds."""
    best, run = "", ""
    for i, char, outside in _regex_positions(alternative):
        optional = i + 1 < len(alternative) and alternative[i + 1] in OPTIONAL_AFTER  # "e?", "x{0,2}"
        if outside and char not in REGEX_SPECIALS and not optional:
            run += char
        else:
            best, run = max(best, run, key=len), ""
    return max(best, run, key=len)


def phrase_keys(pattern: str) -> tuple[str, ...]:
    """Literals one of which any match of a case-sensitive phrase ``pattern`` contains, or () when some
    alternative has none of ``MIN_KEY_LENGTH`` characters ("legt … Protest ein" -> "Protest ein", "Protest ")."""
    if "(?i" in pattern:
        return ()
    keys = tuple(_required_literal(alternative) for alternative in _top_level_alternatives(pattern))
    return keys if all(len(key) >= MIN_KEY_LENGTH for key in keys) else ()


#: an open modifier at the start of an alternative: the row names a compound's head ("\\w+gipfel", "\\w*[Gg]espräch")
OPEN_MODIFIER_RE = re.compile(r"^\\w[*+]")
#: verb particles and prefixes that, before a head, make another word rather than a compound: "Eintreffen",
#: "Aufeinandertreffen", "ins Hintertreffen", "Auswahl", "Auslieferung" are no meeting, vote or delivery (session 14:
#: 0 right of 23 on 10kGNAD and the sets); "Nachwahl", "Vorwahl", "Gegenzölle", "Rückabschiebung", "Wiederwahl" are
#: compounds and keep their row
PARTICLE_MODIFIERS = frozenset({"an", "auf", "aufeinander", "aus", "be", "ein", "emp", "ent",
                                "er", "ge", "hinter", "miss", "über", "unter", "ver", "zer", "zu"})


def _is_one_group(alternative: str) -> bool:
    """Whether ``alternative`` is a single non-capturing group ("(?:a|b)"), with nothing after it."""
    if not alternative.startswith("(?:") or not alternative.endswith(")"):
        return False
    depth = 0
    for i, char, _ in _regex_positions(alternative):
        depth += char == "("
        depth -= char == ")"
        if depth == 0:
            return i == len(alternative) - 1
    return False


def _head_alternatives(pattern: str) -> list[str]:
    """The alternatives of ``pattern`` (nested groups opened) with their open modifier removed."""
    heads = []
    for alternative in _top_level_alternatives(pattern):
        if _is_one_group(alternative) and "|" in alternative:
            heads.extend(_head_alternatives(alternative[3:-1]))
        else:
            heads.append(OPEN_MODIFIER_RE.sub("", alternative))
    return heads


def compound_head(pattern: str) -> re.Pattern[str] | None:
    """A single-token ``pattern`` without its open modifiers, or None when it has none.

    >>> compound_head(r"Treffen|\\w+treffens?").pattern, compound_head("Streik")
    ('Treffen|treffens?', None)
    """
    heads = _head_alternatives(pattern)
    return re.compile("|".join(heads)) if heads != _top_level_alternatives(pattern) else None


def at_seam(rule: TriggerRule, token: str) -> bool:
    """Whether ``token`` holds the row's word at its start or after a compound's seam: the open modifier of a
    row stands for a noun or adjective before the head, so the token is capitalised and the modifier is a word of two
    letters or more that is no verb particle ("Verteidigungsministertreffen", "Teilwaffenruhe", "Neuwahlen"; not
    "übertreffen", "betreffen", "Eintreffen", "Auswahl", the name "Zwahlen").

    >>> rule = TriggerRule("CONSULT", re.compile(r"(?:\\w+treffens?)"), None, None, None, False,
    ...                    head=compound_head(r"\\w+treffens?"))
    >>> [at_seam(rule, t) for t in ("Ministertreffen", "übertreffen", "Eintreffen")]
    [True, False, False]
    """
    if rule.head is None:
        return True
    modifier = next(token[:k] for k in range(len(token) + 1) if rule.head.fullmatch(token, k))
    return not modifier or (modifier[0].isupper() and len(modifier) >= 2 and modifier.lower() not in PARTICLE_MODIFIERS)


def _swiss(pattern: str) -> str:
    """Let every ``ß`` of a pattern match ``ss`` too: Swiss German writes ``schliesst``, ``begrüsste``."""
    return pattern.replace("ß", "(?:ß|ss)")


def _rows(name: str) -> list[dict[str, str]]:
    with (DATA_DIR / name).open(encoding="utf-8") as handle:
        return list(csv.DictReader(line for line in handle if not line.startswith("#")))


@lru_cache(maxsize=1)
def trigger_rules() -> tuple[TriggerRule, ...]:
    """All rows of ``triggers.csv`` in file order, each ``ß`` also matching Swiss ``ss``."""
    rules = []
    for row in _rows("triggers.csv"):
        word = _swiss(row["word"])
        rules.append(TriggerRule(
            event_type=row["type"],
            word=re.compile(word if " " in word else rf"(?:{word})"),
            particle=re.compile(rf"\b{_swiss(row['particle'])}\b") if row["particle"] else None,
            requires=re.compile(_swiss(row["requires"]), re.I) if row["requires"] else None,
            excludes=re.compile(_swiss(row["excludes"]), re.I) if row["excludes"] else None,
            is_phrase=" " in word,
            keys=phrase_keys(word) if " " in word else (),
            head=None if " " in word else compound_head(word),
        ))
    return tuple(rules)


@lru_cache(maxsize=1)
def phrase_rules() -> tuple[TriggerRule, ...]:
    """The rows whose pattern spans several words, matched in the sentence text."""
    return tuple(rule for rule in trigger_rules() if rule.is_phrase)


@lru_cache(maxsize=1)
def _phrase_key_index() -> tuple[tuple[tuple[str, tuple[int, ...]], ...], tuple[int, ...]]:
    """Each key of the phrase rows with the rows (by position in ``phrase_rules``) that hold it; the rows without
    keys. A substring test per key (33 keys) is cheaper than one scan for all keys at every position of the text."""
    rules = phrase_rules()
    keys = sorted({key for rule in rules for key in rule.keys})
    return (tuple((key, tuple(i for i, rule in enumerate(rules) if key in rule.keys)) for key in keys),
            tuple(i for i, rule in enumerate(rules) if not rule.keys))


def phrase_candidates(text: str) -> tuple[TriggerRule, ...]:
    """The phrase rows worth a scan of ``text`` in lexicon order: those with a key in ``text`` and those without keys.

    >>> [r.event_type for r in phrase_candidates("Die Gewerkschaft legte Protest ein.")], phrase_candidates("Er kam.")
    (['ACCUSE'], ())
    """
    rows_of, keyless = _phrase_key_index()
    found = {i for key, rows in rows_of if key in text for i in rows}
    rules = phrase_rules()
    return tuple(rules[i] for i in sorted(found.union(keyless)))


@lru_cache(maxsize=1)
def token_prefilter() -> re.Pattern[str]:
    """One alternation of every single-token pattern: most tokens fail it in one call."""
    words = [rule.word.pattern for rule in trigger_rules() if not rule.is_phrase]
    return re.compile("|".join(words))


@lru_cache(maxsize=65536)
def rules_for_token(token: str) -> tuple[TriggerRule, ...]:
    """The single-token rules whose pattern matches ``token`` exactly, in lexicon order, a compound's head only at
    its seam (``at_seam``)."""
    if not token_prefilter().fullmatch(token):
        return ()
    return tuple(r for r in trigger_rules() if not r.is_phrase and r.word.fullmatch(token) and at_seam(r, token))


def capital_countries() -> Mapping[str, str]:
    """Capital or seat of government -> country name, for governments referred to by their seat: the names
    stage's one list (``flows/names/data/capitals.csv``)."""
    return capitals()


@lru_cache(maxsize=1)
def government_countries() -> dict[str, str]:
    """Government body name -> country name ("Bundesregierung" -> "Deutschland")."""
    return {row["body"]: row["country"] for row in _rows("governments.csv")}
