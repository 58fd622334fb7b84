"""What users and analysts run into: the command's answer to bad paths (one line, a documented
exit code), the run summary, publication dates guessed from the text, HTML page URLs."""
from __future__ import annotations

import fcntl
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from flows import run_cli
from flows.ingest import RawRecord, clean
from flows.ingest.clean import article_id_for
from flows.records import Article
from flows.store.catalog import Catalog, OutputLocked, OutputNotWritable

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
    if os.geteuid() == 0:
        mounted = subprocess.run(["mount", "--bind", str(output), str(output)], capture_output=True)
        if mounted.returncode:
            pytest.skip("cannot bind-mount here")
        try:
            subprocess.run(["mount", "-o", "remount,ro,bind", str(output)], check=True)
            with pytest.raises(OutputNotWritable, match="read-only file system"):
                run_cli.check_output_writable(output)
        finally:
            subprocess.run(["umount", str(output)], check=False)
    else:
        output.chmod(0o555)
        try:
            with pytest.raises(OutputNotWritable, match="permission denied"):
                run_cli.check_output_writable(output)
        finally:
            output.chmod(0o755)
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
    assert "Traceback" not in done.stderr and done.stderr.count("\n") == 1, done.stderr


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
