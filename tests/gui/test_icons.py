"""Our own icons: every one exists, is valid SVG, and draws visible ink in the scheme's colour."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor

from holdspace.gui import colours, icons

NAMES = [f"topics/{t}" for t in (*icons.TOPICS, "guide")] + [
    f"feedback/{f}" for f in icons.FEEDBACK
]


@pytest.mark.parametrize("name", NAMES)
def test_each_icon_draws_in_the_colour_asked_for(qapp, name):
    image = icons.pixmap(name, colours.LIGHT.accent, 48).toImage()
    inked = [
        QColor(image.pixel(x, y))
        for x in range(0, 48, 2)
        for y in range(0, 48, 2)
        if QColor(image.pixel(x, y)).alpha() > 200
    ]
    assert len(inked) > 20, "the icon drew (almost) nothing"
    accent = QColor(colours.LIGHT.accent)
    assert any(
        abs(c.red() - accent.red()) < 8 and abs(c.green() - accent.green()) < 8 for c in inked
    ), "the ink is not the colour asked for"


def test_icons_are_sharp_on_high_density_screens(qapp):
    pix = icons.pixmap("topics/pnl", colours.DARK.accent, 32, ratio=2.0)
    assert pix.width() == 64 and pix.devicePixelRatio() == 2.0


def test_only_built_in_topics_have_an_icon():
    assert icons.topic_icon_name("pnl") == "topics/pnl"
    assert icons.topic_icon_name("tonights-pack") is None
