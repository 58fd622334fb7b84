"""Offices that had no role key before session 17, round 2 (``data/role_words.txt``, ``data/roles.txt``): EU
commissioners by portfolio, central bank heads, rulers, UN high commissioners, the ICC prosecutor and German federal
offices resolve to the holder on the article's date; surnames that are ordinary or frequent words link only after
the full name. Sentences invented for these tests."""
from __future__ import annotations

from datetime import date

from tests.conftest import mention_triples, role_holder



def test_an_eu_commissioner_by_portfolio():
    text = "Die EU-Wettbewerbskommissarin kündigte am Donnerstag in Brüssel ein Verfahren gegen einen Versandhändler an."
    assert role_holder(text, "EU-Wettbewerbskommissarin", date(2025, 11, 6)) == "Teresa Ribera"
    text = "Der Wirtschaftskommissar warnte am Montag vor neuen Schulden."
    assert role_holder(text, "Wirtschaftskommissar", date(2024, 5, 6)) == "Paolo Gentiloni"


def test_central_bank_heads():
    assert role_holder("Der Fed-Chef ließ den Leitzins am Mittwoch unverändert.", "Fed-Chef",
                   date(2025, 7, 30)) == "Jerome Powell"
    assert role_holder("Der Bundesbankpräsident rechnet mit einem schwachen Winter.", "Bundesbankpräsident",
                   date(2025, 12, 1)) == "Joachim Nagel"


def test_rulers_without_a_role_key_before():
    assert role_holder("Der Emir von Katar empfing am Sonntag eine Delegation aus Kairo.", "Emir",
                   date(2025, 10, 5)) == "Tamim bin Hamad Al Thani"
    assert role_holder("Der saudische Kronprinz telefonierte am Abend mit dem Weißen Haus.", "saudische Kronprinz",
                   date(2025, 10, 5)) == "Mohammed bin Salman"
    assert role_holder("Der iranische Religionsführer drohte am Freitag mit Vergeltung.", "iranische Religionsführer",
                   date(2025, 6, 20)) == "Ali Chamenei"


def test_german_federal_offices_by_date():
    text = "Die Bundesratspräsidentin eröffnete am Freitag die Sitzung der Länderkammer."
    assert role_holder(text, "Bundesratspräsidentin", date(2025, 3, 14)) == "Anke Rehlinger"
    assert role_holder(text, "Bundesratspräsidentin", date(2024, 3, 15)) == "Manuela Schwesig"
    assert role_holder("Der Bundesratspräsident eröffnete die Sitzung.", "Bundesratspräsident",
                   date(2026, 3, 6)) == "Andreas Bovenschulte"
    assert role_holder("Der Generalinspekteur der Bundeswehr warnte am Dienstag vor Engpässen.",
                   "Generalinspekteur der Bundeswehr", date(2025, 9, 2)) == "Carsten Breuer"
    assert role_holder("Die Wehrbeauftragte legte am Dienstag ihren Jahresbericht vor.", "Wehrbeauftragte",
                   date(2024, 3, 12)) == "Eva Högl"
    assert role_holder("Der Verfassungsgerichtspräsident mahnte am Samstag zur Mäßigung.",
                   "Verfassungsgerichtspräsident", date(2025, 5, 10)) == "Stephan Harbarth"


def test_the_icc_prosecutor():
    # review 17: the bare role word of an international office needs its body in the article
    text = "Der Internationale Strafgerichtshof ist zuständig. Der Chefankläger beantragte am Montag neue Haftbefehle."
    assert role_holder(text, "Chefankläger", date(2024, 5, 20)) == "Karim Khan"


def test_an_office_after_its_last_known_day_has_no_holder():
    # the BND after Kahl and the Fed after Powell's term as chair are left out as not sure: no link
    text = "Der BND-Präsident warnte am Mittwoch vor Sabotage."
    assert role_holder(text, "BND-Präsident", date(2024, 10, 16)) == "Bruno Kahl"
    assert role_holder(text, "BND-Präsident", date(2026, 2, 4)) is None


def test_frequent_surnames_of_the_new_holders_link_only_after_the_full_name():
    text = "Im Finale lief Powell als Dritter ins Ziel, Khan wurde Vierter."
    assert not [name for _, name, kind in mention_triples(text, date(2025, 8, 23)) if name in ("Jerome Powell", "Karim Khan")]
