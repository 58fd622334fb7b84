"""``newsflow eval agreement``: how far two annotations of the same articles agree.

A and B are two files in the devset format with the same article ids and texts (say a set and its
re-annotation by a second annotator from the text alone). B is scored against A as if A were gold and B
the prediction, with the very scoring functions of the other ``eval`` commands: quotes as ``eval quotes
--articles`` (token-overlap F1 >= 0.5, speaker by canonical name, joint, recall per type of A), events as
``eval events`` (type + overlapping trigger; participants as (event, role, canonical) triples; mode and
date on matched events), names as ``eval names`` (exact span, then canonical and kind). Also compared:
boilerplate lines (equal strings), not-quotes (equal spans), and how many of A's not-quotes B annotates
as a direct or partial quote. F1 is symmetric: swapping A and B swaps P and R (up to the tie-breaking of
the one-to-one matching); recall per type is over A's types.

    newsflow eval agreement flows/eval/data/tune3.jsonl second/tune3.jsonl
    newsflow eval agreement A.jsonl B.jsonl --per-article -v     # scores per article, every disagreement
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from flows.cli import describe
from flows.eval import events as eval_events
from flows.eval import names as eval_names
from flows.eval import quotes as eval_quotes
from flows.eval.metrics import PRF
from flows.records import Event, Mention, Participant


@dataclass
class Agreement:
    """Counts of B against A over one or more articles (see :func:`score_pair`)."""

    quotes: eval_quotes.Scores = field(default_factory=lambda: eval_quotes.new_scores(eval_quotes.DEVSET_TYPES))
    not_quotes: PRF = field(default_factory=PRF)
    not_quotes_quoted: int = 0  # A's not-quotes that B annotates as a direct or partial quote
    boilerplate: PRF = field(default_factory=PRF)
    events: eval_events.Scores = field(default_factory=eval_events.Scores)
    names: eval_names.ArticleScores = field(default_factory=eval_names.ArticleScores)
    quote_errors: list[str] = field(default_factory=list)


def pair_articles(a_rows: Sequence[dict], b_rows: Sequence[dict]) -> list[tuple[dict, dict]]:
    """A's articles, each with B's article of the same id, in A's order; ``ValueError`` naming the ids when
    the two files do not hold the same articles with the same text.

    >>> pair_articles([{"id": "x", "text": "T"}], [{"id": "x", "text": "T"}])
    [({'id': 'x', 'text': 'T'}, {'id': 'x', 'text': 'T'})]
    >>> pair_articles([{"id": "x", "text": "T"}], [{"id": "x", "text": "U"}])
    Traceback (most recent call last):
    ...
    ValueError: the text differs in: x
    """
    problems = []
    for label, rows in (("A", a_rows), ("B", b_rows)):
        twice = sorted(i for i, n in Counter(r["id"] for r in rows).items() if n > 1)
        if twice:
            problems.append(f"ids twice in {label}: {', '.join(twice)}")
    b_by_id = {r["id"]: r for r in b_rows}
    a_ids = {r["id"] for r in a_rows}
    for label, missing in (("B", [r["id"] for r in a_rows if r["id"] not in b_by_id]),
                           ("A", [r["id"] for r in b_rows if r["id"] not in a_ids])):
        if missing:
            problems.append(f"missing in {label}: {', '.join(missing)}")
    differ = [r["id"] for r in a_rows if r["id"] in b_by_id and r["text"] != b_by_id[r["id"]]["text"]]
    if differ:
        problems.append(f"the text differs in: {', '.join(differ)}")
    if problems:
        raise ValueError("; ".join(problems))
    return [(r, b_by_id[r["id"]]) for r in a_rows]


def annotated_events(article: dict) -> list[Event]:
    """An article's annotated events as the records ``eval events`` scores (participants by canonical name)."""
    return [Event(f"{article['id']}:{g['id']}", g["type"], g["trigger"], g["trigger_start"],
                  g["trigger_start"] + len(g["trigger"]), g["mode"], 0, 0,
                  date.fromisoformat(g["date"]) if g["date"] else None, g["date_text"],
                  participants=tuple(Participant(role, None, name, name)
                                     for role, names in (("actor", g["actors"]), ("target", g["targets"]))
                                     for name in names))
            for g in article["gold"]["events"]]


def annotated_mentions(article: dict) -> list[Mention]:
    """An article's annotated names as the mentions ``eval names`` scores; er/sie count as pronoun mentions,
    as the name finder's do, so that the scores without pronouns compare like with like."""
    return [Mention(n["start"], n["end"], n["surface"], n["kind"], n["canonical"], n["canonical"],
                    "pronoun" if n["surface"].casefold() in eval_names.PRONOUNS else "gold", 1.0)
            for n in article["gold"]["names"]]


def _not_quote_spans(article: dict) -> set[tuple[int, int]]:
    return {(n["start"], n["start"] + len(n["text"])) for n in article["gold"].get("not_quotes_detail", [])}


def _sets_prf(a: set, b: set) -> PRF:
    return PRF(len(a & b), len(b), len(a))


def score_pair(a: dict, b: dict, into: Agreement) -> None:
    """Add the counts of B's annotation of one article against A's to ``into`` (the text is A's, with A's
    boilerplate lines blanked, as ``eval quotes`` hands it to the extractor)."""
    text = eval_quotes.devset_doc(a).text
    golds, preds = eval_quotes.devset_units(a), eval_quotes.devset_units(b)
    pairs = eval_quotes.score(text, preds, golds, eval_quotes.same_speaker, eval_quotes.DEVSET_TYPES, into.quotes)
    into.not_quotes_quoted += eval_quotes.not_quotes_reported(a, preds)
    into.not_quotes += _sets_prf(_not_quote_spans(a), _not_quote_spans(b))
    into.boilerplate += _sets_prf(set(a["gold"].get("boilerplate", [])), set(b["gold"].get("boilerplate", [])))
    eval_events.score_article(a, annotated_events(b), into.events)
    eval_names.score_article(a, annotated_mentions(b), into.names)
    into.quote_errors += quote_disagreements(a, b, pairs)


def quote_disagreements(a: dict, b: dict, pairs: Sequence[tuple[int, int, float]]) -> list[str]:
    """Quotes only one side has, and matched quotes whose speaker or type differ (``pairs`` as
    :func:`flows.eval.quotes.score` returns them, B's index first)."""
    qa, qb = a["gold"]["quotes"], b["gold"]["quotes"]
    out = []
    for label, quotes, seen in (("A only", qa, {j for _, j, _ in pairs}), ("B only", qb, {i for i, _, _ in pairs})):
        out += [f"QUOTE {label} {a['id']} {q['type']:8} {q['text'][:70]!r} ({q['speaker']})"
                for k, q in enumerate(quotes) if k not in seen]
    for i, j, _ in pairs:
        if qb[i]["speaker"] != qa[j]["speaker"]:
            out.append(f"SPEAKER {a['id']} {qa[j]['text'][:50]!r}: A {qa[j]['speaker']!r}, B {qb[i]['speaker']!r}")
        if qb[i]["type"] != qa[j]["type"]:
            out.append(f"TYPE {a['id']} {qa[j]['text'][:50]!r}: A {qa[j]['type']}, B {qb[i]['type']}")
    return out


def agreement(pairs: Sequence[tuple[dict, dict]]) -> Agreement:
    scores = Agreement()
    for a, b in pairs:
        score_pair(a, b, scores)
    return scores


def report(label: str, scores: Agreement) -> Iterator[str]:
    yield eval_quotes.report(f"== {label}: quotes, token-overlap F1 >= 0.5, speaker by canonical name",
                             scores.quotes, "B scored against A as gold")
    yield scores.not_quotes.row("not-quotes (equal span)")
    yield f"{'A not-quotes B quotes':<28} {scores.not_quotes_quoted}"
    yield scores.boilerplate.row("boilerplate lines")
    yield from eval_events.report(f"{label}: events", scores.events, per_type=True)
    yield from eval_names.articles_report(label, scores.names.as_dict())


def _f1(prf: PRF) -> str:
    return "    -" if prf.n_gold == prf.n_pred == 0 else f"{prf.f1:.3f}"


def article_line(article_id: str, scores: Agreement) -> str:
    """One article's F1 figures in a line ('-' where neither annotation has any)."""
    return (f"{article_id:<10} quotes joint {_f1(scores.quotes.joint)}  events {_f1(scores.events.events)}"
            f"  participants {_f1(scores.events.participants)}  names linked {_f1(scores.names.linked)}"
            f"  boilerplate {_f1(scores.boilerplate)}")


def disagreements(scores: Agreement) -> Iterator[str]:
    yield "disagreements (A is gold: FN/'gold' is A's annotation, FP/'extra'/'got' is B's; MODE/DATE/PART B != A)"
    yield from ("  " + e for e in scores.quote_errors)
    yield from ("  EVENT " + e for e in scores.events.errors)
    yield from ("  NAME " + e for e in scores.names.errors)


def load(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="newsflow eval agreement", description=describe(__doc__))
    parser.add_argument("a", type=Path, help="the annotation taken as gold (JSONL, devset format)")
    parser.add_argument("b", type=Path, help="the annotation scored against it (same ids and texts)")
    parser.add_argument("--per-article", action="store_true", help="also print F1 figures per article")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every disagreement")
    args = parser.parse_args(argv)
    try:
        pairs = pair_articles(load(args.a), load(args.b))
    except ValueError as error:
        print(f"newsflow eval agreement: {args.a} and {args.b} do not annotate the same articles: {error}",
              file=sys.stderr)
        return 2
    if args.per_article:
        for a, b in pairs:
            print(article_line(a["id"], agreement([(a, b)])))
    scores = agreement(pairs)
    for line in report(f"{args.b.name} against {args.a.name} ({len(pairs)} articles)", scores):
        print(line)
    if args.verbose:
        for line in disagreements(scores):
            print(line)
    return 0
