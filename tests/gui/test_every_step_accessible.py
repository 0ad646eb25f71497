"""Every step of every shipped lesson (the mistake guide too), driven through the real
widgets: named controls, labels read as they show, the question presented on arrival,
answered and checked by keyboard alone, feedback announced, and all of it inside a
1024×600 screen at 100 % and 200 % text."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QAccessible, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QTextEdit,
    QWidget,
)

from holdspace.core.copyable import copy_targets
from holdspace.core.lessons import STEP_KINDS
from holdspace.gui.feedback_panel import plain_text
from holdspace.gui.screen_fit import fit_to_screen

SMALL_SCREEN = QRect(0, 0, 1024, 600)
ANIMATED_CLICK_MS = 250
INTERACTIVE = (QAbstractButton, QLineEdit, QTextEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox)


def every_step(window):
    for lesson in window.packs[0].lessons:
        for step in lesson.steps:
            yield lesson, step


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)
    if modifier == Qt.KeyboardModifier.AltModifier and key not in (
        Qt.Key.Key_Left,
        Qt.Key.Key_Right,
    ):
        qtbot.wait(ANIMATED_CLICK_MS)  # a mnemonic "animates" the click, which lands 100 ms later


def name_of(widget: QWidget) -> str:
    return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name).strip()


def words(text: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", text.casefold()).split())


def shown(widget: QWidget) -> list[QWidget]:
    return [w for w in widget.findChildren(QWidget) if w.isVisible()]


@pytest.fixture
def window(make_window):
    return make_window()


def test_the_lessons_include_every_step_kind_and_the_guide(window):
    kinds = {step.kind for _, step in every_step(window)}
    assert {
        "read",
        "choice",
        "answer",
        "paste_check",
        "hex_playground",
        "explorer",
        "pnl",
        "seed_practice",
        "checklist",
        "withdrawal",
    } <= kinds
    assert window._guide() in window.packs[0].lessons


def test_every_control_is_named_and_every_label_reads_what_it_shows(window, qtbot):
    view = window.lesson_view
    unnamed, hidden = [], []
    for lesson, step in every_step(window):
        window.open_lesson(lesson, step.index)
        QApplication.processEvents()
        where = f"{lesson.id}/{step.id}"
        for widget in shown(view):
            if (
                isinstance(widget, INTERACTIVE)
                and widget.isEnabled()
                and widget.focusPolicy() != Qt.FocusPolicy.NoFocus
                and not name_of(widget)
            ):
                unnamed.append(f"{where}: {type(widget).__name__}")
            if isinstance(widget, QLabel) and widget.text().strip() and not widget.buddy():
                visible = words(
                    plain_text(widget.text())
                    if widget.textFormat() != Qt.TextFormat.PlainText
                    else widget.text()
                )
                if "<table" in widget.text() and len(name_of(widget)) > len(visible) // 2:
                    continue  # a table is read as sentences (pnl's trades), not cell by cell
                if visible and visible[:60] not in words(name_of(widget)):
                    hidden.append(f"{where}: {name_of(widget)!r} hides {visible[:40]!r}")
    assert unnamed == []
    assert hidden == [], "\n".join(hidden)


def test_arriving_at_a_step_presents_its_question(window, announcements):
    view = window.lesson_view
    for lesson, step in every_step(window):
        announcements.clear()
        window.open_lesson(lesson, step.index)
        focused = QApplication.focusWidget()
        assert focused is not None and view.isAncestorOf(focused), (lesson.id, step.id)
        presented = words(name_of(focused) + " " + focused.accessibleDescription())
        spoken = words(" ".join(announcements))
        assert f"step {step.index + 1} of {len(lesson.steps)}" in spoken
        if step.prompt:
            question = words(plain_text(step.prompt))[:50]
            assert question in spoken, (lesson.id, step.id)
            if view.step_widget.checkable and step.kind != "explorer":
                assert question in presented, (lesson.id, step.id, presented)
        else:  # a page to read: its text is spoken and carried by the focused control
            opening = words(plain_text(view.body.toHtml()))[:40]
            assert opening in spoken and opening in presented, (lesson.id, step.id)


def _tab_cycle(qtbot, start: QWidget) -> list[QWidget]:
    start.setFocus(Qt.FocusReason.TabFocusReason)
    seen = [start]
    for _ in range(160):
        press(qtbot, Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        if now is seen[-1]:
            continue  # Tab moved between links inside the same text
        if now is start:
            return seen
        seen.append(now)
    raise AssertionError("Tab never came back")


def test_tab_reaches_every_control_in_page_order(window, qtbot):
    """From the lesson text, Tab visits the step's own controls, then the feedback and the
    step buttons; it never leaves for the help bar in the middle of a step."""
    view = window.lesson_view
    help_bar = window.findChild(QWidget, "help-bar")
    for lesson, step in every_step(window):
        window.open_lesson(lesson, step.index)
        cycle = _tab_cycle(qtbot, view.body)
        where = (lesson.id, step.id)
        controls = [
            w
            for w in shown(view.step_widget)
            if isinstance(w, INTERACTIVE)
            and w.isEnabled()
            and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        ]
        lone_radios = [w for w in controls if isinstance(w, QRadioButton) and not w.isChecked()]
        for control in controls:  # a radio group is one stop; arrows move inside it
            assert control in cycle or control in lone_radios, (where, name_of(control))
        inside = [i for i, w in enumerate(cycle) if view.step_widget.isAncestorOf(w)]
        if inside:
            between = cycle[inside[0] : inside[-1] + 1]
            assert not any(help_bar.isAncestorOf(w) for w in between), where
            assert cycle.index(view.next_button) > inside[-1], where
        assert all(b in cycle for b in view.copy_row.buttons), where


def tab_to(qtbot, target: QWidget) -> None:
    for _ in range(80):
        if QApplication.focusWidget() is target:
            return
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {name_of(target)}")


def _answer_by_keyboard(qtbot, view, step) -> None:
    """Put the right answer in by keys, as a learner would (no widget calls)."""
    reveal = STEP_KINDS[step.kind].checker.reveal(step)
    widget = view.step_widget
    if step.kind == "choice":
        right = {i for i, c in enumerate(step.spec.choices) if c.correct}
        buttons, order = widget.buttons, widget.order
        assert QApplication.focusWidget() is buttons[0]
        if isinstance(buttons[0], QRadioButton):
            target = order.index(next(iter(right)))
            press(qtbot, Qt.Key.Key_Space)
            for _ in range(target):
                press(qtbot, Qt.Key.Key_Down)
        else:
            for index in order:  # Space ticks, the arrow moves to the next box
                if index in right:
                    press(qtbot, Qt.Key.Key_Space)
                press(qtbot, Qt.Key.Key_Down)
    elif step.kind == "paste_check" and step.spec.mode == "lookalike":
        press(qtbot, Qt.Key.Key_Space)
        for _ in range(reveal["index"]):
            press(qtbot, Qt.Key.Key_Down)
    elif step.kind == "explorer" and step.spec.task == "click":
        tab_to(qtbot, widget.lines[step.spec.field])
        press(qtbot, Qt.Key.Key_Space)
        return  # a click task checks itself
    elif step.kind == "hex_playground":
        box = widget.decimal_edit if reveal["box"] == "decimal" else widget.hex_edit
        tab_to(qtbot, box)
        press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(box, str(reveal["answer"]))
    elif step.kind == "withdrawal":
        form = reveal["form"]
        assert QApplication.focusWidget() is widget.network
        while widget.network.currentData() != form["network"]:  # arrows move through the list
            press(qtbot, Qt.Key.Key_Down)
        for box, text in (
            (widget.address, form["address"]),
            (widget.memo, form["memo"]),
            (widget.amount, form["amount"]),
        ):
            if box.isVisible():
                tab_to(qtbot, box)
                press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
                qtbot.keyClicks(box, text)
    elif step.kind in ("seed_practice",):
        press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)  # "Show me" fills it in
    else:
        box = QApplication.focusWidget()
        assert isinstance(box, QLineEdit), (step.id, type(box).__name__)
        press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(box, str(reveal["answer"]))
    press(qtbot, Qt.Key.Key_Return)


def test_every_checkable_step_is_answered_and_checked_by_keyboard_and_announced(
    window, qtbot, announcements
):
    view = window.lesson_view
    checked = 0
    for lesson, step in every_step(window):
        window.open_lesson(lesson, step.index)
        if not view.step_widget.checkable:
            continue
        where = (lesson.id, step.id)
        if step.kind == "explorer" and step.spec.task == "find":
            network = STEP_KINDS[step.kind].checker.reveal(step)["network"]
            view.step_widget._switch(
                network, research=False
            )  # the network row is tested on its own
            view.step_widget.search_edit.setFocus()
        announcements.clear()
        _answer_by_keyboard(qtbot, view, step)
        assert view.session.state.solved or view.session.state.shown, where
        assert view.feedback.isVisible(), where
        said = words(" ".join(announcements))
        assert words(plain_text(view.feedback.text()))[:60] in said, where
        focused = QApplication.focusWidget()
        assert focused is view.feedback or view.scroller.in_view(focused), where
        checked += 1
    assert checked > 100


def test_hint_and_show_me_are_announced_and_left_on_the_focused_control(
    window, qtbot, announcements
):
    lesson = window.packs[0].lessons[0]
    step = next(s for s in lesson.steps if s.kind == "answer" and s.hints)
    window.open_lesson(lesson, step.index)
    announcements.clear()
    press(qtbot, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)
    assert words(step.hints[0])[:30] in words(announcements[-1])
    box = QApplication.focusWidget()
    assert words(step.hints[0])[:30] in words(box.accessibleDescription())
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    assert "the answer" in words(announcements[-1])
    window.lesson_view.go_next()  # a new step: the old feedback leaves the description
    assert words(step.hints[0])[:30] not in words(
        window.lesson_view.next_button.accessibleDescription()
    )


@pytest.mark.parametrize("scale", [1.0, 2.0])
def test_every_step_fits_a_1024_by_600_screen(window, scale):
    """Back, Hint, Show me, Check and Next stay on a 1024×600 screen at 100 % and 200 %."""
    window.text_size.set(scale)
    view = window.lesson_view
    too_tall = []
    for lesson, step in every_step(window):
        window.open_lesson(lesson, step.index)
        fit_to_screen(window, SMALL_SCREEN)
        QApplication.processEvents()
        if window.minimumSizeHint().height() > SMALL_SCREEN.height() or window.height() > 600:
            too_tall.append(f"{lesson.id}/{step.id}")
            continue
        for button in (view.back_button, view.check_button, view.next_button):
            bottom = button.mapTo(window, button.rect().bottomLeft()).y()
            assert bottom <= window.height(), (lesson.id, step.id)
    assert too_tall == []
    view._show_done()
    fit_to_screen(window, SMALL_SCREEN)
    assert window.minimumSizeHint().height() <= 600


def test_copy_buttons_appear_where_a_lesson_asks_to_copy(window, qtbot):
    view = window.lesson_view
    offered = []
    for lesson, step in every_step(window):
        targets = copy_targets(step)
        if not targets:
            continue
        window.open_lesson(lesson, step.index)
        button = view.copy_row.buttons[0]
        button.setFocus()
        assert not view.copy_row.said.isVisible()
        press(qtbot, Qt.Key.Key_Space)
        assert QGuiApplication.clipboard().text() == targets[0][1]
        # Said in words on screen too, not only in a tooltip or to a screen reader.
        assert view.copy_row.said.isVisible() and "Ctrl+V" in view.copy_row.said.text()
        offered.append(step.id)
    assert len(offered) >= 3  # pasting safely, the genesis search, the other network
