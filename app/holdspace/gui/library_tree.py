"""The library's list of lessons: rows as tall as their wrapped titles, and a type-ahead
that finds a lesson by the start of its title."""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItemIterator,
    QWidget,
)

from ..core.languages import reads_left_to_right


class WrappingDelegate(QStyledItemDelegate):
    """Rows as tall as their wrapped text: at 200 % a long title wraps instead of
    ending in "…" (a tree's own word wrap never makes a row taller)."""

    def __init__(self, tree: QTreeWidget):
        super().__init__(tree)
        self._tree = tree
        tree.header().sectionResized.connect(lambda *_: tree.scheduleDelayedItemsLayout())

    def arranged(self, option: QStyleOptionViewItem, index) -> QStyleOptionViewItem:
        """The option a row is drawn with: an English title in an Arabic window keeps its
        "?" at its end, the text on the right."""
        if option.direction == Qt.LayoutDirection.RightToLeft and reads_left_to_right(
            str(index.data() or "")
        ):
            option = QStyleOptionViewItem(option)
            option.direction = Qt.LayoutDirection.LeftToRight
            option.displayAlignment = (
                Qt.AlignmentFlag.AlignRight
                | Qt.AlignmentFlag.AlignAbsolute
                | Qt.AlignmentFlag.AlignVCenter
            )
        return option

    def paint(self, painter, option, index) -> None:
        # Not an initStyleOption override: with PySide6 6.12 on Python 3.11 each call of the
        # base initStyleOption from Python drops a reference to None, and opening a library
        # of a thousand rows crashed the app. Qt's own initStyleOption keeps both fields.
        super().paint(painter, self.arranged(option, index), index)

    def sizeHint(self, option, index):  # noqa: N802 (Qt's name)
        hint = super().sizeHint(option, index)
        width = self._tree.header().sectionSize(index.column())
        if index.column() == 0:
            width -= self._tree.indentation() * (1 + (index.parent().isValid()))
        text = str(index.data() or "")
        # The style's own text margin on each side (Qt's item delegate adds one pixel).
        margin = (
            self._tree.style().pixelMetric(
                QStyle.PixelMetric.PM_FocusFrameHMargin, None, self._tree
            )
            + 1
        )
        room = QRect(0, 0, max(width - 2 * margin, 40), 0)
        needed = option.fontMetrics.boundingRect(room, Qt.TextFlag.TextWordWrap, text).height()
        # Not max() with Qt's own hint: it guesses the wrap at another width and left blank
        # space under some long titles; every row is its text's height plus the same margin.
        room = max(8, option.fontMetrics.height() // 2)  # rows that breathe, at any text size
        return QSize(hint.width(), max(needed, option.fontMetrics.height()) + room)


_ISOLATES = "\u2066\u2067\u2068\u2069"


class LessonTree(QTreeWidget):
    """A tree whose type-ahead finds a lesson by the start of its title.

    Row titles sit between Unicode isolates (so an English title keeps its "?" at its end in
    a right-to-left layout); Qt's own type-ahead compares the typed letters with the isolate
    mark and never matches, so the search is done here on the words themselves."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self._typed = ""
        self._clock = QElapsedTimer()

    def keyboardSearch(self, search: str) -> None:  # noqa: N802 (Qt's name)
        if not search:
            self._typed = ""
            return
        if (
            not self._clock.isValid()
            or self._clock.elapsed() > QApplication.keyboardInputInterval()
        ):
            self._typed = ""
        self._clock.restart()
        self._typed += search
        rows, iterator = [], QTreeWidgetItemIterator(self)
        while iterator.value() is not None:
            rows.append(iterator.value())
            iterator += 1
        current = self.currentItem()
        start = rows.index(current) if current in rows else 0
        start += 1 if len(self._typed) == 1 else 0  # a new letter moves on; more letters refine
        needle = self._typed.casefold()
        for item in rows[start:] + rows[:start]:
            if item.text(0).strip(_ISOLATES).casefold().startswith(needle):
                self.setCurrentItem(item)
                return
