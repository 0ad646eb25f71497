"""Attack class: what a progress file holds — wrong kinds of values, another program's
tables, an old version, and another pack claiming a built-in lesson's progress.

In the real window: a file that can't be trusted is set aside byte for byte (never
deleted), the learner is told kindly, and every lesson still opens.
"""

from __future__ import annotations

import sqlite3

import pytest
from kit import LESSON, MINIMAL_PACK, pack, run
from v1_store import V1Store

from holdspace.core import progress

BUILTIN = "hex.counting-in-sixteen"
FRESH_START = "A fresh start for your progress"


def kept_copies(home):
    return [p for p in home.iterdir() if p.name.startswith("progress.damaged")]


def made_then_spoiled(home, *statements: str) -> bytes:
    """A sound store, then hand edits (a bit flip, a curious learner with a DB browser)."""
    path = home / "progress.sqlite3"
    store, _ = progress.ProgressStore.open(path)
    store.step_reached(BUILTIN, 2)
    store.step_attempted(BUILTIN, "s1", solved=True)
    store.set_mark(BUILTIN, "s1", "ticked", "done")
    store.close()
    raw = sqlite3.connect(path, isolation_level=None)
    raw.execute("PRAGMA journal_mode = DELETE")  # one file, to compare byte for byte
    for statement in statements:
        raw.execute(statement)
    raw.close()
    return path.read_bytes()


def assert_set_aside_kindly(window, home, notices, original: bytes) -> None:
    assert notices and notices[0][0] == FRESH_START
    copies = kept_copies(home)
    assert len(copies) == 1 and copies[0].read_bytes() == original
    assert str(copies[0]) in notices[0][1]
    lesson = window.find_lesson(BUILTIN)
    window.open_lesson(lesson)  # every lesson opens, the fresh store works
    assert window.lesson_view.session.lesson is lesson
    assert window.store.lesson(BUILTIN) is not None


@pytest.mark.parametrize(
    "spoil",
    [
        "UPDATE lessons SET last_step = 'abc'",
        "UPDATE lessons SET last_step = -4",
        "UPDATE lessons SET lesson_id = x'01'",
        "UPDATE lessons SET touched = 1.5",
        "UPDATE steps SET attempts = 'many'",
        "UPDATE steps SET solved = 7",
        "UPDATE marks SET value = x'00ff'",
        "UPDATE lessons SET pack = x'02'",
    ],
    ids=lambda s: s.split(" SET ")[1],
)
def test_values_of_the_wrong_kind_are_set_aside(make_window, holdspace_home, notices, spoil):
    original = made_then_spoiled(holdspace_home, spoil)
    window = make_window()
    assert_set_aside_kindly(window, holdspace_home, notices, original)


@pytest.mark.parametrize(
    "tables, version",
    [
        ("CREATE TABLE photos (name TEXT, data BLOB)", 1),
        ("CREATE TABLE lessons (id TEXT)", 1),
        (
            "CREATE TABLE lessons (lesson_id TEXT, started_at TEXT, last_step INTEGER, explored_at TEXT,"
            " updated_at TEXT, touched INTEGER); CREATE TABLE steps (x); CREATE TABLE marks (y)",
            2,
        ),
    ],
    ids=["photos", "lessons-of-another-kind", "no-pack-column"],
)
def test_another_programs_database_is_set_aside(
    make_window, holdspace_home, notices, tables, version
):
    path = holdspace_home / "progress.sqlite3"
    raw = sqlite3.connect(path, isolation_level=None)
    for statement in tables.split(";"):
        raw.execute(statement)
    raw.execute(f"PRAGMA user_version = {version}")
    raw.close()
    original = path.read_bytes()
    window = make_window()
    assert_set_aside_kindly(window, holdspace_home, notices, original)


def test_a_file_written_by_9a473e2_keeps_all_its_progress(
    make_window, holdspace_home, notices, tmp_path
):
    old = V1Store(holdspace_home / "progress.sqlite3")
    old.step_reached("stranger.one", 0)  # a lesson of a pack from a meetup
    old.step_reached(BUILTIN, 0)
    old.step_attempted(BUILTIN, "s1", solved=True, hint=True)
    old.lesson_explored(BUILTIN)
    old.step_reached("hex.what-a-txid-looks-like", 2)
    old.set_mark("hex.what-a-txid-looks-like", "s2", "ticked", "done")
    old.close()

    stranger = pack(tmp_path / "stranger")
    window = make_window("--pack", str(stranger))
    assert notices == []  # nothing to tell: migrated, not damaged
    with sqlite3.connect(holdspace_home / "progress.sqlite3") as raw:
        assert raw.execute("PRAGMA user_version").fetchone()[0] == len(progress.MIGRATIONS)
    raw.close()
    store = window.store
    assert store.lesson(BUILTIN).explored_at is not None
    assert store.step(BUILTIN, "s1").used_hint and store.step(BUILTIN, "s1").solved
    assert store.marks("hex.what-a-txid-looks-like", "s2") == {"ticked": "done"}
    # The built-in pack never had stranger.one: that pack takes its progress back.
    stranger_key = window.packs[1].key
    assert store.lesson("stranger.one") is None
    assert store.lesson("stranger.one", pack=stranger_key).started_at is not None
    assert window.home.resume_button.isVisible()
    assert "step 3 of" in window.home.resume_button.accessibleName()


def test_a_pack_reusing_a_built_in_id_never_touches_the_built_in_progress(make_window, tmp_path):
    impostor = pack(
        tmp_path / "impostor",
        MINIMAL_PACK,
        **{"en/one.yaml": LESSON.replace("stranger.one", BUILTIN)},
    )
    said = run("validate", impostor).stdout
    assert f"the id `{BUILTIN}` is also the id of a lesson that comes with Holdspace" in said

    window = make_window("--pack", str(impostor))
    builtin = window.find_lesson(BUILTIN, window.packs[0].key)
    fake = window.find_lesson(BUILTIN, window.packs[1].key)
    assert builtin is not fake
    window.open_lesson(fake)
    window.lesson_view.go_next()  # its only step: the lesson is explored
    assert window.store.lesson(BUILTIN, pack=window.packs[1].key).explored_at is not None
    assert window.store.lesson(BUILTIN) is None
    marks = window._progress()
    assert window.library.mark(builtin, marks.get((builtin.pack_key, builtin.id))) == "new"
    assert "explored" in window.library.mark(fake, marks.get((fake.pack_key, fake.id)))
    window.go_home()
    assert not window.home.resume_button.isVisible()  # nothing of the built-in one to pick up
