"""Review E of session 17: pins of 6901285 ("kein" on the noun that governs the event: NO_PROSPECT_NOUN,
NO_PROSPECT_BEFORE_RE, PROSPECT_FRONTED_RE, NO_PROSPECT_AFTER_RE). Invented sentences after a first sentence."""
from __future__ import annotations

import pytest

from tests.test_events import events

LEAD = "Die Lage ist ernst. "


def _mode(text: str, trigger: str) -> str:
    return {e.trigger: e for e in events(LEAD + text)}[trigger].mode


@pytest.mark.parametrize("text, trigger", [
    # each noun and preposition of NO_PROSPECT_BEFORE_RE
    ("Die Regierung habe kein Interesse am Waffenstillstand.", "Waffenstillstand"),
    ("Die Rebellen zeigten keine Bereitschaft zu einem Waffenstillstand.", "Waffenstillstand"),
    ("Die Rebellen zeigten keine Bereitschaft zur Waffenruhe.", "Waffenruhe"),
    ("Die Rebellen zeigten keine Bereitschaft zum Rückzug der Truppen.", "Rückzug"),
    ("Die Polizei sah keine Anzeichen für einen Anschlag.", "Anschlag"),
    ("Die Experten sehen keine Anzeichen von einem Rückzug der Truppen.", "Rückzug"),
    ("Die Experten sehen keine Anzeichen vom Rückzug der Truppen.", "Rückzug"),
    ("Die Experten sehen keine Chance auf einen Waffenstillstand.", "Waffenstillstand"),
    ("Die Experten sehen keine Aussicht auf einen Waffenstillstand.", "Waffenstillstand"),
    ("Die Regierung sehe keinen Bedarf an neuen Verhandlungen.", "Verhandlungen"),
    ("Es sei keine Rede von einer Einigung.", "Einigung"),
    # up to three words between, a hyphenated one among them, "keinerlei", quotation marks on either side
    ("Die Experten sehen keine Chance auf eine schnelle diplomatische Einigung.", "Einigung"),
    ("Die Regierung sehe keinen Bedarf für neue deutsch-französische Verhandlungen.", "Verhandlungen"),
    ("Die Regierung sehe keinerlei Grundlage für Verhandlungen.", "Verhandlungen"),
    ("Die Regierung sehe keine „Grundlage“ für Verhandlungen.", "Verhandlungen"),
    ("Die Regierung sehe „keine Grundlage“ für Verhandlungen.", "Verhandlungen"),
])
def test_kein_on_the_noun_before_the_event_negates_it(text: str, trigger: str) -> None:
    assert _mode(text, trigger) == "negated"


@pytest.mark.parametrize("text, trigger", [
    # each preposition of PROSPECT_FRONTED_RE and each noun read after the event
    ("Vom Waffenstillstand sei keine Rede.", "Waffenstillstand"),
    ("An einem Waffenstillstand habe die Regierung kein Interesse.", "Waffenstillstand"),
    ("Am Waffenstillstand habe die Regierung kein Interesse.", "Waffenstillstand"),
    ("Zu einem Rückzug der Truppen gebe es keine Bereitschaft.", "Rückzug"),
    ("Zur Waffenruhe gebe es keine Bereitschaft.", "Waffenruhe"),
    ("Zum Rückzug der Truppen gebe es keine Bereitschaft.", "Rückzug"),
    ("Für einen Streik gebe es keine Pläne.", "Streik"),
    ("Zu einem Treffen mit Putin habe der Kanzler keine Absicht.", "Treffen"),
    # two words between, a hyphenated one, "keinerlei", a quotation mark before the phrase
    ("Von einer schnellen Einigung sei keine Rede.", "Einigung"),
    ("Von einer deutsch-französischen Einigung sei keine Rede.", "Einigung"),
    ("Von einer Amnestie sei keinerlei Rede.", "Amnestie"),
    ("„Von einer Amnestie ist keine Rede“, sagte der Minister.", "Amnestie"),
])
def test_an_event_fronted_before_kein_and_its_noun_is_negated(text: str, trigger: str) -> None:
    assert _mode(text, trigger) == "negated"


def test_a_compound_of_a_prospect_noun_is_not_that_noun() -> None:
    """NO_PROSPECT_AFTER_RE's '(?!\\w)': 'Bedarfsanalyse' is no 'Bedarf'."""
    assert _mode("Vom Streik der Piloten gibt es keine Bedarfsanalyse.", "Streik") != "negated"


def test_an_event_after_a_preposition_inside_the_clause_is_not_fronted() -> None:
    """PROSPECT_FRONTED_RE is read with ``fullmatch`` from the clause's start: 'zum Streik' after the verb is no
    fronted phrase, and 'keine Chance' governs the agreement, not the strike."""
    assert _mode("Die Gewerkschaft rief zum Streik auf und sah keine Chance auf eine Einigung.", "Streik") != "negated"
