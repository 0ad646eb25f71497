"""Copy buttons for the codes a step asks the learner to copy (keyboard users can't select
part of the lesson text; a mouse user gets a one-click copy too)."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from . import style
from .a11y import announce


class CopyRow(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.buttons: list[QPushButton] = []
        # "Copied", in words beside the buttons: the clipboard shows nothing by itself,
        # and a tooltip or a screen reader's announcement is not seen by everyone.
        self.said = QLabel(self)
        style.set_muted(self.said)
        self.hide()

    def show_targets(self, targets: list[tuple[str, str]]) -> None:
        """``(kind, code)`` pairs from ``core.copyable``; none hides the row."""
        while self._layout.count():
            item = self._layout.takeAt(0)
            if item.widget() is not None and item.widget() is not self.said:
                item.widget().hide()  # gone at once, for Alt letters and screen readers too
                item.widget().deleteLater()
        self.buttons = []
        self.said.hide()
        for number, (kind, code) in enumerate(targets, 1):
            what = self.tr("TXID") if kind == "txid" else self.tr("address")
            text = (
                self.tr("C&opy the {what}").format(what=what)
                if len(targets) == 1
                else self.tr("Copy {what} {number} of {total}").format(
                    what=what, number=number, total=len(targets)
                )
            )
            button = QPushButton(text, self)
            button.setAutoDefault(True)  # Enter copies, as Space does
            button.setAccessibleName(text.replace("&", ""))
            button.setAccessibleDescription(code)
            button.clicked.connect(lambda _=False, c=code, b=button: self.copy(c, b))
            self._layout.addWidget(button)
            self.buttons.append(button)
        self._layout.addWidget(self.said)
        self._layout.addStretch(1)
        self.setVisible(bool(targets))
        for button in self.buttons:
            button.show()  # now, so Tab (and the app) can focus it at once

    def copy(self, code: str, button: QPushButton) -> None:
        QGuiApplication.clipboard().setText(code)
        said = self.tr("✓ Copied. Paste it with Ctrl+V.")
        button.setToolTip(said)
        self.said.setText(said)
        self.said.show()
        announce(said, button)
