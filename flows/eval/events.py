"""``newsflow eval events``: score event extraction against gold articles in the devset format.

An event matches a gold event when the type is equal and the trigger spans overlap (one-to-one).
Printed: event P/R/F1, participant P/R/F1 over (event, role, name) triples, and on matched events the
accuracy of mode and of the resolved date (equal ISO day or both null; date_text exactness is shown
too). The devset and the tuning articles in ``flows/eval/data/*.jsonl`` are reported
separately so that over-fitting to the devset stays visible.
"""
from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from importlib import import_module
from pathlib import Path
from zoneinfo import ZoneInfo

from flows.cli import describe
from flows.eval.metrics import PRF, blank_boilerplate, match_one_to_one
from flows.events import extract_events
from flows.events.participants import adjective_resolver_available
from flows.records import Doc, Event, Mention, Quote

SHARED_DATA = Path(__file__).resolve().parents[3] / "shared" / "data"
DEVSET = SHARED_DATA / "devset" / "articles.jsonl"
EXTRA_DIR = Path(__file__).resolve().parent / "data"
# Articles nobody tunes on: written by engineers who never saw the extractors; scored with --blind.
BLIND_DIR = Path(__file__).resolve().parent / "blind"
BERLIN = ZoneInfo("Europe/Berlin")


@dataclass
class Scores:
    events: PRF = field(default_factory=PRF)
    participants: PRF = field(default_factory=PRF)
    matched: int = 0
    mode_ok: int = 0
    date_ok: int = 0
    date_text_ok: int = 0
    by_type: dict[str, PRF] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)

    def type_prf(self, event_type: str) -> PRF:
        return self.by_type.setdefault(event_type, PRF())


def load_articles(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def clean_text(article: dict) -> str:
    """The article text with gold boilerplate lines blanked out (offsets stay valid)."""
    return blank_boilerplate(article["text"], article["gold"].get("boilerplate", []))


def gold_mentions(article: dict) -> list[Mention]:
    return [Mention(n["start"], n["end"], n["surface"], n["kind"], n["canonical"], n["canonical"], "gold", 1.0)
            for n in article["gold"].get("names", [])]


def gold_quotes(article: dict) -> list[Quote]:
    return [Quote(f"{article['id']}:{q['id']}", q["start"], q["end"], q["text"], q["type"],
                  speaker_text=q.get("speaker_surface"), speaker_name=q.get("speaker"),
                  speaker_entity_id=q.get("speaker"))
            for q in article["gold"].get("quotes", [])]


def _upstream(module: str, name: str):  # noqa: ANN202 -- returns the upstream callable or None
    try:
        return getattr(import_module(module), name, None)
    except ImportError:
        return None


def predict(article: dict, mention_source: str, quote_source: str) -> list[Event]:
    return list(extract_events(*event_inputs(article, mention_source, quote_source)))


def event_inputs(article: dict, mention_source: str,
                 quote_source: str) -> tuple[Doc, Sequence[Mention], Sequence[Quote]]:
    """The doc, name mentions and quotes ``extract_events`` is given for a gold article (``predict``)."""
    published = datetime.fromisoformat(article["published_at"]).astimezone(BERLIN)
    doc = Doc(article["id"], clean_text(article), published.date(), published, article.get("title"))
    find_mentions = _upstream("flows.names", "find_mentions")
    extract_quotes = _upstream("flows.quotes", "extract_quotes")
    conventional = _upstream("flows.quotes", "conventional")
    if mention_source == "real" and find_mentions:
        mentions: Sequence[Mention] = list(find_mentions(doc))
    elif mention_source == "none":
        mentions = []
    else:
        mentions = gold_mentions(article)
    # the quotes the pipeline's events stage reads: all it stores but the reported speech acts
    quotes = (conventional(extract_quotes(doc, mentions, reported=True)) if quote_source == "real" and extract_quotes
              else gold_quotes(article))
    return doc, mentions, quotes


def trigger_overlaps(event: Event, gold: dict) -> bool:
    """Whether the event's trigger overlaps the gold event's trigger (part of ``eval events``' match)."""
    g_start = gold["trigger_start"]
    return event.trigger_start < g_start + len(gold["trigger"]) and g_start < event.trigger_end


def participant_set(event: Event) -> set[tuple[str, str]]:
    return {(p.role, p.name) for p in event.participants}


def gold_participant_set(gold: dict) -> set[tuple[str, str]]:
    return {("actor", a) for a in gold["actors"]} | {("target", t) for t in gold["targets"]}


def score_article(article: dict, events: list[Event], scores: Scores) -> None:
    gold = article["gold"]["events"]
    pairs = match_one_to_one(events, gold, lambda p, g: 1.0 if p.event_type == g["type"] and trigger_overlaps(p, g) else 0.0, 1.0)
    scores.events += PRF(len(pairs), len(events), len(gold))
    matched_pred = {i for i, _, _ in pairs}
    matched_gold = {j for _, j, _ in pairs}
    for i, event in enumerate(events):
        scores.type_prf(event.event_type).n_pred += 1
        scores.participants.n_pred += len(participant_set(event))
        if i not in matched_pred:
            scores.errors.append(f"FP {article['id']} {event.event_type:9} {event.trigger!r} @{event.trigger_start}")
    for j, g in enumerate(gold):
        scores.type_prf(g["type"]).n_gold += 1
        scores.participants.n_gold += len(gold_participant_set(g))
        if j not in matched_gold:
            scores.errors.append(f"FN {article['id']} {g['type']:9} {g['trigger']!r} @{g['trigger_start']}")
    for i, j, _ in pairs:
        event, g = events[i], gold[j]
        scores.type_prf(g["type"]).tp += 1
        scores.matched += 1
        scores.participants.tp += len(participant_set(event) & gold_participant_set(g))
        scores.mode_ok += event.mode == g["mode"]
        predicted_date = event.date.isoformat() if event.date else None
        scores.date_ok += predicted_date == g["date"]
        scores.date_text_ok += event.date_text == g["date_text"]
        if event.mode != g["mode"]:
            scores.errors.append(f"MODE {article['id']} {g['trigger']!r}: {event.mode} != {g['mode']}")
        if predicted_date != g["date"]:
            scores.errors.append(f"DATE {article['id']} {g['trigger']!r}: {event.date_text!r}={predicted_date} "
                                 f"!= {g['date_text']!r}={g['date']}")
        if participant_set(event) != gold_participant_set(g):
            scores.errors.append(f"PART {article['id']} {g['trigger']!r}: {sorted(participant_set(event))} "
                                 f"!= {sorted(gold_participant_set(g))}")


def evaluate(articles: list[dict], mention_source: str, quote_source: str) -> Scores:
    scores = Scores()
    for article in articles:
        score_article(article, predict(article, mention_source, quote_source), scores)
    return scores


def report(label: str, scores: Scores, per_type: bool) -> Iterator[str]:
    yield f"== {label}"
    yield scores.events.row("events (type + trigger)")
    yield scores.participants.row("participants")
    m = scores.matched or 1
    yield (f"{'on matched events':<28} mode acc {scores.mode_ok / m:.3f}  date acc {scores.date_ok / m:.3f}"
           f"  date_text exact {scores.date_text_ok / m:.3f}   (matched {scores.matched})")
    if per_type:
        for event_type, prf in sorted(scores.by_type.items()):
            yield "  " + prf.row(event_type)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="newsflow eval events", description=describe(__doc__))
    parser.add_argument("--devset", type=Path, default=DEVSET, help="gold articles (JSONL, devset format)")
    parser.add_argument("--extra", type=Path, nargs="*", default=sorted(EXTRA_DIR.glob("*.jsonl")),
                        help="further gold articles, reported separately")
    parser.add_argument("--blind", action="store_true",
                        help=f"score only the blind articles in {BLIND_DIR.name}/ (never tune on them)")
    parser.add_argument("--mentions", choices=("real", "gold", "none"), default="real",
                        help="name mentions: flows.names.find_mentions (falls back to gold when missing), "
                             "gold names, or none")
    parser.add_argument("--quotes", choices=("real", "gold"), default="real",
                        help="quotes: flows.quotes.extract_quotes (falls back to gold when missing) or gold")
    parser.add_argument("--per-type", action="store_true", help="print P/R/F1 per event type")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every error")
    args = parser.parse_args(argv)
    if not args.devset.exists():
        print(f"devset not found at {args.devset}")
        return 2
    names_real = args.mentions == "real" and _upstream("flows.names", "find_mentions") is not None
    quotes_real = args.quotes == "real" and _upstream("flows.quotes", "extract_quotes") is not None
    print(f"mentions: {'flows.names.find_mentions' if names_real else args.mentions if args.mentions != 'real' else 'gold (flows.names not importable yet)'}"
          f"; quotes: {'flows.quotes.extract_quotes' if quotes_real else 'gold'}"
          f"; adjective->country: {'flows.names.country_for_adjective' if adjective_resolver_available() else 'unavailable'}")
    if args.blind:
        sets = [(f"BLIND {path.name}", load_articles(path)) for path in sorted(BLIND_DIR.glob("*.jsonl"))]
    else:
        sets = [("devset " + args.devset.name, load_articles(args.devset))]
        sets += [(f"extra {path.name}", load_articles(path)) for path in args.extra]
    for label, articles in sets:
        scores = evaluate(articles, args.mentions, args.quotes)
        for line in report(f"{label} ({len(articles)} articles)", scores, args.per_type):
            print(line)
        if args.verbose:
            for kind, count in Counter(e.split()[0] for e in scores.errors).items():
                print(f"  {kind}: {count}")
            for error in scores.errors:
                print("  " + error)
    return 0
