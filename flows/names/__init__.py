"""Name normalization: a reference gazetteer of German political news, a resolver and mention finder.

Public API::

    resolve(name, on=None, type_hint=None) -> Resolution   # one string -> entity or abstain
    find_mentions(doc) -> Iterator[Mention]                  # PER/ORG/LOC mentions of an article
    country_for_adjective(word) -> Entity | None              # "russische" -> Russland
    country_for_capital(name) -> Entity | None                # "Paris" -> Frankreich (a capital for its state)
    capitals() -> Mapping[str, str]                           # capital or seat of government -> its state's name
    country_government(place) -> Government | None           # "Tokio" -> Japan, "Japanische Regierung"
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

from collections.abc import Mapping
from functools import lru_cache
from types import MappingProxyType
from typing import NamedTuple

from flows.names.discover import discovered_entities, merge_discovered
from flows.names.gazetteer import capitals, load
from flows.names.mentions import find_mentions
from flows.names.pronouns import speaker_pronoun_mentions
from flows.names.resolver import Resolution, resolve
from flows.names.roles import country_of_adjective
from flows.records import Entity

__all__ = ["Government", "Resolution", "capitals", "country_for_adjective", "country_for_capital", "country_government",
           "discovered_entities", "find_mentions", "government_country", "merge_discovered", "reference_entities",
           "resolve", "speaker_pronoun_mentions"]


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


class Government(NamedTuple):
    """A country's government as :func:`country_government` gives it."""
    country: str  # the country's canonical name
    country_id: str  # the country's entity
    name: str  # the government's name: the gazetteer's (Bundesregierung), else the country's adjective + Regierung
    entity_id: str | None  # the government's entity where the gazetteer lists it


def government_country(place: str) -> str | None:
    """The country whose government a place stands for when a bare ``die Regierung`` (quotes: a government speaker;
    events: a government party) is placed there: a country stands for itself, a capital (``data/capitals.csv``) for its
    state or, where that state is a union or authority, for the country the gazetteer puts it in (Brüssel, which speaks
    for the European Union, has Belgium's government; Ramallah the Palestinian territories'); other places for none (a
    Land's capital may mean the Land's government). Countries without a nationality adjective count too (Togo).

    >>> [government_country(p) for p in ("Tokio", "Brüssel", "Mali", "Lomé", "Entenhausen", "Mittelmeer")]
    ['Japan', 'Belgien', 'Mali', 'Togo', None, None]
    """
    country = _government_countries().get(place)
    return load().entity(country).name if country else None


@lru_cache(maxsize=1)
def _government_countries() -> Mapping[str, str]:
    """Place name -> the entity id of the country whose government it stands for (:func:`government_country`)."""
    g = load()
    # states: what capitals stand for, and the countries they lie in (Belgium, whose capital speaks for the EU)
    states = {g.by_name.get(state) for state in capitals().values()} | {
        g.info[g.by_name[city]].country for city in capitals() if city in g.by_name}
    countries = {entity_id for entity_id in states if entity_id in g.info and g.info[entity_id].entity.type == "LOC"}
    found = {g.entity(entity_id).name: entity_id for entity_id in countries}
    for city, state_name in capitals().items():
        state = g.by_name.get(state_name)
        country = state if state in countries else g.info[g.by_name[city]].country if city in g.by_name else None
        if country in countries and city not in found:
            found[city] = country
    return MappingProxyType(found)


def country_government(place: str) -> Government | None:
    """The government of the country a place stands for (:func:`government_country`), named by the country's adjective
    (``ein Regierungssprecher in Tokio``: the quote sets' speaker ``Japanische Regierung``); a government the gazetteer
    lists under its own name keeps it and its entity (``Bundesregierung``). None for a place that stands for no
    country and for a country without a nationality adjective.

    >>> [(g.country, g.name) if g else None for g in map(country_government, ("Tokio", "Brüssel", "Mali", "Entenhausen"))]
    [('Japan', 'Japanische Regierung'), ('Belgien', 'Belgische Regierung'), ('Mali', 'Malische Regierung'), None]
    >>> [(g.country, g.name, g.entity_id is not None) for g in map(country_government, ("Berlin", "Wien", "Tokio"))]
    [('Deutschland', 'Bundesregierung', True), ('Österreich', 'Österreichische Bundesregierung', True), \
('Japan', 'Japanische Regierung', False)]
    """
    country = _government_countries().get(place)
    return _governments().get(country) if country else None


@lru_cache(maxsize=1)
def _governments() -> Mapping[str, Government]:
    """Country entity id -> its government for :func:`country_government` (countries with an adjective only)."""
    g = load()
    stems: dict[str, str] = {}
    for stem, entity_id in g.adjectives.items():  # the first stem of a row is the country's adjective
        stems.setdefault(entity_id, stem)
    named = {(g.entity(info.country).name if info.country in g.info else None, info.entity.name): entity_id
             for entity_id, info in g.info.items() if info.entity.type == "ORG"}
    governments = {}
    for entity_id in set(_government_countries().values()):
        if entity_id in stems:
            stem = stems[entity_id]
            country, adjective = g.entity(entity_id).name, f"{stem[:1].upper()}{stem[1:]}e"
            # a government the gazetteer names (Bundesregierung, Österreichische Bundesregierung) by that name
            own = next((n for n in ("Bundesregierung", f"{adjective} Bundesregierung") if (country, n) in named),
                       f"{adjective} Regierung")
            governments[entity_id] = Government(country, entity_id, own, named.get((country, own)))
    return MappingProxyType(governments)


def reference_entities() -> list[Entity]:
    """All gazetteer entities, sorted by id."""
    info = load().info
    return [info[k].entity for k in sorted(info)]
