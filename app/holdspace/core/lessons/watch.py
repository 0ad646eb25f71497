"""Has a pack changed on disk? A cheap fingerprint of its files, compared on demand.

The app asks again whenever its window becomes active, so an author who edits a lesson
in their editor and switches back sees the change without restarting anything.
"""

from __future__ import annotations

import os
from pathlib import Path

from .walk import MAX_ENTRIES, MAX_FOLDER_DEPTH

MAX_FILES = 5000  # as many as a pack may hold; a huge folder is not walked forever

Fingerprint = tuple[tuple[str, int, int], ...]


def fingerprint(source: Path) -> Fingerprint:
    """(relative path, size, modification time) of every YAML file, or of the .zip itself."""
    source = Path(source)
    try:
        if source.is_file():
            info = source.stat()
            return ((source.name, info.st_size, info.st_mtime_ns),)
        return tuple(_walk(source))
    except OSError:
        return ()  # gone or unreadable: reloading says why


def _walk(source: Path) -> list[tuple[str, int, int]]:
    """Iterative and bounded like the pack reader's walk: a stranger's folder may be
    nested a thousand deep (os.walk recurses) or hold a million names."""
    found: list[tuple[str, int, int]] = []
    stack, seen = [(source, 0)], 0
    while stack and len(found) < MAX_FILES and seen < MAX_ENTRIES:
        folder, depth = stack.pop()
        try:
            with os.scandir(folder) as entries:
                listed = sorted(entries, key=lambda e: e.name)
        except OSError:
            continue
        for entry in listed:
            seen += 1
            if entry.name.startswith("."):
                continue
            if entry.is_dir(follow_symlinks=False):
                if depth < MAX_FOLDER_DEPTH:
                    stack.append((Path(entry.path), depth + 1))
            elif entry.name.endswith((".yaml", ".yml")):
                try:
                    info = entry.stat()
                except OSError:
                    continue
                found.append(
                    (str(Path(entry.path).relative_to(source)), info.st_size, info.st_mtime_ns)
                )
    return sorted(found)[:MAX_FILES]
