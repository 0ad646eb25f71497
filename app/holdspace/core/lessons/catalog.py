"""What the home screen shows before every lesson is checked.

Checking every lesson imports every step kind (validators, dataclasses, Keccak) and
builds every step: most of the time between the window's first paint and the topics on
it (docs/benchmarks.md). The home needs far less: the topics, from pack.yaml, and for
"pick up where you left off" one lesson's title and number of steps. Both are read here
through the same safe reader and pack.yaml rules as ``open_pack``, and nothing else is
checked: the app checks every lesson right after the first paint, and that reading is
the one lessons open from. Whatever can't be read here is left to it, which says why.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from . import archive
from .documents import read_document
from .pack import glossary_file, open_head, wanted_languages
from .pack_model import Pack
from .problems import Report
from .walk import regular_file_inside


class Entry(NamedTuple):
    """The lesson the resume card names, as its file says, before it is checked."""

    title: str
    steps: int


def read_head(path: Path | str, language: str | None = None) -> Pack | None:
    """The pack as pack.yaml describes it (topics, guides), no lessons; or None.

    A .zip waits for the full reading (unpacking it twice would cost more than it saves),
    and so does a pack.yaml that can't be read: the full reading explains it.
    """
    try:
        if archive.is_zip(Path(path)):
            return None
        pack, _ = open_head(path, language)
        return pack
    except Exception:  # noqa: BLE001 - said by the full reading that follows, not here
        return None


def offers(pack: Pack) -> tuple[bool, bool]:
    """Whether the pack has a mistake guide and a glossary to offer, as far as pack.yaml
    and the files present say (the check confirms it: a broken guide is then greyed)."""
    glossary = any(glossary_file(pack, language) for language in wanted_languages(pack))
    return "mistake" in pack.guides, glossary


def lesson_entry(pack: Pack, lesson_id: str) -> Entry | None:
    """A lesson's title and length, found by its file name; None if that doesn't find it.

    Lessons are kept as ``<language>/<topic folder>/<NN->name.yaml`` with ids ending in
    ``.name``, so one or two files are read, not the pack. The shown language first,
    then the fallback, as the full reading picks them.
    """
    name = lesson_id.rpartition(".")[2]
    for language in wanted_languages(pack):
        for file in _named(pack.root / language, name):
            entry = _entry(pack.root, file, lesson_id)
            if entry is not None:
                return entry
    return None


def _named(folder: Path, name: str) -> list[Path]:
    """Files ``*/name.yaml`` or ``*/NN-name.yaml`` in a language folder."""
    try:
        topics = [t for t in folder.iterdir() if t.is_dir()]
    except OSError:
        return []
    found = []
    for topic in sorted(topics):
        for file in (topic / f"{name}.yaml", *sorted(topic.glob(f"*-{_escaped(name)}.yaml"))):
            if file.is_file():
                found.append(file)
    return found


def _escaped(name: str) -> str:
    """A lesson id's last part, safe inside a glob pattern."""
    return "".join(f"[{c}]" if c in "*?[]" else c for c in name)


def _entry(root: Path, file: Path, lesson_id: str) -> Entry | None:
    if not regular_file_inside(root, file):
        return None
    doc = read_document(file, Report(str(file)))
    data = doc.data if doc is not None else None
    if not isinstance(data, dict) or data.get("id") != lesson_id:
        return None
    title, steps = data.get("title"), data.get("steps")
    if not (isinstance(title, str) and title.strip() and isinstance(steps, list) and steps):
        return None
    return Entry(title.strip(), len(steps))
