"""What a lesson pack holds once it has been read and checked."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Generic, TypeVar

from ..identity import BUILTIN_PACK
from .glossary import Glossary
from .problems import Problem


@dataclass(frozen=True)
class Response:
    """An anticipated not-yet answer and the kind explanation that goes with it."""

    answer: str
    feedback: str


SpecT = TypeVar("SpecT")


@dataclass(frozen=True)
class Step(Generic[SpecT]):
    """One step of a lesson; ``spec`` is what its kind built (``Step[PnlSpec]``, …)."""

    kind: str
    index: int  # 0-based position in the lesson
    id: str  # stable key for progress ("3" when the author gave none)
    body: str = ""
    prompt: str = ""
    hints: tuple[str, ...] = ()
    explain: str = ""
    notes: str = ""
    spec: SpecT = field(kw_only=True)  # what the kind built; None for a read step
    # Does this step ask the learner something? Worked out once, when it is built, by
    # ``StepKind.asks`` (a playground without a task, say, asks nothing).
    is_check: bool = False
    # The language the step is written in: typed numbers are read the way its readers write them.
    language: str = field(default="", kw_only=True)


@dataclass(frozen=True)
class Lesson:
    """One lesson, read and checked: its steps, where it came from, what to mend."""

    id: str
    topic: str
    title: str
    summary: str
    steps: tuple[Step[object], ...]
    file: Path
    language: str
    pack_root: Path
    minutes: int | None = None
    sources: tuple[str, ...] = ()
    objectives: tuple[
        str, ...
    ] = ()  # what the learner can do afterwards (library, facilitator sheet)
    problems: tuple[Problem, ...] = ()  # things to mend that don't stop it opening
    pack_key: str = ""  # whose lesson: progress is kept per (pack, lesson id)
    # A translation's source lesson (the pack's first language), for "show in English".
    original: Lesson | None = field(default=None, compare=False, repr=False)
    # Shown in the pack's first language because the chosen one has no translation yet.
    stand_in: bool = False

    def original_step(self, step_id: str) -> Step[object] | None:
        """The same step in the source language, when this lesson is a translation."""
        if self.original is None:
            return None
        return next((s for s in self.original.steps if s.id == step_id), None)


@dataclass(frozen=True)
class BrokenLesson:
    """A lesson file that can't open yet; the library shows it with its reasons."""

    file: Path
    problems: tuple[Problem, ...]
    language: str = ""
    id: str | None = None
    topic: str | None = None
    title: str | None = None


@dataclass(frozen=True)
class Topic:
    """A topic of a pack, with its title and summary in each language."""

    id: str
    titles: dict[str, str]
    summaries: dict[str, str] = field(default_factory=dict)

    def title(self, language: str, fallback: str) -> str:
        return _pick(self.titles, language, fallback) or self.id

    def summary(self, language: str, fallback: str) -> str:
        return _pick(self.summaries, language, fallback)


def _pick(texts: dict[str, str], language: str, fallback: str) -> str:
    """The text in ``language``, else the fallback's, else the untranslated one ("")."""
    return texts.get(language) or texts.get(fallback) or texts.get("") or ""


# The built-in pack's key; every other pack's starts with "pack:", so none can take it.
BUILTIN_KEY = BUILTIN_PACK


@dataclass
class Pack:
    """A lesson pack as one reading shows it: its topics, lessons and problems."""

    root: Path
    name: str
    languages: tuple[str, ...]
    language: str  # the one chosen for this reading
    topics: tuple[Topic, ...]
    lessons: list[Lesson] = field(default_factory=list)
    broken: list[BrokenLesson] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)  # every problem, pack-wide
    label: str = ""  # the folder or zip name, as messages show it
    guides: dict[str, str] = field(default_factory=dict)  # role -> lesson id
    glossaries: dict[str, Glossary] = field(default_factory=dict)  # language -> terms
    key: str = ""  # who this pack is, for progress (see BUILTIN_KEY)
    source: Path | None = None  # the folder or .zip it was opened from

    @property
    def glossary(self) -> Glossary:
        """The terms in the chosen language, with the fallback language's filling gaps."""
        return self.glossaries.get(self.language) or Glossary()

    def shown_as(self, path: Path) -> str:
        """How a file of this pack is named in messages: the pack's name, then the path."""
        return str(Path(self.label) / path.relative_to(self.root))

    def guide(self, role: str) -> Lesson | None:
        lesson_id = self.guides.get(role)
        return self.lesson(lesson_id) if lesson_id else None

    @property
    def fallback(self) -> str:
        return self.languages[0] if self.languages else "en"

    def lesson(self, lesson_id: str) -> Lesson | None:
        return next((x for x in self.lessons if x.id == lesson_id), None)

    def topic_title(self, topic_id: str) -> str:
        topic = next((t for t in self.topics if t.id == topic_id), None)
        return topic.title(self.language, self.fallback) if topic else topic_id
