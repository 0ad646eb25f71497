"""Measures 1 and 4: cold start to first paint, and peak RSS, bare QMainWindow vs Holdspace."""

from __future__ import annotations

import shutil
import tempfile
import time

from common import HERE, child_env, median, run_json

CHILD = str(HERE / "paint_child.py")
PHASES = ("imported", "created", "shown", "painted", "ready")


def spawn(mode: str, home: str, pycache: str) -> dict:
    """One fresh interpreter, timed from just before the spawn to the window's first paint."""
    env = child_env(pycache, home)
    start = time.clock_gettime(time.CLOCK_MONOTONIC)
    result = run_json([CHILD, mode], env, timeout=60)
    marks = result["marks"]
    if "ready" not in marks:
        raise RuntimeError(f"{mode}: the window was never painted with its content")
    return {"ms": {k: (marks[k] - start) * 1000 for k in PHASES},
            "hwm_mib": result["hwm_kib"] / 1024}


def measure(rounds: int, pycache: str) -> dict:
    """Interleave bare / label / Holdspace cold / warm, so machine noise hits all of them.

    Every cold run gets a brand-new HOLDSPACE_HOME (a true first start: no progress file,
    no settings); the warm run starts again on that same home right after it closed.
    One discarded round first fills the bytecode cache and the OS page cache.
    """
    runs: dict[str, list[dict]] = {"bare": [], "label": [], "cold": [], "warm": []}
    for index in range(rounds + 1):
        home = tempfile.mkdtemp(prefix="holdspace-bench-home-")
        spare = tempfile.mkdtemp(prefix="holdspace-bench-bare-")
        try:
            order = ["bare", "label", "hs"]
            order = order if index % 2 == 0 else order[::-1]
            got = {}
            for who in order:
                if who != "hs":
                    got[who] = spawn(who, spare, pycache)
                else:
                    got["cold"] = spawn("holdspace", home, pycache)
                    got["warm"] = spawn("holdspace", home, pycache)
        finally:
            shutil.rmtree(home, ignore_errors=True)
            shutil.rmtree(spare, ignore_errors=True)
        if index > 0:
            for key, value in got.items():
                runs[key].append(value)
    return summarise(runs)


def summarise(runs: dict[str, list[dict]]) -> dict:
    """Medians of the paint time, of each phase (to see where time goes) and of peak RSS."""
    out = {}
    for key, items in runs.items():
        out[key] = {
            "paint_ms": median([r["ms"]["painted"] for r in items]),
            "ready_ms": median([r["ms"]["ready"] for r in items]),
            "phases_ms": {p: median([r["ms"][p] for r in items]) for p in PHASES},
            "hwm_mib": median([r["hwm_mib"] for r in items]),
            "n": len(items),
        }
    return out
