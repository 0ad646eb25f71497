"""Turn untrusted lesson Markdown into a small, safe HTML fragment (DESIGN.md section 5).

Layers: Python-Markdown runs with its raw-HTML handlers removed (tags show as text), a
tree step keeps only ``https:`` links (each labelled with its real host) and pack-relative
images, and nh3 re-checks the result against an explicit allow-list. ``markdown`` and
``nh3`` are imported on first render only, because app start-up time matters.
"""

from __future__ import annotations

import functools
import html
import os
import re
import stat
import threading
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote, urlsplit

from holdspace.core import steplinks, termlinks
from holdspace.core.errors import MarkupError

if TYPE_CHECKING:
    from holdspace.core.lessons.glossary import Glossary

MAX_RESOURCE_BYTES = 2 * 1024 * 1024
# Python-Markdown is super-linear on some inputs (measured: 50 KB of "[" ~10 minutes,
# 20 KB of "#\n" ~3 s, 80 KB of "*_" ~2 s). Text over these budgets is shown as escaped
# plain text instead, keeping the worst case near half a second.
MAX_MARKUP_CHARS = 50_000
_CHUNK_BUDGET = 10_000_000  # lines x chars of one blank-line-separated chunk
_BRACKET_BUDGET = 2_000_000  # "[" count x chars of one chunk (link scanning)
_MAX_LEAD = 64  # chars of quote/list/indent markers opening a line: nesting recurses

_TAGS = frozenset(
    [
        "p",
        "br",
        "hr",
        "strong",
        "em",
        "b",
        "i",
        "code",
        "pre",
        "kbd",
        "blockquote",
        "ul",
        "ol",
        "li",
        "h1",
        "h2",
        "h3",
        "h4",
        "table",
        "thead",
        "tbody",
        "tr",
        "th",
        "td",
        "a",
        "img",
        "span",
        "sup",
        "sub",
        "dl",
        "dt",
        "dd",
    ]
)
_ATTRIBUTES = {"a": {"href", "title"}, "img": {"src", "alt", "title"}}
_HOST_CLASS = "link-host"
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")  # incl. Markdown's STX/ETX
_HOST_RE = re.compile(r"[a-z0-9-]+(?:\.[a-z0-9-]+)*\.?")
_LEAD_RE = re.compile(r"^(?:[ >]|[-*+] |\d+[.)] )*", re.MULTILINE)
_UNSAFE_URL_RE = re.compile(r"[\x00-\x20\x7f\\]")  # controls, space, backslash


def link_is_allowed(url: str) -> bool:
    """True only for ``https:`` URLs with a plain, displayable host."""
    return _display_host(url) is not None


def _display_host(url: str) -> str | None:
    """The host a browser would really contact, in ASCII; None if the link is refused."""
    # urlsplit silently drops tabs/newlines and reads backslashes unlike browsers.
    if not isinstance(url, str) or _UNSAFE_URL_RE.search(url):
        return None
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError on a malformed port
        host = (parts.hostname or "").encode("idna").decode("ascii")  # homographs -> xn--
    except (ValueError, UnicodeError):
        return None
    # "https://bitcoin.org@evil.example" is the classic fake-host trick: no user part.
    if parts.scheme.lower() != "https" or "@" in parts.netloc:
        return None
    return host if _HOST_RE.fullmatch(host) else None


def _relative_parts(reference: str) -> list[str] | None:
    """Path segments of a harmless pack-relative reference, else None (syntax only)."""
    if not isinstance(reference, str) or any(c in reference for c in "?#"):
        return None
    decoded = unquote(reference)  # "%2e%2e%2f" must not slip past the checks below
    # ":" covers schemes and Windows drives/streams; "\" covers UNC and separator tricks.
    if not decoded or decoded.startswith("/") or any(c in decoded for c in ":\\"):
        return None
    if _CONTROL_RE.search(decoded):
        return None
    parts = [p for p in decoded.split("/") if p not in ("", ".")]
    return parts if parts and ".." not in parts else None


def safe_resource_path(
    pack_root: Path, reference: str, *, max_bytes: int = MAX_RESOURCE_BYTES
) -> Path | None:
    """A regular file strictly inside ``pack_root`` and at most ``max_bytes``, else None.

    Symlinks are followed and the *target* is checked, so a link to /dev/zero or to a
    file outside the pack is refused. Only stat() is used; the content is never read.
    """
    try:
        parts = _relative_parts(reference)
        if parts is None:
            return None
        root = Path(pack_root).resolve()
        target = root.joinpath(*parts).resolve(strict=True)
        if target == root or root not in target.parents:
            return None
        info = os.stat(target)
        if not stat.S_ISREG(info.st_mode) or info.st_size > max_bytes:
            return None
        return target
    except (OSError, ValueError, RuntimeError, TypeError):  # RuntimeError: symlink loop
        return None


def _too_complex(text: str) -> bool:
    """Cheap guard against inputs that make Python-Markdown slow or recurse too deeply."""
    if len(text) > MAX_MARKUP_CHARS:
        return True
    if max((len(m) for m in _LEAD_RE.findall(text)), default=0) > _MAX_LEAD:
        return True
    for chunk in re.split(r"\n[ \t]*\n", text):
        size = len(chunk)
        if (chunk.count("\n") + 1) * size > _CHUNK_BUDGET:
            return True
        if chunk.count("[") * size > _BRACKET_BUDGET:
            return True
    return False


def _plain_html(text: str, inline: bool) -> str:
    """Fallback: the text, escaped, with its line breaks kept."""
    if len(text) > MAX_MARKUP_CHARS:
        text = text[:MAX_MARKUP_CHARS] + " [...]"
    if inline:
        return html.escape(text).replace("\n", "<br>")
    paragraphs = [p for p in re.split(r"\n[ \t]*\n", text) if p.strip()]
    return "\n".join(f"<p>{html.escape(p).replace(chr(10), '<br>')}</p>" for p in paragraphs)


def _police_tree(parent: Any, terms: Mapping[str, Any]) -> None:
    """Unwrap refused links, label kept ones with their host, turn refused images to alt.

    A ``term:`` link stays only when ``terms`` (the glossary) defines its id; a
    ``#step-id`` link (to a step of the same lesson) stays as it is.
    """
    index = 0
    while index < len(parent):
        child = parent[index]
        _police_tree(child, terms)
        if child.tag == "a":
            url = html.unescape(child.get("href") or "")  # the HTML parser decodes entities
            if termlinks.term_id(url) in terms:
                child.attrib = {"href": url, "class": termlinks.CSS_CLASS}
                index += 1
                continue
            if steplinks.step_id(url) is not None:  # another step of the same lesson
                child.attrib = {"href": url}
                index += 1
                continue
            host = _display_host(url)
            if host is None:
                index += _unwrap(parent, index)
                continue
            _label_link(parent, index, url, host)
            index += 2
            continue
        if child.tag == "img" and _relative_parts(html.unescape(child.get("src") or "")) is None:
            child.text = child.get("alt") or ""
            _unwrap(parent, index)
            continue
        index += 1


def _label_link(parent: Any, index: int, url: str, host: str) -> None:
    # The link text can lie; the host shown next to it and the title cannot.
    link = parent[index]
    link.attrib.clear()
    link.set("href", url)
    link.set("title", url)
    label = link.makeelement("span", {"class": _HOST_CLASS})
    label.text = f"({host})"
    label.tail, link.tail = link.tail, " "
    parent.insert(index + 1, label)


def _unwrap(parent: Any, index: int) -> int:
    """Replace parent[index] by its text and children; return how many children moved up."""
    element = parent[index]
    children = list(element)
    _add_text(parent, index, element.text)
    parent.remove(element)
    for offset, child in enumerate(children):
        parent.insert(index + offset, child)
    if children:
        children[-1].tail = (children[-1].tail or "") + (element.tail or "")
    else:
        _add_text(parent, index, element.tail)
    return len(children)


def _add_text(parent: Any, index: int, text: str | None) -> None:
    if not text:
        return
    if index == 0:
        parent.text = (parent.text or "") + text
    else:
        parent[index - 1].tail = (parent[index - 1].tail or "") + text


def _attribute_filter(tag: str, attribute: str, value: str) -> str | None:
    # Second line of defence: nh3 sees the final, entity-decoded values.
    if tag == "a" and attribute == "href":
        allowed = link_is_allowed(value) or termlinks.term_id(value) or steplinks.step_id(value)
        return value if allowed else None
    if tag == "img" and attribute == "src":
        return value if _relative_parts(value) is not None else None
    return value


class MarkdownRenderer:
    """Renders lesson Markdown to safe HTML, reusing one Markdown instance (faster)."""

    def __init__(self, glossary: Glossary | None = None) -> None:
        self.glossary = glossary  # its terms become ``term:`` links (pop-ups in the GUI)
        self._lock = threading.Lock()  # a Markdown instance is not thread-safe
        self._md: Any = None
        self._cleaner: Any = None

    def render(self, text: str) -> str:
        """Block Markdown -> safe HTML fragment."""
        return self._render_safely(text, inline=False)

    def render_inline(self, text: str) -> str:
        """One-line Markdown (a prompt, a choice) -> safe HTML without block elements."""
        return self._render_safely(text, inline=True)

    def _render_safely(self, text: str, inline: bool) -> str:
        try:
            clean_text = _CONTROL_RE.sub("", text.replace("\r\n", "\n"))
            if _too_complex(clean_text):
                return _plain_html(clean_text, inline)
            with self._lock:
                return self._render(clean_text, inline)
        except RecursionError:
            return _plain_html(clean_text, inline)
        except (KeyboardInterrupt, SystemExit):
            raise
        except BaseException as exc:  # nh3 panics are BaseException, not Exception
            raise MarkupError(f"lesson text could not be rendered: {exc!r}") from exc

    def _render(self, text: str, inline: bool) -> str:
        if self._md is None:
            self._md, self._cleaner = _build_pipeline(self.glossary)
        self._md.reset()
        raw = self._convert_inline(text) if inline else self._md.convert(text)
        return self._cleaner.clean(raw).strip()

    def _convert_inline(self, text: str) -> str:
        """Run only the inline stage, so "1. Yes" or "# of coins" never become blocks."""
        from xml.etree import ElementTree

        md = self._md
        if not text.strip():
            return ""
        root = ElementTree.Element("div")
        ElementTree.SubElement(root, "span").text = text.strip()
        for step in md.treeprocessors:
            # As Markdown itself does: a step returns a new root or None. (`or` would ask
            # an Element for its truth, which is its number of children, and Python 3.12
            # warns that this will become an error.)
            new_root = step.run(root)
            if new_root is not None:
                root = new_root
        output = md.serializer(root)  # "<div><span>...</span></div>" plus whitespace
        output = output[output.index("<span>") + len("<span>") : output.rindex("</span>")]
        for step in md.postprocessors:
            output = step.run(output)
        return output


def _build_pipeline(glossary: Glossary | None) -> tuple[Any, Any]:
    import markdown
    import nh3
    from markdown.treeprocessors import Treeprocessor

    if glossary is None:
        from holdspace.core.lessons.glossary import Glossary

        glossary = Glossary()
    terms = glossary.terms

    class _LinkAndImagePolicy(Treeprocessor):
        def run(self, root: Any) -> None:
            _police_tree(root, terms)

    # No md_in_html/attr_list: attr_list passes `{: onclick=... style=...}` straight through.
    md = markdown.Markdown(extensions=["tables", "fenced_code", "sane_lists"])
    md.preprocessors.deregister("html_block")
    md.inlinePatterns.deregister("html")
    md.treeprocessors.register(_LinkAndImagePolicy(md), "holdspace_policy", -10)  # last
    termlinks.register(md, glossary)  # without a glossary, [[TXID]] still reads "TXID"
    cleaner = nh3.Cleaner(
        tags=set(_TAGS),
        attributes={tag: set(names) for tag, names in _ATTRIBUTES.items()},
        # Only "class" via allowed_classes: listing it in attributes too panics ammonia.
        allowed_classes={"span": {_HOST_CLASS}, "a": {termlinks.CSS_CLASS}},
        attribute_filter=_attribute_filter,
        url_schemes={"https", termlinks.SCHEME},
        link_rel=None,
        strip_comments=True,
    )
    return md, cleaner


@functools.lru_cache(maxsize=8)
def _shared_renderer(glossary: Glossary | None) -> MarkdownRenderer:
    return MarkdownRenderer(glossary)  # one per glossary (a Glossary hashes by identity)


def render(text: str, glossary: Glossary | None = None) -> str:
    """Block Markdown -> safe HTML, using one shared renderer per glossary."""
    return _shared_renderer(glossary).render(text)


def render_inline(text: str, glossary: Glossary | None = None) -> str:
    """One-line Markdown -> safe inline HTML, using one shared renderer per glossary."""
    return _shared_renderer(glossary).render_inline(text)
