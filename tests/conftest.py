"""Shared test set-up: offscreen Qt, a private HOLDSPACE_HOME, the official vectors."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

# pytest-qt has no ini option for the platform; set it before anything loads Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO_ROOT = Path(__file__).resolve().parent.parent
LESSONS_DIR = REPO_ROOT / "lessons"
VECTORS_DIR = REPO_ROOT.parent / "shared" / "vectors"


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
    """Load a file from ../shared/vectors by name.

    CI always has ../shared beside the checkout, so a missing folder there is a
    failure, never a silent skip. Elsewhere the test is skipped with a visible reason.
    """

    def load(name: str):
        path = VECTORS_DIR / name
        if not path.is_file():
            reason = f"official test vectors not found at {path}"
            if os.environ.get("CI"):
                pytest.fail(reason + " (CI must have ../shared beside the checkout)")
            pytest.skip(reason)
        return json.loads(path.read_text(encoding="utf-8"))

    return load
