"""The Dask runner (prefect-dask on a LocalCluster of worker processes) writes exactly what the
default thread runner writes."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from prefect.testing.utilities import prefect_test_harness

from flows.pipeline import flow_for
from tests.test_incremental import assert_same_datasets

pytestmark = pytest.mark.e2e
FIXTURE_RAW = Path(__file__).resolve().parent / "fixtures" / "raw"


def test_dask_runner_output_is_identical_to_the_local_runner(tmp_path):
    raw = tmp_path / "raw"
    shutil.copytree(FIXTURE_RAW, raw)
    with prefect_test_harness(server_startup_timeout=180):
        local = flow_for("thread")(inputs=[str(raw)], output=str(tmp_path / "local"), batch_size=3)
        on_dask = flow_for("dask")(inputs=[str(raw)], output=str(tmp_path / "dask"), batch_size=3)
    assert on_dask["counts"] == local["counts"]
    assert {"names", "quotes", "events", "validate"} <= set(on_dask["timings"])
    assert_same_datasets(tmp_path / "local", tmp_path / "dask")
