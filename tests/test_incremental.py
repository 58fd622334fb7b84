"""Incremental runs: unchanged inputs cost nothing, changed and pruned inputs give exactly the rows
a full rebuild gives, stored articles still count for deduplication, and two runs on one output
never interleave."""
from __future__ import annotations

import multiprocessing
import shutil
import threading
import time
from pathlib import Path

import pandas as pd
import pytest
from prefect.testing.utilities import prefect_test_harness

from flows.pipeline import newsflow
from flows.store.catalog import Catalog, OutputLocked
from schemas import TABLES

pytestmark = pytest.mark.e2e
FIXTURE_RAW = Path(__file__).resolve().parent / "fixtures" / "raw"
#: Columns that say when and by which run a row was written; everything else must match.
VOLATILE = ["run_id", "ingested_at", "quarantined_at"]
STORY = ("Berlin – Bundeskanzler Friedrich Merz hat am Dienstag in Berlin neue Hilfen angekündigt. "
         "„Wir lassen niemanden allein“, sagte Merz vor Journalisten. Die Opposition kritisierte den Plan "
         "als zu spät und zu klein. Finanzminister Lars Klingbeil will die Kosten im Haushalt decken.")


@pytest.fixture(scope="module")
def prefect_server():
    with prefect_test_harness(server_startup_timeout=180):
        yield


def rows(output: Path, table: str) -> list[tuple]:
    """A table's rows without the volatile columns, in a canonical order."""
    frame = Catalog(output).read(table)
    frame = frame.drop(columns=[c for c in VOLATILE if c in frame])
    return sorted(tuple(map(str, row)) for row in frame.itertuples(index=False))


def assert_same_datasets(left: Path, right: Path) -> None:
    for table in TABLES:
        assert rows(left, table) == rows(right, table), f"{table} differs"


@pytest.fixture()
def inputs(tmp_path) -> Path:
    folder = tmp_path / "raw"
    shutil.copytree(FIXTURE_RAW, folder)
    return folder


def test_an_unchanged_rerun_publishes_nothing(prefect_server, inputs, tmp_path):
    output = tmp_path / "out"
    first = newsflow(inputs=[str(inputs)], output=str(output))
    version = Catalog(output).current_version
    (inputs / "hafen-warnstreik.md").touch()  # a new mtime alone is no change: content decides
    again = newsflow(inputs=[str(inputs)], output=str(output))
    assert again["published"] is False and again["files"] == 0
    assert again["counts"] == first["counts"]
    assert Catalog(output).current_version == version
    assert again["timings"]["run"] < 2


def test_changed_added_and_pruned_inputs_match_a_full_rebuild(prefect_server, inputs, tmp_path):
    output, rebuilt = tmp_path / "out", tmp_path / "rebuilt"
    newsflow(inputs=[str(inputs)], output=str(output))
    story = inputs / "hafen-warnstreik.md"
    story.write_text(story.read_text(encoding="utf-8").replace("Hafen", "Hafenbecken"), encoding="utf-8")
    (inputs / "neu.txt").write_text(STORY, encoding="utf-8")
    removed = inputs / "rathaus-seite.html"
    removed_ref = removed.as_posix()
    removed.unlink()

    kept = newsflow(inputs=[str(inputs)], output=str(output))
    assert kept["missing_files"] == 1 and kept["pruned_files"] == 0
    assert removed_ref in set(Catalog(output).read("articles")["source_ref"]), "without --prune rows stay"
    assert kept["files"] == 2  # the edited and the new file; nothing else was read

    pruned = newsflow(inputs=[str(inputs)], output=str(output), prune=True)
    assert pruned["pruned_files"] == 1
    assert removed_ref not in set(Catalog(output).read("articles")["source_ref"])
    newsflow(inputs=[str(inputs)], output=str(rebuilt), full_refresh=True)
    assert_same_datasets(output, rebuilt)


def test_full_refresh_rebuilds_everything(prefect_server, inputs, tmp_path):
    output = tmp_path / "out"
    first = newsflow(inputs=[str(inputs)], output=str(output))
    again = newsflow(inputs=[str(inputs)], output=str(output), full_refresh=True)
    assert again["published"] and again["files"] == first["files"]
    assert set(Catalog(output).read("articles")["run_id"]) == {again["run_id"]}


def test_a_later_copy_of_a_stored_article_is_marked_as_its_duplicate(prefect_server, tmp_path):
    raw, output = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    (raw / "2026-01-10-original.txt").write_text(STORY, encoding="utf-8")
    newsflow(inputs=[str(raw)], output=str(output))
    (raw / "2026-01-11-kopie.txt").write_text(STORY + " Mehr dazu folgt.", encoding="utf-8")
    newsflow(inputs=[str(raw)], output=str(output))
    articles = Catalog(output).read("articles").set_index("source_ref")
    original = articles.loc[(raw / "2026-01-10-original.txt").as_posix()]
    copy = articles.loc[(raw / "2026-01-11-kopie.txt").as_posix()]
    assert pd.isna(original["duplicate_of"])
    assert copy["duplicate_of"] == original["article_id"] and copy["duplicate_kind"] == "near"
    assert set(Catalog(output).read("quotes")["article_id"]) == {original["article_id"]}


def test_stored_signatures_are_used_and_rebuilt_from_text_when_a_version_lacks_them(prefect_server, tmp_path):
    raw, output = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    (raw / "2026-01-10-original.txt").write_text(STORY, encoding="utf-8")
    newsflow(inputs=[str(raw)], output=str(output))
    catalog = Catalog(output)
    assert set(catalog.read_signatures()) == set(catalog.read("articles")["article_id"])
    (catalog.current_version / "_state" / "signatures.parquet").unlink()  # as written before signatures
    (raw / "2026-01-11-kopie.txt").write_text(STORY + " Mehr dazu folgt.", encoding="utf-8")
    newsflow(inputs=[str(raw)], output=str(output))
    articles = catalog.read("articles").set_index("source_ref")
    original = articles.loc[(raw / "2026-01-10-original.txt").as_posix()]
    assert articles.loc[(raw / "2026-01-11-kopie.txt").as_posix()]["duplicate_of"] == original["article_id"]
    assert set(catalog.read_signatures()) == set(articles["article_id"])


def test_an_earlier_copy_arriving_later_restates_the_stored_article(prefect_server, tmp_path):
    raw, output = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    (raw / "2026-01-11-kopie.txt").write_text(STORY + " Mehr dazu folgt.", encoding="utf-8")
    newsflow(inputs=[str(raw)], output=str(output))
    (raw / "2026-01-10-original.txt").write_text(STORY, encoding="utf-8")
    newsflow(inputs=[str(raw)], output=str(output))  # incremental: the stored copy is restated
    newsflow(inputs=[str(raw)], output=str(tmp_path / "full"))
    assert_same_datasets(output, tmp_path / "full")
    articles = Catalog(output).read("articles").set_index("source_ref")
    original = articles.loc[(raw / "2026-01-10-original.txt").as_posix()]
    copy = articles.loc[(raw / "2026-01-11-kopie.txt").as_posix()]
    assert pd.isna(original["duplicate_of"]) and copy["duplicate_of"] == original["article_id"]
    assert set(Catalog(output).read("quotes")["article_id"]) == {original["article_id"]}


def _hold_lock(root, ready, release):
    with Catalog(root).lock():
        ready.set()
        release.wait(30)


def test_a_second_run_refuses_or_waits_while_the_first_writes(prefect_server, inputs, tmp_path):
    output = tmp_path / "out"
    ready, release = multiprocessing.Event(), multiprocessing.Event()
    holder = multiprocessing.Process(target=_hold_lock, args=(output, ready, release))
    holder.start()
    try:
        assert ready.wait(10)
        with pytest.raises(OutputLocked, match="being written by newsflow run"):
            newsflow(inputs=[str(inputs)], output=str(output))
        assert Catalog(output).current_version is None
        releaser = threading.Timer(2.0, release.set)
        releaser.start()
        started = time.monotonic()
        summary = newsflow(inputs=[str(inputs)], output=str(output), wait=True)
        assert time.monotonic() - started >= 1.5 and summary["published"]
    finally:
        release.set()
        holder.join(10)
