"""Has a pack changed on disk? A cheap fingerprint of its files, compared on demand.

The app asks again whenever its window becomes active, so an author who edits a lesson
in their editor and switches back sees the change without restarting anything. A pack
comes from a stranger, so the walk is iterative and bounded like the pack's own walk.
"""

from __future__ import annotations

import os
from pathlib import Path

from .walk import MAX_ENTRIES, MAX_FOLDER_DEPTH

Fingerprint = tuple[tuple[str, int, int], ...]


def fingerprint(source: Path) -> Fingerprint:
    """(relative path, size, modification time) of every YAML file, or of the .zip itself."""
    source = Path(source)
    try:
        if source.is_file():
            info = source.stat()
            return ((source.name, info.st_size, info.st_mtime_ns),)
        found: list[tuple[str, int, int]] = []
        folders, seen = [(source, 0)], 0
        while folders:
            folder, depth = folders.pop()
            with os.scandir(folder) as entries:
                for entry in entries:
                    seen += 1
                    if seen > MAX_ENTRIES:
                        return tuple(sorted(found))
                    if entry.is_dir(follow_symlinks=False):
                        if depth < MAX_FOLDER_DEPTH and not entry.name.startswith("."):
                            folders.append((Path(entry.path), depth + 1))
                    elif entry.name.endswith((".yaml", ".yml")) and entry.is_file(follow_symlinks=False):
                        info = entry.stat(follow_symlinks=False)
                        found.append((os.path.relpath(entry.path, source), info.st_size,
                                      info.st_mtime_ns))
        return tuple(sorted(found))
    except OSError:
        return ()   # gone or unreadable: reloading says why
