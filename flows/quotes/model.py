"""Learned decisions on top of the quote rules: which rule quotes to keep, which cue-less sentences to add.

Two logistic-regression models over sparse binary features, trained on SpkAtt news 2024 **train** by
``scripts/train_quote_model.py`` (thresholds chosen on dev) and stored in ``data/quote_model.json``:

- ``rule``: is a quote found by the rules really (part of) a quotation? Drops e.g. titles in marks and
  narrated clauses after a comma that the rules took for reported speech;
- ``sentence``: is a sentence without any rule quote but with a finite reported clause (``, dass …`` or
  reported mood) reported speech whose heuristic speaker is right (the previous quote's speaker or
  subject in reported mood, else its own subject)? It becomes a cue-less indirect quote. SpkAtt
  ``Reported`` speech acts and ``zu``-infinitive complements stay out (devset conventions).

>>> from flows.quotes.text import tokenize
>>> sorted(sentence_features(tokenize("Er sei krank."), "k1", True, False, 3))[:4]
['after_quote', 'bias', 'end:.', 'first:er']
"""
from __future__ import annotations

import json
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from itertools import repeat
from pathlib import Path

from flows.quotes.lexicon import has_cue
from flows.quotes.text import QUOTE, Token
from flows.records import Quote

MODEL_PATH = Path(__file__).resolve().parent / "data" / "quote_model.json"
#: words whose presence the sentence model looks at (besides the learned word features)
COMPLEMENTIZER_WORDS = frozenset("dass ob wonach demnach zufolge laut".split())
LENGTH_BUCKETS = (4, 8, 15, 25, 40)
#: a digit or a web address in quoted words (``JAR-OPS 3``, ``heise.de``, ``m²``): one search, not a generator per
#: character. The digits are ``\d`` (decimal digits of every script) and the super- and subscript digits; unlike
#: ``str.isdigit`` it leaves out 108 rare numeric symbols (circled, parenthesised and dingbat digits ``①``, ``⑴``,
#: ``❶``, Ethiopic and Brahmi numerals, category No), none of them in the training text
DIGIT_OR_ADDRESS_RE = re.compile(r"[\d¹²³⁰⁴-⁹₀-₉]|\w\.\w")


@dataclass(frozen=True, slots=True)
class SpeakerOption:
    """A possible speaker of a candidate quote (``text`` None: no speaker) with its ranking features."""

    text: str | None
    start: int | None
    end: int | None
    entity_id: str | None
    name: str | None
    features: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Candidate:
    """A quote the rules propose (``kind="rule"``) or a sentence that may be one (``"sentence"``), with
    the speakers the ranker chooses from (the first option is the rules' choice)."""

    quote: Quote
    kind: str
    features: tuple[str, ...]
    speakers: tuple[SpeakerOption, ...] = ()


def _bucket(n: int) -> int:
    return next((b for b in LENGTH_BUCKETS if n <= b), LENGTH_BUCKETS[-1] + 1)


def sentence_features(toks: Sequence[Token], mood: str | None, after_quote: bool, attributed: bool,
                      index: int) -> tuple[str, ...]:
    """Features of one sentence: its words outside quotation marks (lowercased), its first word and
    final punctuation, the reported mood, whether the sentence before had a quote, whether the rules
    found an attribution, quotation marks, a cue verb from the lexicon, length and position."""
    words = [t.text for t in toks if t.text != QUOTE]
    feats = {"bias", f"mood:{mood}", f"len:{_bucket(len(words))}"}
    feats.update(f"w:{w.lower()}" for w in words if w.isalpha())
    if toks:
        feats.add(f"first:{toks[0].text.lower() if toks[0].text != QUOTE else 'QUOTE'}")
        feats.add(f"end:{toks[-1].text if not toks[-1].text.isalnum() else 'none'}")
    if after_quote:
        feats.add("after_quote")
    if attributed:
        feats.add("attributed")
    if len(words) < len(toks):
        feats.add("has_quote")
    if has_cue([t.text for t in toks]):  # the rules' particle matcher: "teilte … mit", not a bare "teilte"
        feats.add("cue_verb")
    if COMPLEMENTIZER_WORDS.intersection(words):
        feats.add("complementizer")
    if index < 2:
        feats.add(f"index:{index}")
    return tuple(feats)


def quote_features(q: Quote) -> tuple[str, ...]:
    """Features of a rule quote: type, cue, kind of speaker, confidence, length and first character."""
    speaker = ("none" if q.speaker_text is None else "pronoun" if q.speaker_text in ("er", "sie", "Er", "Sie")
               else "linked" if q.speaker_entity_id else "unlinked")
    cue = q.cue.split()[0].lower() if q.cue else "none"
    shape = _shape(q.text)
    return (f"q:type:{q.type}", f"q:cue:{cue}", f"q:speaker:{speaker}", f"q:conf:{q.confidence}",
            f"q:len:{_bucket(len(q.text.split()))}", f"q:upper:{q.text[:1].isupper()}",
            f"q:type_speaker:{q.type}:{speaker}", f"q:type_cue:{q.type}:{q.cue is not None}",
            f"q:type_shape:{q.type}:{shape}", f"q:type_cue_shape:{q.type}:{q.cue is not None}:{shape}")


def _shape(text: str) -> str:
    """How the quoted words look: ``title`` when every word is capitalised or a short function word
    (names and titles: „Voodoo Lounge“, „Gesetz zur Bekämpfung …“), ``digit`` with a digit or a web
    address (``JAR-OPS 3``, ``heise.de``), else ``words``; a single word is ``one`` (or ``one_lower``).

    >>> [_shape(t) for t in ("Voodoo Lounge", "viel zu zögerlich", "Quantensprung", "heise.de", "extrem")]
    ['title', 'words', 'one', 'digit', 'one_lower']
    """
    words = text.split()
    if DIGIT_OR_ADDRESS_RE.search(text):
        return "digit"
    if len(words) == 1:
        return "one" if text[:1].isupper() else "one_lower"
    if all(w[:1].isupper() or len(w) <= 3 for w in words):
        return "title"
    return "words"


@cache
def _model() -> dict[str, tuple[dict[str, float], float]]:
    with open(MODEL_PATH, encoding="utf-8") as fh:
        raw = json.load(fh)
    return {kind: (m["weights"], m["threshold"]) for kind, m in raw["models"].items()}


def probability(kind: str, features: Sequence[str]) -> float:
    """P(quote) of a candidate under the ``kind`` model."""
    weights, _ = _model()[kind]
    z = sum(map(weights.get, features, repeat(0.0)))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def accepts(kind: str, features: Sequence[str]) -> bool:
    """Whether the ``kind`` model keeps the candidate (probability at least its threshold)."""
    return probability(kind, features) >= _model()[kind][1]


def choose_speaker(options: Sequence[SpeakerOption], margin: float | None = None) -> SpeakerOption | None:
    """The speaker the ``speaker`` model ranks first, when its probability beats the rules' choice
    (``options[0]``) by at least ``margin`` (default: the model's threshold); else the rules' choice.

    >>> rule = SpeakerOption("er", 0, 2, None, None, ("src:rule",))
    >>> choose_speaker([rule], 0.0) is rule
    True
    """
    if not options:
        return None
    margin = _model()["speaker"][1] if margin is None else margin
    scored = list(zip(speaker_probabilities(options), options))
    best_p, best = max(scored, key=lambda s: s[0])
    return best if best_p - scored[0][0] >= margin else options[0]


def speaker_probabilities(options: Sequence[SpeakerOption]) -> list[float]:
    """The ``speaker`` model's softmax over the options of one quote (a conditional logit)."""
    weights, _ = _model()["speaker"]
    z = [sum(map(weights.get, o.features, repeat(0.0))) for o in options]
    top = max(z, default=0.0)
    e = [math.exp(v - top) for v in z]
    total = sum(e)
    return [v / total for v in e]
