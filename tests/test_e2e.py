"""End to end: the real Prefect flow on a fixture folder with every input format and bad input,
read back with pyarrow and DuckDB; and the `newsflow run` command on raw/."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import duckdb
import pyarrow.dataset as ds
import pytest
from prefect.testing.utilities import prefect_test_harness

from flows.pipeline import newsflow
from schemas import TABLES

pytestmark = pytest.mark.e2e
REPO = Path(__file__).resolve().parents[1]
FIXTURE_RAW = REPO / "tests" / "fixtures" / "raw"
VOLATILE = {"run_id", "ingested_at", "quarantined_at"}


@pytest.fixture(scope="module")
def prefect_server():
    with prefect_test_harness(server_startup_timeout=180):
        yield


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> Path:
    """The fixture folder plus inputs too big to commit: a 6 MB single text document."""
    folder = tmp_path_factory.mktemp("raw")
    for path in FIXTURE_RAW.rglob("*"):
        if path.is_file():
            target = folder / path.relative_to(FIXTURE_RAW)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(path.read_bytes())
    (folder / "riesig.txt").write_text("Kiew – Ein Satz über Politik. " * 220_000, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def run(prefect_server, inputs, tmp_path_factory) -> tuple[dict, Path]:
    output = tmp_path_factory.mktemp("output")
    return newsflow(inputs=[str(inputs)], output=str(output)), output


def read(output: Path, table: str):
    return ds.dataset(output / table, format="parquet", partitioning="hive").to_table().to_pandas()


def test_every_table_is_written_and_readable_by_pyarrow_and_duckdb(run):
    summary, output = run
    for table in TABLES:
        frame = read(output, table)
        assert set(TABLES[table].columns) <= set(frame.columns)
        n = duckdb.sql(f"select count(*) from read_parquet('{output}/{table}/**/*.parquet', "
                       "hive_partitioning=true)").fetchall()[0][0]
        assert n == len(frame) == summary["counts"][table]
    assert (output / "_runs" / f"{summary['run_id']}.json").is_file()


def test_every_input_format_becomes_articles(run):
    _, output = run
    articles = read(output, "articles")
    assert {"txt", "md", "json", "jsonl", "html"} <= set(articles["input_format"])
    assert articles["article_id"].is_unique
    assert not articles["text"].str.contains("⇢").any()
    dated = articles.dropna(subset=["published_at"])
    assert (dated["year"] >= 2020).all()


def test_duplicates_are_recorded_not_dropped(run):
    summary, output = run
    articles = read(output, "articles")
    duplicates = articles.dropna(subset=["duplicate_of"])
    assert {"exact", "near"} <= set(duplicates["duplicate_kind"])
    assert set(duplicates["duplicate_of"]) <= set(articles["article_id"])
    assert summary["duplicates"] == len(duplicates)


def test_bad_inputs_are_quarantined_with_reasons(run):
    summary, output = run
    quarantine = read(output, "quarantine")
    refs = " ".join(quarantine["source_ref"])
    for bad in ("leer.txt", "binaer.txt", "feed-2026-02-20.jsonl#L", "notiz.rtf", "riesig.txt"):
        assert bad in refs, f"{bad} not quarantined: {quarantine[['source_ref', 'reason']]}"
    assert quarantine["reason"].str.len().min() > 10
    assert summary["quarantined"] == len(quarantine)


def test_extraction_offsets_point_at_the_article_text(run):
    _, output = run
    texts = dict(zip(*read(output, "articles")[["article_id", "text"]].T.values))
    for table, start, end, surface in (("mentions", "start", "end", "text"), ("quotes", "start", "end", "text"),
                                       ("events", "trigger_start", "trigger_end", "trigger")):
        for row in read(output, table).itertuples():
            assert texts[row.article_id][getattr(row, start):getattr(row, end)] == getattr(row, surface)


def test_speech_acts_without_content_reach_the_quotes_dataset_as_reported(run):
    """``Die Polizei sprach von einem friedlichen Verlauf`` (feed fixture) passes validation and is
    published as a quote of type ``reported`` (what events read instead: tests/test_stages.py)."""
    _, output = run
    quotes = read(output, "quotes")
    assert "Die Polizei sprach von einem friedlichen Verlauf" in set(quotes.loc[quotes["type"] == "reported", "text"])


def test_a_rerun_on_the_same_input_gives_the_same_rows(run, inputs, tmp_path):
    first_summary, first = run
    second_summary = newsflow(inputs=[str(inputs)], output=str(tmp_path))
    for table in TABLES:
        a, b = read(first, table), read(tmp_path, table)
        keep = [c for c in TABLES[table].columns if c not in VOLATILE]
        a = a[keep].sort_values(keep[:3]).reset_index(drop=True)
        b = b[keep].sort_values(keep[:3]).reset_index(drop=True)
        assert a.astype(str).equals(b.astype(str)), table
    assert first_summary["counts"] == second_summary["counts"]


def test_the_run_command_writes_raw_into_output(tmp_path):
    """What the Quickstart's first command runs, on the shipped example article."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    env.pop("PREFECT_API_URL", None)
    done = subprocess.run([sys.executable, "-m", "flows", "run", "--input", str(REPO / "raw"), "--output",
                           str(tmp_path)], cwd=REPO, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "written (new or changed rows): articles 1," in done.stdout and "datasets now: articles 1," in done.stdout
    articles = read(tmp_path, "articles")
    assert str(articles.loc[0, "published_at"].date()) in ("2026-01-07", "2026-01-08")
    assert len(articles.loc[0, "boilerplate"]) == 2
