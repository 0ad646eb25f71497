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

import packgen
import packload
import startup
import switching

FULL = {"starts": 11, "loads": 9, "big_loads": 3, "switches": 60, "validates": 3, "library": 5}
QUICK = {"starts": 3, "loads": 3, "big_loads": 1, "switches": 20, "validates": 1, "library": 2}
BIGGEST = 5000  # the most lesson files a pack may hold (core.lessons.pack.MAX_LESSON_FILES)


def machine() -> str:
    """What the figures depend on, printed with them so a table is never read out of context."""
    import PySide6
    import yaml
    from PySide6.QtCore import qVersion

    cpus = os.cpu_count()
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else cpus
    load = " / ".join(f"{x:.2f}" for x in os.getloadavg())
    return (
        f"CPUs: {cpus} (usable {usable}), load average {load}\n"
        f"Python {platform.python_version()} ({platform.python_implementation()}), "
        f"{platform.system()} {platform.release()} {platform.machine()}\n"
        f"PySide6 {PySide6.__version__}, Qt {qVersion()}, PyYAML {yaml.__version__} "
        f"(libyaml: {'yes' if yaml.__with_libyaml__ else 'no'}), QT_QPA_PLATFORM=offscreen"
    )


def verdict(value: float, limit: float, strict: bool = False) -> str:
    """Words, not colour, so the table survives copy-paste and screen readers."""
    ok = value < limit if strict else value <= limit
    return "within target" if ok else "over target"


def ratio_row(name: str, base: float, ours: float, unit: str, target: float | None) -> list[str]:
    """One table row comparing Holdspace with a baseline; no target means "for information"."""
    ratio = ours / base
    return [
        name,
        f"{base:.0f} {unit}",
        f"{ours:.0f} {unit}",
        f"{ratio:.2f}x",
        f"<= {target}x" if target else "(info)",
        verdict(ratio, target) if target else "-",
    ]


def start_rows(start: dict, tag: str = "") -> list[list[str]]:
    """Time until the lessons are on screen and peak memory, against the floor."""
    floor, cold, fr, floor_fr = (
        start["floor"],
        start["cold"],
        start["translated"],
        start["floor_tr"],
    )
    return [
        ratio_row(
            f"1{tag}. lessons on screen vs floor", floor["ready_ms"], cold["ready_ms"], "ms", 1.3
        ),
        ratio_row(
            f"1{tag}t. same, translation loaded", floor_fr["ready_ms"], fr["ready_ms"], "ms", 1.3
        ),
        ratio_row(f"4{tag}. peak RSS vs floor", floor["hwm_mib"], cold["hwm_mib"], "MiB", 1.25),
        ratio_row(
            f"4{tag}t. same, translation loaded", floor_fr["hwm_mib"], fr["hwm_mib"], "MiB", 1.25
        ),
    ]


def info_rows(start: dict) -> list[list[str]]:
    """The older baselines (empty window, one label), kept for information."""
    bare, label, cold, warm = start["bare"], start["label"], start["cold"], start["warm"]
    return [
        ratio_row(
            "1b. second start vs floor", start["floor"]["ready_ms"], warm["ready_ms"], "ms", None
        ),
        ratio_row(
            "1c. first paint vs empty window", bare["paint_ms"], cold["paint_ms"], "ms", None
        ),
        ratio_row(
            "1d. first paint vs window + 1 label", label["paint_ms"], cold["paint_ms"], "ms", None
        ),
        ratio_row(
            "1e. floor using Qt's namespace vs floor",
            start["floor"]["ready_ms"],
            start["floor_qt"]["ready_ms"],
            "ms",
            None,
        ),
        ratio_row(
            "1f. every lesson checked vs floor's lessons on screen",
            start["floor"]["ready_ms"],
            cold["checked_ms"],
            "ms",
            None,
        ),
        ratio_row("4b. peak RSS vs empty window", bare["hwm_mib"], cold["hwm_mib"], "MiB", None),
    ]


def rows(
    start: dict, pinned: dict, load: dict, big: dict, validate: dict, switch: dict, library: dict
) -> list[list[str]]:
    """The table: measure, baseline, holdspace, ratio or median, target, verdict."""
    return [
        *start_rows(start),
        *start_rows(pinned, "p"),
        *info_rows(start),
        ratio_row(
            "2. open 1,000-lesson pack vs libyaml", load["yaml"], load["open_pack"], "ms", 1.5
        ),
        ratio_row(
            f"2l. open {BIGGEST:,}-lesson pack vs libyaml", big["yaml"], big["open_pack"], "ms", 1.5
        ),
        [
            "2b. holdspace validate (CLI)",
            "-",
            f"{validate['ms']:.0f} ms",
            "-",
            "(info)",
            f"exit {validate['exit']}",
        ],
        [
            "2c. open the library, 1,000-lesson pack",
            "-",
            f"{library['first_ms']:.0f} ms",
            f"again {library['again_ms']:.0f} ms",
            "(info)",
            f"{library['lessons']} lessons",
        ],
        [
            "3. switch between two lessons",
            "-",
            f"p90 {switch['p90_ms']:.1f} ms",
            f"{switch['median_ms']:.1f} ms",
            "median < 16 ms",
            verdict(switch["median_ms"], 16, True),
        ],
    ]


def table(data: list[list[str]]) -> str:
    """A Markdown table, so the same text reads in a terminal and pastes into the docs."""
    head = ["measure", "baseline", "holdspace", "ratio / median", "target", "result"]
    widths = [max(len(r[i]) for r in [head, *data]) for i in range(len(head))]

    def line(cells: list[str]) -> str:
        return "| " + " | ".join(c.ljust(w) for c, w in zip(cells, widths)) + " |"

    return "\n".join([line(head), line(["-" * w for w in widths]), *map(line, data)])


def details(start: dict, pinned: dict, load: dict, switch: dict, counts: dict) -> str:
    """Where the start-up time goes (medians since spawn), and what was repeated how often."""
    out = [
        "Start-up phases, ms since spawn (median): imports done / window created / "
        "shown / first paint / home drawn (ready) / every lesson checked"
    ]
    names = (
        ("bare", "empty QMainWindow"),
        ("label", "QMainWindow + 1 QLabel"),
        ("floor", "floor (titles as labels)"),
        ("floor_qt", "floor using Qt's namespace"),
        ("floor_tr", "floor, French files"),
        ("cold", "Holdspace, first start"),
        ("warm", "Holdspace, second start"),
        ("translated", "Holdspace, --language fr"),
    )
    for heading, figures in (("both CPUs", start), ("pinned to one CPU", pinned)):
        out.append(f" {heading}:")
        for key, label in names:
            phases = figures[key]["phases_ms"]
            out.append(
                f"  {label:<26} "
                + " / ".join(f"{phases[p]:.0f}" for p in startup.PHASES)
                + f"   {figures[key]['hwm_mib']:.0f} MiB   (n={figures[key]['n']})"
            )
    out.append(
        f"Pack: {counts['loads']} alternating loads each after a warm-up; "
        f"Holdspace {load['open_pack']:.0f} ms vs libyaml alone {load['yaml']:.0f} ms"
    )
    out.append(
        f"Switching: {switch['n']} switches between {' and '.join(switch['lessons'])}; "
        f"open_lesson alone {switch['open_median_ms']:.1f} ms (median); a repaint was "
        f"seen in {switch['painted_share']:.0%} of the timed switches"
    )
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
        print(
            f"\n[1/5] start-up: {counts['starts']} rounds of empty / label / floor / Holdspace "
            "first, second and translated start …",
            flush=True,
        )
        start = startup.measure(counts["starts"], pycache)
        cpu = min(os.sched_getaffinity(0))
        print(f"[2/5] the same, every process pinned to CPU {cpu} …", flush=True)
        pinned = startup.measure(counts["starts"], pycache, cpu=cpu)
        print(f"[3/5] 1,000- and {BIGGEST:,}-lesson packs …", flush=True)
        pack, big_pack = work / "pack", work / "big"
        packgen.write_pack(pack, 1000)
        packgen.write_pack(big_pack, BIGGEST)
        load = packload.measure(pack, counts["loads"])
        big = packload.measure(big_pack, counts["big_loads"], expected=BIGGEST)
        validate = packload.measure_validate(pack, counts["validates"], pycache)
        print("[4/5] the library on the 1,000-lesson pack …", flush=True)
        library = packload.measure_library(pack, counts["library"], pycache)
        print(f"[5/5] lesson switching: {counts['switches']} switches …", flush=True)
        switch = switching.measure(counts["switches"], pycache)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print("\n" + table(rows(start, pinned, load, big, validate, switch, library)) + "\n")
    print(details(start, pinned, load, switch, counts))
    return 0


if __name__ == "__main__":
    sys.exit(main())
