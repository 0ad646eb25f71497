"""The progress file itself: connecting, WAL, migrations and one-statement transactions.

Kept apart from :mod:`holdspace.core.progress`, which says *what* is recorded; this
module only knows how SQLite is made to keep it safely. The store passes its own
migrations and busy timeout in, so they stay defined (and patchable) in one place.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from holdspace.core.errors import StoreError
from holdspace.core.progress_schema import Migration
from holdspace.core.storefile import cannot_write, is_damage


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[None]:
    # IMMEDIATE takes the write lock up front, so busy_timeout queues concurrent
    # writers instead of failing them half-way through a read-then-write.
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        if conn.in_transaction:  # SQLite may already have rolled back (disk full)
            conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def connect(path: Path, busy_timeout_ms: int) -> sqlite3.Connection:
    try:
        conn = sqlite3.connect(path, isolation_level=None, timeout=busy_timeout_ms / 1000)
        conn.execute(f"PRAGMA busy_timeout = {busy_timeout_ms}")
        return conn
    except sqlite3.Error as exc:
        raise StoreError(cannot_write(path, f"the file cannot be opened ({exc})")) from exc


def prepare(
    conn: sqlite3.Connection, path: Path, migrations: Sequence[Migration], busy_timeout_ms: int
) -> str | None:
    """Switch on WAL and bring the schema up to date; return a reason if damage shows now."""
    try:
        _use_wal(conn, busy_timeout_ms)
        conn.execute("PRAGMA synchronous = NORMAL")  # safe with WAL: a crash loses no commit
        conn.execute("PRAGMA secure_delete = ON")  # "forget" really overwrites
        migrate(conn, migrations)
        return None
    except sqlite3.Error as exc:
        if is_damage(exc):
            return f"sqlite: {exc}"
        conn.close()
        raise StoreError(cannot_write(path, f"the file cannot be prepared ({exc})")) from exc


def _use_wal(conn: sqlite3.Connection, busy_timeout_ms: int) -> None:
    """Switch the file to WAL, waiting for a second window that opens it at the same moment.

    The switch needs the file to itself, and SQLite answers SQLITE_BUSY at once instead
    of calling the busy handler (waiting while holding a read lock could deadlock), so
    busy_timeout does not cover it: two processes opening a brand-new file together
    made one of them fail now and then. The mode is kept in the file, so retrying is
    cheap and the second try usually finds the other window's WAL already in place.
    """
    deadline = time.monotonic() + busy_timeout_ms / 1000
    while True:
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            busy = (getattr(exc, "sqlite_errorcode", 5) & 0xFF) in (5, 6)  # BUSY, LOCKED
            if not busy or time.monotonic() > deadline:
                raise
            time.sleep(0.01)


def migrate(conn: sqlite3.Connection, migrations: Sequence[Migration]) -> None:
    latest = len(migrations)
    if conn.execute("PRAGMA user_version").fetchone()[0] >= latest:
        return
    with transaction(conn):  # one transaction: a file is fully migrated or not at all
        # Read again under the write lock: another window may have just migrated.
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        for migration in migrations[version:]:
            if callable(migration):
                migration(conn)
            else:
                for statement in _statements(migration):
                    conn.execute(statement)
        if version < latest:
            conn.execute(f"PRAGMA user_version = {latest}")


def _statements(script: str) -> Iterator[str]:
    # executescript() would COMMIT first and break the surrounding transaction.
    pending = ""
    for piece in script.split(";"):
        pending += piece + ";"
        if sqlite3.complete_statement(pending):
            if pending.strip(" \t\r\n;"):
                yield pending
            pending = ""
