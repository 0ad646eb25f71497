"""Take screenshots of Holdspace as a person sees it (run under Xvfb for the README).

    xvfb-run -s "-screen 0 1100x760x24" .venv/bin/python scripts/screenshot.py docs/

Uses a throw-away HOLDSPACE_HOME, opens the home view and one lesson step of each
kind, and saves what the screen shows.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("HOLDSPACE_HOME", tempfile.mkdtemp(prefix="holdspace-shot-"))

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from holdspace.cli.main import parse
from holdspace.gui.app import create_window


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#2b2b2b"),
        (QPalette.ColorRole.WindowText, "#e8e6e3"),
        (QPalette.ColorRole.Base, "#1f1f1f"),
        (QPalette.ColorRole.AlternateBase, "#333333"),
        (QPalette.ColorRole.Text, "#e8e6e3"),
        (QPalette.ColorRole.Button, "#3a3a3a"),
        (QPalette.ColorRole.ButtonText, "#e8e6e3"),
        (QPalette.ColorRole.Highlight, "#4a7aa8"),
        (QPalette.ColorRole.HighlightedText, "#ffffff"),
        (QPalette.ColorRole.Mid, "#555555"),
        (QPalette.ColorRole.PlaceholderText, "#9a9a9a"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


def settle(app: QApplication) -> None:
    for _ in range(20):
        app.processEvents()
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


def snap(window, app: QApplication, path: Path) -> None:
    settle(app)
    frame = window.frameGeometry()
    window.screen().grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height()).save(
        str(path)
    )
    print(path)


def main(out: str, *argv: str) -> int:
    """``argv`` may hold --dark, --rtl and --scale=N besides the app's own options."""
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    looks = [a for a in argv if a in ("--dark", "--rtl") or a.startswith("--scale=")]
    window = create_window(parse([a for a in argv if a not in looks]))
    app = QApplication.instance()
    if "--dark" in looks:  # what a system dark theme hands Qt
        app.setStyle("Fusion")
        app.setPalette(dark_palette())
    if "--rtl" in looks:
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    for look in looks:
        if look.startswith("--scale="):
            window.text_size.set(float(look.split("=", 1)[1]))
    window.resize(1000, 700)
    window.move(0, 0)
    window.show()
    while not window.ready:  # lessons load just after the first paint
        app.processEvents()
    lesson = window.packs[0].lessons[0]
    window.open_lesson(lesson)
    window.lesson_view.go_next()
    window.go_home()
    snap(window, app, folder / "screenshot.png")
    for kind in ("read", "choice", "answer"):
        step = next((s for s in lesson.steps if s.kind == kind), None)
        if step is not None:
            window.open_lesson(lesson, step.index)
            if kind != "read":
                window.lesson_view.ask_hint()
            snap(window, app, folder / f"lesson-{kind}.png")
    window.show_library()
    snap(window, app, folder / "library.png")
    _help_shots(window, app, folder)
    window.close()
    return 0


def _help_shots(window, app: QApplication, folder: Path) -> None:
    """The mistake guide, a glossary card over a lesson, and the glossary window."""
    from holdspace.gui.dialogs.glossary import GlossaryDialog

    window.open_guide()
    snap(window, app, folder / "mistake-guide.png")
    lesson = next(x for x in window.packs[0].lessons if "[[" in x.steps[0].body)
    window.open_lesson(lesson, 0)
    term = next(
        t for t in window.packs[0].glossary if f"term:{t.id}" in window.lesson_view.body.toHtml()
    )
    window.lesson_view.show_term(term.id, window.lesson_view.body)
    snap(window, app, folder / "glossary-card.png")
    app.activePopupWidget() and app.activePopupWidget().close()
    dialog = GlossaryDialog(window, window.glossary())
    dialog.show()
    dialog.search.setText("fee")
    snap(dialog, app, folder / "glossary.png")
    dialog.close()


if __name__ == "__main__":
    sys.exit(main(*(sys.argv[1:] or ["/tmp/holdspace-shots"])))
