"""The PRACTICE phrase drill: hold to look, write it on paper, then name one word.

The phrase is made here, fresh, and lives only in this widget (``_words``). It is
shown only while the learner holds the button down (mouse, or Space on the
focused button), is never selectable or copyable, and is forgotten as soon as the
widget is hidden by the app (leaving the step, the lesson, or the lesson view):
the words, the typed answer and every answer payload handed to the session are
emptied. Showing the widget again starts over with a brand-new phrase.

"Show me": the core can't know the phrase, so its reveal params carry no
``answer``; ``reveal()`` here shows the word in this widget (marked PRACTICE) and
fills it in, so Check then says "yes". The lesson view's feedback card never
holds the word.

Tripwire: ``practice_phrase_words()`` tells the lesson view which words are the
app's own practice phrase, so typing it back is not mistaken for a real one.
"""

from __future__ import annotations

from typing import Any, cast

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import (
    QClipboard,
    QFont,
    QGuiApplication,
    QHideEvent,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPalette,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.feedback import Reveal
from ...core.lessons.model import Step
from ...core.practice.seed_practice import SeedAnswer, SeedPracticeSpec, answer_payload
from ...core.seed import phrase_words, practice_phrase
from .base import StepWidget

COLUMNS = 3
MASK = "•••••"


class NoCopyLineEdit(QLineEdit):
    """A one-word box that never puts its text on the clipboard (no copy, cut or drag out).

    On X11, selecting text also fills the "primary selection" (middle-click paste);
    we empty it again right after Qt fills it.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.setDragEnabled(False)
        self.selectionChanged.connect(self._drop_primary_selection)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        if event.matches(QKeySequence.StandardKey.Copy) or event.matches(
            QKeySequence.StandardKey.Cut
        ):
            event.accept()
            return
        super().keyPressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        super().mouseReleaseEvent(event)
        self._drop_primary_selection()

    def _drop_primary_selection(self) -> None:
        if QGuiApplication.clipboard().supportsSelection():
            QTimer.singleShot(0, _clear_primary_selection)


def _clear_primary_selection() -> None:
    clipboard = QGuiApplication.clipboard()
    if clipboard.ownsSelection():
        clipboard.clear(QClipboard.Mode.Selection)


def _quiet_label(text: str, parent: QWidget, *, wrap: bool = True) -> QLabel:
    """A label whose text can't be selected, so nothing of the phrase can be copied."""
    label = QLabel(text, parent)
    label.setWordWrap(wrap)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    return label


def _card(parent: QWidget) -> QFrame:
    """A calm framed panel from the palette (light or dark). No style sheet: those would
    pin the font, and the text must follow the learner's text size."""
    frame = QFrame(parent)
    frame.setFrameShape(QFrame.Shape.StyledPanel)
    frame.setAutoFillBackground(True)
    frame.setBackgroundRole(QPalette.ColorRole.AlternateBase)
    return frame


def _bold() -> QFont:
    """Bold and nothing else, so the size still follows the app's text size."""
    font = QFont()
    font.setBold(True)
    return font


def _gap(widget: QWidget) -> int:
    """Space between the three parts, measured from the text (not a fixed pixel gap)."""
    return widget.fontMetrics().height() // 2


class SeedPracticeWidget(StepWidget):
    fresh_each_visit = True  # a new phrase each visit: the last visit's feedback would not fit

    def __init__(self, step: Step, parent: QWidget | None = None):
        super().__init__(step, parent)
        self._spec: SeedPracticeSpec = step.spec
        self._words: list[str] | None = None
        self._position = 1
        self._issued: list[dict[str, Any]] = []  # payloads given to the session, emptied on leaving
        self.setAccessibleName(self.tr("PRACTICE phrase drill"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._build_banner(layout)
        self._build_look(layout)
        self._build_write(layout)
        self._build_recall(layout)
        self._start_fresh()

    # --- building -------------------------------------------------------------
    def _heading(self, text: str, layout: QVBoxLayout) -> QLabel:
        layout.addSpacing(_gap(self))
        label = _quiet_label(text, self)
        label.setFont(_bold())
        layout.addWidget(label)
        return label

    def _build_banner(self, layout: QVBoxLayout) -> None:
        box = _card(self)
        self.banner = _quiet_label(
            self.tr(
                "◆ PRACTICE. Holdspace made this phrase a moment ago, only for practice. "
                "It guards no coins, it is never saved, and it is gone when you leave this step."
            ),
            box,
        )
        self.banner.setAccessibleDescription(self.tr("PRACTICE notice"))
        self.banner.setFont(_bold())
        QVBoxLayout(box).addWidget(self.banner)
        layout.addWidget(box)

    def _build_look(self, layout: QVBoxLayout) -> None:
        self._heading(self.tr("First, look at it"), layout)
        layout.addWidget(
            _quiet_label(
                self.tr(
                    "Hold the button down to see the practice phrase. Let go, and it hides again. "
                    "With the keyboard, hold the Space key on the button. If holding is hard, "
                    "press Keep it shown, and press it again to hide the words."
                ),
                self,
            )
        )
        self.hold_button = QPushButton(self)
        self.hold_button.setAutoRepeat(False)
        self.hold_button.setAccessibleDescription(
            self.tr(
                "Press and hold with the mouse, or hold the Space key. Let go to hide the words."
            )
        )
        self.hold_button.pressed.connect(self._show_words)
        self.hold_button.released.connect(self._hide_words)
        # Holding is hard for some hands: a toggle shows the words until pressed again.
        self.keep_button = QPushButton(self.tr("&Keep it shown"), self)
        self.keep_button.setCheckable(True)
        self.keep_button.setAccessibleName(self.tr("Keep the PRACTICE phrase shown"))
        self.keep_button.setAccessibleDescription(
            self.tr("Shows the words without holding. Press again to hide them.")
        )
        self.keep_button.toggled.connect(
            lambda on: self._show_words() if on else self._hide_words()
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.hold_button)
        buttons.addWidget(self.keep_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.phrase_box = _card(self)
        grid = QGridLayout(self.phrase_box)
        self.phrase_caption = _quiet_label(
            self.tr("PRACTICE PHRASE · not a real wallet"), self.phrase_box
        )
        grid.addWidget(self.phrase_caption, 0, 0, 1, COLUMNS)
        self.word_labels: list[QLabel] = []
        for index in range(self._spec.words):
            label = _quiet_label("", self.phrase_box, wrap=False)
            label.setFont(_bold())  # clear letters: it is copied by hand
            grid.addWidget(label, 1 + index // COLUMNS, index % COLUMNS)
            self.word_labels.append(label)
        layout.addWidget(self.phrase_box)

    def _build_write(self, layout: QVBoxLayout) -> None:
        self._heading(self.tr("Then, write it down"), layout)
        layout.addWidget(
            _quiet_label(
                self.tr(
                    "Write the words on paper, by hand, each with its number. Hold the button again "
                    "as often as you like to check each word. Never type a phrase into anything."
                ),
                self,
            )
        )
        self.wrote_box = QCheckBox(self.tr("I wrote it down on paper"), self)
        self.wrote_box.setAccessibleName(self.tr("I wrote the PRACTICE phrase down on paper"))
        self.wrote_box.toggled.connect(self._set_recall_enabled)
        layout.addWidget(self.wrote_box, 0, Qt.AlignmentFlag.AlignLeading)

    def _build_recall(self, layout: QVBoxLayout) -> None:
        self.question = self._heading("", layout)
        layout.addWidget(
            _quiet_label(
                self.tr("Look at your paper, not the screen, and type that one word."), self
            )
        )
        self.edit = NoCopyLineEdit(self)
        self.edit.setPlaceholderText(self.tr("one word"))
        self.edit.returnPressed.connect(self.submitted)
        self.question.setBuddy(self.edit)
        layout.addWidget(self.edit)
        self.revealed_box = _card(self)
        self.revealed = _quiet_label("", self.revealed_box)
        QVBoxLayout(self.revealed_box).addWidget(self.revealed)
        layout.addWidget(self.revealed_box)

    # --- one fresh phrase per visit ---------------------------------------------
    def _start_fresh(self) -> None:
        self._words = phrase_words(practice_phrase(self._spec.words))
        self._position = self._spec.pick_position()
        self.question.setText(
            self.tr("Last, which was word {number}?").format(number=self._position)
        )
        self.edit.setAccessibleName(
            self.tr("Word {number} of the PRACTICE phrase").format(number=self._position)
        )
        self.wrote_box.setChecked(False)
        self._set_recall_enabled(False)
        self.revealed.clear()
        self.revealed_box.hide()
        self.keep_button.setChecked(False)
        self._hide_words()

    def forget(self) -> None:
        """Drop every reference to the phrase this widget and the session hold."""
        self._words = None
        for payload in self._issued:
            payload.clear()  # the session's copy of the answer is this same dict
        self._issued.clear()
        self.edit.setText("")  # setText also clears the undo history
        self.revealed.clear()
        self.keep_button.setChecked(False)
        self._hide_words()

    @property
    def position(self) -> int:
        """Which word this visit asks for, counted from 1."""
        return self._position

    def practice_phrase_words(self) -> list[str] | None:
        """The current practice phrase's words (for the tripwire's exemption), or None."""
        return list(self._words) if self._words else None

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt's name)
        # The app hid us (step change, another view): forget. A minimised window is a
        # "spontaneous" hide and keeps the phrase, so the learner can come back to it.
        if not event.spontaneous():
            self.forget()
        super().hideEvent(event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        if self._words is None:
            self._start_fresh()
        super().showEvent(event)

    # --- holding to look ------------------------------------------------------------
    @property
    def showing(self) -> bool:
        held = self.hold_button.isDown() or self.keep_button.isChecked()
        return held and self._words is not None

    def _show_words(self) -> None:
        if self._words is None:
            return
        for index, (label, word) in enumerate(zip(self.word_labels, self._words), 1):
            #: One numbered word of the practice phrase, e.g. “3. apple”. The words themselves stay in English (BIP-39).
            label.setText(self.tr("{number}. {word}").format(number=index, word=word))
            label.setAccessibleName(
                self.tr("PRACTICE word {number}: {word}").format(number=index, word=word)
            )
        self.hold_button.setText(
            self.tr("Showing the PRACTICE phrase (kept shown)")
            if self.keep_button.isChecked()
            else self.tr("Showing the PRACTICE phrase. Let go to hide it")
        )
        self.hold_button.setAccessibleName(self.tr("Showing the PRACTICE phrase"))
        self.phrase_box.setAccessibleName(self.tr("PRACTICE phrase, showing"))

    def _hide_words(self) -> None:
        if self.keep_button.isChecked() and self._words is not None:
            return  # letting go of "hold" doesn't hide what the toggle keeps shown
        for index, label in enumerate(self.word_labels, 1):
            label.setText(self.tr("{number}. {word}").format(number=index, word=MASK))
            label.setAccessibleName(self.tr("PRACTICE word {number}, hidden").format(number=index))
        self.hold_button.setText(self.tr("Hold to see the PRACTICE phrase"))
        self.hold_button.setAccessibleName(self.tr("Hold to see the PRACTICE phrase"))
        self.phrase_box.setAccessibleName(self.tr("PRACTICE phrase, hidden"))

    def _set_recall_enabled(self, enabled: bool) -> None:
        self.question.setEnabled(enabled)
        self.edit.setEnabled(enabled)

    # --- what the lesson view asks ----------------------------------------------------
    def value(self) -> SeedAnswer | None:
        # Built at check time and handed straight to the session: the checker keeps
        # nothing, and forget() empties this dict when the learner leaves the step.
        if self._words is None:
            return None
        payload = answer_payload(
            self._words, self._position, self.edit.text() if self.edit.isEnabled() else ""
        )
        self._issued.append(cast(dict[str, Any], payload))  # a plain dict, so forget() can empty it
        return payload

    def set_value(self, value: Any) -> None:
        """Nothing to restore: an earlier answer belonged to a phrase that is gone."""

    def reveal(self, params: Reveal) -> None:
        if self._words is None:
            return
        word = self._words[self._position - 1]
        self.revealed.setText(
            self.tr("PRACTICE · word {number} is “{word}”.").format(
                number=self._position, word=word
            )
        )
        self.revealed.setAccessibleName(
            self.tr("PRACTICE word {number}: {word}").format(number=self._position, word=word)
        )
        self.revealed_box.show()
        self._set_recall_enabled(True)
        self.edit.setText(word)

    def focus_target(self) -> QWidget | None:
        return self.hold_button
