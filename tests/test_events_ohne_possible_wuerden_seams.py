"""A noun in an "ohne" phrase names what is missing (flows.events.extract.WITHOUT_PHRASE_RE, ENDED_WITHOUT_RE), a
possibility predicate "möglich" is hypothetical (flows.events.mode.POSSIBLE_PREDICATE_RE), a reported plural "würden"
is a plan (PLURAL_WOULD_RE), a compound's head matches only at its seam (flows.events.lexicon.at_seam) and the
"treffen" row takes chiefs and representatives. Invented sentences."""
from __future__ import annotations

import pytest

from tests.test_events import events


def triggers(text: str) -> dict[str, str]:
    return {e.trigger: e.mode for e in events(text)}


@pytest.mark.parametrize("text, noun", [
    ("„Jeder Monat ohne Waffenruhe kostet Leben“, sagte die Ministerin in Oslo.", "Waffenruhe"),
    ("Die Regierung darf die Liste künftig ohne Zustimmung des Parlaments ändern.", "Zustimmung"),
    ("Der Gesandte mahnte, ohne die Freilassung der Journalisten gebe es keine Annäherung.", "Freilassung"),
])
def test_a_noun_in_an_ohne_phrase_names_what_is_missing_and_is_no_event(text: str, noun: str) -> None:
    assert noun not in triggers(text)


def test_the_same_noun_outside_an_ohne_phrase_stays_an_event() -> None:
    assert "Zustimmung" in triggers("Die Regierung darf die Liste künftig mit Zustimmung des Parlaments ändern.")


@pytest.mark.parametrize("text", [
    "Die Gespräche in Genf endeten am Dienstag ohne Einigung.",
    "Die Verhandlungen blieben auch in der dritten Runde ohne Einigung.",
])
def test_talks_that_end_without_it_keep_the_noun_negated(text: str) -> None:
    assert triggers(text)["Einigung"] == "negated"


@pytest.mark.parametrize("text, trigger", [
    ("Nach dem Winter seien auch Warnstreiks wieder möglich, hieß es aus der Gewerkschaft.", "Warnstreiks"),
    ("Direkte Gespräche mit der Opposition seien jederzeit möglich, sagte der Sprecher.", "Gespräche"),
    ("Ein Referendum über den Vertrag ist frühestens im Herbst möglich.", "Referendum"),
])
def test_an_event_said_to_be_possible_is_hypothetical(text: str, trigger: str) -> None:
    assert triggers(text)[trigger] == "hypothetical"


def test_as_soon_as_possible_is_no_possibility() -> None:
    text = "Die Gewerkschaft rief ihre Mitglieder so schnell wie möglich zu einem Warnstreik auf."
    assert triggers(text)["Warnstreik"] != "hypothetical"


def test_plural_wuerden_before_an_infinitive_reports_a_plan() -> None:
    text = "Die Außenminister würden am Freitag in Wien beraten, teilte das Ministerium mit."
    assert triggers(text)["beraten"] == "intended"


@pytest.mark.parametrize("text, trigger", [
    # the singular has its own Konjunktiv I ("werde"): a guess
    ("Im Gegenzug würde die Regierung zwanzig Gefangene freilassen.", "freilassen"),
    # a condition in the sentence keeps the guess
    ("Die Außenminister würden in Wien beraten, wenn die Waffen schweigen.", "beraten"),
    # a passive participle after it is no plan
    ("Die Berichte über Übergriffe würden geprüft, hieß es im Ministerium.", "geprüft"),
    # another guess cue in the clause
    ("Die Außenminister würden vielleicht schon am Freitag beraten, hieß es in Wien.", "beraten"),
    # a quotation is no report
    ("„Wir würden sofort mit Moskau verhandeln“, sagte der Abgeordnete.", "verhandeln"),
])
def test_a_guess_with_wuerden_stays_hypothetical(text: str, trigger: str) -> None:
    assert triggers(text)[trigger] == "hypothetical"


@pytest.mark.parametrize("text, word", [
    ("Die neuen Regeln betreffen vor allem kleine Betriebe im Norden.", "betreffen"),
    ("Die Ergebnisse dürften die Erwartungen der Händler deutlich übertreffen.", "übertreffen"),
    ("Die ersten Hilfskonvois sollen am Abend in der Stadt eintreffen.", "eintreffen"),
    ("Beim Eintreffen der Feuerwehr stand die Scheune bereits in Flammen.", "Eintreffen"),
    ("Im ersten Aufeinandertreffen der beiden Vereine fielen fünf Tore.", "Aufeinandertreffen"),
    ("Der Hersteller geriet auf dem Markt für Kameras ins Hintertreffen.", "Hintertreffen"),
    ("Der Laden bietet eine große Auswahl an Fahrrädern.", "Auswahl"),
    ("Die Abgeordnete Maria Zwahlen sprach von einem Fehler.", "Zwahlen"),
])
def test_a_row_that_names_a_compound_head_does_not_fire_inside_another_word(text: str, word: str) -> None:
    assert word not in triggers(text)


@pytest.mark.parametrize("text, word", [
    ("Das Verteidigungsministertreffen in Brüssel endete am Abend.", "Verteidigungsministertreffen"),
    ("Für den Osten des Landes gilt seit Montag eine Teilwaffenruhe.", "Teilwaffenruhe"),
    ("Die Opposition forderte am Sonntag Neuwahlen.", "Neuwahlen"),
    ("Die Regierung in Ottawa kündigte Gegenzölle auf Stahl an.", "Gegenzölle"),
    ("Die Partei hielt am Samstag ihre Vorwahl ab.", "Vorwahl"),
])
def test_a_compound_with_the_rows_head_after_its_seam_stays_an_event(text: str, word: str) -> None:
    assert word in triggers(text)


@pytest.mark.parametrize("text, word", [
    ("Der Sondergesandte will in der kommenden Woche den Kremlchef treffen.", "treffen"),
    ("Der Botschafter hat am Montag Vertreter der Bauernverbände getroffen.", "getroffen"),
])
def test_meeting_a_chief_or_representatives_is_a_meeting(text: str, word: str) -> None:
    assert word in triggers(text)


def test_a_chief_who_takes_a_decision_holds_no_meeting() -> None:
    assert "treffen" not in triggers("Der Vereinschef will am Freitag eine Entscheidung treffen.")
