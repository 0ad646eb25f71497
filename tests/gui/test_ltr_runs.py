"""In right-to-left lessons, amounts, hex and code keep the order exchanges show them in."""

from __future__ import annotations

from holdspace.core.languages import isolate_left_to_right_runs
from holdspace.core.markup import render

LRI, PDI = "\u2066", "\u2069"


def test_amounts_and_hex_are_isolated_in_arabic_text():
    html = render("الحساب: 0.02 × $50,000 = $1,000 والربح −$200 و 0.5 BTC و `0x1f`")
    out = isolate_left_to_right_runs(html)
    for run in ("$50,000", "$1,000", "−$200", "0.5 BTC"):
        assert f"{LRI}{run}{PDI}" in out, run
    assert f"<code>{LRI}0x1f{PDI}</code>" in out


def test_tags_and_attributes_are_never_touched():
    html = render("[link](https://example.org/$5) and **$5**")
    out = isolate_left_to_right_runs(html)
    assert 'href="https://example.org/$5"' in out
    assert f"<strong>{LRI}$5{PDI}</strong>" in out
    assert out.replace(LRI, "").replace(PDI, "") == html


def test_a_whole_code_span_is_isolated_once():
    html = render("TXID `4a5e1e4baab89f3a $5` here")
    out = isolate_left_to_right_runs(html)
    assert out.count(LRI) == 1 and out.count(PDI) == 1


def test_the_interface_isolates_runs_only_when_it_reads_right_to_left(qapp):
    from PySide6.QtCore import Qt

    from holdspace.gui.safe_text import markdown_html

    assert LRI not in markdown_html("Fee: $2.00")
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        assert f"{LRI}$2.00{PDI}" in markdown_html("الرسوم: $2.00")
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
