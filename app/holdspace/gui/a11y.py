"""Screen-reader and keyboard helpers shared by the views.

Feedback is *announced* (Qt 6.8's ``QAccessibleAnnouncementEvent``, spoken by Orca
45.2+ and other current readers) and also written into the focused widget's
accessible description, which older readers present when it changes (Orca's advice
to application developers). Keyboard focus is always visible: ``FocusRing`` draws a
frame on widgets whose style draws none (lesson text, feedback).
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QPainter, QPen
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from ..core.languages import first_strong
from .theme import focus_colour

_OWN = "holdspace_own_description"  # a widget's description before feedback was added to it


def announce(text: str, near: QWidget | None = None, *, assertive: bool = False) -> None:
    """Say ``text`` through the screen reader, and leave it on the focused widget too."""
    text = " ".join(text.split())
    if not text:
        return
    focused = QApplication.focusWidget()
    source = focused or near
    if source is None:
        return
    event = QAccessibleAnnouncementEvent(source, text)
    event.setPoliteness(
        QAccessible.AnnouncementPoliteness.Assertive
        if assertive
        else QAccessible.AnnouncementPoliteness.Polite
    )
    QAccessible.updateAccessibility(event)
    if focused is not None:
        describe_with(focused, text)


def describe_with(widget: QWidget, text: str) -> None:
    """Put ``text`` before the widget's own description (setting it notifies readers)."""
    own = widget.property(_OWN)
    if own is None:
        own = widget.accessibleDescription()
        widget.setProperty(_OWN, own)
    widget.setAccessibleDescription(f"{text}\n{own}" if own else text)


def forget_descriptions(widgets: Iterable[QWidget]) -> None:
    """Give widgets back their own descriptions (a new step: old feedback no longer applies)."""
    for widget in widgets:
        own = widget.property(_OWN)
        if own is not None:
            widget.setAccessibleDescription(own)
            widget.setProperty(_OWN, None)


def chain_tab_order(widgets: Iterable[QWidget | None]) -> None:
    """Tab visits ``widgets`` in this order (the ones that exist and take focus)."""
    present = [w for w in widgets if w is not None]
    for first, second in itertools.pairwise(present):
        QWidget.setTabOrder(first, second)


def tab_stops(root: QWidget) -> list[QWidget]:
    """The Tab stops inside ``root``, in the order Tab visits them now."""
    stops, widget = [], root.nextInFocusChain()
    seen = set()
    while widget is not root and id(widget) not in seen:
        seen.add(id(widget))
        if root.isAncestorOf(widget) and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            stops.append(widget)
        widget = widget.nextInFocusChain()
    return stops


class FocusRing(QWidget):
    """A frame drawn over ``target`` while it has keyboard focus (its style draws none)."""

    WIDTH = 2

    def __init__(self, target: QWidget):
        super().__init__(target)
        self._target = target
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.hide()
        target.installEventFilter(self)
        for child in target.findChildren(QWidget):  # a text browser's viewport takes focus events
            if child is not self:
                child.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        kind = event.type()
        if kind in (
            QEvent.Type.FocusIn,
            QEvent.Type.FocusOut,
            QEvent.Type.Resize,
            QEvent.Type.Show,
        ):
            self.setGeometry(self._target.rect())
            self.setVisible(self._target.hasFocus())
            self.raise_()
        return False

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        colour = focus_colour(self.palette())
        painter.setPen(QPen(colour, self.WIDTH))
        half = self.WIDTH // 2
        painter.drawRect(self.rect().adjusted(half, half, -half - 1, -half - 1))


# --- right-to-left: content keeps its own direction -------------------------------------


def content_direction(text: str) -> Qt.LayoutDirection:
    """The direction of ``text``'s first strong character (English stays left to right
    inside an Arabic interface, so its full stop stays at its end)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind == "L":
            return Qt.LayoutDirection.LeftToRight
        if kind in ("R", "AL"):
            return Qt.LayoutDirection.RightToLeft
    return Qt.LayoutDirection.LayoutDirectionAuto


def isolate(text: str) -> str:
    """``text`` between Unicode first-strong isolates, for views that paint plain strings."""
    return first_strong(text)


def reading_edge(widget: QWidget) -> Qt.AlignmentFlag:
    """The side text starts from in this layout (right in right-to-left), as an absolute side,
    so words sit beside their radio or tick box whatever language they are in."""
    side = (
        Qt.AlignmentFlag.AlignRight
        if widget.layoutDirection() == Qt.LayoutDirection.RightToLeft
        else Qt.AlignmentFlag.AlignLeft
    )
    return side | Qt.AlignmentFlag.AlignAbsolute


_LINK = re.compile(r"<a\s[^>]*href=", re.IGNORECASE)


class LinkLabel(QLabel):
    """Rich text whose links Tab reaches one by one and Enter follows.

    A plain QLabel takes a Tab stop of its own before its first link, showing nothing:
    here Tab lands on the first link (Shift+Tab on the last) at once. Without links it
    keeps its one stop (feedback must stay reachable for a screen reader)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)

    def focusInEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().focusInEvent(event)
        if event.reason() in (
            Qt.FocusReason.TabFocusReason,
            Qt.FocusReason.BacktabFocusReason,
        ) and _LINK.search(self.text()):
            self.focusNextPrevChild(event.reason() == Qt.FocusReason.TabFocusReason)
