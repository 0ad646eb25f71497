"""Numbered lists in right-to-left lesson text put the full stop beside the words ("1." read
from the right), not on the far side of the number (Arabic mistake guide, seen on the walk).

The mark is laid out here as Qt paints it: the list's item text, in the item's direction."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextLayout, QTextOption

from holdspace.gui.list_marks import mirror_rtl_numbers
from holdspace.gui.markdown_view import SafeTextBrowser


def _marks(document):
    """(mark text, direction, x of the number's middle, x of the full stop's middle)."""
    found = []
    block = document.begin()
    while block.isValid():
        text = block.textList().itemText(block) if block.textList() is not None else ""
        if any(c.isdigit() for c in text):  # numbered, not bullets
            direction = block.textDirection()
            layout = QTextLayout(text, document.defaultFont())
            option = QTextOption(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute)
            option.setTextDirection(direction)
            layout.setTextOption(option)
            layout.beginLayout()
            line = layout.createLine()
            layout.endLayout()

            def middle(index: int, line=line) -> float:
                return (line.cursorToX(index)[0] + line.cursorToX(index + 1)[0]) / 2

            digit = next(i for i, c in enumerate(text) if c.isdigit())
            found.append((text, direction, middle(digit), middle(text.index("."))))
        block = block.next()
    return found


def test_the_arabic_mistake_guide_numbers_read_with_the_stop_beside_the_words(make_window):
    window = make_window("--language", "ar")
    guide = window._guide()
    marks = []
    for step in guide.steps:
        window.open_lesson(guide, step.index)
        marks += _marks(window.lesson_view.body.document())
    assert len(marks) >= 3
    for text, direction, digit, stop in marks:
        assert direction == Qt.LayoutDirection.RightToLeft, text
        assert stop < digit, text  # read from the right: the number, then ".", then the words


def test_english_lists_keep_their_stop_after_the_number(qtbot):
    browser = SafeTextBrowser()
    qtbot.addWidget(browser)
    browser.set_markdown("1. Send nothing else.\n2. Answer no one.\n")
    marks = _marks(browser.document())
    assert [text for text, *_ in marks] == ["1.", "2."]
    assert all(
        direction == Qt.LayoutDirection.LeftToRight and stop > digit
        for _, direction, digit, stop in marks
    )


def test_a_right_to_left_list_with_its_own_suffix_keeps_it(qtbot):
    browser = SafeTextBrowser()
    qtbot.addWidget(browser)
    browser.setHtml("<ol style=\"-qt-list-number-suffix: ')';\"><li>واحد</li></ol>")
    mirror_rtl_numbers(browser.document())  # a second pass changes nothing
    assert browser.document().begin().textList().itemText(browser.document().begin()) == "1)"
