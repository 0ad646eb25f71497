"""Back's and Next's arrows grow with the words beside them: at 200 % text and in presenter
mode (F5) they stayed 16 pixels, a small mark beside large words on a projector."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication


def _arrow_height(button) -> int:
    """The height of the arrow as drawn: its inked rows, not the room kept for it."""
    image = button.icon().pixmap(button.iconSize()).toImage()
    rows = [
        y
        for y in range(image.height())
        if any(QColor(image.pixel(x, y)).alpha() > 128 for x in range(image.width()))
    ]
    return round((max(rows) - min(rows) + 1) / image.devicePixelRatio()) if rows else 0


def _settle():
    for _ in range(5):
        QApplication.processEvents()


def test_arrows_grow_at_200_percent_and_in_presenter_mode(make_window):
    window = make_window()
    window.open_lesson(window.packs[0].lessons[0], 1)
    view = window.lesson_view
    _settle()
    small = _arrow_height(view.next_button)
    assert small > 0
    window.text_size.set(2.0)
    _settle()
    for button in (view.back_button, view.next_button):
        assert _arrow_height(button) >= small * 1.6, button.text()
        assert (
            button.icon().actualSize(button.iconSize()) == button.iconSize()
        )  # drawn at full size
    window.text_size.set(1.0)
    window.presenter.enter()
    _settle()
    em = view.next_button.fontMetrics().height()
    for button in (view.back_button, view.next_button):
        assert _arrow_height(button) >= em * 0.4, button.text()
    window.presenter.leave()
    _settle()
    assert abs(_arrow_height(view.next_button) - small) <= 1  # and back to the usual size
