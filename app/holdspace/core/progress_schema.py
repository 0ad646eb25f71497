"""The progress file's schema: its migrations, the statements that write it, and what a
healthy file looks like (a file can pass SQLite's ``quick_check`` and still be wrong).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from holdspace.core.identity import BUILTIN_PACK

Migration = str | Callable[[sqlite3.Connection], None]

_V1 = """
CREATE TABLE lessons (
    lesson_id TEXT PRIMARY KEY, started_at TEXT, last_step INTEGER NOT NULL DEFAULT 0,
    explored_at TEXT, updated_at TEXT NOT NULL,
    -- Store-wide event counter: "most recent" stays exact within one second
    -- and when the system clock jumps backwards.
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

# Version 2: progress belongs to its pack. Every row made before knew only the lesson
# id; nearly all of it is the built-in pack's, so it goes there, and the app hands a
# pack from outside the rows of ids the built-in pack doesn't have (see adopt()).
_V2 = f"""
CREATE TABLE lessons_v2 (
    pack TEXT NOT NULL, lesson_id TEXT NOT NULL, started_at TEXT,
    last_step INTEGER NOT NULL DEFAULT 0, explored_at TEXT, updated_at TEXT NOT NULL,
    touched INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (pack, lesson_id));
INSERT INTO lessons_v2 SELECT '{BUILTIN_PACK}', lesson_id, started_at, last_step, explored_at,
    updated_at, touched FROM lessons;
DROP TABLE lessons;
ALTER TABLE lessons_v2 RENAME TO lessons;
CREATE TABLE steps_v2 (
    pack TEXT NOT NULL, lesson_id TEXT NOT NULL, step_id TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0, used_hint INTEGER NOT NULL DEFAULT 0,
    used_show_me INTEGER NOT NULL DEFAULT 0, solved INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL, PRIMARY KEY (pack, lesson_id, step_id));
INSERT INTO steps_v2 SELECT '{BUILTIN_PACK}', lesson_id, step_id, attempts, used_hint,
    used_show_me, solved, updated_at FROM steps;
DROP TABLE steps;
ALTER TABLE steps_v2 RENAME TO steps;
CREATE TABLE marks_v2 (
    pack TEXT NOT NULL, lesson_id TEXT NOT NULL, step_id TEXT NOT NULL, key TEXT NOT NULL,
    value TEXT NOT NULL, updated_at TEXT NOT NULL, PRIMARY KEY (pack, lesson_id, step_id, key));
INSERT INTO marks_v2 SELECT '{BUILTIN_PACK}', lesson_id, step_id, key, value, updated_at FROM marks;
DROP TABLE marks;
ALTER TABLE marks_v2 RENAME TO marks;
"""

# Schema version N is reached by applying MIGRATIONS[N - 1]. Append, never edit:
# learners' files already carry the older versions.
MIGRATIONS: list[Migration] = [_V1, _V2]

# Every event upserts its lesson row: it implies "opened", bumps updated_at and
# the event counter. started_at and explored_at are set once, then kept.
TOUCH_LESSON = """
INSERT INTO lessons (pack, lesson_id, started_at, last_step, explored_at, updated_at, touched)
VALUES (:pack, :lesson, :now, COALESCE(:step, 0), :explored, :now,
        (SELECT COALESCE(MAX(touched), 0) + 1 FROM lessons))
ON CONFLICT (pack, lesson_id) DO UPDATE SET
    started_at = COALESCE(started_at, excluded.started_at),
    last_step = COALESCE(:step, last_step),
    explored_at = COALESCE(explored_at, excluded.explored_at),
    updated_at = excluded.updated_at, touched = excluded.touched
"""
# Counters add up and flags only turn on, so concurrent writers merge cleanly.
TOUCH_STEP = """
INSERT INTO steps (pack, lesson_id, step_id, attempts, used_hint, used_show_me, solved, updated_at)
VALUES (:pack, :lesson, :step_id, :attempts, :hint, :show_me, :solved, :now)
ON CONFLICT (pack, lesson_id, step_id) DO UPDATE SET
    attempts = attempts + excluded.attempts, used_hint = MAX(used_hint, excluded.used_hint),
    used_show_me = MAX(used_show_me, excluded.used_show_me),
    solved = MAX(solved, excluded.solved), updated_at = excluded.updated_at
"""
SET_MARK = """
INSERT INTO marks (pack, lesson_id, step_id, key, value, updated_at)
VALUES (:pack, :lesson, :step_id, :key, :value, :now)
ON CONFLICT (pack, lesson_id, step_id, key) DO UPDATE SET
    value = excluded.value, updated_at = excluded.updated_at
"""
DELETE_MARK = (
    "DELETE FROM marks WHERE pack = :pack AND lesson_id = :lesson"
    " AND step_id = :step_id AND key = :key"
)
LESSON_COLUMNS = "lesson_id, started_at, last_step, explored_at, updated_at, pack"
STEP_COLUMNS = "lesson_id, step_id, attempts, used_hint, used_show_me, solved, pack"
MARK_COLUMNS = ("pack", "lesson_id", "step_id", "key", "value", "updated_at")
# Rows of ids the built-in pack doesn't have, made before version 2, go to the pack
# that has them (first come, first served; a row the pack already has is kept).
ADOPT = {
    table: f"UPDATE OR IGNORE {table} SET pack = :pack WHERE pack = '{BUILTIN_PACK}'"
    " AND lesson_id IN (SELECT value FROM json_each(:ids))"
    for table in ("lessons", "steps", "marks")
}

# What each table must hold, column by column: (column, SQL that is true when the
# value is sound). Versions before 2 have no pack column.
_SOUND = {
    "lessons": (
        ("pack", "typeof(pack) = 'text'"),
        ("lesson_id", "typeof(lesson_id) = 'text'"),
        ("started_at", "typeof(started_at) IN ('text', 'null')"),
        ("last_step", "typeof(last_step) = 'integer' AND last_step >= 0"),
        ("explored_at", "typeof(explored_at) IN ('text', 'null')"),
        ("updated_at", "typeof(updated_at) = 'text'"),
        ("touched", "typeof(touched) = 'integer'"),
    ),
    "steps": (
        ("pack", "typeof(pack) = 'text'"),
        ("lesson_id", "typeof(lesson_id) = 'text'"),
        ("step_id", "typeof(step_id) = 'text'"),
        ("attempts", "typeof(attempts) = 'integer' AND attempts >= 0"),
        ("used_hint", "used_hint IN (0, 1)"),
        ("used_show_me", "used_show_me IN (0, 1)"),
        ("solved", "solved IN (0, 1)"),
        ("updated_at", "typeof(updated_at) = 'text'"),
    ),
    "marks": (
        ("pack", "typeof(pack) = 'text'"),
        ("lesson_id", "typeof(lesson_id) = 'text'"),
        ("step_id", "typeof(step_id) = 'text'"),
        ("key", "typeof(key) = 'text'"),
        ("value", "typeof(value) = 'text'"),
        ("updated_at", "typeof(updated_at) = 'text'"),
    ),
}


def unsound(conn: sqlite3.Connection, version: int) -> str | None:
    """Why a file at ``version`` is not a sound progress file, or None.

    Catches what ``quick_check`` can't: another program's database that happens to
    carry a version number, and rows whose values have the wrong type (a hand edit,
    a flipped bit), which would make every later read fail.
    """
    if version < 1:
        return None
    for table, rules in _SOUND.items():
        wanted = [(column, rule) for column, rule in rules if column != "pack" or version >= 2]
        present = {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}
        missing = [column for column, _ in wanted if column not in present]
        if missing:
            return f"not a Holdspace progress file (table {table} lacks {', '.join(missing)})"
        condition = " AND ".join(f"({rule})" for _, rule in wanted)
        bad = conn.execute(f"SELECT count(*) FROM {table} WHERE NOT ({condition})").fetchone()[0]
        if bad:
            return f"{bad} row(s) of {table} hold values of the wrong kind"
    return None
