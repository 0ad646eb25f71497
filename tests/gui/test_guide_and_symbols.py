"""The mistake guide looks like help; each feedback state starts with its own symbol."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from holdspace.gui import style
from holdspace.gui.feedback_panel import _symbol
from holdspace.gui.style import Look


def test_the_guide_has_its_own_backdrop_and_picture_and_a_lesson_does_not(make_window):
    window = make_window()
    window.open_guide()
    view = window.lesson_view
    scheme = style.current_scheme()
    corner = view.grab().toImage().pixelColor(view.width() // 2, view.height() // 2 + 40)
    header = view.header
    assert header.picture.isVisible() and not header.picture.pixmap().isNull()
    assert header.picture.accessibleName() == "The mistake guide"
    window.open_lesson(window.packs[0].lessons[0], 0)
    plain = view.grab().toImage().pixelColor(view.width() // 2, view.height() // 2 + 40)
    assert not header.picture.isVisible()
    assert corner == QColor(scheme.guide_bg) and plain != QColor(scheme.guide_bg)


def test_each_feedback_state_has_a_symbol_of_its_own():
    pictures = [_symbol(state, "#000000", 24, 1.0).toImage() for state in style.FEEDBACK_STATES]
    assert all(not p.isNull() for p in pictures)
    assert len({bytes(p.constBits()) for p in pictures}) == len(style.FEEDBACK_STATES)


def test_the_symbol_stands_at_the_reading_edge(make_window):
    window = make_window()
    lesson = window.packs[0].lessons[0]
    step = next(s for s in lesson.steps if s.kind == "answer")
    window.open_lesson(lesson, step.index)
    view = window.lesson_view
    view.step_widget.set_value("b")
    view.check()
    card = view.feedback
    assert card.isVisible() and card.contentsMargins().left() > card.contentsMargins().right()
    assert card.state == "notyet" and "Not yet" in card.text()
    assert not {"↻", "◇"} & set(card.text())  # one symbol (painted), none like a radio button
    card.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    assert card.contentsMargins().right() > card.contentsMargins().left()


def test_back_and_next_arrows_are_inked_for_every_scheme(make_window, qapp):
    window = make_window()
    window.open_lesson(window.packs[0].lessons[0], 1)
    view = window.lesson_view
    look = Look.of(qapp)
    assert look is not None
    look.set_choice("high-contrast")  # stock arrows were black on black here
    try:
        image = view.next_button.icon().pixmap(16, 16).toImage()
        inks = {
            image.pixelColor(x, y).name()
            for x in range(16)
            for y in range(16)
            if image.pixelColor(x, y).alpha() > 200
        }
        assert inks == {"#ffffff"}
    finally:
        look.set_choice("light")
