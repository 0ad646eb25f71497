"""Start-up of the PyInstaller bundle beside the venv: the same app, two ways of shipping it.

    bash scripts/bundle --no-archive
    .venv/bin/python tests/benchmarks/bundle_startup.py [--bundle dist/holdspace] [--runs 7]

Two measures, each a whole process from spawn to exit, medians of interleaved runs with
a fresh HOLDSPACE_HOME each time (offscreen Qt):
- ``--version``: what the program costs before any Qt, i.e. unpacking and starting Python;
- ``--smoke-test``: the window shown, every lesson loaded, then quit.
Informational, like run.py: it never fails on a slow figure.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import REPO, child_env, median


def timed(program: list[str], args: list[str], pycache: str) -> float:
    home = tempfile.mkdtemp(prefix="holdspace-bench-home-")
    try:
        start = time.perf_counter()
        done = subprocess.run(
            [*program, *args],
            env=child_env(pycache, home),
            cwd=REPO,
            capture_output=True,
            text=True,
            timeout=120,
        )
        elapsed = (time.perf_counter() - start) * 1000
    finally:
        shutil.rmtree(home, ignore_errors=True)
    if done.returncode != 0:
        raise RuntimeError(f"{program} {args} failed ({done.returncode}): {done.stderr[-1500:]}")
    return elapsed


def measure(bundle: Path, runs: int) -> dict[str, dict[str, float]]:
    programs = {"venv": [sys.executable, "-m", "holdspace"], "bundle": [str(bundle / "holdspace")]}
    results: dict[str, dict[str, list[float]]] = {w: {"version": [], "smoke": []} for w in programs}
    pycache = tempfile.mkdtemp(prefix="holdspace-bench-pycache-")
    try:
        for index in range(runs + 1):  # the first round warms the caches and is dropped
            order = list(programs) if index % 2 == 0 else list(programs)[::-1]
            for who in order:
                version = timed(programs[who], ["--version"], pycache)
                smoke = timed(programs[who], ["--smoke-test"], pycache)
                if index:
                    results[who]["version"].append(version)
                    results[who]["smoke"].append(smoke)
    finally:
        shutil.rmtree(pycache, ignore_errors=True)
    return {who: {k: median(v) for k, v in got.items()} for who, got in results.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=REPO / "dist" / "holdspace")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(argv)
    if not (args.bundle / "holdspace").is_file():
        print(
            f"No bundle at {args.bundle}: build it first with `bash scripts/bundle --no-archive`."
        )
        return 2
    got = measure(args.bundle, args.runs)
    venv, bundle = got["venv"], got["bundle"]
    print(f"| measure (median of {args.runs}) | venv | bundle | bundle / venv |")
    print("| --- | --- | --- | --- |")
    for key, label in (
        ("version", "`holdspace --version`, whole process"),
        ("smoke", "window shown with every lesson, then quit"),
    ):
        print(
            f"| {label} | {venv[key]:.0f} ms | {bundle[key]:.0f} ms | {bundle[key] / venv[key]:.2f}x |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
