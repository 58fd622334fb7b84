"""The analyst kit: report.html with every section, the DuckDB catalog's views, the Markdown summary."""
from __future__ import annotations

import errno
from datetime import date

import duckdb
import pandas as pd

from flows import report
from flows.report import main, month_grid, summarize, summary_markdown
from flows.store.catalog import Catalog
from flows.tables import frame
from tests.test_store import A1, A2, NOW, article, mention, publish, tables

SPELLINGS = ["Selenskyj", "Selenskij", "Zelensky"]
A3 = "a" + "3" * 15
TEXT1 = "Selenskyj und Selenskij und Zelensky: „Wir halten durch“, sagte Selenskyj."
#: published 23:30 UTC on 28 February: 1 March on the Berlin calendar
TEXT3 = "Kiew – Merz sagte, man helfe. „Genug“, hieß es."


def _quote(article_id: str, n: int, text: str, body: str, kind: str, speaker: str | None = None, **linked) -> dict:
    start = body.index(text)
    row = dict(article_id=article_id, quote_id=f"{article_id}:q{n}", text=text, start=start, end=start + len(text),
               type=kind, confidence=0.9, **linked)
    if speaker:
        s = body.rindex(speaker)
        row.update(speaker_text=speaker, speaker_start=s, speaker_end=s + len(speaker))
    return row


def _event(article_id: str, n: int, event_type: str) -> dict:
    return dict(article_id=article_id, event_id=f"{article_id}:e{n}", event_type=event_type, trigger="x",
                trigger_start=0, trigger_end=1, mode="realized", sentence_start=0, sentence_end=10,
                date_method="none", confidence=0.5)


def published(output):
    """A small published output: three articles (one undated, one published on 1 March in Berlin but
    28 February in UTC), spellings of one entity, linked, unlinked and unattributed quotes, events
    in January and March and one dated 2001 (history), a participant, and quarantine rows whose
    reasons differ only in numbers."""
    frames = tables([article(A1, "2026-01-08T10:00Z", TEXT1), article(A2, None, "Ohne Datum."),
                     article(A3, "2026-02-28T23:30Z", TEXT3)],
                    [{**mention(A1, start, start + len(form), form), "entity_id": "per:wolodymyr-selenskyj",
                      "entity_name": "Wolodymyr Selenskyj"}
                     for form, start in ((f, TEXT1.index(f)) for f in SPELLINGS)])
    frames["quotes"] = frame("quotes", [
        _quote(A1, 0, "Wir halten durch", TEXT1, "direct", "Selenskyj", speaker_entity_id="per:wolodymyr-selenskyj",
               speaker_name="Wolodymyr Selenskyj"),
        _quote(A3, 0, "man helfe", TEXT3, "indirect", "Merz"),
        _quote(A3, 1, "Genug", TEXT3, "partial")])
    frames["events"] = frame("events", [_event(A1, 0, "PROTEST"), _event(A3, 0, "AID"), _event(A2, 0, "OTHER"),
                                        _event(A1, 1, "ASSAULT")])
    frames["events"]["date"] = [None, None, None, date(2001, 9, 11)]
    frames["event_participants"] = frame("event_participants", [dict(
        article_id=A1, event_id=f"{A1}:e0", role="actor", entity_id="per:wolodymyr-selenskyj",
        name="Wolodymyr Selenskyj", text="Selenskyj")])
    frames["quarantine"] = frame("quarantine", [
        dict(run_id="r1", stage="ingest", table="articles", source_ref=ref, reason=reason, payload="",
             quarantined_at=NOW)
        for ref, reason in [("x.rtf", "unsupported file type '.rtf'"),
                            ("a.json", "malformed JSON: Expecting value (line 1, column 29)"),
                            ("b.json", "malformed JSON: Expecting value (line 3, column 2)")]])
    publish(Catalog(output), "r1", frames)
    return output


def test_report_html_and_duckdb_catalog(tmp_path):
    output = published(tmp_path)
    assert main(["--output", str(output)]) == 0
    page = (output / "report.html").read_text(encoding="utf-8")
    for heading in ("Rows per table", "Quotes per speaker (top 20 linked", "Events per type over time",
                    "Spellings merged into each entity", "Quarantine reasons"):
        assert heading in page
    assert "Selenskij, Selenskyj, Zelensky" in page and "<svg" in page and "PROTEST" in page
    assert "(2026-01 to 2026-03): 1, from 2001-09 to 2001-09" in page
    with duckdb.connect(str(output / "newsflow.duckdb"), read_only=True) as con:
        assert con.execute("select count(*) from mentions").fetchall() == [(3,)]
        assert con.execute("select count(*) from articles where year = 2026").fetchall() == [(2,)]
    markdown = summary_markdown(output)
    assert "| Wolodymyr Selenskyj | 1 | 1 | 0 | 0 | 0 | 1 |" in markdown and "unsupported file type" in markdown


def test_report_figures_match_the_data(tmp_path):
    summary = summarize(published(tmp_path))
    details = dict(zip(summary.counts["table"], summary.counts["of which"]))
    assert details["articles"] == "3 originals, 0 duplicates; 1 without a publication date"
    assert details["quotes"] == "1 direct, 1 indirect, 1 partial, 0 reported; 1 with a linked speaker"
    assert details["quarantine"] == "by stage: ingest 3"
    # linked speakers ranked by entity; unlinked words apart (often pronouns); none for the third quote
    assert list(zip(summary.speakers["speaker"], summary.speakers["quotes"])) == [("Wolodymyr Selenskyj", 1)]
    assert list(summary.unlinked_speakers["speaker words"]) == ["Merz"]
    assert summary.unattributed_quotes == 1
    # months on the Berlin calendar, every month of the publication period on the axis (February has no
    # events), the event dated 2001 left off the axis, undated events counted
    assert summary.publication_months == ("2026-01", "2026-03")
    grid = month_grid(summary.events_by_month, summary.publication_months)
    assert list(grid.index) == ["2026-01", "2026-02", "2026-03"] and "ASSAULT" not in grid.columns
    assert grid.loc["2026-03", "AID"] == 1 and grid.loc["2026-02"].sum() == 0
    assert summary.undated_events == 1
    row = summary.spellings.iloc[0]
    assert (row["entity"], row["mentions"], row["forms"]) == ("Wolodymyr Selenskyj", 3, 3)
    # reasons differing in numbers are one group with its files; a single reason is shown as written
    quarantine = {r.reason: (r.rows, list(r.examples)) for r in summary.quarantine.itertuples()}
    assert quarantine["unsupported file type '.rtf'"] == (1, ["x.rtf"])
    assert quarantine["malformed JSON: Expecting value (line …, column …)"] == (2, ["a.json", "b.json"])


def test_report_without_datasets_says_what_to_do(tmp_path, capsys):
    assert main(["--output", str(tmp_path)]) == 2
    assert "newsflow run" in capsys.readouterr().err


def test_report_on_an_output_it_cannot_write_says_so(tmp_path, monkeypatch, capsys):
    output = published(tmp_path)

    def read_only(_output):
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(report, "write_duckdb_catalog", read_only)
    assert main(["--output", str(output)]) == 4
    assert "cannot write to" in capsys.readouterr().err and not (output / "report.html").exists()
