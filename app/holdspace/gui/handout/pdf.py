"""Lay a handout out with QTextDocument and write it as PDF (works offscreen)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QUrl
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from ...core import markup

RESOLUTION = 300   # dots per inch: crisp tables and boxes on any printer


class HandoutDocument(QTextDocument):
    """Lesson images load only from regular, size-capped files inside the pack."""

    def __init__(self, pack_root: Path | None):
        super().__init__()
        self._pack_root = pack_root

    def loadResource(self, kind: int, url: QUrl):  # noqa: N802 (Qt's name)
        if kind != QTextDocument.ResourceType.ImageResource.value or self._pack_root is None:
            return None
        path = markup.safe_resource_path(self._pack_root, url.toString())
        image = QImage(str(path)) if path is not None else QImage()
        return None if image.isNull() else image


def make_document(html: str, title: str, pack_root: Path | None) -> HandoutDocument:
    document = HandoutDocument(pack_root)
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title)
    document.setHtml(html)
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
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(16, 16, 16, 16), QPageLayout.Unit.Millimeter))
    make_document(html, title, pack_root).print_(writer)
    del writer  # finishes the file
    if not out.is_file() or out.stat().st_size == 0:
        raise OSError(f"{out} could not be written")
