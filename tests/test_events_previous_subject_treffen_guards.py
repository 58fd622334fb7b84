"""Guards of the organisation that opens the sentence before a reported "man"/"wir" (01c45bb), of "treffen" with an
event noun as subject (435b9a5) and of "nicht ohne" (666be8e), each found unpinned by removing it in a scratch copy.
Invented sentences."""
from __future__ import annotations

from tests.test_events import events
from tests.test_events_participants import _quote_from, mention, roles

SPEAKER = ("Geschäftsführerin Petra Lang", "Petra Lang", "per:petra-lang")


def _actors(text: str, trigger: str) -> set[str]:
    ms = [mention(text, "Mieterbund Nordheide", "Mieterbund Nordheide", "ORG", entity_id="org:mieterbund-nordheide"),
          mention(text, "Petra Lang", "Petra Lang", "PER", entity_id="per:petra-lang")]
    opening = text.split(". ")[-1][:10]
    return roles(text, trigger, ms, [_quote_from(text, opening, *SPEAKER)])[0]


def test_reported_words_without_man_or_wir_keep_no_organisation_of_the_sentence_before():
    # 01c45bb: only a reported "man"/"wir" (COLLECTIVE_SELF_RE) speaks for the body the sentence before opens with
    text = ("Der Mieterbund Nordheide zeigte sich gesprächsbereit. Verhandlungen über die Miete seien im Mai geplant, "
            "sagte Geschäftsführerin Petra Lang.")
    assert _actors(text, "Verhandlungen") == set()


def test_a_dateline_before_the_organisation_does_not_hide_it():
    text = ("NORDHEIDE (dpa) - Der Mieterbund Nordheide zeigte sich gesprächsbereit. Man sei offen für Verhandlungen "
            "über die Miete, sagte Geschäftsführerin Petra Lang.")
    assert _actors(text, "Verhandlungen") == {"Mieterbund Nordheide"}


def test_an_organisation_after_more_than_two_words_is_no_subject():
    # "Die Stadt dankte gestern dem Mieterbund": the body is the dative object, three words past the article
    text = ("Die Stadt dankte gestern dem Mieterbund Nordheide. Man sei offen für Verhandlungen über die Miete, "
            "sagte Geschäftsführerin Petra Lang.")
    assert _actors(text, "Verhandlungen") == set()


def test_an_event_noun_inside_a_longer_vorfeld_is_no_subject_of_treffen():
    # 435b9a5: the Vorfeld must be one noun phrase; "Wegen der Zölle" is an adverbial, the ministers meet
    assert "treffen" in {e.trigger for e in events("Wegen der Zölle treffen sich die Außenminister am Montag in Brüssel.")}


def test_an_event_after_not_without_is_kept():
    # 666be8e: "nicht ohne Zustimmung" names a consent that was there (extract.WITHOUT_PHRASE_RE's "nicht")
    assert "Zustimmung" in {e.trigger for e in events("Die Regierung handelte nicht ohne Zustimmung des Parlaments.")}
