"""A bare body noun as the quote speaker (4da56e8: flows.quotes.extract._bare_body_speakers, data/body_nouns.csv).

Review of session 13: each test fails when one alternative, guard or data row of the rule is taken out. Invented
sentences only.
"""
from __future__ import annotations

import re

import pytest

from flows.quotes import extract_quotes
from flows.records import Doc, Mention


def named(text: str, surface: str, entity_type: str, name: str, nth: int = 0) -> Mention:
    """A linked mention of the ``nth`` occurrence of ``surface`` in ``text``."""
    start = [m.start() for m in re.finditer(re.escape(surface), text)][nth]
    return Mention(start, start + len(surface), surface, entity_type, f"e:{name}", name, "gazetteer", 1.0)


def speakers(text: str, *bodies: tuple) -> list[tuple[str | None, str | None]]:
    mentions = tuple(sorted((named(text, *body) for body in bodies), key=lambda m: m.start))
    return [(q.speaker_text, q.speaker_name) for q in extract_quotes(Doc("t", text), mentions)]


UNION = ("IG Metall", "ORG", "IG Metall")


@pytest.mark.parametrize("said, speaker_text", [
    # BARE_BODY_SPEAKER_RE: the noun after a statement or a spokesperson
    ("Die Forderung sei fair, hieß es in einer Mitteilung der Gewerkschaft.", "einer Mitteilung der Gewerkschaft"),
    ("Die Forderung sei fair, hieß es in einer Erklärung der Gewerkschaft.", "einer Erklärung der Gewerkschaft"),
    ("Die Forderung sei fair, hieß es in einer Stellungnahme der Gewerkschaft.",
     "einer Stellungnahme der Gewerkschaft"),
    ("Den Angaben der Gewerkschaft zufolge kamen 900 Beschäftigte.", "Den Angaben der Gewerkschaft"),
    # a compound spokesperson noun ([\w-]* before Sprecher)
    ("Die Forderung sei fair, sagte eine Pressesprecherin der Gewerkschaft.",
     "eine Pressesprecherin der Gewerkschaft"),
])
def test_a_statement_or_spokesperson_of_a_bare_body_noun_is_the_body(said: str, speaker_text: str) -> None:
    text = f"Zum Streik rief die IG Metall auf. {said}"
    assert speakers(text, UNION)[-1] == (speaker_text, "IG Metall")


def test_the_latest_body_of_the_kind_named_before_is_the_speaker() -> None:
    text = "Erst rief die IG Metall auf, dann Verdi. Die Forderung sei fair, sagte die Gewerkschaft."
    assert speakers(text, UNION, ("Verdi", "ORG", "Verdi"))[-1] == ("die Gewerkschaft", "Verdi")


def test_a_district_called_kreis_is_the_speaker_of_des_kreises() -> None:
    # body_nouns.csv row "kreis"
    text = "Im Kreis Lippe fielen Busse aus. Der Unterricht finde statt, sagte eine Sprecherin des Kreises."
    assert speakers(text, ("Kreis Lippe", "LOC", "Kreis Lippe"))[-1] == (
        "eine Sprecherin des Kreises", "Kreis Lippe")


def test_a_body_whose_canonical_name_holds_the_noun_fits_though_its_mention_does_not() -> None:
    text = "Im Raum Lippe fielen Busse aus. Der Unterricht finde statt, sagte eine Sprecherin des Landkreises."
    assert speakers(text, ("Lippe", "LOC", "Landkreis Lippe"))[-1] == (
        "eine Sprecherin des Landkreises", "Landkreis Lippe")


def test_a_body_whose_mention_holds_the_noun_fits_though_its_canonical_name_does_not() -> None:
    text = "Die Anschläge gehen auf die Gruppe Nordwind zurück. Man werde weitermachen, erklärte die Gruppe."
    assert speakers(text, ("Gruppe Nordwind", "ORG", "Nordwind-Kollektiv"))[-1] == (
        "die Gruppe", "Nordwind-Kollektiv")


def test_a_place_of_another_type_that_holds_the_noun_is_no_group() -> None:
    # the mention's type must be the noun's (ORG for gruppe): an island group (LOC) named later is not the speaker
    text = ("Zu dem Anschlag bekannte sich die Gruppe Roter Morgen, die auf der Inselgruppe Nordfels lebt. "
            "Man habe das Lager zerstört, erklärte die Gruppe.")
    assert speakers(text, ("Roter Morgen", "ORG", "Roter Morgen"),
                    ("Inselgruppe Nordfels", "LOC", "Inselgruppe Nordfels"))[-1] == ("die Gruppe", "Roter Morgen")


def test_a_linked_bare_noun_speaker_keeps_its_entity() -> None:
    text = "Zum Streik rief die IG Metall auf. Die Forderung sei fair, sagte die Gewerkschaft."
    assert speakers(text, UNION, ("die Gewerkschaft", "ORG", "Nordgewerk"))[-1] == (
        "die Gewerkschaft", "Nordgewerk")


@pytest.mark.parametrize("text, lands, speaker", [
    # the Land in focus, not any place whose name holds "land" (Deutschland)
    ("In Sachsen fielen Busse aus. Deutschland habe zu wenige Fahrer. "
     "Betroffen seien nach Angaben des Landes rund 900 Schüler.",
     (("Sachsen", "LOC", "Sachsen"), ("Deutschland", "LOC", "Deutschland")), "Sachsen"),
    # two Länder named once each: the latest
    ("In Sachsen fielen Busse aus, in Thüringen Bahnen. Betroffen seien nach Angaben des Landes rund 900 Schüler.",
     (("Sachsen", "LOC", "Sachsen"), ("Thüringen", "LOC", "Thüringen")), "Thüringen"),
    # a Land named only after the speaker: none
    ("Busse fielen aus. Betroffen seien nach Angaben des Landes rund 900 Schüler. In Sachsen ist das selten.",
     (("Sachsen", "LOC", "Sachsen"),), None),
])
def test_des_landes_is_a_land_named_before(text: str, lands: tuple, speaker: str | None) -> None:
    # _land_in_focus
    assert [name for said, name in speakers(text, *lands) if said == "des Landes"] == [speaker]


def test_a_district_spokesperson_is_not_a_body_whose_name_holds_the_noun_inside_a_longer_word():
    # _holds_head: "Landkreises" is not the "Landkreistag" (a substring match gave it); no district named: unlinked
    text = ("Der Niedersächsische Landkreistag hatte im Frühjahr vor Engpässen gewarnt. Am Montag fiel in der Region "
            "der Strom aus. Ein Sprecher des Landkreises sagte: „Wir haben alles versucht.“")
    assert speakers(text, ("Niedersächsische Landkreistag", "ORG", "Niedersächsischer Landkreistag")) \
        == [("Ein Sprecher des Landkreises", None)]


def test_a_district_named_as_the_head_of_its_name_still_speaks_through_its_spokesperson():
    text = ("Der Landkreis Celle hatte im Frühjahr vor Engpässen gewarnt. Am Montag fiel in der Region der Strom aus. "
            "Ein Sprecher des Landkreises sagte: „Wir haben alles versucht.“")
    assert speakers(text, ("Landkreis Celle", "LOC", "Landkreis Celle"))[-1] == ("Ein Sprecher des Landkreises",
                                                                                 "Landkreis Celle")
