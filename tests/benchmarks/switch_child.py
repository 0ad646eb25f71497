"""Child process for measure 3: switch between two lessons in a shown window, offscreen.

Run as ``python switch_child.py SWITCHES``. Each switch is ``window.open_lesson(x)`` plus
``QApplication.processEvents()``, so layout, deferred deletes and the repaint are billed
too; paint events are counted to prove the repaint happened inside the timed span.
Prints one JSON line of per-switch milliseconds.
"""

from __future__ import annotations

import json
import sys
import time

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget

from holdspace.cli.main import parse
from holdspace.gui.app import create_window


class PaintCounter(QObject):
    """Counts Paint events delivered to the window or anything inside it."""

    def __init__(self, window: QWidget):
        super().__init__()
        self.window = window
        self.count = 0

    def eventFilter(self, obj, event):  # noqa: N802 (Qt's name)
        if (
            event.type() == QEvent.Type.Paint
            and isinstance(obj, QWidget)
            and (obj is self.window or self.window.isAncestorOf(obj))
        ):
            self.count += 1
        return False


def pick_two(window) -> list:
    """Two shipped lessons from different topics, so each switch really changes the page."""
    lessons = window.all_lessons()
    first = lessons[0]
    other = next((x for x in lessons if x.topic != first.topic), lessons[-1])
    return [first, other]


def main(switches: int) -> None:
    window = create_window(parse([]))
    app = QApplication.instance()
    window.show()
    while not window.lessons_checked:  # lessons load just after the first paint
        app.processEvents()
    pair = pick_two(window)
    counter = PaintCounter(window)
    app.installEventFilter(counter)
    for index in range(6):  # warm-up: first-use costs aren't "switching"
        window.open_lesson(pair[index % 2])
        app.processEvents()
    total, open_only, paints = [], [], []
    for index in range(switches):
        lesson = pair[index % 2]
        counter.count = 0
        start = time.perf_counter()
        window.open_lesson(lesson)
        opened = time.perf_counter()
        app.processEvents()
        end = time.perf_counter()
        total.append((end - start) * 1000)
        open_only.append((opened - start) * 1000)
        paints.append(counter.count)
    print(
        json.dumps(
            {
                "total_ms": total,
                "open_ms": open_only,
                "paints": paints,
                "lessons": [x.id for x in pair],
            }
        ),
        flush=True,
    )
    window.close()


if __name__ == "__main__":
    main(int(sys.argv[1]))
