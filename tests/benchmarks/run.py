"""Holdspace speed and memory benchmark: one run, every figure against a baseline from the same run.

    .venv/bin/python tests/benchmarks/run.py           # full: the figures in docs/benchmarks.md
    .venv/bin/python tests/benchmarks/run.py --quick   # fewer repetitions, a rough look

Informational only: it never fails on a slow figure (exit 0 unless the script itself breaks),
because timings on a shared machine are evidence to read, not a test to pass.
See docs/benchmarks.md for what each line means.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import packgen  # noqa: E402  (the sibling modules need the line above)
import packload  # noqa: E402
import startup  # noqa: E402
import switching  # noqa: E402

FULL = {"starts": 11, "loads": 9, "switches": 60, "validates": 3}
QUICK = {"starts": 3, "loads": 3, "switches": 20, "validates": 1}


def machine() -> str:
    """What the figures depend on, printed with them so a table is never read out of context."""
    import PySide6
    import yaml
    from PySide6.QtCore import qVersion

    cpus = os.cpu_count()
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else cpus
    load = " / ".join(f"{x:.2f}" for x in os.getloadavg())
    return (f"CPUs: {cpus} (usable {usable}), load average {load}\n"
            f"Python {platform.python_version()} ({platform.python_implementation()}), "
            f"{platform.system()} {platform.release()} {platform.machine()}\n"
            f"PySide6 {PySide6.__version__}, Qt {qVersion()}, PyYAML {yaml.__version__} "
            f"(libyaml: {'yes' if yaml.__with_libyaml__ else 'no'}), QT_QPA_PLATFORM=offscreen")


def verdict(value: float, limit: float, strict: bool = False) -> str:
    """Words, not colour, so the table survives copy-paste and screen readers."""
    ok = value < limit if strict else value <= limit
    return "within target" if ok else "over target"


def rows(start: dict, load: dict, validate: dict, switch: dict) -> list[list[str]]:
    """The table: measure, baseline, holdspace, ratio or median, target, verdict."""
    bare, label, cold, warm = start["bare"], start["label"], start["cold"], start["warm"]
    cold_ratio = cold["paint_ms"] / bare["paint_ms"]
    warm_ratio = warm["paint_ms"] / bare["paint_ms"]
    load_ratio = load["open_pack"] / load["yaml"]
    rss_ratio = cold["hwm_mib"] / bare["hwm_mib"]
    return [
        ["1. cold start to first paint", f"{bare['paint_ms']:.0f} ms", f"{cold['paint_ms']:.0f} ms",
         f"{cold_ratio:.2f}x", "<= 1.3x", verdict(cold_ratio, 1.3)],
        ["1b. second start (same home)", f"{bare['paint_ms']:.0f} ms", f"{warm['paint_ms']:.0f} ms",
         f"{warm_ratio:.2f}x", "(info)", "-"],
        ["1c. cold start vs window + 1 label", f"{label['paint_ms']:.0f} ms",
         f"{cold['paint_ms']:.0f} ms", f"{cold['paint_ms'] / label['paint_ms']:.2f}x", "(info)", "-"],
        ["1d. cold start to lessons drawn", f"{bare['paint_ms']:.0f} ms",
         f"{cold['ready_ms']:.0f} ms", f"{cold['ready_ms'] / bare['paint_ms']:.2f}x", "(info)", "-"],
        ["2. open 1,000-lesson pack", f"{load['yaml']:.0f} ms", f"{load['open_pack']:.0f} ms",
         f"{load_ratio:.2f}x", "<= 1.5x", verdict(load_ratio, 1.5)],
        ["2b. holdspace validate (CLI)", "-", f"{validate['ms']:.0f} ms", "-", "(info)",
         f"exit {validate['exit']}"],
        ["3. switch between two lessons", "-", f"p90 {switch['p90_ms']:.1f} ms",
         f"{switch['median_ms']:.1f} ms", "median < 16 ms", verdict(switch["median_ms"], 16, True)],
        ["4. peak RSS (VmHWM)", f"{bare['hwm_mib']:.0f} MiB", f"{cold['hwm_mib']:.0f} MiB",
         f"{rss_ratio:.2f}x", "<= 1.3x", verdict(rss_ratio, 1.3)],
        ["4b. peak RSS vs window + 1 label", f"{label['hwm_mib']:.0f} MiB",
         f"{cold['hwm_mib']:.0f} MiB", f"{cold['hwm_mib'] / label['hwm_mib']:.2f}x", "(info)", "-"],
    ]


def table(data: list[list[str]]) -> str:
    """A Markdown table, so the same text reads in a terminal and pastes into the docs."""
    head = ["measure", "baseline", "holdspace", "ratio / median", "target", "result"]
    widths = [max(len(r[i]) for r in [head, *data]) for i in range(len(head))]

    def line(cells: list[str]) -> str:
        return "| " + " | ".join(c.ljust(w) for c, w in zip(cells, widths)) + " |"

    return "\n".join([line(head), line(["-" * w for w in widths]), *map(line, data)])


def details(start: dict, load: dict, switch: dict, counts: dict) -> str:
    """Where the start-up time goes (medians since spawn), and what was repeated how often."""
    out = ["Start-up phases, ms since spawn (median): imports done / window created / "
           "shown / first paint / lessons drawn"]
    for key, label in (("bare", "bare QMainWindow"), ("label", "QMainWindow + 1 QLabel"),
                       ("cold", "Holdspace, first start"), ("warm", "Holdspace, second start")):
        phases = start[key]["phases_ms"]
        out.append(f"  {label:<24} " + " / ".join(f"{phases[p]:.0f}" for p in startup.PHASES)
                   + f"   (n={start[key]['n']})")
    out.append(f"Pack: {counts['loads']} alternating loads each after a warm-up; "
               f"Holdspace {load['open_pack']:.0f} ms vs libyaml alone {load['yaml']:.0f} ms")
    out.append(f"Switching: {switch['n']} switches between {' and '.join(switch['lessons'])}; "
               f"open_lesson alone {switch['open_median_ms']:.1f} ms (median); a repaint was "
               f"seen in {switch['painted_share']:.0%} of the timed switches")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    """Run every measure once, in a throw-away folder, then print one table from that run."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repetitions (a rough look)")
    counts = QUICK if parser.parse_args(argv).quick else FULL
    print(machine(), flush=True)
    work = Path(tempfile.mkdtemp(prefix="holdspace-bench-"))
    try:
        pycache = str(work / "pycache")
        print(f"\n[1/3] start-up: {counts['starts']} rounds of bare / label / Holdspace first / "
              "second start …", flush=True)
        start = startup.measure(counts["starts"], pycache)
        print(f"[2/3] 1,000-lesson pack: {counts['loads']} loads each …", flush=True)
        pack = work / "pack"
        packgen.write_pack(pack, 1000)
        load = packload.measure(pack, counts["loads"])
        validate = packload.measure_validate(pack, counts["validates"], pycache)
        print(f"[3/3] lesson switching: {counts['switches']} switches …", flush=True)
        switch = switching.measure(counts["switches"], pycache)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print("\n" + table(rows(start, load, validate, switch)) + "\n")
    print(details(start, load, switch, counts))
    return 0


if __name__ == "__main__":
    sys.exit(main())
