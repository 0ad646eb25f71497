"""The one way lesson-pack text reaches Qt: packs come from strangers (DESIGN §5).

Qt reads any text with a tag in its first line as HTML (``QLabel`` and tool tips
guess), and its HTML engine opens whatever an ``<img src>`` names, relative to the
working directory when nothing else answers. So pack text reaches a widget through
two doors only:

* **plain text**: :func:`set_plain` for a label, :func:`escape` inside the app's own
  HTML templates, :func:`tooltip` for a tool tip;
* **the safe Markdown path**: :func:`markdown_html`, core.markup's allow-listed HTML
  whose images are resolved here and nowhere else.

Images: :func:`image_bytes` is the only resolver. A picture is read only when it is
a regular file inside the lesson's own pack, within the size cap, and starts like
a PNG, JPEG, GIF, BMP or WebP picture. Its bytes are then embedded as a ``data:``
URL, which Qt decodes in memory without touching a path; every other image becomes
its alt text. SVG is refused: an SVG is a document that may name other files
(``<image href="/anything">``) and QtSvg fetches them, so sanitising it would mean
keeping an XML filter up to date against a moving target; raster pictures are
enough for lessons.
"""

from __future__ import annotations

import base64
import os
import re
import stat
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from ..core.errors import MarkupError
from ..core.languages import isolate_left_to_right_runs

if TYPE_CHECKING:
    from ..core.lessons.glossary import Glossary

# Leading bytes of the picture formats lessons may use, and the MIME subtype of each.
_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "png"),
    (b"\xff\xd8\xff", "jpeg"),
    (b"GIF87a", "gif"),
    (b"GIF89a", "gif"),
    (b"BM", "bmp"),
)
# What html.escape(text, quote=True) replaces, with the same entities. Not `import html`:
# it loads html.entities' table of 2,231 named entities (about 0.5 MiB) for unescape,
# which only the picture path needs, and escaping runs from the first screen on.
_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;"})
_IMG = re.compile(r"<img\b[^>]*>")  # nh3 writes every attribute as name="value"
_ATTRIBUTE = re.compile(r'([a-z]+)="([^"]*)"')


def escape(text: str) -> str:
    """Pack text for the inside of the app's own HTML: every tag shows as text."""
    return text.translate(_ESCAPES)


def set_plain(label: QLabel, text: str) -> None:
    """Show pack text in a label exactly as written, never as HTML."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)


def tooltip(text: str) -> str:
    """A tool tip that shows pack text as written (a bare ``<b>`` would turn it into HTML)."""
    return f"<p>{escape(text)}</p>" if text else ""


def markdown_html(
    text: str,
    *,
    glossary: Glossary | None = None,
    pack_root: Path | None = None,
    inline: bool = False,
    embed: bool = True,
) -> str:
    """Lesson Markdown as safe HTML, its pictures embedded only if the pack may show them.

    ``embed=False`` leaves the ``<img>`` tags for one :func:`embed_images` call over a
    whole document (a handout), which must happen before Qt sees it.
    """
    from ..core import markup  # the Markdown path: on first use, not before the home screen

    try:
        rendered = markup.render_inline(text, glossary) if inline else markup.render(text, glossary)
    except MarkupError:
        return escape(text) if inline else f"<p>{escape(text)}</p>"
    if QApplication.isRightToLeft():  # amounts, hex and code keep their order in Arabic text
        rendered = isolate_left_to_right_runs(rendered)
    return embed_images(rendered, pack_root) if embed else rendered


def refuse_resource(kind: int, url) -> object:
    """What a document's ``loadResource`` answers: pictures come embedded (``data:``,
    decoded by Qt in memory); anything else gets an empty answer, because ``None``
    would make Qt read the path itself, relative to the working directory."""
    from PySide6.QtGui import QImage, QTextDocument

    if url.scheme() == "data":
        return None
    return QImage() if kind == QTextDocument.ResourceType.ImageResource.value else ""


def embed_images(fragment: str, pack_root: Path | None) -> str:
    """Each ``<img>`` of core.markup's output: embedded from the pack, or its alt text."""
    if "<img" not in fragment:
        return fragment
    return _IMG.sub(lambda match: _embed(match.group(), pack_root), fragment)


def _embed(tag: str, pack_root: Path | None) -> str:
    import html  # on the picture path only: see _ESCAPES

    attributes = {name: html.unescape(value) for name, value in _ATTRIBUTE.findall(tag)}
    alt = attributes.get("alt", "")
    found = image_bytes(pack_root, attributes.get("src", "")) if pack_root is not None else None
    if found is None:
        return escape(alt)
    data, subtype = found
    encoded = base64.b64encode(data).decode("ascii")
    return f'<img src="data:image/{subtype};base64,{encoded}" alt="{escape(alt)}">'


def image_bytes(pack_root: Path, reference: str) -> tuple[bytes, str] | None:
    """The picture's bytes and MIME subtype, or None when it may not be shown.

    The opened file itself is checked (``fstat``), so a link swapped in after the
    path check still can't reach a device or an oversize file.
    """
    from ..core import markup

    path = markup.safe_resource_path(pack_root, reference)
    if path is None:
        return None
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode) or info.st_size > markup.MAX_RESOURCE_BYTES:
            return None
        data = os.read(fd, markup.MAX_RESOURCE_BYTES + 1)
    except OSError:
        return None
    finally:
        os.close(fd)
    if len(data) > markup.MAX_RESOURCE_BYTES:
        return None
    subtype = next((kind for magic, kind in _SIGNATURES if data.startswith(magic)), None)
    if subtype is None and data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        subtype = "webp"
    return (data, subtype) if subtype else None
