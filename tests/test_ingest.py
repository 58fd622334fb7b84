"""Ingestion: readers per format, cleaning, dates, duplicates and boilerplate on real data."""
from __future__ import annotations

import dataclasses
import json
import random
import sys
import tracemalloc
import unicodedata
from datetime import datetime, timezone
from pathlib import Path

import pytest

from flows.ingest import RawRecord, clean, discover, mark_duplicates, normalize_text, read_file, strip_boilerplate
from flows.ingest.boilerplate import RULES, matching_rule
from flows.ingest.decode import _control_share
from flows.ingest.dates import date_from_filename, date_from_text, parse_datetime
from flows.ingest.limits import MAX_DOCUMENT_BYTES
from flows.records import Article, Rejected

FIXTURES = Path(__file__).parent / "fixtures" / "raw"
DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
DEVSET = DATA / "devset" / "articles.jsonl"
SEED = DATA / "seed" / "article-focus-2026-01-08.txt"


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=timezone.utc)


def ingest(path: Path) -> tuple[list[Article], list[Rejected]]:
    """What the pipeline does for one file: read, clean, split articles from rejections."""
    articles, rejected = [], []
    for item in read_file(path):
        result = clean(item) if isinstance(item, RawRecord) else item
        (articles if isinstance(result, Article) else rejected).append(result)
    return articles, rejected


def only_article(path: Path) -> Article:
    articles, rejected = ingest(path)
    assert not rejected and len(articles) == 1
    return articles[0]


def raw_text(text: str, name: str = "in/artikel.txt") -> RawRecord:
    return RawRecord(source_path=name, source_ref=name, input_format="txt", text=text)


# --- discover -------------------------------------------------------------------------------

def test_discover_sorts_and_skips_hidden_files_and_sidecars():
    names = [p.relative_to(FIXTURES).as_posix() for p in discover([FIXTURES])]
    assert names == sorted(names)
    assert ".entwurf.txt" not in names and "stadtrat-haushalt.meta.json" not in names
    assert {"stadtrat-haushalt.txt", "leer.txt", "binaer.txt", "notiz.rtf", "duplikate/hafen-warnstreik-kopie.txt"} <= set(names)


def test_discover_accepts_files_and_rejects_missing_paths(tmp_path):
    assert discover([FIXTURES / "leer.txt", FIXTURES / "leer.txt"]) == [FIXTURES / "leer.txt"]
    with pytest.raises(FileNotFoundError, match="does not exist"):
        discover([tmp_path / "fehlt"])


# --- readers per format ---------------------------------------------------------------------

def test_txt_with_sidecar_takes_metadata_from_the_sidecar():
    article = only_article(FIXTURES / "stadtrat-haushalt.txt")
    assert article.title == "Freiburg beschließt Doppelhaushalt – Grundsteuer steigt"
    assert article.source == "Regionalzeitung (fiktiv)"
    assert article.url.startswith("https://www.suedkurier-beispiel.de/")
    assert (article.published_at, article.published_from) == (utc(2026, 2, 12, 21, 5), "metadata")
    assert article.language == "de"
    assert article.boilerplate == ["Foto: Stadt Freiburg/Archiv", "⇢ Kommentar: Ein Haushalt ohne Mut"]
    assert "\n\n„Wir sparen nicht an der Zukunft" in article.text


def test_markdown_front_matter_gives_metadata_and_the_heading_leaves_the_text():
    article = only_article(FIXTURES / "hafen-warnstreik.md")
    assert article.title == "Warnstreik legt Rostocker Hafen lahm"
    assert article.published_at == utc(2026, 2, 3, 8, 15)  # "3. Februar 2026, 09:15 Uhr" Berlin
    assert article.text.startswith("Rostock – Im Überseehafen")
    assert "\n\nVerhandlung am Freitag\n\n" in article.text
    assert article.boilerplate == ["Mehr zum Thema", "Häfen im Norden: Wer vom Containerboom profitiert"]
    assert article.input_format == "md"


def test_json_list_gives_one_article_per_item_and_extracts_html():
    text_item, html_item = ingest(FIXTURES / "agentur-meldungen.json")[0]
    assert [text_item.source_ref, html_item.source_ref] == [
        f"{FIXTURES.as_posix()}/agentur-meldungen.json[0]", f"{FIXTURES.as_posix()}/agentur-meldungen.json[1]"]
    assert text_item.published_at == utc(2026, 2, 20, 10, 30)  # "20.02.2026 11:30" Berlin
    assert text_item.boilerplate == ["kol/bfi"]
    assert html_item.text.startswith("Trier (Agentur) – Nach tagelangem Regen")
    assert "<p>" not in html_item.text and "\n\n„Wir rechnen damit" in html_item.text
    assert html_item.published_at == utc(2026, 1, 28, 7, 45)


def test_jsonl_keeps_good_lines_and_rejects_each_bad_line():
    articles, rejected = ingest(FIXTURES / "feed-2026-02-20.jsonl")
    assert [a.source_ref.rsplit("#", 1)[1] for a in articles] == ["L1", "L2", "L6"]
    reasons = {r.source_ref.rsplit("#", 1)[1]: r.reason for r in rejected}
    assert reasons["L4"].startswith("malformed JSON on line 4")
    assert reasons["L5"] == "record has no text or html"
    assert all(len(r.payload.encode()) <= 2048 and json.loads(r.payload) for r in rejected)
    undated = articles[1]
    assert (undated.published_at, undated.published_from) == (utc(2026, 2, 19, 23), "filename")


def test_html_page_main_text_title_and_date():
    article = only_article(FIXTURES / "rathaus-seite.html")
    assert article.title == "Neues Bürgerbüro in Erfurt eröffnet"
    assert article.source == "Thüringer Stadtanzeiger (fiktiv)"
    assert article.published_at == utc(2026, 1, 15, 9, 20)
    assert article.text.count("\n\n") == 2
    assert "Startseite" not in article.text and "Impressum" not in article.text


def test_cp1252_text_is_decoded_correctly():
    article = only_article(FIXTURES / "windpark-20260120.txt")
    for expected in ("„Das ist ein großer Schritt", "Westküste“", "Zugvögel – sie", "310 Millionen €", "äußerten", "Thießen"):
        assert expected in article.text
    assert "\r" not in article.text
    assert article.published_from == "filename"


def test_binary_without_nul_bytes_is_rejected_and_latin1_is_read(tmp_path):
    noise = tmp_path / "rauschen.txt"
    generator = random.Random(7)
    noise.write_bytes(bytes(generator.randrange(1, 256) for _ in range(4000)))
    assert ingest(noise)[1][0].reason.startswith("binary file (control characters")
    latin1 = tmp_path / "alt.txt"
    latin1.write_bytes(("Köln: Die Straße am Rhein ist gesperrt. " * 5 + "\x81").encode("latin-1"))
    assert only_article(latin1).text.startswith("Köln: Die Straße")


def test_the_control_share_counts_category_cc_except_tab_newline_form_feed_and_return():
    # pins the regex that replaced a unicodedata.category("Cc") test per character
    controls = "".join(chr(c) for c in range(sys.maxunicode + 1) if unicodedata.category(chr(c)) == "Cc")
    assert _control_share(controls) == (len(controls) - 4) / len(controls)
    assert _control_share("Köln\t\n\r\f\u00a0\u2028 – ok") == 0


@pytest.mark.parametrize(("name", "reason"), [
    ("leer.txt", "empty file (0 bytes)"),
    ("binaer.txt", "binary file (contains NUL bytes)"),
    ("notiz.rtf", "unsupported file type '.rtf'"),
])
def test_bad_files_become_rejections(name, reason):
    articles, rejected = ingest(FIXTURES / name)
    assert not articles and len(rejected) == 1
    assert rejected[0].reason.startswith(reason) and rejected[0].stage == "ingest"


def test_broken_or_orphan_sidecar_is_reported_but_the_document_is_read(tmp_path):
    (tmp_path / "bericht.txt").write_text("Kassel – Die Documenta öffnet am Samstag ihre Tore.", encoding="utf-8")
    (tmp_path / "bericht.meta.json").write_text("{kaputt", encoding="utf-8")
    (tmp_path / "verwaist.meta.json").write_text('{"title": "x"}', encoding="utf-8")
    articles, rejected = ingest(tmp_path / "bericht.txt")
    assert len(articles) == 1 and "malformed metadata sidecar" in rejected[0].reason
    assert [p.name for p in discover([tmp_path])] == ["bericht.txt", "verwaist.meta.json"]
    assert "sidecar without a document" in ingest(tmp_path / "verwaist.meta.json")[1][0].reason


def test_malformed_json_file_and_non_object_items(tmp_path):
    (tmp_path / "kaputt.json").write_text('[{"text": "a"', encoding="utf-8")
    (tmp_path / "liste.json").write_text('[42, {"text": "Bonn – Ein kurzer Text."}]', encoding="utf-8")
    assert ingest(tmp_path / "kaputt.json")[1][0].reason.startswith("malformed JSON:")
    articles, rejected = ingest(tmp_path / "liste.json")
    assert len(articles) == 1 and rejected[0].reason == "JSON int where an object (one article) was expected"


def test_document_above_the_size_limit_is_rejected_with_size_and_limit(tmp_path):
    big = tmp_path / "riesig.txt"
    big.write_bytes(b"a" * (MAX_DOCUMENT_BYTES + 1))
    [rejection] = ingest(big)[1]
    assert rejection.reason == "txt document is 5.0 MB, above the 5.0 MB limit"
    assert json.loads(rejection.payload) == {"bytes": MAX_DOCUMENT_BYTES + 1}


def test_50mb_jsonl_is_streamed_line_by_line(tmp_path):
    paragraph = "Die Regierung in Berlin hat am Montag neue Pläne vorgestellt. " * 1600  # ~100 kB
    path = tmp_path / "gross.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        for n in range(500):
            handle.write(json.dumps({"id": n, "text": f"Meldung {n}. {paragraph}"}) + "\n")
        handle.write(json.dumps({"id": "zu-gross", "text": "x" * (MAX_DOCUMENT_BYTES + 10)}) + "\n")
        handle.write(json.dumps({"id": "danach", "text": "Bonn – Nach der großen Zeile."}) + "\n")
    assert path.stat().st_size > 50 * 1024 * 1024
    tracemalloc.start()
    items = [(type(item).__name__, item.source_ref.rsplit("#", 1)[1]) for item in read_file(path)]
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert items.count(("RawRecord", "L1")) == 1 and len(items) == 502
    assert items[500] == ("Rejected", "L501") and items[501] == ("RawRecord", "L502")
    assert peak < 20 * 1024 * 1024  # a fraction of the 50 MB file: never held whole


# --- cleaning -------------------------------------------------------------------------------

def test_normalize_text_rules():
    raw = "Stra\u00adße\u00a0A und 10\u202f% ist Cafe\u0301   \n\n\n\n\nZweiter Absatz\t \n"
    assert normalize_text(raw) == "Straße A und 10 % ist Café\n\nZweiter Absatz"


def test_boilerplate_lines_are_judged_normalized_the_same_as_one_line_alone():
    # the text is normalized once for all its lines: a combining mark opening a line, a soft
    # hyphen or a no-break space must be judged as normalize_text judges the line alone
    text = "Bericht.\r\n\u0301Foto:\u00a0Agen\u00adtur\nFoto: Agentur\u200b\rMehr zum The\u00adma\nLink eins"
    assert strip_boilerplate(text) == ("Bericht.\n\u0301Foto: Agentur", ["Foto: Agentur\u200b", "Mehr zum The\u00adma",
                                                                         "Link eins"])


def test_clean_rejects_records_that_are_only_boilerplate():
    result = clean(raw_text("Foto: Agentur\n\nZur Startseite"))
    assert isinstance(result, Rejected) and result.reason == "no article text after removing 2 boilerplate lines"


def test_article_id_comes_from_the_normalized_url_else_from_the_content():
    text = "Mainz – Der Landtag tagt heute zum letzten Mal vor der Sommerpause."
    one = clean(dataclasses.replace(raw_text(text), url="https://www.example.de/a/?utm_source=x"))
    two = clean(dataclasses.replace(raw_text(text + " Ergänzt."), url="http://example.de/a#kommentare"))
    assert one.article_id == two.article_id and one.article_id.startswith("a") and len(one.article_id) == 16
    assert clean(raw_text(text)).article_id == clean(raw_text(text, "anderer/ort.txt")).article_id
    assert clean(raw_text(text)).article_id != clean(raw_text(text + " Ergänzt.")).article_id


def test_language_from_metadata_else_guessed():
    english = "The city council of Bonn has approved the new budget for the next two years."
    assert clean(raw_text(english)).language == "en"
    assert clean(dataclasses.replace(raw_text(english), language="de-AT")).language == "de"


# --- dates ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("value", "expected"), [
    ("2026-01-08T10:00:00+01:00", utc(2026, 1, 8, 9)),
    ("2026-01-08T10:00:00Z", utc(2026, 1, 8, 10)),
    ("2026-07-08T10:00:00", utc(2026, 7, 8, 8)),  # naive = Europe/Berlin, summer time
    ("2026-01-08", utc(2026, 1, 7, 23)),
    ("8. Januar 2026", utc(2026, 1, 7, 23)),
    ("Donnerstag, 8. Jan. 2026, 14:30 Uhr", utc(2026, 1, 8, 13, 30)),
    ("08.01.2026", utc(2026, 1, 7, 23)),
    ("08.01.2026 19:40", utc(2026, 1, 8, 18, 40)),
    ("kein Datum", None),
    ("31.02.2026", None),
])
def test_parse_datetime(value, expected):
    assert parse_datetime(value) == expected


def test_dates_from_file_name_and_text():
    assert date_from_filename("article-focus-2026-01-08.txt") == utc(2026, 1, 7, 23)
    assert date_from_filename("scan-20260108.txt") == utc(2026, 1, 7, 23)
    assert date_from_filename("bericht-12345678901.txt") is None
    assert date_from_text("Leipzig, 14. März 2026 – Der Stadtrat ...") == utc(2026, 3, 13, 23)
    assert date_from_text("Ohne Datum.", ["Stand: 10.05.2025 19:40 Uhr"]) == utc(2025, 5, 10, 17, 40)


def test_missing_date_stays_none_and_never_uses_the_file_time(tmp_path):
    path = tmp_path / "ohne-datum.txt"
    path.write_text("Potsdam – Der Landtag hat ein neues Schulgesetz beschlossen.", encoding="utf-8")
    article = only_article(path)
    assert (article.published_at, article.published_from) == (None, None)


# --- duplicates -----------------------------------------------------------------------------

BASE = ("Rostock – Im Überseehafen ruht seit Dienstagmorgen die Arbeit. Die Gewerkschaft hat zum Warnstreik "
        "aufgerufen, nachdem auch die dritte Verhandlungsrunde ohne Ergebnis geblieben war. „Wir lassen uns "
        "nicht länger hinhalten“, sagte Betriebsrätin Jana Möller vor dem Haupttor. Die Arbeitgeber nannten "
        "den Ausstand unverhältnismäßig. Die Gespräche sollen am Freitag in Hamburg fortgesetzt werden.")


def make(text: str, name: str, url: str | None = None, published: str | None = None) -> Article:
    article = clean(RawRecord(name, name, "txt", text=text, url=url, published_at=published))
    assert isinstance(article, Article)
    return article


def test_exact_and_near_duplicates_point_to_the_canonical_article():
    original = make(BASE, "a.txt", published="2026-02-03T09:00:00+01:00")
    copy = make(BASE + "\n\nFoto: Agentur", "b.txt")
    update = make(BASE.replace("Freitag", "Donnerstag"), "c.txt")
    other = make("Kiel – Landwirte protestieren mit Traktoren vor dem Landeshaus gegen neue Auflagen.", "d.txt")
    marked = mark_duplicates([update, other, copy, original])
    by_path = {a.source_path: a for a in marked}
    assert [a.source_path for a in marked] == ["c.txt", "d.txt", "b.txt", "a.txt"]
    assert (by_path["a.txt"].duplicate_of, by_path["d.txt"].duplicate_of) == (None, None)
    assert (by_path["b.txt"].duplicate_of, by_path["b.txt"].duplicate_kind) == (by_path["a.txt"].article_id, "exact")
    assert (by_path["c.txt"].duplicate_of, by_path["c.txt"].duplicate_kind) == (by_path["a.txt"].article_id, "near")
    assert len({a.article_id for a in marked}) == 4


def test_same_url_gets_unique_ids_and_points_to_the_first():
    url = "https://example.de/hafen"
    first = make(BASE, "a.jsonl#L1", url=url, published="2026-02-03T09:00:00+01:00")
    revised = make("Ganz anderer Text über die Hafenwirtschaft in Wismar und Stralsund.", "b.txt", url=url,
                   published="2026-02-03T15:00:00+01:00")
    repeated = make(BASE, "c.txt", url=url)
    marked = mark_duplicates([repeated, revised, first])
    assert marked[2].article_id == first.article_id and marked[2].duplicate_of is None
    assert len({a.article_id for a in marked}) == 3
    assert (marked[1].duplicate_of, marked[1].duplicate_kind) == (first.article_id, "near")
    assert (marked[0].duplicate_of, marked[0].duplicate_kind) == (first.article_id, "exact")


def test_duplicate_marking_is_independent_of_input_order():
    articles = [
        make(BASE, "x.txt"), make(BASE, "y.txt"), make(BASE.replace("Freitag", "Montag"), "z.txt"),
        make(BASE, "w.txt", url="https://example.de/hafen"), make(BASE + " Nachtrag.", "v.txt", url="https://example.de/hafen"),
    ]
    def outcome(items):
        return sorted((a.source_path, a.article_id, a.duplicate_of, a.duplicate_kind) for a in mark_duplicates(items))
    expected = outcome(articles)
    for seed in range(5):
        shuffled = articles[:]
        random.Random(seed).shuffle(shuffled)
        assert outcome(shuffled) == expected


def test_decisions_from_compact_keys_match_marking_whole_articles():
    from flows.ingest.dedupe import DedupeKey, decide, dedupe_key

    articles = [make(BASE, "a.txt", published="2026-02-03T09:00:00+01:00"), make(BASE + "\n\nFoto: Agentur", "b.txt"),
                make(BASE.replace("Freitag", "Donnerstag"), "c.txt"), make(BASE, "d.txt", url="https://example.de/x"),
                make("Ganz anderer Text über Wismar.", "e.txt", url="https://example.de/x")]
    keys = [dedupe_key(article) for article in articles]
    assert "text" not in DedupeKey.__dataclass_fields__ and all(len(k.signature) == 512 for k in keys)
    expected = [(a.article_id, a.duplicate_of, a.duplicate_kind) for a in mark_duplicates(articles)]
    assert decide(keys) == expected


def test_fixture_folder_end_to_end():
    articles, rejected = [], []
    for path in discover([FIXTURES]):
        found, bad = ingest(path)
        articles += found
        rejected += bad
    marked = mark_duplicates(articles)
    assert len(marked) == 11 and len(rejected) == 5
    assert len({a.article_id for a in marked}) == len(marked)
    kinds = {a.source_path.rsplit("/", 1)[1]: a.duplicate_kind for a in marked if a.duplicate_of}
    assert kinds == {"hafen-warnstreik-kopie.txt": "exact", "hafen-warnstreik-update.txt": "near"}


# --- boilerplate ----------------------------------------------------------------------------

def test_every_rule_example_matches_its_rule():
    for rule in RULES.line_rules:
        for example in rule.examples:
            assert matching_rule(example) == rule.name, (rule.name, example)


def test_boilerplate_keeps_subheadings_and_sentences_starting_like_teasers():
    text = "Mehr zum Thema\n\nInternationale Sicherheitsgarantien\n\nZum Thema Migration sagte der Minister nichts."
    clean_text, boilerplate = strip_boilerplate(text)
    assert boilerplate == ["Mehr zum Thema"]
    assert clean_text == "Internationale Sicherheitsgarantien\n\nZum Thema Migration sagte der Minister nichts."


@pytest.mark.skipif(not SEED.exists(), reason=f"seed article not found at {SEED}")
def test_seed_article_loses_only_its_two_link_lines():
    text, boilerplate = strip_boilerplate(SEED.read_text(encoding="utf-8"))
    assert boilerplate == ["⇢ „Neuer Meilenstein“: Selenskyj hofft auf baldiges Kriegsende",
                           "⇢ Selenskyjs Kichern bei Gipfel: Wenn Trump Putins „Großzügigkeit“ lobt"]
    assert "\n\nMerz fordert Druck\n\n" in text and "\n\n\n" not in text
    assert date_from_filename(SEED.name) == utc(2026, 1, 7, 23)


@pytest.mark.skipif(not DEVSET.exists(), reason=f"devset not found at {DEVSET}")
def test_devset_boilerplate_precision_and_recall():
    tp = predicted = gold_total = 0
    for line in DEVSET.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        gold = row["gold"]["boilerplate"]
        _, found = strip_boilerplate(row["text"])
        tp += sum(1 for item in found if item in gold)
        predicted += len(found)
        gold_total += len(gold)
        assert normalize_text(row["text"]) == row["text"]  # clean text keeps every gold offset
    assert gold_total == 52
    assert (tp / predicted, tp / gold_total) == (1.0, 1.0)
