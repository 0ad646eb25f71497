"""The `checklist` step as a learner meets it: ticks by keyboard and mouse, kept, never scored."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QLabel

from holdspace.core.lessons import open_pack
from holdspace.core.paths import builtin_pack_dir
from holdspace.core.session import Session
from holdspace.gui.steps.checklist import ChecklistWidget
from holdspace.gui.style import Look
from holdspace.gui.theme import contrast

LESSON = "self-custody.backup-checklist"
STEP = "backup-checklist"


def open_checklist(window):
    lesson = window.packs[0].lesson(LESSON)
    window.open_lesson(lesson, next(s.index for s in lesson.steps if s.id == STEP))
    return window.lesson_view


def test_ticking_by_keyboard_and_mouse_is_kept_as_progress(make_window, qtbot):
    window = make_window()
    view = open_checklist(window)
    widget = view.step_widget
    assert isinstance(widget, ChecklistWidget) and widget.isVisible()
    # Nothing to check or reveal: no Check, no Show me.
    assert not view.check_button.isVisible() and not view.show_button.isVisible()
    assert widget.boxes[0].accessibleName() == "My phrase is written by hand, on paper or on metal."
    assert "Not a photo" in widget.boxes[0].accessibleDescription()

    # Keyboard: the first box has focus; Space ticks, Tab moves on.
    assert QApplication.focusWidget() is widget.boxes[0]
    assert widget.texts[0]._focused  # the focus is drawn around the words, too
    qtbot.keyClick(widget.boxes[0], Qt.Key.Key_Space)
    qtbot.keyClick(widget.boxes[0], Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is widget.boxes[1]
    qtbot.keyClick(widget.boxes[1], Qt.Key.Key_Space)
    # Mouse: clicking an item's words ticks its box, as a label would.
    qtbot.mouseClick(widget.texts[2], Qt.MouseButton.LeftButton)
    assert [box.isChecked() for box in widget.boxes[:4]] == [True, True, True, False]
    assert window.store.marks(LESSON, STEP) == {
        "on-paper": "done",
        "checked-words": "done",
        "two-copies": "done",
    }
    # Unticking forgets the mark.
    qtbot.mouseClick(widget.boxes[1], Qt.MouseButton.LeftButton)
    assert not widget.boxes[1].isChecked()
    assert window.store.marks(LESSON, STEP) == {"on-paper": "done", "two-copies": "done"}
    # Enter checks nothing and shows no feedback.
    qtbot.keyClick(widget.boxes[0], Qt.Key.Key_Return)
    assert not view.feedback.isVisible()
    assert window.store.step(LESSON, STEP) is None  # no attempt, no score, ever


def test_ticks_come_back_on_the_next_visit_and_no_count_is_shown(make_window, qtbot):
    window = make_window()
    widget = open_checklist(window).step_widget
    qtbot.mouseClick(widget.texts[-1], Qt.MouseButton.LeftButton)
    window.lesson_view.go_next()
    window.lesson_view.go_back()
    again = window.lesson_view.step_widget
    assert again is not widget
    assert [box.isChecked() for box in again.boxes] == [False] * (len(again.boxes) - 1) + [True]
    assert again.value() == ["someone-knows"]

    words = " ".join(label.text() for label in again.findChildren(QLabel))
    assert "come back to this any time" in words and "never a score" in words
    assert not re.search(r"\d+\s*(/|of)\s*\d+|%|done:", words)  # never "3/8 done"

    reopened = open_checklist(window).step_widget  # a fresh session for the lesson
    assert reopened.boxes[-1].isChecked()


def test_a_bare_widget_without_a_session_still_ticks(qtbot):
    lesson = open_pack(builtin_pack_dir()).lesson(LESSON)
    step = next(s for s in lesson.steps if s.id == STEP)
    widget = ChecklistWidget(step)
    qtbot.addWidget(widget)
    widget.set_value(None)  # the view restores "no answer": ticks stay as they are
    widget.boxes[0].click()
    assert widget.value() == ["on-paper"]
    session = Session(lesson, start_at=step.index)  # a session with no store keeps nothing
    widget.bind_session(session)
    assert widget.value() == []
    assert not widget.checkable and widget.has_input


@pytest.fixture
def in_scheme(qapp):
    """Choose a scheme as View → Colours does; the app's own choice comes back after."""
    chosen: list[str] = []

    def choose(name: str) -> None:
        look = Look.of(qapp)
        chosen.append(look.choice)
        look.set_choice(name)

    yield choose
    if chosen:
        Look.of(qapp).set_choice(chosen[0])


@pytest.mark.parametrize("scheme", ["light", "dark", "high-contrast"])
@pytest.mark.parametrize("where", ["lesson", "guide"])
def test_the_focus_around_an_items_words_can_be_seen(make_window, scheme, where, in_scheme):
    """The ring around a focused item's words stands out 3:1 from what is behind it (it
    was a dotted line in the selection colour, all but invisible on the light and
    high-contrast pages, and on the guide's own tint)."""
    window = make_window()
    in_scheme(scheme)
    if where == "guide":
        window.open_guide()
        view = window.lesson_view
        while not isinstance(view.step_widget, ChecklistWidget):
            view.go_next()
        view.step_widget.focus_target().setFocus()
    else:
        view = open_checklist(window)
    widget = view.step_widget
    words = widget.texts[0]

    def left_edge() -> QColor:
        QApplication.processEvents()
        corner = words.mapTo(window, QPoint(0, 0))
        picture = window.grab(QRect(corner, words.size())).toImage()
        return picture.pixelColor(0, words.height() // 2)

    assert QApplication.focusWidget() is widget.boxes[0]
    ring = left_edge()
    widget.boxes[1].setFocus()
    behind = left_edge()
    assert contrast(ring, behind) >= 3.0, (scheme, where, ring.name(), behind.name())
