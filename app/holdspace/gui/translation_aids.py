"""Help for a learner reading a translated lesson (issue 11).

- A lesson that has no translation yet says so kindly ("This lesson is in English
  for now") above its text; the lesson list says it too.
- A translated step offers "Show in English": the same step in the pack's first
  language under the translation, so the words can be matched to an exchange's
  English screens. The choice is kept for this run of the app (not saved for the
  learner): Ctrl+E or the check box turns it on and off.
- A glossary term shows its English name beside the translated one.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget

from ..core.lessons.glossary import Term
from ..core.lessons.model import Lesson, Step
from . import style
from .markdown_view import SafeTextBrowser
from .safe_text import escape

SHORTCUT = "Ctrl+E"


def stand_in_text(lesson: Lesson) -> str:
    """The kind mark for a lesson shown in the pack's first language ("" for the others)."""
    if not lesson.stand_in:
        return ""
    if lesson.language.split("_")[0].split("-")[0] == "en":
        #: Above a lesson (and in the lesson list) when the learner's language has no translation of it yet.
        return QCoreApplication.translate("TranslationAids", "This lesson is in English for now.")
    return QCoreApplication.translate(
        "TranslationAids", "This lesson is in its pack's first language for now ({language})."
    ).format(language=lesson.language)


def english_name_html(term: Term) -> str:
    """A line under a translated term's title with its English name ("" when the same)."""
    if not term.original:
        return ""
    #: Under a translated glossary term: its name as English screens show it.
    line = QCoreApplication.translate("TranslationAids", "In English: {term}").format(
        term=term.original
    )
    return f'<p dir="auto">{escape(line)}</p>'


def original_html(step: Step[object], render: Callable[..., str]) -> str:
    """The words of a step as its source has them: text, question, choices, items."""
    parts = [render(step.body)] if step.body else []
    if step.prompt:
        parts.append(f"<p><b>{render(step.prompt, inline=True)}</b></p>")
    options = [
        getattr(x, "text", "")
        for x in (*getattr(step.spec, "choices", ()), *getattr(step.spec, "items", ()))
    ]
    if any(options):
        parts.append(
            "<ul>" + "".join(f"<li>{render(x, inline=True)}</li>" for x in options if x) + "</ul>"
        )
    return "".join(parts)


class TranslationAids(QWidget):
    """The stand-in note and the "Show in English" box, above the step's text.

    ``english`` is the browser with the source text; the lesson view places it under
    the translation."""

    def __init__(
        self,
        parent: QWidget,
        render: Callable[..., str],
        on_step: Callable[[str], None],
        on_term: Callable[[str, QWidget], None],
    ):
        super().__init__(parent)
        self._render = render
        self._step: Step[object] | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setAccessibleDescription(self.tr("About this lesson's language"))
        layout.addWidget(self.note)
        self.toggle = QCheckBox(self.tr("Show in English"), self)
        self.toggle.setToolTip(
            self.tr(
                "Show the English text of this step under it, to match "
                "words to the English screens of an app ({key})"
            ).format(key=QKeySequence(SHORTCUT).toString(QKeySequence.SequenceFormat.NativeText))
        )
        self.toggle.setAccessibleDescription(
            self.tr("Shows this step's English text under the translation")
        )
        self.toggle.toggled.connect(self._refresh)
        layout.addWidget(self.toggle)
        self.english = SafeTextBrowser(parent, fit_content=True)
        self.english.setAccessibleName(self.tr("The same step in English"))
        self.english.setLayoutDirection(
            Qt.LayoutDirection.LeftToRight
        )  # English reads left to right
        self.english.setLocale(QLocale(QLocale.Language.English))
        self.english.hide()
        # Links in the English text work as in the translation: to a step, or a term's card.
        self.english.step_requested.connect(on_step)
        self.english.term_requested.connect(lambda term: on_term(term, self.english))
        shortcut = QShortcut(QKeySequence(SHORTCUT), parent)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(self._flip)

    def show_step(self, lesson: Lesson, step: Step[object]) -> None:
        note = stand_in_text(lesson)
        self.note.setText(note)
        self.note.setVisible(bool(note))
        self._step = lesson.original_step(step.id)
        self.toggle.setVisible(self._step is not None)
        self.setVisible(bool(note) or self._step is not None)
        self._refresh()

    def _flip(self) -> None:
        if self.toggle.isVisible():
            self.toggle.toggle()  # the check box says its new state to screen readers

    def _refresh(self, *_args) -> None:
        shown = self._step is not None and self.toggle.isChecked()
        if shown:  # headed, so the English never reads as part of the translated step
            heading = f'<p class="{style.ASIDE}">{escape(self.english.accessibleName())}</p>'
            self.english.setHtml(heading + original_html(self._step, self._render))
        self.english.setVisible(shown)
