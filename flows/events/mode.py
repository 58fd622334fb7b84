"""Event mode: realized, intended (planned/announced), hypothetical (conditional/possible), negated.

Cues are read in the trigger's clause, quoted words excluded unless the trigger is quoted too.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from flows.events.text import PARTICIPLE_RE, Sentence, clause_bounds
from flows.records import EventMode

NEGATION_RE = re.compile(
    r"\b(?:nicht(?! nur\b)|kein|keine|keinen|keiner|keinem|keines|nie|niemals|gescheitert|scheiterte[n]?)\b")
#: an event named in a weder ... noch pair, within a few words of the conjunction
NEITHER_RE = re.compile(r"\bweder\b(?:[^,.;]*\bnoch\b)?\s+(?:[\w-]+\s+){0,3}$")
#: a withdrawn plan: its object is negated ("nahm die geplante Schließung zurück")
WITHDRAWN_RE = re.compile(r"\b(?:nahm|nahmen|nimmt)\b.*\bzurück\b|\bzurückgenommen\b|\bgestoppt\b|"
                          r"\b(?:sagte|sagten|sagt)\b.*\bab\b|\babgesagt\b")
CONDITION_START_RE = re.compile(r"^\W*(?:Sollte|Sollten|Falls|Wenn|Sofern)\b")
CONDITION_LATER_RE = re.compile(r"\b(?:falls|wenn|sofern)\b")
#: "für den Fall einer Ablehnung" opening the sentence, or right before the event noun
IN_CASE_START_RE = re.compile(r"^\W*(?:Im Falle?|Für den Fall)\b")
IN_CASE_BEFORE_RE = re.compile(
    r"\b(?:im Falle?|für den Fall)\s+(?:\w+\s+){0,2}$", re.I)
#: possibility adjectives make the noun they modify hypothetical
POSSIBLE_BEFORE_RE = re.compile(
    r"\b(?:mögliche[nmrs]?|eventuelle[nmrs]?|etwaige[nmrs]?|potenzielle[nmrs]?)\s+(?:\w+\s+)?$", re.I)
#: hoping for or warning of an event does not make it happen
HOPE_OR_FEAR_RE = re.compile(r"\b(?:hofft\w*|erhofft\w*|warnt\w*|gewarnt|befürchtet\w*|fürchtet\w*)\b")
#: an attributive plan adjective makes only its noun intended: "das geplante Treffen"
PLANNED_BEFORE_RE = re.compile(r"\b(?:geplante[nmrs]?|angekündigte[nmrs]?|vorgesehene[nmrs]?)\s+(?:\w+\s+)?$")
HYPOTHETICAL_RE = re.compile(
    r"\b(?:denkbar|bereit|"
    r"prüf(?:t|e|en)|erwäg(?:t|e|en)|wäre|wären|würde|würden|könnte|könnten|könne|vorbehalten|"
    r"vor(?:behalte|behält)|kaum durchsetzbar|[Ee]rlaubnis|unwahrscheinlich|fraglich|ungewiss)\b")
#: an open question ("prüft noch, ob sie die Versammlung untersagt") is hypothetical
QUESTION_CLAUSE_RE = re.compile(r"^\W*ob\b")
INTENDED_RE = re.compile(
    r"\b(?:will|wollen|wolle|wollten|soll|sollen|solle|werde|werden|wird|plant|planen|plante|"
    r"geplant|vorgesehen|angestrebt\w*|strebt\w*|streben|in Aussicht|(?<!als )erwartet|künftig|beabsichtig\w*|"
    r"kurz vor dem Abschluss)\b")
#: a present passive ("Russland wird vorgeworfen") uses werden without planning anything
PRESENT_PASSIVE_AUXILIARY_RE = re.compile(r"\b(?:wird|werden)\b")
#: "soll ... gefordert haben" reports a past event as hearsay, not a plan
HEARSAY_RE = re.compile(r"\b(?:soll|sollen)\b.*\b\w+(?:t|en)\s+(?:haben|sein)\b")
PLAN_FRAME_RE = re.compile(r"\bsieht\b.*\bvor\b|\bkündigt\w*\b.*\ban\b|\bdroht\w*\b.*\bmit\b")
#: speech acts stay realized when a conditional elsewhere in the sentence concerns their content
SPEECH_ACT_TYPES = frozenset({"ANNOUNCE", "REQUEST", "THREATEN", "ACCUSE", "SUPPORT", "REJECT"})
#: meetings and agreements that a refusal in their clause keeps from happening
REFUSED_TYPES = frozenset({"CONSULT", "AGREE"})
ZU_INFINITIVE_RE = re.compile(r"(?:\bzu\s+\w+|\w+zu\w+en)$")
#: a demand or threat noun governs the event its complement names: "Forderung nach Neuwahlen",
#: "Aufruf zu Protesten", "Drohung mit Zöllen"
DEMAND_COMPLEMENT_RE = re.compile(
    r"^\s+(?:nach|zu|zur|zum|um|mit)\s+(?:(?:de[nmrs]|die|das|eine[mnrs]?|ein|neue[mnrs]?|weitere[mnrs]?|"
    r"sofortige[mnrs]?|schärfere[mnrs]?|härtere[mnrs]?)\s+)*$")


class _Trigger(Protocol):
    start: int
    end: int
    is_noun: bool

    @property
    def rule(self): ...  # noqa: ANN201 -- TriggerRule, kept structural to avoid an import cycle


def _unquoted(text: str, start: int, end: int, quoted: Sequence[tuple[int, int]], trigger: int) -> str:
    """The clause text with quotations blanked out, unless the trigger itself sits in that quotation."""
    chars = list(text[start:end])
    for a, b in quoted:
        if a <= trigger < b:
            continue
        for i in range(max(a, start), min(b, end)):
            chars[i - start] = " "
    return "".join(chars)


def event_mode(text: str, sentence: Sentence, start: int, end: int, event_type: str, is_noun: bool,
               quoted: Sequence[tuple[int, int]], others: Sequence[_Trigger]) -> EventMode:
    """Classify the mode of the event triggered at ``start:end``.

    >>> from flows.events.text import sentences
    >>> s = next(sentences("Neue Gespräche sind nicht geplant."))
    >>> event_mode(s.text, s, 5, 14, "CONSULT", True, [], [])
    'negated'
    """
    left, right = clause_bounds(sentence, start, end)
    clause = _unquoted(text, left, right, quoted, start)
    speech_act = event_type in SPEECH_ACT_TYPES and not is_noun
    if NEGATION_RE.search(clause):
        return "negated"
    if NEITHER_RE.search(text, max(sentence.start, start - 120), start):
        return "negated"  # "weder Sanktionen verhängt noch Gespräche geführt"; not "als weder frei noch fair"
    if is_noun and WITHDRAWN_RE.search(text[left:right]):
        return "negated"
    if CONDITION_START_RE.search(sentence.text) and (not speech_act or left == sentence.start):
        return "hypothetical"  # the condition itself, and what depends on it
    if not speech_act:
        if IN_CASE_START_RE.search(sentence.text):
            return "hypothetical"
        if is_noun and (IN_CASE_BEFORE_RE.search(text[max(left, start - 60):start])
                        or POSSIBLE_BEFORE_RE.search(text[max(left, start - 40):start])):
            return "hypothetical"
        if CONDITION_LATER_RE.search(text[end:sentence.end]) and not CONDITION_LATER_RE.search(
                text[sentence.start:start]):
            return "hypothetical"
    if QUESTION_CLAUSE_RE.search(text[left:start]):
        return "hypothetical"
    if HYPOTHETICAL_RE.search(clause) and not HEARSAY_RE.search(clause):
        return "hypothetical"
    is_infinitive = bool(ZU_INFINITIVE_RE.search(text[max(left, start - 30):end]))
    if is_infinitive or is_noun:
        if is_noun and any(t.rule.event_type == "THREATEN" and left <= t.start < right for t in others):
            return "hypothetical"  # the object of a threat: "drohte mit Streiks"
        if is_noun and event_type in REFUSED_TYPES and any(
                t.rule.event_type == "REJECT" and not t.is_noun and left <= t.start < right for t in others):
            return "negated"  # talks refused or called off: "Gespräche lehnte er ab", "sagte das Treffen ab"
        if is_noun and not speech_act and any(
                t.rule.event_type in ("REQUEST", "THREATEN") and t.is_noun and t.end <= start
                and DEMAND_COMPLEMENT_RE.match(text[t.end:start]) for t in others):
            return "hypothetical"
        governors = [t for t in others if t.end <= start and not t.is_noun]
        if governors:
            governor = governors[-1].rule.event_type
            if governor in ("REQUEST", "THREATEN") and not speech_act:
                return "hypothetical"
            if governor in ("ANNOUNCE", "AGREE"):
                return "intended"
        if is_noun and PLAN_FRAME_RE.search(text[left:right]):
            return "hypothetical" if re.search(r"\bdroht\w*\b", text[left:start]) else "intended"
        if is_noun and HOPE_OR_FEAR_RE.search(clause):
            return "hypothetical"  # "hofft auf Waffenlieferungen", "warnte vor einem Angriff"
        if is_infinitive and left - 2 > sentence.start:
            # the clause governing the infinitive: "Die Regierung erwägt, Truppen ... zu entsenden"
            gov_left, gov_right = clause_bounds(sentence, left - 2, left - 1)
            governing = _unquoted(text, gov_left, gov_right, quoted, start)
            if HYPOTHETICAL_RE.search(governing):
                return "hypothetical"
            if INTENDED_RE.search(governing) and not HEARSAY_RE.search(governing):
                return "intended"
    if PARTICIPLE_RE.fullmatch(text[start:end]) and not is_noun:
        clause = PRESENT_PASSIVE_AUXILIARY_RE.sub(" ", clause)  # "wird vorgeworfen" is a passive, not a plan
    if is_noun and PLANNED_BEFORE_RE.search(text[max(left, start - 40):start]):
        return "intended"
    if INTENDED_RE.search(clause) and not HEARSAY_RE.search(clause):
        return "intended"
    return "realized"
