"""Every interface string is translatable, and the shipped template is up to date."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
TEMPLATE = REPO / "assets" / "i18n" / "holdspace.ts"
SOURCE = re.compile(r"<source>(.*?)</source>", re.S)


def _sources(path: Path) -> set[str]:
    return set(SOURCE.findall(path.read_text(encoding="utf-8")))


def test_the_translation_template_lists_every_interface_string(tmp_path):
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate is not installed beside this Python")
    fresh = tmp_path / "fresh.ts"
    files = [str(p) for p in sorted((REPO / "app" / "holdspace" / "gui").rglob("*.py"))]
    subprocess.run([str(lupdate), *files, "-ts", str(fresh)], check=True, capture_output=True)
    assert _sources(fresh) == _sources(TEMPLATE), \
        "run the lupdate command in assets/i18n/README.md to refresh holdspace.ts"
    contexts = set(re.findall(r"<name>(.*?)</name>", TEMPLATE.read_text(encoding="utf-8")))
    assert "parent" not in contexts  # a context lupdate guessed wrongly would never match


def test_no_bare_user_strings_in_message_boxes():
    """Message boxes and labels get their words through tr() or translate()."""
    offenders = []
    for path in (REPO / "app" / "holdspace" / "gui").rglob("*.py"):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if re.search(r"(setText|setWindowTitle|showMessage|QLabel|QPushButton)\(\s*\"[A-Za-z]", line):
                offenders.append(f"{path.name}:{number}: {line.strip()}")
    assert offenders == []
