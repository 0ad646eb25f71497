"""The seed-phrase tripwire: a recovery phrase typed or pasted anywhere is cleared at once.

No real service needs a recovery phrase, and Holdspace never does. When any text
input receives 12 or more words from the BIP-39 list (checksum-valid or not, any
case or spacing) that are not the app's own marked practice phrase, the text is
cleared together with its undo history, nothing is stored or logged, and a calm
card says what to do next.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QLineEdit, QMessageBox, QPlainTextEdit, QWidget

from ..core import seed

Exempt = Callable[[list[str]], bool]
Editable = QLineEdit | QPlainTextEdit


class Tripwire(QObject):
    tripped = Signal()

    def __init__(self, parent: QWidget, exempt: Exempt | None = None):
        super().__init__(parent)
        self._exempt = exempt or (lambda words: False)

    def watch_all(self, root: QWidget) -> None:
        """Watch every text input inside ``root`` (and ``root`` itself if it is one)."""
        inputs = [w for w in root.findChildren(QWidget) if isinstance(w, (QLineEdit, QPlainTextEdit))]
        if isinstance(root, (QLineEdit, QPlainTextEdit)):
            inputs.append(root)
        for widget in inputs:
            self.watch(widget)

    def watch(self, widget: Editable) -> None:
        if widget.property("holdspace_tripwire"):
            return
        widget.setProperty("holdspace_tripwire", True)
        widget.textChanged.connect(lambda *_: self._inspect(widget))

    def _inspect(self, widget: Editable) -> None:
        text = widget.text() if isinstance(widget, QLineEdit) else widget.toPlainText()
        if len(text) < 24 or not seed.looks_like_recovery_phrase(text):
            return
        if self._exempt(seed.phrase_words(text)):
            return
        # setText/setPlainText also wipe the undo history, so Ctrl+Z can't bring it back.
        if isinstance(widget, QLineEdit):
            widget.setText("")
        else:
            widget.setPlainText("")
        self.tripped.emit()


def show_card(parent: QWidget) -> None:
    """The calm card: what happened, and what to do in the next ten minutes."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    title = QCoreApplication.translate("Tripwire", "We cleared that for you")
    box.setWindowTitle(title)
    box.setAccessibleName(title)
    box.setText(QCoreApplication.translate("Tripwire", 
        "<p>That looked like a <b>recovery phrase</b>, so Holdspace cleared it straight away. "
        "It was not saved anywhere.</p>"
        "<p>No real service needs your recovery phrase. Holdspace never does, and no support "
        "person, exchange or app should ever ask for it.</p>"))
    box.setInformativeText(QCoreApplication.translate("Tripwire", 
        "<p>If you typed your real phrase into a website, a form or a chat somewhere else:</p>"
        "<ol><li>Stop, and don't type it anywhere again.</li>"
        "<li>On a device you trust, make a new wallet with a new phrase.</li>"
        "<li>Move your coins to it as soon as you can.</li>"
        "<li>Ignore anyone who offers to \"recover\" funds for a fee.</li></ol>"))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.exec()
