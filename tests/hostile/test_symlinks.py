"""Attack class: links inside a pack that lead out of it.

The outside files hold a distinctive word in text the lint would flag; if any
command read them, the word would show up in what it prints.
"""

from __future__ import annotations

import os

import pytest
from kit import LESSON, MINIMAL_PACK, pack, refused, run, smoke

pytestmark = pytest.mark.skipif(os.name != "posix", reason="symlinks as on Linux and macOS")

CANARY = "CANARYWORD"
OUTSIDE_LESSON = LESSON.replace("stranger.one", "outside.lesson").replace(
    "Hello.", f"This is obviously easy {CANARY}."
)
OUTSIDE_GLOSSARY = f"""\
terms:
  - id: canary
    term: {CANARY}
    definition: Obviously this is easy, {CANARY}.
"""
OUTSIDE_PACK = MINIMAL_PACK.replace("Stranger's pack", f"Obviously {CANARY}")


@pytest.fixture
def outside(tmp_path):
    folder = tmp_path / "outside"
    (folder / "en").mkdir(parents=True)
    (folder / "lesson.yaml").write_text(OUTSIDE_LESSON)
    (folder / "glossary.yaml").write_text(OUTSIDE_GLOSSARY)
    (folder / "pack.yaml").write_text(OUTSIDE_PACK)
    (folder / "en" / "inner.yaml").write_text(
        OUTSIDE_LESSON.replace("outside.lesson", "outside.inner")
    )
    return folder


def never_read(target, *, opens: bool = True) -> str:
    said = "\n".join(
        run(command, target).stdout + run(command, target).stderr
        for command in ("validate", "lint", "list")
    )
    assert CANARY not in said and "outside.lesson" not in said and "outside.inner" not in said
    opened, told = smoke(target)
    assert CANARY not in told
    assert opened == (2 if opens else 1)
    return said


@pytest.mark.parametrize(
    "where, what",
    [
        ("en/link.yaml", "lesson.yaml"),
        ("en/glossary.yaml", "glossary.yaml"),
        ("en/folder", "en"),
    ],
)
def test_links_out_of_the_pack_are_named_and_never_followed(tmp_path, outside, where, what):
    target = pack(tmp_path / "p")
    (target / where).unlink(missing_ok=True)
    (target / where).symlink_to(outside / what)
    said = never_read(target)
    assert "outside the pack" in said


def test_a_pack_yaml_that_links_out_is_refused(tmp_path, outside):
    target = pack(tmp_path / "p")
    (target / "pack.yaml").unlink()
    (target / "pack.yaml").symlink_to(outside / "pack.yaml")
    said = never_read(target, opens=False)
    assert "outside the pack" in said
    assert refused("validate", target)


def test_a_language_folder_that_links_out_is_left_out(tmp_path, outside):
    target = pack(tmp_path / "p")
    (target / "fr").symlink_to(outside / "en")
    (target / "pack.yaml").write_text(MINIMAL_PACK.replace("[en]", "[en, fr]"))
    said = never_read(target)
    assert "fr points outside the pack" in said


def test_link_loops_and_links_to_nothing(tmp_path):
    target = pack(tmp_path / "p")
    (target / "en" / "loop").symlink_to(target / "en")
    (target / "en" / "a.yaml").symlink_to(target / "en" / "b.yaml")
    (target / "en" / "b.yaml").symlink_to(target / "en" / "a.yaml")
    (target / "en" / "gone.yaml").symlink_to(target / "nowhere.yaml")
    said = refused("validate", target)
    assert "stranger.one" in run("list", target).stdout
    assert "gone.yaml" in said
    smoke(target)


def test_links_that_stay_inside_the_pack_still_work(tmp_path):
    target = pack(
        tmp_path / "p",
        MINIMAL_PACK,
        **{"shared/two.yaml": LESSON.replace("stranger.one", "stranger.two")},
    )
    (target / "en" / "two.yaml").symlink_to(target / "shared" / "two.yaml")
    assert "stranger.two" in run("list", target).stdout


def test_pictures_that_link_out_of_the_pack_are_not_shown(tmp_path, outside):
    picture = outside / "photo.png"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    target = pack(
        tmp_path / "p",
        MINIMAL_PACK,
        **{"en/one.yaml": LESSON.replace("Hello.", "'![a photo](img/photo.png)'")},
    )
    (target / "img").mkdir()
    (target / "img" / "photo.png").symlink_to(picture)
    said = refused("lint", target)
    assert "img/photo.png is not in the pack" in said
    from holdspace.gui.safe_text import image_bytes

    assert image_bytes(target, "img/photo.png") is None
