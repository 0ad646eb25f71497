"""A text browser for untrusted lesson text.

It never follows a link by itself: https links open in the system browser only
after the learner confirms and sees the full address; every other link is
refused kindly. Pictures arrive already embedded by ``safe_text`` (only from
regular, size-capped raster files inside the lesson's own pack); ``loadResource``
answers every other request itself with nothing, because a ``None`` answer makes
Qt read the path on its own, relative to the working directory (``/dev/zero`` or
a learner's photo).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QPalette
from PySide6.QtWidgets import QFrame, QMessageBox, QSizePolicy, QTextBrowser, QWidget

from ..core import markup, steplinks, termlinks
from . import safe_text, style
from .list_marks import mirror_rtl_numbers


def confirm_and_open(parent: QWidget, url: QUrl) -> bool:
    """Ask before leaving the app; open only https. Returns True when opened."""
    target = url.toString()
    if not markup.link_is_allowed(target):
        QMessageBox.information(
            parent,
            QCoreApplication.translate("Notices", "This link stays closed"),
            QCoreApplication.translate(
                "Notices",
                "Holdspace only opens secure web links (https). This one points to:\n\n{address}",
            ).format(address=target),
        )
        return False
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("Notices", "Open a web page?"),
        QCoreApplication.translate(
            "Notices",
            "This opens the page below in your web browser. Holdspace itself never "
            "goes online.\n\n{address}\n\nOpen it?",
        ).format(address=target),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    return QDesktopServices.openUrl(url)


def follow_link(parent: QWidget, url: QUrl | str, on_term, on_step=None) -> None:
    """A glossary ``term:`` link calls ``on_term(id)``; a ``#step-id`` link calls
    ``on_step(id)`` (and does nothing where no lesson is open); anything else is asked
    about first."""
    url = url if isinstance(url, QUrl) else QUrl(url)
    term = termlinks.term_id(url.toString())
    step = steplinks.step_id(url.toString())
    if term is not None:
        on_term(term)
    elif step is not None:
        if on_step is not None:
            on_step(step)
    else:
        confirm_and_open(parent, url)


class SafeTextBrowser(QTextBrowser):
    term_requested = Signal(str)  # a glossary term was clicked or chosen with Enter
    step_requested = Signal(str)  # a link to another step of the lesson ("#step-id")

    def __init__(self, parent: QWidget | None = None, *, fit_content: bool = False):
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(
            lambda url: follow_link(self, url, self.term_requested.emit, self.step_requested.emit)
        )
        self._pack_root: Path | None = None
        self._fit = fit_content
        self._source = ""
        self._apply_look()
        style.follow_scheme(self._restyle)
        if fit_content:  # grow with the text; the page around it scrolls instead
            self.setFrameShape(QFrame.Shape.NoFrame)
            # Only the Base role is set, so every other colour still follows the system.
            see_through = QPalette()
            see_through.setColor(QPalette.ColorRole.Base, Qt.GlobalColor.transparent)
            self.setPalette(see_through)
            self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            self.document().documentLayout().documentSizeChanged.connect(self._fit_height)

    def _apply_look(self) -> None:
        # Glossary terms look the same everywhere (style.term_look); the host after each
        # web link is a quiet note, not part of the sentence.
        small = style.TYPE_SCALE["small"][0]
        self.document().setDefaultStyleSheet(
            style.lesson_css(style.current_scheme()) + f" .link-host {{ font-size: {small}; }}"
        )

    def setHtml(self, html: str) -> None:  # noqa: N802 (Qt's name)
        self._source = html  # kept, so a change of colours can draw it again
        super().setHtml(html)
        mirror_rtl_numbers(self.document())

    def _restyle(self, *_scheme) -> None:
        """Terms take the new scheme's look (the style sheet applies when HTML is read)."""
        self._apply_look()
        if self._source:
            where = self.verticalScrollBar().value()
            super().setHtml(self._source)
            mirror_rtl_numbers(self.document())
            self.verticalScrollBar().setValue(where)

    def _fit_height(self) -> None:
        margins = self.contentsMargins()
        height = int(self.document().size().height()) + margins.top() + margins.bottom() + 2
        self.setFixedHeight(max(height, self.fontMetrics().height() * 2))

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # the learner changed the text size
            self.document().setDefaultFont(self.font())
            if self._fit:
                self._fit_height()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        if self._fit:
            self._fit_height()

    def set_pack_root(self, root: Path | None) -> None:
        self._pack_root = root

    def set_markdown(self, text: str, glossary=None) -> None:
        self.setHtml(safe_text.markdown_html(text, glossary=glossary, pack_root=self._pack_root))

    def loadResource(self, kind: int, url: QUrl | str) -> object:  # noqa: N802 (Qt's name)
        return safe_text.refuse_resource(kind, url)
