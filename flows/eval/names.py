"""``newsflow eval names``: score name normalization.

1. Devset (``../shared/data/devset/articles.jsonl``): mentions of ``find_mentions`` matched to gold
   names on the exact span, then canonical name and kind; boilerplate lines are left out. Pronouns
   (er/sie) come from ``speaker_pronoun_mentions`` over the quotes of ``flows.quotes.extract_quotes``
   and are reported separately.
2. Variant list (``flows/eval/data/names_variants.csv``, written by hand): spelling variants,
   inflections, Cyrillic, hard negatives and role phrases with dates. Accuracy (linked to the
   expected entity, or abstained where abstaining is expected), wrong-link rate (linked to another
   entity), false merges among hard negatives, role accuracy. Rows whose query is literally an alias
   of the gazetteer are reported apart from the unseen ones.

``--blind`` scores only the blind data (``names_blind.csv`` and the articles in ``flows/eval/blind/``),
never with errors listed: it is for reporting, not tuning.
"""
from __future__ import annotations

import argparse
import csv
import json
import random
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from flows.cli import describe
from flows.eval.metrics import PRF, boilerplate_spans
from flows.names import find_mentions, resolve, speaker_pronoun_mentions
from flows.names.gazetteer import DATA, load, split_person_name
from flows.names.keys import clean, fold_key, words
from flows.quotes import conventional, extract_quotes
from flows.records import Doc, Mention

REPO = Path(__file__).resolve().parents[2]
DEVSET = REPO.parent / "shared" / "data" / "devset" / "articles.jsonl"
VARIANTS = Path(__file__).resolve().parent / "data" / "names_variants.csv"
BLIND = VARIANTS.with_name("names_blind.csv")
BLIND_ARTICLES = Path(__file__).resolve().parent / "blind"
PRONOUNS = frozenset({"er", "sie"})
# A gold name whose surface starts lower-case or with one of these words is a role reference ("Der Minister"),
# reported apart from PER/LOC/ORG in the recall lines of ``eval names``.
ROLE_FIRST_WORDS = frozenset({"Der", "Die", "Dem", "Den", "Des", "Mein", "Sein", "Seine"})


@dataclass
class ArticleScores:
    """Counts of mentions scored against the gold names of articles (see :func:`score_article`)."""

    span: PRF = field(default_factory=PRF)
    linked: PRF = field(default_factory=PRF)
    linked_np: PRF = field(default_factory=PRF)
    by_kind: Counter[str] = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {"span": self.span, "linked": self.linked, "linked_no_pronouns": self.linked_np, "by_kind": self.by_kind}


def score_article(row: dict, mentions: Sequence[Mention], into: ArticleScores) -> None:
    """Add one article's counts to ``into``: predicted mentions outside its gold boilerplate lines matched to its
    gold names on the exact span, then canonical name and kind; gold pronouns (er/sie) also counted apart."""
    text = row["text"]
    bp = boilerplate_spans(text, row["gold"].get("boilerplate", []))
    pred = [m for m in mentions if not any(s <= m.start < e for s, e in bp)]
    gold = row["gold"]["names"]
    gold_np = [n for n in gold if n["surface"].casefold() not in PRONOUNS]
    by_span = {(m.start, m.end): m for m in pred}
    into.span += PRF(sum((n["start"], n["end"]) in by_span for n in gold), len(pred), len(gold))
    ok = 0
    for n in gold:
        m = by_span.get((n["start"], n["end"]))
        good = m is not None and m.entity_name == n["canonical"] and m.entity_type == n["kind"]
        ok += good
        role = n["surface"][:1].islower() or n["surface"].split()[0] in ROLE_FIRST_WORDS
        group = "pronoun" if n["surface"].casefold() in PRONOUNS else "role" if role else n["kind"]
        into.by_kind[group + (":ok" if good else ":miss")] += 1
        if not good and n["surface"].casefold() not in PRONOUNS:
            got = f"{m.entity_name} ({m.method})" if m else "-"
            into.errors.append(f"{row['id']} {n['kind']} {n['surface']!r} -> gold {n['canonical']!r}, got {got}")
    gold_spans = {(n["start"], n["end"]) for n in gold}
    for m in pred:
        if (m.start, m.end) not in gold_spans:
            into.errors.append(f"{row['id']} extra {m.entity_type} {m.text!r} -> {m.entity_name} ({m.method})")
    into.linked += PRF(ok, len(pred), len(gold))
    ok_np = sum(1 for n in gold_np if (m := by_span.get((n["start"], n["end"]))) and m.entity_name == n["canonical"] and m.entity_type == n["kind"])
    into.linked_np += PRF(ok_np, sum(m.method != "pronoun" for m in pred), len(gold_np))


def predicted_mentions(row: dict) -> list[Mention]:
    """The name finder's mentions of a devset-style article, with the er/sie speakers of the quotes the
    pipeline reads them from (all it stores but reported acts)."""
    day = datetime.fromisoformat(row["published_at"]).astimezone(ZoneInfo("Europe/Berlin")).date()
    doc = Doc(row["id"], row["text"], day, title=row.get("title"))
    mentions = list(find_mentions(doc))
    mentions += speaker_pronoun_mentions(doc, mentions, conventional(extract_quotes(doc, mentions, reported=True)))
    return mentions


def eval_devset(path: Path = DEVSET, verbose: bool = False) -> dict:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    scores = ArticleScores()
    for row in rows:
        score_article(row, predicted_mentions(row), scores)
    if verbose:
        print("\n".join(scores.errors))
    return scores.as_dict()


def articles_report(name: str, d: dict) -> list[str]:
    """The lines ``eval names`` prints for the articles of one file (``d`` as :func:`eval_devset` returns it)."""
    lines = [f"{name} names (exact span; linked = span + canonical + kind)",
             d["span"].row("  span"), d["linked"].row("  linked"), d["linked_no_pronouns"].row("  linked, gold w/o pronouns")]
    k = d["by_kind"]
    for kind in ("PER", "LOC", "ORG", "role", "pronoun"):
        n = k[f"{kind}:ok"] + k[f"{kind}:miss"]
        lines.append(f"  recall {kind:<5} {k[f'{kind}:ok'] / n if n else 0:6.3f}  ({k[f'{kind}:ok']}/{n})")
    return lines


def _seen_aliases() -> set[str]:
    g = load()
    return {clean(a).casefold() for aliases in g.aliases.values() for a, _ in aliases}


def eval_variants(path: Path = VARIANTS, verbose: bool = False) -> dict:
    seen = _seen_aliases()
    stats: Counter[str] = Counter()
    errors = []
    with path.open(encoding="utf-8") as f:
        rows = [r for r in csv.DictReader(line for line in f if not line.startswith("#"))]
    for r in rows:
        on = date.fromisoformat(r["date"]) if r["date"] else None
        res = resolve(r["query"], on=on)
        expected = r["expected"] or None
        group = r["kind"]
        stats[f"{group}:n"] += 1
        right = res.name == expected
        wrong = res.entity_id is not None and not right
        stats[f"{group}:right"] += right
        stats[f"{group}:wrong"] += wrong
        if group == "variant":
            part = "seen" if clean(r["query"]).casefold() in seen else "unseen"
            stats[f"{part}:n"] += 1
            stats[f"{part}:right"] += right
            stats[f"{part}:wrong"] += wrong
        if r.get("forbidden") and res.name == r["forbidden"]:
            stats["negative:false_merge"] += 1
        if not right and verbose:
            errors.append(f"{group:9} {r['query']!r} ({r['date'] or '-'}) expected {expected!r}, got {res.name!r} ({res.method} {res.score})")
    if verbose:
        print("\n".join(errors))
    return stats


# --- generated stress set -------------------------------------------------------------------------

#: Cyrillic -> Latin tables for the stress set, written independently of scripts/build_gazetteer.py:
#: English (BGN-like, from Ukrainian and Russian), French (from Russian), Polish and Czech (from Ukrainian).
STRESS_SCHEMES: dict[str, tuple[str, dict[str, str]]] = {
    "en-uk": ("uk", {"а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ye", "ж": "zh",
                     "з": "z", "и": "y", "і": "i", "ї": "yi", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n",
                     "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
                     "ч": "ch", "ш": "sh", "щ": "shch", "ь": "", "ю": "yu", "я": "ya", "'": "", "’": ""}),
    "en-ru": ("ru", {"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z",
                     "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
                     "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
                     "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya"}),
    "fr-ru": ("ru", {"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "io", "ж": "j", "з": "z",
                     "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
                     "с": "s", "т": "t", "у": "ou", "ф": "f", "х": "kh", "ц": "ts", "ч": "tch", "ш": "ch",
                     "щ": "chtch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "iou", "я": "ia"}),
    "pl-uk": ("uk", {"а": "a", "б": "b", "в": "w", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "je", "ж": "ż",
                     "з": "z", "и": "y", "і": "i", "ї": "ji", "й": "j", "к": "k", "л": "ł", "м": "m", "н": "n",
                     "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "ch", "ц": "c",
                     "ч": "cz", "ш": "sz", "щ": "szcz", "ь": "", "ю": "ju", "я": "ja", "'": "", "’": ""}),
    "cs-uk": ("uk", {"а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "je", "ж": "ž",
                     "з": "z", "и": "y", "і": "i", "ї": "ji", "й": "j", "к": "k", "л": "l", "м": "m", "н": "n",
                     "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "ch", "ц": "c",
                     "ч": "č", "ш": "š", "щ": "šč", "ь": "", "ю": "ju", "я": "ja", "'": "", "’": ""}),
}
#: Endings of -ий/-ій/-ый names as different outlets write them (Zelenskiy, Zelenskyi, Zelenski).
STRESS_ENDINGS = {"en-uk": ("yi", "iy", "y"), "en-ru": ("iy", "y", "i"), "fr-ru": ("i", "y"), "pl-uk": ("i", "yj"), "cs-uk": ("yj", "ij")}
#: Umlaut/ß spellings of ASCII-only text (Oesterreich, Strasse).
ASCII_SPELLING = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"})
#: Minimum length (letters) of a name given a one-letter typo, and the typos per name.
TYPO_MIN_LEN = 7


def _translit(native: str, scheme: str) -> list[str]:
    """Spellings of one native name in a stress scheme, with the outlets' endings of -ий/-ій/-ый."""
    table = STRESS_SCHEMES[scheme][1]
    out = []
    for ending in STRESS_ENDINGS[scheme]:
        words_ = []
        for w in native.split():
            low = w.lower()
            tail = ""
            if re.search(r"(?:ий|ій|ый)$", low):
                low, tail = low[:-2], ending
            latin = "".join(table.get(ch, ch) for ch in low) + tail
            words_.append(latin[:1].upper() + latin[1:] if w[:1].isupper() else latin)
        out.append(" ".join(words_))
    return list(dict.fromkeys(out))


def _natives() -> dict[str, list[tuple[str, str]]]:
    """canonical name -> [(lang, native name)] from the gazetteer's data files."""
    found: dict[str, list[tuple[str, str]]] = {}
    for name in ("persons.txt", "places.txt", "organisations.txt"):
        for line in (DATA / name).read_text(encoding="utf-8").splitlines():
            parts = [p.strip() for p in line.split("|")]
            if line.startswith("#") or len(parts) < 4 or not parts[3]:
                continue
            found[parts[1]] = [(lang.strip(), text.strip()) for lang, _, text in
                               (item.partition(":") for item in parts[3].split(";")) if text.strip()]
    return found


def _typo(word: str, rng: random.Random) -> str:
    """One deleted, doubled, swapped or replaced letter away from ``word`` (never the first letter)."""
    k = rng.randrange(1, len(word) - 1)
    op = rng.choice(("delete", "double", "swap", "replace"))
    if op == "delete":
        return word[:k] + word[k + 1:]
    if op == "double":
        return word[:k] + word[k] + word[k:]
    if op == "swap":
        return word[:k] + word[k + 1] + word[k] + word[k + 2:]
    letters = "aeiounrstl" if word[k] in "aeiou" else "bcdfgklmnprstvwz"
    return word[:k] + rng.choice([c for c in letters if c != word[k]]) + word[k + 1:]


def stress_variants(seed: int = 3) -> list[tuple[str, str, str]]:
    """Variants generated from every gazetteer entity's canonical and native names: (query, canonical, kind).

    Kinds: ``upper``/``lower`` case, ``ascii`` (ä -> ae, ß -> ss, no diacritics), ``surname`` (first
    name dropped, only where the surname names one gazetteer person), ``genitive`` (-s, or an
    apostrophe after s/x/z), ``compound`` (``X-Regierung``, ``X-Besuch``), ``typo`` (one letter in a
    name of at least 7 letters, not first letter) and ``translit:<scheme>`` (English, French, Polish,
    Czech forms of the Cyrillic names). Cases whose query is a key of another entity are left out.
    """
    g = load()
    rng = random.Random(seed)
    natives = _natives()
    cases: list[tuple[str, str, str]] = []

    def owners(q: str) -> set[str]:
        return {g.entity(e).name for t, k in ((g.casefold, q.casefold()), (g.fold, fold_key(q))) for e in t.get(k, {})}

    def add(query: str, name: str, kind: str) -> None:
        if query and query != name and owners(query) <= {name}:
            cases.append((query, name, kind))

    for entity_id in sorted(g.info):
        info = g.info[entity_id]
        e = info.entity
        name = e.name
        if len(words(name)) == 0 or e.type not in ("PER", "LOC", "ORG"):
            continue
        add(name.upper(), name, "upper")
        if len(name) > 4:
            add(name.lower(), name, "lower")
        add(name.translate(ASCII_SPELLING), name, "ascii")
        add("".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch)), name, "ascii")
        surname = split_person_name(name)[1]
        alone = (e.type == "PER" and surname != name and not info.common_surname and len(surname) > 2
                 and surname[-1] not in ".I" and owners(surname) <= {name})
        if alone:
            add(surname, name, "surname")
        base = surname if alone else name
        if "(" not in name and (e.type != "ORG" or len(name.split()) == 1):
            add(base + ("'" if base[-1] in "sxzß" else "s"), name, "genitive")
            if e.type != "PER" or alone:
                add(f"{base}-{'Regierung' if e.type == 'PER' else 'Besuch'}", name, "compound")
        last = base.split()[-1]
        if len(last) >= TYPO_MIN_LEN and last.isalpha():
            add(base[: len(base) - len(last)] + _typo(last, rng), name, "typo")
        for lang, native in natives.get(name, []):
            for scheme, (scheme_lang, _table) in STRESS_SCHEMES.items():
                if scheme_lang != lang:
                    continue
                for spelling in _translit(native, scheme):
                    add(spelling, name, f"translit:{scheme}")
                    if e.type == "PER" and len(spelling.split()) > 1 and owners(spelling.split()[-1]) <= {name}:
                        add(spelling.split()[-1], name, f"translit:{scheme}")
    return list(dict.fromkeys(cases))


def eval_stress(verbose: bool = False) -> Counter[str]:
    """Accuracy and wrong links on :func:`stress_variants`, per kind and over all."""
    stats: Counter[str] = Counter()
    errors = []
    for query, expected, kind in stress_variants():
        res = resolve(query)
        group = kind.split(":")[0]
        right = res.name == expected
        for key in ("all", group):
            stats[f"{key}:n"] += 1
            stats[f"{key}:right"] += right
            stats[f"{key}:wrong"] += res.entity_id is not None and not right
        if not right and verbose:
            errors.append(f"stress {kind:16} {query!r} expected {expected!r}, got {res.name!r} ({res.method} {res.score})")
    if verbose:
        print("\n".join(errors))
    return stats


def _pct(s: Counter[str], a: str, b: str) -> str:
    return f"{100 * s[a] / s[b]:5.1f} %" if s[b] else "  n/a"


def print_variant_scores(path: Path, s: Counter[str]) -> None:
    def pct(a: str, b: str) -> str:
        return _pct(s, a, b)


    print(f"variant list {path.name}" + (" (written blind, not for tuning)" if path == BLIND else ""))
    print(f"  variants   n={s['variant:n']:4}  right {pct('variant:right', 'variant:n')}  wrong-link {pct('variant:wrong', 'variant:n')}")
    print(f"    unseen   n={s['unseen:n']:4}  right {pct('unseen:right', 'unseen:n')}  wrong-link {pct('unseen:wrong', 'unseen:n')}  (query not an alias of the gazetteer)")
    print(f"    seen     n={s['seen:n']:4}  right {pct('seen:right', 'seen:n')}  wrong-link {pct('seen:wrong', 'seen:n')}  (query is a gazetteer alias)")
    print(f"  negatives  n={s['negative:n']:4}  right {pct('negative:right', 'negative:n')}  false merges {s['negative:false_merge']}")
    print(f"  roles      n={s['role:n']:4}  right {pct('role:right', 'role:n')}  wrong {pct('role:wrong', 'role:n')}")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="newsflow eval names", description=describe(__doc__))
    parser.add_argument("--verbose", "-v", action="store_true", help="print every error")
    parser.add_argument("--skip-devset", action="store_true")
    parser.add_argument("--articles", type=Path, action="append", metavar="JSONL",
                        help="also score mentions in other gold articles of the devset's format")
    parser.add_argument("--variants", type=Path, action="append", metavar="CSV",
                        help=f"variant list(s) to score (default: {VARIANTS.name})")
    parser.add_argument("--blind", action="store_true",
                        help=f"score only the blind data ({BLIND.name}, {BLIND_ARTICLES.name}/*.jsonl), "
                             "without listing errors (never tune on them)")
    args = parser.parse_args(argv)
    if args.blind:
        args.verbose, args.skip_devset = False, True
        args.articles = (args.articles or []) + sorted(BLIND_ARTICLES.glob("*.jsonl"))
        args.variants = [BLIND]
    gold_files = [] if args.skip_devset else [DEVSET]
    for gold in gold_files + (args.articles or []):
        if gold.exists():
            print("\n".join(articles_report(gold.name, eval_devset(gold, verbose=args.verbose))))
        else:
            print(f"{gold} not found; skipped")
    for variants in args.variants or [VARIANTS]:
        print_variant_scores(variants, eval_variants(variants, verbose=args.verbose))
    s = eval_stress(verbose=args.verbose)

    def pct(a: str, b: str) -> str:
        return _pct(s, a, b)

    print("generated stress set (from the gazetteer's canonical and native names)")
    for kind in ("all", "upper", "lower", "ascii", "surname", "genitive", "compound", "typo", "translit"):
        print(f"  {kind:9}  n={s[kind + ':n']:5}  right {pct(kind + ':right', kind + ':n')}  wrong-link {pct(kind + ':wrong', kind + ':n')}")
    return 0
