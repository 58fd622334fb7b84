"""What users and analysts run into: the command's answer to bad paths (one line, a documented
exit code), the run summary, publication dates guessed from the text, HTML page URLs."""
from __future__ import annotations

import fcntl
import json
import logging
import os
import shutil
import subprocess
import sys
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from flows import run_cli
from flows.ingest import RawRecord, clean
from flows.events import extract_events
from flows.ingest.clean import article_id_for
from flows.ingest.dates import date_from_text
from flows.records import Article, Doc
from flows.stages import ingest_batch
from flows.store.spill import write_spill
from flows.store.catalog import Catalog, OutputLocked, OutputNotWritable
from flows.tables import event_rows, frame, quarantine_rows
from flows.validate import validate_table
from tests.conftest import read_only

REPO = Path(__file__).resolve().parents[1]


def newsflow_run(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    env.pop("PREFECT_API_URL", None)
    return subprocess.run([sys.executable, "-m", "flows", "run", *args], cwd=REPO, env=env, capture_output=True,
                          text=True, timeout=600)


def test_a_missing_input_is_one_line_and_exit_2(tmp_path):
    done = newsflow_run("--input", str(tmp_path / "nope"), "--output", str(tmp_path / "out"))
    assert (done.returncode, done.stderr) == (2, f"newsflow: input not found: {tmp_path / 'nope'}\n")
    assert not (tmp_path / "out").exists()


def test_an_output_that_is_a_file_is_one_line_and_exit_4(tmp_path):
    (tmp_path / "f").touch()
    done = newsflow_run("--input", str(REPO / "raw"), "--output", str(tmp_path / "f"))
    assert done.returncode == 4 and done.stderr.count("\n") == 1, done.stderr
    assert done.stderr.startswith(f"newsflow: cannot write to {tmp_path / 'f'}: it is a file, not a folder")


@pytest.mark.parametrize("output, reason", [("f/sub", "a part of its path is a file"),
                                            ("f", "it is a file, not a folder")])
def test_the_command_and_the_lock_refuse_an_unusable_output_path(tmp_path, capsys, output, reason):
    (tmp_path / "f").touch()
    assert run_cli.main(["--input", str(REPO / "raw"), "--output", str(tmp_path / output)]) == 4
    assert reason in capsys.readouterr().err
    # the lock (what a scheduled run, without the command's check, meets first) says the same
    with pytest.raises(OutputNotWritable, match=reason), Catalog(tmp_path / output).lock():
        pass


def test_an_output_whose_parent_cannot_be_created_is_exit_4(capsys):
    assert run_cli.main(["--input", str(REPO / "raw"), "--output", "/proc/newsflow-test/out"]) == 4
    assert "the folder cannot be created there" in capsys.readouterr().err


def test_a_read_only_output_is_found_before_the_run_starts(tmp_path):
    output = tmp_path / "out"
    output.mkdir()
    with read_only(output) as message, pytest.raises(OutputNotWritable, match=message):
        run_cli.check_output_writable(output)
    run_cli.check_output_writable(output)
    assert list(output.iterdir()) == [], "the check leaves no file behind"


def test_prefect_logs_of_expected_failures_are_dropped_and_of_bugs_kept():
    quiet = run_cli.ExpectedFailures((OutputLocked, OutputNotWritable))

    def record(error: BaseException) -> logging.LogRecord:
        return logging.LogRecord("prefect.flow_runs", logging.ERROR, __file__, 1, "Encountered exception", (),
                                 (type(error), error, None))

    assert not quiet.filter(record(OutputNotWritable("disk full")))
    assert not quiet.filter(record(OutputLocked("busy")))
    assert quiet.filter(record(KeyError("a bug")))
    assert quiet.filter(logging.LogRecord("prefect.flow_runs", logging.WARNING, __file__, 1, "no error", (), None))


@pytest.mark.e2e
def test_a_locked_output_fails_the_run_in_one_line_without_a_traceback(tmp_path):
    """The failure happens inside the flow (after Prefect started), as a full disk would."""
    output = tmp_path / "out"
    output.mkdir()
    with open(output / ".lock", "a+") as held:
        fcntl.flock(held, fcntl.LOCK_EX)
        done = newsflow_run("--input", str(REPO / "raw"), "--output", str(output))
    assert done.returncode == 3, done.stderr[-3000:]
    # Prefect may add its own shutdown notice on a loaded machine ("EventsWorker - Still processing
    # items"); what matters is one line of ours, no traceback and no error log
    lines = done.stderr.splitlines()
    assert "Traceback" not in done.stderr and "ERROR" not in done.stderr, done.stderr
    assert lines[0].startswith("newsflow: ") and "being written by another run" in lines[0], done.stderr
    assert all("| WARNING |" in line for line in lines[1:]), done.stderr


# --- HTML pages: their own URL ----------------------------------------------------------------

PAGE = ("<html><head><title>Neues Gesetz</title>{head}</head><body><article><p>Wien – Der Nationalrat hat am "
        "Mittwoch ein neues Gesetz zur Pflege beschlossen. Die Opposition stimmte dagegen.</p><p>Die Regierung "
        "will die Reform im Frühjahr umsetzen, sagte die Ministerin.</p></article></body></html>")


@pytest.mark.parametrize("head, url", [
    ('<link rel="canonical" href="https://www.example.at/politik/gesetz?utm_source=feed">'
     '<meta property="og:url" content="https://m.example.at/gesetz">', "https://www.example.at/politik/gesetz?utm_source=feed"),
    ("<meta content='https://example.at/og/gesetz' property='og:url' />", "https://example.at/og/gesetz"),
    ('<link rel="canonical" href="/nur/relativ">', None),
])
def test_an_html_page_keeps_its_canonical_url_and_its_id_comes_from_it(head, url):
    article = clean(RawRecord("seite.html", "seite.html", "html", html=PAGE.format(head=head)))
    assert isinstance(article, Article) and article.url == url
    assert article.article_id == article_id_for(url, article.content_hash)
    if url:  # the same page saved twice, with a tracking parameter, is one article id
        again = clean(RawRecord("kopie.html", "kopie.html", "html", html=PAGE.format(head=head.replace("feed", "x"))))
        assert again.article_id == article.article_id


def test_the_metadata_url_wins_over_the_page_url():
    raw = RawRecord("feed.jsonl#L1", "feed.jsonl", "jsonl", url="https://example.at/aus-dem-feed",
                    html=PAGE.format(head='<link rel="canonical" href="https://example.at/seite">'))
    assert clean(raw).url == "https://example.at/aus-dem-feed"


# --- publication dates from the text, and dates that cannot be one -----------------------------

@pytest.mark.parametrize("text, boilerplate, expected", [
    ("New York – Am 11. September 2001 stürzten die Türme des World Trade Centers ein.", [], None),
    ("Der Anschlag vom 11.9.2001 jährt sich.\n\nDie Gedenkfeier war am 11. September 2021 in New York.", [], None),
    ("Wien, 12.3.2024 (APA) – Die Regierung hat ein Gesetz beschlossen.", [], datetime(2024, 3, 11, 23, tzinfo=UTC)),
    ("12. März 2024\n\nDie Regierung hat ein Gesetz beschlossen.", [], datetime(2024, 3, 11, 23, tzinfo=UTC)),
    ("Die Regierung hat ein Gesetz beschlossen.", ["Veröffentlicht am 12.03.2024 um 14:30 Uhr"],
     datetime(2024, 3, 12, 13, 30, tzinfo=UTC)),
    ("Die Regierung hat ein Gesetz beschlossen.\n\n(red, 12.3.2024)", [], datetime(2024, 3, 11, 23, tzinfo=UTC)),
    ("Die Regierung hat ein Gesetz beschlossen.", ["Lesen Sie auch: Der 11. September 2001"], None),
])
def test_only_a_stamped_date_in_the_text_is_a_publication_date(text, boilerplate, expected):
    assert date_from_text(text, boilerplate) == expected


def test_a_date_in_the_running_text_leaves_the_article_undated():
    article = clean(RawRecord("wtc.txt", "wtc.txt", "txt", text="New York – Am 11. September 2001 flogen "
                              "Terroristen zwei Flugzeuge in das World Trade Center. Heute erinnert eine Gedenkstätte "
                              "an die Opfer."))
    assert (article.published_at, article.published_from) == (None, None)


@pytest.mark.parametrize("name, text, origin, why", [
    ("bericht-1989-11-09.txt", "Berlin – Die Mauer ist offen.", "filename", "before 1990"),
    ("chronik.txt", "Stand: 15.06.1985\n\nDie Chronik der Stadt.", "text", "before 1990"),
    ("vorschau.txt", "Die Vorschau auf das Jahr.\n\n(red, 1.1.2999)", "text", "in the future"),
])
def test_an_implausible_guessed_date_is_dropped_with_a_note_and_the_article_kept(name, text, origin, why):
    notes: list = []
    article = clean(RawRecord(name, name, "txt", text=text), notes)
    assert isinstance(article, Article) and (article.published_at, article.published_from) == (None, None)
    [note] = notes
    assert (note.stage, note.source_ref) == ("clean", name)
    assert note.reason.startswith(f"published_at: the date") and f"found in the {origin}" in note.reason
    assert why in note.reason and "the article is kept" in note.reason
    assert json.loads(note.payload)["article_id"] == article.article_id


def test_an_implausible_file_name_date_falls_back_to_a_plausible_stamp():
    notes: list = []
    article = clean(RawRecord("x-19700101.txt", "x-19700101.txt", "txt", text="Wien, 12.3.2024 (APA) – Text."), notes)
    assert (article.published_at, article.published_from) == (datetime(2024, 3, 11, 23, tzinfo=UTC), "text")
    assert [note.reason.split(" found")[0] for note in notes] == ["published_at: the date 1970-01-01"]


def test_the_ingest_task_quarantines_the_note_and_keeps_the_article(tmp_path):
    path = tmp_path / "bericht-1989-11-09.txt"
    path.write_text("Berlin – Die Mauer ist offen. Tausende feiern an der Grenze.", encoding="utf-8")
    result = ingest_batch.fn(write_spill(tmp_path / "inputs.pkl", [path]), tmp_path / "spill.pkl")
    assert [r.stage for r in result.rejected] == ["clean"], "the article is not rejected, only its date"
    rows = frame("quarantine", quarantine_rows(result.rejected, "run", datetime.now(UTC)))
    valid, invalid = validate_table("quarantine", rows)
    assert len(valid) == 1 and not invalid and valid.loc[0, "table"] == "articles"


def test_an_event_of_a_historical_day_keeps_its_words_without_a_date_and_its_participants():
    text = ("London – Am 15. Juni 1215 unterzeichnete König Johann die Magna Carta. "
            "Am Mittwoch protestierten Tausende in London.")
    doc = Doc(article_id="a0123456789abcdef"[:16], text=text, published_on=date(2026, 1, 8))
    events = list(extract_events(doc))
    signed = next(e for e in events if e.trigger == "unterzeichnete")
    assert (signed.date, signed.date_text) == (None, "Am 15. Juni 1215")
    assert next(e for e in events if e.trigger == "protestierten").date == date(2026, 1, 7)
    rows, participants = event_rows(doc.article_id, events)
    valid, invalid = validate_table("events", frame("events", rows), {doc.article_id: text})
    assert len(valid) == len(events) and not invalid


# --- the run summary: this run, then the datasets ----------------------------------------------

@pytest.mark.e2e
def test_the_summary_of_an_incremental_run_says_what_it_wrote_and_what_the_datasets_hold(tmp_path):
    from prefect.testing.utilities import prefect_test_harness

    from flows.pipeline import newsflow
    from tests.test_incremental import STORY

    raw, output = tmp_path / "raw", tmp_path / "out"
    shutil.copytree(REPO / "tests" / "fixtures" / "raw", raw)
    with prefect_test_harness(server_startup_timeout=180):
        first = newsflow(inputs=[str(raw)], output=str(output))
        (raw / "neu.txt").write_text(STORY, encoding="utf-8")
        second = newsflow(inputs=[str(raw)], output=str(output))
        (raw / "neu.txt").write_text(STORY + " Die Union widersprach.", encoding="utf-8")
        third = newsflow(inputs=[str(raw)], output=str(output))
    assert (third["this_run"]["changed_files"], third["this_run"]["removed"]["articles"]) == (1, 1)
    assert third["this_run"]["written"]["articles"] == 1 and third["counts"]["articles"] == second["counts"]["articles"]
    changes = second["this_run"]
    assert (second["files"], changes["new_files"], changes["changed_files"]) == (1, 1, 0)
    assert changes["written"]["articles"] == 1 and changes["removed"]["articles"] == 0
    assert second["counts"]["articles"] == first["counts"]["articles"] + 1
    assert second["counts"]["mentions"] == first["counts"]["mentions"] + changes["written"]["mentions"]
    text = run_cli.render_summary(second)
    assert "1 input file read (1 new, 0 changed)" in text
    assert "this run: written (new or changed rows): articles 1," in text
    assert f"datasets now: articles {second['counts']['articles']}," in text
