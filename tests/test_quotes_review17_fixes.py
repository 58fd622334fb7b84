"""Review 17 Q fixes (session 17): wrong outputs the reviewer found in this session's quotes rules (5ed1b8b's
report). Invented sentences; each case of a fix fails on the commit before it, the guards pass on both."""
from __future__ import annotations

import pytest

from flows.quotes import extract_quotes
from flows.records import Doc


def _quotes(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(q.text, q.cue, q.speaker_text) for q in extract_quotes(Doc("t", text))]


# fix 1 (6d60cda): a complement-only cue row reports its complement only, and its particle ends its phrase
@pytest.mark.parametrize("text", [
    "Sie verriet ihre Freunde, die ihr jahrelang geholfen hätten.",
    "Das Wasser drängte in die Keller, die bald voll gewesen seien.",
    "Sie pochte an die Tür, bis jemand öffnete.",
    "Sie bestritt den Wahlkampf mit wenig Geld, obwohl die Partei reich sei.",
    "Die Ministerin kam zum Schluss noch einmal auf die Kosten zu sprechen, die stark gestiegen seien.",
    "Die Firma machte deutlich mehr Gewinn, als die Analysten erwartet hätten.",
    "Sie vertrat die Position der Partei, die sich gegen die Reform gestellt habe.",
    "Er hielt an dem Plan fest, der schon lange gelte.",
    "Die Kinder erzählten sich Geschichten, die sie gehört hätten.",
    "Der Minister fürchtet um seinen Posten, weil die Umfragen schlecht seien.",
    "Der Film erzählt, wie eine Familie an der Krise zerbricht.",
    "Der Bürgermeister schimpfte über den Regen, der seit Tagen angehalten habe.",
])
def test_a_complement_only_cue_reports_no_relative_or_adverbial_clause(text: str) -> None:
    assert _quotes(text) == []


def test_vor_allem_is_no_particle_of_rechnet_vor() -> None:
    assert all(cue != "rechnet vor" for _, cue, _ in _quotes(
        "Die Ministerin rechnet vor allem damit, dass die Kosten steigen."))


@pytest.mark.parametrize("text, cue", [
    ("Sie verriet, dass die Firma verkauft werde.", "verriet"),
    ("Die Ministerin kam zum Schluss, dass die Kosten zu hoch seien.", "kam ... Schluss"),
    ("Die Ministerin rechnete vor, die Kosten seien um ein Drittel gestiegen.", "rechnete vor"),
    ("Die Ministerin machte deutlich, dass sie bleiben werde.", "machte deutlich"),
    ("Der Trainer zog eine positive Bilanz der Saison: Die Mannschaft habe viel gelernt.", "zog ... Bilanz"),
    ("Er hielt fest, der Plan gelte weiter.", "hielt fest"),
    ("Die Ministerin vertrat die Auffassung, die Reform komme zu spät.", "vertrat ... Auffassung"),
    ("Der Politiker bestreitet den Vorwurf, er unterhalte Kontakte zur Mafia.", "bestreitet"),
    ("Der Minister vertrat die Auffassung, falls Täter verurteilt würden, könnten sie ausgewiesen werden.",
     "vertrat ... Auffassung"),
])
def test_a_complement_only_cue_still_reports_its_complement(text: str, cue: str) -> None:
    assert [c for _, c, _ in _quotes(text)] == [cue]


# fix 2 (e0c4ad7): a paper title is a dative only when it heads the phrase, not inside its genitive
@pytest.mark.parametrize("text, speaker", [
    ("„Wir tun alles“, versicherte der Sprecher der Zeit die Leser.", "der Sprecher der Zeit"),
    ("„Wir tun alles“, erklärte der Sprecher der Post die Lage.", "der Sprecher der Post"),
    ("„Wir tun alles“, sagte der Chef der Deutschen Post die Wahrheit.", "der Chef der Deutschen Post"),
    ("„Wir tun alles“, sagte der Frankfurter Rundschau die Ministerin.", "die Ministerin"),
    ("„Wir tun alles“, sagte der Rheinischen Post die Ministerin.", "die Ministerin"),
    ("„Wir tun alles“, sagte der Zeit die Ministerin.", "die Ministerin"),
])
def test_a_paper_title_inside_the_subjects_genitive_is_no_dative(text: str, speaker: str) -> None:
    assert [s for _, _, s in _quotes(text)] == [speaker]


# fix 3 (61489b0): a list after the first noun is no apposition, its last member's adjective no verb
@pytest.mark.parametrize("text", [
    "Er sagte, die Lage sei ernst. Die Mieter, die Vermieter, junge und alte Nachbarn kamen zur Versammlung.",
    "Er sagte, die Lage sei ernst. Die Brücke, die Straße, kleine und große Wege sind gesperrt.",
    "Er sagte, die Lage sei ernst. Die Fahrer, die Schaffner, feste oder freie Mitarbeiter streiken.",
])
def test_a_list_after_the_first_noun_continues_no_quote(text: str) -> None:
    assert [t for t, _, _ in _quotes(text)] == ["die Lage sei ernst"]


def test_an_apposition_before_a_konjunktiv_verb_still_continues_the_quote() -> None:
    assert len(_quotes("Er sagte, die Lage sei ernst. Die Regel, ein Kompromiss der Parteien, gelte und werde "
                       "bleiben.")) == 2
