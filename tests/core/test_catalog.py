"""What the home shows before the lessons are checked says what the full reading says."""

from __future__ import annotations

import pytest

from holdspace.core import paths
from holdspace.core.lessons import open_pack
from holdspace.core.lessons.catalog import Entry, lesson_entry, read_head
from packkit import GOOD_LESSON, write_pack


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_shipped_pack_head_has_the_checked_packs_topics_and_guides(language):
    full = open_pack(paths.builtin_pack_dir(), language, every_language=False)
    head = read_head(paths.builtin_pack_dir(), language)
    assert head is not None and head.lessons == []  # pack.yaml only: nothing built
    assert (head.key, head.language, head.fallback) == (full.key, full.language, full.fallback)
    assert head.topics == full.topics
    assert [t.title(language, head.fallback) for t in head.topics] == [
        t.title(language, full.fallback) for t in full.topics
    ]
    assert head.guides == full.guides


@pytest.mark.parametrize("language", ["en", "fr", "es", "ar"])
def test_every_shipped_lesson_is_found_by_its_file_name_as_the_check_reads_it(language):
    """The resume card before the check names the lesson as it will after it."""
    full = open_pack(paths.builtin_pack_dir(), language, every_language=False)
    head = read_head(paths.builtin_pack_dir(), language)
    assert head is not None and len(full.lessons) >= 40
    for lesson in full.lessons:
        assert lesson_entry(head, lesson.id) == Entry(lesson.title, len(lesson.steps)), lesson.id
    if language != "en":  # translated lessons are named in their language
        english = read_head(paths.builtin_pack_dir(), "en")
        assert english is not None
        assert any(lesson_entry(english, x.id) != lesson_entry(head, x.id) for x in full.lessons)


def test_a_file_that_does_not_say_what_its_name_says_is_left_to_the_check(tmp_path):
    root = write_pack(
        tmp_path / "class-pack",
        {
            "en/basics/01-counting.yaml": GOOD_LESSON,
            "en/basics/02-junk.yaml": b"\x00\x01 binary junk".decode("latin-1"),
            "en/basics/03-no-steps.yaml": "id: test.no-steps\ntopic: basics\ntitle: No steps\n",
            "en/basics/04-other.yaml": GOOD_LESSON.replace("test.counting", "test.elsewhere"),
        },
    )
    head = read_head(root, "en")
    assert head is not None
    assert lesson_entry(head, "test.counting") is not None
    assert lesson_entry(head, "test.junk") is None  # can't be read
    assert lesson_entry(head, "test.no-steps") is None  # nothing to pick up
    assert lesson_entry(head, "test.other") is None  # the file holds another id
    assert lesson_entry(head, "test.missing") is None
    assert lesson_entry(head, "test.*") is None  # a pattern is only a name


def test_no_head_for_a_pack_that_cannot_open_or_is_zipped(tmp_path):
    (tmp_path / "pack.yaml").write_text("format: 7\n", encoding="utf-8")
    assert read_head(tmp_path) is None
    assert read_head(tmp_path / "missing") is None
    zipped = tmp_path / "pack.zip"
    zipped.write_bytes(b"PK\x05\x06" + b"\x00" * 18)  # an empty zip: waits for the check
    assert read_head(zipped) is None
