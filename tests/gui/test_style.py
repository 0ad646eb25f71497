"""The shared look: the scheme reaches the palette, and feedback states differ in shape."""

from __future__ import annotations

from PySide6.QtGui import QPalette

from holdspace.gui import colours, style


def test_the_palette_carries_the_scheme_colours():
    palette = style.palette_for(colours.DARK)
    assert palette.color(QPalette.ColorRole.Window).name() == colours.DARK.window
    assert palette.color(QPalette.ColorRole.Text).name() == colours.DARK.text
    assert palette.color(QPalette.ColorRole.PlaceholderText).name() == colours.DARK.placeholder
    disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    assert disabled.name() == colours.DARK.muted  # dimmed, not vanished


def test_feedback_colours_come_from_the_scheme_and_meet_contrast():
    for scheme in colours.SCHEMES.values():
        for state in style.FEEDBACK_STATES:
            tint, ink, edge = style.feedback_colours(scheme, state)
            assert colours.contrast(ink.name(), tint.name()) >= colours.TEXT
            assert colours.contrast(edge.name(), scheme.surface) >= colours.CONTROL


def test_choosing_a_scheme_applies_it_to_the_app(qapp):
    look = style.Look(qapp, colours.HIGH_CONTRAST.name)
    try:
        look.apply()
        assert qapp.palette().color(QPalette.ColorRole.Window).name() == "#000000"
        assert qapp.styleSheet() == ""  # palette only: style sheets would pin the text size
        look.set_choice("no-such-scheme")
        assert look.choice == style.SYSTEM
    finally:
        qapp.setPalette(QPalette())
        look.setParent(None)  # the app keeps one Look: the one its windows made
