"""Recognising a damaged progress file, and moving it aside without losing a byte."""

from __future__ import annotations

import itertools
import os
import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from holdspace.core.errors import StoreError

SIDECARS = ("-wal", "-shm", "-journal")
_DAMAGE_CODES = {11, 26}  # SQLITE_CORRUPT, SQLITE_NOTADB


def cannot_write(path: Path, why: str) -> str:
    return (
        f"Holdspace cannot keep your progress in {path.parent}: {why}. "
        "Check that this folder exists and can be written to."
    )


def is_damage(exc: sqlite3.Error) -> bool:
    code = getattr(exc, "sqlite_errorcode", None)  # Python 3.11+
    if code is not None:
        return code & 0xFF in _DAMAGE_CODES
    return "not a database" in str(exc) or "malformed" in str(exc)


def damage(
    path: Path,
    known_version: int,
    busy_timeout_ms: int,
    unsound: Callable[[sqlite3.Connection, int], str | None] | None = None,
) -> str | None:
    """Why the file at ``path`` can't be used as a progress store, or None if it can.

    ``unsound(conn, version)`` looks at what the tables hold, for files that pass
    ``quick_check`` yet belong to another program or hold values of the wrong kind.
    """
    # Looks without changing the file or its -wal: a read-write connection would
    # checkpoint the -wal into a damaged file, or delete it, when it closes.
    try:
        with path.open("rb") as fh:
            head = fh.read(16)
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise StoreError(cannot_write(path, "the file cannot be read")) from exc
    wal = Path(f"{path}-wal")
    if not head:
        return "empty file beside a leftover -wal" if wal.is_file() and wal.stat().st_size else None
    if head != b"SQLite format 3\x00":
        return "not an SQLite database (unknown header)"
    try:
        conn = sqlite3.connect(
            f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=busy_timeout_ms / 1000
        )
        try:
            problems = [row[0] for row in conn.execute("PRAGMA quick_check")]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            objects = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
            content = None
            if problems == ["ok"] and 0 < version <= known_version and unsound is not None:
                content = unsound(conn, version)
        finally:
            conn.close()
    except sqlite3.Error as exc:
        # Anything but damage (busy, read-only quirks) is left to the read-write open.
        return f"sqlite: {exc}" if is_damage(exc) else None
    if problems != ["ok"]:
        return "quick_check: " + "; ".join(problems[:3])
    if version > known_version:
        return f"schema version {version} is newer than this Holdspace knows ({known_version})"
    if version < 0 or (version == 0 and objects):
        return f"not a Holdspace progress file (schema version {version}, unknown tables)"
    return content


def set_aside(path: Path, when: datetime) -> Path | None:
    """Rename a damaged file and its sidecars out of the way; None if it already went."""
    stamp = when.strftime("%Y%m%d-%H%M%S")
    for n in itertools.count(1):
        name = f"{path.stem}.damaged-{stamp}{'' if n == 1 else f'-{n}'}{path.suffix or '.sqlite3'}"
        target = path.with_name(name)
        if not any(Path(f"{target}{side}").exists() for side in ("", *SIDECARS)):
            break
    try:
        os.rename(path, target)
        # A leftover -wal would be replayed into the fresh store: it must move too.
        for side in SIDECARS:
            if Path(f"{path}{side}").exists():
                os.rename(f"{path}{side}", f"{target}{side}")
    except FileNotFoundError:
        return target if target.exists() else None
    except OSError as exc:
        raise StoreError(cannot_write(path, "a damaged file could not be moved aside")) from exc
    return target
