"""Resolve one name string to a reference entity, or abstain.

Order: role phrases (dated role table) -> key lookups (exact, case-folded, ASCII-folded, German/Slavic
fold), each also after removing a genitive ending -> person structure (surname key plus a gate on the
given names) -> compounds (``Selenskyj-Regierung``) -> fuzzy scoring of blocked candidates. Gates
against false merges: given names only count within the same surname, feminine and patronymic forms,
place qualifiers (``Oblast``, ``AKW``), short surnames exact only, type compatibility. When two
entities remain, or the best fuzzy score is below the threshold, it abstains (``entity_id=None``).

>>> resolve("Selenskijs").name
'Wolodymyr Selenskyj'
>>> resolve("Wladimir Selenskij").name
'Wolodymyr Selenskyj'
>>> resolve("Klitschko").entity_id is None   # two brothers: abstain
True
>>> from datetime import date
>>> resolve("der Kanzler", on=date(2025, 6, 1)).name
'Friedrich Merz'
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from rapidfuzz import fuzz
from rapidfuzz.distance import OSA

from flows.names.gazetteer import Gazetteer, deletions, load, split_person_name, word_lists
from flows.names.keys import block_key, clean, fold_key, fold_word, words
from flows.names.roles import DETERMINERS, default_holder, parse_role, role_noun

#: Confidence of each way of linking.
SCORES = {"canonical": 1.0, "alias": 0.97, "variant": 0.95, "surname": 0.9}
TABLE_PENALTY = {"exact": 0.0, "casefold": 0.02, "ascii": 0.04, "fold": 0.08}
#: Fuzzy acceptance: minimum surname similarity (0-100), minimum margin to the next entity, and the
#: shortest folded surname that may be matched fuzzily at all (shorter ones: exact keys only).
FUZZY_MIN = 86.0
FUZZY_MARGIN = 4.0
FUZZY_MIN_LEN = 6
GIVEN_MIN = 80.0
#: One-letter typos (insert, delete, swap of the ASCII-folded letters; not the first letter) are
#: accepted when name and query have at least TYPO_MIN_LEN letters, a replaced letter from
#: TYPO_REPLACE_MIN_LEN (Stürmer is not Starmer) or, in organisation names, TYPO_REPLACE_MIN_LEN_ORG,
#: scored like a fuzzy similarity of TYPO_SCORE; on the German/Slavic fold key (a transliteration
#: plus a typo; persons and places only) from TYPO_FOLD_MIN_LEN folded letters.
TYPO_MIN_LEN = 7
TYPO_REPLACE_MIN_LEN = 8
TYPO_REPLACE_MIN_LEN_ORG = 10
TYPO_FOLD_MIN_LEN = 7
TYPO_SCORE = 90.0
#: A query that is a name's stem plus a German word ending, where the name has a name ending, is an
#: ordinary word (a demonym or adjective): Spanier/Spanien, Norweger/Norwegen, Slowaken/Slowakei.
WORD_ENDINGS = ("iern", "ier", "ern", "er", "en", "e", "n", "in", "isch", "ische", "ischen", "innen")
NAME_ENDINGS = ("ien", "en", "ei", "e", "a", "ia", "n", "")
WORDS = word_lists()
#: Words that make a place name a different entity (``Oblast Saporischschja``, ``AKW Saporischschja``).
QUALIFIERS = WORDS["qualifiers"]
#: Heads of compounds whose first part is the name (``Selenskyj-Regierung`` -> Selenskyj).
COMPOUND_HEADS = WORDS["compound_heads"]
#: Titles written before a name.
TITLES = WORDS["titles"]
#: Endings of patronymics (``Wladimirowitsch``, ``Vladimirovich``, ``Wladimirowna``) after folding.
PATRONYMIC = re.compile(r"(?:ovic|evic|ovig|evig|ovna|evna|icna)$")
#: Endings that make a surname feminine (``Putina``, ``Nawalnaja``, ``Sacharowa``) after folding.
FEMININE = re.compile(r"(?:a|aia|aa|ova|eva|ina|ska|ka)$")
#: Genitive and plural endings removed from a name before a second lookup.
GENITIVE = re.compile(r"(?:'s|'|(?<=\w)s)$")


@dataclass(frozen=True, slots=True)
class Resolution:
    """The outcome of :func:`resolve`; ``entity_id is None`` means the resolver abstained."""

    query: str
    entity_id: str | None
    name: str | None
    type: str | None
    method: str
    score: float


def _abstain(query: str, method: str = "abstain", score: float = 0.0) -> Resolution:
    return Resolution(query, None, None, None, method, score)


def _found(g: Gazetteer, query: str, entity_id: str, method: str, score: float) -> Resolution:
    e = g.entity(entity_id)
    return Resolution(query, entity_id, e.name, e.type, method, round(score, 3))


def _type_ok(g: Gazetteer, entity_id: str, type_hint: str | None) -> bool:
    return type_hint is None or g.info[entity_id].entity.type == type_hint.upper()


def _inflection_forms(q: str) -> list[str]:
    """The query, then without a genitive ending, then with nominative adjective endings."""
    forms = [q]
    stripped = GENITIVE.sub("", q)
    if stripped != q and (len(stripped) >= 3 or stripped.isupper()):
        forms.append(stripped)
    if " " in q:  # Europäischen Rates, Vereinigten Arabischen Emiraten
        forms += [q[: -len(e)] for e in ("es", "en", "n") if q.endswith(e) and len(q.rsplit(" ", 1)[1]) > len(e) + 2]
    for base in list(forms):
        tokens = base.split()
        if len(tokens) > 1:
            for ending in ("e", "er", "es"):
                adj = [re.sub(r"(?<=[a-zäöüß])(?:en|er|es|em)$", ending, t) if t[:1].isupper() else t for t in tokens[:-1]]
                forms.append(" ".join(adj + tokens[-1:]))
    return list(dict.fromkeys(forms))


def lookup(g: Gazetteer, form: str, type_hint: str | None, with_weak: bool = False) -> tuple[list[str], str, str] | None:
    """Entities whose alias shares a key with ``form``: (entity_ids, table, kind) of the first table hit."""
    keys = (("exact", g.exact, form), ("casefold", g.casefold, form.casefold()),
            ("ascii", g.ascii, " ".join(words(form))), ("fold", g.fold, fold_key(form)))
    for table_name, table, key in keys:
        if table_name == "fold" and len(" ".join(words(form)).replace(" ", "")) < 5:
            continue
        slot = table.get(key)
        if not slot:
            continue
        hits = {e: k for e, k in slot.items() if _type_ok(g, e, type_hint) and (with_weak or k not in ("weak", "quoted"))}
        if not hits:
            continue
        best = min(hits.values(), key=("canonical", "alias", "variant", "surname", "weak", "quoted").index)
        strongest = sorted(e for e, k in hits.items() if k == best)
        return strongest, table_name, best
    return None


def _given_ok(g: Gazetteer, entity_id: str, given: list[str]) -> bool:
    """Gate: every given-name word of the query fits the entity's given names (or is an initial)."""
    known = g.info[entity_id].given
    if not known:
        return True
    for word in given:
        if len(word) == 1:
            if not any(k.startswith(word) for k in known):
                return False
        elif word not in known and max(fuzz.ratio(word, k) for k in known) < GIVEN_MIN:
            return False
    return True


def _person_parts(q: str) -> tuple[list[str], str] | None:
    tokens = q.split()
    if len(tokens) < 2 or not all(t[:1].isupper() or t.casefold() in ("von", "van", "der", "de", "al", "bin") for t in tokens):
        return None
    given, surname = split_person_name(q)
    given_keys = [fold_word(w) for g_ in given for w in words(g_)]
    given_keys = [w for w in given_keys if not PATRONYMIC.search(w)]
    return given_keys, surname


def _by_structure(g: Gazetteer, q: str, type_hint: str | None) -> Resolution | None:
    """``Given Surname`` not listed as a whole: find the surname, then gate on the given names."""
    parts = _person_parts(q)
    if parts is None or type_hint not in (None, "PER"):
        return None
    given, surname = parts
    for form in _inflection_forms(surname):
        hit = lookup(g, form, "PER")
        if hit is None:
            continue
        ids, table, _kind = hit
        passing = [e for e in ids if _given_ok(g, e, given)]
        if len(passing) == 1:
            return _found(g, q, passing[0], "fold" if table == "fold" else "alias", 0.85 - TABLE_PENALTY[table])
        if len(ids) == 1 and not passing:
            return _abstain(q, "gate:given-name")
        return _abstain(q, "ambiguous") if passing else None
    return _fuzzy(g, q, surname, given, "PER")


def _word_like(query: str, name: str) -> bool:
    """``query`` is ``name``'s stem with a German word ending (see WORD_ENDINGS)."""
    return any(query[: -len(w)] == name[: len(name) - len(n)] for w in WORD_ENDINGS if query.endswith(w)
               for n in NAME_ENDINGS if name.endswith(n) and n != w)


def _typo_of(target: str, plain: str, key: str, key_plain: str, organisation: bool) -> bool:
    """Is the query (fold key ``target``, ASCII key ``plain``) a one-letter typo of a name? For an
    organisation only the written name counts, and a replaced letter only in long names: the fold
    key and short replacements turn words and invented names into real ones (Sammlung/Samsung,
    Brenntal/Brenntag, Wikimedia/Wikipedia)."""
    size, letters = len(key_plain.replace(" ", "")), len(plain.replace(" ", ""))
    if min(size, letters) < TYPO_MIN_LEN or plain[:1] != key_plain[:1]:
        return False
    if OSA.distance(plain, key_plain, score_cutoff=1) <= 1:
        replaced = len(plain) == len(key_plain) and sum(a != b for a, b in zip(plain, key_plain)) == 1
        return not replaced or size >= (TYPO_REPLACE_MIN_LEN_ORG if organisation else TYPO_REPLACE_MIN_LEN)
    return not organisation and len(key.replace(" ", "")) >= TYPO_FOLD_MIN_LEN and OSA.distance(target, key, score_cutoff=1) <= 1


def _fuzzy(g: Gazetteer, q: str, last: str, given: list[str], type_hint: str | None) -> Resolution | None:
    """Fuzzy match of a surname (or a place/organisation name): candidates from the phonetic block
    (scored by similarity) and from the one-edit index (one-letter typos of names of 7+ letters)."""
    target = fold_key(last)
    plain = " ".join(words(last))
    letters = len(plain.replace(" ", ""))
    if letters < TYPO_MIN_LEN - 1 and len(target.replace(" ", "")) < FUZZY_MIN_LEN or target in g.surname_keys:
        return None  # too short, or exactly some person's surname that the lookups did not accept
    cands: set[tuple[str, str, str, bool]] = set()  # (entity_id, fold key, ASCII key, within one edit)
    if " " not in target and len(target) >= FUZZY_MIN_LEN:
        # similarity is for transliterations of persons and places; organisation names are German
        # compounds (Bundesamt is not Bundesrat) and match by one-letter typos only
        cands.update((e, k, p, False) for e, k, p in g.blocks.get(block_key(target), ()) if g.info[e].entity.type != "ORG")
    if letters >= TYPO_MIN_LEN:
        for d in deletions(target) | deletions(plain):
            for entity_id, key, key_plain in g.near.get(d, ()):
                if _typo_of(target, plain, key, key_plain, g.info[entity_id].entity.type == "ORG"):
                    cands.add((entity_id, key, key_plain, True))
    best: dict[str, float] = {}
    for entity_id, cand, cand_plain, typo in cands:
        if not _type_ok(g, entity_id, type_hint) or (" " in target and g.info[entity_id].entity.type == "PER"):
            continue
        score = max(TYPO_SCORE, fuzz.ratio(target, cand)) if typo else fuzz.ratio(target, cand)
        if score < FUZZY_MIN:
            continue
        a, b = (plain, cand_plain) if typo else (target, cand)
        if a.startswith(b) or b.startswith(a) or _word_like(plain, cand_plain):
            continue  # an added or changed ending makes another word or a feminine form: Trumpf, Putina, Spanier
        if FEMININE.search(target) and not FEMININE.search(cand) and target.startswith(cand[:-1]):
            continue  # Sacharowa is not Sacharow
        if g.info[entity_id].entity.type == "PER" and given and not _given_ok(g, entity_id, given):
            continue
        best[entity_id] = max(best.get(entity_id, 0.0), score)
    if not best:
        return None
    ranked = sorted(best.items(), key=lambda kv: -kv[1])
    if len(ranked) > 1 and ranked[0][1] - ranked[1][1] < FUZZY_MARGIN:
        return _abstain(q, "ambiguous", ranked[0][1] / 100)
    if g.info[ranked[0][0]].common_surname and not given:
        return _abstain(q, "gate:common-surname")
    return _found(g, q, ranked[0][0], "fuzzy", 0.8 * ranked[0][1] / 100)


def _role(g: Gazetteer, q: str, on: date | None) -> Resolution | None:
    tokens = q.split()
    first = tokens[0].casefold()
    if first not in DETERMINERS and not (len(tokens) == 1 and role_noun(tokens[0].rsplit("-", 1)[-1], g)):
        return None
    phrase = parse_role(q, g)
    if phrase is None:
        return None
    holder = default_holder(phrase, on, g)
    if holder is None:
        return _abstain(q, "role")
    return _found(g, q, holder.entity_id, "role", 0.85)


def _has_qualifier(q: str) -> bool:
    return any(part.casefold() in QUALIFIERS for tok in q.split() for part in tok.split("-"))


# Keyed by date as well, so few calls repeat outside their article: over 8,663 bench articles (35,272
# calls) 65,536 entries hit 17.2 %, 4,096 hit 14.9 %. A larger cache only grew each worker for the
# first ~20k articles it saw (~0.45 KB an entry, +30 MB), which made memory look corpus-dependent.
@lru_cache(maxsize=4_096)
def _resolve(name: str, on: date | None, type_hint: str | None) -> Resolution:
    g = load()
    q = clean(name)
    if not q:
        return _abstain(name)
    role = _role(g, q, on)
    if role is not None:
        return Resolution(name, *[getattr(role, f) for f in ("entity_id", "name", "type", "method", "score")])
    tokens = q.split()
    if len(tokens) > 1 and (tokens[0].rstrip(".") in TITLES or role_noun(tokens[0], g)) and tokens[1][:1].isupper():
        inner = _resolve(" ".join(tokens[1:]), on, type_hint)  # Präsident Selenskyj, Dr. Merz
        if inner.entity_id:
            return Resolution(name, inner.entity_id, inner.name, inner.type, inner.method, inner.score)
    qualified = _has_qualifier(q)
    for i, form in enumerate(_inflection_forms(q)):
        hit = lookup(g, form, type_hint)
        if hit is None:
            continue
        ids, table, kind = hit
        if len(ids) > 1:
            return _abstain(name, "ambiguous")
        method = "exact" if kind == "canonical" and table == "exact" else ("fold" if table == "fold" else "alias")
        score = SCORES[kind] - TABLE_PENALTY[table] - (0.02 if i else 0.0)
        return _found(g, name, ids[0], method, score)
    if qualified:
        return _abstain(name, "gate:qualifier")
    structured = _by_structure(g, q, type_hint)
    if structured is not None:
        return Resolution(name, structured.entity_id, structured.name, structured.type, structured.method, structured.score)
    if "-" in q:
        head, _, tail = q.rpartition("-")
        if tail.casefold() in COMPOUND_HEADS and head:
            inner = _resolve(head, on, type_hint)
            if inner.entity_id:
                return Resolution(name, inner.entity_id, inner.name, inner.type, "compound", round(inner.score * 0.95, 3))
    if len(q.split()) == 1 or type_hint != "PER":
        for form in dict.fromkeys((q, GENITIVE.sub("", q) if len(q) > 7 else q)):
            fuzzy = _fuzzy(g, q, form, [], type_hint)
            if fuzzy is not None:
                return Resolution(name, fuzzy.entity_id, fuzzy.name, fuzzy.type, fuzzy.method, fuzzy.score)
    return _abstain(name)


def resolve(name: str, on: date | None = None, type_hint: str | None = None) -> Resolution:
    """Link ``name`` to a reference entity (roles resolved for the date ``on``), or abstain."""
    return _resolve(name, on, type_hint.upper() if type_hint else None)
