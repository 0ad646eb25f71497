"""Has a pack changed on disk? A cheap fingerprint of its files, compared on demand.

The app asks again whenever its window becomes active, so an author who edits a lesson
in their editor and switches back sees the change without restarting anything.
"""

from __future__ import annotations

import os
from pathlib import Path

MAX_FILES = 5000   # as many as a pack may hold; a huge folder is not walked forever

Fingerprint = tuple[tuple[str, int, int], ...]


def fingerprint(source: Path) -> Fingerprint:
    """(relative path, size, modification time) of every YAML file, or of the .zip itself."""
    source = Path(source)
    try:
        if source.is_file():
            info = source.stat()
            return ((source.name, info.st_size, info.st_mtime_ns),)
        found = []
        for folder, dirs, files in os.walk(source):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                if name.endswith((".yaml", ".yml")):
                    path = Path(folder, name)
                    info = path.stat()
                    found.append((str(path.relative_to(source)), info.st_size, info.st_mtime_ns))
                    if len(found) >= MAX_FILES:
                        return tuple(found)
        return tuple(found)
    except OSError:
        return ()   # gone or unreadable: reloading says why
