"""Start-up measures: time until the lessons are on screen, and peak RSS, against baselines.

Every run is a fresh interpreter (``paint_child.py``). The baselines are an empty window,
a window with one label, and the *floor*: a minimal PySide6 program that reads the same
lesson files with ``CSafeLoader`` and shows their titles. Holdspace is started first
(a brand-new home), a second time (the same home), and with a translation loaded.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time

from common import HERE, REPO, child_env, median, run_json

CHILD = str(HERE / "paint_child.py")
PHASES = ("imported", "created", "shown", "painted", "ready", "checked")
TRANSLATED = "fr"  # a language with both an interface translation and lesson files
# A learner's first day: one lesson opened and left at its third step. A first start that
# opens nothing writes no progress file, so the second start is given one to read (and a
# "pick up where you left off" to draw), as a learner's later starts have.
FIRST_DAY = (
    "from holdspace.core import paths\n"
    "from holdspace.core.progress import ProgressStore\n"
    "store, _ = ProgressStore.open(paths.progress_db_path())\n"
    "store.lesson_opened('hex.counting-in-sixteen')\n"
    "store.step_reached('hex.counting-in-sixteen', 2)\n"
    "store.close()\n"
)


def spawn(args: list[str], home: str, pycache: str, cpu: int | None) -> dict:
    """One fresh interpreter, timed from just before the spawn to the lessons being drawn."""
    env = child_env(pycache, home)
    pin = (lambda: os.sched_setaffinity(0, {cpu})) if cpu is not None else None
    start = time.clock_gettime(time.CLOCK_MONOTONIC)
    result = run_json([CHILD, *args], env, timeout=60, preexec=pin)
    marks = result["marks"]
    if "ready" not in marks or "checked" not in marks:
        raise RuntimeError(f"{args}: the window was never painted with its content")
    return {
        "ms": {k: (marks[k] - start) * 1000 for k in PHASES},
        "hwm_mib": result["hwm_kib"] / 1024,
    }


def _round(pycache: str, cpu: int | None, reverse: bool) -> dict:
    """One of each, in a fixed order (flipped every other round so noise hits all alike)."""
    home = tempfile.mkdtemp(prefix="holdspace-bench-home-")
    home_fr = tempfile.mkdtemp(prefix="holdspace-bench-home-")
    spare = tempfile.mkdtemp(prefix="holdspace-bench-bare-")
    plan = [
        ("bare", ["bare"], spare),
        ("label", ["label"], spare),
        ("floor", ["floor"], spare),
        ("floor_qt", ["floor_qt"], spare),
        ("cold", ["holdspace"], home),
        ("warm", ["holdspace"], home),
        ("floor_tr", ["floor", TRANSLATED], spare),
        ("translated", ["holdspace", TRANSLATED], home_fr),
    ]
    try:
        order = plan[::-1] if reverse else plan
        got = {
            key: spawn(args, where, pycache, cpu)
            for key, args, where in order
            if key not in ("cold", "warm")
        }
        got["cold"] = spawn(["holdspace"], home, pycache, cpu)  # cold before warm, always
        subprocess.run(
            [sys.executable, "-c", FIRST_DAY],
            env=child_env(pycache, home),
            cwd=REPO,
            check=True,
            capture_output=True,
        )
        got["warm"] = spawn(["holdspace"], home, pycache, cpu)
        return got
    finally:
        for folder in (home, home_fr, spare):
            shutil.rmtree(folder, ignore_errors=True)


def measure(rounds: int, pycache: str, cpu: int | None = None) -> dict:
    """``rounds`` interleaved rounds after one discarded round (fills bytecode and page caches).

    Every cold run gets a brand-new HOLDSPACE_HOME (a true first start: no progress file,
    no settings); the warm run starts again on that same home right after it closed, with
    a first day's progress written to it (FIRST_DAY).
    ``cpu`` pins every child to that one CPU: a slow machine's single core.
    """
    runs: dict[str, list[dict]] = {}
    for index in range(rounds + 1):
        got = _round(pycache, cpu, reverse=index % 2 == 1)
        if index > 0:
            for key, value in got.items():
                runs.setdefault(key, []).append(value)
    return summarise(runs)


def summarise(runs: dict[str, list[dict]]) -> dict:
    """Medians of the paint time, of each phase (to see where time goes) and of peak RSS."""
    out = {}
    for key, items in runs.items():
        out[key] = {
            "paint_ms": median([r["ms"]["painted"] for r in items]),
            "ready_ms": median([r["ms"]["ready"] for r in items]),
            "checked_ms": median([r["ms"]["checked"] for r in items]),
            "phases_ms": {p: median([r["ms"][p] for r in items]) for p in PHASES},
            "hwm_mib": median([r["hwm_mib"] for r in items]),
            "n": len(items),
        }
    return out
