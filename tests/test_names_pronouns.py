"""er/sie of quote speakers found by their antecedent (sentences written for these tests)."""
from __future__ import annotations

from datetime import date

from flows.names import find_mentions, speaker_pronoun_mentions
from flows.records import Doc, Quote


def _pronouns(text: str, speaker: str) -> list[tuple[str, str | None]]:
    """The pronoun mentions when ``speaker`` (a name in ``text``) is the speaker of one quote."""
    doc = Doc("t", text, date(2025, 3, 1))
    mentions = list(find_mentions(doc))
    m = next(m for m in mentions if m.text == speaker)
    quote = Quote("t:q1", 0, 1, text[:1], "indirect", speaker_text=m.text, speaker_start=m.start,
                  speaker_end=m.end, speaker_entity_id=m.entity_id, speaker_name=m.entity_name)
    return [(p.text, p.entity_name) for p in speaker_pronoun_mentions(doc, mentions, iter([quote]))]


def test_the_subject_of_the_sentence_before():
    text = "Bundeskanzler Friedrich Merz reagierte gelassen. Er habe mit Donald Tusk telefoniert, sagte Merz."
    assert _pronouns(text, "Merz") == [("Er", "Friedrich Merz")]


def test_the_first_person_of_the_own_sentence():
    assert _pronouns("Laut Wadephul hat er am Montag mit Araghtschi telefoniert.", "Wadephul") == [("er", "Johann Wadephul")]


def test_sie_needs_a_woman():
    text = "Annalena Baerbock lobte Dmytro Kuleba. Sie freue sich auf die Zusammenarbeit, sagte Baerbock."
    assert _pronouns(text, "Baerbock") == [("Sie", "Annalena Baerbock")]
    text = "Der Unternehmer Jonas Kramer sprach. Sie sei wichtig, sagte Kramer."
    assert _pronouns(text, "Kramer") == []


def test_only_quote_speakers():
    text = "Olaf Scholz traf Emmanuel Macron. Er lobte die Einigung. Das sei gut, sagte Macron."
    assert _pronouns(text, "Macron") == []


def test_a_feminine_title_tells_the_gender_of_an_unknown_person():
    text = "Die Osteuropa-Expertin Lena Brunnhuber widersprach. Sie halte das für riskant, sagte Brunnhuber."
    assert ("Sie", "Lena Brunnhuber") in _pronouns(text, "Brunnhuber")


def test_a_thing_that_opens_the_sentence_is_the_antecedent():
    text = ("Anwalt Markus Steinberger kritisierte das Urteil, sagte Steinberger. Der Rechtsstaat zeige, "
            "dass er sich wehren könne.")
    assert _pronouns(text, "Steinberger") == []


def test_plural_sie_and_pronouns_inside_quotes():
    text = ("Bundesaußenministerin Annalena Baerbock traf die Helfer. Sie forderten mehr Geld. Weil sie "
            "nichts bekommen, streiken sie. „Sie haben recht“, sagte Baerbock.")
    assert _pronouns(text, "Baerbock") == []


def test_swiss_guillemets_open_with_the_left_pointing_mark():
    text = ("Karol Nawrocki sprach von einem «Sieg für Polen». Er werde alles blockieren, "
            "sagte Nawrocki.")
    assert _pronouns(text, "Nawrocki") == [("Er", "Karol Nawrocki")]


def test_a_feminine_apposition_after_the_name_makes_sie_refer_to_her():
    from flows.names.pronouns import _gender
    from flows.records import Mention
    text = "„Heute haben wir verloren“, sagte Helene Marquardt, die Prozessbevollmächtigte des Vereins. Sie kündigte an, zu klagen."
    start = text.index("Helene")
    m = Mention(start, start + len("Helene Marquardt"), "Helene Marquardt", "PER", "x", "Helene Marquardt", "pattern", 1.0)
    assert _gender(text, m, {}) == "f"
