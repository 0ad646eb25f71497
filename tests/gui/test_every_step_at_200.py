"""Every step of every shipped lesson at 200 % text in the app's starting window size:
nothing needs sideways scrolling, and every interactive control stays reachable by Tab."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget


def _tab_reachable(widget: QWidget) -> bool:
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)


def test_every_step_fits_the_width_at_double_text_size(make_window, qtbot):
    window = make_window()
    window.resize(960, 680)
    window.text_size.set(2.0)
    view = window.lesson_view
    too_wide = []
    for lesson in window.packs[0].lessons:
        for step in lesson.steps:
            window.open_lesson(lesson, step.index)
            QApplication.processEvents()
            QApplication.processEvents()
            room = view.scroll.viewport().width()
            used = view.scroll.widget().width()
            if used > room + 1:
                too_wide.append(f"{lesson.id}/{step.id}: {used} > {room}")
            widget = view.step_widget
            if widget.has_input and widget.isVisible():
                assert widget.focus_target() is None or _tab_reachable(widget.focus_target()), (
                    f"{lesson.id}/{step.id}"
                )
    assert too_wide == []
