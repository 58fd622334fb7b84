"""`newsflow serve` against a real `prefect server start` on loopback: a scheduled run completes
and writes the datasets; every process the test started is stopped."""
from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

pytestmark = pytest.mark.server
REPO = Path(__file__).resolve().parents[1]
FIXTURE_RAW = REPO / "tests" / "fixtures" / "raw"
PREFECT = Path(sys.executable).with_name("prefect")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start(command: list[str], env: dict, log: Path) -> subprocess.Popen:
    """A child in its own session, so stopping it stops everything it spawned."""
    return subprocess.Popen(command, cwd=REPO, env=env, stdout=open(log, "wb"), stderr=subprocess.STDOUT,
                            start_new_session=True)


def stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(10)
    try:  # anything left in the group (uvicorn workers, flow run subprocesses)
        os.killpg(process.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


def wait_for(condition, timeout: float, what: str, *processes: subprocess.Popen, logs: tuple[Path, ...] = ()):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if (value := condition()):
            return value
        for process, log in zip(processes, logs):
            assert process.poll() is None, f"{process.args[:3]} exited: {log.read_text()[-3000:]}"
        time.sleep(1)
    raise AssertionError(f"timed out waiting for {what}; logs: " +
                         " | ".join(log.read_text()[-2000:] for log in logs))


def api(url: str, path: str, body: dict | None = None):
    request = urllib.request.Request(url + path, data=json.dumps(body).encode() if body is not None else None,
                                     headers={"Content-Type": "application/json"},
                                     method="POST" if body is not None else "GET")
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            return json.loads(response.read())
    except OSError:
        return None


def test_a_served_deployment_runs_on_its_schedule_against_a_real_server(tmp_path):
    port = free_port()
    url = f"http://127.0.0.1:{port}/api"
    env = {**os.environ, "PREFECT_HOME": str(tmp_path / "prefect-home"), "PREFECT_API_URL": url,
           "PREFECT_SERVER_ANALYTICS_ENABLED": "false", "PREFECT_LOGGING_LEVEL": "WARNING",
           "PYTHONPATH": str(REPO)}
    output = tmp_path / "out"
    server_log, serve_log = tmp_path / "server.log", tmp_path / "serve.log"
    server = start([str(PREFECT), "server", "start", "--host", "127.0.0.1", "--port", str(port)], env, server_log)
    served = None
    try:
        wait_for(lambda: api(url, "/health") is True, 180, "the Prefect server", server, logs=(server_log,))
        served = start([sys.executable, "-m", "flows", "serve", "--interval", "5", "--input", str(FIXTURE_RAW),
                        "--output", str(output)], env, serve_log)

        def completed_run():
            runs = api(url, "/flow_runs/filter", {"flow_runs": {"state": {"type": {"any_": ["COMPLETED"]}}}})
            return runs[0] if runs else None

        run = wait_for(completed_run, 240, "a completed scheduled run", server, served,
                       logs=(server_log, serve_log))
        assert run["deployment_id"] and run["auto_scheduled"]
        manifests = [json.loads(p.read_text()) for p in (output / "_runs").glob("*.json")]
        assert any(m["status"] == "succeeded" for m in manifests)
        assert (output / "articles").is_dir() and (output / "newsflow.duckdb").exists()
    finally:
        if served is not None:
            stop(served)
        stop(server)
    assert server.poll() is not None and (served is None or served.poll() is not None)
