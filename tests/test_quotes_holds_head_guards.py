"""Review of 47d26e4 (session 14): the guards of ``_holds_head`` in ``_bare_body`` and of ``_oblique_der`` that no
other test pins. Invented sentences."""
from __future__ import annotations

from tests.test_quotes_bare_body_nouns import speakers
from tests.test_quotes_own_clause import LEADER, speaker_of


def test_a_bare_union_is_not_a_federation_whose_name_holds_the_noun_inside_a_longer_word():
    # _bare_body uses _holds_head: "Gewerkschaftsbund" does not hold "gewerkschaft" as its head (a substring did)
    text = ("Der Deutsche Gewerkschaftsbund hatte im Frühjahr vor Engpässen gewarnt. Am Montag fiel in der Region "
            "der Strom aus. Die Forderung sei fair, hieß es in einer Mitteilung der Gewerkschaft.")
    assert speakers(text, ("Deutsche Gewerkschaftsbund", "ORG", "Deutscher Gewerkschaftsbund")) \
        == [("einer Mitteilung der Gewerkschaft", None)]


def test_der_before_a_feminine_noun_in_ung_after_a_relative_die_is_no_subject():
    # FEMININE_NOUN_RE's endings beyond -in: "der Regierung" is dative, the relative "die" speaks
    text = "Rückhalt fand Anna Berg bei der Fraktion, die der Regierung „grobe Fahrlässigkeit“ vorwarf."
    assert speaker_of(text, "grobe Fahrlässigkeit", LEADER) == ("die", None)

