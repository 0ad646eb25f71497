"""Start-up of two or more Holdspace trees, interleaved with the floor, in the same runs.

    .venv/bin/python tests/benchmarks/compare_trees.py before=/tmp/old/app after=app
    .venv/bin/python tests/benchmarks/compare_trees.py --cpu 0 --language fr --rounds 13 a=… b=…

Each NAME=APP_DIR is a tree's ``app/`` folder (a ``git worktree`` of another commit, say);
every start runs ``paint_child.py holdspace`` with ``PYTHONPATH`` pointing at it, so one
venv and one driver serve every tree, and each tree reads its own built-in lessons. Every
start gets a fresh ``HOLDSPACE_HOME`` (a first start); the order flips every other round
and a first round is discarded. Used for docs/benchmarks.md's "Before and after" and
"Styling cost" tables. Informational, like run.py.
"""

from __future__ import annotations

import argparse
import os
import shutil
import tempfile
import time

from common import HERE, child_env, median, run_json

CHILD = str(HERE / "paint_child.py")
PHASES = ("imported", "created", "painted", "ready", "checked")


def start(args: list[str], tree: str | None, pycache: str, cpu: int | None) -> dict:
    home = tempfile.mkdtemp(prefix="holdspace-bench-home-")
    env = child_env(pycache, home)
    if tree:
        env["PYTHONPATH"] = os.path.abspath(tree)
    pin = (lambda: os.sched_setaffinity(0, {cpu})) if cpu is not None else None
    began = time.clock_gettime(time.CLOCK_MONOTONIC)
    try:
        result = run_json([CHILD, *args], env, timeout=60, preexec=pin)
    finally:
        shutil.rmtree(home, ignore_errors=True)
    marks = result["marks"]
    return {**{p: (marks[p] - began) * 1000 for p in PHASES}, "hwm": result["hwm_kib"] / 1024}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("trees", nargs="+", metavar="NAME=APP_DIR")
    parser.add_argument("--rounds", type=int, default=11)
    parser.add_argument("--cpu", type=int, default=None, help="pin every start to this CPU")
    parser.add_argument("--language", default=None, help="e.g. fr: both sides read it")
    options = parser.parse_args()
    lang = [options.language] if options.language else []
    plan = [("floor", ["floor", *lang], None)]
    plan += [
        (name, ["holdspace", *lang], path)
        for name, path in (t.split("=", 1) for t in options.trees)
    ]
    pycache = tempfile.mkdtemp(prefix="holdspace-bench-pyc-")
    runs: dict[str, list[dict]] = {name: [] for name, _, _ in plan}
    for index in range(options.rounds + 1):
        for name, args, tree in plan if index % 2 == 0 else plan[::-1]:
            got = start(args, tree, pycache, options.cpu)
            if index:
                runs[name].append(got)
    shutil.rmtree(pycache, ignore_errors=True)
    floor_ms = median([r["ready"] for r in runs["floor"]])
    floor_mib = median([r["hwm"] for r in runs["floor"]])
    print(
        f"{options.rounds} rounds, cpu {options.cpu}, language {options.language}, "
        f"load average {os.getloadavg()[0]:.2f}"
    )
    print(
        "ms since spawn (median): imports done / window created / first paint / "
        "home drawn (ready) / every lesson checked"
    )
    for name, items in runs.items():
        phases = " / ".join(f"{median([r[p] for r in items]):.0f}" for p in PHASES)
        ready, mib = median([r["ready"] for r in items]), median([r["hwm"] for r in items])
        print(
            f"  {name:<12} {phases:<24} {mib:5.1f} MiB   "
            f"{ready / floor_ms:.2f}x time, {mib / floor_mib:.3f}x memory vs floor"
        )


if __name__ == "__main__":
    main()
