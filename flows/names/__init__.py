"""Name normalization: a reference gazetteer of German political news, a resolver and mention finder.

Public API::

    resolve(name, on=None, type_hint=None) -> Resolution   # one string -> entity or abstain
    find_mentions(doc) -> Iterator[Mention]                  # PER/ORG/LOC mentions of an article
    country_for_adjective(word) -> Entity | None              # "russische" -> Russland
    country_for_capital(name) -> Entity | None                # "Paris" -> Frankreich (a capital for its state)
    capitals() -> Mapping[str, str]                           # capital or seat of government -> its state's name
    reference_entities() -> list[Entity]
    discovered_entities(mentions) -> list[Entity]             # names not in the gazetteer
    merge_discovered(mentions) -> dict[str, str]              # discovered id -> id it merges into
    speaker_pronoun_mentions(doc, mentions, quotes) -> Iterator[Mention]  # er/sie quote speakers (after quotes)

>>> resolve("Selenskij").name
'Wolodymyr Selenskyj'
>>> country_for_adjective("russischen").name
'Russland'
"""
from __future__ import annotations

from flows.names.discover import discovered_entities, merge_discovered
from flows.names.gazetteer import capitals, load
from flows.names.mentions import find_mentions
from flows.names.pronouns import speaker_pronoun_mentions
from flows.names.resolver import Resolution, resolve
from flows.names.roles import country_of_adjective
from flows.records import Entity

__all__ = ["Resolution", "capitals", "country_for_adjective", "country_for_capital", "discovered_entities",
           "find_mentions", "merge_discovered", "reference_entities", "resolve", "speaker_pronoun_mentions"]


def country_for_adjective(word: str) -> Entity | None:
    """The country or organisation of a nationality adjective in any inflection, or a prefix, or the country of
    a capitalised demonym noun (``Afghaninnen und Afghanen … abgeschoben``: tune8's participant Afghanistan).

    >>> [country_for_adjective(w).name for w in ("ukrainischen", "amerikanischer", "US-", "EU-")]
    ['Ukraine', 'USA', 'USA', 'Europäische Union']
    >>> [country_for_adjective(w).name for w in ("Afghanen", "Afghaninnen", "Ukrainer", "Syrern")]
    ['Afghanistan', 'Afghanistan', 'Ukraine', 'Syrien']
    >>> country_for_adjective("schnelle") is None
    True
    """
    g = load()
    entity_id = country_of_adjective(word, g) or (g.demonyms.get(word.casefold()) if word[:1].isupper() else None)
    return g.entity(entity_id) if entity_id else None


def country_for_capital(name: str) -> Entity | None:
    """The state (union, authority) a capital or seat of government (canonical place name, ``data/capitals.csv``)
    stands for as the subject of speech acts (``Paris wies … zurück``: the quote sets' speaker Frankreich; the name
    itself stays the city).

    >>> [country_for_capital(c).name for c in ("Paris", "Peking", "Bern", "Port Sudan")]
    ['Frankreich', 'China', 'Schweiz', 'Sudan']
    >>> country_for_capital("München") is None
    True
    """
    g = load()
    entity_id = g.by_name.get(capitals().get(name, ""))
    return g.entity(entity_id) if entity_id else None


def reference_entities() -> list[Entity]:
    """All gazetteer entities, sorted by id."""
    info = load().info
    return [info[k].entity for k in sorted(info)]
