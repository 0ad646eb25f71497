"""The seed-phrase tripwire: a recovery phrase typed or pasted anywhere is cleared at once.

No real service needs a recovery phrase, and Holdspace never does. One filter on the
whole application watches every text input of every window and dialog (lesson boxes,
the glossary search, file dialogs, spin boxes' editors): when one receives 12 or more
words from the BIP-39 list (checksum-valid or not, any case or spacing) that are not
the app's own marked practice phrase, the text is cleared together with its undo
history, the clipboard is emptied if it holds the phrase, nothing is stored or logged,
and a calm card says what to do next.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QTextDocumentFragment
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from ..core import seed
from .a11y import announce
from .screen_fit import fit_to_screen

Editable = QLineEdit | QTextEdit | QPlainTextEdit
_WATCHED = "holdspace_tripwire"
# Events that come before any text can arrive: the first show, focus, a drag over it.
_WAKE = (QEvent.Type.Polish, QEvent.Type.Show, QEvent.Type.FocusIn, QEvent.Type.DragEnter)


def text_of(widget: Editable) -> str:
    return widget.text() if isinstance(widget, QLineEdit) else widget.toPlainText()


def forget_on_clipboard(secret: str) -> bool:
    """Empty the clipboard if it holds ``secret`` (or any part of it); True if it did."""
    clipboard = QGuiApplication.clipboard()
    held = " ".join(clipboard.text().split())
    secret = " ".join(secret.split())
    if (
        not held
        or not secret
        or (held not in secret and secret not in held and not seed.looks_like_recovery_phrase(held))
    ):
        return False
    clipboard.clear()
    return True


def _is_practice_phrase(widget: QWidget, words: list[str]) -> bool:
    """The app's own marked practice phrase may be typed back where it is practised."""
    from .steps.base import StepWidget  # the step widgets load with the first lesson, not at start

    holder = widget
    while holder is not None:
        if isinstance(holder, StepWidget):
            practice = holder.practice_phrase_words()
            return bool(practice) and [w.lower() for w in practice] == words
        holder = holder.parentWidget()
    return False


class Tripwire(QObject):
    """Installed once on the application; ``tripped`` carries the window to calm."""

    tripped = Signal(QWidget, bool)  # the input's window, whether the clipboard was emptied

    def __init__(self, app: QApplication):
        super().__init__(app)
        self.armed = False
        self.tripped.connect(lambda window, cleared: show_card(window, cleared))

    def arm(self) -> None:
        """Watch from now on every text input as it appears, and every one already there.

        The watch is a filter on the whole application, and PySide then wraps every
        object and event Qt delivers: while the first window is built, that loads nearly
        every Qt class (about 20 ms). The app arms it just after its first paint, when no
        text input has been shown yet (a lesson view arms it at once when it is made).
        """
        if self.armed:
            return
        self.armed = True
        app = QApplication.instance()
        app.installEventFilter(self)
        for widget in _inputs_now():  # text that arrived before we looked
            self.watch(widget)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() in _WAKE and isinstance(watched, (QLineEdit, QTextEdit, QPlainTextEdit)):
            self.watch(watched)
        return False

    def watch(self, widget: Editable) -> None:
        if widget.property(_WATCHED):
            return
        widget.setProperty(_WATCHED, True)
        widget.textChanged.connect(lambda *_: self._inspect(widget))
        if text_of(widget):  # text that arrived before we looked
            self._inspect(widget)

    def _inspect(self, widget: Editable) -> None:
        text = text_of(widget)
        if len(text) < 24 or not seed.looks_like_recovery_phrase(text):
            return
        if _is_practice_phrase(widget, seed.phrase_words(text)):
            return
        # setText/setPlainText also wipe the undo history, so Ctrl+Z can't bring it back.
        if isinstance(widget, QLineEdit):
            widget.setText("")
        else:
            widget.setPlainText("")
        cleared = forget_on_clipboard(text)
        self.tripped.emit(widget.window(), cleared)


def _inputs_now() -> list[Editable]:
    """Every text input of every window now (found by type: nothing else is wrapped)."""
    found: list[Editable] = []
    for top in QApplication.topLevelWidgets():
        if isinstance(top, Editable):
            found.append(top)
        found += top.findChildren(QLineEdit)
        found += top.findChildren(QTextEdit)
        found += top.findChildren(QPlainTextEdit)
    return found


def install(app: QApplication, *, armed: bool = True) -> Tripwire:
    """The application's one tripwire; ``armed``: watching every text input from now on
    (else the caller arms it before any text input is shown, see ``Tripwire.arm``)."""
    existing = app.findChild(Tripwire)
    wire = existing if existing is not None else Tripwire(app)
    if armed:
        wire.arm()
    return wire


def show_card(parent: QWidget, clipboard_cleared: bool = False) -> None:
    """The calm card: what happened, and what to do in the next ten minutes.

    A dialog whose words scroll, so OK stays on a 1024×600 screen even at 200 % text."""
    title = QCoreApplication.translate("Tripwire", "We cleared that for you")
    said = QCoreApplication.translate(
        "Tripwire",
        "<p>That looked like a <b>recovery phrase</b>, so Holdspace cleared it straight "
        "away. It was not saved anywhere.</p>",
    )
    if clipboard_cleared:
        said += QCoreApplication.translate(
            "Tripwire",
            "<p>Holdspace emptied the clipboard too, so it can't be pasted anywhere by "
            "accident. Copying any ordinary word afterwards is a good habit.</p>",
        )
    said += QCoreApplication.translate(
        "Tripwire",
        "<p>No real service needs your recovery phrase. Holdspace never does, and no "
        "support person, exchange or app should ever ask for it.</p>",
    )
    said += QCoreApplication.translate(
        "Tripwire",
        "<p>If you typed your real phrase into a website, a form or a chat somewhere else:</p>"
        "<ol><li>Stop, and don't type it anywhere again.</li>"
        "<li>On a device you trust, make a new wallet with a new phrase.</li>"
        "<li>Move your coins to it as soon as you can.</li>"
        '<li>Ignore anyone who offers to "recover" funds for a fee.</li></ol>',
    )
    card = QDialog(parent)
    card.setWindowTitle(title)
    card.setAccessibleName(title)
    words = QLabel(said, card)
    words.setWordWrap(True)
    words.setTextFormat(Qt.TextFormat.RichText)
    scroll = QScrollArea(card)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setWidget(words)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, card)
    buttons.accepted.connect(card.accept)
    layout = QVBoxLayout(card)
    layout.addWidget(scroll, 1)
    layout.addWidget(buttons)
    width = card.fontMetrics().averageCharWidth() * 60
    card.resize(width, words.heightForWidth(width) + buttons.sizeHint().height() + 40)
    fit_to_screen(card, (parent or card).screen().availableGeometry())
    buttons.button(QDialogButtonBox.StandardButton.Ok).setFocus()
    spoken = QTextDocumentFragment.fromHtml(said).toPlainText()
    QTimer.singleShot(0, card, lambda: announce(spoken, card, assertive=True))
    card.exec()
