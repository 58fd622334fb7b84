"""Session 16 (session 15's gap): a man named without a title is a masculine antecedent by his given name
(``_name_gender``: the gazetteer's persons of that given name are all men), so a relative ``der`` after him is the
clause's subject and the ``der`` noun phrase after it a dative. Invented sentences and names."""
from __future__ import annotations

from flows.quotes.extract import _masculine_antecedent, _name_gender
from flows.quotes.text import tokenize
from flows.records import Mention
from tests.test_quotes_own_clause import LEADER, speaker_of


def _person(text: str, name: str) -> Mention:
    start = text.index(name)
    return Mention(start, start + len(name), name, "PER", f"e:{name}", name, "pattern", 1.0)


def test_a_man_named_without_a_title_says_the_words_of_his_relative_clause() -> None:
    text = "Rückhalt fand Anna Berg bei Jan Kurz, der der Stadt „Versagen auf ganzer Linie“ vorwarf."
    assert speaker_of(text, "Versagen auf ganzer Linie", LEADER, ("Jan Kurz", "PER", "Jan Kurz"))[1] == "Jan Kurz"


def test_a_woman_named_without_a_title_is_no_masculine_antecedent() -> None:
    text = "Rückhalt fand Anna Berg bei Karin Kurz, der der Stadtrat Fehler vorwarf."
    toks = tokenize(text)
    comma = next(k for k, t in enumerate(toks) if t.text == ",")
    assert _masculine_antecedent(text, toks, comma + 1, [_person(text, "Karin Kurz")]) is False


def test_a_given_name_of_both_genders_or_a_lone_surname_tells_none() -> None:
    assert _name_gender(Mention(0, 7, "Kim Lee", "PER", "e:Kim Lee", "Kim Lee", "pattern", 1.0)) is None
    assert _name_gender(Mention(0, 4, "Kurz", "PER", "e:Kurz", "Kurz", "pattern", 1.0)) is None
