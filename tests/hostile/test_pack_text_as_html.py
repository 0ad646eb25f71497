"""Attack class: pack text written as HTML, in every place the real window shows it.

Every title, summary, prompt, choice, hint, note, checklist item and glossary word
of the pack below carries ``<u>Mn</u><img src=…>``. After each action of a walk over
the library (with its tool tips), every step (hints, feedback, show me, notes), the
explored page, the term cards and the glossary, no widget may hold that text as rich
text: it must reach Qt escaped, or through the Markdown path that escapes it.
"""

from __future__ import annotations

import re

from hostile_pack import walk, write_hostile_pack
from PySide6.QtGui import QImage, Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QTextEdit, QTreeWidget, QTreeWidgetItemIterator

from holdspace.gui import safe_text

LIVE = re.compile(r"<u>M(\d+)</u>")
RENDERED = re.compile(r'text-decoration: ?underline;?">M(\d+)')
SHOWN_AS_TEXT = re.compile(r"&lt;u&gt;M(\d+)&lt;/u&gt;|<u>M(\d+)</u>")


def is_rich(text: str, text_format: Qt.TextFormat) -> bool:
    if text_format == Qt.TextFormat.RichText:
        return True
    return text_format == Qt.TextFormat.AutoText and Qt.mightBeRichText(text)


def tooltips(widget) -> list[str]:
    found = [widget.toolTip()]
    if isinstance(widget, QTreeWidget):
        items = QTreeWidgetItemIterator(widget)
        while items.value():
            found.append(items.value().toolTip(0))
            items += 1
    return [tip for tip in found if tip]


def leaks_and_sightings(qapp) -> tuple[list[str], set[str]]:
    leaks, seen = [], set()
    for widget in qapp.allWidgets():
        name = f"{type(widget).__name__} {widget.accessibleName()!r}"
        if isinstance(widget, QLabel):
            text = widget.text()
            if is_rich(text, widget.textFormat()) and LIVE.search(text):
                leaks.append(f"{name} holds live HTML: {text[:120]}")
            seen.update(
                m.group(1) or m.group(2)
                for m in SHOWN_AS_TEXT.finditer(
                    text if is_rich(text, widget.textFormat()) else safe_text.escape(text)
                )
            )
        if isinstance(widget, QTextEdit):
            html = widget.toHtml()
            if RENDERED.search(html):
                leaks.append(f"{name} rendered pack HTML: {RENDERED.search(html).group()}")
            seen.update(
                m.group(1) or m.group(2)
                for m in SHOWN_AS_TEXT.finditer(safe_text.escape(widget.toPlainText()))
            )
        if isinstance(widget, QLineEdit):  # placeholders are always plain text in Qt
            seen.update(
                m.group(1) or m.group(2) for m in SHOWN_AS_TEXT.finditer(widget.placeholderText())
            )
        for tip in tooltips(widget):
            if Qt.mightBeRichText(tip) and LIVE.search(tip):
                leaks.append(f"tool tip of {name} holds live HTML: {tip[:120]}")
    return leaks, seen


def test_no_widget_ever_takes_pack_text_as_html(make_window, tmp_path, qapp, qtbot):
    outside = tmp_path / "outside.png"
    big = QImage(300, 300, QImage.Format.Format_RGB32)
    big.fill(0xFF0000)
    big.save(str(outside))
    hostile = write_hostile_pack(tmp_path / "hostile", str(outside))
    window = make_window("--pack", str(hostile))
    assert len(window.packs) == 2, "the hostile pack opens, with its text shown as text"

    leaks, seen = [], set()

    def after(where: str) -> None:
        found, sightings = leaks_and_sightings(qapp)
        leaks.extend(f"{where}: {leak}" for leak in found)
        seen.update(sightings)

    walk(window, lambda: qtbot.wait(5), after)
    assert leaks == []
    # The walk really showed the pack's words, as written, in many places.
    assert len(seen) >= 20, sorted(seen, key=int)


def test_the_one_door_escapes_and_marks_plain(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    safe_text.set_plain(label, '<img src="/dev/zero"> <b>T</b>')
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert label.sizeHint().height() < 100
    assert safe_text.escape('<a href="x">') == "&lt;a href=&quot;x&quot;&gt;"
    assert safe_text.tooltip("<b>x</b>") == "<p>&lt;b&gt;x&lt;/b&gt;</p>"
    assert safe_text.tooltip("") == ""
    html = safe_text.markdown_html("<b>x</b> ![p](/etc/passwd)")
    assert "<b>" not in html and "<img" not in html and "&lt;b&gt;" in html


def test_escape_matches_the_standard_librarys_html_escape():
    # safe_text escapes without importing `html` (its entity table is 0.5 MiB at start).
    import html

    for text in ("<b>&amp;</b>", "\"quoted\" & 'single'", "<<>>&&", "plain", "", "é<ü>"):
        assert safe_text.escape(text) == html.escape(text, quote=True), text


def test_pack_text_is_escaped_or_rendered_in_one_place_only():
    """gui/safe_text is the one door: no other interface module escapes or renders by itself."""
    from pathlib import Path

    import holdspace.gui

    own_ways = re.compile(
        r"\bhtml\.escape\(|from html import|markup\.render|render_inline\(|"
        r"QTextDocument\.setDefaultResourceProvider|\.addResource\("
    )
    found = []
    for path in Path(holdspace.gui.__file__).parent.rglob("*.py"):
        if path.name == "safe_text.py":
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if own_ways.search(line):
                found.append(f"{path.name}:{number}: {line.strip()}")
    assert found == []
