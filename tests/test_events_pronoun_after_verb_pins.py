"""Review pins (session 18, review P) of cd44a52's _pronoun_after_verb: 'er'/'sie' right after the event's verb is its
subject. Guards no test of tests/test_events_participants.py fails without. Every sentence is invented."""
from flows.records import Quote
from tests.test_events_participants import mention, roles


def test_sie_after_a_plural_verb_in_a_speaker_tag_is_no_woman_named_before():
    # guard: 'verlangten sie' is plural ('they'), so the one woman named before does not act
    text = ("Fraktionschefin Lea Sommer sprach von einem Skandal. Die Landesregierung solle die Gebühren senken, "
            "verlangten sie.")
    ms = [mention(text, "Lea Sommer", "Lea Sommer", "PER"),
          mention(text, "Landesregierung", "Hessische Landesregierung", "ORG")]
    assert "Lea Sommer" not in roles(text, "verlangten", ms)[0]


def test_sie_after_a_verb_opening_a_conditional_clause_stays_an_object():
    # guard: without reported words before the verb, 'sie' may be the object ('Lehnt sie die Opposition ab': them)
    text = "Ministerin Eva Roth legte zwei Pläne vor. Lehnt sie die Opposition ab, scheitert das Gesetz."
    ms = [mention(text, "Eva Roth", "Eva Roth", "PER"), mention(text, "Opposition", "Opposition", "ORG")]
    assert "Eva Roth" not in roles(text, "Lehnt", ms)[0]


def test_er_after_the_verb_takes_no_man_named_before_an_unnamed_subject():
    # guard: 'Der Kämmerer' opens a sentence between the named man and 'er', and is the nearer antecedent
    text = ("Landrat Peter Brenner stellte den Haushalt vor. Der Kämmerer rechnete nach. Eine Erhöhung der "
            "Kreisumlage für die kleineren Gemeinden lehnte er jedoch ab.")
    ms = [mention(text, "Peter Brenner", "Peter Brenner", "PER")]
    assert "Peter Brenner" not in roles(text, "lehnte", ms)[0]


def test_er_inside_reported_words_is_their_speaker():
    # the quote branch: 'lehne er ab' inside Vogt's reported words is Vogt, not the man named before
    text = ("Richter Jan Lang hatte geladen. Einen Vergleich mit dem klagenden Nachbarn aus dem Dorf lehne er ab, "
            "sagte Karl Vogt.")
    start, end = text.index("Einen"), text.index(", sagte")
    quote = Quote("t:q1", start, end, text[start:end], "indirect", "Karl Vogt", speaker_name="Karl Vogt",
                  speaker_entity_id="Karl Vogt")
    ms = [mention(text, "Jan Lang", "Jan Lang", "PER"), mention(text, "Karl Vogt", "Karl Vogt", "PER")]
    assert roles(text, "lehne", ms, [quote])[0] == {"Karl Vogt"}
