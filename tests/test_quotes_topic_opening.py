"""Session 17 (quotes17c, task 3): a sentence that opens with the topic put to the speaker (``Zu Toms Argument, es
gebe …,``, ``Auf die Frage, ob …,``) has that topic's content between the commas, not the speaker's words; the
words after the cue are the quote (``_topic_opening``). Invented sentences; the first three fail before."""

from tests.test_quotes_session18 import quotes


def test_argument_before_a_colon_cue_is_no_quote():
    text = ("Die Stadt plant neu. Zu Toms Argument, es gebe zu wenig Geld, gibt Anna Berg zu bedenken: "
            "Niemand wolle mehr zahlen.")
    assert quotes(text) == [("Niemand wolle mehr zahlen", "Anna Berg", "gibt ... bedenken")]


def test_reproach_before_sagte_and_a_reported_clause():
    text = "Die Stadt plant neu. Zum Vorwurf, die Stadt spare zu viel, sagte Anna Berg, niemand wolle mehr zahlen."
    assert quotes(text) == [("niemand wolle mehr zahlen", "Anna Berg", "sagte")]


def test_question_before_the_cue_is_no_quote():
    text = "Die Stadt plant neu. Auf die Frage, ob es zu wenig Geld gebe, sagte Anna Berg, niemand wolle zahlen."
    assert quotes(text) == [("niemand wolle zahlen", "Anna Berg", "sagte")]


def test_guard_a_clause_before_the_cue_without_a_topic_opening_stays_the_quote():
    text = "Die Stadt plant neu. Es gebe zu wenig Geld, gibt Anna Berg zu bedenken."
    assert quotes(text) == [("Es gebe zu wenig Geld", "Anna Berg", "gibt ... bedenken")]
