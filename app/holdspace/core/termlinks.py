"""Glossary terms in rendered lesson text: ``[[TXID]]`` and bold terms become ``term:`` links.

The GUI opens a ``term:<id>`` link as a pop-up with the definition; it never leaves the
app. Only ids the glossary defines become links: an unknown ``[[name]]`` shows its words
as plain text (the validator reports it), and other bold text stays bold.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from .identity import ID_PATTERN

if TYPE_CHECKING:
    from .lessons.glossary import Glossary

SCHEME = "term"
CSS_CLASS = "term"
# [[term]] or [[shown words|term]]: a glossary term marked in lesson text.
TERM_MARK = re.compile(r"\[\[([^\[\]|\n]{1,80}?)(?:\|([^\[\]|\n]{1,80}?))?\]\]")


def href(term_id: str) -> str:
    return f"{SCHEME}:{term_id}"


def term_id(url: str) -> str | None:
    """The id in a ``term:`` link, or None for any other link."""
    if not isinstance(url, str) or not url.startswith(SCHEME + ":"):
        return None
    found = url[len(SCHEME) + 1 :]
    return found if ID_PATTERN.fullmatch(found) else None


def register(md: Any, glossary: Glossary) -> None:
    """Teach one Markdown instance to link ``glossary``'s terms."""
    from markdown.inlinepatterns import InlineProcessor
    from markdown.treeprocessors import Treeprocessor

    class MarkedTerm(InlineProcessor):
        # InlineProcessor's two-argument form; types-Markdown gives it Pattern's one-argument one.
        def handleMatch(  # type: ignore[override]  # noqa: N802
            self, m: re.Match[str], data: str
        ) -> tuple[Any, int, int]:
            shown = m.group(1).strip()
            term = glossary.find((m.group(2) or m.group(1)).strip())
            element = _link(md, term.id, shown) if term else _plain(shown)
            return element, m.start(0), m.end(0)

    class BoldTerms(Treeprocessor):
        def run(self, root: Any) -> None:
            _link_bold_terms(root, glossary, inside_link=False)

    # Before Markdown's own link and reference patterns (160, 170) see the brackets.
    md.inlinePatterns.register(MarkedTerm(TERM_MARK.pattern, md), "holdspace_term", 175)
    # After the inline stage (20) has made the <strong> elements.
    md.treeprocessors.register(BoldTerms(md), "holdspace_bold_terms", 5)


def _link(md: Any, term_id_: str, shown: str) -> Any:
    from xml.etree import ElementTree

    element = ElementTree.Element("a", {"href": href(term_id_), "class": CSS_CLASS})
    element.text = shown
    return element


def _plain(shown: str) -> Any:
    from xml.etree import ElementTree

    from markdown.util import AtomicString

    element = ElementTree.Element("span")
    element.text = AtomicString(shown)
    return element


def _link_bold_terms(parent: Any, glossary: Glossary, *, inside_link: bool) -> None:
    from xml.etree import ElementTree

    for child in parent:
        if child.tag == "strong" and not inside_link and len(child) == 0 and child.text:
            term = glossary.find(child.text)
            if term is not None:
                link = ElementTree.SubElement(
                    child, "a", {"href": href(term.id), "class": CSS_CLASS}
                )
                link.text, child.text = child.text, None
                continue
        _link_bold_terms(child, glossary, inside_link=inside_link or child.tag == "a")
