"""Attack class: zipped packs — locked, damaged, odd compression, bombs, deep, escaping.

Each one is refused in words (exit 1, no traceback), nothing lands outside the
temporary folder, and the app still starts with every built-in lesson.
"""

from __future__ import annotations

import struct
import subprocess
import zipfile
from pathlib import Path

import pytest
from kit import LESSON, MINIMAL_PACK, refused, smoke

GOOD = {"pack/pack.yaml": MINIMAL_PACK, "pack/en/one.yaml": LESSON}


def make_zip(
    path: Path, files: dict[str, str | bytes] = GOOD, method: int = zipfile.ZIP_DEFLATED
) -> Path:
    with zipfile.ZipFile(path, "w", compression=method) as archive:
        for name, content in files.items():
            archive.writestr(name, content)
    return path


def patch_headers(path: Path, *, flags: int | None = None, method: int | None = None) -> None:
    """Change every entry's flag bits or compression method, in both header kinds."""
    data = bytearray(path.read_bytes())
    for signature, flag_at, method_at in ((b"PK\x03\x04", 6, 8), (b"PK\x01\x02", 8, 10)):
        start = data.find(signature)
        while start >= 0:
            if flags is not None:
                data[start + flag_at : start + flag_at + 2] = struct.pack("<H", flags)
            if method is not None:
                data[start + method_at : start + method_at + 2] = struct.pack("<H", method)
            start = data.find(signature, start + 4)
    path.write_bytes(bytes(data))


def check_refused(archive: Path, words: str) -> None:
    said = refused("validate", archive)
    assert words in said, said
    refused("lint", archive)
    refused("list", archive)
    opened, told = smoke(archive)
    assert opened == 1 and words in told


def test_a_good_zip_opens(tmp_path):
    opened, _ = smoke(make_zip(tmp_path / "good.zip"))
    assert opened == 2


def test_a_zip_locked_with_a_password(tmp_path):
    archive = make_zip(tmp_path / "locked.zip")
    patch_headers(archive, flags=0x1)  # what `zip -P` marks: "encrypted"
    check_refused(archive, "locked with a password")


def test_a_zip_made_with_the_zip_tool_and_a_password(tmp_path):
    folder = tmp_path / "src" / "pack"
    (folder / "en").mkdir(parents=True)
    (folder / "pack.yaml").write_text(MINIMAL_PACK)
    (folder / "en" / "one.yaml").write_text(LESSON)
    try:
        subprocess.run(
            ["zip", "-q", "-r", "-P", "secret", str(tmp_path / "real.zip"), "pack"],
            cwd=tmp_path / "src",
            check=True,
            timeout=60,
        )
    except FileNotFoundError:
        pytest.skip("the zip tool is not installed")
    check_refused(tmp_path / "real.zip", "locked with a password")


def test_an_unknown_compression_method(tmp_path):
    archive = make_zip(tmp_path / "odd.zip", method=zipfile.ZIP_STORED)
    patch_headers(archive, method=99)
    check_refused(archive, "compression Holdspace can't read")


@pytest.mark.parametrize(
    "method",
    [zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA],
    ids=["deflate", "bzip2", "lzma"],
)
def test_a_damaged_compressed_stream(tmp_path, method):
    files = {"pack/pack.yaml": MINIMAL_PACK, "pack/en/one.yaml": LESSON * 20}
    archive = make_zip(tmp_path / "damaged.zip", files, method)
    with zipfile.ZipFile(archive) as source:
        info = source.getinfo("pack/en/one.yaml")
    data = bytearray(archive.read_bytes())
    body = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    for offset in range(body + 2, body + min(info.compress_size, 40)):
        data[offset] ^= 0x5A
    archive.write_bytes(bytes(data))
    check_refused(archive, "this zip file can't be opened")


@pytest.mark.parametrize(
    "content", [b"", b"PK\x03\x04 not really", b"just words"], ids=["empty", "truncated", "words"]
)
def test_something_that_is_not_really_a_zip(tmp_path, content):
    archive = tmp_path / "pack.zip"
    archive.write_bytes(content)
    check_refused(archive, "this zip file can't be opened")


def test_a_zip_bomb_stops_at_the_budget(tmp_path):
    bomb = dict(GOOD, **{"pack/en/zeros.yaml": b"\0" * (80 * 1024 * 1024)})
    check_refused(make_zip(tmp_path / "bomb.zip", bomb), "unpacks to more than 64 MB")


def test_an_entry_fourteen_hundred_folders_deep(tmp_path):
    deep = dict(GOOD, **{"pack/en/" + "d/" * 1400 + "x.yaml": LESSON})
    check_refused(make_zip(tmp_path / "deep.zip", deep), "levels deep")


@pytest.mark.parametrize(
    "name",
    ["../escaped.yaml", "/tmp/holdspace-escaped.yaml", "..\\escaped.yaml", "C:/escaped.yaml"],
)
def test_entries_that_point_outside_are_refused_before_anything_is_written(tmp_path, name):
    archive = make_zip(tmp_path / "escape.zip", dict(GOOD, **{name: "written: yes"}))
    check_refused(archive, "points outside the pack")
    assert not (tmp_path / "escaped.yaml").exists()
    assert not Path("/tmp/holdspace-escaped.yaml").exists()


def test_too_many_entries(tmp_path):
    many = dict(GOOD, **{f"pack/en/e{i}.txt": "" for i in range(10_001)})
    check_refused(
        make_zip(tmp_path / "many.zip", many, zipfile.ZIP_STORED), "more than 10000 files"
    )
