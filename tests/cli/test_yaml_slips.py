"""YAML slips in plain words, and the rest of the file still checked (the real CLI)."""

from __future__ import annotations

import subprocess
import sys

from holdspace.core.lessons import validate_path
from packkit import GOOD_LESSON, PACK_YAML, write_pack

SLIPS = """\
id: test.slips
topic: hexadecimal
title: A title
summary: One sentence.
steps:
  - kind: read
    body: Note: a second colon here.
  - kind: choice
    prompt: "Is it hex?
    choices:
      - text: "yes"
        correct: true
\t- text: "no"
  - kind: read
    body:
      - one
      - two
  - kind: rd
    body: hello
"""


def test_each_slip_is_named_in_plain_words_and_the_rest_is_still_checked(tmp_path):
    path = tmp_path / "slips.yaml"
    path.write_text(SLIPS, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "holdspace", "validate", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1
    lines = done.stdout.splitlines()
    said = "\n".join(lines)
    assert any(
        ":7:" in line and "second `:`" in line and "double quotes" in line for line in lines
    ), said
    assert any(
        ":9:" in line and "quote opens on this line and is never closed" in line for line in lines
    ), said
    assert any(
        ":13:" in line and "indented with a tab" in line and "replace the tab with spaces" in line
        for line in lines
    ), said
    assert any(":16:" in line and "steps[3].body" in line and "`|`" in line for line in lines), said
    assert any(":18:" in line and "unknown step kind `rd`" in line for line in lines), (
        said
    )  # read on
    assert "mapping values are not allowed" not in said and "YAML syntax" not in said
    assert len(lines) == 5


def test_a_tab_in_pack_yaml_says_tab(tmp_path):
    root = write_pack(
        tmp_path / "pack",
        {"en/a.yaml": GOOD_LESSON},
        PACK_YAML.replace("  - id: explorers", "\t- id: explorers"),
    )
    problems = [str(p) for p in validate_path(root)]
    assert any("pack.yaml:" in p and "indented with a tab" in p for p in problems), problems


def test_a_lesson_with_a_slip_never_opens(tmp_path):
    from holdspace.core.lessons import open_pack

    lesson = GOOD_LESSON.replace(
        "title: Counting with sixteen digits", "title: Counting: sixteen digits"
    )
    root = write_pack(tmp_path / "pack", {"en/a.yaml": lesson})
    pack = open_pack(root)
    assert not pack.lessons
    assert "second `:`" in str(pack.broken[0].problems[0])
