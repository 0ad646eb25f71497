"""GUI fixtures: a real main window, offscreen, with notices captured instead of shown."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from holdspace.cli.main import parse
from holdspace.gui import app as gui_app


@pytest.fixture
def notices(monkeypatch):
    """Calm start-up messages the app would show in a dialog, captured for assertions."""
    seen: list[tuple[str, str, str]] = []
    monkeypatch.setattr(
        gui_app,
        "show_problem",
        lambda parent, title, message, details="", **kw: seen.append((title, message, details)),
    )
    return seen


@pytest.fixture
def make_window(qtbot, qapp, notices):
    made = []

    def make(*argv: str):
        window = gui_app.create_window(parse(list(argv)))
        qtbot.addWidget(window)
        window.show()
        window.activateWindow()  # as on a desktop: the new window has the keyboard
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        # The home is drawn with its topics; every lesson is checked right after its paint.
        qtbot.waitUntil(lambda: window.lessons_checked)
        made.append(window)
        return window

    base_font = qapp.font()
    yield make
    for window in made:
        window.close()
        window.store.close()
    qapp.setFont(base_font)


@pytest.fixture
def announcements(monkeypatch):
    """Every screen-reader announcement the app sends, as (message, event) pairs.

    The real ``QAccessibleAnnouncementEvent`` is recorded on its way to Qt's
    ``QAccessible.updateAccessibility`` (which still receives it)."""
    from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

    from holdspace.gui import a11y

    said: list[str] = []

    class Recording:
        AnnouncementPoliteness = QAccessible.AnnouncementPoliteness

        @staticmethod
        def updateAccessibility(event):  # noqa: N802 (Qt's name)
            assert isinstance(event, QAccessibleAnnouncementEvent)
            said.append(event.message())
            QAccessible.updateAccessibility(event)

    monkeypatch.setattr(a11y, "QAccessible", Recording)
    return said
