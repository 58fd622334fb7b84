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
    newsflow eval agreement A.jsonl B.jsonl --extractor -v       # the extractors against A, split by B's agreement

``--extractor`` runs the project's extractors on the articles and splits their errors against A by whether B
agrees with A on each unit (see :func:`extractor_split`): recall on agreed units is the extractor's own gap.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
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


# --- ``--extractor``: the extractor's errors against A, split by whether B agrees with A on the unit ---------


@dataclass
class Extraction:
    """What the extractors produce for one article, in the form the ``eval`` commands score."""

    quotes: list[eval_quotes.Unit]
    events: list[Event]
    mentions: list[Mention]


Extractor = Callable[[dict], Extraction]


def run_extractors(article: dict) -> Extraction:
    """The project's extractors on one article, fed as each ``eval`` command feeds them: quotes as ``eval quotes
    --articles``, events as ``eval events`` (real mentions and quotes), names as ``eval names``."""
    finder, _ = eval_quotes.mention_finder()
    return Extraction(eval_quotes.predicted_units(eval_quotes.devset_doc(article), finder),
                      eval_events.predict(article, "real", "real"), eval_names.predicted_mentions(article))


@dataclass
class Split:
    """One table's units of A, split by whether B agrees on them, and what the extractor makes of each class;
    the extractor's units A does not have, split by whether B has them."""

    agreed: Counter[str] = field(default_factory=Counter)  # outcome ("right", "other speaker", "missed") -> count
    disputed: Counter[str] = field(default_factory=Counter)
    only_b: int = 0
    neither: int = 0
    agreed_misses: list[str] = field(default_factory=list)

    def add(self, agreed: bool, outcome: str, label: str) -> None:
        (self.agreed if agreed else self.disputed)[outcome] += 1
        if agreed and outcome != "right":
            self.agreed_misses.append(f"{outcome.upper()} {label}")

    def extra(self, in_b: bool) -> None:
        if in_b:
            self.only_b += 1
        else:
            self.neither += 1


@dataclass
class ExtractorSplit:
    quotes: Split = field(default_factory=Split)
    events: Split = field(default_factory=Split)
    participants: Split = field(default_factory=Split)
    names: Split = field(default_factory=Split)


def _with_gold(article: dict, key: str, units: list) -> dict:
    """The article with its gold ``key`` list replaced (the rest of A's annotation, boilerplate included, kept)."""
    return {**article, "gold": {**article["gold"], key: units}}


def _events_tp(article: dict, golds: list[dict], events: list[Event]) -> tuple[int, int]:
    """Matched events and participant triples of ``events`` against ``golds``, by ``eval events``' rule."""
    scores = eval_events.Scores()
    eval_events.score_article(_with_gold(article, "events", golds), events, scores)
    return scores.events.tp, scores.participants.tp


def _names_tp(article: dict, golds: list[dict], mentions: Sequence[Mention]) -> int:
    """Linked matches of ``mentions`` against ``golds``, by ``eval names``' rule."""
    scores = eval_names.ArticleScores()
    eval_names.score_article(_with_gold(article, "names", golds), mentions, scores)
    return scores.linked.tp


def _names_scored(article: dict, mention: Mention) -> bool:
    """Whether ``eval names`` scores the mention at all (it drops those in A's boilerplate lines)."""
    own = {"start": mention.start, "end": mention.end, "surface": mention.text, "kind": mention.entity_type,
           "canonical": mention.entity_name}
    return bool(_names_tp(article, [own], [mention]))


def split_quotes(a: dict, b: dict, got: Extraction, into: Split) -> None:
    """A's quotes: agreed when B's one-to-one match has the same speaker; the extractor's outcome by its own
    one-to-one match. Extractor quotes no A quote matches: only-B when a B quote matches them."""
    text = eval_quotes.devset_doc(a).text
    golds, seconds = eval_quotes.devset_units(a), eval_quotes.devset_units(b)
    scratch = eval_quotes.new_scores(())
    by_b = {j: i for i, j, _ in eval_quotes.score(text, seconds, golds, eval_quotes.same_speaker, (), scratch)}
    by_x = {j: i for i, j, _ in eval_quotes.score(text, got.quotes, golds, eval_quotes.same_speaker, (), scratch)}
    in_b = {i for i, _, _ in eval_quotes.score(text, got.quotes, seconds, eval_quotes.same_speaker, (), scratch)}
    for j, (gold, raw) in enumerate(zip(golds, a["gold"]["quotes"])):
        agreed = j in by_b and eval_quotes.same_speaker(seconds[by_b[j]], gold)
        if j not in by_x:
            outcome = "missed"
        elif eval_quotes.same_speaker(got.quotes[by_x[j]], gold):
            outcome = "right"
        else:
            outcome = "other speaker"
        got_speaker = f", got {got.quotes[by_x[j]].speaker_name!r}" if j in by_x else ""
        into.add(agreed, outcome, f"{a['id']} {raw['type']:8} {raw['text'][:60]!r} ({raw['speaker']}{got_speaker})")
    matched = set(by_x.values())
    for i in range(len(got.quotes)):
        if i not in matched:
            into.extra(i in in_b)


def split_events(a: dict, b: dict, got: Extraction, events: Split, participants: Split) -> None:
    """A's events (type + trigger) and participant triples, each scored alone against B's and the extractor's
    events with ``eval events``' rule; the extractor's events and triples A lacks, scored alone against B."""
    for g in a["gold"]["events"]:
        alone = {**g, "actors": [], "targets": []}
        b_event, _ = _events_tp(a, [alone], annotated_events(b))
        found = [e for e in got.events if _events_tp(a, [alone], [e])[0]]
        label = f"{a['id']} {g['type']:9} {g['trigger']!r} @{g['trigger_start']}"
        other = [f"{e.event_type} {e.trigger!r}" for e in got.events if eval_events.trigger_overlaps(e, g)]
        events.add(bool(b_event), "right" if found else "missed", f"{label} (got {', '.join(other) or '-'})")
        for role, name in sorted(eval_events.gold_participant_set(g)):
            one = {**alone, role + "s": [name]}
            _, b_part = _events_tp(a, [one], annotated_events(b))
            _, x_part = _events_tp(a, [one], got.events)
            reason = "right" if x_part else "missed" if found else "event missed"
            has = sorted(p.name for e in found for p in e.participants if p.role == role)
            participants.add(bool(b_part), reason, f"{label} {role} {name!r} (got {has or '-'})")
    for event in got.events:
        bare = replace(event, participants=())
        if not _events_tp(a, a["gold"]["events"], [bare])[0]:
            events.extra(bool(_events_tp(a, b["gold"]["events"], [bare])[0]))
        for p in event.participants:
            one = replace(event, participants=(p,))
            if not _events_tp(a, a["gold"]["events"], [one])[1]:
                participants.extra(bool(_events_tp(a, b["gold"]["events"], [one])[1]))


def split_names(a: dict, b: dict, got: Extraction, into: Split) -> None:
    """A's names (linked: span + canonical + kind), each scored alone against B's and the extractor's mentions
    with ``eval names``' rule; the extractor's mentions not linked right against A, scored against B."""
    seconds = annotated_mentions(b)
    for n in a["gold"]["names"]:
        same_span = [f"{m.entity_type} {m.entity_name!r}" for m in got.mentions
                     if (m.start, m.end) == (n["start"], n["end"])]
        into.add(bool(_names_tp(a, [n], seconds)), "right" if _names_tp(a, [n], got.mentions) else "missed",
                 f"{a['id']} {n['kind']} {n['surface']!r} -> {n['canonical']!r} (got {', '.join(same_span) or '-'})")
    for m in got.mentions:
        if _names_scored(a, m) and not _names_tp(a, a["gold"]["names"], [m]):
            into.extra(bool(_names_tp(a, b["gold"]["names"], [m])))


def extractor_split(pairs: Sequence[tuple[dict, dict]], extract: Extractor = run_extractors) -> ExtractorSplit:
    """The extractor's output on each of A's articles (``extract``; tests inject a fake) scored against A, A's
    units split by whether B agrees on them."""
    out = ExtractorSplit()
    for a, b in pairs:
        got = extract(a)
        split_quotes(a, b, got, out.quotes)
        split_events(a, b, got, out.events, out.participants)
        split_names(a, b, got, out.names)
    return out


def _rate(counts: Counter[str]) -> str:
    n = sum(counts.values())
    return f"{counts['right']:>5} {counts['right'] / n if n else 0.0:6.3f}"


def split_report(split: ExtractorSplit) -> Iterator[str]:
    yield "== extractor against A, A's units split by whether B agrees (agreed: B matches A's unit)"
    yield (f"{'':<14} {'agreed':>6} {'right':>5} {'rate':>6}   {'disputed':>8} {'right':>5} {'rate':>6}"
           f"   extras: {'only-B':>6} {'neither':>7}")
    for label, s in (("quotes joint", split.quotes), ("events", split.events),
                     ("participants", split.participants), ("names linked", split.names)):
        yield (f"{label:<14} {sum(s.agreed.values()):>6} {_rate(s.agreed)}   {sum(s.disputed.values()):>8} "
               f"{_rate(s.disputed)}   {'':8}{s.only_b:>6} {s.neither:>7}")
    for label, s in (("quotes", split.quotes), ("participants", split.participants)):
        for cls, counts in (("agreed", s.agreed), ("disputed", s.disputed)):
            wrong = ", ".join(f"{k} {v}" for k, v in sorted(counts.items()) if k != "right")
            yield f"  {label} {cls} not right: {wrong or '-'}"


def agreed_misses(split: ExtractorSplit) -> Iterator[str]:
    yield "the extractor's misses on units both annotators agree on"
    for label, s in (("QUOTE", split.quotes), ("EVENT", split.events), ("PART", split.participants),
                     ("NAME", split.names)):
        yield from (f"  {label} {m}" for m in s.agreed_misses)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="newsflow eval agreement", description=describe(__doc__))
    parser.add_argument("a", type=Path, help="the annotation taken as gold (JSONL, devset format)")
    parser.add_argument("b", type=Path, help="the annotation scored against it (same ids and texts)")
    parser.add_argument("--per-article", action="store_true", help="also print F1 figures per article")
    parser.add_argument("--extractor", action="store_true",
                        help="also run the extractors and split their errors against A by whether B agrees")
    parser.add_argument("-v", "--verbose", action="store_true",
                        help="list every disagreement (with --extractor: the extractor's misses on agreed units)")
    args = parser.parse_args(argv)
    try:
        pairs = pair_articles(eval_events.load_articles(args.a), eval_events.load_articles(args.b))
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
    if args.extractor:
        split = extractor_split(pairs, run_extractors)
        for line in split_report(split):
            print(line)
        if args.verbose:
            for line in agreed_misses(split):
                print(line)
    return 0
