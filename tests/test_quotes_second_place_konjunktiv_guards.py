"""Review 16a: the rows and guards of session 16's second-place Konjunktiv I (419aa94) that no test held, each pinned
on an invented sentence: every Konjunktiv I row of a verb stem in -t read before a capitalised word (where the
second-place reading does not apply), and every opening word that is no first constituent of its own
(``NOT_FIRST_PLACE``) before an adjective chain."""
from __future__ import annotations

import pytest

from flows.quotes.extract import _reported_mood
from flows.quotes.text import tokenize


@pytest.mark.parametrize("sentence", [
    "Die Kommune leiste Hilfe für die Opfer.",
    "Ein Konvoi warte Stunden an der Grenze.",
    "Die Stadt verpflichte Firmen zu mehr Schutz.",
    "Das Abkommen enthalte Regeln für den Handel.",
    "Die Behörde arbeite Hand in Hand mit der Polizei.",
    "Der Plan bedeute Einschnitte für alle.",
    "Die Stadt biete Familien kostenlose Kurse an.",
    "Die Behörde richte Notunterkünfte ein.",
    "Die Regierung fürchte Unruhen im Land.",
])
def test_a_konjunktiv_form_of_a_stem_in_t_before_a_capitalised_word_is_read(sentence: str) -> None:
    assert _reported_mood(tokenize(sentence)) == "k1"


@pytest.mark.parametrize("sentence", [
    "Ohne teure staatliche Hilfen geht es nicht.",  # prepositions of NOT_FIRST_PLACE's own list
    "Gegen teure private Mieten protestierten Tausende.",
    "Durch teure private Umwege verlor die Firma Geld.",
    "Um faire demokratische Wahlen ging es am Montag.",
    "Unter strenge staatliche Auflagen fällt das nicht.",
    "Für teure private Schulen fehlt das Geld.",  # PREPOSITIONS
    "Viele kleine private Firmen zahlen keine Steuern.",  # quantifiers
    "Manche kleine private Firmen zahlen keine Steuern.",
    "Einige kleine private Firmen zahlen keine Steuern.",
    "Wenige kleine private Firmen zahlen Steuern.",
    "Mehrere kleine private Firmen zahlen keine Steuern.",
    "Solche kleine private Firmen zahlen keine Steuern.",
    "Welche kleine private Firma zahlt Steuern?",
    "Keine kleine private Firma zahlt Steuern.",
    "Jede kleine private Firma zahlt Steuern.",
    "Und kleine private Firmen zahlen keine Steuern.",  # COORDINATORS
    "Weil kleine private Firmen keine Steuern zahlen, fehlt Geld.",  # SUBORDINATORS
])
def test_an_adjective_after_an_opening_preposition_quantifier_or_conjunction_is_no_verb(sentence: str) -> None:
    assert _reported_mood(tokenize(sentence)) is None


@pytest.mark.parametrize("sentence", [
    "Jan Krause sagte nichts dazu.",  # a capitalised name in -e after the given name is no verb
    "Die diesjährige findet am Samstag statt.",  # "Die" + an adjective used as a noun, then the verb
    "Die der Stadt gehörende staatliche Firma schließt.",  # a determiner inside the first constituent
    "Die Miete je nach Lage steigt.",  # a word of three letters or fewer ("je") is no verb
])
def test_no_second_place_verb_is_read_in_a_name_or_a_nominalised_adjective(sentence: str) -> None:
    assert _reported_mood(tokenize(sentence)) is None
