"""Small, safe pieces of handout HTML: author text through the safe Markdown path.

Every piece of author text passes ``kept_out`` first: text that reads like a recovery
phrase (12 or more BIP-39 words in a row) is never printed, practice or not.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from ...core import seed, termlinks
from ...core.lessons.glossary import Glossary
from ..safe_text import escape, markdown_html

BOX = "\u2610"  # ☐ an empty box to tick by hand
TICKED = "\u2611"  # ☑ a ticked box (facilitator sheet: the right choice)
_TERM_LINK = re.compile(r'href="term:([^"]+)"')


def kept_out(text: str) -> bool:
    """Does this text hold something that must never reach paper?"""
    return bool(text) and seed.looks_like_recovery_phrase(text)


def left_out_note() -> str:
    return (
        "<p class='aside'>"
        + escape(
            QCoreApplication.translate(
                "Handout",
                "[Left out: this looked like a recovery phrase, and phrases are never "
                "printed, practice or not.]",
            )
        )
        + "</p>"
    )


def block(text: str, glossary: Glossary | None) -> str:
    """Author Markdown (a body, an explanation) as a safe HTML block."""
    if not text or not text.strip():
        return ""
    if kept_out(text):
        return left_out_note()
    # Pictures stay as tags: make_document embeds them from the pack, or drops them.
    return markdown_html(text, glossary=glossary, embed=False)


def inline(text: str, glossary: Glossary | None) -> str:
    """One line of author Markdown (a prompt, a choice) as safe inline HTML."""
    if not text:
        return ""
    if kept_out(text):
        return left_out_note()
    return markdown_html(text, glossary=glossary, inline=True, embed=False)


def plain(text: str) -> str:
    """A value that is not Markdown (an explorer field, an amount), escaped."""
    return left_out_note() if kept_out(text) else escape(text)


def terms_in(html: str) -> list[str]:
    """Glossary ids linked from rendered HTML, in order of first use."""
    found: list[str] = []
    for term in _TERM_LINK.findall(html):
        if termlinks.term_id(f"term:{term}") and term not in found:
            found.append(term)
    return found


def write_space(lines: int = 3) -> str:
    """A framed box to write an answer in by hand."""
    return (
        "<table width='100%' border='1' cellspacing='0' cellpadding='10'><tr><td>"
        + "<br>" * lines
        + "&nbsp;</td></tr></table>"
    )


def labelled(label: str, html: str) -> str:
    """A facilitator paragraph: a bold label, then the (already safe) content."""
    return f"<p><b>{escape(label)}</b> {html}</p>" if html else ""


def table(rows: list[list[str]], *, head: bool = True) -> str:
    """Plain rows as a bordered table; every cell is escaped here."""
    out = ["<table border='1' cellspacing='0' cellpadding='5'>"]
    for index, row in enumerate(rows):
        tag = "th" if head and index == 0 else "td"
        out.append("<tr>" + "".join(f"<{tag}>{plain(cell)}</{tag}>" for cell in row) + "</tr>")
    out.append("</table>")
    return "".join(out)
