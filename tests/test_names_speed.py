"""The shortcuts of the names stage (session 12): word tests cached per word and the words ``_candidates`` passes
over without its full chain of tests must give the mentions the full chain gives."""
from __future__ import annotations

from dataclasses import astuple
from datetime import date

import pytest

from flows.names import mentions as M
from flows.names import find_mentions
from flows.records import Doc

#: Invented paragraphs with the shapes the shortcuts meet: lower-case words, capitalised nouns between them,
#: names after role nouns and given names, bodies with prepositional heads, acronyms in brackets, English heads.
TEXTS = [
    "Die Regierung will am Montag beraten. Bundeskanzler Friedrich Merz sagte, die Lage sei ernst. Merz reist "
    "danach nach Paris, wo ihn Emmanuel Macron empfängt. Der Präsident lobte die Zusammenarbeit.",
    "Der Verein Grünes Tal hat beim Landgericht geklagt. Die Hilfsorganisation „Brot für Alle“ half, und das "
    "Berliner Zentrum für Stadtforschung legte eine Studie vor. Laut Studie stieg die Miete.",
    "Die Bundesanstalt für Wasserbau (BAW) prüft den Damm. Die BAW teilte mit, der Landkreis Oder-Spree sei "
    "informiert. Der Haushaltsausschuss des Bundestages tagt am Dienstag, sagte Anna Beispiel, die Sprecherin.",
    "Im Nord-Kivu kämpfen Milizen. Das Levant Policy Institute warnte vor Hunger; sagte Tore O. Sandvik, der "
    "Leiter. Ministerin Reiche und der Innenminister trafen sich in Wien mit Vertretern der ÖVP.",
    "Griss: Wir bleiben. Irmgard Griss kandidiert. Die Kanzlerin a.D. sprach in Brüssel. Papst Leo empfing "
    "Gäste aus Kenia, die Firma Velocan GmbH lieferte, und Velocans Chef sagte ab.",
    "Nun legte das Zentrum für Stadtforschung Zahlen vor. Dazu sagte Gerlinde van Beispielen gestern, es fehle Geld; "
    "so sagte Olumbe Tarkasson am Abend. Die Gäste kamen aus Wettelbrunn und blieben, der Sportausschuss des Bundestages vertagte sich.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_shortcuts_give_the_mentions_of_the_full_chain(text, monkeypatch):
    doc = Doc("t", text, published_on=date(2026, 1, 8))
    fast = [astuple(m) for m in find_mentions(doc)]
    first_steps = M._first_steps
    monkeypatch.setattr(M, "_first_steps", lambda word: first_steps(word) or ())  # no plain word: every test runs
    monkeypatch.setattr(M, "_lone_noun", lambda word: False)  # no lone noun either
    assert [astuple(m) for m in find_mentions(doc)] == fast


def test_forms_a_lone_noun_would_pass_are_capitalised():
    # _candidates takes a lone noun as bare when the next word is not capitalised: that only holds while no city
    # institution or prepositional head is written in lower case
    assert all(form[:1].isupper() for form in M.CITY_INSTITUTION_FORMS)
    assert all(form[:1].isupper() for form in M.PREPOSITIONAL_FORMS)


@pytest.mark.parametrize("word, lone", [
    ("Regierung", True), ("Zusammenarbeit", True), ("Angela", False), ("Hersteller", False),
    ("Haushaltsausschuss", False), ("Nord-Kivu", False), ("regierung", False), ("Berlin", False),
])
def test_lone_nouns(word, lone):
    assert M._lone_noun(word) is lone


def test_full_stop_is_a_token_of_its_own():
    assert [t.text for t in M._tokens("Dr. Beispiel kam z.B. an.")] == ["Dr", ".", "Beispiel", "kam", "z", ".", "B", ".", "an", "."]
