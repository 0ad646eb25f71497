"""A large button with a bold title and a wrapped description below it.

QCommandLinkButton would fit, but it pins its fonts at 9 pt, so it ignores the
learner's text size. This one follows the application font and grows in height
as the text wraps (200 % text, long translations, right-to-left).
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from .safe_text import escape as _escape
from .theme import focus_colour


class CardButton(QPushButton):
    def __init__(self, title: str = "", description: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        self._title = QLabel(self)
        self._description = QLabel(self)
        for label in (self._title, self._description):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            layout.addWidget(label)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.set_texts(title, description)

    def set_texts(self, title: str, description: str) -> None:
        self._title.setText(f"<b>{_escape(title)}</b>")
        self._description.setText(_escape(description))
        self._description.setVisible(bool(description))
        self.setAccessibleName(title)
        self.setAccessibleDescription(description)
        self.updateGeometry()

    def title(self) -> str:
        return self.accessibleName()

    def description(self) -> str:
        return self.accessibleDescription()

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        # Enter opens a card, as Space does (outside dialogs Qt's buttons ignore Enter).
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.isAutoRepeat():
            self.click()
            return
        super().keyPressEvent(event)

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().paintEvent(event)
        if self.hasFocus():  # the style's own focus frame hides under the labels
            painter = QPainter(self)
            pen = QPen(focus_colour(self.palette()), 3)
            painter.setPen(pen)
            painter.drawRoundedRect(self.rect().adjusted(2, 2, -2, -2), 4, 4)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt's name)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt's name)
        return self.layout().totalHeightForWidth(width)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return self.layout().totalSizeHint()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return self.layout().totalMinimumSize()
