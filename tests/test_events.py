"""Event extraction: types, modes, dates, participants and quote links on small fixture sentences."""
import re
from datetime import date
from pathlib import Path

import pytest

from flows.events import extract_events
from flows.events.text import sentences
from flows.records import Doc, Mention, Quote

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data"
THURSDAY = date(2026, 1, 8)


def events(text: str, mentions=(), quotes=(), published: date = THURSDAY):
    return list(extract_events(Doc("t", text, published), mentions, quotes))


def mention(text: str, surface: str, name: str, kind: str = "LOC") -> Mention:
    start = text.index(surface)
    return Mention(start, start + len(surface), surface, kind, name, name, "test", 1.0)


@pytest.mark.parametrize(("text", "event_type", "trigger"), [
    ("Die Minister verständigten sich auf einen Plan.", "AGREE", "verständigten"),
    ("Vertreter beider Staaten verhandelten in Genf.", "CONSULT", "verhandelten"),
    ("Der Kanzler lobte den Minister.", "SUPPORT", "lobte"),
    ("Nur Spanien lehnte das Ziel ab.", "REJECT", "lehnte"),
    ("Die Polizei nahm drei Verdächtige fest.", "COERCE", "nahm"),
    ("Die Regierung hat ihren Widerstand gegen das Paket aufgegeben.", "CONCEDE", "aufgegeben"),
    ("Die beiden Firmen wollen künftig kooperieren.", "COOPERATE", "kooperieren"),
    ("Die EU stellt der Ukraine neue Hilfen bereit.", "AID", "stellt"),
    ("Beide Seiten haben 90 Kriegsgefangene ausgetauscht.", "RETREAT", "ausgetauscht"),
    ("Der Verband forderte mehr Geld.", "REQUEST", "forderte"),
    ("Die Ministerin warf dem Konzern Täuschung vor.", "ACCUSE", "warf"),
    ("Der Präsident drohte mit Konsequenzen.", "THREATEN", "drohte"),
    ("Tausende demonstrierten vor dem Parlament.", "PROTEST", "demonstrierten"),
    ("Die EU verhängte neue Sanktionen gegen den Iran.", "SANCTION", "verhängte"),
    ("Das Land will 5000 Soldaten an die Grenze entsenden.", "MOBILIZE", "entsenden"),
    ("In der Nacht hatte die Armee die Stadt mit Raketen angegriffen.", "ASSAULT", "angegriffen"),
    ("Der Konzern kündigte an, 900 Stellen zu streichen.", "ANNOUNCE", "kündigte"),
    ("Das Parlament hat einen neuen Außenminister ernannt.", "OTHER", "ernannt"),
    ("Die Staatsanwaltschaft hat den früheren Minister angeklagt.", "ACCUSE", "angeklagt"),
    ("Die Regierung widersprach der Darstellung.", "REJECT", "widersprach"),
    ("Die Polizei verhaftete zwei Journalisten.", "COERCE", "verhaftete"),
    ("Die Armee begann eine Offensive im Osten.", "ASSAULT", "Offensive"),
    ("Berlin kündigte weitere Waffenlieferungen an.", "AID", "Waffenlieferungen"),
    ("Das Regime ließ 30 Gefangene frei.", "RETREAT", "ließ"),
    ("Die Gewerkschaft gab am Ende nach.", "CONCEDE", "gab"),
    ("Die Regierung fror die Konten der Oligarchen ein.", "SANCTION", "fror"),
    ("Der Premier trat nach der Niederlage zurück.", "OTHER", "trat"),
    ("Russische Truppen sind in das Nachbarland einmarschiert.", "ASSAULT", "einmarschiert"),
    ("Das Gericht erließ einen Haftbefehl gegen den Oppositionellen.", "COERCE", "Haftbefehl"),
    ("Der Kanzler sicherte der Ukraine weitere Unterstützung zu.", "AGREE", "sicherte"),
    ("Die Arbeitgeber boten drei Prozent mehr Lohn an.", "ANNOUNCE", "boten"),
    ("Die Opposition boykottierte die Sitzung des Parlaments.", "PROTEST", "boykottierte"),
    ("Der Bundestag verabschiedete das Haushaltsgesetz.", "OTHER", "verabschiedete"),
])
def test_each_type_has_a_trigger(text, event_type, trigger):
    assert (event_type, trigger) in {(e.event_type, e.trigger) for e in events(text)}


def test_particle_verbs_need_their_particle():
    assert [e.event_type for e in events("Der Minister wies die Vorwürfe zurück.")] == ["REJECT"]
    assert events("Der Minister wies den Weg.") == []


@pytest.mark.parametrize(("text", "trigger", "mode"), [
    ("Russland hat die Ukraine angegriffen.", "angegriffen", "realized"),
    ("Die Minister wollen am kommenden Montag verhandeln.", "verhandeln", "intended"),
    ("Truppen sollen nach einem Waffenstillstand in das Land entsandt werden.", "entsandt", "intended"),
    ("Sollte Russland das Feuer einstellen, werde Kiew folgen.", "einstellen", "hypothetical"),
    ("Falls neue Gespräche scheitern, drohen Zölle.", "Gespräche", "hypothetical"),
    ("Der Freistaat prüfe Hilfen für das Werk.", "Hilfen", "hypothetical"),
    ("Neue Gespräche sind vorerst nicht geplant.", "Gespräche", "negated"),
    ("Eine Einigung gibt es bislang nicht.", "Einigung", "negated"),
    ("Der Vorstand nahm die geplante Schließung des Werks zurück.", "Schließung", "negated"),
    ("Er soll 500 Soldaten gefordert haben.", "gefordert", "realized"),
    ("Die Opposition bekräftigte ihre Forderung nach Neuwahlen.", "Neuwahlen", "hypothetical"),
    ("Der Verband forderte ein Verbot der Einfuhren.", "Verbot", "hypothetical"),
    ("Im Kreml stießen die Forderungen auf Ablehnung.", "Ablehnung", "realized"),
    ("Die Stadt prüft noch, ob sie die Versammlung untersagt.", "untersagt", "hypothetical"),
    ("Eine Einigung gilt als unwahrscheinlich.", "Einigung", "hypothetical"),
    ("Russland wird vorgeworfen, Wahlen zu manipulieren.", "vorgeworfen", "realized"),
    ("Gespräche mit der Opposition lehnte er erneut ab.", "Gespräche", "negated"),
    ("Der Kreml sagte das geplante Treffen ab.", "Treffen", "negated"),
    ("Der Kreml sagte das geplante Treffen ab.", "sagte", "realized"),
    ("Das geplante Treffen findet in Genf statt.", "Treffen", "intended"),
    ("Die Nato warnte vor einem Angriff auf das Baltikum.", "Angriff", "hypothetical"),
    ("Die Regierung erwägt, Truppen an die Grenze zu entsenden.", "entsenden", "hypothetical"),
    ("Die Regierung beabsichtigt, Truppen aus dem Land abzuziehen.", "abzuziehen", "intended"),
    ("Beide Seiten streben eine Einigung bis Jahresende an.", "Einigung", "intended"),
    ("Die Regierung hat weder Sanktionen verhängt noch Gespräche geführt.", "Gespräche", "negated"),
    ("Die Regierung kritisierte die Abstimmung als weder frei noch fair.", "kritisierte", "realized"),
])
def test_mode(text, trigger, mode):
    found = {e.trigger: e.mode for e in events(text)}
    assert found[trigger] == mode


def test_date_is_resolved_and_future_day_makes_event_intended():
    (event,) = events("Die Delegationen verhandelten am Mittwoch in Paris.")
    assert (event.date, event.date_text, event.date_precision, event.date_method) == (
        date(2026, 1, 7), "am Mittwoch", "day", "relative")
    (event,) = events("Ab Freitag gelten neue Strafzölle.")
    assert event.date == date(2026, 1, 9) and event.mode == "intended"


def test_deadline_is_not_the_event_date():
    (event,) = events("Die Regierung will bis Ende 2027 aus dem Gas aussteigen und verhandelt.")
    assert event.date_text is None


def test_participants_from_mentions_with_roles_and_location():
    text = "Bundeskanzler Karl Nehammer hatte am Mittwoch in Wien mit Robert Fico telefoniert."
    ms = [mention(text, "Karl Nehammer", "Karl Nehammer", "PER"), mention(text, "Wien", "Wien"),
          mention(text, "Robert Fico", "Robert Fico", "PER")]
    (event,) = events(text, ms)
    assert {(p.role, p.name) for p in event.participants} == {("actor", "Karl Nehammer"), ("target", "Robert Fico")}
    assert event.location_name == "Wien"


def test_coordinated_actors_share_the_role_and_capitals_stand_for_countries():
    text = "Die USA und die Ukraine verhandelten. Kiew hatte eine Verlängerung abgelehnt."
    ms = [mention(text, "USA", "USA"), mention(text, "Ukraine", "Ukraine"), mention(text, "Kiew", "Kiew")]
    first, second = events(text, ms)
    assert {p.name for p in first.participants if p.role == "actor"} == {"USA", "Ukraine"}
    assert [(p.role, p.name) for p in second.participants] == [("actor", "Ukraine")]


def test_adjective_gives_country_when_names_module_provides_it():
    from flows.events.participants import adjective_resolver_available
    if not adjective_resolver_available():
        pytest.skip("flows.names.country_for_adjective is not available yet")
    (event,) = events("In der Nacht hatten russische Drohnen die Stadt angegriffen.")
    assert ("actor", "Russland") in {(p.role, p.name) for p in event.participants}


def test_quote_id_links_events_in_reported_speech():
    text = "„Wir werden die Ukraine weiter unterstützen“, sagte der Kanzler."
    quote = Quote("t:q1", 1, text.index("“"), text[1:text.index("“")], "direct", speaker_name="Olaf Scholz")
    (event,) = events(text, quotes=[quote])
    assert event.quote_id == "t:q1"
    assert ("actor", "Olaf Scholz") in {(p.role, p.name) for p in event.participants}


def test_event_ids_in_text_order_and_headings_skipped():
    found = events("Merz fordert Druck\n\nDer Kanzler forderte Druck. Die Bauern protestierten.")
    assert [(e.event_id, e.event_type) for e in found] == [("t:e1", "REQUEST"), ("t:e2", "PROTEST")]


@pytest.fixture(scope="module")
def seed_events():
    path = SHARED / "seed" / "article-focus-2026-01-08.txt"
    if not path.exists():
        pytest.skip(f"seed article not found at {path}")
    text = path.read_text(encoding="utf-8")
    text = "\n".join(" " * len(line) if line.startswith("⇢") else line for line in text.split("\n"))
    return text, list(extract_events(Doc("seed", text, THURSDAY)))


def _has(found, event_type, trigger, modes, day=None):
    return any(e.event_type == event_type and e.trigger == trigger and e.mode in modes
               and (day is None or e.date == day) for e in found)


def test_seed_article_expectations(seed_events):
    _, found = seed_events
    assert _has(found, "CONSULT", "Gesprächen", {"realized"}, date(2026, 1, 7))  # US-Ukraine talks in Paris
    assert _has(found, "CONSULT", "Gipfel", {"realized"}, date(2026, 1, 6))  # Koalition der Willigen summit
    assert _has(found, "AGREE", "verständigt", {"realized"}, date(2026, 1, 6))  # security guarantees
    assert _has(found, "AGREE", "unterzeichnete", {"realized"})  # signed declaration of intent
    assert _has(found, "MOBILIZE", "entsenden", {"hypothetical", "intended"})  # troops after a ceasefire
    assert _has(found, "AGREE", "Sicherheitsabkommens", {"intended"})  # bilateral agreement close
    assert _has(found, "REQUEST", "forderte", {"realized"}, date(2026, 1, 8))  # Merz demands pressure
    assert _has(found, "RETREAT", "Waffenstillstand", {"negated"})  # ceasefire not on the agenda


def test_seed_locations_from_mentions(seed_events):
    text, _ = seed_events
    ms = [Mention(i, i + 5, "Paris", "LOC", "Paris", "Paris", "test", 1.0)
          for i in range(len(text)) if text.startswith("Paris", i) and text[i + 5] in " ."]
    found = list(extract_events(Doc("seed", text, THURSDAY), ms))
    talks = next(e for e in found if e.trigger == "Gesprächen")
    assert talks.location_name == "Paris"


def test_date_from_the_speech_cue_of_the_next_sentence():
    text = "Der Kanzler forderte mehr Druck auf Russland. Ein Waffenstillstand stehe nicht auf der Agenda, erklärte er am Donnerstag."
    request, ceasefire = events(text)
    assert (request.event_type, request.date, request.mode) == ("REQUEST", THURSDAY, "realized")
    # the report's day dates the report, not what it reports in another clause (fourteenth pass)
    assert (ceasefire.mode, ceasefire.date) == ("negated", None)


def test_condition_makes_its_own_clause_hypothetical_but_not_a_later_speech_act():
    found = {e.trigger: e.mode for e in events(
        "Sollten die Mitglieder den Vertrag ablehnen, drohte der Chef mit Streiks.")}
    assert found["ablehnen"] == "hypothetical"
    assert found["drohte"] == "realized" and found["Streiks"] == "hypothetical"


def test_prepositional_prefield_and_subject_pronoun():
    text = "Nach Angaben von Stefan Kornelius telefonierte Robert Fico mit Karl Nehammer. Er forderte Kiew auf, zu zahlen."
    ms = [mention(text, "Stefan Kornelius", "Stefan Kornelius", "PER"), mention(text, "Robert Fico", "Robert Fico", "PER"),
          mention(text, "Karl Nehammer", "Karl Nehammer", "PER"), mention(text, "Kiew", "Kiew")]
    call, demand = events(text, ms)
    assert {(p.role, p.name) for p in call.participants} == {("actor", "Robert Fico"), ("target", "Karl Nehammer")}
    assert {(p.role, p.name) for p in demand.participants} == {("actor", "Karl Nehammer"), ("target", "Ukraine")}


def test_anaphoric_object_of_a_reaction_targets_the_earlier_actor():
    text = "Die USA forderten eine Reform. Vitali Klitschko lehnte das ab."
    ms = [mention(text, "USA", "USA"), mention(text, "Vitali Klitschko", "Vitali Klitschko", "PER")]
    rejection = events(text, ms)[-1]
    assert ("target", "USA") in {(p.role, p.name) for p in rejection.participants}


def test_office_holder_acts_for_the_state_in_state_actions_only():
    text = "Macron kündigte neue Sanktionen an. Macron lobte den Plan."
    ms = [Mention(0, 6, "Macron", "PER", "per:emmanuel-macron", "Emmanuel Macron", "test", 1.0),
          Mention(36, 42, "Macron", "PER", "per:emmanuel-macron", "Emmanuel Macron", "test", 1.0)]
    found = {e.trigger: {(p.role, p.name) for p in e.participants} for e in events(text, ms)}
    assert ("actor", "Frankreich") in found["Sanktionen"]
    assert found["lobte"] == {("actor", "Emmanuel Macron")}


def test_size_named_groups_stand_for_the_people_or_parties_named_before():
    text = ("Merz, Macron und Tusk reisten nach Kiew. Die drei Politiker forderten Russland auf, zu verhandeln. "
            "Ein Treffen der drei mit Putin ist nicht geplant.")
    ms = [mention(text, name, name, "PER") for name in ("Merz", "Macron", "Tusk", "Putin")]
    found = {e.trigger: {(p.role, p.name) for p in e.participants}
             for e in events(text, [*ms, mention(text, "Russland", "Russland")])}
    trio = {("actor", "Merz"), ("actor", "Macron"), ("actor", "Tusk")}
    assert found["forderten"] == trio | {("target", "Russland")}
    assert found["Treffen"] == trio | {("target", "Putin")}
    text = "Die Bahn streitet mit der GDL. Der Minister rief beide Seiten auf, sich zu einigen."
    ms = [mention(text, "Bahn", "Deutsche Bahn", "ORG"), mention(text, "GDL", "GDL", "ORG")]
    call = next(e for e in events(text, ms) if e.trigger == "rief")
    assert {("target", "Deutsche Bahn"), ("target", "GDL")} <= {(p.role, p.name) for p in call.participants}


def test_armed_forces_by_nationality_and_a_bare_government_give_countries():
    from flows.events.participants import adjective_resolver_available
    if not adjective_resolver_available():
        pytest.skip("flows.names.country_for_adjective is not available yet")
    text = "Russische Truppen haben Charkiw beschossen. In Wien haben Tausende gegen die Regierung demonstriert."
    ms = [mention(text, "Charkiw", "Charkiw"), mention(text, "Wien", "Wien")]
    attack, protest = events(text, ms)
    assert {(p.role, p.name) for p in attack.participants} == {("actor", "Russland"), ("target", "Charkiw")}
    assert ("target", "Österreich") in {(p.role, p.name) for p in protest.participants}


def test_towns_are_places_not_participants_except_as_attack_targets():
    text = "Verdi hat zu Warnstreiks an den Flughäfen Frankfurt und Hamburg aufgerufen."
    ms = [mention(text, "Verdi", "Verdi", "ORG"), Mention(42, 51, "Frankfurt", "LOC", "loc:frankfurt", "Frankfurt", "t", 1.0),
          Mention(56, 63, "Hamburg", "LOC", "loc:hamburg", "Hamburg", "t", 1.0)]
    for event in events(text, ms):
        assert {(p.role, p.name) for p in event.participants} == {("actor", "Verdi")}


def test_a_journey_meets_the_country_of_its_destination():
    text = "Morgen reist Merz nach Paris."
    ms = [mention(text, "Merz", "Friedrich Merz", "PER"), mention(text, "Paris", "Paris")]
    (trip,) = events(text, ms)
    assert {(p.role, p.name) for p in trip.participants} == {("actor", "Friedrich Merz"), ("target", "Frankreich")}


def test_a_government_body_in_its_capital_acts_as_the_country():
    text = "Das Außenministerium in Moskau warf Berlin vor, zu eskalieren."
    ms = [mention(text, "Außenministerium", "Russisches Außenministerium", "ORG"),
          mention(text, "Moskau", "Moskau"), mention(text, "Berlin", "Berlin")]
    accuse = next(e for e in events(text, ms) if e.trigger == "warf")
    assert {(p.role, p.name) for p in accuse.participants} == {("actor", "Russland"), ("target", "Deutschland")}


def test_a_protest_or_threat_without_target_aims_at_the_main_organisation():
    text = ("Die Lufthansa bietet zwei Prozent. Verdi lehnt ab. Die Lufthansa bleibt hart. "
            "Verdi hat mit Streiks gedroht. Der Kanzler hat gedroht.")
    ms = [Mention(m.start(), m.end(), m.group(), "ORG", m.group(), m.group(), "test", 1.0)
          for m in re.finditer(r"Lufthansa|Verdi", text)]
    threats = [e for e in events(text, ms) if e.trigger == "gedroht"]
    assert ("target", "Lufthansa") in {(p.role, p.name) for p in threats[0].participants}
    assert not any(p.role == "target" for p in threats[1].participants)  # no actor: no guess


def test_rejected_charges_point_back_to_a_measure_aimed_at_the_rejecting_party():
    text = ("Die EU hat Sanktionen gegen Iran verhängt. Teheran wies die Vorwürfe zurück. "
            "Peskow wies die Kritik aus dem Westen zurück.")
    ms = [mention(text, "EU", "Europäische Union", "ORG"), mention(text, "Iran", "Iran"),
          mention(text, "Teheran", "Teheran"), mention(text, "Peskow", "Dmitri Peskow", "PER")]
    rejections = [e for e in events(text, ms) if e.trigger == "wies"]
    assert {(p.role, p.name) for p in rejections[0].participants} == {("actor", "Iran"),
                                                                     ("target", "Europäische Union")}
    assert not any(p.role == "target" for p in rejections[1].participants)  # its own complement, no name


def test_addressee_of_a_demand_is_its_target_not_its_place():
    text = "Frankreich forderte von Italien mehr Einsatz."
    ms = [mention(text, "Frankreich", "Frankreich"), mention(text, "Italien", "Italien")]
    (request,) = events(text, ms)
    assert [(p.role, p.name) for p in request.participants] == [("actor", "Frankreich"), ("target", "Italien")]
    assert request.location_name is None


@pytest.mark.parametrize(("text", "trigger"), [
    ("Scholz traf sich in Berlin mit dem polnischen Regierungschef.", "traf"),
    ("Der Rat beriet am Montag über die Lage.", "beriet"),
])
def test_strong_past_forms_are_triggers(text, trigger):
    assert trigger in {e.trigger for e in events(text)}


def test_a_name_in_the_genitive_after_an_event_noun_is_its_own_participant():
    text = "Die Nato verurteilte den Angriff Russlands auf die Ukraine. Die EU begrüßte die Freilassung Nawalnys."
    ms = [mention(text, "Nato", "Nato", "ORG"), mention(text, "Russlands", "Russland"),
          mention(text, "Ukraine", "Ukraine"), mention(text, "EU", "Europäische Union", "ORG"),
          mention(text, "Nawalnys", "Alexej Nawalny", "PER")]
    found = {e.trigger: [(p.role, p.name) for p in e.participants] for e in events(text, ms)}
    assert found["Angriff"] == [("actor", "Russland"), ("target", "Ukraine")]
    assert found["Freilassung"] == [("target", "Alexej Nawalny")]


def test_a_government_named_by_nationality_acts_for_its_country():
    text = "Die chinesische Regierung kritisierte die Zölle der USA."
    ms = [mention(text, "USA", "USA")]
    found = {e.trigger: [(p.role, p.name) for p in e.participants] for e in events(text, ms)}
    assert found["kritisierte"][0] == ("actor", "China")
    assert found["Zölle"] == [("actor", "USA")]


def test_a_first_person_subject_in_a_quote_is_the_speaker():
    text = "„Wir werden die Ukraine weiter unterstützen“, sagte Scholz."
    quote = Quote("t:q1", 1, text.index("“"), text[1:text.index("“")], "direct", speaker_name="Olaf Scholz")
    ms = [mention(text, "Ukraine", "Ukraine"), mention(text, "Scholz", "Olaf Scholz", "PER")]
    (support,) = events(text, ms, [quote])
    assert [(p.role, p.name) for p in support.participants] == [("actor", "Olaf Scholz"), ("target", "Ukraine")]


def test_a_government_in_its_capital_after_the_subject_is_the_target():
    text = "Am Montag kritisierte Außenministerin Baerbock die Regierung in Peking."
    ms = [mention(text, "Baerbock", "Annalena Baerbock", "PER"), mention(text, "Peking", "Peking")]
    (accuse,) = events(text, ms)
    assert [(p.role, p.name) for p in accuse.participants] == [("actor", "Annalena Baerbock"), ("target", "China")]


@pytest.mark.parametrize(("text", "names", "expected"), [
    ("Die Ukraine wurde in der Nacht von Russland angegriffen.", ("Ukraine", "Russland"),
     {("target", "Ukraine"), ("actor", "Russland")}),
    ("Nawalny wurde in Moskau festgenommen.", ("Nawalny",), {("target", "Nawalny")}),
])
def test_passive_clauses_give_the_agent_as_actor(text, names, expected):
    ms = [mention(text, n, n, "PER" if n == "Nawalny" else "LOC") for n in names]
    (event,) = events(text, ms)
    assert {(p.role, p.name) for p in event.participants} == expected


def test_blame_is_an_accusation():
    assert {e.event_type for e in events("Kiew machte Moskau für den Anschlag verantwortlich.")} >= {"ACCUSE"}


def test_a_journey_to_a_capital_named_by_nationality_meets_that_country():
    text = "Putin will im Mai in die chinesische Hauptstadt reisen."
    ms = [mention(text, "Putin", "Wladimir Putin", "PER")]
    (journey,) = events(text, ms)
    assert ("target", "China") in {(p.role, p.name) for p in journey.participants}


def test_the_topic_of_a_meeting_is_no_participant():
    text = "Merz und Tusk wollen über weitere Hilfen für die Ukraine beraten."
    ms = [mention(text, "Merz", "Friedrich Merz", "PER"), mention(text, "Tusk", "Donald Tusk", "PER"),
          mention(text, "Ukraine", "Ukraine")]
    found = {e.trigger: {(p.role, p.name) for p in e.participants} for e in events(text, ms)}
    assert found["beraten"] == {("actor", "Friedrich Merz"), ("actor", "Donald Tusk")}


def test_a_bare_government_is_the_country_of_the_dateline():
    text = "Tiflis (dpa) – Die Regierung lehnte Gespräche mit der Opposition ab."
    ms = [mention(text, "Tiflis", "Tiflis")]
    found = {e.trigger: [(p.role, p.name) for p in e.participants] for e in events(text, ms)}
    assert found["lehnte"] == [("actor", "Georgien")]


def test_the_parties_between_whom_a_noun_event_runs_are_its_actors():
    text = "Der Kommissar sagte, die Verhandlungen zwischen China und der EU gingen weiter."
    ms = [mention(text, "China", "China"), mention(text, "EU", "Europäische Union", "ORG")]
    (talks,) = events(text, ms)
    assert [(p.role, p.name) for p in talks.participants] == [("actor", "China"), ("actor", "Europäische Union")]


def test_a_planned_or_new_event_is_no_re_mention():
    assert "Treffen" in {e.trigger for e in events("Der Kreml sagte das geplante Treffen ab.")}
    assert "Einigung" not in {e.trigger for e in events("Die Einigung hält.")}


@pytest.mark.parametrize(("text", "names", "trigger", "actor"), [
    ("Die Ukraine hat Russland vorgeworfen, zivile Ziele anzugreifen.", ("Ukraine", "Russland"), "anzugreifen",
     "Russland"),
    ("Merz forderte Putin auf, einer Waffenruhe zuzustimmen.", ("Merz", "Putin"), "zuzustimmen", "Putin"),
])
def test_the_object_of_a_control_verb_acts_in_the_infinitive(text, names, trigger, actor):
    ms = [mention(text, n, n) for n in names]
    found = {e.trigger: [(p.role, p.name) for p in e.participants] for e in events(text, ms)}
    assert found[trigger][0] == ("actor", actor)


def test_an_offer_of_oneself_is_no_announcement():
    assert events("Die Türkei bot sich erneut als Vermittler an.") == []


def test_who_is_declared_or_appointed_is_the_target():
    text = "Die Wahlkommission hat Wladimir Putin am Montag zum Sieger der Wahl erklärt."
    ms = [mention(text, "Wladimir Putin", "Wladimir Putin", "PER")]
    found = {e.trigger: [(p.role, p.name) for p in e.participants] for e in events(text, ms)}
    assert found["erklärt"] == [("target", "Wladimir Putin")]


def test_an_attributive_participle_is_no_event():
    doc = Doc("t", "Die kritisierte Reform tritt in Kraft. Das kündigte die Ministerin an.", date(2026, 1, 8))
    assert [e.trigger for e in extract_events(doc)] == ["kündigte"]


# Tenth pass (issue 5, event recall): each lexicon change pinned by a sentence of its own.
@pytest.mark.parametrize(("text", "trigger"), [
    ("„Wir sind bereit, unser Land zu verteidigen.“", "verteidigen"),
    ("„Wir werden jeden Zentimeter unseres Landes verteidigen.“", "verteidigen"),
    ("Der Boxer will am Samstag seinen Titel verteidigen.", "verteidigen"),
    ("„Ich brauche jetzt eine Stunde länger“, klagte der Pendler.", "klagte"),
    ("Gegen billigen Stahl aus China sei sie nicht mehr wettbewerbsfähig.", "billigen"),
    ("Der Präsident schloss direkte Gespräche mit Maduro nicht aus.", "schloss"),
])
def test_words_that_are_no_event_here(text, trigger):
    assert trigger not in {e.trigger for e in events(text)}


@pytest.mark.parametrize(("text", "event_type", "trigger"), [
    ("Der Minister verteidigte die Kontrollen an den Grenzen.", "SUPPORT", "verteidigte"),
    ("Die Mieter klagten gegen die Erhöhung.", "ACCUSE", "klagten"),
    ("Die Minister billigen das Paket.", "AGREE", "billigen"),
    ("Der Bundesrat schliesst Waffenlieferungen aus.", "REJECT", "schliesst"),
])
def test_the_same_words_still_trigger_in_their_sense(text, event_type, trigger):
    assert (event_type, trigger) in {(e.event_type, e.trigger) for e in events(text)}


def test_talks_not_ruled_out_are_possible():
    found = {e.trigger: e.mode for e in events("Der Präsident schloss direkte Gespräche mit Maduro nicht aus.")}
    assert found == {"Gespräche": "hypothetical"}


@pytest.mark.parametrize(("text", "event_type", "trigger", "mode"), [
    ("Österreich werde sich an einem gemeinsamen Rückführungsflug beteiligen.", "COOPERATE", "beteiligen", "intended"),
    ("Die Regierung beschloss, sich an einer Militäraktion gegen den IS zu beteiligen.", "COOPERATE", "beteiligen",
     "realized"),
    ("Am Samstag wählen die Georgier neue Gemeinderäte.", "OTHER", "wählen", "intended"),
    ("Die Türken wählen am Sonntag ein neues Parlament.", "OTHER", "wählen", "intended"),
    ("Indien werde keine Vermittlung durch Dritte akzeptieren, so der Minister.", "REJECT", "akzeptieren", "realized"),
    ("Die Regierung hat den EU-Beitrittsprozess auf Eis gelegt.", "REJECT", "auf Eis gelegt", "realized"),
    ("Die USA legen die Ausbildung der Rebellen auf Eis.", "REJECT", "legen", "realized"),
    ("Die Behörden evakuierten mehrere Tausend Menschen aus den Dörfern.", "OTHER", "evakuierten", "realized"),
    ("Seit Mittwoch ist der Luftraum für indische Maschinen gesperrt.", "SANCTION", "gesperrt", "realized"),
    ("Seit Montag ist ein Flugzeugträgerverband vor der Küste im Einsatz.", "MOBILIZE", "im Einsatz", "realized"),
    ("Beide Seiten vereinbarten eine weitere Runde in Wien.", "CONSULT", "Runde", "intended"),
    ("Ein Vertragsverletzungsverfahren sei nicht ausgeschlossen.", "ACCUSE", "Vertragsverletzungsverfahren",
     "hypothetical"),
])
def test_tenth_pass_trigger_families(text, event_type, trigger, mode):
    assert (event_type, trigger, mode) in {(e.event_type, e.trigger, e.mode) for e in events(text)}


@pytest.mark.parametrize(("text", "trigger"), [
    ("Medienberichten zufolge beteiligten sich rund 200 Menschen an der Auseinandersetzung.", "beteiligten"),
    ("Viele von ihnen wählen eine Route durch die Sahara wegen dem Bürgerkrieg.", "wählen"),
    ("So wird man nicht nur akzeptieren müssen, dass man andere opfern muss.", "akzeptieren"),
    ("Für die inzwischen auf Eis gelegte Pkw-Maut hat er 600.000 Euro ausgegeben.", "auf Eis gelegt"),
    ("Der Richter in einem Strafverfahren wurde beschrieben.", "Strafverfahren"),
    ("Die Hälfte der Spieler war in der zweiten Runde ausgeschieden.", "Runde"),
])
def test_tenth_pass_families_keep_out_other_senses(text, trigger):
    assert trigger not in {e.trigger for e in events(text)}


@pytest.mark.parametrize(("text", "event_type", "trigger", "mode"), [
    # (session 16, second half) an announced refusal to consent is a REJECT (tune3, tune19, tune21; triggers.csv)
    ("Winkel kündigte an, dass die Abgeordneten dem Paket nicht zustimmen wollen.", "REJECT", "nicht zustimmen",
     "intended"),
    ("Die KPÖ hat dem Sparbudget nicht zugestimmt.", "AGREE", "zugestimmt", "negated"),
    ("Der Stahlkonzern will sein Werk in Duisburg bis Ende 2027 schließen.", "OTHER", "schließen", "intended"),
    ("Er kündigte an, die Beiträge der USA weiter zu kürzen.", "SANCTION", "kürzen", "intended"),
    ("Die Regierung werde zwei weitere Zentren eröffnen, so der Minister.", "OTHER", "eröffnen", "intended"),
    ("Am Montag wurde ein weiteres Verhandlungskapitel eröffnet.", "CONSULT", "eröffnet", "realized"),
    ("Hunderttausende wurden an der Stimmabgabe gehindert.", "COERCE", "gehindert", "realized"),
    ("Lula zufolge könnte eine militärische Eskalation den Kontinent destabilisieren.", "ASSAULT", "Eskalation",
     "hypothetical"),
    ("Der Minister will am Donnerstag eine Zwischenbilanz vorstellen.", "ANNOUNCE", "vorstellen", "intended"),
])
def test_tenth_pass_second_families(text, event_type, trigger, mode):
    assert (event_type, trigger, mode) in {(e.event_type, e.trigger, e.mode) for e in events(text)}


@pytest.mark.parametrize(("text", "trigger", "event_type"), [
    ("Der Konzern schließt eine Schließung des Werks nicht aus.", "schließt", "OTHER"),
    ("In der Grenzregion blieben alle Schulen geschlossen.", "geschlossen", "OTHER"),
    ("Also Familienbeihilfe erhöhen und Mindestsicherung kürzen?", "kürzen", "SANCTION"),
    ("Pakistan habe das Feuer zuerst eröffnet.", "eröffnet", "OTHER"),
    ("Vor einem Jahr hinderte Malmö Salzburg am Einzug in die Champions League.", "hinderte", "COERCE"),
    ("Habeck warnte im Zollstreit vor einer Eskalation.", "Eskalation", "ASSAULT"),
])
def test_tenth_pass_second_families_keep_out_other_senses(text, trigger, event_type):
    assert (event_type, trigger) not in {(e.event_type, e.trigger) for e in events(text)}


@pytest.mark.parametrize(("text", "trigger", "mode"), [
    ("Eine Eskalation zwischen zwei Atommächten hätte unabsehbare Folgen, sagte ein Sprecher.", "Eskalation",
     "hypothetical"),
    ("Doch beide Länder hätten ihre militärische Zusammenarbeit wieder verstärkt.", "Zusammenarbeit", "realized"),
    ("Die französischen Behörden hätten bereits um dessen Festnahme ersucht.", "Festnahme", "realized"),
])
def test_would_have_as_a_full_verb_is_a_conditional(text, trigger, mode):
    assert {e.trigger: e.mode for e in events(text)}[trigger] == mode


@pytest.mark.parametrize(("text", "event_type", "trigger"), [
    ("Die Außenminister der 27 Mitgliedstaaten beschlossen am Montag Einreiseverbote.", "AGREE", "beschlossen"),
    ("Die USA und Großbritannien hatten ähnliche Strafmaßnahmen beschlossen.", "AGREE", "beschlossen"),
    ("Das Parlament beschloss die Aufhebung der Immunität.", "OTHER", "beschloss"),
    ("Ich habe mich verliebt und daraufhin beschlossen, ein Buch zu schreiben.", "OTHER", "beschlossen"),
])
def test_deciding_together_is_an_agreement_a_parliament_votes(text, event_type, trigger):
    assert (event_type, trigger) in {(e.event_type, e.trigger) for e in events(text)}


def test_a_measure_decided_together_is_in_force():
    found = {e.trigger: e.mode for e in events("Die Außenminister der EU beschlossen am Montag Einreiseverbote.")}
    assert found["Einreiseverbote"] == "realized"


@pytest.mark.parametrize(("text", "event_type", "trigger"), [
    ("Für den Fall einer Ablehnung kündigte Macron „massive“ neue Sanktionen an.", "ANNOUNCE", "kündigte"),
    ("Nach Angaben des Élysée unterstützt Trump den Vorschlag einer Waffenruhe.", "SUPPORT", "unterstützt"),
    ("Karner kündigte an, die Kontrollen ab Montag auf weitere Übergänge auszuweiten.", "COERCE", "auszuweiten"),
    ("Guterres rief die Parteien auf, humanitären Helfern freien Zugang zu gewähren.", "CONCEDE", "gewähren"),
    ("Baerbock warf dem Kreml vor, Oppositionelle von der Wahl ausgeschlossen zu haben.", "COERCE", "ausgeschlossen"),
])
def test_tenth_pass_third_families(text, event_type, trigger):
    assert (event_type, trigger) in {(e.event_type, e.trigger) for e in events(text)}


def test_a_long_quotation_still_ends_the_particle_search():
    text = "Er kündigte „wir werden alles tun, was nötig ist, und mehr“ an."
    assert "ANNOUNCE" not in {e.event_type for e in events(text)}


def test_access_to_services_is_no_concession():
    assert not events("Sie gewähren Zutritt zu Diensten, wo private Daten zu finden sind.")


def test_a_court_declaring_a_measure_unlawful_rejects_it_and_the_ordered_act_is_the_event():
    text = ("Das Gericht hatte am Dienstag die Festhaltung von zwölf Männern für unrechtmäßig erklärt und ihre "
            "Freilassung angeordnet.")
    assert {(e.event_type, e.trigger) for e in events(text)} == {("REJECT", "erklärt"), ("RETREAT", "Freilassung")}


def test_by_order_of_is_no_event():
    assert not events("Der Mann wurde auf Anordnung der Staatsanwaltschaft in die Justizanstalt eingeliefert.")


def test_an_order_without_an_event_object_stays_an_event():
    assert ("OTHER", "ordnete") in {(e.event_type, e.trigger)
                                    for e in events("Das Gericht ordnete an, die Daten zum Akt zu nehmen.")}


@pytest.mark.parametrize(("text", "event_type", "trigger", "mode"), [
    ("Seit Montag hat die Bundespolizei an der Grenze zusätzliche Streifen eingesetzt.", "MOBILIZE", "eingesetzt",
     "realized"),
    ("Macron und Starmer bekräftigten ihre Bereitschaft, eine Friedenstruppe für die Ukraine zu stellen.", "MOBILIZE",
     "Friedenstruppe", "hypothetical"),
    ("Varela hatte die Bereitschaft zur Zusammenarbeit mit den Ermittlern erklärt.", "COOPERATE", "Zusammenarbeit",
     "hypothetical"),
])
def test_tenth_pass_forces_and_readiness(text, event_type, trigger, mode):
    assert (event_type, trigger, mode) in {(e.event_type, e.trigger, e.mode) for e in events(text)}


def test_a_refusal_ends_with_its_conjunct():
    text = "Das Gericht hatte die Festhaltung für unrechtmäßig erklärt und ihre Freilassung angeordnet."
    assert {e.trigger: e.mode for e in events(text)}["Freilassung"] == "realized"


def test_a_border_guard_agency_is_no_deployment():
    assert not events("Die EU-Grenzschutztruppe soll mit nationalen Behörden zusammenwirken.")


@pytest.mark.parametrize(("text", "trigger"), [
    ("Doch letztlich blieb der Jury keine Wahl, als das Rennen abzusagen.", "Wahl"),
    ("Konsumenten haben dann die Wahl zwischen zwei Plattformen.", "Wahl"),
    ("Ein Schiff mit 435 Flüchtlingen traf am Samstag in Cagliari ein.", "traf"),
    ("Das trifft sich gut.", "trifft"),
    ("Bahn-Vorstand Seiler nannte den Streik eine Zumutung für Millionen Pendler.", "Streik"),
])
def test_choices_arrivals_and_re_mentions_are_no_events(text, trigger):
    assert trigger not in {e.trigger for e in events(text)}


def test_a_dignitary_arriving_begins_a_visit():
    assert ("CONSULT", "traf") in {(e.event_type, e.trigger)
                                   for e in events("Der Papst traf am Sonntag in Quito ein und wurde von Präsident "
                                                   "Correa empfangen.")}


@pytest.mark.parametrize(("text", "event_type"), [
    ("In der Hauptstadt wurde für die Nacht auf Montag eine Ausgangssperre verhängt.", "COERCE"),
    ("Die Regierung verhängt bis Jahresende den Notstand.", "COERCE"),
    ("Das Kartellgericht hat über die Firma eine Geldbuße von 562.500 Euro verhängt.", "ACCUSE"),
    ("Die EU verhängte neue Sanktionen gegen den Iran.", "SANCTION"),
])
def test_what_is_imposed_tells_the_type(text, event_type):
    assert event_type in {e.event_type for e in events(text) if e.trigger.startswith("verhäng")}


@pytest.mark.parametrize(("text", "trigger"), [
    ("In der Anti-Vietnam-Bewegung fand er seine politische Berufung.", "Berufung"),
    ("Darin werden neben Leckereien auch Holzspielzeug und Konfitüre angeboten.", "angeboten"),
    ("Falschgeld wurde im Internet zum Verkauf angeboten.", "angeboten"),
])
def test_vocations_and_goods_on_offer_are_no_events(text, trigger):
    assert trigger not in {e.trigger for e in events(text)}


@pytest.mark.parametrize(("text", "event_type", "trigger"), [
    ("Die Lufthansa legte gestern Berufung beim Landesarbeitsgericht ein.", "ACCUSE", "Berufung"),
    ("Der Bürgermeister kündigte an, eine Berufung prüfen zu lassen.", "ACCUSE", "Berufung"),
    ("Das Unternehmen habe den Piloten mehrfach eine Schlichtung angeboten, sagte er.", "ANNOUNCE", "angeboten"),
])
def test_appeals_and_offers_to_a_party_stay_events(text, event_type, trigger):
    assert (event_type, trigger) in {(e.event_type, e.trigger) for e in events(text)}


@pytest.mark.parametrize(("text", "trigger", "mode"), [
    ("Cazeneuve hatte gesagt, dass die Vereinigungen sehr bald verboten würden.", "verboten", "intended"),
    ("Er sagte, dass die Gewerkschaft streiken würde, wenn kein Angebot kommt.", "streiken", "hypothetical"),
])
def test_would_in_reported_speech_is_the_future(text, trigger, mode):
    assert {e.trigger: e.mode for e in events(text)}[trigger] == mode


def test_would_of_another_verb_makes_no_plan():
    text = "Washington bestätigte, dass zwei Bürger getötet worden seien und weitere vermisst würden."
    assert {e.trigger: e.mode for e in events(text)}["getötet"] != "intended"


@pytest.mark.parametrize(("text", "event_type", "trigger"), [
    ("Die EU-Kommission hat die Schließung der Grenzen auf dem Balkan gutgeheißen.", "COERCE", "Schließung"),
    ("Die Polizei meldete Massenfestnahmen in der Hauptstadt.", "COERCE", "Massenfestnahmen"),
    ("Das Parlament leitete ein Amtsenthebungsverfahren gegen die Präsidentin ein.", "OTHER", "Amtsenthebungsverfahren"),
])
def test_tenth_pass_compounds(text, event_type, trigger):
    assert (event_type, trigger) in {(e.event_type, e.trigger) for e in events(text)}


def test_in_coordination_with_is_no_vote():
    assert not events("Die Planungen erfolgen in enger Abstimmung mit dem Land Steiermark.")


def test_standing_trial_is_an_accusation():
    text = "Laut seinem Anwalt soll Imamoglu am kommenden Montag erneut vor Gericht erscheinen."
    assert ("ACCUSE", "vor Gericht erscheinen") in {(e.event_type, e.trigger) for e in events(text)}


@pytest.mark.parametrize(("text", "mode"), [
    ("UN-Generalsekretär Guterres forderte eine sofortige Waffenruhe.", "hypothetical"),
    ("Voraussetzung sei ein Waffenstillstand, sagte Macron.", "hypothetical"),
    ("Kiew erwarte als Nächstes eine Waffenruhe für die Energieinfrastruktur.", "hypothetical"),
    ("Ein Waffenstillstand ist nicht in Sicht.", "negated"),
])
def test_a_ceasefire_without_its_parties_is_an_agreement(text, mode):
    found = {(e.event_type, e.mode) for e in events(text) if "Waffen" in e.trigger}
    assert found == {("AGREE", mode)}


def test_a_ceasefire_proposed_is_left_to_the_proposal():
    text = "Nach Angaben des Élysée unterstützt Trump den Vorschlag einer Waffenruhe."
    assert not [e for e in events(text) if "Waffen" in e.trigger]


@pytest.mark.parametrize(("text", "expected"), [
    ("Ein dauerhaftes Abkommen sei derzeit unwahrscheinlich, sagt der Experte.", {("AGREE", "hypothetical")}),
    ("Österreich nehme Menschen nur im Rahmen bestehender Abkommen zurück.", set()),
    ("In Vorarlberg erhält der 27-Jährige einen Vertrag bis Sommer 2017.", set()),
])
def test_an_indefinite_agreement_introduces_one(text, expected):
    assert {(e.event_type, e.mode) for e in events(text)} == expected


def test_pushbacks_are_coercion_without_a_border_word():
    text = "Die Kontrollen blieben, bis Berlin seine eigenen Zurückweisungen beende, fügte der Pole hinzu."
    assert ("COERCE", "Zurückweisungen") in {(e.event_type, e.trigger) for e in events(text)}


@pytest.mark.parametrize(("text", "event_type", "trigger"), [
    ("Die Wirtschaftskammer ist es, die ein Bonus-Malus-Modell ablehnt.", "REJECT", "ablehnt"),
    ("Warum er seinen Rückzug für 2018 ankündigte, blieb ungeklärt.", "ANNOUNCE", "ankündigte"),
    ("Rechte Partner drohten mit dem Bruch, falls der Regierungschef einem Ende des Krieges zustimme.", "AGREE",
     "zustimme"),
    ("Der Botschafter, der dem Rat regelmäßig Parteilichkeit vorwirft, blieb fern.", "ACCUSE", "vorwirft"),
    ("Russland greife gezielt die Energieversorgung an, sagte er.", "ASSAULT", "greife"),
])
def test_separable_verbs_closing_a_subordinate_clause_and_reported_speech(text, event_type, trigger):
    assert (event_type, trigger) in {(e.event_type, e.trigger) for e in events(text)}


@pytest.mark.parametrize(("text", "event_type", "trigger"), [
    ("Litauen kündigte an, seine Grenzübergänge zu Belarus vorübergehend zu schließen.", "COERCE", "schließen"),
    ("Mazedonien hatte die Grenze zu Griechenland am Mittwoch geschlossen.", "COERCE", "geschlossen"),
    ("Rutte kündigte an, zusätzliche Eurofighter und Fregatten in die Region zu verlegen.", "MOBILIZE", "verlegen"),
    ("Im Gegenzug würde Israel palästinensische Häftlinge entlassen.", "RETREAT", "entlassen"),
    ("Sollte sich nichts bewegen, werde man die Streiks ausweiten.", "PROTEST", "ausweiten"),
    ("Deutschland sei bereit, zusätzliche humanitäre Hilfe bereitzustellen.", "AID", "bereitzustellen"),
    ("Der Verfassungsgerichtshof hat zentrale Bestimmungen der Sozialhilfe aufgehoben.", "REJECT", "aufgehoben"),
    ("Im Frühjahr hatte der VfGH eine ähnliche Regelung gekippt.", "REJECT", "gekippt"),
    ("Trzaskowski räumte seine Niederlage am Montag ein.", "CONCEDE", "räumte"),
    ("Tallinn bestellte den russischen Geschäftsträger ein.", "ACCUSE", "bestellte"),
    ("Nach erneuten Luftraumverletzungen durch russische Kampfjets verstärkt die Nato ihre Präsenz.", "ASSAULT",
     "Luftraumverletzungen"),
])
def test_tune4_families(text, event_type, trigger):
    assert (event_type, trigger) in {(e.event_type, e.trigger) for e in events(text)}


def test_a_dismissed_manager_is_no_release():
    assert ("OTHER", "entlassen") in {(e.event_type, e.trigger)
                                      for e in events("Der Vorstand hat den Geschäftsführer entlassen.")}


def test_a_border_named_beside_a_closed_school_is_not_closed():
    text = "In der Grenzregion blieben heute alle Schulen geschlossen, die Behörden evakuierten Dörfer an der Grenze."
    assert "COERCE" not in {e.event_type for e in events(text)}


@pytest.mark.parametrize(("text", "expected"), [
    ("Ungarn hat bereits Widerstand angekündigt.", {"ANNOUNCE", "REJECT"}),
    ("Unterdessen regt sich erneut Widerstand gegen ein Großquartier im Norden der Stadt.", {"REJECT"}),
    ("Die Slowakei gab ihren Widerstand gegen das Paket auf.", {"CONCEDE"}),
    ("Er würdigt den Widerstand der Frauen gegen die Nazis.", set()),
    ("An der Front meldete die russische Armee die Einnahme des Dorfes Nowopawliwka.", {"ASSAULT"}),
    ("Scharapowa hatte die Einnahme des Medikaments eingeräumt.", set()),
])
def test_opposition_and_taking_a_village(text, expected):
    assert {e.event_type for e in events(text) if e.event_type != "SUPPORT"} == expected


def test_an_attack_in_a_temporal_adjunct_is_the_event_of_the_killing():
    # thirteenth pass: tune4 and tune5 annotate the attack only (was: both kept)
    text = "Bei israelischen Luftangriffen auf Chan Junis wurden in der Nacht mindestens 27 Menschen getötet."
    assert {e.trigger for e in events(text)} == {"Luftangriffen"}


def test_the_object_of_a_verb_of_its_type_is_still_carried_by_the_verb():
    text = "Die Minister unterzeichneten am Montag eine Vereinbarung."
    assert {e.trigger for e in events(text)} == {"unterzeichneten"}


def test_a_re_mention_whose_start_is_told_is_annotated():
    assert ("PROTEST", "Ausstand") in {(e.event_type, e.trigger) for e in events(
        "Der Ausstand hatte bereits in der Nacht zum Donnerstag um 3 Uhr begonnen.")}


@pytest.mark.parametrize(("text", "expected"), [
    ("Die Kommissionspräsidentin warnte Washington, die EU verfüge über viele Instrumente.", {"THREATEN"}),
    ("Die Bundesbank warnte am Donnerstag vor einer Rezession.", set()),
])
def test_warning_someone_threatens_warning_of_something_does_not(text, expected):
    assert {e.event_type for e in events(text)} == expected


def test_a_speaker_after_warnt_is_no_addressee():
    assert not events("Koproduktionen seien kein Allheilmittel, warnt Lueftner, der Produzent.")


@pytest.mark.parametrize(("text", "event_type", "trigger", "mode"), [
    ("Tusk kündigte am Montag an, im Sejm die Vertrauensfrage zu stellen.", "OTHER", "Vertrauensfrage zu stellen",
     "intended"),
    ("„Wir werden nicht zurückweichen“, sagte er.", "CONCEDE", "zurückweichen", "negated"),
    ("Die Polizei war mit einem Großaufgebot vor Ort.", "MOBILIZE", "Großaufgebot", "realized"),
    ("Zugleich mahnte er beide Seiten zur Mäßigung.", "REQUEST", "mahnte", "realized"),
    ("Der Bauernverband distanzierte sich von den Ausschreitungen.", "REJECT", "distanzierte", "realized"),
    ("Er sagte, die SPD werde keine Änderungen am Rentenniveau akzeptieren.", "REJECT", "akzeptieren", "realized"),
])
def test_tune4_second_families(text, event_type, trigger, mode):
    assert (event_type, trigger, mode) in {(e.event_type, e.trigger, e.mode) for e in events(text)}


@pytest.mark.parametrize(("text", "event_type", "trigger"), [
    ("Bürgermeister Hellenkamp zeigte Verständnis für die Anliegen, kritisierte aber den Zeitpunkt.", "SUPPORT",
     "Verständnis"),
    ("Eine Entscheidung über das Darlehen vertagten die Staats- und Regierungschefs jedoch auf Dezember.", "OTHER",
     "vertagten"),
    ("Am Flughafen Köln/Bonn fielen nach Angaben des Betreibers rund 150 Flüge aus.", "OTHER", "fielen"),
])
def test_tune4_third_families(text, event_type, trigger):
    assert (event_type, trigger) in {(e.event_type, e.trigger) for e in events(text)}


@pytest.mark.parametrize(("text", "expected"), [
    ("Die 27 EU-Staaten haben sich in der Nacht auf das 19. Sanktionspaket gegen Russland geeinigt.",
     {("AGREE", "geeinigt"), ("SANCTION", "das 19. Sanktionspaket")}),
    ("Die Slowakei hat ihren Widerstand gegen das 18. Sanktionspaket aufgegeben.", {("CONCEDE", "aufgegeben")}),
    ("Die Koalition habe den Kompromiss im Sommer gemeinsam beschlossen.", {("AGREE", "beschlossen")}),
    # a bill failing in a chamber is rejected there (sixteenth pass: REJECT in tune4, tune7, tune9, tune10)
    ("Sollte das Gesetz im Bundestag scheitern, drohe der Regierung eine schwere Krise, sagte Miersch.",
     {("REJECT", "scheitern")}),
])
def test_numbered_packages_joint_decisions_and_impending_crises(text, expected):
    assert {(e.event_type, e.trigger) for e in events(text)} - {("REJECT", "Widerstand")} == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Drei Wochen vor der Landtagswahl in Baden-Württemberg lieferten sich die Kandidaten einen Schlagabtausch.",
     set()),
    ("Ihr Stellvertreter griff das Höchstgericht scharf an.", {("ACCUSE", "griff")}),
    ("In der Nacht griffen russische Drohnen die Stadt an.", {("ASSAULT", "griffen")}),
])
def test_time_anchors_and_verbal_attacks(text, expected):
    assert {(e.event_type, e.trigger) for e in events(text)} == expected


def test_a_number_ends_a_sentence_before_a_sentence_opener_but_not_an_ordinal_or_a_list_item():
    def split(text: str) -> list[str]:
        return [s.text for s in sentences(text)]

    assert split("Die EU bereitet ihr 20. Sanktionspaket vor. Am 6. Januar tagt sie.") == [
        "Die EU bereitet ihr 20. Sanktionspaket vor.", "Am 6. Januar tagt sie."]
    assert split("Die Zahl stieg von sechs auf 92. Der Anteil sank.") == [
        "Die Zahl stieg von sechs auf 92.", "Der Anteil sank."]
    assert split("Die Punkte: 1. Die Steuern, 2. Die Renten.") == ["Die Punkte: 1. Die Steuern, 2. Die Renten."]
