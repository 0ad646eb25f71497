"""A whole handout as one HTML document: a cover line, each lesson, the words used."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject

from ...core.lessons.glossary import Glossary
from ...core.lessons.model import Lesson, Pack
from ..safe_text import escape
from .steps import StepPrinter
from .text import inline, terms_in

STYLE = """
body { font-size: 11pt; }
h1 { font-size: 20pt; } h2 { font-size: 15pt; } h3 { font-size: 12.5pt; margin-top: 14px; }
a { color: black; text-decoration: none; font-weight: bold; }
.link-host { font-size: small; }
th { background-color: #eeeeee; }
.aside { color: #4d4d4d; }
"""


class HandoutBuilder(QObject):
    """Builds the learner handout, or with ``facilitator=True`` the facilitator sheet."""

    def __init__(
        self,
        pack: Pack | None,
        *,
        facilitator: bool = False,
        glossary: Glossary | None = None,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.pack = pack
        self.facilitator = facilitator
        self.glossary = glossary if glossary is not None else (pack.glossary if pack else None)

    def title(self, lessons: Sequence[Lesson]) -> str:
        name = lessons[0].title if len(lessons) == 1 else (self.pack.name if self.pack else "")
        kind = self.tr("Facilitator sheet") if self.facilitator else self.tr("Handout")
        return f"{name} — {kind}" if name else kind

    def build(self, lessons: Sequence[Lesson]) -> str:
        parts = [f"<html><head><style>{STYLE}</style></head><body>"]
        for index, lesson in enumerate(lessons):
            parts.append(self._lesson(lesson, first=index == 0))
        parts.append("</body></html>")
        return "".join(parts)

    def _lesson(self, lesson: Lesson, *, first: bool) -> str:
        breaker = "" if first else " style='page-break-before: always'"
        topic = self.pack.topic_title(lesson.topic) if self.pack else lesson.topic
        out = [
            f"<h1{breaker}>{escape(lesson.title)}</h1>",
            f"<p class='aside'>{escape(topic)}</p>",
            f"<p>{inline(lesson.summary, self.glossary)}</p>",
        ]
        if self.facilitator:
            out.append(self._plan(lesson))
        printer = StepPrinter(self.glossary, facilitator=self.facilitator, parent=self)
        steps = [
            printer.html(step, n, len(lesson.steps), lesson.id)
            for n, step in enumerate(lesson.steps, start=1)
        ]
        out.extend(steps)
        out.append(self._words(terms_in("".join(out))))
        if lesson.sources:
            out.append(
                "<h2>"
                + escape(self.tr("Sources"))
                + "</h2><ul>"
                + "".join(f"<li>{inline(s, self.glossary)}</li>" for s in lesson.sources)
                + "</ul>"
            )
        return "".join(out)

    def _plan(self, lesson: Lesson) -> str:
        """What the facilitator plans with: timing and what people should leave knowing."""
        out = ["<h2>" + escape(self.tr("For the facilitator")) + "</h2>"]
        if lesson.minutes:
            out.append(
                "<p><b>"
                + escape(self.tr("Timing:"))
                + "</b> "
                + escape(self.tr("about {minutes} minutes").format(minutes=lesson.minutes))
                + "</p>"
            )
        objectives = lesson.objectives
        if objectives:
            out.append(
                "<p><b>"
                + escape(self.tr("Objectives:"))
                + "</b></p><ul>"
                + "".join(f"<li>{inline(o, self.glossary)}</li>" for o in objectives)
                + "</ul>"
            )
        return "".join(out)

    def _words(self, term_ids: list[str]) -> str:
        """The glossary terms this lesson uses, with their definitions."""
        if self.glossary is None or not term_ids:
            return ""
        out = ["<h2>" + escape(self.tr("Words used in this lesson")) + "</h2>"]
        for term_id in term_ids:
            term = self.glossary.terms.get(term_id)
            if term is not None:
                out.append(f"<p><b>{escape(term.term)}</b>: {inline(term.definition, None)}</p>")
        return "".join(out)
