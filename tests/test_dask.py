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


def test_local_workers_run_without_the_statistical_profiler():
    """The profiler's history grew the workers with the length of a run (see LOCAL_WORKER_SETTINGS);
    the rest of the configuration is the process's own."""
    import dask
    from distributed import Client, LocalCluster

    from flows.stages import local_worker_config

    config = local_worker_config()
    assert config["distributed"]["admin"] == dask.config.get("distributed.admin")
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=":0",
                      config=config) as cluster, Client(cluster) as client:
        callbacks = next(iter(client.run(lambda dask_worker: sorted(dask_worker.periodic_callbacks)).values()))
    assert "heartbeat" in callbacks and "profile" not in callbacks and "profile-cycle" not in callbacks
    assert dask.config.get("distributed.worker.profile.enabled")  # this process's settings untouched


def test_the_local_cluster_starts_its_workers_with_few_malloc_arenas(monkeypatch):
    import dask
    from distributed import Client, LocalCluster

    from flows.stages import LOCAL_WORKER_ENVIRON, task_runner_for

    nanny = dask.config.config["distributed"]["nanny"]
    monkeypatch.setitem(nanny, "pre-spawn-environ", dict(nanny["pre-spawn-environ"]))  # restored afterwards
    runner = task_runner_for("dask")
    assert dask.config.get("distributed.nanny.pre-spawn-environ")["MALLOC_ARENA_MAX"] == "2"
    assert "MALLOC_TRIM_THRESHOLD_" in dask.config.get("distributed.nanny.pre-spawn-environ")  # Dask's own kept
    kwargs = {k: v for k, v in runner.cluster_kwargs.items() if k != "env"}
    with LocalCluster(**{**kwargs, "n_workers": 1}) as cluster, Client(cluster) as client:
        environ = next(iter(client.run(lambda: dict(__import__("os").environ)).values()))
    assert {k: environ.get(k) for k in LOCAL_WORKER_ENVIRON} == LOCAL_WORKER_ENVIRON


def test_a_run_restarts_the_workers_of_its_own_local_cluster_and_no_others():
    """Between extraction and writing (see restart_local_workers): the workers of the run's own
    LocalCluster come back as new processes; a cluster given by address keeps its workers."""
    import os

    from distributed import LocalCluster
    from prefect import flow
    from prefect.context import FlowRunContext
    from prefect_dask import DaskTaskRunner

    from flows.stages import restart_local_workers

    @flow
    def restart_and_compare() -> tuple[bool, bool]:
        client = FlowRunContext.get().task_runner.client
        before = set(client.run(os.getpid).values())
        restarted = restart_local_workers()
        return restarted, before.isdisjoint(client.run(os.getpid).values())

    with prefect_test_harness(server_startup_timeout=180):
        own = restart_and_compare.with_options(task_runner=flow_for("dask").task_runner)()
        with LocalCluster(n_workers=1, threads_per_worker=1, dashboard_address=":0") as cluster:
            given = restart_and_compare.with_options(task_runner=DaskTaskRunner(address=cluster.scheduler_address))()
    assert own == (True, True)
    assert given == (False, False)


def test_a_restart_whose_workers_come_back_late_does_not_end_the_run(monkeypatch, caplog):
    """distributed raises TimeoutError when restarted workers take longer than its timeout to return
    (seen on a loaded 2-core machine); the run goes on and says so (see restart_local_workers)."""
    from prefect.context import FlowRunContext
    from prefect_dask import DaskTaskRunner

    from flows.stages import restart_local_workers

    class SlowClient:
        def restart(self, wait_for_workers):
            raise TimeoutError("Waited for 2 worker(s) to reconnect after restarting")

    class SlowRunner(DaskTaskRunner):
        client = SlowClient()

    monkeypatch.setattr(FlowRunContext, "get", classmethod(lambda cls: type("Ctx", (), {"task_runner": SlowRunner()})()))
    with caplog.at_level("WARNING", logger="flows.stages"):
        assert restart_local_workers() is True
    assert "restarted workers" in caplog.text
