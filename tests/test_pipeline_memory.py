"""What the flow process holds: handles (paths, counts), never a value per article or per input
file beyond the input list itself (benchmarks/README.md, "flow process memory")."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from flows.stages import dedupe, ingest_batch, batch_articles, plan_inputs
from flows.store.catalog import Catalog
from flows.store.inputs import file_hash, hash_files, input_key
from flows.store.spill import read_spill, write_spill

TEXT = "Berlin – Der Bundestag hat am Donnerstag über den Haushalt beraten. Die Opposition kritisierte den Entwurf."


def test_hashing_in_slices_gives_every_file_its_own_hash_in_input_order(tmp_path):
    files = []
    for i in range(37):  # not a multiple of the slices: the last slice is shorter
        files.append(tmp_path / f"f{i:02d}.txt")
        files[-1].write_text(f"Datei {i}", encoding="utf-8")
    hashes = hash_files(files)
    assert list(hashes) == [input_key(f) for f in files]
    assert list(hashes.values()) == [file_hash(f) for f in files]


def test_ingest_spills_the_refs_of_each_input_and_returns_their_path(tmp_path):
    paths = [tmp_path / "a.txt", tmp_path / "b.txt"]
    paths[0].write_text(TEXT, encoding="utf-8")
    paths[1].write_text(TEXT + " Noch ein Satz.", encoding="utf-8")
    result = ingest_batch.fn(write_spill(tmp_path / "inputs.pkl", paths), tmp_path / "spill" / "ingest-00000.pkl")
    assert result.files == 2 and result.articles == 2
    refs = read_spill(result.refs[0])
    assert list(refs) == [input_key(p) for p in paths] and all(len(r) == 1 for r in refs.values())


def test_dedupe_hands_each_batch_over_as_two_paths(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    paths = [inputs / f"{name}.txt" for name in ("a", "b", "c")]
    for path in paths:
        path.write_text(TEXT, encoding="utf-8")  # three copies: one original, two exact duplicates
    spill_dir = tmp_path / "out" / "_versions" / "run" / ".staging" / "_articles"
    ingested = ingest_batch.fn(write_spill(tmp_path / "inputs.pkl", paths), spill_dir / "ingest-00000.pkl")
    deduped = dedupe.fn(Catalog(tmp_path / "out"), "run", spill_dir, ingested.spills, None, 2)
    assert all(isinstance(spill, Path) and isinstance(marks, Path) for spill, marks in deduped.work)
    articles = [a for batch in deduped.work for a in batch_articles(batch)]
    assert len(articles) == 3 and deduped.duplicates == 2
    assert sum(a.duplicate_of is None for a in articles) == 1


def test_planning_spills_the_inputs_to_read_and_hands_back_counts(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    for name in ("a", "b", "c"):
        (inputs / f"{name}.txt").write_text(TEXT, encoding="utf-8")
    spill_dir = tmp_path / "out" / "_versions" / "run" / ".staging" / "_inputs"
    planned = plan_inputs.fn(Catalog(tmp_path / "out"), [str(inputs)], False, False, spill_dir)
    assert (planned.incremental, planned.input_files, planned.files, planned.new_files) == (False, 3, 3, 3)
    assert sorted(p.name for spill in planned.ingest for p in read_spill(spill)) == ["a.txt", "b.txt", "c.txt"]
    kept, fresh = read_spill(planned.state)
    assert kept.empty and sorted(fresh["path"]) == sorted(input_key(p) for p in inputs.iterdir())
    assert planned.drop_refs is None


def test_a_batch_extracted_in_chunks_writes_the_same_datasets(tmp_path, monkeypatch):
    """Every stage of a batch holds and spills the records of a chunk of articles at a time
    (memory); the chunk size must not change a row, an id, a quarantine entry or a count."""
    import shutil

    from prefect.testing.utilities import prefect_test_harness

    import flows.stages
    from flows.pipeline import flow_for
    from tests.test_incremental import assert_same_datasets

    raw = tmp_path / "raw"
    shutil.copytree(Path(__file__).resolve().parent / "fixtures" / "raw", raw)
    with prefect_test_harness(server_startup_timeout=180):
        whole = flow_for("thread")(inputs=[str(raw)], output=str(tmp_path / "whole"), batch_size=50)
        monkeypatch.setattr(flows.stages, "CHUNK", 2)
        chunked = flow_for("thread")(inputs=[str(raw)], output=str(tmp_path / "chunked"), batch_size=50)
    assert chunked["counts"] == whole["counts"] and whole["counts"]["articles"] > 4
    assert_same_datasets(tmp_path / "whole", tmp_path / "chunked")


def test_the_flow_and_extraction_leave_the_libraries_of_ingest_and_report_unloaded():
    """Every process imports flows.pipeline (the flow's) or flows.stages (each Dask worker's): SciPy
    (through datasketch), trafilatura with lxml and DuckDB (~65 MB RSS) load only in the tasks
    that use them."""
    probe = ("import sys, flows.pipeline, flows.stages; "
             "print(sorted({'datasketch', 'scipy', 'trafilatura', 'lxml', 'duckdb'} & set(sys.modules)))")
    loaded = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True,
                            cwd=Path(__file__).resolve().parent.parent).stdout
    assert loaded.strip() == "[]"
