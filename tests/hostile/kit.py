"""Run the real ``holdspace`` command against a stranger's pack, with a time bound.

Every helper here fails a test on what a learner or an educator would notice: a
traceback, a hang (the subprocess timeout), a crash (an exit code other than the
documented 0, 1 or 2), or the built-in lessons gone missing.
"""

from __future__ import annotations

import functools
import os
import subprocess
import sys
import textwrap
from pathlib import Path

TIMEOUT = 90  # seconds; only a hang comes near it
FIELD_PROBLEM = r"^.+:\d+:\d+: .+: .+ — .+$"  # file:line:column: field: what — how

MINIMAL_PACK = """\
format: 1
name: Stranger's pack
languages: [en]
topics:
  - id: hexadecimal
"""

LESSON = """\
id: stranger.one
topic: hexadecimal
title: A lesson from a stranger
summary: It opens.
steps:
  - kind: read
    body: Hello.
"""


def env(**extra: str) -> dict[str, str]:
    values = dict(os.environ, QT_QPA_PLATFORM="offscreen", DBUS_SESSION_BUS_ADDRESS="disabled:")
    values.update(extra)
    return values


def run(
    *args: str | os.PathLike,
    cwd: Path | None = None,
    timeout: int = TIMEOUT,
    memory: int | None = None,
) -> subprocess.CompletedProcess:
    """``holdspace ARGS``: never a traceback, never a hang, an exit code from 0/1/2.

    ``memory`` caps the address space in bytes: a file read whole despite its size
    then fails loudly instead of passing slowly.
    """

    def cap() -> None:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))

    result = subprocess.run(
        [sys.executable, "-m", "holdspace", *map(os.fsdecode, args)],
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=cwd,
        env=env(),
        stdin=subprocess.DEVNULL,
        errors="backslashreplace",
        preexec_fn=cap if memory else None,
    )
    both = result.stdout + result.stderr
    assert "Traceback" not in both, both[-3000:]
    assert result.returncode in (0, 1, 2), (result.returncode, both[-3000:])
    return result


def refused(*args: str | os.PathLike, cwd: Path | None = None, memory: int | None = None) -> str:
    """A command that must say kindly what is wrong and exit 1; returns what it said."""
    result = run(*args, cwd=cwd, memory=memory)
    assert result.returncode == 1, result.stdout + result.stderr
    said = (result.stdout + result.stderr).strip()
    assert said
    return said


@functools.lru_cache(maxsize=1)
def builtin_lessons() -> int:
    from holdspace.core import paths
    from holdspace.core.lessons import open_pack

    return len(open_pack(paths.builtin_pack_dir()).lessons)


def smoke(*packs: Path, cwd: Path | None = None) -> tuple[int, str]:
    """The real app with these --pack folders: it must start and show every built-in
    lesson. Returns how many packs opened and what it said about those that didn't."""
    extra = [a for pack in packs for a in ("--pack", os.fspath(pack))]
    result = subprocess.run(
        [sys.executable, "-m", "holdspace", "--guest", "--smoke-test", *extra],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        cwd=cwd,
        env=env(),
        errors="backslashreplace",
    )
    both = result.stdout + result.stderr
    assert "Traceback" not in both and result.returncode in (0, 1), both[-3000:]
    assert "window shown" in result.stdout, both[-3000:]
    shown = int(result.stdout.split(" lessons in ")[0].rsplit(" ", 1)[-1])
    assert shown >= builtin_lessons(), both  # the built-in lessons are all still there
    opened = int(result.stdout.split(" pack(s)")[0].rsplit(" ", 1)[-1])
    refusals = [line for line in result.stderr.splitlines() if line.startswith("smoke test: ")]
    assert opened + len(refusals) >= 1 + len(packs), both  # each pack opened or was explained
    return opened, "\n".join(refusals)


def write(root: Path, files: dict[str, str | bytes]) -> Path:
    """A pack folder from {relative path: text or bytes}."""
    for relative, content in files.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(textwrap.dedent(content), encoding="utf-8")
    return root


def pack(root: Path, pack_yaml: str = MINIMAL_PACK, **files: str | bytes) -> Path:
    """A small valid pack (one lesson), with extra files given as keyword=... or by dict."""
    return write(root, {"pack.yaml": pack_yaml, "en/one.yaml": LESSON, **files})
