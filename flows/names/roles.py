"""Role references: parse ``der ukrainische Präsident`` / ``der CDU-Chef`` and find the office-holder.

A role phrase is (determiner) (modifier) (nationality adjective) role noun, where the noun may carry
a compound prefix naming a country or organisation (``US-Präsident``, ``Grünen-Chef``). The holder
is looked up in the dated role table for the publication date; ``bisherige``/``frühere`` ask for the
previous holder.

>>> from datetime import date
>>> [e.name for e in holders(parse_role("der Kanzler"), date(2024, 2, 9))]
['Olaf Scholz', 'Karl Nehammer']
>>> default_holder(parse_role("der Kanzler"), date(2025, 6, 1)).name
'Friedrich Merz'
>>> [e.name for e in holders(parse_role("der ukrainische Außenminister"), date(2025, 1, 2))]
['Andrij Sybiha']
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from flows.names.gazetteer import Gazetteer, load
from flows.names.keys import ascii_fold, clean
from flows.records import Entity

#: Determiners (incl. possessives) that open a role reference.
DETERMINERS = frozenset(
    "der die das dem den des ein eine einem einen eines sein seine seinem seinen seines seiner "
    "ihr ihre ihrem ihren ihres ihrer dessen deren unser unsere mein meine".split()
)
#: Determiners that mark a masculine noun when the noun has no feminine ending.
MASCULINE_DETERMINERS = frozenset({"der", "dem", "den", "des", "sein", "seinem", "seinen", "seines", "ein", "einem", "einen", "eines"})
#: Modifiers asking for the previous holder / the current (new) holder.
PREVIOUS = re.compile(r"^(?:bisherig|früher|ehemalig|vormalig|scheidend|damalig|abgesetzt|entlassen|ex)", re.I)
CURRENT = re.compile(r"^(?:neu|amtierend|jetzig|derzeitig|aktuell|designiert|künftig|frisch)", re.I)
#: Inflection endings of adjectives.
ADJ_ENDING = re.compile(r"(?:e|en|er|es|em)$")
#: Feminine and inflection endings of role nouns: Präsidentin, Präsidenten, Kanzlers, Vorsitzende(r|n).
NOUN_ENDINGS = ("innen", "in", "en", "n", "s", "es", "e", "r", "er")
#: Nouns naming any minister ("der Minister") match every role key ending in "minister".
GENERIC_MINISTER = "minister"
#: Role-like person nouns with a party prefix: ``CDU-Politiker`` = a member of the CDU.
MEMBER_NOUNS = frozenset({"politiker", "mann", "frau", "abgeordneter", "abgeordnete", "mitglied"})


@dataclass(frozen=True, slots=True)
class RolePhrase:
    """A parsed role reference. ``keys`` empty with ``member_of`` set means a party member noun."""

    keys: tuple[str, ...]
    place: str | None  # entity_id restricting the office (country, state, organisation)
    tense: str  # "current" or "previous"
    gender: str | None  # "m"/"f" from the noun form, when it tells
    member_of: str | None = None


#: ``Bundes`` before a role word without an implied place makes it the German federal office.
FEDERAL_PREFIX = "bundes"
FEDERAL_COUNTRY = "Deutschland"


def role_noun(word: str, g: Gazetteer | None = None) -> tuple[tuple[str, ...], str | None, str | None] | None:
    """Role keys, implied place and gender of a (possibly inflected) role noun, or None.

    >>> role_noun("Kommissionspräsidentin")
    (('kommissionspräsident',), 'org:europaeische-union', 'f')
    """
    g = g or load()
    low = word.casefold()
    candidates = [(low, None)]
    for ending in NOUN_ENDINGS:
        if low.endswith(ending) and len(low) > len(ending) + 3:
            gender = "f" if ending in ("in", "innen") else None
            candidates.append((low[: -len(ending)], gender))
            if ending in ("e", "en", "n"):  # Vorsitzende -> vorsitzender
                candidates.append((low[: -len(ending)] + "er", gender))
    for stem, gender in candidates:
        if stem in g.role_words:
            keys, place = g.role_words[stem]
            return keys, place, gender
        if stem == GENERIC_MINISTER:
            keys = tuple(sorted({r.key for r in g.roles if r.key.endswith(GENERIC_MINISTER)}))
            return keys, None, gender
    for stem, gender in candidates:  # Bundeslandwirtschaftsminister: the federal office of a listed role word
        base = stem[len(FEDERAL_PREFIX):]
        if stem.startswith(FEDERAL_PREFIX) and base in g.role_words and g.role_words[base][1] is None:
            return g.role_words[base][0], g.by_name.get(FEDERAL_COUNTRY), gender
    return None


def place_for_prefix(prefix: str, g: Gazetteer | None = None) -> str | None:
    """Entity of a compound prefix: ``US`` -> USA, ``CDU`` -> CDU, ``Grünen`` -> the Greens."""
    g = g or load()
    low = prefix.casefold()
    if low in g.prefixes:
        return g.prefixes[low]
    for table, key in ((g.exact, clean(prefix)), (g.casefold, low), (g.ascii, " ".join(ascii_fold(prefix).replace("-", " ").split()))):
        hits = {e: k for e, k in table.get(key, {}).items() if k not in ("weak", "quoted", "surname")}
        if len(hits) == 1:
            return next(iter(hits))
    return None


def country_of_adjective(word: str, g: Gazetteer | None = None) -> str | None:
    """entity_id for a nationality adjective in any inflection, or a compound prefix (``US-``)."""
    g = g or load()
    w = clean(word).rstrip("-")
    low = w.casefold()
    if w != word.strip() or word.strip().endswith("-"):
        return g.prefixes.get(low) or place_for_prefix(w, g)
    for stem in (low, ADJ_ENDING.sub("", low)):
        if stem in g.adjectives:
            return g.adjectives[stem]
    if "-" in low:  # us-amerikanischen, deutsch-französisch: the last part carries the nation
        return country_of_adjective(low.rsplit("-", 1)[1], g)
    return g.prefixes.get(low)


def parse_role(phrase: str, g: Gazetteer | None = None) -> RolePhrase | None:
    """Parse a role phrase; None when the last word is not a role noun.

    >>> parse_role("der bisherige ukrainische Außenminister").tense
    'previous'
    """
    g = g or load()
    tokens = clean(phrase).split()
    if not tokens:
        return None
    head = tokens[-1]
    prefix_place = None
    gender = None
    noun = head
    if "-" in head.strip("-") and role_noun(head.replace("-", ""), g) is not None:
        noun = head.replace("-", "")  # Pentagon-Chef, Kreml-Chef: a listed compound role word with a hyphen
    elif "-" in head.strip("-"):
        prefix, noun = head.rsplit("-", 1)
        if prefix.casefold() in ("ex",):
            tokens = tokens[:-1] + ["ex", noun]
        else:
            prefix_place = place_for_prefix(prefix, g)
            if prefix_place is None:
                return None
    parsed = role_noun(noun, g)
    member_of = None
    if parsed is None:
        stem = ADJ_ENDING.sub("", noun.casefold()) if not noun.casefold().endswith("in") else noun.casefold()[:-2]
        if prefix_place and (noun.casefold() in MEMBER_NOUNS or stem in MEMBER_NOUNS or stem + "er" in MEMBER_NOUNS):
            gender = "f" if noun.casefold().endswith(("in", "frau")) else None
            return RolePhrase((), None, "current", gender, member_of=prefix_place)
        return None
    keys, place, gender = parsed
    tense = "current"
    if gender is None and tokens[0].casefold() in MASCULINE_DETERMINERS:
        gender = "m"
    for tok in tokens[:-1]:
        low = tok.casefold()
        if low in DETERMINERS:
            continue
        if PREVIOUS.match(low):
            tense = "previous"
        elif CURRENT.match(low):
            tense = "current"
        else:
            country = country_of_adjective(tok, g)
            if country:
                place = country
    return RolePhrase(keys, prefix_place or place, tense, gender)


def holders(role: RolePhrase | None, on: date | None, g: Gazetteer | None = None) -> list[Entity]:
    """Office-holders matching a parsed role on a date (previous holders for ``previous``)."""
    g = g or load()
    if role is None or on is None or not role.keys:
        return []
    matching = [r for r in g.roles if r.key in role.keys and (role.place is None or r.place == role.place)]
    if role.gender:  # die Ex-Kanzlerin: the last woman in the office, not the last holder
        matching = [r for r in matching if g.info[r.entity_id].gender in (None, role.gender)]
    if role.tense == "previous":
        ended = [r for r in matching if r.end is not None and r.end <= on + timedelta(days=1)]
        latest: dict[str, date] = {}
        for r in ended:
            latest[r.place] = max(latest.get(r.place, r.end), r.end)
        chosen = [r for r in ended if r.end == latest[r.place]]
    else:
        chosen = [r for r in matching if r.held_on(on)]
    seen = dict.fromkeys(r.entity_id for r in chosen)
    result = [g.entity(e) for e in seen]
    if role.gender:
        result = [e for e in result if g.info[e.entity_id].gender in (None, role.gender)]
    return result


def default_holder(role: RolePhrase, on: date | None, g: Gazetteer | None = None) -> Entity | None:
    """The holder when the text gives no other clue: the only holder, else the German one."""
    g = g or load()
    found = holders(role, on, g)
    if len(found) == 1:
        return found[0]
    germany = g.by_name["Deutschland"]
    german = [e for e in found if any(r.entity_id == e.entity_id and r.place == germany for r in g.roles)]
    if role.place is None and len(german) == 1:
        return german[0]
    return None


def age_on(born: date | None, on: date | None) -> int | None:
    if born is None or on is None:
        return None
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))

