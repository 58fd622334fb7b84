"""Review of session 14's names stage: a city adjective opening an institution's long form lost its last letter
(tune19: "Münchne Verkehrsgesellschaft"); flows.names.mentions._long_form_name read the "-er" of the place adjective
as a case ending. Invented sentences."""
from __future__ import annotations

import pytest

from flows.names import find_mentions
from flows.records import Doc


@pytest.mark.parametrize("text, name", [
    ("Nach Angaben der Münchner Verkehrsgesellschaft (MVG) fahren die Busse wieder.", "Münchner Verkehrsgesellschaft"),
    ("Ein Sprecher der Kölner Verkehrsgesellschaft (KVG) bestätigte die Ausfälle.", "Kölner Verkehrsgesellschaft"),
])
def test_a_city_adjective_in_a_long_form_keeps_its_er(text: str, name: str) -> None:
    names = {m.text: m.entity_name for m in find_mentions(Doc("t", text))}
    assert names[name] == name


def test_an_inflected_adjective_in_a_long_form_still_takes_the_nominative() -> None:
    text = "Eine Studie des Kriminologischen Forschungsinstituts Niedersachsen (KFN) liegt vor."
    names = {m.text: m.entity_name for m in find_mentions(Doc("t", text))}
    assert names["Kriminologischen Forschungsinstituts Niedersachsen"] == "Kriminologisches Forschungsinstitut Niedersachsen"
