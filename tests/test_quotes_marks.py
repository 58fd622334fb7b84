"""Pins the behaviour kept by the speed-ups of the quotes stage (pair_quote_marks visits only the
quotation-mark characters; _role_before compiles its apposition pattern once per head)."""
from flows.quotes.extract import _role_before
from flows.quotes.text import pair_quote_marks


def _pairs(text: str) -> list[tuple[int, int, int]]:
    return [(p.start, p.end, p.depth) for p in pair_quote_marks(text)]


def test_pairs_nested_german_marks_and_skips_apostrophe():
    text = "Er sagte: „Merz’ Plan ist ‚gut‘.“ Dann ging er."
    assert _pairs(text) == [(10, 33, 0), (26, 31, 1)]


def test_pairs_guillemets_in_the_direction_used_first_and_never_across_lines():
    assert _pairs("«a ‹b› c» und \"d\"") == [(0, 9, 0), (3, 6, 1), (14, 17, 0)]
    assert _pairs("„offen\nzu“") == []


def test_role_before_apposition_needs_its_closing_comma():
    text = "Der Landrat des Landkreises Oder-Spree, Frank Steinhoff, forderte das."
    assert _role_before(text, text.index("Frank"), "landrat")
    text = "Der Landrat des Landkreises Oder-Spree und Frank Steinhoff forderten das."
    assert not _role_before(text, text.index("Frank"), "landrat")


def test_role_before_shortcut_agrees_with_the_head_pattern() -> None:
    """The shortcut of ``_role_before`` (no pattern compiled when ``str.lower`` finds the head nowhere in the window)
    is taken only where the case-insensitive pattern would agree: among ASCII and the German letters a character
    matches another exactly when both lower to the same; ``ſ`` (outside them) matches ``s`` though ``str.lower``
    keeps it, so a window with it still goes through the pattern."""
    import re
    from flows.quotes.extract import CASE_UNSAFE_RE
    safe = [chr(c) for c in range(128)] + list("äöüÄÖÜßẞ")
    assert not any(CASE_UNSAFE_RE.search(c) for c in safe)
    assert all(bool(re.fullmatch(re.escape(a), b, re.IGNORECASE)) == (a.lower() == b.lower())
               for a in safe for b in safe)
    text = "Die Präſidentin der Kammer, Anna Beispiel, eröffnete die Sitzung."
    assert CASE_UNSAFE_RE.search(text) and _role_before(text, text.index("Anna"), "präsidentin")
    text = "Die Präsidentin der Kammer, Anna Beispiel, eröffnete die Sitzung."
    assert _role_before(text, text.index("Anna"), "präsidentin")
    assert not _role_before(text, text.index("Anna"), "sprecherin")


def test_decimal_comma_is_no_clause_comma() -> None:
    """``7,4`` is one number token: its comma opens no apposition or clause."""
    from flows.quotes.text import tokenize
    assert [t.text for t in tokenize("von 7,4 Mw, teilte")] == ["von", "7,4", "Mw", ",", "teilte"]


def test_title_after_a_compound_medium_noun_is_no_quote() -> None:
    """``Der israelische Fernsehsender „Channel 10“ berichtete …``, ``seine Klima-Dokumentation „Eine unbequeme
    Wahrheit“``: a title after a compound whose head names a medium or work is no quotation."""
    from flows.quotes import extract_quotes
    from flows.records import Doc
    for text in ("Der israelische Fernsehsender „Channel 10“ berichtete über den Angriff.",
                 "Nach der Rede zeigte er seine Klima-Dokumentation „Eine unbequeme Wahrheit“."):
        assert all(q.type != "partial" for q in extract_quotes(Doc("t", text)))


def test_name_after_a_body_or_law_noun_is_no_quote_but_content_is() -> None:
    """``der Nachrichtenagentur „Associated Press“``, ``die Organisation „Reporter ohne Grenzen“``: a name-like
    quotation after a noun of a body is a name; ``sieht in dem Gesetz „kein Hindernis …“`` stays a partial quote,
    and ``warnte die Moderatorin eines Lokalsenders: „…“`` a direct one."""
    from flows.quotes import extract_quotes
    from flows.records import Doc

    def types(text: str) -> list[str]:
        return [q.type for q in extract_quotes(Doc("t", text))]
    assert "partial" not in types("Er sagte gegenüber der Nachrichtenagentur „Associated Press“, es sei ruhig.")
    assert "partial" not in types("Die Organisation „Reporter ohne Grenzen“ weist darauf hin, dass es so sei.")
    assert "partial" in types("Wie der Minister erklärte, sieht die Regierung in dem Gesetz „kein Hindernis für "
                              "den freien Kapitalverkehr“.")
    assert types("Dazu warnte die Moderatorin eines Lokalsenders: „Auf dem Eis kann es glatt sein.“") == ["direct"]


def test_single_letter_after_a_lower_case_word_ends_the_sentence() -> None:
    """``schrieb Rubio auf X. Präsident Donald Trump hoffe …``: a single letter after a lower-case word is a name
    (the platform X), not an initial, so the sentence ends there; ``George W. Bush`` and ``d.h.`` do not."""
    from flows.quotes.text import split_sentences
    text = ("„Danke“, schrieb Rubio auf X. Präsident Donald Trump hoffe auf weitere Schritte, fügte er hinzu. "
            "Präsident George W. Bush sagte es, d.h. 56 Prozent stimmten zu.")
    sentences = [text[s.start:s.end] for s in split_sentences(text, pair_quote_marks(text))]
    assert sentences == ["„Danke“, schrieb Rubio auf X.",
                         "Präsident Donald Trump hoffe auf weitere Schritte, fügte er hinzu.",
                         "Präsident George W. Bush sagte es, d.h. 56 Prozent stimmten zu."]
