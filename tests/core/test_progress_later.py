"""A first start's store: nothing is created until something is written, and nothing is lost."""

from __future__ import annotations

from holdspace.core.progress import ProgressStore
from holdspace.core.progress_later import DeferredStore


def test_reads_answer_empty_without_creating_the_file(tmp_path):
    where = tmp_path / "home" / "progress.sqlite3"
    assert DeferredStore.can_wait(where)
    store = DeferredStore(where)
    assert store.every_lesson() == {} and store.lessons() == {}
    assert store.lesson("hex.a") is None and store.step("hex.a", "1") is None
    assert store.marks("hex.a", "1") == {} and store.resume_among([("holdspace", "hex.a")]) is None
    store.adopt("pack:other", ["hex.a"])  # no old rows can exist yet
    store.forget()
    store.close()
    assert store.path == where and not store.is_guest
    assert not where.exists()


def test_the_first_write_creates_the_store_and_is_kept(tmp_path):
    where = tmp_path / "progress.sqlite3"
    store = DeferredStore(where)
    recorder = store.for_pack("holdspace")
    recorder.lesson_opened("hex.a")
    recorder.step_reached("hex.a", 2)
    store.set_mark("hex.a", "3", "on-paper", "done")
    assert where.exists()
    assert store.lesson("hex.a").last_step == 2
    assert store.marks("hex.a", "3") == {"on-paper": "done"}
    store.close()
    again, _ = ProgressStore.open(where)
    with again:
        assert again.resume_candidate().lesson_id == "hex.a"


def test_a_file_another_window_made_is_read(tmp_path):
    where = tmp_path / "progress.sqlite3"
    store = DeferredStore(where)
    assert store.every_lesson() == {}
    other, _ = ProgressStore.open(where)
    with other:
        other.lesson_opened("hex.b")
    assert ("holdspace", "hex.b") in store.every_lesson()
    store.close()


def test_an_existing_file_or_a_folder_that_cannot_be_made_is_opened_now(tmp_path):
    existing = tmp_path / "progress.sqlite3"
    existing.write_bytes(b"")
    assert not DeferredStore.can_wait(existing)
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    assert not DeferredStore.can_wait(blocked / "progress.sqlite3")
