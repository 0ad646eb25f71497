"""Attack class: what people type — unreadable folders, odd names, pipes that close,
very long paths, huge odd inputs for the lint. Always words, never a traceback;
exit codes 0 (all good), 1 (something to mend) and 2 (usage) as documented.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest
from kit import LESSON, MINIMAL_PACK, TIMEOUT, env, pack, refused, run

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX file names and permissions")


def test_exit_codes_are_as_documented(tmp_path):
    good = pack(tmp_path / "good")
    assert run("validate", good).returncode == 0
    assert run("list", good).returncode == 0
    assert run("validate", tmp_path / "missing").returncode == 1
    assert run("validate").returncode == 0  # no path: the built-in pack
    assert run("validate", "--no-such-option").returncode == 2
    assert run("frobnicate").returncode == 2


def as_someone_else(command: list[str]) -> subprocess.CompletedProcess:
    """Run without root's power to read anything (as a learner's account would be)."""
    if os.geteuid() != 0:
        return subprocess.run(command, capture_output=True, text=True, timeout=TIMEOUT, env=env())
    capsh = shutil.which("capsh")
    if capsh is None:
        pytest.skip("running as root without capsh: permissions are not enforced")
    line = " ".join(f"'{part}'" for part in command)
    return subprocess.run(
        [capsh, "--drop=cap_dac_override,cap_dac_read_search", "--", "-c", line],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        env=env(),
    )


@posix_only
@pytest.mark.parametrize("locked", ["en", ".", "en/one.yaml"])
def test_a_folder_or_file_that_may_not_be_read(tmp_path, locked):
    target = pack(tmp_path / "p")
    os.chmod(target / locked, 0)
    try:
        for command in ("validate", "lint", "list"):
            result = as_someone_else([sys.executable, "-m", "holdspace", command, str(target)])
            both = result.stdout + result.stderr
            assert "Traceback" not in both and result.returncode == 1, both
            assert (
                "Permission denied" in both
                or "could not be read" in both
                or (command == "list" and "problem(s) to mend" in both)
            ), both
    finally:
        os.chmod(target / locked, 0o755)


@posix_only
def test_a_name_that_is_not_utf8(tmp_path):
    folder = os.path.join(os.fsencode(tmp_path), b"caf\xe9-pack")
    pack(tmp_path / "plain")
    os.rename(tmp_path / "plain", folder)
    result = run("validate", os.fsdecode(folder))
    assert result.returncode == 0 and "all good" in result.stdout
    assert "caf\\udce9" in result.stdout or "caf\\xe9" in result.stdout


def test_a_very_long_path(tmp_path):
    said = refused("validate", tmp_path / ("a" * 5000))
    assert "can't be looked at" in said or "nothing at this path" in said
    refused("lint", "x/" * 3000)


@posix_only
@pytest.mark.parametrize("command", ["validate", "lint", "list"])
def test_a_reader_that_stops_early_gets_no_traceback(tmp_path, command):
    many = {
        f"en/l{i}.yaml": LESSON.replace("stranger.one", f"stranger.n{i}").replace(
            "title: A lesson", "title: Obviously a lesson"
        )
        for i in range(300)
    }
    target = pack(tmp_path / "p", MINIMAL_PACK, **many)
    line = f"'{sys.executable}' -m holdspace {command} '{target}' | head -1"
    result = subprocess.run(
        ["sh", "-c", line], capture_output=True, text=True, timeout=TIMEOUT, env=env()
    )
    assert "Traceback" not in result.stderr and "BrokenPipe" not in result.stderr
    assert len(result.stdout.splitlines()) == 1


@posix_only
@pytest.mark.parametrize(
    "text",
    [
        "[" * 120_000,
        "![" * 60_000,
        "[a](" * 30_000,
        "`" * 120_000,
        "`` ` " * 24_000,
        "a." * 60_000,
        "a+" * 60_000 + ":",
        "easy " * 24_000,
        "javascript:x " * 9_000,
        "# " * 60_000,
        "[[" * 60_000,
        "> " * 60_000,
        "_*" * 60_000,
        "0x" + "f" * 120_000,
        ("bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq " * 2800),
    ],
    ids=lambda t: repr(t[:6]),
)
def test_lint_finishes_on_120_kb_of_pathological_text(tmp_path, text):
    # Fails only on a hang (the subprocess timeout): a quadratic rule took minutes here.
    body = {"en/one.yaml": LESSON.replace("body: Hello.", "body: " + json.dumps(text))}
    target = pack(tmp_path / "p", MINIMAL_PACK, **body)
    result = run("lint", target, timeout=TIMEOUT)
    assert result.returncode in (0, 1)


def test_invisible_direction_marks_are_refused_in_ids_and_named_in_texts(tmp_path):
    spoofed = LESSON.replace(
        "title: A lesson from a stranger", 'title: "A lesson \\u202Egnp.exe\\u200B"'
    )
    target = pack(tmp_path / "p", MINIMAL_PACK, **{"en/one.yaml": spoofed})
    said = refused("lint", target)
    assert "U+202E" in said and "invisible" in said
    assert "<U+202E>" in run("list", target).stdout  # shown, not obeyed, in a terminal
    bad_id = pack(
        tmp_path / "q",
        MINIMAL_PACK,
        **{"en/one.yaml": LESSON.replace("id: stranger.one", 'id: "stranger.\\u200Bone"')},
    )
    assert "has characters ids can't use" in refused("validate", bad_id)
