"""German temporal expressions resolved against the publication date (Europe/Berlin local day)."""
from datetime import date

import pytest

from flows.events.dates import find_dates

THURSDAY = date(2026, 1, 8)  # the seed article's publication day


def first(text: str, published: date = THURSDAY):
    found = list(find_dates(text, published))
    assert found, f"no date found in {text!r}"
    return found[0]


@pytest.mark.parametrize(("text", "words", "day"), [
    ("Die Gespräche fanden am Mittwoch in Paris statt.", "am Mittwoch", date(2026, 1, 7)),
    ("Am Donnerstag erklärte Merz, es gebe keinen Waffenstillstand.", "Am Donnerstag", date(2026, 1, 8)),
    ("Die Minister wollen sich am kommenden Montag treffen.", "am kommenden Montag", date(2026, 1, 12)),
    ("Er war gestern in Berlin.", "gestern", date(2026, 1, 7)),
    ("Die Entscheidung fiel gestern Mittag.", "gestern Mittag", date(2026, 1, 7)),
    ("Die Delegation reist morgen ab.", "morgen", date(2026, 1, 9)),
    ("In der Nacht zum Mittwoch griff Russland an.", "In der Nacht zum Mittwoch", date(2026, 1, 7)),
    ("In der Nacht auf Donnerstag gab es Alarm.", "In der Nacht auf Donnerstag", date(2026, 1, 8)),
    ("Die Koalition traf sich am 6. Januar.", "am 6. Januar", date(2026, 1, 6)),
    ("Der Vertrag lief in der Früh des 1. Jänner aus.", "in der Früh des 1. Jänner", date(2026, 1, 1)),
    ("Die Erklärung datiert vom 6.1.2026.", "vom 6.1.2026", date(2026, 1, 6)),
    ("Seit Montag blockieren Bauern die Straßen.", "Seit Montag", date(2026, 1, 5)),
    ("Ab Freitag gelten neue Zölle.", "Ab Freitag", date(2026, 1, 9)),
    ("Die Gewerkschaft rief für Dienstag zu einer Kundgebung auf.", "für Dienstag", date(2026, 1, 13)),
    ("Am Freitag wird der Präsident in Brüssel erwartet.", "Am Freitag", date(2026, 1, 9)),
    ("Ab morgen will die Zentrale eine Hotline freischalten.", "Ab morgen", date(2026, 1, 9)),
    ("Der Bundestag hatte am späten Dienstagabend abgestimmt.", "am späten Dienstagabend", date(2026, 1, 6)),
])
def test_day_level_phrases_resolve_to_a_day(text, words, day):
    expr = first(text)
    assert (expr.text, expr.date, expr.precision) == (words, day, "day")


def test_weekday_tense_decides_past_or_next_occurrence():
    published = date(2024, 11, 28)  # a Thursday
    assert first("Klytschko lehnte das am Mittwoch ab.", published).date == date(2024, 11, 27)
    assert first("Die Runde soll am Mittwoch fortgesetzt werden.", published).date == date(2024, 12, 4)
    assert first("Er sagte am Donnerstag, er bleibe.", published).date == published


def test_methods_distinguish_explicit_and_relative():
    assert first("am 6. Januar").method == "explicit"
    assert first("am Mittwoch").method == "relative"


@pytest.mark.parametrize(("text", "precision"), [
    ("vergangene Woche", "week"),
    ("in der kommenden Woche", "week"),
    ("vor gut einer Woche", "week"),
    ("im März", "month"),
    ("Mitte Juli", "month"),
    ("Ende Oktober", "month"),
    ("im Frühjahr", "month"),
    ("Heuer", "year"),
    ("vor einem Jahr", "year"),
    ("des vergangenen Jahres", "year"),
    ("2026", "year"),
])
def test_coarse_phrases_keep_their_words_with_a_null_day(text, precision):
    expr = first(f"Das geschah {text} in Wien.")
    assert (expr.text, expr.date, expr.precision) == (text, None, precision)


@pytest.mark.parametrize("text", ["bis Ende 2027", "bis zur Amtsübergabe im Jänner", "bis Mitte Dezember"])
def test_deadlines_are_marked_so_they_are_not_event_dates(text):
    assert first(f"Die Hilfe soll {text} fließen.").role == "deadline"


def test_start_and_target_roles():
    assert first("Seit Montag streiken sie.").role == "start"
    assert first("Sie rief für Dienstag zur Kundgebung auf.").role == "target"


def test_amounts_and_adverbial_heute_are_not_dates():
    assert list(find_dates("Rund 2000 Menschen und 60.000 Soldaten, heute Botschafter in London.", THURSDAY)) == []


def test_fuer_weekday_is_the_planned_day_even_in_a_past_clause():
    found = list(find_dates("Für Mittwoch hat der Verein eine Kundgebung angekündigt.", date(2025, 2, 24)))
    assert [(d.text, d.date) for d in found] == [("Für Mittwoch", date(2025, 2, 26))]


def test_sentence_initial_morgen_is_tomorrow_but_am_morgen_is_the_day_of_the_report():
    assert [d.date for d in find_dates("Morgen reist Merz nach Paris.", date(2026, 1, 27))] == [date(2026, 1, 28)]
    assert [d.date for d in find_dates("Am Morgen reiste er ab.", date(2026, 1, 27))] == [date(2026, 1, 27)]


def test_zu_infinitive_plan_takes_the_next_weekday():
    found = list(find_dates("Er kündigte an, am Samstag in Brüssel zu sprechen.", date(2025, 8, 21)))
    assert [d.date for d in found] == [date(2025, 8, 23)]


@pytest.mark.parametrize(("text", "day"), [
    # a present-tense clause takes the nearer occurrence: tomorrow rather than six days ago ...
    ("Bei der Lufthansa beginnt am Freitag ein Streik der Piloten.", date(2026, 1, 9)),
    ("In der Nacht zum Freitag beginnt der Ausstand.", date(2026, 1, 9)),
    # ... and yesterday rather than six days ahead
    ("Nach dem Abschluss der Gespräche am Mittwoch wirbt Merz um Stimmen.", date(2026, 1, 7)),
    # any past form keeps the past: weak and strong preterites, prefixed ones, perfects, reports
    ("Die Lufthansa strich am Freitag 800 Flüge.", date(2026, 1, 2)),
    ("Die Polizei nahm am Freitag drei Männer fest.", date(2026, 1, 2)),
    ("Der Rat, der am Freitag zusammentrat, billigte das Paket.", date(2026, 1, 2)),
    ("Die USA haben am Freitag neue Zölle verhängt.", date(2026, 1, 2)),
    ("Das berichtet der Guardian am Freitag.", date(2026, 1, 2)),
    # an attributive "vom" names an occasion that is over, whatever the tense around it
    ("Deutschland werde auch nach der Wahl vom Sonntag ein Partner bleiben.", date(2026, 1, 4)),
])
def test_weekday_by_tense(text, day):
    assert next(d for d in find_dates(text, THURSDAY) if d.precision == "day").date == day


def test_a_quoted_future_before_the_sentence_does_not_move_its_weekday():
    """„Wir werden nicht aufgeben.“ belongs to the sentence before: "verhängte am Dienstag" is past."""
    from flows.events import extract_events
    from flows.records import Doc

    text = "Er sagte: „Wir werden nicht aufgeben.“ Die EU verhängte am Dienstag neue Sanktionen gegen Russland."
    [event] = extract_events(Doc("a", text, date(2026, 3, 12)), [])
    assert (event.date, event.mode) == (date(2026, 3, 10), "realized")


# --- issue 5: date forms of unseen articles (tune3 and general German usage) ---

WEDNESDAY = date(2026, 4, 15)


@pytest.mark.parametrize(("text", "words", "day", "role"), [
    # an article after the preposition keeps the preposition's role
    ("Die Miliz verkündete eine Waffenruhe ab dem kommenden Montag.", "ab dem kommenden Montag",
     date(2026, 4, 20), "start"),
    ("Die nächste Runde ist für den 26. April angesetzt.", "für den 26. April", date(2026, 4, 26), "target"),
    # a numeric day without its year needs a preposition (a bare "12.4." may be a section or a score)
    ("Kämpfer halten seit dem 12.4. 18 Lastwagen fest.", "seit dem 12.4.", date(2026, 4, 12), "start"),
    # a calendar day apposed to the weekday is the explicit day
    ("Sie will den Entwurf am kommenden Mittwoch, dem 22.4., ins Kabinett bringen.",
     "am kommenden Mittwoch, dem 22.4.", date(2026, 4, 22), "point"),
    # "vor zwei Tagen" counts back from the publication day
    ("Die Gespräche begannen vor zwei Tagen.", "vor zwei Tagen", date(2026, 4, 13), "point"),
])
def test_prepositions_with_articles_numeric_days_and_appositions(text, words, day, role):
    expr = first(text, WEDNESDAY)
    assert (expr.text, expr.date, expr.precision, expr.role) == (words, day, "day", role)


def test_bare_numeric_day_without_year_is_no_date():
    assert list(find_dates("Siehe Abschnitt 12.4. der Verordnung.", WEDNESDAY)) == []


@pytest.mark.parametrize(("text", "words", "day"), [
    # no day named before in the paragraph: counted from the day of the report
    ("Er fürchte um seinen Job. In Słubice protestierten am Vortag 200 Anwohner.", "am Vortag",
     date(2026, 4, 14)),
    # counted from the latest day named before in the same paragraph
    ("Die Delegationen trafen sich am Montag. Tags zuvor hatte es Gefechte gegeben.", "Tags zuvor",
     date(2026, 4, 12)),
    ("Die Waffenruhe gilt ab dem kommenden Montag. Zwei Tage später soll ein Vermittlungsversuch beginnen.",
     "Zwei Tage später", date(2026, 4, 22)),
    ("Meloni habe am Vortag mit Rama telefoniert. Beide wollten zwei Tage später zusammenkommen.",
     "zwei Tage später", date(2026, 4, 16)),
    ("Am Montag trat der Rat zusammen, am Folgetag stimmte das Parlament ab.", "am Folgetag",
     date(2026, 4, 14)),
    ("Am Sonntag wurde gewählt. Am nächsten Tag trat der Premier zurück.", "Am nächsten Tag",
     date(2026, 4, 13)),
])
def test_days_counted_from_a_day_named_before(text, words, day):
    expr = next(d for d in find_dates(text, WEDNESDAY) if d.text == words)
    assert (expr.date, expr.precision) == (day, "day")


def test_a_day_of_an_earlier_paragraph_is_no_anchor():
    text = "Am Montag tagte der Rat.\n\nDer Kanzler stellte sich am Vortag hinter die Ministerin."
    assert [d.date for d in find_dates(text, WEDNESDAY)] == [date(2026, 4, 13), date(2026, 4, 14)]


@pytest.mark.parametrize(("text", "day"), [
    # the clause tells what became of the planned day: over ...
    ("Ein für Mittwoch geplantes Telefonat kam nicht zustande.", date(2026, 1, 7)),
    ("Ein für Dienstag angesetztes Treffen der Militärführungen fand nicht statt.", date(2026, 1, 6)),
    # ... or still to come
    ("Das für Mittwoch geplante Treffen soll in Wien stattfinden.", date(2026, 1, 14)),
    ("Das für Dienstag angesetzte Treffen beginnt um zehn Uhr.", date(2026, 1, 13)),
    # a cancelled plan may still lie ahead: "für" keeps the coming day
    ("Ein für Sonntag geplanter Marsch wurde abgesagt.", date(2026, 1, 11)),
])
def test_a_day_planned_for_a_noun_takes_the_tense_of_its_clause(text, day):
    assert first(text).date == day


@pytest.mark.parametrize(("text", "precision"), [
    ("am Wochenende", "week"),
    ("am kommenden Wochenende", "week"),
    ("Für das Wochenende", "week"),
    ("Anfang nächster Woche", "week"),
    ("Ende der Woche", "week"),
    ("Ende des Monats", "month"),
    ("Anfang nächsten Monats", "month"),
    ("im vergangenen Sommer", "month"),
    ("für den Herbst", "month"),
    ("nicht vor dem Frühjahr", "month"),
    ("Ende des Jahres", "year"),
    ("Anfang nächsten Jahres", "year"),
    ("zum Jahreswechsel", "year"),
])
def test_more_coarse_phrases_keep_their_words_with_a_null_day(text, precision):
    expr = first(f"Das geschah {text} in Wien.")
    assert (expr.text, expr.date, expr.precision) == (text, None, precision)


@pytest.mark.parametrize("text", ["bis Jahresende", "bis zum Wochenende", "bis Ende des Monats"])
def test_more_deadlines(text):
    """CONVENTIONS.md, tune3 notes: a deadline ("bis Jahresende") is no event date."""
    assert first(f"Die Sanktionen sollen {text} verschärft werden.").role == "deadline"


@pytest.mark.parametrize(("text", "words", "day"), [
    # a weekday of the calendar week before or after the publication week
    ("Er trat am Dienstag vergangener Woche zurück.", "am Dienstag vergangener Woche", date(2026, 4, 7)),
    ("Die Wahl findet am Sonntag nächster Woche statt.", "am Sonntag nächster Woche", date(2026, 4, 26)),
    # the calendar day apposed without an article
    ("Am Montag, 6. April, tagte der Rat.", "Am Montag, 6. April", date(2026, 4, 6)),
])
def test_weekday_with_its_week_or_calendar_day(text, words, day):
    expr = first(text, WEDNESDAY)
    assert (expr.text, expr.date) == (words, day)


@pytest.mark.parametrize(("text", "words", "day"), [
    # the night named by both days is that of the second (CONVENTIONS.md: "Nacht zum Mittwoch")
    ("In der Nacht von Dienstag auf Mittwoch griffen Drohnen an.", "In der Nacht von Dienstag auf Mittwoch",
     date(2026, 4, 15)),
    ("In der Nacht zu Mittwoch gab es Alarm.", "In der Nacht zu Mittwoch", date(2026, 4, 15)),
    # "am gleichen Tag" is the day named before
    ("Am Montag wurde sie festgenommen. Sie hatte am gleichen Tag Klage eingereicht.", "am gleichen Tag",
     date(2026, 4, 13)),
])
def test_nights_and_the_same_day(text, words, day):
    expr = next(d for d in find_dates(text, WEDNESDAY) if d.text == words)
    assert expr.date == day


@pytest.mark.parametrize(("text", "words", "day"), [
    # a bare part of the day is the day the report is about: the publication day ...
    ("Vor dem Tagungsgebäude demonstrierten am Morgen rund 50 Menschen.", "am Morgen", date(2026, 4, 15)),
    # ... or the day named before in the paragraph
    ("Der Rat tagte am Montag. Am späten Abend stimmte er ab.", "Am späten Abend", date(2026, 4, 13)),
])
def test_a_bare_part_of_the_day_is_the_day_of_the_report(text, words, day):
    expr = next(d for d in find_dates(text, WEDNESDAY) if d.text == words)
    assert (expr.date, expr.precision) == (day, "day")


def test_a_part_of_a_named_day_is_that_days():
    text = "Sie mobilisieren zu einem Marsch am Nachmittag des kommenden Samstag."
    assert [(d.text, d.date) for d in find_dates(text, WEDNESDAY)] == [("kommenden Samstag", date(2026, 4, 18))]


def test_a_day_month_in_a_future_clause_is_the_next_one():
    # written in May: next January's, not the January just gone
    found = list(find_dates("Die Anpassung soll am 1. Jänner in Kraft treten.", date(2026, 5, 6)))
    assert [(d.text, d.date) for d in found] == [("am 1. Jänner", date(2027, 1, 1))]
    found = list(find_dates("Die Anpassung trat am 1. Jänner in Kraft.", date(2026, 5, 6)))
    assert [(d.text, d.date) for d in found] == [("am 1. Jänner", date(2026, 1, 1))]


def test_the_same_day_may_be_named_in_an_earlier_paragraph():
    text = "Er will am Samstag eine Demonstration anmelden.\n\nEin Bündnis plant für denselben Tag eine Gegenkundgebung."
    found = [(d.text, d.date, d.role) for d in find_dates(text, WEDNESDAY)]
    assert found == [("am Samstag", date(2026, 4, 18), "point"), ("für denselben Tag", date(2026, 4, 18), "target")]


def test_a_day_inside_a_fuer_phrase_is_the_planned_day():
    # a Thursday: the Saturday of the rally to come, not the one gone, whatever the tense of "kündigte"
    found = list(find_dates("Für eine weitere Kundgebung der Initiative am Samstag kündigte die Polizei ein "
                            "Großaufgebot an.", date(2025, 9, 18)))
    assert [(d.text, d.date, d.role) for d in found] == [("am Samstag", date(2025, 9, 20), "target")]


def test_before_a_day_is_a_time_limit():
    found = list(find_dates("Eine Einigung vor dem 1. April gilt als unwahrscheinlich.", date(2026, 3, 3)))
    assert [d.role for d in found] == ["deadline"]


def test_zu_before_an_article_or_an_adjective_is_no_plan():
    # "zu den Hilfen" is the preposition, not a zu-infinitive: the past Monday, not the next one
    found = list(find_dates("Zusätzlich zu den Hilfen lieferte die Regierung am Montag Zelte aus.", WEDNESDAY))
    assert [(d.text, d.date) for d in found] == [("am Montag", date(2026, 4, 13))]
    found = list(find_dates("Parallel zu neuen Gesprächen räumten die Truppen am Montag zwei Dörfer.", WEDNESDAY))
    assert [(d.text, d.date) for d in found] == [("am Montag", date(2026, 4, 13))]
    # an article before an adjective: "zu den" is no zu-infinitive even with a lower-case word after it
    found = list(find_dates("Zusätzlich zu den neuen Hilfen lieferte die Regierung am Montag Zelte aus.", WEDNESDAY))
    assert [(d.text, d.date) for d in found] == [("am Montag", date(2026, 4, 13))]
    # a zu-infinitive still states a plan
    found = list(find_dates("Er kündigte an, am Montag nach Kiew zu reisen.", WEDNESDAY))
    assert [(d.text, d.date) for d in found] == [("am Montag", date(2026, 4, 20))]


def test_lower_case_scan_finds_what_the_case_insensitive_patterns_find():
    # session 12: IGNORECASE patterns look for their places in the lower-cased text (dates._scan); the match is then
    # taken from the text itself, so letters, spans and groups must be those of the case-insensitive pattern
    from flows.events import dates
    text = ("AM KOMMENDEN MONTAG, dem 3.12., traf er sie; seit dem 12. März 2026 und Ende NÄCHSTER Woche, "
            "In der Nacht zum Dienstag, vor Drei Tagen, am Wochenende, im Herbst 2025, heuer und seit 2019 "
            "kam es am Vortag zu Gesprächen am frühen Abend, Anfang des kommenden Monats und Mitte JULI.")
    for variant in (text, text.lower(), text.swapcase(), text.title()):
        lower = variant.lower()
        assert dates._UNPLAIN_CASE_RE.search(variant) is None
        for pattern in dates._KEY_WORDS:
            plain = [(m.span(), m.groups()) for m in dates._scan(pattern, variant, lower, True)]
            assert plain == [(m.span(), m.groups()) for m in dates._scan(pattern, variant, lower, False)], pattern
        assert list(dates.find_dates(variant, date(2026, 1, 8)))
    # a text with "ı" (which IGNORECASE matches with "i") is scanned as it is
    assert dates._UNPLAIN_CASE_RE.search("Yıldırım kam am Montag.") is not None


def test_plain_case_characters_fold_like_ignorecase():
    # every character _UNPLAIN_CASE_RE lets through has a one-character lower case, matches under IGNORECASE exactly
    # the characters of the same lower case, and keeps its class (\w, \d, \s) in lower case: what _scan relies on
    import re
    from flows.events import dates
    plain = [c for c in map(chr, range(0x2100)) if not dates._UNPLAIN_CASE_RE.match(c)]
    cased = [c for c in plain if c.lower() != c.upper()]
    for c in plain:
        assert len(c.lower()) == 1, c
        for cls in (r"\w", r"\d", r"\s"):
            assert bool(re.match(cls, c)) == bool(re.match(cls, c.lower())), (c, cls)
    for c in cased:
        for d in cased:
            assert bool(re.fullmatch(re.escape(d), c, re.I)) == (c.lower() == d.lower()), (c, d)


def test_a_text_whose_lower_case_is_longer_is_scanned_as_it_is():
    # "İ" is two characters in lower case: a scan of the lower-cased text would find the day one place too far on
    # (dates._scan's fast path is for plain-case texts only); the day and its span are those of the text itself
    text = "Die Polizei in İzmir nahm AM MONTAG zwei Männer fest."
    found = list(find_dates(text, WEDNESDAY))
    assert [(d.text, d.start, d.date) for d in found] == [("AM MONTAG", text.index("AM MONTAG"), date(2026, 4, 13))]
