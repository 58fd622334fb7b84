"""``newsflow eval quotes``: score quote extraction on SpkAtt news 2024 or on the devset.

Matching rule (both data sets): a predicted quote matches a gold quote when the F1 of their word
token sets (``\\w+`` tokens, quotation marks ignored) is at least 0.5, one to one, best pairs first.
On matched quotes the speaker is right when the predicted speaker span overlaps a gold speaker span
or resolves to the same entity (SpkAtt), or when ``speaker_name`` equals the gold canonical
``speaker`` (devset, ``None`` must be predicted as ``None``). Joint = matched with the right speaker.

SpkAtt gold is top-level quotations only, with a multi-sentence cue-less passage as one quotation and
a split direct quote as one discontinuous quotation; so before scoring on SpkAtt the predictions are
mapped the same way: partial quotes nested in a predicted indirect quote are dropped, the parts of a
split quote become one prediction, and runs of consecutive cue-less continuation sentences become one.

The extractor's type ``reported`` (a speech act or ``zu``-infinitive complement without a content clause,
see ``schemas/quotes.py``) is scored on SpkAtt, whose type Reported it follows; the devset-convention scorers
(``--devset``, ``--articles``, ``--blind``) score what the pipeline stores less that type
(``flows.quotes.conventional``), because those conventions count no such span. ``--bench`` times the
extractor with them, as the pipeline runs it.

    newsflow eval quotes --split dev          # SpkAtt dev (test is for reporting)
    newsflow eval quotes --devset             # the 16 devset articles
    newsflow eval quotes --bench 10kgnad      # throughput (CPU time) on the 10kGNAD test articles
"""
from __future__ import annotations

import argparse
import csv
import gzip
import importlib
import importlib.util
import io
import json
import re
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from flows.cli import describe
from flows.eval.metrics import PRF, blank_boilerplate, match_one_to_one
from flows.quotes import conventional, extract_quotes
from flows.records import Doc, Mention, Quote

DEFAULT_DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data"
BLIND_DIR = Path(__file__).resolve().parent / "blind"
WORD_RE = re.compile(r"\w+")
SPKATT_TYPES = ("Direct", "Indirect", "FreeIndirect", "IndirectFreeIndirect", "Reported")
DEVSET_TYPES = ("direct", "indirect", "partial")

MentionFinder = Callable[[Doc], Sequence[Mention]]


@dataclass(frozen=True, slots=True)
class Unit:
    """A quotation as scored: its spans, type and speaker evidence."""

    spans: tuple[tuple[int, int], ...]
    type: str
    speaker_spans: tuple[tuple[int, int], ...] = ()
    speaker_entity: str | None = None
    speaker_name: str | None = None


@dataclass
class Scores:
    messages: PRF
    joint: PRF
    speaker_right: int
    by_type: dict[str, tuple[PRF, PRF]]  # gold type -> (message, joint); n_pred is not per type
    direct: PRF  # precision of predictions typed direct


def mention_finder() -> tuple[MentionFinder, str]:
    """``flows.names.find_mentions`` when the names module provides it, else no mentions."""
    if importlib.util.find_spec("flows.names") is not None:
        names = importlib.import_module("flows.names")
        finder = getattr(names, "find_mentions", None)
        if finder is not None:
            return finder, "mentions from flows.names.find_mentions"
    return (lambda doc: ()), "no mentions (flows.names.find_mentions is not available yet)"


def token_ids(text: str, spans: Iterable[tuple[int, int]]) -> frozenset[int]:
    return frozenset(m.start() for s, e in spans for m in WORD_RE.finditer(text, s, e))


def token_f1(a: frozenset[int], b: frozenset[int]) -> float:
    common = len(a & b)
    return 2 * common / (len(a) + len(b)) if common else 0.0


def overlaps(a: Iterable[tuple[int, int]], b: Iterable[tuple[int, int]]) -> bool:
    return any(s1 < e2 and s2 < e1 for s1, e1 in a for s2, e2 in b)


def spkatt_units(quotes: Sequence[Quote]) -> list[Unit]:
    """Map predictions to SpkAtt's top-level quotations (see the module docstring)."""
    indirect = [(q.start, q.end) for q in quotes if q.type == "indirect"]
    units: list[Unit] = []
    group_at: dict[int, int] = {}
    chain_open = False
    for q in sorted(quotes, key=lambda q: q.start):
        if q.type == "partial" and any(s <= q.start and q.end <= e for s, e in indirect):
            continue
        speaker = ((q.speaker_start, q.speaker_end),) if q.speaker_start is not None else ()
        unit = Unit(((q.start, q.end),), q.type, speaker, q.speaker_entity_id, q.speaker_name)
        continuation = q.type == "indirect" and q.cue is None
        if q.group is not None and q.group in group_at:
            i = group_at[q.group]
            units[i] = _merge(units[i], unit)
        elif continuation and chain_open:
            units[-1] = _merge(units[-1], unit)
        else:
            if q.group is not None:
                group_at[q.group] = len(units)
            units.append(unit)
        chain_open = continuation
    return units


def _merge(first: Unit, more: Unit) -> Unit:
    return Unit(first.spans + more.spans, first.type, first.speaker_spans, first.speaker_entity,
                first.speaker_name)


def score(text: str, preds: Sequence[Unit], golds: Sequence[Unit],
          speaker_ok: Callable[[Unit, Unit], bool], types: Sequence[str], into: Scores) -> list[tuple[int, int, float]]:
    """Add one article's counts to ``into``; return the matched ``(pred_index, gold_index, token F1)`` pairs."""
    p_tokens = [token_ids(text, u.spans) for u in preds]
    g_tokens = [token_ids(text, u.spans) for u in golds]
    pairs = match_one_to_one(range(len(preds)), range(len(golds)),
                             lambda i, j: token_f1(p_tokens[i], g_tokens[j]), 0.5)
    matched = {j: i for i, j, _ in pairs}
    into.messages += PRF(len(pairs), len(preds), len(golds))
    right = sum(speaker_ok(preds[i], golds[j]) for i, j, _ in pairs)
    into.speaker_right += right
    into.joint += PRF(right, len(preds), len(golds))
    for t in types:
        gold_t = [j for j, g in enumerate(golds) if g.type == t]
        hit = [j for j in gold_t if j in matched]
        ok = [j for j in hit if speaker_ok(preds[matched[j]], golds[j])]
        into.by_type[t][0].__iadd__(PRF(len(hit), 0, len(gold_t)))
        into.by_type[t][1].__iadd__(PRF(len(ok), 0, len(gold_t)))
    direct = [i for i, p in enumerate(preds) if p.type == "direct"]
    into.direct += PRF(sum(i in {i for i, _, _ in pairs} for i in direct), len(direct), 0)
    return pairs


def new_scores(types: Sequence[str]) -> Scores:
    return Scores(PRF(), PRF(), 0, {t: (PRF(), PRF()) for t in types}, PRF())


def spkatt_doc(row: dict) -> Doc:
    doc_id = row["document"].split(" - ", 1)[0]
    found = re.search(r"\((\d{4})-(\d{2})-(\d{2})\)\s*$", row["document"])
    published = date(*map(int, found.groups())) if found and found.group(1) != "0001" else None
    return Doc(doc_id, row["text"], published_on=published)


def spkatt_golds(row: dict) -> tuple[list[Unit], list[Unit]]:
    """The top-level gold quotations of a SpkAtt document, and its nested ones."""
    units = {False: [], True: []}
    for a in row["annotations"]:
        if a["quote"]["spans"]:
            units[bool(a["isNested"])].append(Unit(tuple(map(tuple, a["quote"]["spans"])), a["type"],
                                                   tuple(map(tuple, a["speaker"]["spans"]))))
    return units[False], units[True]


def unscored_nested(text: str, preds: Sequence[Unit], golds: Sequence[Unit], nested: Sequence[Unit]) -> list[Unit]:
    """Drop predictions that match no top-level gold quotation but a nested one (token F1 >= 0.5): SpkAtt
    annotates quotations a medium relays (``Der Spiegel zitiert X mit den Worten: „…“``) as nested only,
    and only top-level quotations are scored, so such a prediction is neither right nor wrong.

    >>> u = Unit(((0, 3),), "direct")
    >>> unscored_nested("abc", [u], [], [u])
    []
    """
    gold_tokens = [token_ids(text, g.spans) for g in golds]
    nested_tokens = [token_ids(text, g.spans) for g in nested]
    kept = []
    for p in preds:
        tokens = token_ids(text, p.spans)
        if any(token_f1(tokens, g) >= 0.5 for g in gold_tokens) or not any(
                token_f1(tokens, g) >= 0.5 for g in nested_tokens):
            kept.append(p)
    return kept


def eval_spkatt(path: Path, finder: MentionFinder, limit: int | None) -> Scores:
    scores = new_scores(SPKATT_TYPES)
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh][:limit]
    for row in rows:
        doc = spkatt_doc(row)
        mentions = list(finder(doc))
        golds, nested = spkatt_golds(row)
        preds = unscored_nested(doc.text, spkatt_units(list(extract_quotes(doc, mentions, reported=True))), golds,
                                nested)

        def speaker_ok(p: Unit, g: Unit) -> bool:
            if not p.speaker_spans and not g.speaker_spans:
                return True
            if overlaps(p.speaker_spans, g.speaker_spans):
                return True
            gold_entities = {m.entity_id for m in mentions
                             if m.entity_id and overlaps(((m.start, m.end),), g.speaker_spans)}
            return p.speaker_entity is not None and p.speaker_entity in gold_entities

        score(doc.text, preds, golds, speaker_ok, SPKATT_TYPES, scores)
    return scores


def devset_doc(row: dict) -> Doc:
    """The article as the pipeline hands it over: gold boilerplate lines blanked (offsets kept)."""
    text = blank_boilerplate(row["text"], row["gold"].get("boilerplate", []))
    published = datetime.fromisoformat(row["published_at"])
    return Doc(row["id"], text, published_on=published.date(), published_at=published, title=row.get("title"))


def devset_units(row: dict) -> list[Unit]:
    """The gold quotes of an article in the devset format as scored units (span, type, canonical speaker)."""
    return [Unit(((g["start"], g["end"]),), g["type"], speaker_name=g["speaker"]) for g in row["gold"]["quotes"]]


def predicted_units(doc: Doc, finder: MentionFinder) -> list[Unit]:
    """The extractor's quotes of a devset-style article as scored units: what the pipeline stores, less the
    type these conventions do not count (``flows.quotes.conventional``)."""
    quotes = conventional(extract_quotes(doc, list(finder(doc)), reported=True))
    return [Unit(((q.start, q.end),), q.type, speaker_name=q.speaker_name) for q in quotes]


def same_speaker(pred: Unit, gold: Unit) -> bool:
    """The devset's speaker rule: equal canonical names (``None`` only for ``None``)."""
    return pred.speaker_name == gold.speaker_name


def not_quotes_reported(row: dict, preds: Sequence[Unit]) -> int:
    """How many of the article's gold not-quotes a predicted direct or partial quote overlaps."""
    return sum(any(p.type != "indirect" and overlaps(((nq["start"], nq["start"] + len(nq["text"])),), p.spans)
                   for p in preds)
               for nq in row["gold"].get("not_quotes_detail", []))


def eval_devset(path: Path, finder: MentionFinder) -> tuple[Scores, int]:
    scores = new_scores(DEVSET_TYPES)
    not_quote_hits = 0
    rows = [json.loads(line) for line in open(path, encoding="utf-8")]
    for row in rows:
        doc = devset_doc(row)
        preds = predicted_units(doc, finder)
        score(doc.text, preds, devset_units(row), same_speaker, DEVSET_TYPES, scores)
        not_quote_hits += not_quotes_reported(row, preds)
    return scores, not_quote_hits


def report(title: str, scores: Scores, mention_note: str) -> str:
    matched = scores.messages.tp
    lines = [title, f"({mention_note})", scores.messages.row("messages"),
             f"{'speaker accuracy on matched':<28} {scores.speaker_right / matched if matched else 0.0:6.3f}"
             f"   ({scores.speaker_right} of {matched})",
             scores.joint.row("joint"),
             f"{'direct-quote precision':<28} {scores.direct.precision:6.3f}"
             f"   ({scores.direct.tp} of {scores.direct.n_pred} predicted direct)",
             "recall per gold type:        message  joint   (gold)"]
    for t, (msg, joint) in scores.by_type.items():
        lines.append(f"  {t:<26} {msg.recall:6.3f}  {joint.recall:6.3f}   ({msg.n_gold})")
    return "\n".join(lines)


def bench_10kgnad(path: Path, limit: int | None) -> str:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        rows = list(csv.reader(io.StringIO(fh.read()), delimiter=";", quotechar="'"))[:limit]
    docs = [Doc(f"g{i}", row[1]) for i, row in enumerate(rows) if len(row) > 1]
    started = time.process_time()  # CPU time: the machine is shared, wall time measures the others too
    n_quotes = sum(1 for doc in docs for _ in extract_quotes(doc, reported=True))
    seconds = time.process_time() - started
    return (f"10kGNAD: {len(docs)} articles, {n_quotes} quotes in {seconds:.2f} s CPU time: "
            f"{len(docs) / seconds:.0f} articles/s per core (extract_quotes with the learned models and reported "
            "acts, no mentions)")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="newsflow eval quotes", description=describe(__doc__))
    parser.add_argument("--split", choices=("train", "dev", "test"), help="SpkAtt news 2024 split")
    parser.add_argument("--devset", action="store_true", help="score the 16 devset articles")
    parser.add_argument("--articles", type=Path, action="append", metavar="JSONL",
                        help="score other articles in the devset's format (e.g. flows/eval/data/tune3.jsonl)")
    parser.add_argument("--blind", action="store_true",
                        help=f"score the blind articles in {BLIND_DIR.name}/ (for reporting; never tune on them)")
    parser.add_argument("--bench", choices=("10kgnad",), help="measure throughput instead of quality")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the shared data folder")
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    args = parser.parse_args(argv)
    if args.blind:
        args.articles = (args.articles or []) + sorted(BLIND_DIR.glob("*.jsonl"))
    if not (args.split or args.devset or args.bench or args.articles):
        parser.error("give --split, --devset, --articles, --blind or --bench")
    if args.bench:
        print(bench_10kgnad(args.data / "10kgnad" / "test.csv.gz", args.limit))
        return 0
    finder, note = mention_finder()
    if args.split:
        path = args.data / "spkatt-news-2024" / f"{args.split}.jsonl.gz"
        print(report(f"SpkAtt news 2024 {args.split}: top-level quotes, token-overlap F1 >= 0.5",
                     eval_spkatt(path, finder, args.limit), note))
    gold_files = ([args.data / "devset" / "articles.jsonl"] if args.devset else []) + (args.articles or [])
    for path in gold_files:
        scores, not_quote_hits = eval_devset(path, finder)
        print(report(f"{path.name}: all gold quotes, token-overlap F1 >= 0.5, speaker by canonical name",
                     scores, note))
        print(f"{'not-quotes reported':<28} {not_quote_hits}")
    return 0
