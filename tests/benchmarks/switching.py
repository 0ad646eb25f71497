"""Measure 3 (parent side): run the switching child in a fresh process and summarise it."""

from __future__ import annotations

import shutil
import tempfile

from common import HERE, child_env, median, p90, run_json


def measure(switches: int, pycache: str) -> dict:
    """Median and p90 of open_lesson + processEvents, with a fresh HOLDSPACE_HOME."""
    home = tempfile.mkdtemp(prefix="holdspace-bench-home-")
    try:
        got = run_json([str(HERE / "switch_child.py"), str(switches)], child_env(pycache, home))
    finally:
        shutil.rmtree(home, ignore_errors=True)
    return {
        "median_ms": median(got["total_ms"]),
        "p90_ms": p90(got["total_ms"]),
        "open_median_ms": median(got["open_ms"]),
        "n": len(got["total_ms"]),
        "painted_share": sum(1 for p in got["paints"] if p) / len(got["paints"]),
        "lessons": got["lessons"],
    }
