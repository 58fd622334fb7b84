"""Session 13: one dateline pattern for the quotes and events stages (flows.ingest.dateline) and one place ->
country-government mapping (flows.names.government_country) for the events stage's bare "die Regierung"."""
import pytest

from flows.events import participants
from flows.events.participants import _article_dateline, _government_mentions
from flows.ingest.dateline import DATELINE_RE
from flows.quotes import text as quotes_text
from flows.quotes.text import pair_quote_marks, split_sentences


@pytest.mark.parametrize(("paragraph", "dateline"), [
    ("BERLIN. Der Ausschuss hat am Mittwoch die Mittel freigegeben.", "BERLIN. "),
    ("KIEW/MOSKAU. Beide Seiten meldeten neue Angriffe.", "KIEW/MOSKAU. "),
    ("Seoul (Agentur) - Der Geheimdienst meldete einen Raketentest.", "Seoul (Agentur) - "),
    ("Abu Dhabi / Eriwan – Die Minister trafen sich am Morgen.", "Abu Dhabi / Eriwan – "),
    ("Frankfurt am Main – Die Zentralbank ließ den Zins unverändert.", "Frankfurt am Main – "),
    ("Bern (SRF) – „Wir sind bereit“, sagte die Ministerin.", "Bern (SRF) – "),
])
def test_a_dateline_ends_where_the_first_sentence_begins(paragraph, dateline):
    match = DATELINE_RE.match(paragraph)
    assert match is not None and paragraph[:match.end()] == dateline


@pytest.mark.parametrize("paragraph", [
    # a title or a lead clause with a dash, and a place in title case before a full stop, are no datelines (the events
    # stage's older pattern took the first two)
    "Neue Kämpfe im Donbass - Streit um die Freiwilligen geht weiter.",
    "Die Wirtschaft nimmt – ungeachtet der Krise – wieder Fahrt auf.",
    "Täter festgenommen. Wien – Mit einem Messer hat ein Mann zwei Menschen verletzt.",
    "Berlin. Der Ausschuss tagte.",
    "EU-Gipfel. Die Staats- und Regierungschefs berieten.",
])
def test_no_dateline(paragraph):
    assert DATELINE_RE.match(paragraph) is None


def test_both_stages_use_the_one_pattern():
    assert quotes_text.DATELINE_RE is DATELINE_RE
    assert participants.DATELINE_RE is DATELINE_RE


def test_a_capitals_dateline_opens_no_sentence_and_is_the_articles_dateline():
    text = "BERLIN. Der Ausschuss hat am Mittwoch die Mittel freigegeben. Die Opposition kritisierte das."
    first = split_sentences(text, pair_quote_marks(text))[0]
    assert text[first.start:first.end] == "Der Ausschuss hat am Mittwoch die Mittel freigegeben."
    dateline = _article_dateline(text, len(text))
    assert dateline is not None and dateline.group() == "BERLIN. "


@pytest.mark.parametrize(("place", "country"), [
    ("Tokio", "Japan"),  # a capital stands for its country
    ("Lomé", "Togo"),  # also where the country has no nationality adjective
    ("Charkiw", "Ukraine"),  # a town stands in its country
    ("Mali", "Mali"),  # a country for itself
    ("Gazastreifen", None),  # a territory, a sea or a region stands for no government
    ("Mittelmeer", None),
    ("Brüssel", None),  # a seat that speaks for a union: EU news, its bare "die Regierung" is some member's
])
def test_the_country_a_bare_government_stands_for(place, country):
    text = "Die Regierung kündigte neue Reformen an."
    assert [m.entity_name for m in _government_mentions(text, 0, len(text), place)] == ([country] if country else [])
