"""Step marks say where you are, in shapes and in words, and never count right or wrong."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPalette

from holdspace.gui.lesson_header import LessonHeader
from holdspace.gui.step_marks import StepMarks


def _render(widget) -> QImage:
    image = QImage(widget.size(), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    widget.render(image)
    return image


def _accent_columns(image: QImage, accent: QColor) -> list[int]:
    return [
        x
        for x in range(image.width())
        for y in range(image.height())
        if QColor(image.pixel(x, y)) == accent
    ]


def test_the_marks_say_the_position_in_words(qtbot):
    marks = StepMarks()
    qtbot.addWidget(marks)
    marks.show_position(2, 7, {0, 1})
    assert marks.accessibleName() == "Step 3 of 7"
    assert "2" in marks.accessibleDescription()
    for word in ("right", "wrong", "score", "correct"):
        assert word not in marks.accessibleDescription().lower()


def test_here_is_drawn_where_you_are_and_mirrors_in_right_to_left(qtbot):
    marks = StepMarks()
    qtbot.addWidget(marks)
    accent = QColor("#8f4e1c")
    palette = marks.palette()
    palette.setColor(QPalette.ColorRole.Highlight, accent)
    marks.setPalette(palette)
    marks.show_position(0, 5, set())
    marks.resize(marks.sizeHint())
    left = _accent_columns(_render(marks), accent)
    assert left and max(left) < marks.width() / 3
    marks.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    right = _accent_columns(_render(marks), accent)
    assert right and min(right) > marks.width() * 2 / 3


def test_the_marks_grow_with_the_text(qtbot):
    marks = StepMarks()
    qtbot.addWidget(marks)
    marks.show_position(0, 6, set())
    small = marks.sizeHint().height()
    font = marks.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    marks.setFont(font)
    assert marks.sizeHint().height() > small * 1.6


def test_in_right_to_left_the_marks_start_beside_the_words(make_window):
    """A wide row in Arabic: the first mark sits by "Step 1 of 8" (at the right), not across the page."""
    window = make_window("--language", "ar")
    window.resize(1024, 600)
    lesson = window.packs[0].lessons[0]
    window.open_lesson(lesson, 0)
    header = window.lesson_view.findChild(LessonHeader)
    marks = header.marks
    assert marks.width() > marks.sizeHint().width() * 1.5  # room to stray, as on a real window
    accent = marks.palette().color(QPalette.ColorRole.Highlight)
    here = _accent_columns(_render(marks), accent)
    words_edge = header.position.mapTo(header, header.position.rect().topLeft()).x()
    marks_right = marks.mapTo(header, marks.rect().topLeft()).x() + max(here)
    assert 0 < words_edge - marks_right < 3 * marks.fontMetrics().height()
