"""Start-up loads what the home screen needs, and the rest when it is first used.

A learner waits for every module imported before the window is drawn (docs/benchmarks.md).
These tests start the app in a fresh process, as a first start would, and look at
``sys.modules`` at the first paint (the home with its topics, read from pack.yaml) and
once every lesson is checked: behaviour, not timing, so they hold on a slow or busy
machine too.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

CHILD = r"""
import json, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
from holdspace.cli.main import parse
from holdspace.gui.app import create_window

seen = {}
window = create_window(parse([]))
app = QApplication.instance()

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and "painted" not in seen:
            seen["painted"] = sorted(sys.modules)
            seen["checked_when_painted"] = window.lessons_checked
            seen["topics_when_painted"] = [
                b.accessibleName() for b in window.home.topic_buttons.values() if b.isVisible()
            ]
        return False

spy = FirstPaint()
window.installEventFilter(spy)

def poll():
    if window.lessons_checked and "painted" in seen:
        app.processEvents()
        seen["ready"] = sorted(sys.modules)
        seen["lessons_when_ready"] = len(window.all_lessons())
        app.quit()
    else:
        QTimer.singleShot(5, poll)

QTimer.singleShot(0, poll)
QTimer.singleShot(20_000, app.quit)
window.show()
app.exec()
print(json.dumps(seen))
"""

# Needed only to check lessons: after the first paint (pack.yaml, read before it, needs
# the YAML reader and core.lessons.pack, but no step kind).
FOR_LESSONS = (
    "holdspace.core.lessons.registry",
    "holdspace.core.lessons.lesson_file",
    "holdspace.core.lessons.kinds",
    "holdspace.core.practice",
    "holdspace.core.lessons.model",  # pack.yaml makes a pack (pack_model), not lessons
    "holdspace.core.lessons.glossary",
    "holdspace.core.lessons.yaml_slips",  # only for a file with a YAML slip
)
# Needed only when a learner opens something: never at start.
ON_FIRST_USE = (
    "markdown",
    "nh3",
    "mnemonic",
    "holdspace.core.markup",
    "holdspace.gui.lesson_view",
    "holdspace.gui.steps",
    "holdspace.gui.library",
    "holdspace.gui.markdown_view",
    "holdspace.gui.feedback_panel",
    "holdspace.gui.notes_window",
    "holdspace.gui.term_popup",
    "holdspace.gui.smoke",
    "difflib",
    # OpenSSL (about 3.5 MiB): start-up hashes with the built-in SHA-256 (core.digests),
    # and `secrets` (hmac) loads only where a practice phrase or position is drawn.
    "_hashlib",
    "hmac",
    "secrets",
    # EIP-55's Keccak is Holdspace's own (core.keccak): pycryptodome, with ctypes.util
    # and subprocess behind it, is only the tests' reference.
    "Crypto",
    "subprocess",
    "html.entities",  # escaping the home screen's text needs no entity table
    "platform",  # the versions a crash report gives
    "ctypes",  # none_guard writes one integer with _ctypes alone
)
# Commands no one can reach in the first frame: the menus show their titles, the help
# bar its two commands; the rest is added just after the paint (gui.menu_bar).
AFTER_PAINT = ("holdspace.gui.meetup_menu", "holdspace.gui.presenter", "holdspace.gui.pack_shelf")


def _start(tmp_path) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOLDSPACE_HOME=str(tmp_path / "home"))
    done = subprocess.run(
        [sys.executable, "-c", CHILD],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def _loaded(modules: list[str], names: tuple[str, ...]) -> list[str]:
    return [m for m in modules if any(m == name or m.startswith(name + ".") for name in names)]


def test_first_paint_shows_the_topics_before_any_lesson_is_checked(tmp_path):
    seen = _start(tmp_path)
    assert len(seen["topics_when_painted"]) == 4  # the home's topic cards, from pack.yaml
    assert seen["topics_when_painted"][0].startswith("Hexadecimal")
    assert seen["checked_when_painted"] is False  # the lessons come right after
    assert _loaded(seen["painted"], FOR_LESSONS + ON_FIRST_USE) == []
    # Armed just after the paint (no text input before it), and no subcommand is read.
    assert _loaded(seen["painted"], ("holdspace.gui.tripwire", "holdspace.cli.commands")) == []
    assert _loaded(seen["painted"], AFTER_PAINT) == []


def test_lessons_on_screen_without_what_only_an_opened_lesson_needs(tmp_path):
    seen = _start(tmp_path)
    assert seen["lessons_when_ready"] >= 40  # every built-in lesson is read
    assert "holdspace.core.lessons.registry" in seen["ready"]  # and checked by its kind
    assert len(_loaded(seen["ready"], AFTER_PAINT)) == len(AFTER_PAINT)  # the menus filled
    assert _loaded(seen["ready"], ON_FIRST_USE) == []
    # A first start has no progress to read: the store is made when a lesson is opened.
    assert _loaded(seen["ready"], ("sqlite3", "holdspace.core.progress")) == []
    assert not (tmp_path / "home" / "progress.sqlite3").exists()
