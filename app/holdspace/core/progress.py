"""Progress kept on the learner's own computer, without judgment.

It answers kind questions only: where did I leave off, which lessons have I
explored, would a hint help sooner. It never produces a score. Every event is
its own short transaction, so a crash or a second window loses nothing; a
damaged file is set aside (never deleted) and a fresh store takes its place.
"""

from __future__ import annotations

import json
import os
import sqlite3
import tempfile
from collections.abc import Callable, Container, Iterable
from contextlib import suppress
from dataclasses import asdict
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from holdspace.core import progress_schema as schema  # the SQL the store runs
from holdspace.core.errors import StoreError
from holdspace.core.identity import BUILTIN_PACK
from holdspace.core.progress_file import connect, migrate, prepare, transaction
from holdspace.core.progress_records import LessonProgress, Recovery, StepProgress, step_from_row
from holdspace.core.progress_schema import LESSON_COLUMNS, MARK_COLUMNS, MIGRATIONS, STEP_COLUMNS
from holdspace.core.storefile import cannot_write as _cannot_write
from holdspace.core.storefile import damage, set_aside

Clock = Callable[[], datetime]
Statement = tuple[str, dict[str, Any]]

EXPORT_FORMAT, EXPORT_VERSION = "holdspace-progress", 2  # 2: every row names its pack
# Whoever opens the file reads this first: the counts below are not a score.
EXPORT_ABOUT = (
    "Your Holdspace progress: which lessons you opened and explored, and where you "
    "paused. Tries, hints and 'show me' are kept only so Holdspace can offer help "
    "sooner; they are not marks or a score. 'marks' holds your own checklist notes."
)
BUSY_TIMEOUT_MS = 5000
__all__ = [
    "MIGRATIONS",
    "LessonProgress",
    "PackProgress",
    "ProgressStore",
    "Recovery",
    "StepProgress",
]


class ProgressStore:
    """One learner's progress. Create it with :meth:`ProgressStore.open`."""

    def __init__(self, conn: sqlite3.Connection, path: Path | None, clock: Clock) -> None:
        self._conn, self._path, self._clock = conn, path, clock

    @classmethod
    def open(
        cls, path: Path | None, *, clock: Clock | None = None
    ) -> tuple[ProgressStore, Recovery | None]:
        clock = clock or (lambda: datetime.now(timezone.utc))
        if path is None:
            conn = sqlite3.connect(":memory:", isolation_level=None)
            conn.execute("PRAGMA temp_store = MEMORY")  # a guest leaves no temp files either
            migrate(conn, MIGRATIONS)
            return cls(conn, None, clock), None
        path = Path(path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(_cannot_write(path, "the folder cannot be created")) from exc
        recovery: Recovery | None = None
        for _ in range(3):  # another window may be setting the same damaged file aside
            reason = damage(path, len(MIGRATIONS), BUSY_TIMEOUT_MS, schema.unsound)
            if reason is None:
                conn = connect(path, BUSY_TIMEOUT_MS)
                reason = prepare(conn, path, MIGRATIONS, BUSY_TIMEOUT_MS)
                if reason is None:
                    return cls(conn, path, clock), recovery
                conn.close()
            moved = set_aside(path, clock())
            if moved is not None:
                recovery = Recovery(moved_to=moved, reason=reason)
        raise StoreError(_cannot_write(path, "a fresh progress file could not be started"))

    @property
    def path(self) -> Path | None:
        return self._path

    @property
    def is_guest(self) -> bool:
        return self._path is None

    # Every lesson's progress is keyed by (pack, lesson id); ``pack`` defaults to the
    # built-in pack. PackProgress (for_pack) binds one pack for a Session.

    def for_pack(self, pack: str) -> PackProgress:
        return PackProgress(self, pack)

    def lesson_opened(self, lesson_id: str, *, pack: str = BUILTIN_PACK) -> None:
        self._write(self._lesson_event(pack, lesson_id))

    def step_reached(self, lesson_id: str, step_index: int, *, pack: str = BUILTIN_PACK) -> None:
        if step_index < 0:
            raise ValueError(f"step_index must be 0 or more, not {step_index}")
        self._write(self._lesson_event(pack, lesson_id, step=step_index))

    def step_attempted(
        self, lesson_id: str, step_id: str, *, solved: bool, pack: str = BUILTIN_PACK
    ) -> None:
        self._step_event(pack, lesson_id, step_id, attempts=1, solved=int(bool(solved)))

    def hint_used(self, lesson_id: str, step_id: str, *, pack: str = BUILTIN_PACK) -> None:
        self._step_event(pack, lesson_id, step_id, hint=1)

    def show_me_used(self, lesson_id: str, step_id: str, *, pack: str = BUILTIN_PACK) -> None:
        self._step_event(pack, lesson_id, step_id, show_me=1)

    def lesson_explored(self, lesson_id: str, *, pack: str = BUILTIN_PACK) -> None:
        self._write(self._lesson_event(pack, lesson_id, explored=True))

    def set_mark(
        self, lesson_id: str, step_id: str, key: str, value: str | None, *, pack: str = BUILTIN_PACK
    ) -> None:
        params = {
            "pack": pack,
            "lesson": lesson_id,
            "step_id": step_id,
            "key": key,
            "value": value,
            "now": self._now(),
        }
        mark = (schema.DELETE_MARK if value is None else schema.SET_MARK, params)
        self._write(self._lesson_event(pack, lesson_id), mark)

    def lesson(self, lesson_id: str, *, pack: str = BUILTIN_PACK) -> LessonProgress | None:
        rows = self._read(
            f"SELECT {LESSON_COLUMNS} FROM lessons WHERE pack = ? AND lesson_id = ?",
            (pack, lesson_id),
        )
        return LessonProgress(*rows[0]) if rows else None

    def lessons(self, *, pack: str = BUILTIN_PACK) -> dict[str, LessonProgress]:
        """Every lesson of ``pack`` with any progress, most recently active first."""
        rows = self._read(
            f"SELECT {LESSON_COLUMNS} FROM lessons WHERE pack = ? ORDER BY touched DESC", (pack,)
        )
        return {row[0]: LessonProgress(*row) for row in rows}

    def every_lesson(self) -> dict[tuple[str, str], LessonProgress]:
        """Every lesson of every pack, keyed by (pack, lesson id), most recent first."""
        rows = self._read(f"SELECT {LESSON_COLUMNS} FROM lessons ORDER BY touched DESC")
        return {(row[5], row[0]): LessonProgress(*row) for row in rows}

    def step(
        self, lesson_id: str, step_id: str, *, pack: str = BUILTIN_PACK
    ) -> StepProgress | None:
        rows = self._read(
            f"SELECT {STEP_COLUMNS} FROM steps WHERE pack = ? AND lesson_id = ? AND step_id = ?",
            (pack, lesson_id, step_id),
        )
        return step_from_row(rows[0]) if rows else None

    def resume_candidate(
        self, known_ids: Iterable[str] | None = None, *, pack: str = BUILTIN_PACK
    ) -> LessonProgress | None:
        """The lesson of ``pack`` for "pick up where you left off"; known_ids skips lessons
        the pack dropped.

        An explored lesson counts again once the learner comes back to it later and
        leaves part-way: "explored" stays, and so does the offer to pick it up.
        """
        known = None if known_ids is None else {(pack, x) for x in known_ids}
        return self._resume(known, pack)

    def resume_among(self, known: Iterable[tuple[str, str]]) -> LessonProgress | None:
        """As resume_candidate, across packs: ``known`` holds (pack, lesson id) pairs."""
        return self._resume(set(known), None)

    def resume_except(self, skipped: Container[tuple[str, str]]) -> LessonProgress | None:
        """As resume_among, before the packs' lessons are known: any lesson but ``skipped``
        (the guides). The home's first offer; checked against the lessons once read."""
        return self._resume(None, None, skipped)

    def _resume(
        self,
        known: set[tuple[str, str]] | None,
        pack: str | None,
        skipped: Container[tuple[str, str]] = (),
    ) -> LessonProgress | None:
        rows = self._read(
            f"SELECT {LESSON_COLUMNS} FROM lessons WHERE started_at IS NOT NULL"
            " AND (explored_at IS NULL OR updated_at > explored_at)"
            " AND (? IS NULL OR pack = ?) ORDER BY touched DESC",
            (pack, pack),
        )
        wanted = (
            LessonProgress(*r)
            for r in rows
            if (known is None or (r[5], r[0]) in known) and (r[5], r[0]) not in skipped
        )
        return next(wanted, None)

    def adopt(self, pack: str, lesson_ids: Iterable[str]) -> None:
        """Give ``pack`` the rows made before version 2 for these ids (see progress_schema)."""
        if pack == BUILTIN_PACK:
            return
        params = {"pack": pack, "ids": json.dumps(sorted(set(lesson_ids)))}
        self._write(*((sql, params) for sql in schema.ADOPT.values()))

    def marks(self, lesson_id: str, step_id: str, *, pack: str = BUILTIN_PACK) -> dict[str, str]:
        return dict(
            self._read(
                "SELECT key, value FROM marks WHERE pack = ? AND lesson_id = ?"
                " AND step_id = ? ORDER BY key",
                (pack, lesson_id, step_id),
            )
        )

    def export(self) -> dict[str, Any]:
        lessons = self._read(f"SELECT {LESSON_COLUMNS} FROM lessons ORDER BY pack, lesson_id")
        steps = self._read(f"SELECT {STEP_COLUMNS} FROM steps ORDER BY pack, lesson_id, step_id")
        marks = self._read(
            f"SELECT {', '.join(MARK_COLUMNS)} FROM marks ORDER BY pack, lesson_id, step_id, key"
        )
        return {
            "format": EXPORT_FORMAT,
            "version": EXPORT_VERSION,
            "about": EXPORT_ABOUT,
            "exported_at": self._now(),
            "lessons": [asdict(LessonProgress(*row)) for row in lessons],
            "steps": [asdict(step_from_row(row)) for row in steps],
            "marks": [dict(zip(MARK_COLUMNS, row)) for row in marks],
        }

    def export_to(self, path: Path) -> None:
        """Write the export as pretty UTF-8 JSON; nobody ever sees a half-written file."""
        path = Path(path)
        text = json.dumps(self.export(), ensure_ascii=False, indent=2) + "\n"
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
            try:
                with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
                    fh.write(text)
                    fh.flush()
                    os.fsync(fh.fileno())
                os.replace(tmp, path)
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
        except OSError as exc:
            raise StoreError(
                f"Your progress could not be saved to {path}. "
                "Try another folder, such as your Documents."
            ) from exc

    def forget(self) -> None:
        self._write(
            ("DELETE FROM marks", {}), ("DELETE FROM steps", {}), ("DELETE FROM lessons", {})
        )
        # secure_delete zeroed the freed pages; emptying the -wal too means forgotten
        # progress does not linger in the folder.
        if self._path is not None:
            # Another window may be busy: a later checkpoint finishes the job.
            with suppress(sqlite3.Error):
                self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> ProgressStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _now(self) -> str:
        now = self._clock()
        if now.tzinfo is None:
            now = now.replace(tzinfo=timezone.utc)  # a naive clock is taken to be UTC
        return now.astimezone(timezone.utc).replace(microsecond=0).isoformat()

    def _lesson_event(
        self, pack: str, lesson_id: str, *, step: int | None = None, explored: bool = False
    ) -> Statement:
        now = self._now()
        return schema.TOUCH_LESSON, {
            "pack": pack,
            "lesson": lesson_id,
            "now": now,
            "step": step,
            "explored": now if explored else None,
        }

    def _step_event(
        self,
        pack: str,
        lesson_id: str,
        step_id: str,
        *,
        attempts: int = 0,
        hint: int = 0,
        show_me: int = 0,
        solved: int = 0,
    ) -> None:
        params = {
            "pack": pack,
            "lesson": lesson_id,
            "step_id": step_id,
            "attempts": attempts,
            "hint": hint,
            "show_me": show_me,
            "solved": solved,
            "now": self._now(),
        }
        self._write(self._lesson_event(pack, lesson_id), (schema.TOUCH_STEP, params))

    def _write(self, *statements: Statement) -> None:
        try:
            with transaction(self._conn):
                for sql, params in statements:
                    self._conn.execute(sql, params)
        except sqlite3.Error as exc:
            raise StoreError(
                "Your progress could not be saved just now. The lesson still works as before."
            ) from exc

    def _read(self, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        try:
            return self._conn.execute(sql, params).fetchall()
        except sqlite3.Error as exc:
            raise StoreError("Your progress could not be read just now.") from exc


class PackProgress:
    """The store seen from one pack: the recorder a Session of that pack's lesson uses."""

    _BOUND = frozenset(
        {
            "lesson_opened",
            "step_reached",
            "step_attempted",
            "hint_used",
            "show_me_used",
            "lesson_explored",
            "set_mark",
            "marks",
            "lesson",
            "step",
        }
    )

    def __init__(self, store: ProgressStore, pack: str):
        self._store, self.pack = store, pack

    def __getattr__(self, name: str) -> Callable[..., Any]:
        if name not in self._BOUND:
            raise AttributeError(name)
        method = getattr(self._store, name)
        return lambda *args, **kwargs: method(*args, pack=self.pack, **kwargs)
