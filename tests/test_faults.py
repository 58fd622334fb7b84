"""Faults: a run killed with SIGKILL in the middle of writing, a full disk and a read-only output.
Each time the previously published datasets stay readable and unchanged, and the next run
completes with no duplicated or missing rows."""
from __future__ import annotations

import errno
import os
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from prefect.testing.utilities import prefect_test_harness

import flows.store.catalog as catalog_module
from flows.pipeline import newsflow
from flows.store.catalog import Catalog, OutputNotWritable
from tests.conftest import read_only
from tests.test_incremental import STORY, assert_same_datasets, rows

pytestmark = pytest.mark.e2e
REPO = Path(__file__).resolve().parents[1]
FIXTURE_RAW = REPO / "tests" / "fixtures" / "raw"


@pytest.fixture(scope="module")
def prefect_server():
    with prefect_test_harness(server_startup_timeout=180):
        yield


@pytest.fixture()
def inputs(tmp_path) -> Path:
    folder = tmp_path / "raw"
    shutil.copytree(FIXTURE_RAW, folder)
    return folder


def snapshot(output: Path) -> dict[str, list[tuple]]:
    return {table: rows(output, table) for table in ("articles", "mentions", "quotes", "events", "quarantine")}


#: A run that stops for good in the middle of writing its version: after two tables it says so
#: and sleeps until the test kills it with SIGKILL.
KILLED_RUN = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from flows.settings import apply_prefect_defaults
    apply_prefect_defaults()
    from flows.store.catalog import Catalog
    from flows.pipeline import newsflow

    write_stream, written = Catalog.write_stream, []
    def stalling_write_stream(self, run_id, table, batches, metadata):
        if len(written) == 2:
            Path(sys.argv[3]).write_text(run_id)
            time.sleep(600)
        written.append(table)
        return write_stream(self, run_id, table, batches, metadata)
    Catalog.write_stream = stalling_write_stream
    newsflow(inputs=[sys.argv[1]], output=sys.argv[2])
""")


def test_a_run_killed_while_writing_leaves_the_datasets_intact_and_the_next_run_completes(
        prefect_server, inputs, tmp_path):
    output, rebuilt, marker = tmp_path / "out", tmp_path / "rebuilt", tmp_path / "writing"
    newsflow(inputs=[str(inputs)], output=str(output))
    before = snapshot(output)
    (inputs / "neu.txt").write_text(STORY, encoding="utf-8")

    env = {**os.environ, "PREFECT_HOME": str(tmp_path / "prefect-home"), "PYTHONPATH": str(REPO)}
    env.pop("PREFECT_API_URL", None)  # the child starts its own ephemeral server
    # a session of its own, so that the kill takes the child's Prefect server with it (killing the child
    # alone left the server running after the tests)
    child = subprocess.Popen([sys.executable, "-c", KILLED_RUN, str(inputs), str(output), str(marker)],
                             cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                             start_new_session=True)
    try:
        deadline = time.monotonic() + 240
        while not marker.exists():
            assert child.poll() is None, child.stderr.read().decode()[-3000:]
            assert time.monotonic() < deadline, "the child run never reached the write stage"
            time.sleep(0.2)
        half_written = Catalog(output).version_dir(marker.read_text())
        assert (half_written / "articles").is_dir()
    finally:
        os.killpg(child.pid, signal.SIGKILL)
        child.wait(30)
        child.stderr.close()

    assert snapshot(output) == before, "readers still see the last published version, whole"
    summary = newsflow(inputs=[str(inputs)], output=str(output))
    assert summary["published"] and not half_written.exists()
    manifests = {p.stem: p.read_text() for p in (output / "_runs").glob("*.json")}
    assert '"status": "interrupted"' in manifests[marker.read_text()]
    newsflow(inputs=[str(inputs)], output=str(rebuilt), full_refresh=True)
    assert_same_datasets(output, rebuilt)


@pytest.mark.parametrize("code, message", [(errno.ENOSPC, "disk is full"), (errno.EROFS, "read-only")])
def test_a_storage_error_while_writing_gives_a_clear_message_and_keeps_the_datasets(
        prefect_server, inputs, tmp_path, monkeypatch, code, message):
    """The error is injected where Parquet files are written (portable: any user, any file system)."""
    output = tmp_path / "out"
    newsflow(inputs=[str(inputs)], output=str(output))
    before, version = snapshot(output), Catalog(output).current_version
    (inputs / "neu.txt").write_text(STORY, encoding="utf-8")

    def failing_write(*args, **kwargs):
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(catalog_module, "write_dataset", failing_write)
    with pytest.raises(OutputNotWritable, match=message) as raised:
        newsflow(inputs=[str(inputs)], output=str(output))
    assert "previously published datasets are unchanged" in str(raised.value)
    assert Catalog(output).current_version == version and snapshot(output) == before
    assert sorted(p.name for p in (output / "_versions").iterdir()) == [version.name], "partial version removed"
    monkeypatch.undo()
    assert newsflow(inputs=[str(inputs)], output=str(output))["published"]


def _mount(*args: str) -> None:
    if os.geteuid() != 0:
        pytest.skip("mounting a small or read-only file system needs root")
    result = subprocess.run(["mount", *args], capture_output=True, text=True)
    if result.returncode:
        pytest.skip(f"cannot mount here: {result.stderr.strip()}")


def test_a_really_full_disk(prefect_server, inputs, tmp_path):
    disk = tmp_path / "disk"
    disk.mkdir()
    _mount("-t", "tmpfs", "-o", "size=8m", "tmpfs", str(disk))
    try:
        output = disk / "out"
        newsflow(inputs=[str(inputs)], output=str(output))
        before = snapshot(output)
        (inputs / "neu.txt").write_text(STORY, encoding="utf-8")
        ballast = disk / "ballast"
        ballast_fd = os.open(ballast, os.O_WRONLY | os.O_CREAT)
        try:  # fill the disk to the last byte
            while os.write(ballast_fd, b"\0" * 4096):
                pass
        except OSError as full:
            assert full.errno == errno.ENOSPC
        finally:
            os.close(ballast_fd)
        with pytest.raises(OutputNotWritable, match="disk is full"):
            newsflow(inputs=[str(inputs)], output=str(output))
        assert snapshot(output) == before
        ballast.unlink()
        assert newsflow(inputs=[str(inputs)], output=str(output))["published"]
    finally:
        subprocess.run(["umount", str(disk)], check=False)


def test_a_read_only_output(prefect_server, inputs, tmp_path):
    output = tmp_path / "out"
    newsflow(inputs=[str(inputs)], output=str(output))
    before = snapshot(output)
    with read_only(output) as message, pytest.raises(OutputNotWritable, match=message):
        newsflow(inputs=[str(inputs)], output=str(output))
    assert snapshot(output) == before
