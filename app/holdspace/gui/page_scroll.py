"""Where the lesson page is scrolled: a new step starts at its top, the focused control
and fresh feedback come into view, and focus never sits on something scrolled away."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractSlider, QApplication, QScrollArea, QWidget

_BAR = QAbstractSlider.SliderAction
_SCROLL_KEYS = {
    Qt.Key.Key_Down: _BAR.SliderSingleStepAdd,
    Qt.Key.Key_Up: _BAR.SliderSingleStepSub,
    Qt.Key.Key_Home: _BAR.SliderToMinimum,
    Qt.Key.Key_End: _BAR.SliderToMaximum,
}
VISIBLE_PART = 40  # this much of a control on screen counts as "in view"
MARGIN = 10  # room kept above and below fresh feedback


class PageScroller(QObject):
    def __init__(self, scroll: QScrollArea, page: QWidget):
        super().__init__(scroll)
        self.scroll, self.page = scroll, page

    def scroll_with_keys(self, widget: QWidget) -> None:
        """While ``widget`` (the lesson text) has focus, ↑ ↓ Home End scroll the whole page."""
        widget.installEventFilter(self)
        for child in widget.findChildren(QWidget):
            child.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if (
            isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
        ):
            action = _SCROLL_KEYS.get(Qt.Key(event.key()))
            if action is not None:
                self.scroll.verticalScrollBar().triggerAction(action)
                return True
        return False

    def focus(self, target: QWidget) -> None:
        """Focus set by the app: its ring shows as if a key had brought it, and it is in view."""
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)
        target.window().setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange, True)
        self.keep_visible(target)

    def page_on(self, forward: bool) -> bool:
        """A page further down (or up) if the step goes on that way; False at its end.

        Page Down reads on through a long step before it turns to the next one, so a
        keyboard reader at large text never skips a paragraph below the fold (presenter
        mode's clicker keys still turn the step: a projected step is read by the room)."""
        bar = self.scroll.verticalScrollBar()
        if (bar.value() >= bar.maximum()) if forward else (bar.value() <= bar.minimum()):
            return False
        bar.triggerAction(_BAR.SliderPageStepAdd if forward else _BAR.SliderPageStepSub)
        return True

    def to_top(self) -> None:
        self.scroll.verticalScrollBar().setValue(0)

    def keep_visible(self, widget: QWidget) -> None:
        """After the layout settles, scroll just enough to show ``widget``."""
        QTimer.singleShot(0, self, lambda: self._show(widget))

    def show_feedback(self, feedback: QWidget) -> None:
        """Scroll the feedback into view; if the focused control then can't be seen,
        the feedback (a Tab stop with a ring, read as its whole text) takes the focus."""
        QTimer.singleShot(0, self, lambda: self._show_feedback(feedback))

    def _settle(self) -> None:
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)

    def _show(self, widget: QWidget) -> None:
        self._settle()
        if widget.isVisible() and self.page.isAncestorOf(widget):
            self.scroll.ensureWidgetVisible(widget)

    def _show_feedback(self, feedback: QWidget) -> None:
        self._settle()
        if not feedback.isVisible():
            return
        if feedback.height() + 2 * MARGIN > self.scroll.viewport().height():
            # Taller than the page's window (large text, small screen): Qt would centre it
            # and hide its first line, the verdict ("Yes, that's it"); show its top instead.
            top = feedback.mapTo(self.page, feedback.rect().topLeft()).y()
            self.scroll.verticalScrollBar().setValue(top - MARGIN)
        else:
            self.scroll.ensureWidgetVisible(feedback, 0, MARGIN)
        focused = QApplication.focusWidget()
        if focused is not None and self.page.isAncestorOf(focused) and not self.in_view(focused):
            feedback.setFocus(Qt.FocusReason.TabFocusReason)

    def in_view(self, widget: QWidget) -> bool:
        viewport = self.scroll.viewport()
        top = widget.mapTo(viewport, widget.rect().topLeft()).y()
        return top >= 0 and top + min(widget.height(), VISIBLE_PART) <= viewport.height()
