"""`newsflow bench` on a tiny corpus: distinct real-text articles in every format with varied
metadata, and a report with end-to-end, per-stage, memory, output-size and I/O-floor figures."""
from __future__ import annotations

import json
from collections import Counter

import pytest

from flows import bench, ingest
from flows.ingest.raw import RawRecord

pytestmark = pytest.mark.e2e


def test_generated_corpus_has_varied_formats_and_metadata(shared_data, tmp_path):
    corpus = bench.build_corpus(300, tmp_path / "corpus", shared_data)
    records = [r for path in ingest.discover([corpus]) for r in ingest.read_file(path)]
    assert all(isinstance(r, RawRecord) for r in records) and len(records) == 300
    assert set(Counter(r.input_format for r in records)) == {"jsonl", "txt", "md", "html"}
    dated = sum(r.published_at is not None for r in records if r.input_format != "html")
    assert 0.85 < dated / sum(r.input_format != "html" for r in records) < 1
    assert len({r.text for r in records if r.text}) > 0.95 * sum(r.text is not None for r in records)
    assert bench.build_corpus(300, tmp_path / "corpus", shared_data) == corpus  # reused, not rebuilt


def test_bench_reports_pipeline_and_io_floor_figures(shared_data, tmp_path, capsys):
    assert bench.main(["--sizes", "120", "--workdir", str(tmp_path), "--json", str(tmp_path / "r.json")]) == 0
    printed = capsys.readouterr().out
    for label in ("end to end", "I/O floor", "peak RSS", "no-op rerun", "names", "quotes", "events", "output"):
        assert label in printed
    result = json.loads((tmp_path / "r.json").read_text())[0]
    assert result["flow"]["full"]["counts"]["articles"] == 120 and result["floor"]["articles"] == 120
    assert result["flow"]["noop"]["published"] is False and result["flow_rss"] > 0
