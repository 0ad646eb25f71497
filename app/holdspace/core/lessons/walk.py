"""Find a pack's lesson files without ever leaving the pack or walking forever.

A pack folder comes from a stranger: it may hold links out of the pack, devices,
pipes, folders nested a thousand deep or a million files. The walk is iterative
(no recursion limit to hit), bounded in depth and in entries, and says in words
what it left out.
"""

from __future__ import annotations

import os
from pathlib import Path

from .problems import Report

GLOSSARY_FILE = "glossary.yaml"
MAX_LESSON_FILES = 5000
MAX_FOLDER_DEPTH = 12  # en/topic/part/… deeper than this is left out
MAX_ENTRIES = 50_000  # names looked at in one language folder


class Containment:
    """Is a file really inside the pack? Folders are resolved once each, not per file."""

    def __init__(self, root: Path):
        self.root = root
        self._folders: dict[Path, bool] = {}

    def holds(self, path: Path) -> bool:
        try:
            if path.is_symlink():
                return path.resolve().is_relative_to(self.root)
            inside = self._folders.get(path.parent)
            if inside is None:
                inside = self._folders[path.parent] = path.parent.resolve().is_relative_to(
                    self.root
                )
            return inside
        except (OSError, RuntimeError, ValueError):  # symlink loops, names too long
            return False


def regular_file_inside(root: Path, path: Path) -> bool:
    """A plain file (not a device, pipe or folder) that stays inside the pack."""
    try:
        return Containment(root).holds(path) and path.is_file()
    except (OSError, ValueError):
        return False


def lesson_files(root: Path, language: str, report: Report) -> list[Path]:
    """Lesson files of one language folder, sorted, never leaving the pack."""
    folder = root / language
    try:
        if not folder.is_dir():
            return []
    except (OSError, ValueError):
        return []
    walk = _Walk(root, report)
    if not walk.inside.holds(folder):
        walk.left_out(folder, "points outside the pack", "keep every lesson inside the pack folder")
        return []
    return walk.run(folder)


class _Walk:
    def __init__(self, root: Path, report: Report):
        self.root = root
        self.report = report
        self.inside = Containment(root)
        self.found: list[Path] = []
        self._seen: set[Path] = set()
        self._entries = 0
        self._told: set[str] = set()

    def left_out(self, path: Path, why: str, fix: str) -> None:
        self.report.add((), f"{_relative(path, self.root)} {why}; it was left out", fix)

    def once(self, key: str, message: str, fix: str) -> None:
        if key not in self._told:
            self._told.add(key)
            self.report.add((), message, fix)

    def run(self, folder: Path) -> list[Path]:
        stack = [(folder, 0)]
        while stack and len(self.found) <= MAX_LESSON_FILES:
            current, depth = stack.pop()
            for entry in self._entries_of(current):
                self._visit(Path(entry.path), entry, depth, stack, folder)
        self.found.sort()
        if len(self.found) > MAX_LESSON_FILES:
            del self.found[MAX_LESSON_FILES:]
            self.once(
                "many",
                f"more than {MAX_LESSON_FILES} lesson files; the rest were left out",
                "split the pack into smaller packs",
            )
        return self.found

    def _entries_of(self, folder: Path) -> list[os.DirEntry]:
        try:
            with os.scandir(folder) as entries:
                listed = []
                for entry in entries:
                    self._entries += 1
                    if self._entries > MAX_ENTRIES:
                        self.once(
                            "entries",
                            f"the pack holds more than {MAX_ENTRIES:,} files and "
                            "folders; the rest were left out",
                            "split the pack into smaller packs",
                        )
                        break
                    listed.append(entry)
                return listed
        except OSError as exc:
            self.left_out(
                folder,
                f"could not be read ({exc.strerror or exc})",
                "check that the folder may be read",
            )
            return []

    def _visit(self, path: Path, entry: os.DirEntry, depth: int, stack: list, top: Path) -> None:
        try:
            is_dir = entry.is_dir()
        except OSError:
            is_dir = False
        if is_dir:
            self._folder(path, depth, stack)
        elif entry.name.endswith(".yaml") and not (
            path.parent == top and entry.name == GLOSSARY_FILE
        ):
            self._file(path)

    def _folder(self, path: Path, depth: int, stack: list) -> None:
        if depth + 1 > MAX_FOLDER_DEPTH:
            self.once(
                "deep",
                f"folders nested more than {MAX_FOLDER_DEPTH} levels deep were left out",
                "keep lessons at most a few folders deep",
            )
            return
        if not self.inside.holds(path):
            self.left_out(
                path, "points outside the pack", "keep every lesson inside the pack folder"
            )
            return
        try:
            real = path.resolve()
        except (OSError, RuntimeError):
            return
        if real not in self._seen:  # a link back to a folder already walked
            self._seen.add(real)
            stack.append((path, depth + 1))

    def _file(self, path: Path) -> None:
        if not self.inside.holds(path):
            self.left_out(
                path, "points outside the pack", "keep every lesson file inside the pack folder"
            )
            return
        try:
            regular = path.is_file()
        except OSError:
            regular = False
        if not regular:
            self.left_out(
                path,
                "is not a plain file (a device, a pipe or a broken link)",
                "save the lesson as an ordinary file",
            )
            return
        self.found.append(path)


def _relative(path: Path, root: Path) -> str:
    try:
        return str(path.relative_to(root))
    except ValueError:
        return str(path)
