"""No two things on one screen answer the same Alt letter (English), and Enter presses a
focused help-bar button: walked on the home screen, the library, every step of every
shipped lesson and the end page, with the menu bar's titles counted too. The About box,
the progress dialogs (export, forget) and the error dialog are checked in every language."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QFileDialog,
    QGroupBox,
    QLabel,
    QMessageBox,
    QTabBar,
    QToolButton,
    QWidget,
)

from holdspace.core.errors import StoreError
from holdspace.core.languages import LANGUAGES
from holdspace.gui.dialogs.about import AboutDialog
from holdspace.gui.dialogs.progress import export_progress, forget_progress
from holdspace.gui.errors import show_error


def mnemonic(text: str) -> str:
    return QKeySequence.mnemonic(text).toString()


def visible_mnemonics(window) -> Counter:
    found: Counter = Counter()
    for action in window.menuBar().actions():
        if action.isVisible() and mnemonic(action.text()):
            found[mnemonic(action.text())] += 1
    return found + widget_mnemonics(window.centralWidget())


def widget_mnemonics(root: QWidget) -> Counter:
    """The Alt letters of the shown buttons, buddied labels, group boxes and tabs in ``root``."""
    found: Counter = Counter()
    for widget in root.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QTabBar):
            found.update(
                mnemonic(widget.tabText(i))
                for i in range(widget.count())
                if widget.isTabVisible(i) and mnemonic(widget.tabText(i))
            )
            continue
        if (isinstance(widget, QAbstractButton) and not isinstance(widget, QToolButton)) or (
            isinstance(widget, QLabel) and widget.buddy() is not None
        ):
            text = widget.text()
        elif isinstance(widget, QGroupBox):
            text = widget.title()
        else:
            continue
        if mnemonic(text):
            found[mnemonic(text)] += 1
    return found


def clashes(window, where: str) -> list[str]:
    QApplication.processEvents()
    return [
        f"{where}: {key} × {count}" for key, count in visible_mnemonics(window).items() if count > 1
    ]


def test_no_screen_shares_an_alt_letter(make_window):
    window = make_window()
    found = clashes(window, "home")
    window.show_library()
    found += clashes(window, "library")
    steps = 0
    for lesson in window.packs[0].lessons:
        for step in lesson.steps:
            window.open_lesson(lesson, step.index)
            found += clashes(window, f"{lesson.id}/{step.id}")
            steps += 1
        window.lesson_view.go_next()  # past the last step: the end page
        found += clashes(window, f"{lesson.id}/end")
    assert steps > 100
    assert found == []


def test_finish_answers_alt_n_like_next(make_window):
    window = make_window()
    lesson = window.packs[0].lessons[0]
    window.open_lesson(lesson, len(lesson.steps) - 1)
    view = window.lesson_view
    assert view.next_button.text().replace("&", "") == "Finish"
    # The button that was Next (Alt+N) keeps its letter; Alt+F stays with the File menu.
    assert mnemonic(view.next_button.text()) == "Alt+N"
    assert [
        action.text() for action in window.menuBar().actions() if mnemonic(action.text()) == "Alt+F"
    ] == ["&File"]


def test_enter_presses_a_focused_help_bar_button(make_window, qtbot):
    window = make_window()
    bar = window.findChild(QWidget, "help-bar")
    guide_button = bar.widgetForAction(window.mistake_action)
    guide_button.setFocus(Qt.FocusReason.TabFocusReason)
    assert window.lesson_view.session is None
    qtbot.keyClick(guide_button, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: (
            window.lesson_view.session is not None
            and window.lesson_view.session.lesson.id == "self-custody.made-a-mistake"
        )
    )


def dialog_clashes(dialog: QWidget, where: str) -> list[str]:
    QApplication.processEvents()
    return [
        f"{where}: {key} × {count}" for key, count in widget_mnemonics(dialog).items() if count > 1
    ]


def answer_boxes(found: list[str], where: str) -> QTimer:
    """Check each message box as it comes up modal, then press its accepting button (or,
    for a question, its cancelling one: nothing is forgotten)."""
    seen: list[QWidget] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or box in seen:
            return
        seen.append(box)
        found.extend(dialog_clashes(box, f"{where}/{box.windowTitle()}"))
        roles = {box.buttonRole(b): b for b in box.buttons()}
        button = (
            roles.get(QMessageBox.ButtonRole.AcceptRole) or roles[QMessageBox.ButtonRole.RejectRole]
        )
        button.click()

    timer = QTimer()
    timer.timeout.connect(answer)
    timer.start(20)
    timer.seen = seen
    return timer


def test_dialogs_share_no_alt_letter_in_any_language(make_window, monkeypatch, tmp_path):
    window = make_window()
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *args, **kw: (str(tmp_path / "p.json"), "")
    )
    found: list[str] = []
    boxes = 0
    for code in LANGUAGES:
        next(
            a for a in window.findChildren(type(window.menuBar().actions()[0])) if a.data() == code
        ).trigger()
        QApplication.processEvents()
        about = AboutDialog(window, str(tmp_path))
        about.show()
        assert about.tabs.count() >= 3
        found += dialog_clashes(about, f"{code}/about")
        about.close()
        timer = answer_boxes(found, code)
        assert export_progress(window, window.store) == tmp_path / "p.json"  # asked, then saved
        assert forget_progress(window, window.store) is False  # asked, kept
        show_error(window, StoreError("the progress file is locked"))  # with details
        timer.stop()
        assert len(timer.seen) == 4
        boxes += len(timer.seen) + 1
    assert boxes == 5 * len(LANGUAGES)
    assert found == []
