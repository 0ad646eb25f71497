"""The shared look: the scheme reaches the palette, and marks grow with the text."""

from __future__ import annotations

import re

from PySide6.QtGui import QPalette

from holdspace.gui import colours, style


def test_the_palette_carries_the_scheme_colours():
    palette = style.palette_for(colours.DARK)
    assert palette.color(QPalette.ColorRole.Window).name() == colours.DARK.window
    assert palette.color(QPalette.ColorRole.Text).name() == colours.DARK.text
    assert palette.color(QPalette.ColorRole.PlaceholderText).name() == colours.DARK.placeholder
    disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    assert disabled.name() == colours.DARK.muted   # dimmed, not vanished


def test_radio_and_tick_marks_grow_with_the_text():
    def mark(px):
        sheet = style.stylesheet(colours.LIGHT, px)
        return int(re.search(r"::indicator \{ width: (\d+)px", sheet).group(1))
    assert mark(40) >= 2 * mark(18) * 0.9
    assert mark(12) >= 16   # never smaller than a comfortable target


def test_each_feedback_state_has_its_own_border_shape():
    sheet = style.stylesheet(colours.LIGHT, 18)
    shapes = {name: re.search(rf'\[feedback="{name}"\][^}}]*border: 2px (\w+)', sheet).group(1)
              for name in ("ok", "notyet", "hint")}
    assert len(set(shapes.values())) == 3


def test_choosing_a_scheme_applies_it_to_the_app(qapp):
    look = style.Look(qapp, colours.HIGH_CONTRAST.name)
    try:
        look.apply()
        assert qapp.palette().color(QPalette.ColorRole.Window).name() == "#000000"
        assert colours.HIGH_CONTRAST.accent in qapp.styleSheet()
        look.set_choice("no-such-scheme")
        assert look.choice == style.SYSTEM
    finally:
        qapp.setStyleSheet("")
        qapp.setPalette(QPalette())
