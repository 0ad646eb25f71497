"""The top of a lesson: where you are (words and step marks), what comes next, the title.

"Step 3 of 8" stays in words (screen readers and tests read it); the step marks beside
it show the same at a glance (done, here, ahead), never right or wrong. A quiet line says
what the next step is like, so nothing comes as a surprise. In the mistake guide the
guide's own picture stands beside the title, so a worried learner knows where they are.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from . import icons, safe_text, style
from .a11y import reading_edge
from .i18n import align_with_interface
from .reader_roles import mark_heading
from .step_marks import StepMarks

GUIDE_ICON = "topics/guide"


class LessonHeader(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._guide = False
        self._on_step = False
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        # "Step 3 of 8" on its own line above the title: never run into it, in any direction.
        # Both labels are read as what they show (no fixed accessible names).
        where = QHBoxLayout()
        self.position = QLabel(self)
        self.position.setAccessibleDescription(self.tr("Where you are in the lesson"))
        self.position.setAlignment(reading_edge(self))
        self.marks = StepMarks(self)
        self.coming = QLabel(self)  # "Coming next: something to try"
        self.coming.setWordWrap(True)
        style.set_muted(self.coming)  # a quiet aside, in the muted ink (4.5:1)
        where.addWidget(self.position)
        where.addWidget(self.marks, 1)
        column.addLayout(where)
        heading = QHBoxLayout()
        self.picture = QLabel(self)  # the guide's own picture; nothing in a lesson
        self.picture.setAccessibleName(self.tr("The mistake guide"))
        self.picture.hide()
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.RichText)  # <h2> follows the text size
        self.title.setAccessibleDescription(self.tr("Lesson title"))
        mark_heading(self.title)
        align_with_interface(self.title)  # an English title on the right in Arabic, like the rest
        heading.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignVCenter)
        heading.addWidget(self.title, 1)
        column.addLayout(heading)
        column.addWidget(self.coming)  # read after the title: where you are, what, then what next
        style.follow_scheme(self._paint_picture)  # its ink follows light, dark, high contrast

    def show_lesson(self, title: str, *, guide: bool) -> None:
        self._guide = guide
        self.title.setText(f"<h2>{safe_text.escape(title)}</h2>")  # the scale's "heading"
        self.title.setAccessibleDescription(title)
        self.title.show()
        self.picture.setVisible(guide)
        self._paint_picture()

    def show_step(self, index: int, total: int, seen: set[int], next_asks: bool | None) -> None:
        """``next_asks``: whether the next step asks something (None: this is the last step)."""
        self.position.setText(
            self.tr("Step {number} of {total}").format(number=index + 1, total=total)
        )
        self.marks.show_position(index, total, seen)
        self.marks.show()
        self.title.show()  # back from the end page ("Go through it again")
        self.position.show()
        self.picture.setVisible(self._guide)
        if next_asks is None:
            coming = self.tr("This is the last step.")
        elif next_asks:
            coming = self.tr("Coming next: something to try.")
        else:
            coming = self.tr("Coming next: something to read.")
        self.coming.setText(coming)
        self._on_step = True
        self._fit_coming()

    def _fit_coming(self) -> None:
        """ "Coming next" is a gentle extra: not in the mistake guide (a worried person needs
        the first lines, not a preview), and not when large text on a short window needs
        every line for the step itself."""
        em = self.fontMetrics().height()
        roomy = self.window().height() >= 30 * em
        self.coming.setVisible(self._on_step and not self._guide and roomy)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self.window().installEventFilter(self)  # once per window: Qt keeps one entry

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Resize and watched is self.window():
            self._fit_coming()
        return False

    def show_done(self) -> None:
        self._on_step = False
        #: Shown where the step counter was, once the learner has gone through the lesson.
        self.position.setText(self.tr("Explored"))
        self.marks.hide()
        self.coming.hide()
        # The end page's own heading says it all ("You explored …"): neither the title nor
        # "Explored" is said twice. Screen readers hear the page's heading.
        self.title.hide()
        self.picture.hide()
        self.position.hide()

    def _paint_picture(self, *_scheme) -> None:
        if self._guide:
            side = self.fontMetrics().height() * 2
            self.picture.setPixmap(
                icons.pixmap(
                    GUIDE_ICON, style.current_scheme().guide_fg, side, self.devicePixelRatioF()
                )
            )

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        kind = event.type()
        if kind == QEvent.Type.LayoutDirectionChange:  # "Step 2 of 9" above the title
            self.position.setAlignment(reading_edge(self))
        if kind == QEvent.Type.FontChange:  # its size follows the text
            self._paint_picture()
            self._fit_coming()
