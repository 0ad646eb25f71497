"""Lay a handout out with QTextDocument and write it as PDF (works offscreen)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QUrl
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from ..list_marks import mirror_rtl_numbers
from ..safe_text import embed_images, refuse_resource

RESOLUTION = 300  # dots per inch: crisp tables and boxes on any printer


class HandoutDocument(QTextDocument):
    """Pictures arrive embedded by safe_text (only from inside the pack); the document
    answers every other request itself, so Qt never reads a path on its own."""

    def loadResource(self, kind: int, url: QUrl | str) -> object:  # noqa: N802 (Qt's name)
        return refuse_resource(kind, url)


def make_document(html: str, title: str, pack_root: Path | None) -> HandoutDocument:
    document = HandoutDocument()
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title)
    document.setHtml(embed_images(html, pack_root))
    mirror_rtl_numbers(document)  # an Arabic handout's steps read "1." too
    return document


def write_pdf(html: str, out: Path, *, title: str, pack_root: Path | None = None) -> None:
    """Write ``html`` to ``out`` as a PDF; OSError when the file can't be written."""
    out = Path(out)
    if not out.parent.is_dir():
        raise OSError(f"the folder {out.parent} does not exist")
    writer = QPdfWriter(str(out))
    writer.setResolution(RESOLUTION)
    writer.setTitle(title)
    writer.setCreator("Holdspace")
    # A4 with comfortable margins; QTextDocument numbers the pages.
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(16, 16, 16, 16),
            QPageLayout.Unit.Millimeter,
        )
    )
    make_document(html, title, pack_root).print_(writer)
    del writer  # finishes the file
    if not out.is_file() or out.stat().st_size == 0:
        raise OSError(f"{out} could not be written")
