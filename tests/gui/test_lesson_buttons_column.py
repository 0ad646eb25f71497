"""Back, Hint, Show me, Check and Next sit under the page's reading column, as the header
sits over it: on a 1920×1080 window Back and Next were 1,900 px apart, at the window's
edges, far from the words and the answer (seen on the walk at 1920×1080)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication

SLACK = 24  # layout margins between the column and the row


def left_right(widget, window) -> tuple[int, int]:
    left = widget.mapTo(window, QPoint(0, 0)).x()
    return left, left + widget.width()


@pytest.mark.parametrize("size", [(1920, 1080), (1024, 600)])
def test_the_step_buttons_line_up_with_the_column(make_window, size):
    window = make_window()
    window.resize(*size)
    lesson = window.packs[0].lessons[0]
    step = next(s for s in lesson.steps if s.kind == "choice")
    window.open_lesson(lesson, step.index)
    for _ in range(5):
        QApplication.processEvents()
    view = window.lesson_view
    column_left, column_right = left_right(view.step_page.page, window)
    back_left, _ = left_right(view.back_button, window)
    _, next_right = left_right(view.next_button, window)
    assert abs(back_left - column_left) <= SLACK, (back_left, column_left)
    assert abs(next_right - column_right) <= SLACK, (next_right, column_right)
    header_left, header_right = left_right(view.header, window)
    assert abs(header_left - column_left) <= SLACK and abs(header_right - column_right) <= SLACK
    if size[0] == 1920:  # the column is narrower than the window: the row is too
        assert next_right - back_left < window.width() * 0.6


def test_the_row_follows_the_text_size(make_window):
    window = make_window()
    window.resize(1920, 1080)
    lesson = window.packs[0].lessons[0]
    window.open_lesson(lesson, 1)
    view = window.lesson_view
    for _ in range(5):
        QApplication.processEvents()
    before = view.step_buttons.maximumWidth()
    window.text_size.set(1.5)
    for _ in range(10):
        QApplication.processEvents()
    assert view.step_buttons.maximumWidth() > before
    assert view.step_buttons.maximumWidth() == view.header.maximumWidth()
