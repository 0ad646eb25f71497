"""Child process: open the library ("All lessons") with a large extra pack loaded, offscreen.

Run as ``python library_child.py PACK ROUNDS``. The window starts with the built-in pack
plus PACK; once the lessons are loaded, each round goes home, then times
``window.show_library()`` plus ``processEvents()`` (layout and the repaint included).
The first opening builds the library view; later ones refresh it. Prints one JSON line.
"""

from __future__ import annotations

import json
import sys
import time

from PySide6.QtWidgets import QApplication

from holdspace.cli.main import parse
from holdspace.gui.app import create_window


def main(pack: str, rounds: int) -> None:
    window = create_window(parse(["--pack", pack]))
    app = QApplication.instance()
    window.show()
    while not window.lessons_checked:  # lessons load just after the first paint
        app.processEvents()
    times = []
    for _ in range(rounds + 1):
        window.go_home()
        app.processEvents()
        start = time.perf_counter()
        window.show_library()
        app.processEvents()
        times.append((time.perf_counter() - start) * 1000)
    print(
        json.dumps(
            {"first_ms": times[0], "again_ms": times[1:], "lessons": len(window.all_lessons())}
        ),
        flush=True,
    )
    window.close()


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
