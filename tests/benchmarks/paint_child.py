"""Child process for the cold-start measure: start, show a main window, stop at its first paint.

Run as ``python paint_child.py bare|label|holdspace``. All modes use the same driver so
the only difference between them is what Holdspace adds. ``label`` is the bare window
with one line of text in it: drawing any text at all loads the font system, a cost every
real window pays and an empty window does not. It prints one JSON line with
CLOCK_MONOTONIC stamps (system-wide, so the parent can subtract its own spawn stamp)
and the peak RSS (VmHWM) read by this process just before it exits.
"""

from __future__ import annotations

import json
import sys
import time


def now() -> float:
    """The same clock the parent reads before spawning us."""
    return time.clock_gettime(time.CLOCK_MONOTONIC)


def main(mode: str) -> None:
    marks = {"started": now()}
    if mode in ("bare", "label"):
        from PySide6.QtCore import QEvent, QObject, QTimer
        from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QWidget
        marks["imported"] = now()
        app = QApplication(sys.argv[:1])
        window = QMainWindow()
        if mode == "label":
            window.setCentralWidget(QLabel("Counting with sixteen digits", window))
    else:
        from holdspace.cli.main import parse
        from holdspace.gui.app import create_window
        from PySide6.QtCore import QEvent, QObject, QTimer
        from PySide6.QtWidgets import QApplication, QWidget
        marks["imported"] = now()
        window = create_window(parse([]))
        app = QApplication.instance()
    marks["created"] = now()

    loaded = (lambda: True) if mode in ("bare", "label") else (lambda: window.ready)

    class FirstPaint(QObject):
        """Marks the first Paint in the window, then the first one with the lessons loaded.

        Holdspace shows its window before reading packs, so both moments are reported:
        "painted" (the window is on screen) and "ready" (topics and progress are drawn).
        """

        def eventFilter(self, obj, event):  # noqa: N802 (Qt's name)
            if (event.type() == QEvent.Type.Paint and "ready" not in marks
                    and isinstance(obj, QWidget) and (obj is window or window.isAncestorOf(obj))):
                marks.setdefault("painted", now())
                if loaded():
                    marks["ready"] = now()
                    QTimer.singleShot(0, window.close)   # a normal close: settings are saved
                    QTimer.singleShot(0, app.quit)
            return False

    spy = FirstPaint()
    app.installEventFilter(spy)
    window.show()
    marks["shown"] = now()
    QTimer.singleShot(20_000, app.quit)  # never hang the benchmark
    app.exec()
    from common import peak_rss_kib
    print(json.dumps({"marks": marks, "hwm_kib": peak_rss_kib()}), flush=True)


if __name__ == "__main__":
    main(sys.argv[1])
