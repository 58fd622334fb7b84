"""Progress on a terminal: stage, items done, rate. Silent when stderr is not a terminal."""
from __future__ import annotations

import sys
import time


class TerminalProgress:
    def __init__(self, stream=None) -> None:
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty()
        self.started: dict[str, float] = {}

    def __call__(self, stage: str, done: int, total: int) -> None:
        if not self.enabled:
            return
        start = self.started.setdefault(stage, time.perf_counter())
        elapsed = max(time.perf_counter() - start, 1e-6)
        rate = f"{done / elapsed:,.0f}/s" if done and elapsed > 0.05 else ""
        end = "\n" if done >= total else ""
        self.stream.write(f"\r{stage:<8} {done:>8,}/{total:<8,} {rate:>10}\033[K{end}")
        self.stream.flush()
