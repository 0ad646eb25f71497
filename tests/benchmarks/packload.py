"""Measure 2: opening a large pack with Holdspace vs parsing its files with libyaml alone.

Also opening the library on a 1,000-lesson pack (``library_child.py``)."""

from __future__ import annotations

import gc
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml
from common import HERE, REPO, child_env, median, run_json


def baseline_parse(root: Path) -> int:
    """The least any loader must do: find the lesson files, read them, parse them with libyaml.

    Finding the files is included because ``open_pack`` has to find them too.
    """
    count = 0
    for path in sorted(root.glob("en/*/*.yaml")):
        with open(path, encoding="utf-8") as f:
            yaml.load(f.read(), Loader=yaml.CSafeLoader)
        count += 1
    return count


def holdspace_open(root: Path) -> int:
    """What Holdspace does at start-up and on "Open a lesson pack": read, check, build lessons."""
    from holdspace.core.lessons import open_pack

    pack = open_pack(root)
    if pack.problems or pack.broken:
        raise RuntimeError(f"the generated pack should be clean: {pack.problems[:3]}")
    return len(pack.lessons)


def timed(func, root: Path) -> tuple[float, int]:
    """Wall time of one call in ms, after a collection, so garbage from the last call isn't billed."""
    gc.collect()
    start = time.perf_counter()
    count = func(root)
    return (time.perf_counter() - start) * 1000, count


def measure(root: Path, rounds: int, expected: int = 1000) -> dict:
    """Alternate the two (order flipped every round) after one discarded warm-up each."""
    times: dict[str, list[float]] = {"yaml": [], "open_pack": []}
    funcs = {"yaml": baseline_parse, "open_pack": holdspace_open}
    for name, func in funcs.items():
        _, count = timed(func, root)  # warm-up: imports, page cache
        if count != expected:
            raise RuntimeError(f"{name} saw {count} lessons, expected {expected}")
    for index in range(rounds):
        order = list(funcs) if index % 2 == 0 else list(reversed(funcs))
        for name in order:
            times[name].append(timed(funcs[name], root)[0])
    return {name: median(values) for name, values in times.items()}


def measure_validate(root: Path, rounds: int, pycache: str) -> dict:
    """``holdspace validate PACK`` as an educator runs it: a whole process, imports included."""
    home = tempfile.mkdtemp(prefix="holdspace-bench-home-")
    env = child_env(pycache, home)
    times, status, said = [], None, ""
    for _ in range(rounds + 1):  # the first run fills the bytecode cache
        start = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-m", "holdspace", "validate", str(root)],
            env=env,
            capture_output=True,
            text=True,
            cwd=REPO,
            timeout=300,
        )
        times.append((time.perf_counter() - start) * 1000)
        status, said = done.returncode, done.stdout.strip().splitlines()[-1:]
    shutil.rmtree(home, ignore_errors=True)
    return {"ms": median(times[1:]), "exit": status, "said": " ".join(said)}


def measure_library(root: Path, rounds: int, pycache: str) -> dict:
    """Time to open the library view with ``root`` loaded beside the built-in pack."""
    home = tempfile.mkdtemp(prefix="holdspace-bench-home-")
    try:
        result = run_json(
            [str(HERE / "library_child.py"), str(root), str(rounds)],
            child_env(pycache, home),
            timeout=600,
        )
    finally:
        shutil.rmtree(home, ignore_errors=True)
    return {
        "first_ms": result["first_ms"],
        "again_ms": median(result["again_ms"]),
        "lessons": result["lessons"],
    }
