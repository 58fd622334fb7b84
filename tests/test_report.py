"""The analyst kit: report.html with every section, the DuckDB catalog's views, the Markdown summary."""
from __future__ import annotations

import duckdb
import pandas as pd

from flows.report import main, summary_markdown
from flows.store.catalog import Catalog
from flows.tables import frame
from tests.test_store import A1, A2, NOW, article, mention, publish, tables

SPELLINGS = ["Selenskyj", "Selenskij", "Zelensky"]


def published(tmp_path):
    text = "Selenskyj und Selenskij und Zelensky: „Wir halten durch“, sagte Selenskyj."
    frames = tables([article(A1, "2026-01-08T10:00Z", text), article(A2, None, "Ohne Datum.")],
                    [{**mention(A1, start, start + len(form), form), "entity_id": "per:wolodymyr-selenskyj",
                      "entity_name": "Wolodymyr Selenskyj"}
                     for form, start in ((f, text.index(f)) for f in SPELLINGS)])
    frames["quotes"] = frame("quotes", [dict(article_id=A1, quote_id=f"{A1}:q0", text="Wir halten durch",
                                             start=text.index("Wir"), end=text.index("Wir") + 16, type="direct",
                                             speaker_name="Wolodymyr Selenskyj", confidence=0.9)])
    frames["events"] = frame("events", [dict(article_id=A1, event_id=f"{A1}:e0", event_type="PROTEST",
                                             trigger="halten", trigger_start=0, trigger_end=6, mode="realized",
                                             sentence_start=0, sentence_end=10, date_method="none",
                                             confidence=0.5)])
    frames["quarantine"] = frame("quarantine", [dict(run_id="r1", stage="ingest", table="articles",
                                                     source_ref="x.rtf", reason="unsupported file type '.rtf'",
                                                     payload="", quarantined_at=NOW)])
    frames["events"]["date"] = pd.NaT
    publish(Catalog(tmp_path), "r1", frames)
    return tmp_path


def test_report_html_and_duckdb_catalog(tmp_path):
    output = published(tmp_path)
    assert main(["--output", str(output)]) == 0
    page = (output / "report.html").read_text(encoding="utf-8")
    for heading in ("Rows per table", "Quotes per speaker", "Events per type over time",
                    "Spellings merged into each entity", "Quarantine reasons"):
        assert heading in page
    assert "Selenskij, Selenskyj, Zelensky" in page and "<svg" in page and "PROTEST" in page
    with duckdb.connect(str(output / "newsflow.duckdb"), read_only=True) as con:
        assert con.execute("select count(*) from mentions").fetchall() == [(3,)]
        assert con.execute("select count(*) from articles where year = 2026").fetchall() == [(1,)]
    markdown = summary_markdown(output)
    assert "| Wolodymyr Selenskyj | 1 | 1 |" in markdown and "unsupported file type" in markdown


def test_report_without_datasets_says_what_to_do(tmp_path, capsys):
    assert main(["--output", str(tmp_path)]) == 2
    assert "newsflow run" in capsys.readouterr().err
