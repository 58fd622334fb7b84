"""Review 16a: the two readings of ``_name_gender`` (97f738b) that no test held: the gazetteer's own gender of a
linked person comes first (a given name both genders bear tells nothing, the person's entry does), and a lone name is
a surname, whatever given name it also is."""
from __future__ import annotations

from flows.quotes.extract import _name_gender
from flows.records import Mention


def _linked(name: str, entity_id: str) -> Mention:
    return Mention(0, len(name), name, "PER", entity_id, name, "pattern", 1.0)


def test_a_linked_person_s_gender_is_the_gazetteer_s_not_the_given_name_s() -> None:
    # "Kim" is a given name of both genders in the gazetteer; the linked entries tell them apart
    assert _name_gender(_linked("Kim Jong Un", "per:kim-jong-un")) == "m"
    assert _name_gender(_linked("Kim Yo Jong", "per:kim-yo-jong")) == "f"


def test_a_lone_surname_that_is_also_a_given_name_tells_no_gender() -> None:
    # "Martin" alone is the surname of someone named before ("Juliette Martin"), not the given name of a man
    assert _name_gender(_linked("Martin", "e:Martin")) is None
