"""The home view: a calm welcome, "pick up where you left off", and the topics."""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from . import icons
from .cards import CardButton
from .i18n import embed
from .reader_roles import mark_heading
from .theme import focus_colour

if TYPE_CHECKING:
    from ..core.lessons.model import Pack


class TopicButton(CardButton):
    """A topic: our own picture for it (built-in topics), its title, and its summary."""

    def __init__(self, title: str, summary: str, parent: QWidget | None = None,
                 topic_id: str = ""):
        super().__init__(title, summary, parent)
        self._icon_name = icons.topic_icon_name(topic_id)
        self._picture = QLabel(self)
        self._picture.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._picture.setAccessibleName("")   # decoration: the title says it all
        cast(QVBoxLayout, self.layout()).insertWidget(0, self._picture)  # CardButton's column
        self._draw_picture()

    def _draw_picture(self) -> None:
        if self._icon_name is None:
            self._picture.hide()
            return
        side = round(self.fontMetrics().height() * 2.2)   # grows with the text
        ink = focus_colour(self.palette()).name()
        self._picture.setPixmap(icons.pixmap(self._icon_name, ink, side, self.devicePixelRatioF()))

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self._draw_picture()


class HomeView(QWidget):
    topic_chosen = Signal(str)           # topic id
    resume_chosen = Signal(str, int)     # lesson id, step index
    library_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        outer = QVBoxLayout(self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no invisible Tab stop
        outer.addWidget(scroll)
        content = QWidget(scroll)
        scroll.setWidget(content)
        self._column = QVBoxLayout(content)

        self.welcome = QLabel(self.tr(
            "<h1>Welcome to Holdspace</h1>"
            "<p>Take your time. Nothing here is timed or scored, you can try as often as "
            "you like, and everything stays on this computer.</p>"), content)
        self.welcome.setWordWrap(True)
        self.welcome.setTextFormat(Qt.TextFormat.RichText)
        self._column.addWidget(self.welcome)

        self.resume_button = CardButton(parent=content)
        self.resume_button.clicked.connect(self._resume)
        self._column.addWidget(self.resume_button)
        self._resume_target: tuple[str, int] | None = None

        self.topics_label = QLabel(self.tr("<h2>Where would you like to start?</h2>"), content)
        mark_heading(self.topics_label)
        self._column.addWidget(self.topics_label)
        self._grid = QGridLayout()
        self._column.addLayout(self._grid)
        self.topic_buttons: dict[str, TopicButton] = {}
        self._shown_pack: Pack | None = None

        self.library_button = QPushButton(self.tr("See &all lessons"), content)
        self.library_button.setAccessibleName(self.tr("See all lessons"))
        self.library_button.clicked.connect(self.library_requested.emit)
        self._column.addWidget(self.library_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.privacy = QLabel(content)
        self.privacy.setWordWrap(True)
        self._column.addWidget(self.privacy)
        self._column.addStretch(1)

    def show_loading(self) -> None:
        self.resume_button.hide()
        self.library_button.hide()
        self.privacy.setText(self.tr("Getting your lessons ready…"))

    def show_pack(self, pack: Pack | None, *, guest: bool) -> None:
        self.library_button.show()
        if pack is not self._shown_pack:
            self._show_topics(pack)
        self.privacy.setText(
            self.tr("Guest session: nothing you do here is saved.") if guest else
            self.tr("Your progress is kept only on this computer. You can export it or "
                    "forget it at any time from the Progress menu."))

    def _show_topics(self, pack: Pack | None) -> None:
        self._shown_pack = pack
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

    def set_resume(self, title: str | None, lesson_id: str = "", step: int = 0,
                   total: int = 0) -> None:
        """Offer "pick up where you left off", or hide the offer."""
        if not title:
            self._resume_target = None
            self.resume_button.hide()
            return
        self._resume_target = (lesson_id, step)
        heading = self.tr("Pick up where you left off")
        where = self.tr("“{title}”, step {number} of {total}").format(title=embed(title), number=step + 1, total=total)
        self.resume_button.set_texts(heading, where)
        self.resume_button.setAccessibleName(f"{heading}: {where}")
        self.resume_button.show()

    def _resume(self) -> None:
        if self._resume_target:
            self.resume_chosen.emit(*self._resume_target)

    def focus_first(self) -> None:
        target = self.resume_button if not self.resume_button.isHidden() else \
            next(iter(self.topic_buttons.values()), self.library_button)
        # The ring shows as if Tab had brought focus there; if the window isn't active yet,
        # Qt gives this widget the focus as soon as it is.
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.window().setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange, True)
