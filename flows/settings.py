"""Project defaults for Prefect, applied before Prefect is imported.

Prefect reads ``prefect.toml`` from the working directory; this module applies the same values as
environment defaults so ``newsflow`` behaves the same when started from another directory.
Anything the user set in the environment wins.
"""
from __future__ import annotations

import os
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent

PREFECT_DEFAULTS = {
    "PREFECT_HOME": str(REPO_ROOT / ".prefect"),
    "PREFECT_LOGGING_LEVEL": "WARNING",
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "180",
    "PREFECT_RESULTS_PERSIST_BY_DEFAULT": "false",
}


def apply_prefect_defaults() -> None:
    for name, value in PREFECT_DEFAULTS.items():
        os.environ.setdefault(name, value)
