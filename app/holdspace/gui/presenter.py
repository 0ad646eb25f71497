"""Presenter mode (F5): full screen, large type with the marks and buttons grown too,
clicker keys that work wherever the focus is, B to blank the screen, and the
facilitator notes in their own window. Nothing here is saved for the next person.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QFont, QFontMetrics, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from .qtapp import running_app

if TYPE_CHECKING:
    from .notes_window import NotesWindow
    from .window import MainWindow

SCALE = 2.4  # readable from the back of a room on a 1920×1080 projector
NEXT_KEYS = (Qt.Key.Key_PageDown,)  # what presentation clickers send
BACK_KEYS = (Qt.Key.Key_PageUp,)
BLANK_KEYS = (Qt.Key.Key_B, Qt.Key.Key_Period)  # as in slide software


def sized_marks(font: QFont) -> str:
    """Large type, and radio and tick marks and buttons that grow with it.

    A style sheet stops later font changes from reaching the widgets, so the size is
    written into the sheet itself and the sheet is made again when the size changes.
    """
    mark = max(16, round(QFontMetrics(font).height() * 1.1))
    return (
        f"QWidget {{ font-size: {font.pointSizeF():.1f}pt; }}\n"
        f"QRadioButton::indicator, QCheckBox::indicator {{ width: {mark}px; height: {mark}px; }}\n"
        f"QPushButton, QToolButton {{ min-height: {mark}px; padding: {mark // 4}px {mark // 2}px; }}\n"
    )


def _typing_into(widget: QWidget | None) -> bool:
    """Is the focus somewhere the letter B is text the person is typing?"""
    if isinstance(widget, (QLineEdit, QAbstractSpinBox)):
        return True
    return isinstance(widget, (QTextEdit, QPlainTextEdit)) and not widget.isReadOnly()


class Blank(QWidget):
    """A black cover over the projected window; any key or click brings the lesson back."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setAccessibleName(self.tr("Screen blanked; press any key to come back"))
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("background: black;")  # a palette loses to the window's style sheet
        self.hide()

    def mousePressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self.hide()


class Presenter(QObject):
    def __init__(self, window: MainWindow, view_menu: QMenu, notes_action: QAction):
        super().__init__(window)
        self.window = window
        self.notes_action = notes_action
        self.action = window.menu_action(
            view_menu, self.tr("&Presenter mode"), self.toggle, "F5", checkable=True
        )
        self.action.setToolTip(
            self.tr("Full screen with large type; Page Down/Up move on, B blanks the screen (F5)")
        )
        self.active = False
        self.blank = Blank(window)
        self.notes: NotesWindow | None = None
        self._saved: dict = {}

    # --- on and off ----------------------------------------------------------------
    def toggle(self, on: bool) -> None:
        self.enter() if on else self.leave()

    def enter(self) -> None:
        if self.active:
            return
        window, app = self.window, running_app()
        self._saved = {
            "scale": window.text_size.scale,
            "sheet": window.styleSheet(),
            "full": window.isFullScreen(),
            "max": window.isMaximized(),
        }
        self.active = True
        window.text_size.set(max(SCALE, window.text_size.scale))  # not saved: for tonight only
        self._size_everything()
        window.menuBar().hide()  # the room sees the lesson; every shortcut still works
        window.statusBar().hide()
        window.showFullScreen()
        app.installEventFilter(self)
        self.action.setChecked(True)
        if self.notes_action.isChecked() or len(QApplication.screens()) > 1:
            self.show_notes(True)  # a second screen: the notes go there at once

    def _size_everything(self) -> None:
        self.window.setStyleSheet(self._saved["sheet"] + sized_marks(running_app().font()))

    def leave(self) -> None:
        if not self.active:
            return
        window, app = self.window, running_app()
        app.removeEventFilter(self)
        self.active = False
        self.blank.hide()
        window.menuBar().show()
        window.statusBar().show()
        window.setStyleSheet(self._saved["sheet"])
        window.text_size.set(self._saved["scale"])
        if not self._saved["full"]:
            window.showMaximized() if self._saved["max"] else window.showNormal()
        self.action.setChecked(False)

    # --- notes ----------------------------------------------------------------------
    def show_notes(self, on: bool) -> None:
        """Open or close the notes window (never saved: the next person starts without)."""
        self.notes_action.setChecked(on)
        if not on:
            if self.notes is not None:
                self.notes.close()
            return
        if self.notes is None:
            from .notes_window import NotesWindow  # with the safe text browser: on first use

            self.notes = NotesWindow(self.window)
            self.notes.closed.connect(lambda: self.notes_action.setChecked(False))
            self.window.lesson_view.step_shown.connect(self.follow)
        self.notes.place(self.window)
        self.follow()
        self.notes.show()
        self.window.activateWindow()  # the clicker's keys still go to the lesson

    def follow(self) -> None:
        if self.notes is None:
            return
        view = self.window._lesson_view
        showing = view is not None and self.window.stack.currentWidget() is view
        self.notes.follow(view.session if showing else None)

    # --- keys, wherever the focus is ----------------------------------------------------
    def set_blank(self, on: bool) -> None:
        if on:
            self.blank.setGeometry(self.window.rect())
            self.blank.show()
            self.blank.raise_()
        else:
            self.blank.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.ApplicationFontChange and watched is running_app():
            self._size_everything()  # Ctrl+= and Ctrl+- still work while presenting
            return False
        if event.type() == QEvent.Type.Close and watched is self.window:
            self.leave()  # so the window's saved size is tonight's ordinary one, not full screen
            return False
        kind = event.type()
        if (
            kind not in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride)
            or not isinstance(event, QKeyEvent)
            or not isinstance(watched, QWidget)
            or watched.window() not in (self.window, self.notes)
        ):
            return False  # dialogs and pop-ups keep their keys
        if kind == QEvent.Type.ShortcutOverride:
            # Claim clicker keys (and every key while blank) before any shortcut runs, so
            # they arrive here as key presses, once, wherever the focus is.
            if self.blank.isVisible() or event.key() in NEXT_KEYS + BACK_KEYS:
                event.accept()
                return True
            return False
        return self._key(event)

    def _key(self, event: QKeyEvent) -> bool:
        key, plain = (
            event.key(),
            event.modifiers()
            in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier),
        )
        if self.blank.isVisible():
            if key not in (Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_Meta):
                self.set_blank(False)
            return True
        view = self.window._lesson_view
        in_lesson = view is not None and self.window.stack.currentWidget() is view
        if key in NEXT_KEYS + BACK_KEYS and plain:
            if in_lesson:
                view.go_next() if key in NEXT_KEYS else view.go_back()
            return True
        if key in BLANK_KEYS and plain and not _typing_into(QApplication.focusWidget()):
            self.set_blank(True)
            return True
        if key == Qt.Key.Key_Escape and plain:  # as slide software ends a show
            self.leave()
            return True
        return False
