"""The log: a small rotating file in the user's log folder, for bug reports.

A desktop launcher (or a GUI program on Windows) throws stderr away, so without
a file a helper at a meetup has nothing to look at. A guest session promises that
nothing is written to disk, so it logs to stderr only.
"""

from __future__ import annotations

import faulthandler
import logging
import logging.handlers
import sys
from pathlib import Path
from typing import IO

from . import paths

LOG_NAME = "holdspace.log"
CRASH_NAME = "crash.log"  # Python's faulthandler writes here if Qt itself crashes
MAX_BYTES = 256 * 1024
KEEP = 3
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

_crash_file: IO[str] | None = None  # kept open: faulthandler writes to it at the very end


def start(*, to_disk: bool = True) -> Path | None:
    """Send ``holdspace.*`` records to the log file; return its path (None: stderr only)."""
    logger = logging.getLogger("holdspace")
    logger.setLevel(logging.INFO)
    for handler in list(logger.handlers):
        logger.removeHandler(handler)
        handler.close()
    if sys.stderr is not None:  # None in a windowed program on Windows
        console = logging.StreamHandler(sys.stderr)
        console.setLevel(logging.INFO if not to_disk else logging.WARNING)
        console.setFormatter(logging.Formatter(_FORMAT))
        logger.addHandler(console)
    if not to_disk:
        return None
    folder = paths.log_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            folder / LOG_NAME, maxBytes=MAX_BYTES, backupCount=KEEP, encoding="utf-8"
        )
    except OSError as exc:
        logger.warning("can't write a log file in %s: %s", folder, exc)
        return None
    handler.setFormatter(logging.Formatter(_FORMAT))
    logger.addHandler(handler)
    _catch_hard_crashes(folder / CRASH_NAME)
    return folder / LOG_NAME


def _catch_hard_crashes(path: Path) -> None:
    global _crash_file
    try:
        if _crash_file is None:
            _crash_file = open(path, "a", encoding="utf-8")  # noqa: SIM115 (kept open on purpose)
        faulthandler.enable(_crash_file)
    except OSError:
        pass
