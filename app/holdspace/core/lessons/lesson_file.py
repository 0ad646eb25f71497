"""Read one lesson file into a ``Lesson``, or a ``BrokenLesson`` with every reason."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from .documents import read_document
from .fields import Rule, as_list, check_fields, check_value
from .glossary import Glossary, unknown_terms
from .kinds import rules_for
from .model import BrokenLesson, Lesson, Step
from .problems import Problem, Report
from .registry import STEP_KINDS

LESSON_RULES: dict[str, Rule] = {
    "id": Rule("id", required=True),
    "topic": Rule("text", required=True),
    "title": Rule("text", required=True),
    "summary": Rule("text", required=True),
    "minutes": Rule("int", minimum=1, maximum=60),
    "sources": Rule("text_list"),
    "objectives": Rule("text_list"),
    "steps": Rule("list", required=True, minimum=1),
    # A translation records which version of its source it translates (translation.py).
    "source_version": Rule("version"),
}


def load_lesson(
    path: Path,
    *,
    shown_as: str,
    language: str,
    pack_root: Path,
    topics: Iterable[str] | None = None,
    taken_ids: dict[str, str] | None = None,
    glossary: Glossary | None = None,
    pack_key: str = "",
) -> Lesson | BrokenLesson:
    """Parse and check one lesson file; never raises for anything in the file.

    ``taken_ids`` maps ids already used in this language to the file using them;
    this lesson's id is added to it. With a ``glossary``, every ``[[term]]`` the
    lesson marks must be defined; such a gap is reported but the lesson still opens.
    """
    report = Report(shown_as)
    doc = read_document(path, report)
    data = doc.data if doc else None
    if doc is not None and not isinstance(data, dict):
        report.add(
            (),
            "a lesson file must be a set of fields (id:, title:, steps: …)",
            "start the file with `id: my-pack.my-lesson` on its first line",
        )
        data = None
    if data is None:
        return BrokenLesson(path, tuple(report.problems), language)
    good = check_fields(report, (), data, LESSON_RULES, what="lesson")
    if "topic" in good and topics is not None and good["topic"] not in topics:
        report.add(
            ("topic",),
            f"the topic `{good['topic']}` is not one of this pack's topics",
            f"use one of: {', '.join(topics)} (or add it to pack.yaml)",
        )
    if "id" in good and taken_ids is not None:
        first = taken_ids.setdefault(good["id"], shown_as)
        if first != shown_as:
            report.add(
                ("id",),
                f"the id `{good['id']}` is already used by {first}",
                "give every lesson its own id (progress is kept per id)",
            )
    steps = _build_steps(report, good.get("steps", []), language)
    gaps = _glossary_gaps(report, data, glossary) + _dangling_step_links(report, data)
    if report:
        return _broken(path, language, report.problems + gaps, data)
    return Lesson(
        id=good["id"],
        topic=good["topic"],
        title=good["title"].strip(),
        summary=good["summary"].strip(),
        steps=tuple(steps),
        file=path,
        language=language,
        pack_root=pack_root,
        minutes=good.get("minutes"),
        sources=tuple(as_list(good.get("sources"))),
        objectives=tuple(x.strip() for x in as_list(good.get("objectives"))),
        problems=tuple(gaps),
        pack_key=pack_key,
    )


def _glossary_gaps(report: Report, data: dict, glossary: Glossary | None) -> list[Problem]:
    """A problem for each marked term the glossary does not define."""
    if glossary is None:
        return []
    gaps = Report(report.file, report.doc, report.text)
    for path, name in unknown_terms(data, glossary):
        gaps.add(
            path,
            f"the glossary has no term “{name}”",
            "add it to the glossary.yaml of this language, or check its spelling",
        )
    return gaps.problems


def _dangling_step_links(report: Report, data: dict) -> list[Problem]:
    """A problem for each ``[words](#step-id)`` link to a step this lesson does not have."""
    from .. import steplinks

    raw_steps = data.get("steps")
    ids = steplinks.raw_step_ids(raw_steps)
    gaps = Report(report.file, report.doc, report.text)
    for path, target in steplinks.linked_steps(raw_steps, ("steps",)):
        if target not in ids:
            known = ", ".join(ids) or "(none yet)"
            gaps.add(
                path,
                f"the link to `#{target}` goes to no step of this lesson",
                f"link to the `id` of one of its steps: {known}",
            )
    return gaps.problems


def _broken(path: Path, language: str, problems: list[Problem], data: dict) -> BrokenLesson:
    def text(key: str) -> str | None:
        value = data.get(key)
        return value if isinstance(value, str) else None

    return BrokenLesson(path, tuple(problems), language, text("id"), text("topic"), text("title"))


def _build_steps(report: Report, raw_steps: list, language: str) -> list[Step]:
    steps: list[Step] = []
    seen_ids: dict[str, int] = {}
    for index, raw in enumerate(raw_steps):
        path = ("steps", index)
        step = _build_step(report, path, index, raw, language)
        if step is None:
            continue
        if step.id in seen_ids:
            report.add(
                path + ("id",),
                f"two steps share the id `{step.id}`",
                "give each step its own id, or leave ids out",
            )
        seen_ids[step.id] = index
        steps.append(step)
    return steps


def _build_step(report: Report, path: tuple, index: int, raw: object, language: str) -> Step | None:
    if not check_value(report, path, raw, Rule("mapping")):
        return None
    assert isinstance(raw, dict)
    if not raw:
        report.add(path, "this step is empty", "give it a `kind:` and its fields, or remove it")
        return None
    kind_name = raw.get("kind")
    kind = STEP_KINDS.get(kind_name) if isinstance(kind_name, str) else None
    if kind is None:
        _unknown_kind(report, path, kind_name)
        return None
    before = len(report.problems)
    good = check_fields(report, path, raw, rules_for(kind), what=f"{kind.name} step")
    spec = kind.build(report, path, good)
    if len(report.problems) > before:
        return None
    return Step(
        kind=kind.name,
        index=index,
        id=good.get("id") or str(index + 1),
        body=good.get("body", ""),
        prompt=good.get("prompt", ""),
        hints=tuple(as_list(good.get("hints"))),
        explain=good.get("explain", ""),
        notes=good.get("notes", ""),
        spec=spec,
        is_check=kind.asks(spec),
        language=language,
    )


def _unknown_kind(report: Report, path: tuple, kind_name: object) -> None:
    known = ", ".join(sorted(STEP_KINDS))
    if kind_name is None:
        report.add(path, "this step has no `kind`", f"add `kind:` with one of: {known}")
    else:
        report.add(path + ("kind",), f"unknown step kind `{kind_name}`", f"use one of: {known}")
