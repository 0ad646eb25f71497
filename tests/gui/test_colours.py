"""Every colour pair Holdspace paints meets WCAG 2.2 AA, in light, dark and high contrast."""

from __future__ import annotations

import re

import pytest

from holdspace.gui import colours


@pytest.mark.parametrize("scheme", list(colours.SCHEMES.values()), ids=lambda s: s.name)
def test_every_pair_meets_wcag_aa(scheme):
    assert colours.shortfalls(scheme) == []


@pytest.mark.parametrize("scheme", list(colours.SCHEMES.values()), ids=lambda s: s.name)
def test_every_role_is_a_colour_and_every_pair_names_real_roles(scheme):
    names = set(colours.colour_names())
    for role in names:
        assert re.fullmatch(r"#[0-9a-f]{6}", getattr(scheme, role)), role
    for fore, back, _minimum in colours.PAIRS:
        assert fore in names and back in names


def test_the_contrast_maths_matches_known_wcag_figures():
    assert colours.contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert colours.contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert colours.contrast("#ffffff", "#ffffff") == pytest.approx(1.0)


def test_a_pair_below_its_minimum_is_reported_in_words():
    grey = colours.Scheme(**{**colours.LIGHT._asdict(), "name": "grey", "muted": "#aaaaaa"})
    problems = colours.shortfalls(grey)
    assert any(p.startswith("grey: muted on window") and "needs 4.5:1" in p for p in problems)


def test_no_scheme_uses_an_alarming_red_for_not_yet():
    for scheme in colours.SCHEMES.values():
        red, green, blue = (int(scheme.notyet_bg[i : i + 2], 16) for i in (1, 3, 5))
        assert not (red > 150 and green < 100 and blue < 100), scheme.name
