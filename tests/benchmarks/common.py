"""Small helpers shared by the benchmark drivers (no Qt, no Holdspace imports)."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent


def median(values: list[float]) -> float:
    """Medians, not means: one hiccup on a shared 2-core machine must not move the figure."""
    return statistics.median(values)


def p90(values: list[float]) -> float:
    """Nearest-rank 90th percentile: what a learner feels on a slower switch."""
    ordered = sorted(values)
    return ordered[max(0, -(-len(ordered) * 9 // 10) - 1)]


def child_env(pycache: str, home: str | None = None) -> dict[str, str]:
    """Offscreen Qt and a throw-away HOLDSPACE_HOME, so no screen or user data is touched.

    Bytecode is cached (an installed app has its .pyc files; without them every start
    would recompile Holdspace), but in ``pycache``, a throw-away folder, not the repository.
    """
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPYCACHEPREFIX=pycache)
    env["HOLDSPACE_HOME"] = home or tempfile.mkdtemp(prefix="holdspace-bench-home-")
    for name in ("PYTHONDONTWRITEBYTECODE", "QT_SCALE_FACTOR"):
        env.pop(name, None)
    return env


def run_json(args: list[str], env: dict[str, str], timeout: float = 300, preexec=None) -> dict:
    """Run a driver in a fresh interpreter and read the one JSON line it prints last.

    A fresh process keeps each measure independent of what the others imported.
    """
    done = subprocess.run(
        [sys.executable, *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=REPO,
        preexec_fn=preexec,
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"{' '.join(args)} failed ({done.returncode}):\n{done.stderr[-2000:]}")
    return json.loads(lines[-1])
