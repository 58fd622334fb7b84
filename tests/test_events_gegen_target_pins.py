"""Review pins (session 18, review P) of d512088's AGAINST_APPOSITION_LEAD_RE: a name in the 'aus' phrase of a
'gegen' object is the target. Every sentence is invented."""
from tests.test_events_participants import mention, roles


def test_a_name_in_the_aus_phrase_of_a_gegen_object_is_the_target():
    text = "Tausende Landwirte protestierten gegen die neuen Zölle aus Peking."
    assert roles(text, "protestierten", [mention(text, "Peking", "China")]) == (set(), {"China"})
