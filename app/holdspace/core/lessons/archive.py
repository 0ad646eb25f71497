"""Open a lesson pack shipped as a ``.zip``: unpacked safely to a temporary folder.

Zip files from strangers can lie: names with ``..`` or a leading ``/``, symlinks,
or a few kilobytes that inflate to gigabytes. Only regular files with plain
relative names are unpacked, within a count and size budget; the folder is
removed when Holdspace exits.
"""

from __future__ import annotations

import atexit
import shutil
import stat
import tempfile
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

from ..errors import LessonError, PackError

if TYPE_CHECKING:
    import zipfile

MAX_MEMBERS = 10_000
MAX_TOTAL_BYTES = 64 * 1024 * 1024
MAX_DEPTH = 16  # folders inside the zip, as for a pack folder
_CHUNK = 64 * 1024


def is_zip(path: Path) -> bool:
    return path.is_file() and path.suffix.lower() == ".zip"


def unpack(path: Path) -> Path:
    """Unpack a zipped pack; return the folder that holds its pack.yaml."""
    import zipfile  # only for zipped packs; it pulls in bz2 and lzma

    try:
        with zipfile.ZipFile(path) as archive:
            members = _safe_members(archive, path)
            target = Path(tempfile.mkdtemp(prefix="holdspace-pack-"))
            atexit.register(shutil.rmtree, target, True)
            _extract(archive, members, target, path)
    except LessonError:
        raise
    except NotImplementedError:  # before RuntimeError, which it is a kind of
        raise PackError(
            f"{path}: this zip was made with a compression Holdspace can't read — "
            "zip it again with your system's ordinary 'Compress' command"
        ) from None
    except RuntimeError as exc:
        if "encrypted" in str(exc) or "password" in str(exc):
            raise PackError(
                f"{path}: this zip is locked with a password, and Holdspace can't "
                "open locked packs — zip the pack again without a password"
            ) from None
        raise PackError(f"{path}: this zip file can't be opened ({_why(exc)})") from None
    except Exception as exc:  # noqa: BLE001 - zlib.error, LZMAError, BadZipFile, OSError …: a damaged zip
        raise PackError(
            f"{path}: this zip file can't be opened ({_why(exc)}); it may be "
            "damaged — copy it again or zip the pack again"
        ) from None
    return _pack_root(target, path)


def _why(exc: Exception) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc)[:200] or type(exc).__name__


def _safe_members(archive: zipfile.ZipFile, path: Path) -> list[zipfile.ZipInfo]:
    infos = archive.infolist()
    if len(infos) > MAX_MEMBERS:
        raise PackError(f"{path}: the zip holds more than {MAX_MEMBERS} files")
    members = []
    for info in infos:
        name = PurePosixPath(info.filename.replace("\\", "/"))
        mode = info.external_attr >> 16
        if info.is_dir() or stat.S_ISLNK(mode):
            continue  # folders are made as needed; links are never followed
        if name.is_absolute() or ".." in name.parts or ":" in info.filename:
            raise PackError(f"{path}: the zip entry {info.filename!r} points outside the pack")
        if len(name.parts) > MAX_DEPTH:
            raise PackError(
                f"{path}: the zip holds folders more than {MAX_DEPTH} levels deep — "
                "keep lessons at most a few folders deep"
            )
        members.append(info)
    return members


def _extract(
    archive: zipfile.ZipFile, members: list[zipfile.ZipInfo], target: Path, path: Path
) -> None:
    budget = MAX_TOTAL_BYTES
    for info in members:
        destination = target.joinpath(*PurePosixPath(info.filename.replace("\\", "/")).parts)
        destination.parent.mkdir(parents=True, exist_ok=True)
        with archive.open(info) as source, open(destination, "wb") as sink:
            # Count what actually comes out, not what the header claims.
            while chunk := source.read(_CHUNK):
                budget -= len(chunk)
                if budget < 0:
                    raise PackError(
                        f"{path}: the zip unpacks to more than "
                        f"{MAX_TOTAL_BYTES // (1024 * 1024)} MB"
                    )
                sink.write(chunk)


def _pack_root(folder: Path, path: Path) -> Path:
    if (folder / "pack.yaml").is_file():
        return folder
    inner = [child for child in folder.iterdir() if (child / "pack.yaml").is_file()]
    if len(inner) == 1:
        return inner[0]
    raise PackError(f"{path}: there is no pack.yaml in this zip, so it isn't a lesson pack yet")
