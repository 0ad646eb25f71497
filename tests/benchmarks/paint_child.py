"""Child process for the start-up measures: start, show a main window, stop once it is drawn.

Run as ``python paint_child.py MODE [LANGUAGE]`` with MODE one of:

- ``bare``: an empty QMainWindow (draws no text; for information only);
- ``label``: the same with one line of text (text starts Qt's font system);
- ``floor``: the least any lesson app must do: read the same lesson files Holdspace reads
  for LANGUAGE (and the English it falls back to) with libyaml's ``CSafeLoader``, and
  show every lesson's title as a label. This is the baseline the targets are set against;
- ``floor_qt``: the floor, with its labels aligned through Qt's ``Qt`` namespace (for
  information: the first use of that namespace builds its enums, which any Qt Widgets app
  that sets an alignment, a focus policy or a text format pays);
- ``holdspace``: Holdspace itself, ``--language LANGUAGE`` when one is given.

All modes use the same driver, so the only difference between them is what each adds.
It prints one JSON line with CLOCK_MONOTONIC stamps (system-wide, so the parent can
subtract its own spawn stamp) and the peak RSS (VmHWM) read by this process as it exits.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

LESSONS = Path(__file__).resolve().parents[2] / "lessons"


def now() -> float:
    """The same clock the parent reads before spawning us."""
    return time.clock_gettime(time.CLOCK_MONOTONIC)


def floor_titles(language: str) -> list[str]:
    """Every lesson title of the built-in pack, read the plainest way: glob, read, parse."""
    import yaml

    seen: dict[str, str] = {}
    for lang in dict.fromkeys([language, "en"]):  # the language first, then its fallback
        for path in sorted((LESSONS / lang).glob("*/*.yaml")):
            data = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
            if isinstance(data, dict) and "id" in data:
                seen.setdefault(str(data["id"]), str(data.get("title", "")))
        glossary = LESSONS / lang / "glossary.yaml"
        if glossary.is_file():
            yaml.load(glossary.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    yaml.load((LESSONS / "pack.yaml").read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    return list(seen.values())


def peak_rss_kib() -> int:
    """VmHWM (peak resident set), read by this process itself without importing anything:
    importing the drivers' helpers here would add their modules to every figure."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return -1


def build(mode: str, language: str | None, marks: dict):
    """The window for ``mode``, with marks for imports done and window created."""
    if mode == "holdspace":
        from PySide6.QtWidgets import QApplication

        from holdspace.cli.main import parse
        from holdspace.gui.app import create_window

        marks["imported"] = now()
        window = create_window(parse(["--language", language] if language else []))
        attach = window.attach

        def attach_and_mark(*args, **kwargs):  # 1f: every lesson read, checked and attached
            attach(*args, **kwargs)
            marks["checked"] = now()
            if "ready" in marks:
                quit_soon(window, QApplication.instance())

        window.attach = attach_and_mark
        return window, QApplication.instance(), (lambda: window.ready)
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QVBoxLayout, QWidget

    marks["imported"] = now()
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    if mode == "label":
        window.setCentralWidget(QLabel("Counting with sixteen digits", window))
    elif mode in ("floor", "floor_qt"):
        body = QWidget(window)
        column = QVBoxLayout(body)
        placed: tuple = ()
        if mode == "floor_qt":
            from PySide6.QtCore import Qt

            placed = (0, Qt.AlignmentFlag.AlignLeading)  # stretch 0, aligned as text reads
        for title in floor_titles(language or "en"):
            column.addWidget(QLabel(title, body), *placed)
        window.setCentralWidget(body)
    return window, app, (lambda: True)


def quit_soon(window, app) -> None:
    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, window.close)  # a normal close: settings are saved
    QTimer.singleShot(0, app.quit)


def wait_for(condition, then) -> None:
    """Run ``then`` once ``condition()`` holds, checking at every turn of the event loop."""
    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, then if condition() else (lambda: wait_for(condition, then)))


def main(mode: str, language: str | None) -> None:
    from PySide6.QtCore import QEvent, QObject, QTimer

    marks = {"started": now()}
    window, app, loaded = build(mode, language, marks)
    marks["created"] = now()

    class FirstPaint(QObject):
        """Marks the window's first Paint, then the first one with the lessons loaded.

        It watches the window itself, not the application: a Python filter on the whole
        application makes PySide wrap every object and event Qt delivers, which loads
        nearly every Qt class on the way (about 30 ms) and would be measured as part of
        whichever program it watches. "painted" is the window on screen; "ready" the
        same with the topics and progress drawn (``loaded``): a window that paints before
        that is asked to paint again once it is. "checked" (every lesson checked and
        attached) is marked when it comes; the floor's is its "ready" (it checks nothing).
        """

        def eventFilter(self, obj, event):  # noqa: N802 (Qt's name)
            if event.type() == QEvent.Type.Paint and obj is window and "ready" not in marks:
                marks.setdefault("painted", now())
                if loaded():
                    marks["ready"] = now()
                    if mode != "holdspace":
                        marks["checked"] = marks["ready"]
                    if "checked" in marks:
                        quit_soon(window, app)
                else:
                    wait_for(loaded, window.update)
            return False

    spy = FirstPaint()
    window.installEventFilter(spy)
    window.show()
    marks["shown"] = now()
    QTimer.singleShot(20_000, app.quit)  # never hang the benchmark
    app.exec()
    print(json.dumps({"marks": marks, "hwm_kib": peak_rss_kib()}), flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else None)
