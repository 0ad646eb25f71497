"""What a pack is once pack.yaml (and then every lesson) has been read: its topics,
lessons and problems. Apart from the lesson model (:mod:`.model`) because the home is
drawn from pack.yaml alone, before any lesson or glossary is read (``catalog``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ..identity import BUILTIN_PACK

if TYPE_CHECKING:
    from .glossary import Glossary
    from .model import BrokenLesson, Lesson
    from .problems import Problem


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
        from .glossary import Glossary

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
