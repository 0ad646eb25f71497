"""A checklist the learner ticks: one tick box per item, kept as progress, never a score.

There is nothing to check, so the Check and Show me buttons stay away (the kind has
no checker). Ticks are saved as the learner makes them, through the session the lesson
view hands over with ``bind_session(session)``: ``session.set_mark(item_id, "done")``
when ticked, ``None`` when unticked, and ``session.marks()`` brings them back on the
next visit. No count of ticks is ever shown.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ...core.lessons.model import Step
from ...core.practice.checklist import DONE, ChecklistItem, ChecklistSpec
from ...core.session import Session
from ..i18n import align_with_interface
from ..theme import focus_colour, grow_marks
from .base import StepWidget
from .text import plain

RING = 2  # the focus ring's width, as gui.a11y.FocusRing draws it


class _ItemText(QLabel):
    """The item's words beside its box; clicking them ticks the box, as a label would.

    A QCheckBox can't wrap its own text, and these sentences must wrap at large sizes.
    """

    def __init__(self, text: str, box: QCheckBox, parent: QWidget | None = None):
        super().__init__(text, parent)
        self.box = box
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setContentsMargins(
            RING + 1, RING, RING + 1, RING
        )  # room for the focus ring: nothing moves
        align_with_interface(self)  # beside its box in right-to-left too
        self._focused = False

    def show_focus(self, shown: bool) -> None:
        """The tick box is small, so its focus is drawn around its words too."""
        self._focused = shown
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        super().paintEvent(event)
        if self._focused:  # a style sheet here would stop the text size from reaching us
            # The same solid ring as every other control (3:1, WCAG 2.4.13): a dotted
            # line in the selection colour all but vanished on the light and high-contrast pages.
            painter = QPainter(self)
            painter.setPen(QPen(focus_colour(self.palette()), RING))
            half = RING // 2
            painter.drawRect(self.rect().adjusted(half, half, -half - 1, -half - 1))
            painter.end()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self.box.click()
            self.box.setFocus(Qt.FocusReason.MouseFocusReason)
        super().mouseReleaseEvent(event)


class ChecklistWidget(StepWidget):
    def __init__(self, step: Step, parent: QWidget | None = None):
        super().__init__(step, parent)
        spec: ChecklistSpec = step.spec
        self._session: Any = None
        self.boxes: list[QCheckBox] = []
        self.texts: list[_ItemText] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(self.fontMetrics().height() // 2)  # room between items
        for item in spec.items:
            layout.addLayout(self._row(item))
        self._size_boxes()
        self.gentle = QLabel(
            self.tr(
                "You can come back to this any time. Ticks stay on this computer "
                "to help you remember; they are never a score."
            ),
            self,
        )
        self.gentle.setWordWrap(True)
        self.gentle.setAccessibleName(self.gentle.text())
        layout.addSpacing(self.fontMetrics().height() // 2)
        layout.addWidget(self.gentle)

    def _row(self, item: ChecklistItem) -> QHBoxLayout:
        row = QHBoxLayout()
        box = QCheckBox(self)
        box.setAccessibleName(plain(item.text))
        box.setAccessibleDescription(plain(item.detail))
        box.setProperty("item_id", item.id)
        box.toggled.connect(lambda ticked, key=item.id: self._remember(key, ticked))
        box.installEventFilter(self)
        words = QVBoxLayout()
        words.setSpacing(0)
        text = _ItemText(plain(item.text), box, self)
        words.addWidget(text)
        if item.detail:
            words.addWidget(_ItemText(plain(item.detail), box, self))
        row.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(words, 1)
        self.boxes.append(box)
        self.texts.append(text)
        return row

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched in self.boxes and event.type() in (QEvent.Type.FocusIn, QEvent.Type.FocusOut):
            self.texts[self.boxes.index(watched)].show_focus(event.type() == QEvent.Type.FocusIn)
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.FontChange:
            self._size_boxes()
        super().changeEvent(event)

    def _size_boxes(self) -> None:
        """Tick boxes grow with the text size (the style's own box stays tiny at 200 %)."""
        grow_marks(self.boxes, self)

    # --- the learner's ticks ------------------------------------------------------
    def bind_session(self, session: Session | None) -> None:
        """Keep ticks in the session's progress marks, and bring back earlier ones."""
        self._session = session
        marks = session.marks() if session is not None else {}
        self._show_ticks({key for key, value in marks.items() if value == DONE})

    def _remember(self, item_id: str, ticked: bool) -> None:
        if self._session is not None:
            self._session.set_mark(item_id, DONE if ticked else None)

    def _show_ticks(self, ticked: set[str]) -> None:
        for box in self.boxes:
            box.blockSignals(True)  # restoring is not the learner ticking: nothing to save
            box.setChecked(box.property("item_id") in ticked)
            box.blockSignals(False)

    def value(self) -> list[str]:
        return [box.property("item_id") for box in self.boxes if box.isChecked()]

    def set_value(self, value: Any) -> None:
        # The view restores the last *answer* (None here); the ticks come from the marks.
        if isinstance(value, list):
            self._show_ticks(set(value))

    def focus_target(self) -> QWidget | None:
        return self.boxes[0] if self.boxes else None
