"""Review 18 (quotes): pins of 72888b0: the row ``geht,aus hervor,1`` (data/cue_verbs_manual.csv) and the particle
searched past a name between commas (``_name_between_commas``, APPOSED_NAME_WORDS). Invented sentences; each test fails
when the entry or guard it names is removed."""

from tests.test_quotes_session18 import quotes


def test_geht_hervor_without_aus_after_the_verb():
    # "hervor" is the row's particle too: "Daraus geht hervor, dass …" has no "aus" after the verb
    found = quotes("Daraus geht hervor, dass die Gespräche gescheitert sind.")
    assert [(text, "geht" in cue and "hervor" in cue) for text, _, cue in found] == [
        ("die Gespräche gescheitert sind", True)]


def test_particle_after_a_name_of_four_words_between_commas():
    text = ("Anna Berg geht nach einem Treffen mit dem Leiter, Jan Peter Maria Koch, davon aus, dass die Gespräche "
            "scheitern.")
    assert quotes(text) == [("die Gespräche scheitern", "Anna Berg", "geht ... aus")]


def test_lower_case_words_between_commas_are_no_name():
    # "zum Markt" is no apposed name: the "aus" after it opens an adverbial ("aus Freude"), no particle of "geht"
    assert quotes("Anna Berg geht in die Stadt, zum Markt, aus Freude, dass die Sonne scheint.") == []


def test_a_parenthetical_cue_between_commas_is_no_name():
    text = "Anna Berg geht nach Hause, wie sie sagt, aus Sorge, dass die Kinder warten."
    assert all(cue != "geht ... aus" for _, _, cue in quotes(text))
