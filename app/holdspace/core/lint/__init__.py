"""``holdspace lint``: the checks a careful reviewer would make, beyond the format.

A pack is first validated (those problems come first, and a broken pack never stops
the lint); then every lesson, ``pack.yaml`` and glossary file that can be parsed is
read for tone, reading level, safety and completeness. Each finding is a ``Problem``
printed as ``file:line:column: field.path: what — how to fix it``.

The rules live in one small module each; adding a rule adds a module and one line here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from itertools import islice
from pathlib import Path

from ..errors import LessonError
from ..lessons import Problem, archive, enclosing_pack, open_pack, validate_path
from ..lessons.pack import GLOSSARY_FILE, PACK_FILE, glossary_file, lesson_files
from ..lessons.problems import Report
from . import characters, completeness, reading, safety, tone, translated
from .texts import QUOTE, Source

__all__ = ["QUOTE", "RULES", "lint_pack", "lint_path"]

RULES: tuple[Callable[[Source], Iterable[Problem]], ...] = (
    tone.check,
    reading.check,
    safety.check,
    completeness.check,
    characters.check,
    translated.check,
)


# Past this many findings of one rule in one file, the rest add nothing but time.
MAX_FINDINGS = 100


def lint_path(path: Path | str) -> list[Problem]:
    """Validation problems, then lint findings, for a pack folder, a .zip or one lesson file.

    Never raises: whatever the files hold, the answer is a list of findings.
    """
    target = Path(path)
    problems = validate_path(target)
    try:
        sources = (
            _pack_sources(target)
            if target.is_dir() or archive.is_zip(target)
            else _file_sources(target)
        )
        findings = [
            found for source in sources for rule in RULES for found in _capped(rule, source)
        ]
    except Exception as exc:  # noqa: BLE001 - validation has named the file; lint adds what it can
        findings = [
            Problem(
                str(target),
                1,
                1,
                "(file)",
                f"the lint could not finish reading this ({type(exc).__name__})",
                "mend the problems above first, then lint again",
            )
        ]
    findings.sort(key=lambda p: (p.file, p.line, p.column))
    return list(dict.fromkeys(problems + findings))


def _capped(rule: Callable[[Source], Iterable[Problem]], source: Source) -> list[Problem]:
    found = list(islice(rule(source), MAX_FINDINGS + 1))
    if len(found) > MAX_FINDINGS:
        found[MAX_FINDINGS:] = [
            Problem(
                source.shown_as,
                1,
                1,
                "(file)",
                f"more than {MAX_FINDINGS} findings of one kind in this "
                "file; the rest are not listed",
                "mend these, then lint again",
            )
        ]
    return found


lint_pack = lint_path


def _pack_sources(target: Path) -> list[Source]:
    try:
        pack = open_pack(target)
    except LessonError:
        return []  # pack.yaml itself can't be read: validation has said why

    def read(file: Path, role: str, language: str) -> Source | None:  # named as validation does
        return Source.read(
            file,
            pack.shown_as(file),
            role,
            language=language,
            languages=pack.languages,
            pack_root=pack.root,
        )

    found = [read(pack.root / PACK_FILE, "pack", pack.fallback)]
    for language in pack.languages:
        for file in lesson_files(pack.root, language, Report("")):
            found.append(read(file, "lesson", language))
        glossary = glossary_file(pack, language)
        if glossary is not None:
            found.append(read(glossary, "glossary", language))
    return [source for source in found if source is not None and isinstance(source.data, dict)]


def _file_sources(file: Path) -> list[Source]:
    """One lesson file; its language is its folder's in the enclosing pack, else English."""
    if not file.is_file():
        return []
    root = enclosing_pack(file)
    language = "en"
    if root is not None:
        language = file.resolve().relative_to(root).parts[0]
    role = {GLOSSARY_FILE: "glossary", PACK_FILE: "pack"}.get(file.name, "lesson")
    source = Source.read(
        file, str(file), role, language=language, pack_root=root or file.resolve().parent
    )
    return [source] if source is not None and isinstance(source.data, dict) else []
