"""Names, session 18 second half (tune23): given names the list lacked. ``data/given_names.txt``: ``Hanno``,
``Riyad``, ``Jeannette`` open an unknown ``<given> <Surname>`` person after a role noun or before a verb other than a
speech verb (tune23 lost four speakers to them). Every sentence is invented for these tests.
"""
from __future__ import annotations

from datetime import date

from tests.conftest import mention_triples

DAY = date(2026, 3, 2)


def _found(text: str) -> list[tuple[str, str | None]]:
    return [(span, name) for span, name, _ in mention_triples(text, DAY)]


def test_given_names_open_an_unknown_person_after_a_role_noun():
    found = _found("Lettlands Handelsminister Hanno Kelmsaar verlangte mehr Geld. "
                   "Der Beobachter Riyad Tamimi forderte eine Pause. "
                   "„Wir bleiben“, rief Jeannette Ossola den Gästen zu.")
    assert ("Hanno Kelmsaar", "Hanno Kelmsaar") in found
    assert ("Riyad Tamimi", "Riyad Tamimi") in found
    assert ("Jeannette Ossola", "Jeannette Ossola") in found


def test_riad_stays_the_saudi_capital():
    assert ("Riad", "Riad") in _found("Die Delegation flog am Montag nach Riad.")

