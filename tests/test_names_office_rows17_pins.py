"""Review 17p: pins for a sample of session 17's office rows (d916f77, ``data/roles.txt``): each role reference
resolves to the holder on the article's date, and to nobody listed on a day the office is not held by a listed
person (before the first day, from the exclusive last day, in an interim). The rows checked here were not pinned by
the stage's tests. Sentences invented for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import mention_triples


def _holder(text: str, day: date) -> str | None:
    """The person the first person mention of ``text`` links to on ``day``."""
    return next((name for _, name, kind in mention_triples(text, day) if kind == "PER"), None)


@pytest.mark.parametrize("text, day, holder", [
    ("Der österreichische Wirtschaftsminister sprach am Dienstag in Wien.", date(2025, 3, 3), "Wolfgang Hattmannsdorfer"),
    ("Der niederländische Außenminister sprach am Dienstag in Den Haag.", date(2025, 8, 21), "Caspar Veldkamp"),
    ("Der niederländische Außenminister sprach am Dienstag in Den Haag.", date(2025, 8, 22), None),
    ("Der belgische Außenminister sprach am Dienstag in Brüssel.", date(2025, 2, 3), "Maxime Prévot"),
    ("Der rumänische Regierungschef sprach am Dienstag in Bukarest.", date(2025, 5, 5), "Marcel Ciolacu"),
    ("Der rumänische Regierungschef sprach am Dienstag in Bukarest.", date(2025, 5, 20), None),
    ("Der rumänische Regierungschef sprach am Dienstag in Bukarest.", date(2025, 6, 23), "Ilie Bolojan"),
    ("Der rumänische Präsident sprach am Dienstag in Bukarest.", date(2025, 2, 11), "Klaus Iohannis"),
    ("Der irische Präsident sprach am Dienstag in Dublin.", date(2025, 11, 10), "Michael D. Higgins"),
    ("Die irische Präsidentin sprach am Dienstag in Dublin.", date(2025, 11, 11), "Catherine Connolly"),
    ("Die kanadische Außenministerin sprach am Dienstag in Ottawa.", date(2025, 5, 12), "Mélanie Joly"),
    ("Die kanadische Außenministerin sprach am Dienstag in Ottawa.", date(2025, 5, 13), "Anita Anand"),
    ("Der israelische Verteidigungsminister sprach am Dienstag in Tel Aviv.", date(2024, 11, 8), "Israel Katz"),
    ("Der israelische Außenminister sprach am Dienstag in Jerusalem.", date(2024, 11, 8), "Gideon Saar"),
])
def test_an_office_resolves_to_its_holder_on_the_articles_date(text, day, holder):
    assert _holder(text, day) == holder


@pytest.mark.parametrize("text, person", [
    ("Im Finale traf Singh zweimal für seine Mannschaft.", "Rajnath Singh"),
    ("Schumann komponierte vier Sinfonien und viele Lieder.", "Korinna Schumann"),
    ("Anand gewann die dritte Partie des Schachturniers.", "Anita Anand"),
])
def test_a_frequent_surname_alone_is_not_the_new_office_holder(text, person):
    # common_surnames.txt: without the full name in the article the bare surname links to nobody listed
    assert person not in {name for _, name, _ in mention_triples(text, date(2025, 10, 5))}
