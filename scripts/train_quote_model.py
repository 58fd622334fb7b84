"""Train ``flows/quotes/data/quote_model.json``: the learned keep/add decisions of the quote extractor.

Reproducible (no randomness: L-BFGS from zero weights, sorted vocabulary and columns, exact sums, and the data it
learns from does not depend on the model in place: continuations go on with the rules' speaker): two runs write the
same bytes, and ``--check`` says whether the committed file is what a run writes (it is not: the 2026-11-24
artefact stays, see :data:`TRAINED_ON_OURS`). Learns from SpkAtt news 2024 **train** (with ``--ours`` also from
sets annotated by our conventions, :data:`OUR_SETS`), picks each model's threshold on SpkAtt **dev** (the rule
filter's by message F1, the others' by joint F1) among the values that keep the joint F1 on the articles of our
conventions (devset, heldout2) near its best; SpkAtt test is never read. Run from the repository root (about 40 s
on an idle core)::

    PYTHONPATH=. python scripts/train_quote_model.py [--data ../shared/data/spkatt-news-2024]
    PYTHONPATH=. python scripts/train_quote_model.py --check   # exit 1 when the committed file is not reproduced

SpkAtt labels: a rule quote is positive when at least half of its word tokens lie inside a gold quotation
(any type); a sentence without a rule quote is positive when at least half of its word tokens lie inside
a gold Indirect / FreeIndirect / IndirectFreeIndirect / Direct quotation (``Reported`` speech acts are
negatives: the devset conventions do not count them as quotes) and its heuristic speaker overlaps the
gold speaker, so the model only adds sentences whose speaker it can trust. Labels of our sets: the eval's own
matching rule and speaker rule (:func:`labelled_ours`, :func:`labelled_our_speakers`).
"""
from __future__ import annotations

import argparse
import gzip
import json
import math
from dataclasses import replace
from pathlib import Path

import numpy as np

from flows.eval.quotes import (DEVSET_TYPES, SPKATT_TYPES, Unit, devset_doc, new_scores, overlaps, score, spkatt_doc,
                               spkatt_golds, spkatt_units, token_f1, token_ids, unscored_nested)
from flows.names import find_mentions
from flows.quotes.extract import _with_speaker, quote_candidates, rules_speaker
from flows.quotes.model import Candidate, SpeakerOption
from scripts.logistic import fit

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DATA = REPO.parent / "shared" / "data" / "spkatt-news-2024"
#: articles annotated by our conventions (the devset and the first blind set, now for tuning): a threshold or
#: margin may not cost them quotes that SpkAtt dev does not clearly ask for
CONVENTIONS = [REPO.parent / "shared" / "data" / "devset" / "articles.jsonl",
               REPO / "flows" / "eval" / "data" / "events_heldout2.jsonl"]
#: their joint F1 may fall at most this much below the best trial's (less than one quote in their 250)
CONVENTIONS_TOLERANCE = 0.003
OUT = REPO / "flows" / "quotes" / "data" / "quote_model.json"
#: the sets annotated by our conventions that the model also learns from (labels from their gold, see
#: :func:`labelled_ours`): the devset, the first blind set and the tuning sets, ~3,000 gold quotes
OUR_SETS = ("devset", "heldout2", *(f"tune{k}" for k in range(3, 23)))
#: the sets of :data:`OUR_SETS` a default run learns from: none. Session 18 (round 2, protocol and figures in
#: ``flows/quotes/README.md``) trained SpkAtt train + devset, heldout2, tune3 … tune16 (``--ours``) against SpkAtt
#: train alone and read tune17 … tune22, which neither saw: micro joint F1 0.8891 vs 0.8882 (3 more right quotes of
#: 852), within the tie margin (0.002) written down before, and SpkAtt dev 0.7287 vs 0.7324; so SpkAtt train alone.
#: Neither was committed: both fail about ten invented-sentence tests and 15 of 20 10kGNAD changes read were wrong
#: (the README), so the 2026-11-24 artefact stays and ``--check`` reports that it is not reproduced
TRAINED_ON_OURS: tuple[str, ...] = ()
#: how much one of our candidates (and one speaker choice) counts against one of SpkAtt train with ``--ours``:
#: chosen among 1, 3 and 10 on tune14 … tune16 held out of the training part (never on tune17 … tune22)
OUR_WEIGHT = 3.0
L2 = {"rule": 2.0, "sentence": 2.0, "speaker": 1.0}
MARGINS = [0.0, 0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 1.01]
SENTENCE_TYPES = frozenset({"Indirect", "FreeIndirect", "IndirectFreeIndirect", "Direct"})
#: dev message F1 differences below this (about two quotations on dev) do not justify dropping more rule quotes
RULE_TOLERANCE = 0.004
THRESHOLDS = [round(0.05 * k, 2) for k in range(1, 20)]


def our_path(name: str) -> Path:
    """Where one of :data:`OUR_SETS` lies."""
    if name == "devset":
        return CONVENTIONS[0]
    return REPO / "flows" / "eval" / "data" / (f"events_{name}.jsonl" if name == "heldout2" else f"{name}.jsonl")


def load(path: Path) -> list[dict]:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def inside_fraction(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> float:
    import re
    words = [m.start() for m in re.finditer(r"\w+", text[start:end])]
    if not words:
        return 0.0
    return sum(any(s <= start + w < e for s, e in spans) for w in words) / len(words)


def speaker_right(q, ann: dict) -> bool:
    """Whether the candidate's speaker span overlaps the gold speaker (or both have none)."""
    gold = [tuple(s) for s in ann["speaker"]["spans"]]
    if q.speaker_start is None:
        return not gold
    return overlaps(((q.speaker_start, q.speaker_end),), gold)


def candidates(rows: list[dict]) -> list[tuple[dict, list, list[Candidate]]]:
    """Each row's mentions and candidates. A continuation goes on with the rules' speaker (``rules_speaker``), not
    the committed ranker's: the data the model learns from must not depend on the model it replaces (session 18:
    with the ranker, each retraining read its predecessor and no two runs wrote the same file)."""
    out = []
    for row in rows:
        doc = spkatt_doc(row)
        mentions = list(find_mentions(doc))
        out.append((row, mentions, list(quote_candidates(doc, mentions, rank=rules_speaker))))
    return out


def convention_candidates(paths: list[Path]) -> list[tuple[dict, list, list[Candidate]]]:
    out = []
    for path in paths:
        for row in map(json.loads, path.read_text(encoding="utf-8").splitlines()):
            doc = devset_doc(row)
            mentions = list(find_mentions(doc))
            out.append((row, mentions, list(quote_candidates(doc, mentions, rank=rules_speaker))))
    return out


def conventions_joint(data: list[tuple[dict, list, list[Candidate]]], keep, speaker=lambda c: None) -> float:
    """Joint F1 on the articles annotated by our conventions (scored as ``newsflow eval quotes --devset``)."""
    scores = new_scores(DEVSET_TYPES)
    for row, _, cands in data:
        quotes = [_with_speaker(c.quote, speaker(c)) for c in cands if keep(c)]
        preds = [Unit(((q.start, q.end),), q.type, speaker_name=q.speaker_name) for q in quotes]
        golds = [Unit(((g["start"], g["end"]),), g["type"], speaker_name=g["speaker"]) for g in row["gold"]["quotes"]]
        score(devset_doc(row).text, preds, golds, lambda p, g: p.speaker_name == g.speaker_name, DEVSET_TYPES,
              scores)
    return scores.joint.f1


def guarded(trials: list[tuple[tuple[float, float], float, float]]) -> list[tuple[tuple[float, float], float]]:
    """The trials ``((dev joint, dev message), value, conventions joint)`` whose conventions joint F1 is within
    :data:`CONVENTIONS_TOLERANCE` of the best one, without it."""
    best = max(c for _, _, c in trials)
    return [(key, value) for key, value, c in trials if c >= best - CONVENTIONS_TOLERANCE]


def labelled(data: list[tuple[dict, list, list[Candidate]]], kind: str,
             speaker=lambda c: None) -> tuple[list[tuple[str, ...]], list[int]]:
    """Keep/add labels; a sentence also needs the speaker ``speaker(candidate)`` picks to be right."""
    feats, labels = [], []
    for row, _, cands in data:
        anns = row["annotations"]
        wanted = [a for a in anns if kind == "rule" or a["type"] in SENTENCE_TYPES]
        for c in cands:
            if c.kind == kind:
                q = _with_speaker(c.quote, speaker(c))
                feats.append(c.features)
                labels.append(int(any(inside_fraction(row["text"], q.start, q.end,
                                                      [tuple(s) for s in a["quote"]["spans"]]) >= 0.5
                                      and (kind == "rule" or speaker_right(q, a)) for a in wanted)))
    return feats, labels


def our_gold(text: str, q, row: dict) -> dict | None:
    """The gold quote ``q`` matches by the eval's rule (token F1 at least 0.5; the best one), if any."""
    tokens = token_ids(text, ((q.start, q.end),))
    best = max(((token_f1(tokens, token_ids(text, ((g["start"], g["end"]),))), k)
                for k, g in enumerate(row["gold"]["quotes"])), default=(0.0, -1))
    return row["gold"]["quotes"][best[1]] if best[0] >= 0.5 else None


def labelled_ours(data: list[tuple[dict, list, list[Candidate]]], kind: str
                  ) -> tuple[list[tuple[str, ...]], list[int]]:
    """Keep/add labels of our articles: a rule quote is positive when it matches a gold quote by the eval's rule;
    a sentence when it does and its heuristic speaker (the rules' own) is the gold speaker (canonical names)."""
    feats, labels = [], []
    for row, _, cands in data:
        text = devset_doc(row).text
        for c in cands:
            if c.kind == kind:
                gold = our_gold(text, c.quote, row)
                feats.append(c.features)
                labels.append(int(gold is not None and (kind == "rule" or c.quote.speaker_name == gold["speaker"])))
    return feats, labels


def add_group(feats: list[tuple[str, ...]], labels: list[int], groups: list[int],
              options: tuple[SpeakerOption, ...], right: list[int]) -> None:
    """Append one candidate's speaker options, their labels ``right`` and a new group index, when one is right."""
    if not any(right):
        return
    feats.extend(o.features for o in options)
    labels.extend(right)
    groups.extend([groups[-1] + 1 if groups else 0] * len(right))  # groups are contiguous from 0


def labelled_our_speakers(data: list[tuple[dict, list, list[Candidate]]]
                          ) -> tuple[list[tuple[str, ...]], list[int], list[int]]:
    """Speaker options of our candidates that match a gold quote and have a right option (the devset's speaker
    rule: the same canonical name, or none for none), with each option's group as :func:`labelled_speakers`."""
    feats, labels, groups = [], [], []
    for row, _, cands in data:
        text = devset_doc(row).text
        for c in cands:
            gold = our_gold(text, c.quote, row)
            right = [int(o.name == gold["speaker"]) for o in c.speakers] if gold else []
            add_group(feats, labels, groups, c.speakers, right)
    return feats, labels, groups


def gold_match(text: str, q, anns: list[dict]) -> dict | None:
    """The top-level gold quotation that holds most of ``q``'s words (at least half), if any."""
    best = max(((inside_fraction(text, q.start, q.end, [tuple(s) for s in a["quote"]["spans"]]), k)
                for k, a in enumerate(anns) if not a["isNested"] and a["quote"]["spans"]), default=(0.0, -1))
    return anns[best[1]] if best[0] >= 0.5 else None


def speaker_option_right(option: SpeakerOption, ann: dict, mentions: list) -> bool:
    """The eval's speaker rule for one option: span overlap or the same entity (no speaker: none in gold)."""
    gold = [tuple(s) for s in ann["speaker"]["spans"]]
    if option.start is None:
        return not gold
    if overlaps(((option.start, option.end),), gold):
        return True
    entities = {m.entity_id for m in mentions if m.entity_id and overlaps(((m.start, m.end),), gold)}
    return option.entity_id is not None and option.entity_id in entities


def labelled_speakers(data: list[tuple[dict, list, list[Candidate]]]
                      ) -> tuple[list[tuple[str, ...]], list[int], list[int]]:
    """Speaker options of candidates that match a gold quotation and have a right option, labelled by the
    eval's speaker rule, with the index of each option's candidate (its group)."""
    feats, labels, groups = [], [], []
    for row, mentions, cands in data:
        for c in cands:
            ann = gold_match(row["text"], c.quote, row["annotations"])
            right = [int(speaker_option_right(o, ann, mentions)) for o in c.speakers] if ann else []
            add_group(feats, labels, groups, c.speakers, right)
    return feats, labels, groups


def probability(weights: dict[str, float], features: tuple[str, ...]) -> float:
    # math.fsum: exact, so the same whatever order the features come in (a set's order changes between processes)
    z = math.fsum(weights.get(f, 0.0) for f in features)
    return 1.0 / (1.0 + np.exp(-z))


def speaker_probabilities(weights: dict[str, float], options: tuple[SpeakerOption, ...]) -> list[float]:
    """The softmax over a candidate's speaker options (as ``flows.quotes.model.speaker_probabilities``)."""
    z = np.array([math.fsum(weights.get(f, 0.0) for f in o.features) for o in options])
    e = np.exp(z - z.max()) if len(z) else z
    return list(e / e.sum()) if len(z) else []


def dev_joint(data: list[tuple[dict, list, list[Candidate]]], keep, speaker=lambda c: None) -> tuple[float, float]:
    """Dev (message F1, joint F1) of the pipeline when ``keep(candidate)`` decides and ``speaker(candidate)``
    picks the speaker option (None: the rules' speaker)."""
    scores = new_scores(SPKATT_TYPES)
    for row, mentions, cands in data:
        doc = spkatt_doc(row)
        quotes = sorted((_with_speaker(c.quote, speaker(c)) for c in cands if keep(c)),
                        key=lambda q: (q.start, -q.end))
        preds = spkatt_units([replace(q, quote_id=str(i)) for i, q in enumerate(quotes)])
        golds, nested = spkatt_golds(row)
        preds = unscored_nested(doc.text, preds, golds, nested)

        def speaker_ok(p: Unit, g: Unit, mentions=mentions) -> bool:
            if not p.speaker_spans and not g.speaker_spans:
                return True
            if overlaps(p.speaker_spans, g.speaker_spans):
                return True
            gold = {m.entity_id for m in mentions if m.entity_id and overlaps(((m.start, m.end),), g.speaker_spans)}
            return p.speaker_entity is not None and p.speaker_entity in gold

        score(doc.text, preds, golds, speaker_ok, SPKATT_TYPES, scores)
    return scores.messages.f1, scores.joint.f1


def trained(data: Path, our_sets: tuple[str, ...] = TRAINED_ON_OURS, our_weight: float = OUR_WEIGHT) -> dict:
    """The model: SpkAtt train and the sets ``our_sets`` (their rows weighted ``our_weight``), thresholds on SpkAtt
    dev guarded by :data:`CONVENTIONS`."""
    train = candidates(load(data / "train.jsonl.gz"))
    dev = candidates(load(data / "dev.jsonl.gz"))
    conventions = convention_candidates(CONVENTIONS)
    mine = convention_candidates([our_path(name) for name in our_sets])

    def joined(spkatt: tuple[list, list], our: tuple[list, list]) -> tuple[list, list, list[float]]:
        return spkatt[0] + our[0], spkatt[1] + our[1], [1.0] * len(spkatt[0]) + [our_weight] * len(our[0])

    speaker_feats, speaker_labels, groups = labelled_speakers(train)
    our_feats, our_labels, our_groups = labelled_our_speakers(mine)
    offset = groups[-1] + 1 if groups else 0
    weights = {"speaker": fit(speaker_feats + our_feats, speaker_labels + our_labels, L2["speaker"],
                              groups + [g + offset for g in our_groups],
                              sample_weights=[1.0] * len(speaker_feats) + [our_weight] * len(our_feats))}
    option_probs = {id(o): p for _, _, cands in train + dev + conventions for c in cands
                    for o, p in zip(c.speakers, speaker_probabilities(weights["speaker"], c.speakers))}

    def pick(c: Candidate, margin: float = 0.0) -> SpeakerOption | None:
        if not c.speakers:
            return None
        top = max(c.speakers, key=lambda o: option_probs[id(o)])
        return top if option_probs[id(top)] - option_probs[id(c.speakers[0])] >= margin else None

    for kind in ("rule", "sentence"):
        feats, labels, row_weights = joined(labelled(train, kind), labelled_ours(mine, kind))
        if kind == "rule":
            # whether a rule quote is one depends on its attribution, not on the topic words of its sentence
            feats = [tuple(f for f in fs if not f.startswith("w:")) for fs in feats]
        weights[kind] = fit(feats, labels, L2[kind], sample_weights=row_weights)
    probs = {id(c): probability(weights[c.kind], c.features) for _, _, cands in dev + conventions for c in cands}
    chosen = {"rule": 0.0, "sentence": 1.01}
    for kind in ("rule", "sentence"):
        trials = []
        for t in [0.0, *THRESHOLDS, 1.01]:
            trial = {**chosen, kind: t}
            keep = lambda c, trial=trial: probs[id(c)] >= trial[c.kind]  # noqa: E731
            msg, joint = dev_joint(dev, keep, pick)
            ours_joint = conventions_joint(conventions, keep, pick)
            print(f"{kind} threshold {t:.2f}: dev message F1 {msg:.3f} joint F1 {joint:.3f}, "
                  f"conventions joint F1 {ours_joint:.3f}")
            # the rule filter decides whether a rule quote is a quotation (the ranker decides its speaker), so
            # its threshold is judged by message F1; the sentence model adds quotes whose speaker it trusts
            trials.append(((round(msg, 3), round(joint, 3)) if kind == "rule" else (round(joint, 3), round(msg, 3)),
                           t, ours_joint))
        trials = guarded(trials)
        best = max(trials)[0][0]
        # the rule filter: among the thresholds within RULE_TOLERANCE of the best message F1, the best joint F1
        # (the lowest threshold on a tie, dropping as few rule quotes as dev allows)
        chosen[kind] = max((joint, -t) for (f1, joint), t in trials if f1 >= best - RULE_TOLERANCE)[1] * -1 \
            if kind == "rule" else max(trials)[1]
    keep = lambda c: probs[id(c)] >= chosen[c.kind]  # noqa: E731
    trials = []
    for margin in MARGINS:
        msg, joint = dev_joint(dev, keep, lambda c, margin=margin: pick(c, margin))
        ours_joint = conventions_joint(conventions, keep, lambda c, margin=margin: pick(c, margin))
        print(f"speaker margin {margin:.2f}: dev message F1 {msg:.3f} joint F1 {joint:.3f}, "
              f"conventions joint F1 {ours_joint:.3f}")
        trials.append(((round(joint, 3), 0.0), margin, ours_joint))
    # ties: the larger margin, fewer overrides
    chosen["speaker"] = max(guarded(trials), key=lambda t: (t[0][0], t[1]))[1]
    print(f"thresholds {chosen}, {sum(len(w) for w in weights.values())} weights")
    ours = f" and our sets {', '.join(our_sets)} (weight {our_weight:g})" if our_sets else ""
    return {
        "source": f"SpkAtt news 2024 train (Petersen-Frey & Biemann 2024){ours}, thresholds on dev; "
                  "scripts/train_quote_model.py",
        "models": {kind: {"threshold": chosen[kind], "weights": dict(sorted(weights[kind].items()))}
                   for kind in ("rule", "sentence", "speaker")},
    }


def serialised(model: dict) -> str:
    """The JSON text of the artefact (the bytes the script writes)."""
    return json.dumps(model, ensure_ascii=False, indent=0) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--ours", default=",".join(TRAINED_ON_OURS),
                        help=f"sets of ours to learn from too, comma-separated, of {', '.join(OUR_SETS)} "
                             "(default: none, SpkAtt train only)")
    parser.add_argument("--our-weight", type=float, default=OUR_WEIGHT)
    parser.add_argument("--check", action="store_true",
                        help="retrain in memory and compare with --out; exit 1 when they differ (nothing written)")
    args = parser.parse_args(argv)
    ours = tuple(name for name in args.ours.split(",") if name)
    text = serialised(trained(args.data, ours, args.our_weight))
    if args.check:
        same = args.out.read_text(encoding="utf-8") == text
        print(f"{args.out}: {'reproduced' if same else 'DIFFERS from the retrained model'}")
        return 0 if same else 1
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
