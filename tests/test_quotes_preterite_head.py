"""Session 16 (second half): a sentence right after a quote that opens with a weak preterite plural (the form of
the Konjunktiv II as well) and goes on with a Konjunktiv I main clause after its comma goes on reporting as a
whole (``_preterite_head``): its first clause was read as a head of its own, so the sentence was no continuation
(tune7, tune21 ×2). Invented sentences."""
from __future__ import annotations

from flows.quotes import extract_quotes
from flows.records import Doc
from tests.test_quotes_bare_body_nouns import named


def _quotes(text: str) -> list[tuple[str, str | None]]:
    mentions = (named(text, "Jan Kurz", "PER", "Jan Kurz"),)
    return [(q.text, q.speaker_name) for q in extract_quotes(Doc("t", text), mentions)]


def test_a_preterite_clause_and_a_konjunktiv_clause_after_a_quote_continue_it() -> None:
    text = ("„Wir sind am Ende unserer Kräfte“, sagte Gewerkschafter Jan Kurz. Die Fahrer fehlten in allen "
            "Depots, die Dienstpläne seien nicht mehr zu halten.")
    assert ("Die Fahrer fehlten in allen Depots, die Dienstpläne seien nicht mehr zu halten", "Jan Kurz") \
        in _quotes(text)


def test_a_cue_verb_or_an_announcing_adverb_before_the_comma_stays_its_own_head() -> None:
    for head in ("Die Ärzte warnten am Abend", "Die Ärzte rechneten damit"):
        text = (f"„Wir sind am Ende unserer Kräfte“, sagte Gewerkschafter Jan Kurz. {head}, die Dienstpläne "
                "seien nicht mehr zu halten.")
        assert not any(t.startswith("Die Ärzte") and s == "Jan Kurz" for t, s in _quotes(text)), head
