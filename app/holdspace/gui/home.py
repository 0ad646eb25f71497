"""The home view: a calm welcome, "pick up where you left off", and the topics."""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpacerItem,
    QVBoxLayout,
    QWidget,
)

from . import icons, style
from .cards import CardButton
from .i18n import embed
from .reader_roles import mark_heading
from .reading_column import HOME_EMS, ReadingColumn

if TYPE_CHECKING:
    from ..core.lessons.model import Pack


class Fit(NamedTuple):
    """How much room the home gives itself: its gaps (a share of their size in ems), the
    stretchy gaps' resting size, and whether the topic pictures stand beside the words."""

    gaps: float
    stretch: float
    beside: bool


# From roomiest to tightest: a short window (1024×600 with the resume card, a longer
# language) first loses the gaps' slack, then a line per row of cards, then more gap.
FITS = (
    Fit(1.0, 1.0, False),
    Fit(1.0, 0.0, False),
    Fit(0.6, 0.0, False),
    Fit(1.0, 0.0, True),
    Fit(0.6, 0.0, True),
    Fit(0.3, 0.0, True),
)


class TopicButton(CardButton):
    """A topic: our own picture for it (built-in topics), its title, and its summary."""

    def __init__(self, title: str, summary: str, parent: QWidget | None = None, topic_id: str = ""):
        super().__init__(title, summary, parent)
        self._icon_name = icons.topic_icon_name(topic_id)
        self._picture = QLabel(self)
        self._picture.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._picture.setAccessibleName("")  # decoration: the title says it all
        self.text_column.insertWidget(0, self._picture)
        self._beside = False
        self._draw_picture()
        style.follow_scheme(self._recolour)

    def _draw_picture(self) -> None:
        if self._icon_name is None:
            self._picture.hide()
            return
        side = round(self.fontMetrics().height() * 1.9)  # grows with the text
        ink = style.current_scheme().accent
        self._picture.setPixmap(icons.pixmap(self._icon_name, ink, side, self.devicePixelRatioF()))

    def _recolour(self, *_scheme) -> None:
        self._draw_picture()

    def put_picture_beside(self, beside: bool) -> None:
        """On a short window the picture stands at the words' side, not above them: a line
        less per row of cards."""
        if beside == self._beside:
            return
        self._beside = beside
        if beside:
            self.text_column.removeWidget(self._picture)
            self._row.insertWidget(0, self._picture, 0, Qt.AlignmentFlag.AlignTop)
        else:
            self._row.removeWidget(self._picture)
            self.text_column.insertWidget(0, self._picture)

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._draw_picture()


class HomeView(QWidget):
    topic_chosen = Signal(str)  # topic id
    resume_chosen = Signal(str, int)  # lesson id, step index
    library_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no invisible Tab stop
        outer.addWidget(scroll)
        # A centred column, 60 ems at most: designed at 1920×1080 as at 1024×600.
        page = ReadingColumn(scroll, HOME_EMS)
        scroll.setWidget(page)
        self._page = page
        content = page.inner
        self._column = page.column
        self._gaps: list[tuple[QSpacerItem, float]] = []
        self._fit = FITS[0]
        self._gap(0.5, stretch=True)  # on a tall screen the page sits a little above the middle

        self.welcome = QLabel(
            self.tr(
                "<h1>Welcome to Holdspace</h1>"
                "<p>Take your time. Nothing here is timed or scored, you can try as often as "
                "you like, and everything stays on this computer.</p>"
            ),
            content,
        )
        self.welcome.setWordWrap(True)
        self.welcome.setTextFormat(Qt.TextFormat.RichText)
        self._column.addWidget(self.welcome)
        self._gap(0.6)

        self.resume_button = CardButton(parent=content, primary=True)
        self.resume_button.clicked.connect(self._resume)
        self._column.addWidget(self.resume_button)
        self._resume_target: tuple[str, int] | None = None
        self._gap(1.0)

        self.topics_label = QLabel(self.tr("<h2>Where would you like to start?</h2>"), content)
        self.topics_label.setWordWrap(True)
        mark_heading(self.topics_label)
        self._column.addWidget(self.topics_label)
        self._grid = QGridLayout()
        self._column.addLayout(self._grid)
        self.topic_buttons: dict[str, TopicButton] = {}
        self._shown: tuple | None = None  # what the topic cards show (see _what_is_shown)
        self._gap(0.8)

        self.library_button = QPushButton(self.tr("See &all lessons"), content)
        self.library_button.setAccessibleName(self.tr("See all lessons"))
        self.library_button.setAutoDefault(True)  # Enter presses it, as Space does
        self.library_button.clicked.connect(self.library_requested.emit)
        self._column.addWidget(self.library_button, 0, Qt.AlignmentFlag.AlignLeading)

        self.privacy = QLabel(content)
        self.privacy.setWordWrap(True)
        style.set_muted(self.privacy)  # a quiet note, not a warning
        self._column.addWidget(self.privacy)
        self._gap(2.0, stretch=True)
        self._fit_gaps()

    def _gap(self, ems: float, *, stretch: bool = False) -> None:
        """Room between sections, in ems (so 200 % text keeps the same rhythm)."""
        policy = QSizePolicy.Policy.Expanding if stretch else QSizePolicy.Policy.Fixed
        gap = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, policy)
        self._column.addSpacerItem(gap)
        self._gaps.append((gap, ems))

    def _fit_gaps(self) -> None:
        """The roomiest of FITS that shows the whole home without scrolling."""
        if not self.isVisible():  # its size is known once shown (showEvent fits it then)
            return
        width, room = self.width(), self.height()
        for fit in FITS:
            self._apply(fit)
            if self._page.layout().totalHeightForWidth(width) <= room:
                return
        self._apply(FITS[0])  # it scrolls anyway (large text): keep the page's own rhythm

    def _apply(self, fit: Fit) -> None:
        self._fit = fit
        em = self.fontMetrics().height()
        for gap, ems in self._gaps:
            policy = gap.sizePolicy().verticalPolicy()
            scale = fit.stretch if policy == QSizePolicy.Policy.Expanding else fit.gaps
            gap.changeSize(0, round(em * ems * scale), QSizePolicy.Policy.Minimum, policy)
        for button in self.topic_buttons.values():
            button.put_picture_beside(fit.beside)
        self._grid.setSpacing(round(em * 0.5 * fit.gaps))
        self._column.setSpacing(round(em * 0.3 * fit.gaps))
        # Measured at once: forget the sizes Qt keeps for the cards and the column.
        for widget in (*self.topic_buttons.values(), self._page.inner):
            widget.updateGeometry()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_gaps()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._fit_gaps()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self._fit_gaps()

    def show_loading(self) -> None:
        self.resume_button.hide()
        self.library_button.hide()
        self.privacy.setText(self.tr("Getting your lessons ready…"))
        self._fit_gaps()

    def show_pack(self, pack: Pack | None, *, guest: bool) -> None:
        self.library_button.show()
        if _what_is_shown(pack) != self._shown:  # the same topics keep their cards (and focus)
            self._show_topics(pack)
        self.privacy.setText(
            self.tr("Guest session: nothing you do here is saved.")
            if guest
            else self.tr(
                "Your progress is kept only on this computer. You can export it or "
                "forget it at any time from the Progress menu."
            )
        )
        self._fit_gaps()

    def _show_topics(self, pack: Pack | None) -> None:
        self._shown = _what_is_shown(pack)
        for button in self.topic_buttons.values():
            self._grid.removeWidget(button)
            button.hide()
            button.deleteLater()
        self.topic_buttons.clear()
        for index, topic in enumerate(pack.topics if pack else ()):
            title = topic.title(pack.language, pack.fallback)
            button = TopicButton(title, topic.summary(pack.language, pack.fallback), self, topic.id)
            button.clicked.connect(lambda _=False, t=topic.id: self.topic_chosen.emit(t))
            self._grid.addWidget(button, index // 2, index % 2)
            button.show()  # now, not queued by the layout: focus_first may give it focus at once
            self.topic_buttons[topic.id] = button
        # Tab follows the screen: the resume card, the topics, then "See all lessons".
        chain = [self.resume_button, *self.topic_buttons.values(), self.library_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        # Screen readers list children in creation order: the topics come before the
        # "See all lessons" button and the privacy note, as on screen.
        self.library_button.raise_()
        self.privacy.raise_()

    def set_resume(
        self, title: str | None, lesson_id: str = "", step: int = 0, total: int = 0
    ) -> None:
        """Offer "pick up where you left off", or hide the offer."""
        if not title:
            self._resume_target = None
            self.resume_button.hide()
            self._fit_gaps()
            return
        self._resume_target = (lesson_id, step)
        heading = self.tr("Pick up where you left off")
        where = self.tr("“{title}”, step {number} of {total}").format(
            title=embed(title), number=step + 1, total=total
        )
        self.resume_button.set_texts(heading, where)
        self.resume_button.setAccessibleName(f"{heading}: {where}")
        self.resume_button.show()
        self._fit_gaps()

    def _resume(self) -> None:
        if self._resume_target:
            self.resume_chosen.emit(*self._resume_target)

    def focus_first(self, topic: str | None = None) -> None:
        """The resume card if there is one, else ``topic``'s card (the one a learner just
        came back from), else the first topic."""
        first = next(iter(self.topic_buttons.values()), self.library_button)
        target = (
            self.resume_button
            if not self.resume_button.isHidden()
            else self.topic_buttons.get(topic or "", first)
        )
        # The ring shows as if Tab had brought focus there; if the window isn't active yet,
        # Qt gives this widget the focus as soon as it is.
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if isinstance(target, CardButton) and not self.window().isActiveWindow():
            target.ring_when_active = True  # the first home: drawn before the window is active


def _what_is_shown(pack: Pack | None) -> tuple | None:
    """What the topic cards say: pack.yaml's reading and the checked pack's are alike."""
    return None if pack is None else (pack.root, pack.language, pack.fallback, pack.topics)
