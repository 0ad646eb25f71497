"""Shared test set-up: offscreen Qt, a private HOLDSPACE_HOME, the public test vectors."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

# pytest-qt has no ini option for the platform; set it before anything loads Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO_ROOT = Path(__file__).resolve().parent.parent
LESSONS_DIR = REPO_ROOT / "lessons"
VECTORS_DIR = Path(__file__).resolve().parent / "vectors"  # sources: vectors/SOURCES.md


@pytest.fixture(autouse=True)
def _private_home(tmp_path_factory, monkeypatch):
    """Every test gets its own empty user-data folder: nothing touches the real one."""
    home = tmp_path_factory.mktemp("holdspace-home")
    monkeypatch.setenv("HOLDSPACE_HOME", str(home))
    return home


@pytest.fixture
def holdspace_home(_private_home) -> Path:
    return _private_home


@pytest.fixture(scope="session")
def shared_vectors():
    """Load a file from tests/vectors by name (they ship with the tests: none is skipped)."""

    def load(name: str):
        return json.loads((VECTORS_DIR / name).read_text(encoding="utf-8"))

    return load
