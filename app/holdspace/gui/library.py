"""The library: topics and their lessons, each with a gentle mark of where you are.

Marks are words, never scores: "new", "in progress, step 3 of 7", "explored".
A lesson that can't open yet is listed too, with its reasons one click away.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.languages import reads_left_to_right
from ..core.lessons.model import BrokenLesson, Lesson, Pack
from ..core.progress import LessonProgress
from . import icons, safe_text, style
from .a11y import FocusRing, isolate
from .reader_roles import mark_heading
from .translation_aids import stand_in_text

ENTRY_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class Entry:
    """What a library row stands for."""

    lesson: Lesson | None = None
    broken: BrokenLesson | None = None


class _WrappingDelegate(QStyledItemDelegate):
    """Rows as tall as their wrapped text: at 200 % a long title wraps instead of
    ending in "…" (a tree's own word wrap never makes a row taller)."""

    def __init__(self, tree: QTreeWidget):
        super().__init__(tree)
        self._tree = tree
        tree.header().sectionResized.connect(lambda *_: tree.scheduleDelayedItemsLayout())

    def arranged(self, option: QStyleOptionViewItem, index) -> QStyleOptionViewItem:
        """The option a row is drawn with: an English title in an Arabic window keeps its
        "?" at its end, the text on the right."""
        if option.direction == Qt.LayoutDirection.RightToLeft \
                and reads_left_to_right(str(index.data() or "")):
            option = QStyleOptionViewItem(option)
            option.direction = Qt.LayoutDirection.LeftToRight
            option.displayAlignment = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute \
                | Qt.AlignmentFlag.AlignVCenter
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
        room = QRect(0, 0, max(width - 12, 40), 0)
        needed = option.fontMetrics.boundingRect(room, Qt.TextFlag.TextWordWrap, text).height()
        # Not max() with Qt's own hint: it guesses the wrap at another width and left blank
        # space under some long titles; every row is its text's height plus the same margin.
        return QSize(hint.width(), max(needed, option.fontMetrics.height()) + 8)


class LibraryView(QWidget):
    lesson_chosen = Signal(object)    # Lesson

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.heading = QLabel(self.tr("<h2>All lessons</h2>"), self)
        mark_heading(self.heading)
        layout.addWidget(self.heading)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.tree = QTreeWidget(splitter)
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Lesson"), self.tr("Where you are")])
        self.tree.setAccessibleName(self.tr("Lessons by topic"))
        self.tree.setAlternatingRowColors(True)
        self.tree.setWordWrap(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.tree.setItemDelegate(_WrappingDelegate(self.tree))
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
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
        self.open_button.clicked.connect(lambda: self._activated(self.tree.currentItem()))
        row.addWidget(self.open_button)
        layout.addLayout(row)
        self._topic_items: dict[str, QTreeWidgetItem] = {}
        self._mark_icons: dict[str, QIcon] = {}   # one per shape and filling, not per row

    # --- filling --------------------------------------------------------------
    def show_packs(self, packs: list[Pack],
                   progress: dict[tuple[str, str], LessonProgress]) -> None:
        """``progress`` is keyed by (pack key, lesson id): an id is only unique in its pack."""
        current = self._current_key()
        self.tree.clear()
        self._topic_items.clear()
        self._mark_icons.clear()   # drawn again in the scheme of the moment
        for pack_index, pack in enumerate(packs):
            for topic in pack.topics:
                title = topic.title(pack.language, pack.fallback)
                if pack_index:
                    #: In the lesson list: a lesson pack's name, then one of its topic titles.
                    title = self.tr("{pack} — {topic}").format(pack=pack.name, topic=title)
                parent = QTreeWidgetItem(self.tree, [isolate(title), ""])
                parent.setData(0, Qt.ItemDataRole.AccessibleTextRole, title)
                parent.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self._topic_items.setdefault(topic.id, parent)
                for lesson in (x for x in pack.lessons if x.topic == topic.id):
                    self._add_lesson(parent, lesson, progress.get((lesson.pack_key, lesson.id)))
                for broken in (b for b in pack.broken if b.topic == topic.id):
                    self._add_broken(parent, broken)
            self._add_unplaced(pack)
        self.tree.expandAll()
        self._restore(current)

    def _add_lesson(self, parent: QTreeWidgetItem, lesson: Lesson, state: LessonProgress | None) -> None:
        # Isolated, so an English title keeps its "?" at its end in a right-to-left layout.
        note = stand_in_text(lesson)   # "This lesson is in English for now."
        mark = self.mark(lesson, state) + (" · " + self.tr("in English for now") if note else "")
        item = QTreeWidgetItem(parent, [isolate(lesson.title), mark])
        item.setData(0, Qt.ItemDataRole.AccessibleTextRole, lesson.title)
        item.setData(1, Qt.ItemDataRole.AccessibleTextRole, f"{self.mark(lesson, state)}. {note}")
        item.setData(0, ENTRY_ROLE, Entry(lesson=lesson))
        item.setToolTip(0, safe_text.tooltip(lesson.summary))
        item.setIcon(1, self._mark_icon(self._mark_shape(state)))

    def _add_broken(self, parent: QTreeWidgetItem, broken: BrokenLesson) -> None:
        title = broken.title or broken.file.name
        item = QTreeWidgetItem(parent, [title, self.tr("⚠ can't open yet")])
        item.setData(0, ENTRY_ROLE, Entry(broken=broken))

    def _add_unplaced(self, pack: Pack) -> None:
        topic_ids = {t.id for t in pack.topics}
        unplaced = [b for b in pack.broken if b.topic not in topic_ids]
        if not unplaced:
            return
        parent = QTreeWidgetItem(self.tree, [self.tr("{pack}: not placed in a topic yet").format(pack=pack.name), ""])
        for broken in unplaced:
            self._add_broken(parent, broken)

    def mark(self, lesson: Lesson, state: LessonProgress | None) -> str:
        if state is None or state.started_at is None:
            #: A lesson's mark in the lesson list: not opened yet. A plain fact, never a judgement.
            return self.tr("new")
        if state.explored_at:
            return self.tr("✓ explored")
        step = min(state.last_step, len(lesson.steps) - 1) + 1
        return self.tr("in progress, step {number} of {total}").format(number=step, total=len(lesson.steps))

    def _mark_icon(self, shape: str) -> QIcon:
        """The mark's shape beside its words (hollow: new, half: on the way, full: explored).

        Drawn once per shape for a filling: four SVG renders a row made opening the library
        on a 1,000-lesson pack take over a second.
        """
        if shape not in self._mark_icons:
            scheme = style.current_scheme()
            self._mark_icons[shape] = icons.icon(f"marks/{shape}", scheme.text, 16, scheme.on_accent)
        return self._mark_icons[shape]

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
            return
        if entry.lesson is not None:
            self.lesson_chosen.emit(entry.lesson)
        else:
            self.details.setFocus()  # the reasons are already shown there

    def _describe(self, item: QTreeWidgetItem | None) -> None:
        entry = item.data(0, ENTRY_ROLE) if item else None
        self.open_button.setEnabled(bool(entry and entry.lesson))
        if entry is None:
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
        note = f"<p><i>{escape(note)}</i></p>" if note else ""
        self.details.setHtml(f"<h3>{escape(lesson.title)}</h3>{note}<p>{escape(lesson.summary)}</p>"
                             f"{goals}<p>{escape(minutes)} {escape(steps)}</p>")

    def _describe_broken(self, broken: BrokenLesson) -> None:
        lines = [self.tr("This lesson can't open yet. The lesson file needs mending; "
                         "every other lesson works as usual."), ""]
        lines += [self.tr("For whoever wrote it:"), ""] + [str(p) for p in broken.problems]
        self.details.setPlainText("\n".join(lines))

