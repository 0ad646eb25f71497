"""A large button drawn as a rounded card: a bold title and a wrapped description.

QCommandLinkButton would fit, but it pins its fonts at 9 pt, so it ignores the
learner's text size. This one follows the application font and grows in height
as the text wraps (200 % text, long translations, right-to-left). It is painted
here with QPainter (a style sheet would pin its font size): a soft edge and shadow
at rest, a soft tint and a lifted shadow under the mouse, and only with focus an
accent ring outside it (3:1 on the window): one strong mark, where the keyboard is. The "primary" card (pick up where you left off) is the one
warm card on the page, with an arrow that points the way of reading.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from . import style
from .safe_text import escape as _escape

RADIUS = 12  # the card's corners
OUTSIDE = 5  # room around the card for its shadow and focus ring


class CardButton(QPushButton):
    ring_when_active = False  # focus placed before the window is active (HomeView.focus_first)

    def __init__(
        self,
        title: str = "",
        description: str = "",
        parent: QWidget | None = None,
        *,
        primary: bool = False,
    ):
        super().__init__(parent)
        self.primary = primary
        self._row = QHBoxLayout(self)
        self.text_column = QVBoxLayout()  # a topic's picture goes on top of its title
        self._row.addLayout(self.text_column, 1)
        self._title = QLabel(self)
        self._description = QLabel(self)
        for label in (self._title, self._description):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            self.text_column.addWidget(label)
        self.text_column.addStretch(1)  # a taller card in the row keeps its words at the top
        self._arrow = QLabel(self)  # only on the primary card: "this way"
        self._arrow.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._arrow.setVisible(primary)
        self._row.addWidget(self._arrow, 0, Qt.AlignmentFlag.AlignVCenter)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover)
        # Maximum: as tall as its words, never stretched by a tall window (a grid row still
        # lines its cards up to the tallest).
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._fit_padding()
        self.set_texts(title, description)
        style.follow_scheme(self._restyle)

    def set_texts(self, title: str, description: str) -> None:
        self._title.setText(style.typeset("subheading", _escape(title), block=False))
        self._description.setText(_escape(description))
        self._description.setVisible(bool(description))
        self.setAccessibleName(title)
        self.setAccessibleDescription(description)
        self.updateGeometry()

    def title(self) -> str:
        return self.accessibleName()

    def description(self) -> str:
        return self.accessibleDescription()

    # --- size: padding in ems, so the card breathes alike at 100 % and 200 % ---------------
    def _fit_padding(self) -> None:
        em = self.fontMetrics().height()
        side, top = OUTSIDE + round(em * 0.9), OUTSIDE + round(em * 0.55)
        self._row.setContentsMargins(side, top, side, top + 2)  # +2: the shadow below
        self.text_column.setSpacing(max(2, em // 4))
        self._row.setSpacing(em)
        self._draw_arrow()

    def _draw_arrow(self) -> None:
        if not self.primary:
            return
        from . import icons  # only when a primary card is drawn: no SVG work at import

        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        side = round(self.fontMetrics().height() * 1.3)
        self._arrow.setPixmap(
            icons.pixmap(
                "arrows/left" if rtl else "arrows/right",
                style.current_scheme().accent,
                side,
                self.devicePixelRatioF(),
            )
        )

    def _restyle(self, *_scheme) -> None:
        self._draw_arrow()
        self.update()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.LayoutDirectionChange):
            self._fit_padding()

    def enterEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().enterEvent(event)
        self.update()  # the hover edge

    def leaveEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().leaveEvent(event)
        self.update()

    def focusInEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().focusInEvent(event)
        # Qt marks no keyboard focus change for focus given as the window becomes active;
        # the home placed it here as Tab would have, so its ring shows as if it had.
        if self.ring_when_active and event.reason() == Qt.FocusReason.ActiveWindowFocusReason:
            self.ring_when_active = False
            self.window().setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange, True)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        # Enter opens a card, as Space does (outside dialogs Qt's buttons ignore Enter).
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.isAutoRepeat():
            self.click()
            return
        super().keyPressEvent(event)

    # --- painting -----------------------------------------------------------------------
    def paintEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        scheme = style.current_scheme()
        hovered = self.underMouse() and self.isEnabled()
        pressed = self.isDown()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        card = QRectF(self.rect()).adjusted(OUTSIDE, OUTSIDE, -OUTSIDE, -OUTSIDE - 2)
        self._paint_shadow(painter, card, QColor(scheme.shadow), lifted=hovered and not pressed)
        fill = (
            scheme.invite_bg
            if self.primary
            else (scheme.hover if hovered or pressed else scheme.surface)
        )
        # Under the mouse only the soft tint and a lifted shadow: the accent edge and ring
        # are the focus's own, so a hovered card never looks like the chosen one.
        edge = scheme.accent if self.primary else scheme.card_edge
        painter.setBrush(QColor(fill))
        painter.setPen(QPen(QColor(edge), 2 if self.primary else 1))
        painter.drawRoundedRect(card.adjusted(0.5, 0.5, -0.5, -0.5), RADIUS, RADIUS)
        if self.hasFocus():  # a ring just outside the card, on the window: 3:1 or more
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(QColor(scheme.accent), 3))
            painter.drawRoundedRect(card.adjusted(-3.5, -3.5, 3.5, 3.5), RADIUS + 3, RADIUS + 3)
        painter.end()

    @staticmethod
    def _paint_shadow(painter: QPainter, card: QRectF, ink: QColor, *, lifted: bool) -> None:
        """A soft shadow: a few faint rounded rectangles, a little lower than the card."""
        painter.setPen(Qt.PenStyle.NoPen)
        for step, alpha in (
            ((1, 28), (2, 18), (3, 10)) if not lifted else ((1, 34), (2, 24), (3, 16), (4, 8))
        ):
            ink.setAlpha(alpha)
            painter.setBrush(ink)
            painter.drawRoundedRect(
                card.adjusted(-step / 2, step, step / 2, step), RADIUS + 1, RADIUS + 1
            )

    # --- height follows the wrapped words ---------------------------------------------------
    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt's name)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt's name)
        return self.layout().totalHeightForWidth(width)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return self.layout().totalSizeHint()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return self.layout().totalMinimumSize()
