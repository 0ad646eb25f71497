"""WCAG 2.2 AA contrast on a light and a dark system palette, computed from the colours
the app uses and measured on pixels the real widgets paint (the accessibility audit's
failures: placeholders, selected rows, field borders, radio rings, tick boxes, focus)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QCheckBox, QLineEdit, QRadioButton, QStyleFactory

from holdspace.gui import contrast_style
from holdspace.gui.theme import boundary_colour, contrast, focus_colour, readable_palette

R = QPalette.ColorRole


def fusion_light() -> QPalette:
    return QStyleFactory.create("Fusion").standardPalette()


def adwaita_dark() -> QPalette:
    """The dark palette the audit measured (GTK Adwaita-dark through Qt's gtk3 theme)."""
    palette = QPalette()
    for role, colour in (
        (R.Window, "#323232"),
        (R.Base, "#323232"),
        (R.AlternateBase, "#2f2f2f"),
        (R.WindowText, "#ffffff"),
        (R.Text, "#ffffff"),
        (R.ButtonText, "#ffffff"),
        (R.Button, "#404040"),
        (R.Mid, "#242424"),
        (R.Dark, "#1e1e1e"),
        (R.Light, "#4a4a4a"),
        (R.Highlight, "#15539e"),
        (R.HighlightedText, "#ffffff"),
        (R.PlaceholderText, "#9b9b9b"),
        (R.Link, "#0000ff"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


PALETTES = {"light": fusion_light, "dark": adwaita_dark}


@pytest.fixture(params=sorted(PALETTES))
def palette(request, qapp):
    contrast_style.install(qapp)
    original = PALETTES[request.param]()
    return readable_palette(original) or original


def test_the_audits_failures_really_were_failures():
    light, dark = fusion_light(), adwaita_dark()
    assert contrast(light.color(R.PlaceholderText), light.color(R.Base)) < 4.5
    assert contrast(light.color(R.HighlightedText), light.color(R.Highlight)) < 4.5
    assert contrast(dark.color(R.Highlight), dark.color(R.Window)) < 3


def test_text_colours_reach_4_5_to_1(palette):
    base = palette.color(R.Base)
    assert contrast(palette.color(R.PlaceholderText), base) >= 4.5
    assert contrast(palette.color(R.HighlightedText), palette.color(R.Highlight)) >= 4.5
    assert contrast(palette.color(R.Link), base) >= 4.5
    assert contrast(palette.color(R.Text), base) >= 4.5


def test_edges_and_focus_reach_3_to_1_on_window_and_fields(palette):
    for background in (palette.color(R.Window), palette.color(R.Base)):
        assert contrast(boundary_colour(palette), background) >= 3
        assert contrast(focus_colour(palette), background) >= 3


def _strongest_pixel(widget, background: QColor) -> float:
    image = widget.grab().toImage()
    return max(
        contrast(image.pixelColor(x, y), background)
        for x in range(image.width())
        for y in range(image.height())
    )


@pytest.mark.parametrize("make", [QLineEdit, QRadioButton, QCheckBox])
def test_painted_edges_can_be_seen(palette, make, qtbot):
    """Measured on pixels: an empty field, an unticked radio ring and tick box."""
    widget = make()
    qtbot.addWidget(widget)
    widget.setPalette(palette)
    widget.resize(120, 40) if make is QLineEdit else widget.adjustSize()
    widget.show()
    assert _strongest_pixel(widget, palette.color(R.Window)) >= 3


def test_a_focused_field_shows_its_focus_ring(palette, qtbot):
    edit = QLineEdit()
    qtbot.addWidget(edit)
    edit.setPalette(palette)
    edit.resize(120, 40)
    edit.show()
    edit.activateWindow()
    edit.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(edit.hasFocus)
    image = edit.grab().toImage()
    ring = focus_colour(palette)
    edge = [image.pixelColor(x, image.height() // 2) for x in range(3)]
    assert any(
        contrast(c, palette.color(R.Window)) >= 3 and abs(c.hue() - ring.hue()) < 20 for c in edge
    )
