"""The calm look in the running app: schemes chosen and remembered, feedback shaped by what
it says, and our own topic pictures on home."""

from __future__ import annotations

from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication

from holdspace.core.feedback import Code, Feedback
from holdspace.gui import colours, style
from holdspace.gui import settings as keys
from holdspace.gui.feedback_panel import FeedbackPanel, state_of


def _menu_action(window, text):
    for menu in window.menuBar().findChildren(type(window.menuBar().addMenu("x"))):
        for action in menu.actions():
            if action.text().replace("&", "") == text:
                return action
    raise AssertionError(f"no menu item {text!r}")


def test_high_contrast_is_a_choice_that_is_applied_and_remembered(make_window):
    window = make_window()
    _menu_action(window, "High contrast").trigger()
    app = QApplication.instance()
    assert app.palette().color(QPalette.ColorRole.Window).name() == colours.HIGH_CONTRAST.window
    assert window.settings.value(keys.COLOURS) == "high-contrast"
    _menu_action(window, "Light").trigger()
    assert app.palette().color(QPalette.ColorRole.Window).name() == colours.LIGHT.window


def test_each_feedback_state_has_its_own_look(qtbot):
    panel = FeedbackPanel()
    qtbot.addWidget(panel)
    panel.resize(300, 80)
    tints = {}
    for state in style.FEEDBACK_STATES:
        panel.set_state(state)
        image = QImage(panel.size(), QImage.Format.Format_ARGB32)
        panel.render(image)
        tints[state] = QColor(image.pixel(150, 40)).name()
        ink = panel.palette().color(QPalette.ColorRole.WindowText).name()
        assert ink == getattr(style.current_scheme(), f"{state}_fg")
    assert len(set(tints.values())) == 4
    assert len({style.EDGES[s] for s in ("ok", "notyet", "hint")}) == 3  # shapes, not colour


def test_feedback_is_sorted_into_states_by_what_it_says():
    assert state_of(Feedback(Code.GOT_IT)) == "ok"
    assert state_of(Feedback(Code.NOT_YET)) == "notyet"
    assert state_of(Feedback(Code.HINT)) == "hint"
    assert state_of(Feedback(Code.SHOWN)) == "answer"


def test_built_in_topics_carry_our_own_pictures(make_window, qtbot):
    window = make_window()
    qtbot.waitUntil(lambda: window.ready)
    buttons = window.home.topic_buttons
    assert set(buttons) >= {"hexadecimal", "explorers", "pnl", "self-custody"}
    for button in buttons.values():
        assert not button._picture.pixmap().isNull()


def test_choice_marks_grow_with_the_text_and_words_still_follow(make_window):
    from PySide6.QtWidgets import QStyle, QStyleOptionButton

    def mark_width(button):
        option = QStyleOptionButton()
        option.initFrom(button)
        element = QStyle.SubElement.SE_RadioButtonIndicator
        return button.style().subElementRect(element, option, button).width()

    window = make_window()
    lesson = window.find_lesson("hex.counting-in-sixteen")
    window.open_lesson(lesson, next(s.index for s in lesson.steps if s.kind == "choice"))
    widget = window.lesson_view.step_widget
    small = mark_width(widget.buttons[0])
    window.text_size.set(2.0)
    QApplication.processEvents()
    assert mark_width(widget.buttons[0]) >= small * 1.6
    words = widget._texts[widget.order[0]]
    assert words.font().pointSizeF() >= QApplication.instance().font().pointSizeF() - 0.01
    window.text_size.reset()
    assert QApplication.instance().styleSheet() == ""  # nothing app-wide
