"""The practice explorer's building blocks: plain-text labels, notice cards, line buttons.

Kept apart from :mod:`.explorer`, which arranges them into a page. Each is small and
keyboard-first (Enter on a focused button is pressed by the step, see
:class:`..base.StepWidget`), and a page line is one button read
as "name: value".
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QFont, QKeyEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..i18n import ltr
from ..reader_roles import mark_pick_line
from ..theme import boundary_colour

translate = QCoreApplication.translate  # the name lupdate looks for

ZWSP = "\u200b"  # lets a 64-character hash wrap at 200 % text without changing how it reads


def plain_label(text: str, parent: QWidget, *, bold: bool = False) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)  # page data is never markup, never a link
    if bold:
        font = QFont(label.font())
        font.setBold(True)
        label.setFont(font)
    return label


class NoticeCard(QFrame):
    """A calm card around a notice, so PRACTICE and MADE-UP stand out by shape and words.

    Painted, not a style sheet (a style sheet would stop the learner's text size from
    reaching the label), with rounded corners and an edge at 3:1 like the other cards: a
    plain frame's edge is drawn in the text colour, stark white in the dark scheme."""

    def __init__(self, label: QLabel, parent: QWidget):
        super().__init__(parent)
        box = QVBoxLayout(self)
        box.addWidget(label)

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(self.palette().color(QPalette.ColorRole.AlternateBase))
        painter.setPen(QPen(boundary_colour(self.palette()), 2))
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 8, 8)
        painter.end()


def card(label: QLabel, parent: QWidget) -> QFrame:
    return NoticeCard(label, parent)


def edit_row(text: str, edit: QLineEdit, name: str, *extra: QWidget) -> QHBoxLayout:
    """A label (its & letter jumps to the box), a text box, and any buttons after it."""
    row, label = QHBoxLayout(), plain_label(text, edit.parentWidget())
    label.setWordWrap(False)
    label.setBuddy(edit)
    edit.setAccessibleName(name)
    row.addWidget(label)
    row.addWidget(edit, 1)
    for widget in extra:
        row.addWidget(widget)
    return row


def breakable(text: str) -> str:
    """Long unbroken strings (hashes, addresses) get invisible break points every 8 characters."""
    return " ".join(
        ZWSP.join(word[i : i + 8] for i in range(0, len(word), 8)) if len(word) > 16 else word
        for word in text.split(" ")
    )


class LineButton(QPushButton):
    """One line of the page: a name and a value that wraps, pressed as a whole."""

    def __init__(self, key: str, name: str, value: str, parent: QWidget):
        super().__init__(parent)
        self.key, self.name, self.value_text = key, name, value
        self.setCheckable(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 3, 8, 3)
        self._name = plain_label(name, self, bold=True)
        self._value = plain_label(breakable(value), self)
        for part in (self._name, self._value):
            part.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        row.addWidget(self._name, 2)
        row.addWidget(self._value, 5)
        self.setAccessibleName(f"{name}: {value}")
        mark_pick_line(self)  # read as a radio button, not a "check box"
        self.toggled.connect(self._mark)

    def _mark(self, picked: bool) -> None:
        # Picked is said in words and a symbol, not only by the pressed look.
        self._name.setText(
            self.tr("▶ {line} (picked)").format(line=self.name) if picked else self.name
        )

    def sizeHint(self):  # noqa: N802 (Qt's name) - the labels decide, not the empty button text
        return self.layout().sizeHint()

    def minimumSizeHint(self):  # noqa: N802
        return self.layout().minimumSize()


class EnterEdit(QLineEdit):
    """Enter acts once (search, or check) and is not passed on to run Check a second time."""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()


def open_button(txid: str, parent: QWidget) -> QPushButton:
    """A button for one transaction an address search found, short to see, whole to hear."""
    button = QPushButton(
        translate("ExplorerWidget", "Open transaction {start}…{end}").format(
            start=ltr(txid[:10]), end=ltr(txid[-6:])
        ),
        parent,
    )
    button.setAccessibleName(
        translate("ExplorerWidget", "Open transaction {txid}").format(txid=txid)
    )
    return button
