"""Walk the real window over a hostile pack, in its own process (see hostile_pack.walk).

Usage: python drive_window.py PACK — prints WALKED and exits 0 when all went well.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))


def main(pack: str) -> int:
    from hostile_pack import walk
    from PySide6.QtWidgets import QApplication

    from holdspace.cli.main import parse
    from holdspace.gui import app as gui_app

    told = []
    gui_app.show_problem = lambda parent, title, message, details="", **kw: told.append(title)
    window = gui_app.create_window(parse(["--guest", "--pack", pack]))
    window.show()
    qt = QApplication.instance()
    deadline = time.monotonic() + 60
    while not window.lessons_checked and time.monotonic() < deadline:
        qt.processEvents()
    if not window.lessons_checked:
        print("NOT READY", flush=True)
        return 3

    def pump() -> None:
        for _ in range(3):
            qt.processEvents()
        for widget in qt.allWidgets():  # lay out rich text: that is when pictures load
            if widget.isVisible():
                widget.sizeHint()

    walk(window, pump, lambda where: print("at", where, flush=True))
    print("WALKED", len(window.packs), told, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
