"""A progress file exactly as Holdspace 9a473e2 wrote it (schema version 1).

Frozen copies of that version's schema and statements, so the migration is tested
on what learners' computers really hold, whatever the current code says.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

SCHEMA_9A473E2 = """
CREATE TABLE lessons (
    lesson_id TEXT PRIMARY KEY, started_at TEXT, last_step INTEGER NOT NULL DEFAULT 0,
    explored_at TEXT, updated_at TEXT NOT NULL,
    touched INTEGER NOT NULL DEFAULT 0);
CREATE TABLE steps (
    lesson_id TEXT NOT NULL, step_id TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0,
    used_hint INTEGER NOT NULL DEFAULT 0, used_show_me INTEGER NOT NULL DEFAULT 0,
    solved INTEGER NOT NULL DEFAULT 0, updated_at TEXT NOT NULL,
    PRIMARY KEY (lesson_id, step_id));
CREATE TABLE marks (
    lesson_id TEXT NOT NULL, step_id TEXT NOT NULL, key TEXT NOT NULL,
    value TEXT NOT NULL, updated_at TEXT NOT NULL,
    PRIMARY KEY (lesson_id, step_id, key));
"""
TOUCH_LESSON = """
INSERT INTO lessons (lesson_id, started_at, last_step, explored_at, updated_at, touched)
VALUES (:lesson, :now, COALESCE(:step, 0), :explored, :now,
        (SELECT COALESCE(MAX(touched), 0) + 1 FROM lessons))
ON CONFLICT (lesson_id) DO UPDATE SET
    started_at = COALESCE(started_at, excluded.started_at),
    last_step = COALESCE(:step, last_step),
    explored_at = COALESCE(explored_at, excluded.explored_at),
    updated_at = excluded.updated_at, touched = excluded.touched
"""
TOUCH_STEP = """
INSERT INTO steps (lesson_id, step_id, attempts, used_hint, used_show_me, solved, updated_at)
VALUES (:lesson, :step_id, :attempts, :hint, :show_me, :solved, :now)
ON CONFLICT (lesson_id, step_id) DO UPDATE SET
    attempts = attempts + excluded.attempts, used_hint = MAX(used_hint, excluded.used_hint),
    used_show_me = MAX(used_show_me, excluded.used_show_me),
    solved = MAX(solved, excluded.solved), updated_at = excluded.updated_at
"""
SET_MARK = """
INSERT INTO marks VALUES (:lesson, :step_id, :key, :value, :now)
ON CONFLICT (lesson_id, step_id, key) DO UPDATE SET
    value = excluded.value, updated_at = excluded.updated_at
"""


class V1Store:
    """Writes events the way 9a473e2's ProgressStore did (WAL, one transaction each)."""

    def __init__(self, path: Path):
        self.conn = sqlite3.connect(path, isolation_level=None)
        self.conn.execute("PRAGMA journal_mode = WAL")
        self.conn.execute("PRAGMA synchronous = NORMAL")
        self.conn.execute("BEGIN IMMEDIATE")
        for statement in SCHEMA_9A473E2.split(";"):
            if statement.strip():
                self.conn.execute(statement)
        self.conn.execute("PRAGMA user_version = 1")
        self.conn.execute("COMMIT")
        self.minute = 0

    def _now(self) -> str:
        self.minute += 1
        return f"2026-01-01T10:{self.minute:02d}:00+00:00"

    def _write(self, *statements) -> None:
        self.conn.execute("BEGIN IMMEDIATE")
        for sql, params in statements:
            self.conn.execute(sql, params)
        self.conn.execute("COMMIT")

    def _lesson(self, lesson: str, step=None, explored=False):
        now = self._now()
        return TOUCH_LESSON, {
            "lesson": lesson,
            "now": now,
            "step": step,
            "explored": now if explored else None,
        }

    def step_reached(self, lesson: str, step: int) -> None:
        self._write(self._lesson(lesson, step=step))

    def step_attempted(self, lesson: str, step_id: str, solved: bool, hint: bool = False) -> None:
        params = {
            "lesson": lesson,
            "step_id": step_id,
            "attempts": 1,
            "hint": int(hint),
            "show_me": 0,
            "solved": int(solved),
            "now": self._now(),
        }
        self._write(self._lesson(lesson), (TOUCH_STEP, params))

    def set_mark(self, lesson: str, step_id: str, key: str, value: str) -> None:
        params = {
            "lesson": lesson,
            "step_id": step_id,
            "key": key,
            "value": value,
            "now": self._now(),
        }
        self._write(self._lesson(lesson), (SET_MARK, params))

    def lesson_explored(self, lesson: str) -> None:
        self._write(self._lesson(lesson, explored=True))

    def close(self) -> None:
        self.conn.close()
