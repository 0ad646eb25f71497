"""Screenshots of Holdspace's look in light, dark and high contrast (docs/look/).

    Xvfb :84 -screen 0 1920x1080x24 &
    DISPLAY=:84 .venv/bin/python scripts/look_shots.py docs/look

Uses a throw-away HOLDSPACE_HOME. Each scheme gets home, the library, the four kinds of
feedback, the end of a lesson and the mistake guide at 1024×600; the light scheme also
one step of each kind, and a few views at 1920×1080. Pictures are reduced to 256
colours so the set stays small in the repository.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("HOLDSPACE_HOME", tempfile.mkdtemp(prefix="holdspace-look-"))

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from holdspace.cli.main import parse
from holdspace.gui.app import create_window

SMALL, LARGE = (1024, 600), (1920, 1080)


def settle(app: QApplication) -> None:
    for _ in range(20):
        app.processEvents()
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


class Shooter:
    def __init__(self, folder: Path):
        self.folder = folder
        self.window = create_window(parse([]))
        self.app = QApplication.instance()
        self.window.show()
        while not self.window.ready:  # lessons load just after the first paint
            self.app.processEvents()

    def snap(self, name: str, size: tuple[int, int] = SMALL) -> None:
        self.window.resize(*size)
        settle(self.app)
        path = self.folder / f"{name}.png"
        self.window.grab().save(str(path))
        subprocess.run(["convert", str(path), "-colors", "256", f"PNG8:{path}"], check=True)
        print(path)

    def lesson_at(self, kind: str):
        for lesson in self.window.all_lessons():
            for step in lesson.steps:
                if step.kind == kind:
                    return lesson, step
        return None

    def feedback(self, scheme: str) -> None:
        lesson, step = self.lesson_at("answer")
        view = self.window.lesson_view
        self.window.open_lesson(lesson, step.index)
        view.step_widget.set_value("b")
        view.check()
        self.snap(f"feedback-not-yet-{scheme}")
        view.ask_hint()
        self.snap(f"feedback-hint-{scheme}")
        view.ask_show_me()
        self.snap(f"feedback-answer-{scheme}")
        view.check()  # the answer "show me" filled in
        self.snap(f"feedback-thats-it-{scheme}")

    def scheme(self, scheme: str) -> None:
        self.app.look.set_choice(scheme)
        window, view = self.window, self.window.lesson_view
        window.go_home()
        self.snap(f"home-{scheme}")
        window.show_library()
        self.snap(f"library-{scheme}")
        self.feedback(scheme)
        lesson = window.packs[0].lessons[0]
        window.open_lesson(lesson, len(lesson.steps) - 1)
        self.snap(f"step-marks-{scheme}")
        view.go_next()
        self.snap(f"end-{scheme}")
        window.open_guide()
        self.snap(f"guide-{scheme}")

    def kinds(self) -> None:
        self.app.look.set_choice("light")
        kinds = sorted({s.kind for x in self.window.all_lessons() for s in x.steps})
        for kind in kinds:
            lesson, step = self.lesson_at(kind)
            self.window.open_lesson(lesson, step.index)
            self.snap(f"step-{kind}-light")

    def large(self) -> None:
        self.app.look.set_choice("light")
        self.window.go_home()
        self.snap("home-light-1920", LARGE)
        self.feedback_large()
        self.app.look.set_choice("dark")
        self.window.open_guide()
        self.snap("guide-dark-1920", LARGE)

    def feedback_large(self) -> None:
        self.feedback_at("feedback-not-yet-light-1920", LARGE)

    def feedback_at(self, name: str, size: tuple[int, int]) -> None:
        lesson, step = self.lesson_at("answer")
        self.window.open_lesson(lesson, step.index)
        self.window.lesson_view.step_widget.set_value("b")
        self.window.lesson_view.check()
        self.snap(name, size)


def main(out: str = "/tmp/holdspace-look", *which: str) -> int:
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    shooter = Shooter(folder)
    for scheme in ("light", "dark", "high-contrast"):
        if not which or scheme in which:
            shooter.scheme(scheme)
    if not which or "kinds" in which:
        shooter.kinds()
    if not which or "large" in which:
        shooter.large()
    shooter.window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
