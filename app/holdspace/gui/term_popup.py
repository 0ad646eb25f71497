"""A glossary term's plain-language definition, in a small card beside the text.

It opens from a ``term:`` link (mouse or Enter on a focused link), takes the keyboard
focus so a screen reader reads it, and closes with Esc, the Close button or a click
elsewhere. "See also" links show the related term in the same card.

It is a frameless, modeless dialog rather than a Qt popup: Qt leaves popups out of the
application's accessible tree, so a reader could neither find the card nor say where
the focus is. Esc and Close give the focus back to the term that opened it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt, Signal
from PySide6.QtGui import QCursor, QGuiApplication, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from ..core import termlinks
from . import style
from .a11y import LinkLabel
from .markdown_view import follow_link
from .safe_text import escape, markdown_html
from .steps.text import plain
from .translation_aids import english_name_html

if TYPE_CHECKING:
    from ..core.lessons.glossary import Glossary, Term

WIDTH_CHARS = 42  # a short, comfortable column


class TermPopup(QDialog):
    glossary_requested = Signal(str)  # "All terms…": the whole glossary, at this term

    def __init__(self, parent: QWidget, glossary: Glossary):
        super().__init__(parent, Qt.WindowType.Dialog | Qt.WindowType.FramelessWindowHint)
        self.glossary = glossary
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # Where the focus goes back to on Esc or Close (not after a click elsewhere).
        self._opener: QWidget | None = None
        self._give_back = True
        layout = QVBoxLayout(self)
        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.text = LinkLabel(self)  # Tab lands on its first "see also" link at once
        self.text.linkActivated.connect(lambda url: follow_link(self, url, self.show_term))
        self.text.setMinimumWidth(self.fontMetrics().averageCharWidth() * WIDTH_CHARS)
        self.text.setMaximumWidth(self.fontMetrics().averageCharWidth() * WIDTH_CHARS * 2)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        row = QHBoxLayout()
        self.all_button = QPushButton(self.tr("&All terms…"), self)
        self.all_button.setAccessibleName(self.tr("Open the glossary"))
        self.all_button.clicked.connect(self._open_glossary)
        #: Button that closes a glossary card.
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setAccessibleName(self.tr("Close the explanation"))
        self.close_button.clicked.connect(self.reject)
        for button in (self.all_button, self.close_button):
            button.setAutoDefault(True)  # Enter presses a focused button, as Space does
        row.addWidget(self.all_button)
        row.addStretch(1)
        row.addWidget(self.close_button)
        layout.addLayout(row)
        self.term: Term | None = None

    def show_term(self, term_id: str) -> bool:
        term = self.glossary.terms.get(term_id)
        if term is None:
            return False
        self.term = term
        # The term in the same look as in the lesson text, at the scale's subheading size.
        look = style.term_look(style.current_scheme())
        keyword, _, weight = style.TYPE_SCALE["subheading"]
        self.title.setText(
            f'<span style="{look} font-size:{keyword}; font-weight:{weight}">'
            f"{escape(term.term)}</span>{english_name_html(term)}"
        )
        self.text.setText(style.styled_terms(definition_html(term, self.glossary)))
        spoken = plain(term.definition)  # no Markdown marks read aloud
        self.setAccessibleName(self.tr("Glossary: {term}").format(term=term.term))
        self.setAccessibleDescription(spoken)
        # The label reads as the definition it shows; the term is its description.
        self.text.setAccessibleDescription(
            f"{term.term} ({term.original})" if term.original else term.term
        )
        self.adjustSize()
        return True

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().paintEvent(event)
        # A frameless window still wants an edge against the text it sits on.
        painter = QPainter(self)
        painter.setPen(self.palette().color(QPalette.ColorRole.Mid))
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        # A click elsewhere closes the card as a popup would, leaving the focus there.
        # (Hiding deactivates the card too, while it still counts as visible.)
        if (
            event.type() == QEvent.Type.ActivationChange
            and not self.isActiveWindow()
            and not self.testAttribute(Qt.WidgetAttribute.WA_WState_Hidden)
        ):
            self._give_back = False
            self.close()

    def hideEvent(self, event) -> None:  # noqa: N802 (Esc, Close and "All terms…" end here)
        super().hideEvent(event)
        opener = self._opener
        if self._give_back and opener is not None and shiboken6.isValid(opener):
            opener.window().activateWindow()
            opener.setFocus(Qt.FocusReason.PopupFocusReason)

    def _open_glossary(self) -> None:
        self.close()
        self.glossary_requested.emit(self.term.id if self.term else "")

    def show_near(self, point: QPoint) -> None:
        """Show below ``point`` (global), kept on the screen; focus goes to the card."""
        screen = QGuiApplication.screenAt(point) or QGuiApplication.primaryScreen()
        area = screen.availableGeometry()
        owner = self.parentWidget()
        if owner is not None:  # stay over the app's own window where it fits
            window = owner.window().geometry().intersected(area)
            area = window if window.width() > 200 and window.height() > 150 else area
        # At large text sizes the comfortable width may exceed the screen: wrap sooner.
        widest = min(self.fontMetrics().averageCharWidth() * WIDTH_CHARS * 2, area.width() * 3 // 4)
        self.text.setMinimumWidth(min(self.text.minimumWidth(), widest))
        self.text.setMaximumWidth(widest)
        self.layout().activate()
        self.adjustSize()
        x = min(max(point.x(), area.left()), area.right() - self.width())
        y = point.y() + 4
        if y + self.height() > area.bottom():
            y = max(area.top(), point.y() - self.height() - 4)
        self.move(x, y)
        self._opener = QApplication.focusWidget()
        self.show()
        self.raise_()
        self.activateWindow()
        self.setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange, True)  # a visible ring
        self.close_button.setFocus(Qt.FocusReason.TabFocusReason)


def definition_html(term: Term, glossary: Glossary) -> str:
    """The definition and its "see also" links, as safe HTML."""
    # No pack folder here: a picture in a definition shows as its alt text.
    text = markdown_html(term.definition, glossary=glossary)
    related = [glossary.terms[i] for i in term.see if i in glossary.terms]
    if related:
        #: Between the "see also" links (Arabic writes "، ").
        links = QCoreApplication.translate("TermPopup", ", ").join(
            f'<a href="{termlinks.href(t.id)}" class="{termlinks.CSS_CLASS}">{escape(t.term)}</a>'
            for t in related
        )
        see_also = QCoreApplication.translate("TermPopup", "See also:")
        text += f"<p>{escape(see_also)} {links}</p>"
    return text


def popup_point(widget: QWidget) -> QPoint:
    """Where a card for a just-activated link should appear: at the mouse if it is over
    ``widget``, else below the widget's text cursor (keyboard use)."""
    if isinstance(widget, (QTextEdit, QPlainTextEdit)) and widget.textCursor().hasSelection():
        # A link reached with Tab is selected: open by the word, wherever the mouse rests.
        return widget.viewport().mapToGlobal(widget.cursorRect().bottomLeft())
    mouse = QCursor.pos()
    if widget.rect().contains(widget.mapFromGlobal(mouse)):
        return mouse
    return widget.mapToGlobal(widget.rect().bottomLeft())


def open_term(
    parent: QWidget, glossary: Glossary, term_id: str, *, on_glossary=None
) -> TermPopup | None:
    """Open the card for ``term_id`` near ``parent``; None when the term is unknown."""
    popup = TermPopup(parent.window(), glossary)
    if not popup.show_term(term_id):
        popup.deleteLater()
        return None
    if on_glossary is not None:
        popup.glossary_requested.connect(on_glossary)
    else:
        popup.all_button.hide()
    popup.show_near(popup_point(parent))
    return popup
