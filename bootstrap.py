#!/usr/bin/env python3
"""Create (or refresh) the project's virtual environment, then run a newsflow command in it.

    python3 bootstrap.py run [newsflow run options]   # pipeline: raw/ -> output/
    python3 bootstrap.py test [pytest options]        # the whole test suite
    python3 bootstrap.py <any newsflow command ...>   # e.g. eval quotes --split test

Needs only Python 3.11+ with pip and venv. Dependencies are installed from requirements.lock
(exact versions) into .venv/; the install is redone only when the lock file or pyproject.toml
changes, so repeated calls start at once.
"""
from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = Path(os.environ.get("NEWSFLOW_VENV", ROOT / ".venv"))
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
STAMP = VENV / ".newsflow-install"
INSTALL_INPUTS = ("requirements.lock", "pyproject.toml")


def install_fingerprint() -> str:
    digest = hashlib.sha256()
    for name in INSTALL_INPUTS:
        digest.update((ROOT / name).read_bytes())
    return digest.hexdigest()


def ensure_environment() -> None:
    if sys.version_info < (3, 11):
        sys.exit(f"newsflow needs Python 3.11 or newer; this is {sys.version.split()[0]}")
    if not (BIN / "python").exists():
        print(f"bootstrap: creating {VENV}", file=sys.stderr)
        venv.EnvBuilder(with_pip=True).create(VENV)
    wanted = install_fingerprint()
    if STAMP.exists() and STAMP.read_text() == wanted:
        return
    print("bootstrap: installing pinned dependencies (requirements.lock)", file=sys.stderr)
    pip = [str(BIN / "python"), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    subprocess.run([*pip, "-r", str(ROOT / "requirements.lock")], check=True)
    subprocess.run([*pip, "--no-deps", "-e", str(ROOT)], check=True)
    STAMP.write_text(wanted)


def main(argv: list[str]) -> int:
    ensure_environment()
    os.chdir(ROOT)
    if argv[:1] == ["test"]:
        command = [str(BIN / "python"), "-m", "pytest", *argv[1:]]
    else:
        command = [str(BIN / "newsflow"), *(argv or ["run"])]
    return subprocess.run(command).returncode


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
