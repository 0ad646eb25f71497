"""Progress kept locally, without judgment: what a learner would notice if it broke."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import textwrap
import threading
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from holdspace.core import progress
from holdspace.core.errors import HoldspaceError, StoreError
from holdspace.core.paths import progress_db_path
from holdspace.core.progress import ProgressStore

T0 = datetime(2024, 5, 1, 12, 0, 0, tzinfo=timezone.utc)


class FakeClock:
    """A clock the test moves by hand, so timestamps are exact."""

    def __init__(self, start: datetime = T0) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def tick(self, seconds: int = 60) -> None:
        self.now += timedelta(seconds=seconds)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def db_path(holdspace_home: Path) -> Path:
    path = progress_db_path()
    assert path.parent == holdspace_home
    return path


@pytest.fixture
def store(db_path: Path, clock: FakeClock):
    opened, recovery = ProgressStore.open(db_path, clock=clock)
    assert recovery is None
    yield opened
    opened.close()


def reopen(path: Path, clock: FakeClock | None = None) -> ProgressStore:
    opened, recovery = ProgressStore.open(path, clock=clock)
    assert recovery is None
    return opened


# -- picking up where you left off ---------------------------------------------


def test_progress_survives_a_restart(db_path, clock):
    store, _ = ProgressStore.open(db_path, clock=clock)
    store.lesson_opened("hex.counting-in-sixteen")
    clock.tick()
    store.step_reached("hex.counting-in-sixteen", 3)
    store.close()

    with reopen(db_path) as again:
        lesson = again.lesson("hex.counting-in-sixteen")
        assert lesson is not None
        assert lesson.last_step == 3
        assert lesson.started_at == "2024-05-01T12:00:00+00:00"
        assert lesson.updated_at == "2024-05-01T12:01:00+00:00"
        assert lesson.explored_at is None
        assert again.resume_candidate().lesson_id == "hex.counting-in-sixteen"


def test_opening_twice_keeps_the_first_start_time(store, clock):
    store.lesson_opened("pnl.first-trade")
    clock.tick(3600)
    store.lesson_opened("pnl.first-trade")
    lesson = store.lesson("pnl.first-trade")
    assert lesson.started_at == "2024-05-01T12:00:00+00:00"
    assert lesson.updated_at == "2024-05-01T13:00:00+00:00"


def test_reaching_a_step_counts_as_opening_the_lesson(store):
    store.step_reached("hex.bytes", 2)
    lesson = store.lesson("hex.bytes")
    assert lesson.started_at is not None
    assert lesson.last_step == 2


def test_going_back_a_step_is_remembered_too(store):
    store.step_reached("hex.bytes", 4)
    store.step_reached("hex.bytes", 1)
    assert store.lesson("hex.bytes").last_step == 1


def test_a_negative_step_index_is_a_programming_mistake(store):
    with pytest.raises(ValueError):
        store.step_reached("hex.bytes", -1)


def test_unknown_lesson_and_step_have_no_progress(store):
    assert store.lesson("nobody.here") is None
    assert store.step("nobody.here", "s1") is None
    assert store.lessons() == {}
    assert store.resume_candidate() is None
    assert store.marks("nobody.here", "s1") == {}


def test_explored_stays_explored_after_more_activity(store, clock):
    store.step_reached("custody.paper", 6)
    store.lesson_explored("custody.paper")
    explored_at = store.lesson("custody.paper").explored_at
    assert explored_at == "2024-05-01T12:00:00+00:00"

    clock.tick()
    store.lesson_opened("custody.paper")
    store.step_reached("custody.paper", 0)
    store.step_attempted("custody.paper", "write-it-down", solved=False)
    store.lesson_explored("custody.paper")

    lesson = store.lesson("custody.paper")
    assert lesson.explored_at == explored_at
    assert lesson.last_step == 0
    assert lesson.updated_at == "2024-05-01T12:01:00+00:00"


def test_resume_offers_the_latest_unfinished_lesson(store, clock):
    store.lesson_opened("hex.counting")
    clock.tick()
    store.step_reached("explorers.find-the-fee", 2)
    clock.tick()
    store.lesson_opened("pnl.first-trade")
    store.lesson_explored("pnl.first-trade")  # finished: never offered as "resume"

    assert store.resume_candidate().lesson_id == "explorers.find-the-fee"

    clock.tick()
    store.hint_used("hex.counting", "s2")  # any activity makes it the latest again
    assert store.resume_candidate().lesson_id == "hex.counting"


def test_resume_order_is_exact_within_the_same_second(store):
    # The fake clock never moves here: the order of events must still decide.
    for lesson_id in ("a", "b", "c", "b"):
        store.lesson_opened(lesson_id)
    assert store.resume_candidate().lesson_id == "b"
    assert list(store.lessons()) == ["b", "c", "a"]


def test_resume_respects_the_lessons_the_pack_still_has(store, clock):
    store.lesson_opened("old.removed-lesson")
    clock.tick()
    store.lesson_opened("gone.too")
    store.lesson_opened("hex.counting")
    clock.tick()
    store.lesson_opened("gone.too")

    assert store.resume_candidate(["hex.counting", "pnl.x"]).lesson_id == "hex.counting"
    assert store.resume_candidate(iter(["old.removed-lesson"])).lesson_id == "old.removed-lesson"
    assert store.resume_candidate([]) is None
    assert store.resume_candidate().lesson_id == "gone.too"


# -- help offered sooner ---------------------------------------------------------


def test_attempts_hints_and_show_me_are_recorded(store):
    store.step_attempted("hex.counting", "what-is-0x1f", solved=False)
    store.step_attempted("hex.counting", "what-is-0x1f", solved=False)
    store.hint_used("hex.counting", "what-is-0x1f")
    store.show_me_used("hex.counting", "what-is-0x1f")

    step = store.step("hex.counting", "what-is-0x1f")
    assert step.attempts == 2
    assert step.used_hint is True
    assert step.used_show_me is True
    assert step.solved is False
    # A step is its own thing: the neighbour is untouched.
    assert store.step("hex.counting", "other") is None


def test_solved_sticks_once_solved(store):
    store.step_attempted("hex.counting", "s1", solved=True)
    store.step_attempted("hex.counting", "s1", solved=False)
    step = store.step("hex.counting", "s1")
    assert step.solved is True
    assert step.attempts == 2
    assert step.used_hint is False and step.used_show_me is False


def test_step_activity_counts_as_activity_in_the_lesson(store, clock):
    store.lesson_opened("hex.counting")
    clock.tick()
    store.show_me_used("hex.counting", "s1")
    assert store.lesson("hex.counting").updated_at == "2024-05-01T12:01:00+00:00"


# -- marks ------------------------------------------------------------------------


def test_marks_are_kept_per_step_and_can_be_removed(store, db_path):
    store.set_mark("custody.checklist", "before-you-send", "test-amount", "yes")
    store.set_mark("custody.checklist", "before-you-send", "address-checked", "yes")
    store.set_mark("custody.checklist", "before-you-send", "test-amount", "no")
    store.set_mark("custody.checklist", "other-step", "x", "1")
    store.set_mark("custody.checklist", "before-you-send", "address-checked", None)
    store.set_mark("custody.checklist", "before-you-send", "never-set", None)  # harmless

    assert store.marks("custody.checklist", "before-you-send") == {"test-amount": "no"}
    assert store.marks("custody.checklist", "other-step") == {"x": "1"}
    store.close()
    with reopen(db_path) as again:
        assert again.marks("custody.checklist", "before-you-send") == {"test-amount": "no"}


# -- export and forget ---------------------------------------------------------------


def test_export_round_trips_through_json(store):
    store.step_reached("hex.counting", 2)
    store.step_attempted("hex.counting", "s1", solved=True)
    store.hint_used("hex.counting", "s1")
    store.set_mark("hex.counting", "s3", "ticked", "ünïcode ✓")

    data = json.loads(json.dumps(store.export()))
    assert data["format"] == "holdspace-progress"
    assert data["version"] == 2  # 2: every row names the pack it belongs to
    assert data["exported_at"] == "2024-05-01T12:00:00+00:00"
    assert [lesson["lesson_id"] for lesson in data["lessons"]] == ["hex.counting"]
    assert data["lessons"][0]["last_step"] == 2
    assert data["steps"] == [
        {
            "lesson_id": "hex.counting",
            "step_id": "s1",
            "attempts": 1,
            "used_hint": True,
            "used_show_me": False,
            "solved": True,
            "pack": "holdspace",
        }
    ]
    assert data["marks"][0]["value"] == "ünïcode ✓"


def test_export_to_writes_a_readable_file(store, tmp_path):
    store.lesson_opened("hex.counting")
    target = tmp_path / "exports" / "my-progress.json"
    store.export_to(target)
    text = target.read_text(encoding="utf-8")
    assert json.loads(text)["lessons"][0]["lesson_id"] == "hex.counting"
    assert text.startswith("{\n  ")  # pretty, for a person to read
    store.export_to(target)  # replacing an earlier export is fine
    assert [p.name for p in target.parent.iterdir()] == ["my-progress.json"]  # no temp file


def test_export_to_an_impossible_place_is_a_store_error(store, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(StoreError):
        store.export_to(blocker / "progress.json")


def test_forget_empties_the_store_and_it_keeps_working(store, db_path):
    store.step_reached("hex.counting", 3)
    store.step_attempted("hex.counting", "s1", solved=False)
    store.set_mark("hex.counting", "s1", "k", "v")
    store.forget()

    assert store.lessons() == {}
    assert store.step("hex.counting", "s1") is None
    assert store.marks("hex.counting", "s1") == {}
    assert store.export()["lessons"] == []
    store.close()

    with reopen(db_path) as again:
        assert again.lessons() == {}
        again.lesson_opened("pnl.first-trade")
        assert list(again.lessons()) == ["pnl.first-trade"]
    with sqlite3.connect(db_path) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert b"hex.counting" not in db_path.read_bytes()  # forgotten, not just hidden


# -- guest sessions --------------------------------------------------------------------


def test_guest_store_works_and_writes_nothing(holdspace_home):
    guest, recovery = ProgressStore.open(None)
    assert recovery is None
    assert guest.is_guest and guest.path is None
    guest.step_reached("hex.counting", 1)
    guest.step_attempted("hex.counting", "s1", solved=True)
    guest.set_mark("hex.counting", "s1", "k", "v")
    assert guest.resume_candidate().lesson_id == "hex.counting"
    guest.forget()
    guest.close()
    assert list(holdspace_home.iterdir()) == []


def test_a_file_store_is_not_a_guest(store, db_path):
    assert store.path == db_path
    assert not store.is_guest


# -- damaged files are set aside, never deleted ---------------------------------------


def _truncated_real_db(path: Path) -> None:
    with reopen(path) as real:
        for i in range(300):
            real.set_mark("hex.counting", f"step-{i}", "note", "x" * 200)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


DAMAGE = {
    "random-bytes": lambda p: p.write_bytes(os.urandom(8192)),
    "text-file": lambda p: p.write_text("my notes about bitcoin\n", encoding="utf-8"),
    "sqlite-header-then-noise": lambda p: p.write_bytes(b"SQLite format 3\x00" + os.urandom(4000)),
    "truncated-real-db": _truncated_real_db,
}


@pytest.mark.parametrize("damage", list(DAMAGE))
def test_damaged_file_is_set_aside_and_a_fresh_store_works(damage, db_path, clock):
    DAMAGE[damage](db_path)
    original = db_path.read_bytes()

    store, recovery = ProgressStore.open(db_path, clock=clock)
    with store:
        assert recovery is not None
        assert recovery.moved_to == db_path.with_name("progress.damaged-20240501-120000.sqlite3")
        assert recovery.moved_to.read_bytes() == original
        assert recovery.reason
        assert store.lessons() == {}
        store.lesson_opened("hex.counting")
    with reopen(db_path) as again:
        assert list(again.lessons()) == ["hex.counting"]


def test_damaged_wal_sidecars_move_with_the_file(db_path, clock):
    db_path.write_bytes(os.urandom(4096))
    Path(f"{db_path}-wal").write_bytes(b"old log")
    Path(f"{db_path}-shm").write_bytes(b"old shm")

    store, recovery = ProgressStore.open(db_path, clock=clock)
    store.close()
    assert Path(f"{recovery.moved_to}-wal").read_bytes() == b"old log"
    assert Path(f"{recovery.moved_to}-shm").read_bytes() == b"old shm"


def test_a_damaged_file_and_its_real_log_are_kept_exactly(db_path, clock, tmp_path):
    # A crash snapshot: commits still sit in the -wal, then the main file got cut short.
    live = tmp_path / "live.sqlite3"
    with reopen(live) as store:
        store.lesson_opened("hex.counting")
    raw = sqlite3.connect(live, isolation_level=None)
    raw.execute("PRAGMA wal_autocheckpoint = 0")
    raw.executemany(
        "INSERT INTO marks VALUES ('holdspace', 'hex.counting', ?, 'k', 'v', 'now')",
        [(f"s{i}",) for i in range(200)],
    )
    main = live.read_bytes()
    db_path.write_bytes(main[: len(main) // 2])
    wal = Path(f"{live}-wal").read_bytes()
    assert len(wal) > 4096
    Path(f"{db_path}-wal").write_bytes(wal)
    raw.close()
    original = db_path.read_bytes()

    store, recovery = ProgressStore.open(db_path, clock=clock)
    store.close()
    assert recovery is not None
    assert recovery.moved_to.read_bytes() == original
    assert Path(f"{recovery.moved_to}-wal").read_bytes() == wal


def test_a_second_damage_in_the_same_second_gets_its_own_name(db_path, clock):
    kept = []
    for content in (b"first damaged file", b"second damaged file"):
        db_path.write_bytes(content)
        store, recovery = ProgressStore.open(db_path, clock=clock)
        store.close()
        kept.append(recovery.moved_to)
    assert kept[0] != kept[1]
    assert kept[1].name == "progress.damaged-20240501-120000-2.sqlite3"
    assert [p.read_bytes() for p in kept] == [b"first damaged file", b"second damaged file"]


def test_a_file_from_a_newer_holdspace_is_set_aside(db_path, clock):
    with reopen(db_path) as store:
        store.lesson_opened("hex.counting")
    with sqlite3.connect(db_path) as raw:
        raw.execute(f"PRAGMA user_version = {len(progress.MIGRATIONS) + 1}")
    raw.close()

    store, recovery = ProgressStore.open(db_path, clock=clock)
    with store:
        assert recovery is not None and "newer" in recovery.reason
        assert store.lessons() == {}
    with sqlite3.connect(recovery.moved_to) as kept:
        assert kept.execute("SELECT lesson_id FROM lessons").fetchall() == [("hex.counting",)]
    kept.close()


def test_someone_elses_database_is_set_aside_not_mixed_in(db_path):
    with sqlite3.connect(db_path) as raw:
        raw.execute("CREATE TABLE lessons (anything)")
    raw.close()
    store, recovery = ProgressStore.open(db_path)
    with store:
        assert recovery is not None
        store.lesson_opened("hex.counting")


def test_an_empty_file_is_just_a_new_store(db_path):
    db_path.write_bytes(b"")
    store, recovery = ProgressStore.open(db_path)
    store.close()
    assert recovery is None


def test_an_unwritable_folder_is_a_plain_store_error(holdspace_home):
    blocker = holdspace_home / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(StoreError) as caught:
        ProgressStore.open(blocker / "progress.sqlite3")
    assert isinstance(caught.value, HoldspaceError)
    assert str(blocker) in str(caught.value)


def test_missing_parent_folders_are_created(holdspace_home):
    path = holdspace_home / "deep" / "er" / "progress.sqlite3"
    store, _ = ProgressStore.open(path)
    store.close()
    assert path.is_file()


# -- several windows at once -------------------------------------------------------------


def test_two_windows_on_the_same_file_lose_nothing(db_path):
    first, second = reopen(db_path), reopen(db_path)
    for i in range(50):
        first.step_attempted("hex.counting", "s1", solved=False)
        second.step_attempted("hex.counting", "s1", solved=False)
        first.set_mark("hex.counting", "s1", f"first-{i}", "1")
        second.set_mark("hex.counting", "s1", f"second-{i}", "1")
    second.hint_used("hex.counting", "s1")
    assert first.step("hex.counting", "s1").attempts == 100
    assert first.step("hex.counting", "s1").used_hint is True
    assert len(first.marks("hex.counting", "s1")) == 100
    first.close()
    second.close()


WRITER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from holdspace.core.progress import ProgressStore

    path, name, go = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3])
    while not go.exists():
        time.sleep(0.005)
    store, _ = ProgressStore.open(path)
    for i in range(200):
        if i % 4 == 0:
            store.step_attempted("shared.lesson", "s1", solved=False)
        elif i % 4 == 1:
            store.set_mark("shared.lesson", "s1", f"{name}-{i}", "1")
        elif i % 4 == 2:
            store.step_reached(f"{name}.lesson", i)
        else:
            store.step_attempted(f"{name}.lesson", f"step-{i}", solved=True)
    store.close()
    """
)


def test_two_processes_writing_at_once_lose_no_event(db_path, tmp_path):
    go = tmp_path / "go"
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(db_path), name, str(go)],
            stderr=subprocess.PIPE,
            text=True,
        )
        for name in ("alice", "bob")
    ]
    go.touch()  # both start together, and both open the brand-new file at once
    for writer in writers:
        _, err = writer.communicate(timeout=120)
        assert writer.returncode == 0, err

    with reopen(db_path) as store:
        assert store.step("shared.lesson", "s1").attempts == 100
        assert len(store.marks("shared.lesson", "s1")) == 100
        for name in ("alice", "bob"):
            assert store.lesson(f"{name}.lesson").last_step == 198
            solved = [store.step(f"{name}.lesson", f"step-{i}") for i in range(3, 200, 4)]
            assert all(s is not None and s.attempts == 1 and s.solved for s in solved)
        assert set(store.lessons()) == {"shared.lesson", "alice.lesson", "bob.lesson"}


def test_switching_to_wal_waits_for_a_window_that_holds_the_file(db_path):
    # The cause of the rare failure above: a second process opening the file while the
    # first still writes it in rollback mode. SQLite answers "busy" to the switch at once
    # (busy_timeout doesn't cover it), so the store retries for a while.
    with reopen(db_path) as store:
        store.lesson_opened("hex.counting")
    other = sqlite3.connect(db_path, isolation_level=None, check_same_thread=False)
    other.execute("PRAGMA journal_mode = DELETE")
    other.execute("BEGIN IMMEDIATE")
    other.execute(
        "INSERT INTO lessons (pack, lesson_id, updated_at)"
        " VALUES ('holdspace', 'pnl.first-trade', 'now')"
    )
    release = threading.Timer(0.3, lambda: other.execute("COMMIT"))
    release.start()
    try:
        with reopen(db_path) as store:
            assert set(store.lessons()) == {"hex.counting", "pnl.first-trade"}
    finally:
        release.join()
        other.close()


# -- schema versions -----------------------------------------------------------------------


def test_a_new_store_is_at_the_latest_schema(store, db_path):
    store.close()
    with sqlite3.connect(db_path) as raw:
        assert raw.execute("PRAGMA user_version").fetchone()[0] == len(progress.MIGRATIONS)
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    raw.close()


def test_a_v1_file_is_migrated_and_keeps_its_progress(db_path, monkeypatch):
    # A version-1 file made by hand, exactly as the first release wrote it.
    with sqlite3.connect(db_path) as raw:
        raw.executescript(progress.MIGRATIONS[0])
        raw.execute(
            "INSERT INTO lessons VALUES ('hex.counting', '2024-01-01T00:00:00+00:00',"
            " 4, NULL, '2024-01-01T00:00:00+00:00', 1)"
        )
        raw.execute("PRAGMA user_version = 1")
    raw.close()

    def add_index(conn: sqlite3.Connection) -> None:
        conn.execute("CREATE INDEX steps_by_lesson ON steps (lesson_id)")

    future = [*progress.MIGRATIONS, "ALTER TABLE lessons ADD COLUMN note TEXT;", add_index]
    monkeypatch.setattr(progress, "MIGRATIONS", future)

    with reopen(db_path) as store:
        assert store.lesson("hex.counting").last_step == 4
        store.lesson_opened("pnl.first-trade")
    with sqlite3.connect(db_path) as raw:
        assert raw.execute("PRAGMA user_version").fetchone()[0] == len(future) == 4
        columns = [row[1] for row in raw.execute("PRAGMA table_info(lessons)")]
        assert "note" in columns
        indexes = [row[1] for row in raw.execute("PRAGMA index_list(steps)")]
        assert "steps_by_lesson" in indexes
    raw.close()


def test_a_failing_migration_changes_nothing(db_path, monkeypatch):
    with reopen(db_path) as store:
        store.lesson_opened("hex.counting")
    broken = [*progress.MIGRATIONS, "CREATE TABLE extra (x); SELECT * FROM no_such_table;"]
    monkeypatch.setattr(progress, "MIGRATIONS", broken)

    with pytest.raises(StoreError):
        ProgressStore.open(db_path)
    with sqlite3.connect(db_path) as raw:
        assert raw.execute("PRAGMA user_version").fetchone()[0] == len(progress.MIGRATIONS) - 1
        tables = {row[0] for row in raw.execute("SELECT name FROM sqlite_master")}
        assert "extra" not in tables
        assert raw.execute("SELECT lesson_id FROM lessons").fetchall() == [("hex.counting",)]
    raw.close()
    assert db_path.is_file()  # not mistaken for damage and moved aside


def test_core_progress_does_not_import_qt():
    code = "import sys, holdspace.core.progress; print('PySide6' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


def test_coming_back_to_an_explored_lesson_can_be_picked_up_again(holdspace_home):
    now = [datetime(2026, 1, 1, tzinfo=timezone.utc)]
    store, _ = ProgressStore.open(holdspace_home / "p.sqlite3", clock=lambda: now[0])
    store.step_reached("hex.a", 7)
    store.lesson_explored("hex.a")
    assert store.resume_candidate() is None  # just finished: nothing to pick up
    now[0] += timedelta(minutes=5)
    store.step_reached("hex.a", 2)  # back later, left at step 3
    candidate = store.resume_candidate()
    assert candidate.lesson_id == "hex.a" and candidate.last_step == 2
    assert store.lesson("hex.a").explored_at is not None  # still explored
