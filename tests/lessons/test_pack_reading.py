"""Opening a pack for one reading (the app) reads only the languages that reading shows."""

from __future__ import annotations

import shutil
from pathlib import Path

from holdspace.core import paths
from holdspace.core.lessons import open_pack


def test_one_reading_shows_the_same_lessons_as_reading_every_language():
    whole = open_pack(paths.builtin_pack_dir(), "fr")
    reading = open_pack(paths.builtin_pack_dir(), "fr", every_language=False)
    assert [(x.id, x.language) for x in reading.lessons] == [
        (x.id, x.language) for x in whole.lessons
    ]
    french = [x for x in reading.lessons if x.language == "fr"]
    assert len(french) > len(reading.lessons) // 2
    assert all(x.original is not None for x in french)  # "show in English" still works
    assert all(x.stand_in for x in reading.lessons if x.language == "en")
    assert set(reading.glossaries) == {"fr", "en"}
    assert reading.glossary.terms == whole.glossary.terms


def test_a_broken_lesson_in_the_shown_language_is_still_found(tmp_path: Path):
    pack = tmp_path / "pack"
    shutil.copytree(paths.builtin_pack_dir(), pack)
    victim = sorted((pack / "fr").glob("*/*.yaml"))[0]
    victim.write_text(
        victim.read_text(encoding="utf-8").replace("steps:", "stepz:", 1), encoding="utf-8"
    )
    spanish = sorted((pack / "es").glob("*/*.yaml"))[0]
    spanish.write_text("id: [", encoding="utf-8")

    reading = open_pack(pack, "fr", every_language=False)
    assert any(victim.name in p.file for p in reading.problems)  # its fallback is shown
    assert not any("/es/" in p.file for p in reading.problems)  # not read for this reading
    whole = open_pack(pack, "fr")
    assert any("/es/" in p.file for p in whole.problems)  # validate still finds it
