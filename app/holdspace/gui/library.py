"""The library: topics and their lessons, each with a gentle mark of where you are.

Marks are words, never scores: "new", "in progress, step 3 of 7", "explored".
A lesson that can't open yet is listed too, with its reasons one click away.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.lessons.model import BrokenLesson, Lesson, Pack
from ..core.progress import LessonProgress
from . import icons, safe_text, style
from .a11y import FocusRing, isolate
from .library_tree import LessonTree, WrappingDelegate
from .reader_roles import mark_heading
from .reading_column import WIDE_EMS, ReadingColumn
from .translation_aids import stand_in_text

ENTRY_ROLE = Qt.ItemDataRole.UserRole
TOPIC_ROLE = Qt.ItemDataRole.UserRole + 1  # a topic row: (title, summary) for the details
SHAPE_ROLE = Qt.ItemDataRole.UserRole + 1  # "new", "progress" or "explored"


@dataclass(frozen=True)
class Entry:
    """What a library row stands for."""

    lesson: Lesson | None = None
    broken: BrokenLesson | None = None


@lru_cache(maxsize=12)
def _mark_icon(shape: str, ink: str, selected: str, side: int) -> QIcon:
    """One icon per mark, scheme and size, however many lessons carry it."""
    return icons.icon(f"marks/{shape}", ink, side, selected)


def _topic_font() -> QFont:
    font = QFont()
    font.setBold(True)  # only the weight is set: the size still follows the view's text size
    return font


class LibraryView(QWidget):
    lesson_chosen = Signal(object)  # Lesson

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        page = ReadingColumn(self, WIDE_EMS)  # centred on a wide screen, the whole window at 200 %
        outer.addWidget(page)
        layout = page.column
        self.heading = QLabel(self.tr("<h2>All lessons</h2>"), self)
        mark_heading(self.heading)
        layout.addWidget(self.heading)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter = splitter
        self.tree = LessonTree(splitter)
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Lesson"), self.tr("Where you are")])
        self.tree.setAccessibleName(self.tr("Lessons by topic"))
        self.tree.setAlternatingRowColors(True)
        self.tree.setWordWrap(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.tree.setItemDelegate(WrappingDelegate(self.tree))
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)  # see _fit_columns
        self.tree.setExpandsOnDoubleClick(False)  # activation folds a topic (_activated)
        self.tree.itemActivated.connect(self._activated)
        self.tree.currentItemChanged.connect(self._describe)
        self.details = QTextBrowser(splitter)
        self.details.setOpenLinks(False)
        self.details.setAccessibleName(self.tr("About this lesson"))
        FocusRing(self.details)  # its style draws no focus of its own
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.open_button = QPushButton(self.tr("&Open lesson"), self)
        self.open_button.setAccessibleName(self.tr("Open lesson"))
        self.open_button.setAutoDefault(
            True
        )  # Enter presses it (outside dialogs Qt's default is Space only)
        self.open_button.clicked.connect(lambda: self._activated(self.tree.currentItem()))
        style.set_primary(self.open_button)
        row.addWidget(self.open_button)
        layout.addLayout(row)
        self._topic_items: dict[str, QTreeWidgetItem] = {}
        self._soft_selection()
        style.follow_scheme(self._recolour_marks)

    # --- filling --------------------------------------------------------------
    def show_packs(
        self, packs: list[Pack], progress: dict[tuple[str, str], LessonProgress]
    ) -> None:
        """``progress`` is keyed by (pack key, lesson id): an id is only unique in its pack."""
        current = self._current_key()
        self.tree.clear()
        self._topic_items.clear()
        for pack_index, pack in enumerate(packs):
            for topic in pack.topics:
                title = topic.title(pack.language, pack.fallback)
                if pack_index:
                    #: In the lesson list: a lesson pack's name, then one of its topic titles.
                    title = self.tr("{pack} — {topic}").format(pack=pack.name, topic=title)
                parent = QTreeWidgetItem(self.tree, [isolate(title), ""])
                parent.setData(0, Qt.ItemDataRole.AccessibleTextRole, title)
                parent.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                parent.setFont(0, _topic_font())  # topics stand out from their lessons
                summary = topic.summary(pack.language, pack.fallback)
                parent.setData(0, TOPIC_ROLE, (title, summary))
                self._topic_items.setdefault(topic.id, parent)
                for lesson in (x for x in pack.lessons if x.topic == topic.id):
                    self._add_lesson(parent, lesson, progress.get((lesson.pack_key, lesson.id)))
                for broken in (b for b in pack.broken if b.topic == topic.id):
                    self._add_broken(parent, broken)
            self._add_unplaced(pack)
        self.tree.expandAll()
        self._restore(current)
        self._fit_columns()

    def _add_lesson(
        self, parent: QTreeWidgetItem, lesson: Lesson, state: LessonProgress | None
    ) -> None:
        # Isolated, so an English title keeps its "?" at its end in a right-to-left layout.
        note = stand_in_text(lesson)  # "This lesson is in English for now."
        # The words without a leading "✓": the mark's picture beside them is the one symbol.
        said = style.without_symbol(self.mark(lesson, state))
        mark = said + (" · " + self.tr("in English for now") if note else "")
        item = QTreeWidgetItem(parent, [isolate(lesson.title), mark])
        item.setData(0, Qt.ItemDataRole.AccessibleTextRole, lesson.title)
        item.setData(1, Qt.ItemDataRole.AccessibleTextRole, f"{said}. {note}")
        item.setData(0, ENTRY_ROLE, Entry(lesson=lesson))
        item.setToolTip(0, safe_text.tooltip(lesson.summary))
        # The mark's shape beside its words (hollow: new, half: on the way, full: explored).
        item.setData(1, SHAPE_ROLE, self._mark_shape(state))
        item.setIcon(1, self._mark_icon(item.data(1, SHAPE_ROLE)))

    def _mark_icon(self, shape: str) -> QIcon:
        scheme = style.current_scheme()
        return _mark_icon(shape, scheme.text, scheme.text, self.tree.iconSize().width())

    def _soft_selection(self) -> None:
        """A picked row in the soft "selected" tint with the usual ink (text on it: 4.5:1),
        not a heavy accent bar; the focus ring stays the accent."""
        scheme = style.current_scheme()
        palette = self.tree.palette()
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            palette.setColor(group, QPalette.ColorRole.Highlight, QColor(scheme.selected))
            palette.setColor(group, QPalette.ColorRole.HighlightedText, QColor(scheme.text))
        self.tree.setPalette(palette)

    def _recolour_marks(self, *_scheme) -> None:
        """The marks in the new scheme's ink (they are pictures: the palette can't reach them)."""
        self._soft_selection()
        for index in range(self.tree.topLevelItemCount()):
            parent = self.tree.topLevelItem(index)
            for child_index in range(parent.childCount()):
                child = parent.child(child_index)
                shape = child.data(1, SHAPE_ROLE)
                if shape:
                    child.setIcon(1, self._mark_icon(shape))

    def _add_broken(self, parent: QTreeWidgetItem, broken: BrokenLesson) -> None:
        title = broken.title or broken.file.name
        item = QTreeWidgetItem(parent, [title, self.tr("⚠ can't open yet")])
        item.setData(0, ENTRY_ROLE, Entry(broken=broken))

    def _add_unplaced(self, pack: Pack) -> None:
        topic_ids = {t.id for t in pack.topics}
        unplaced = [b for b in pack.broken if b.topic not in topic_ids]
        if not unplaced:
            return
        parent = QTreeWidgetItem(
            self.tree, [self.tr("{pack}: not placed in a topic yet").format(pack=pack.name), ""]
        )
        for broken in unplaced:
            self._add_broken(parent, broken)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._fit_columns()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # Ctrl+= while the library is open
            self._fit_columns()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Titles keep most of the room: at 200 % on a small screen the details go below
        the list, and "Where you are" takes at most two fifths of the list (it wraps)."""
        em = self.fontMetrics().height()
        side = round(em * 1.1)
        self.tree.setIndentation(
            max(20, round(em * 1.2))
        )  # room for a chevron as large as the text
        if self.tree.iconSize().width() != side:
            self.tree.setIconSize(QSize(side, side))  # the marks grow with the text
            self._recolour_marks()  # drawn again at that size
        narrow = self.width() < 46 * em
        wanted = Qt.Orientation.Vertical if narrow else Qt.Orientation.Horizontal
        if self.splitter.orientation() != wanted:
            self.splitter.setOrientation(wanted)
        # Stacked, the list comes first and the details are a glance below it.
        self.details.setMaximumHeight(max(3 * em, self.height() // 5) if narrow else 16777215)
        room = self.tree.viewport().width()
        header = self.tree.header()
        words = header.sectionSizeHint(1)  # "Where you are" is never cut short
        marks = self._widest_mark() + 2 * em  # the words, their shape and a margin
        header.resizeSection(1, max(words, min(marks, room // 2 if narrow else room * 2 // 5)))
        QTimer.singleShot(
            0, self.tree.doItemsLayout
        )  # rows measured again at the titles' new width

    def _widest_mark(self) -> int:
        metrics, widest = self.tree.fontMetrics(), 0
        for index in range(self.tree.topLevelItemCount()):
            parent = self.tree.topLevelItem(index)
            for child_index in range(parent.childCount()):
                widest = max(widest, metrics.horizontalAdvance(parent.child(child_index).text(1)))
        return widest

    def mark(self, lesson: Lesson, state: LessonProgress | None) -> str:
        if state is None or state.started_at is None:
            #: A lesson's mark in the lesson list: not opened yet. A plain fact, never a judgement.
            return self.tr("new")
        if state.explored_at:
            return self.tr("✓ explored")
        step = min(state.last_step, len(lesson.steps) - 1) + 1
        return self.tr("in progress, step {number} of {total}").format(
            number=step, total=len(lesson.steps)
        )

    @staticmethod
    def _mark_shape(state: LessonProgress | None) -> str:
        if state is None or state.started_at is None:
            return "new"
        return "explored" if state.explored_at else "progress"

    # --- choosing ---------------------------------------------------------------
    def show_topic(self, topic_id: str) -> None:
        parent = self._topic_items.get(topic_id)
        if parent is not None and parent.childCount():
            self.tree.setCurrentItem(parent.child(0))
        self.tree.setFocus(Qt.FocusReason.TabFocusReason)  # a visible focus frame

    def _current_key(self) -> str | None:
        item = self.tree.currentItem()
        entry = item.data(0, ENTRY_ROLE) if item else None
        return entry.lesson.id if entry and entry.lesson else None

    def _restore(self, lesson_id: str | None) -> None:
        for index in range(self.tree.topLevelItemCount()):
            parent = self.tree.topLevelItem(index)
            for child_index in range(parent.childCount()):
                child = parent.child(child_index)
                entry = child.data(0, ENTRY_ROLE)
                if lesson_id is None or (entry.lesson and entry.lesson.id == lesson_id):
                    self.tree.setCurrentItem(child)
                    return

    def _activated(self, item: QTreeWidgetItem | None) -> None:
        entry = item.data(0, ENTRY_ROLE) if item else None
        if entry is None:
            if item is not None and item.childCount():  # a topic: Enter folds or unfolds it
                item.setExpanded(not item.isExpanded())
            return
        if entry.lesson is not None:
            self.lesson_chosen.emit(entry.lesson)
        else:
            self.details.setFocus()  # the reasons are already shown there

    def _describe(self, item: QTreeWidgetItem | None) -> None:
        entry = item.data(0, ENTRY_ROLE) if item else None
        self.open_button.setEnabled(bool(entry and entry.lesson))
        if entry is None:
            topic = item.data(0, TOPIC_ROLE) if item else None
            if topic:  # what the topic is about, as its card on the home says
                escape = safe_text.escape
                self.details.setHtml(f"<h3>{escape(topic[0])}</h3><p>{escape(topic[1])}</p>")
            else:
                self.details.clear()
        elif entry.lesson is not None:
            self._describe_lesson(entry.lesson)
        else:
            self._describe_broken(entry.broken)

    def _describe_lesson(self, lesson: Lesson) -> None:
        minutes = self.tr("About %n minute(s).", "", lesson.minutes) if lesson.minutes else ""
        steps = self.tr("%n step(s).", "", len(lesson.steps))
        escape = safe_text.escape
        goals = ""
        if lesson.objectives:  # pack text: escaped, so a pack can't smuggle in links or images
            items = "".join(f"<li>{escape(x)}</li>" for x in lesson.objectives)
            heading = self.tr("After this lesson you can:")  # outside the f-string: lupdate sees it
            goals = f"<p><b>{escape(heading)}</b></p><ul>{items}</ul>"
        note = stand_in_text(lesson)
        note = f"<p>{escape(note)}</p>" if note else ""  # no italics: Arabic has none
        self.details.setHtml(
            f"<h3>{escape(lesson.title)}</h3>{note}<p>{escape(lesson.summary)}</p>"
            f"{goals}<p>{escape(minutes)} {escape(steps)}</p>"
        )

    def _describe_broken(self, broken: BrokenLesson) -> None:
        lines = [
            self.tr(
                "This lesson can't open yet. The lesson file needs mending; "
                "every other lesson works as usual."
            ),
            "",
        ]
        lines += [self.tr("For whoever wrote it:"), ""] + [str(p) for p in broken.problems]
        self.details.setPlainText("\n".join(lines))
