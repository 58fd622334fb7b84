"""Review pins (session 18, review P) of d512088's _demanded_party: a REQUEST verb without a target whose demand is a
modal clause takes that clause's subject as target. Each test fails when one part of the rule (a gap alternative, the
modal window, a modal, a guard) is removed. Every sentence is invented."""
import pytest

from tests.test_events_participants import mention, roles


def _brandt_and(text: str, surface: str, name: str, kind: str = "ORG") -> list:
    return [mention(text, "Lena Brandt", "Lena Brandt", "PER"), mention(text, surface, name, kind)]


def test_a_dass_clause_with_the_modal_at_its_end_names_the_addressee():
    # DEMANDED_CLAUSE_GAP_RE's 'dass' and DEMANDED_MODAL_RE's window up to the verb-final modal
    text = "Die Abgeordnete Lena Brandt forderte, dass die Kommission die Fördergelder sofort auszahlen müsse."
    ms = _brandt_and(text, "Kommission", "Europäische Kommission")
    assert roles(text, "forderte", ms) == ({"Lena Brandt"}, {"Europäische Kommission"})


def test_a_name_right_after_a_colon_is_the_addressee():
    text = "Die Abgeordnete Lena Brandt forderte: Brüssel müsse die Fördergelder sofort auszahlen."
    ms = _brandt_and(text, "Brüssel", "Europäische Union")
    assert roles(text, "forderte", ms) == ({"Lena Brandt"}, {"Europäische Union"})


def test_an_article_and_an_adjective_before_the_addressee():
    # both the article and the one lower-case word of the gap
    text = "Die Abgeordnete Lena Brandt forderte, die neue Landesregierung solle die Gebühren senken."
    ms = _brandt_and(text, "Landesregierung", "Hessische Landesregierung")
    assert roles(text, "forderte", ms) == ({"Lena Brandt"}, {"Hessische Landesregierung"})


@pytest.mark.parametrize(("modal", "surface", "name"), [
    ("möge", "Kommission", "Europäische Kommission"), ("dürfe", "Kommission", "Europäische Kommission"),
    ("müssten", "Länder", "Bundesländer"), ("sollten", "Länder", "Bundesländer"), ("dürften", "Länder", "Bundesländer"),
])
def test_each_modal_of_the_demanded_clause(modal: str, surface: str, name: str):
    text = f"Die Abgeordnete Lena Brandt verlangte, die {surface} {modal} nicht nachgeben."
    assert roles(text, "verlangte", _brandt_and(text, surface, name)) == ({"Lena Brandt"}, {name})


def test_the_modal_is_looked_for_only_up_to_the_next_comma():
    # guard: 'müsse' belongs to another speaker's clause, not to a clause whose subject is Lang
    text = "Brandt forderte Neuwahlen, Lang lehnte ab und sagte, man müsse abwarten."
    ms = [mention(text, "Brandt", "Lena Brandt", "PER"), mention(text, "Lang", "Eva Lang", "PER")]
    assert "Eva Lang" not in roles(text, "forderte", ms)[1]


def test_a_fronted_modal_clause_is_not_the_demand_of_a_verb_inside_a_later_clause():
    # guard: 'forderte' does not open its clause ('und Lang forderte'); the fronted clause is Vogt's
    text = "Die Kommission solle sparen, meinte Vogt, und Lang forderte Neuwahlen."
    ms = [mention(text, "Kommission", "Europäische Kommission", "ORG"), mention(text, "Vogt", "Karl Vogt", "PER"),
          mention(text, "Lang", "Eva Lang", "PER")]
    assert "Europäische Kommission" not in roles(text, "forderte", ms)[1]


def test_a_demand_with_its_own_object_keeps_it():
    # guard: 'forderte Lang auf' already names whom the demand is addressed to
    text = "Brandt forderte Lang auf, die Kommission müsse handeln."
    ms = [mention(text, "Brandt", "Lena Brandt", "PER"), mention(text, "Lang", "Eva Lang", "PER"),
          mention(text, "Kommission", "Europäische Kommission", "ORG")]
    assert roles(text, "forderte", ms)[1] == {"Eva Lang"}


def test_a_fronted_modal_clause_with_an_adjective_before_the_addressee():
    text = "Die neue Landesregierung solle die Gebühren senken, verlangte sie."
    ms = [mention(text, "Landesregierung", "Hessische Landesregierung", "ORG")]
    assert roles(text, "verlangte", ms) == (set(), {"Hessische Landesregierung"})
