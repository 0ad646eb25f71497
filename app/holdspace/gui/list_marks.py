"""Numbered lists read "1." in right-to-left text too: the full stop between number and words.

Qt swaps a list's prefix and suffix when the item's text runs right to left ("." + "1"),
and then lays that mark out right to left as well, so the two turns cancel and the full
stop lands on the far side of the number, away from the words (Arabic mistake guide, seen
on the walk). For such lists the mark is given as prefix instead, which Qt's swap puts
back after the number; the right-to-left layout then draws it beside the words.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument, QTextFormat, QTextListFormat

_NUMBERED = {
    QTextListFormat.Style.ListDecimal,
    QTextListFormat.Style.ListLowerAlpha,
    QTextListFormat.Style.ListUpperAlpha,
    QTextListFormat.Style.ListLowerRoman,
    QTextListFormat.Style.ListUpperRoman,
}


def mirror_rtl_numbers(document: QTextDocument) -> None:
    """Turn the marks of the document's right-to-left numbered lists the right way round.

    A list takes the direction of its first item (a list is read in one language)."""
    seen: set[int] = set()
    block = document.begin()
    while block.isValid():
        numbered = block.textList()
        if numbered is not None and id(numbered) not in seen:
            seen.add(id(numbered))
            form = numbered.format()
            if (
                form.style() in _NUMBERED
                and block.textDirection() == Qt.LayoutDirection.RightToLeft
                and not form.numberPrefix()
            ):
                # Unset, Qt's suffix is "." (numberSuffix() then says "").
                suffix = (
                    form.numberSuffix()
                    if form.hasProperty(QTextFormat.Property.ListNumberSuffix)
                    else "."
                )
                form.setNumberPrefix(suffix)
                form.setNumberSuffix("")
                numbered.setFormat(form)
        block = block.next()
