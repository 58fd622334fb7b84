"""Session 18, round 2: trigger senses read on unlabeled news (10kGNAD test), not on the sets.

Each guard of flows/events/data/triggers.csv marked "session 18, round 2" is pinned by an invented sentence in the
wrong sense (no event of that type) and one in the right sense (the event stays). Sentences follow "Die Lage ist
ernst." so that no rule works only at a text's start.
"""
from __future__ import annotations

import pytest

from tests.test_events import events


def _typed(text: str) -> set[tuple[str, str]]:
    return {(e.event_type, e.trigger) for e in events("Die Lage ist ernst. " + text)}


WRONG_SENSE = [
    # AID: a preposition, a remedy, a tool, help to oneself, a sports result, a helper, a charity's name
    ("Die Forscher vermaßen das Riff mithilfe einer Unterwasserkamera.", "AID", "mithilfe"),
    ("Mithilfe eines Sensors misst das Gerät die Temperatur.", "AID", "Mithilfe"),
    ("Ein neues Update soll Abhilfe schaffen.", "AID", "Abhilfe"),
    ("Die Broschüre dient Zuwanderern als Orientierungshilfe.", "AID", "Orientierungshilfe"),
    ("Der Verein braucht am Sonntag Schützenhilfe aus Linz.", "AID", "Schützenhilfe"),
    ("Der Bürgermeister nannte ihn einen Erfüllungsgehilfen der Konzerne.", "AID", "Erfüllungsgehilfen"),
    # AGREE: words that end in the same letters as Einigung
    ("Die Reinigung der Straßen kostet die Stadt viel Geld.", "AGREE", "Reinigung"),
    ("Der Konzern kündigte eine Bereinigung seines Angebots an.", "AGREE", "Bereinigung"),
    # REQUEST: an overload and a requirement are no demand
    ("Die Überforderung der Behörden zeigte sich am Bahnhof.", "REQUEST", "Überforderung"),
    ("Das neue Modell erfüllt die Anforderungen der Prüfer nicht.", "REQUEST", "Anforderungen"),
    # REQUEST: time pressing, a thought forcing itself, crowding, pushing into a market or state, a team pressing
    ("Die Zeit drängt.", "REQUEST", "drängt"),
    ("Da drängt sich die Frage auf, wer das bezahlen soll.", "REQUEST", "drängt"),
    ("Vor dem Eingang drängen sich hunderte Besucher.", "REQUEST", "drängen"),
    ("Ein neuer Anbieter drängt mit billigen Tarifen in den Strommarkt.", "REQUEST", "drängt"),
    ("Viele Pflegekräfte werden in die Teilzeit gedrängt.", "REQUEST", "gedrängt"),
    ("Nach der Pause drängten die Gäste auf den Ausgleich.", "REQUEST", "drängten"),
    # CONSULT: a shot that hits, a draw that pairs players, a target hit, a support-verb object
    ("Der Stürmer traf in der 80. Minute zum 2:1.", "CONSULT", "traf"),
    ("Kurz vor der Pause traf der Verteidiger nur die Latte.", "CONSULT", "traf"),
    ("Die Tennisspielerin trifft in der zweiten Runde auf eine Polin.", "CONSULT", "trifft"),
    ("Bei dem Angriff seien zwei Krankenhäuser getroffen worden, teilte die Organisation mit.", "CONSULT", "getroffen"),
    ("Die Zölle treffen die Exporteure hart.", "CONSULT", "treffen"),
    ("Die Abmachung hatten die Parteien mit ihren Kandidaten schon im Herbst getroffen.", "CONSULT", "getroffen"),
    # ANNOUNCE: presenting oneself is appearing as something
    ("Die Partei präsentierte sich am Samstag als geschlossene Kraft.", "ANNOUNCE", "präsentierte"),
    ("Die Mannschaft präsentierte sich in der zweiten Hälfte zu harmlos.", "ANNOUNCE", "präsentierte"),
    # OTHER: apart or dividing, selling, pulling away
    ("Die beiden Behörden arbeiten völlig getrennt voneinander.", "OTHER", "getrennt"),
    ("Ein schmaler Fluss trennt die beiden Dörfer.", "OTHER", "trennt"),
    ("Im ersten Quartal wurden zwei Millionen Geräte abgesetzt.", "OTHER", "abgesetzt"),
    ("Der Tabellenführer hat sich von den Verfolgern abgesetzt.", "OTHER", "abgesetzt"),
]


@pytest.mark.parametrize(("text", "event_type", "trigger"), WRONG_SENSE)
def test_wrong_sense_gives_no_event(text, event_type, trigger):
    assert (event_type, trigger) not in _typed(text)


RIGHT_SENSE = [
    ("Die Regierung schickt humanitäre Hilfe in das Erdbebengebiet.", "AID", "Hilfe"),
    ("Die EU prüft weitere Finanzhilfen für die Ukraine.", "AID", "Finanzhilfen"),
    ("Die Koalition erzielte am Abend eine Einigung.", "AGREE", "Einigung"),
    ("Die Opposition erhob die Forderung nach Neuwahlen.", "REQUEST", "Forderung"),
    ("Der Minister drängte die Bank, ihre Zinsen zu senken.", "REQUEST", "drängte"),
    ("Die Kommission hatte das Land dazu gedrängt, den Vorschlag anzunehmen.", "REQUEST", "gedrängt"),
    ("Der Verband muss gedrängt werden, die Entscheidung zurückzunehmen.", "REQUEST", "gedrängt"),
    ("Die Gewerkschaft drängt auf eine rasche Einigung.", "REQUEST", "drängt"),
    ("Der Kanzler traf sich am Montag mit dem Präsidenten.", "CONSULT", "traf"),
    ("Die Minister treffen sich am Freitag in Brüssel.", "CONSULT", "treffen"),
    ("Die Kommission präsentierte am Mittwoch einen Gesetzentwurf.", "ANNOUNCE", "präsentierte"),
    ("Der Verein hat sich von seinem Trainer getrennt.", "OTHER", "getrennt"),
    ("Der Präsident hat den Armeechef abgesetzt.", "OTHER", "abgesetzt"),
]


@pytest.mark.parametrize(("text", "event_type", "trigger"), RIGHT_SENSE)
def test_right_sense_keeps_the_event(text, event_type, trigger):
    assert (event_type, trigger) in _typed(text)
