"""Attack class: sizes and special files — huge files, devices, pipes, folders as files.

Sizes are checked before a byte is read: the commands run with their memory capped
well below the files' sizes, so a file read whole would fail loudly here. Pipes
are never opened for a blocking read: a hang would hit the subprocess timeout.
"""

from __future__ import annotations

import os

import pytest
from kit import LESSON, MINIMAL_PACK, pack, refused, run, smoke

GIB = 1024**3
CAP = 1536 * 1024**2  # the commands' address space: far below the sparse files below

pytestmark = pytest.mark.skipif(os.name != "posix", reason="pipes, devices and rlimits are POSIX")


def sparse(path, size: int) -> None:
    with open(path, "wb") as file:
        file.truncate(size)


def test_a_three_gib_lesson_is_refused_by_its_size_without_reading_it(tmp_path):
    target = pack(tmp_path / "p")
    sparse(target / "en" / "huge.yaml", 3 * GIB)
    for command in ("validate", "lint"):
        said = refused(command, target, memory=CAP)
        assert "KB, more than the 512 KB a lesson may be" in said
    assert "stranger.one" in run("list", target, memory=CAP).stdout
    smoke(target)


def test_a_three_gib_pack_yaml_is_refused_without_reading_it(tmp_path):
    target = pack(tmp_path / "p")
    sparse(target / "pack.yaml", 3 * GIB)
    said = refused("validate", target, memory=CAP)
    assert "pack.yaml" in said and "KB, more than" in said
    _, told = smoke(target)
    assert "KB, more than" in told


def test_a_lesson_just_over_the_limit_says_how_big_it_is(tmp_path):
    target = pack(tmp_path / "p")
    (target / "en" / "big.yaml").write_text("id: a\nbody: |\n" + "  words words words\n" * 40_000)
    said = refused("validate", target)
    assert "big.yaml:1:1" in said and "KB" in said


@pytest.mark.parametrize("where", ["en/pipe.yaml", "en/glossary.yaml", "pack.yaml"])
def test_a_pipe_anywhere_in_a_pack_is_named_not_waited_on(tmp_path, where):
    target = pack(tmp_path / "p")
    (target / where).unlink(missing_ok=True)
    os.mkfifo(target / where)
    said = refused("validate", target)
    assert "not a plain file" in said
    refused("lint", target)
    opened, told = smoke(target)
    assert opened == 2 or "not a plain file" in told


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
@pytest.mark.parametrize("where", ["en/zero.yaml", "en/glossary.yaml", "pack.yaml"])
def test_a_link_to_an_endless_device_is_never_read(tmp_path, where):
    target = pack(tmp_path / "p")
    (target / where).unlink(missing_ok=True)
    (target / where).symlink_to("/dev/zero")
    said = refused("validate", target, memory=CAP)
    assert "outside the pack" in said or "not a plain file" in said
    refused("lint", target, memory=CAP)
    smoke(target)


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
@pytest.mark.parametrize("command", ["validate", "lint"])
def test_pointing_the_commands_at_a_device_or_a_pipe(tmp_path, command):
    os.mkfifo(tmp_path / "pipe.yaml")
    for target in ("/dev/zero", tmp_path / "pipe.yaml", tmp_path):
        said = refused(command, target, memory=CAP)
        assert "not a plain file" in said or "pack.yaml" in said
    assert refused("list", "/dev/zero")


def test_a_lesson_file_that_is_a_folder_with_a_long_name(tmp_path):
    target = pack(tmp_path / "p", MINIMAL_PACK, **{"en/" + "x" * 250 + ".yaml/inner.yaml": LESSON})
    said = refused("validate", target)
    assert "the id `stranger.one` is already used" in said  # the inner file was read, once
