"""The home fits a 1024×600 window (shots finding 14) and a hovered card never looks chosen
(finding 17): what a learner sees without scrolling, and what marks the card they picked."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QScrollArea

from holdspace.gui import style
from holdspace.gui.cards import CardButton


def _settle():
    for _ in range(5):
        QApplication.processEvents()


def _home_with_resume(make_window, *argv: str):
    window = make_window(*argv)
    style.Look.of(QApplication.instance()).set_choice("light")
    lesson = window.packs[0].lessons[0]
    window.open_lesson(lesson, 2)
    window.lesson_view.go_next()  # progress on disk: home offers to pick up from there
    window.go_home()
    window.resize(1024, 600)
    _settle()
    assert window.home.resume_button.isVisible()
    return window


def _all_in_view(home) -> bool:
    scroll = home.findChild(QScrollArea)
    viewport = scroll.viewport()
    shown = (
        home.welcome,
        home.resume_button,
        home.topics_label,
        *home.topic_buttons.values(),
        home.library_button,
        home.privacy,
    )
    return scroll.verticalScrollBar().maximum() == 0 and all(
        w.mapTo(viewport, QPoint(0, w.height())).y() <= viewport.height()
        for w in shown
        if w.isVisible()
    )


def test_home_with_the_resume_card_fits_1024_by_600(make_window):
    window = _home_with_resume(make_window)
    assert _all_in_view(window.home)


def test_arabic_home_fits_1024_by_600_with_and_without_the_resume_card(make_window):
    window = _home_with_resume(make_window, "--language", "ar")
    assert _all_in_view(window.home)
    window.home.set_resume(None)
    _settle()
    assert _all_in_view(window.home)


def _gap_above_topics(home) -> int:
    return home.topics_label.y() - (home.resume_button.y() + home.resume_button.height())


def test_the_gaps_shrink_only_when_the_window_is_short(make_window):
    window = _home_with_resume(make_window)
    home = window.home
    short = _gap_above_topics(home)
    window.resize(1920, 1080)
    _settle()
    roomy = _gap_above_topics(home)
    em = home.fontMetrics().height()
    assert roomy >= em  # about a line between the sections on a big screen
    assert 0 < short <= roomy
    assert _all_in_view(home)
    # Large text on the small window can't fit: it scrolls, with the page's own rhythm.
    window.resize(1024, 600)
    window.text_size.set(2.0)
    _settle()
    assert _gap_above_topics(home) >= home.fontMetrics().height()


def _accent_pixels(card: CardButton) -> int:
    image = card.grab().toImage()
    accent = QColor(style.current_scheme().accent)
    return sum(
        image.pixelColor(x, y) == accent
        for x in range(0, image.width(), 2)
        for y in range(image.height())
    )


def test_a_hovered_card_is_tinted_but_only_the_focused_one_has_the_accent(qtbot):
    hovered = CardButton("Blockchain explorers", "A public window onto any transaction.")
    focused = CardButton("Hexadecimal", "Letters a to f, read without fear.")
    for card in (hovered, focused):
        qtbot.addWidget(card)
        card.resize(320, card.heightForWidth(320))
        card.show()
        qtbot.waitExposed(card)
    resting = hovered.grab().toImage()
    hovered.setAttribute(Qt.WidgetAttribute.WA_UnderMouse, True)  # what Qt sets under the mouse
    under_mouse = hovered.grab().toImage()
    middle = (resting.width() // 2, resting.height() - 12)
    assert under_mouse.pixelColor(*middle) != resting.pixelColor(
        *middle
    )  # it does answer the mouse
    focused.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(focused.hasFocus)
    assert _accent_pixels(hovered) == 0
    assert _accent_pixels(focused) > 100
