"""Screenshots of Holdspace's look (docs/look/), and of the code before it (docs/look/before/).

    Xvfb :84 -screen 0 1920x1080x24 &
    DISPLAY=:84 .venv/bin/python scripts/look_shots.py docs/look

    # the same views from the code before the look work (no schemes of its own then):
    git archive 25c8b8e | tar -x -C /tmp/before
    DISPLAY=:84 PYTHONPATH=/tmp/before/app .venv/bin/python scripts/look_shots.py \\
        docs/look/before light dark high-contrast

Uses a throw-away HOLDSPACE_HOME. Sets, all by default (or name some after the folder):

- ``light``, ``dark``, ``high-contrast``: home, the library, the four kinds of feedback,
  the step marks, the end of a lesson, the mistake guide and one step of each kind, at
  1024×600;
- ``large``: home, the library, a step with feedback and the guide at 1920×1080;
- ``big``: home, the library, a step with feedback, the end page and the guide with the
  text at 200 %;
- ``rtl``: the same five in Arabic (right to left), in a process of its own (the
  language is chosen when the window is made);
- ``index`` (alone): write the folder's README.md, a table of every picture.

Code from before the look had no schemes of its own; it followed the system's palette,
so there dark and high contrast are taken under a dark and a high-contrast system palette.
Pictures are reduced to 256 colours so the set stays small in the repository.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("HOLDSPACE_HOME", tempfile.mkdtemp(prefix="holdspace-look-"))

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from holdspace.cli.main import parse
from holdspace.gui.app import create_window

SMALL, LARGE = (1024, 600), (1920, 1080)
SCHEMES = ("light", "dark", "high-contrast")
_R = QPalette.ColorRole

# What a dark or high-contrast desktop hands an app that only follows the system.
SYSTEM_PALETTES = {
    "dark": {
        _R.Window: "#2d2d2d",
        _R.WindowText: "#eeeeee",
        _R.Base: "#1e1e1e",
        _R.AlternateBase: "#353535",
        _R.Text: "#eeeeee",
        _R.Button: "#3a3a3a",
        _R.ButtonText: "#eeeeee",
        _R.Highlight: "#2a6fb0",
        _R.HighlightedText: "#ffffff",
        _R.ToolTipBase: "#3a3a3a",
        _R.ToolTipText: "#eeeeee",
        _R.PlaceholderText: "#9a9a9a",
        _R.Link: "#8cc4ff",
        _R.Mid: "#5a5a5a",
        _R.Dark: "#1a1a1a",
        _R.Light: "#505050",
    },
    "high-contrast": {
        _R.Window: "#000000",
        _R.WindowText: "#ffffff",
        _R.Base: "#000000",
        _R.AlternateBase: "#000000",
        _R.Text: "#ffffff",
        _R.Button: "#000000",
        _R.ButtonText: "#ffffff",
        _R.Highlight: "#ffff00",
        _R.HighlightedText: "#000000",
        _R.ToolTipBase: "#000000",
        _R.ToolTipText: "#ffffff",
        _R.PlaceholderText: "#d0d0d0",
        _R.Link: "#ffff00",
        _R.Mid: "#ffffff",
        _R.Dark: "#ffffff",
        _R.Light: "#ffffff",
    },
}


def settle(app: QApplication) -> None:
    for _ in range(20):
        app.processEvents()
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


def app_look(app: QApplication):
    """The app's Look, or None in code from before it was wired into the app."""
    look = app.findChild(QObject, "holdspace-look") or getattr(app, "look", None)
    print("schemes:", "the app's own" if look is not None else "the system's palette (no Look)")
    return look


def use_scheme(app: QApplication, scheme: str) -> None:
    look = app_look(app)
    if look is not None:
        look.set_choice(scheme)
        return
    palette = app.style().standardPalette()  # before the look: the system's own palette
    for role, colour in SYSTEM_PALETTES.get(scheme, {}).items():
        palette.setColor(role, QColor(colour))
    app.setPalette(palette)


class Shooter:
    def __init__(self, folder: Path, args: list[str]):
        self.folder = folder
        self.window = create_window(parse(args))
        self.app = QApplication.instance()
        self.window.show()
        while not self.window.ready:  # lessons load just after the first paint
            self.app.processEvents()

    def snap(self, name: str, size: tuple[int, int] = SMALL) -> None:
        self.window.resize(*size)
        settle(self.app)
        path = self.folder / f"{name}.png"
        picture = self.window.grab()
        picture.save(str(path))
        subprocess.run(["convert", str(path), "-colors", "256", f"PNG8:{path}"], check=True)
        shown = picture.deviceIndependentSize().toSize()
        print(
            path,
            ""
            if (shown.width(), shown.height()) == size
            else f"(the window stayed {shown.width()}×{shown.height()})",
        )

    def lesson_at(self, kind: str):
        for lesson in self.window.all_lessons():
            for step in lesson.steps:
                if step.kind == kind:
                    return lesson, step
        return None

    def not_yet(self) -> None:
        lesson, step = self.lesson_at("answer")
        self.window.open_lesson(lesson, step.index)
        self.window.lesson_view.step_widget.set_value("b")
        self.window.lesson_view.check()

    def feedback(self, tag: str) -> None:
        view = self.window.lesson_view
        self.not_yet()
        self.snap(f"feedback-not-yet-{tag}")
        view.ask_hint()
        self.snap(f"feedback-hint-{tag}")
        view.ask_show_me()
        self.snap(f"feedback-answer-{tag}")
        view.check()  # the answer "show me" filled in
        self.snap(f"feedback-thats-it-{tag}")

    def end(self, tag: str, size: tuple[int, int] = SMALL) -> None:
        lesson = self.window.packs[0].lessons[0]
        self.window.open_lesson(lesson, len(lesson.steps) - 1)
        self.snap(f"step-marks-{tag}", size)
        self.window.lesson_view.go_next()
        self.snap(f"end-{tag}", size)

    def scheme(self, scheme: str) -> None:
        use_scheme(self.app, scheme)
        self.window.go_home()
        self.snap(f"home-{scheme}")
        self.window.show_library()
        self.snap(f"library-{scheme}")
        self.feedback(scheme)
        self.end(scheme)
        self.window.open_guide()
        self.snap(f"guide-{scheme}")
        self.kinds(scheme)

    def kinds(self, scheme: str) -> None:
        kinds = sorted({s.kind for x in self.window.all_lessons() for s in x.steps})
        for kind in kinds:
            lesson, step = self.lesson_at(kind)
            self.window.open_lesson(lesson, step.index)
            self.snap(f"step-{kind}-{scheme}")

    def five(self, tag: str, size: tuple[int, int] = SMALL) -> None:
        """Home, library, a step with feedback, the end page and the guide."""
        self.window.go_home()
        self.snap(f"home-{tag}", size)
        self.window.show_library()
        self.snap(f"library-{tag}", size)
        self.not_yet()
        self.snap(f"feedback-not-yet-{tag}", size)
        lesson = self.window.packs[0].lessons[0]
        self.window.open_lesson(lesson, len(lesson.steps) - 1)
        self.window.lesson_view.go_next()
        self.snap(f"end-{tag}", size)
        self.window.open_guide()
        self.snap(f"guide-{tag}", size)

    def large(self) -> None:
        use_scheme(self.app, "light")
        self.five("light-1920", LARGE)

    def big(self) -> None:
        use_scheme(self.app, "light")
        self.window.text_size.set(2.0)
        self.five("light-200")
        self.window.text_size.set(1.0)


VIEWS = (
    "home",
    "library",
    "feedback-not-yet",
    "feedback-hint",
    "feedback-answer",
    "feedback-thats-it",
    "step-marks",
    "end",
    "guide",
)
EXTRA = (("light-1920", "1920×1080"), ("light-200", "200 % text"), ("light-ar", "Arabic"))


def index(folder: Path) -> None:
    """docs/look/README.md: every picture, before and after, by view and scheme."""
    kinds = sorted(
        {p.stem[5:].rsplit("-", 1)[0] for p in folder.glob("step-*-light.png")} - {"marks"}
    )
    head = ["View", *(f"{when} {scheme}" for when in ("Before", "After") for scheme in SCHEMES)]
    lines = [
        "# How Holdspace looks, before and after",
        "",
        "Taken by `scripts/look_shots.py` (its docstring says how); *before* is the code",
        "at 25c8b8e, which had no colours of its own and followed the system's palette.",
        "",
        "| " + " | ".join(head) + " |",
        "|" + "---|" * len(head),
    ]

    def cell(name: str) -> str:
        return f"[▣]({name})" if (folder / name).exists() else "–"

    for view in (*VIEWS, *(f"step-{kind}" for kind in kinds)):
        cells = [cell(f"{sub}{view}-{scheme}.png") for sub in ("before/", "") for scheme in SCHEMES]
        lines.append(f"| {view} | " + " | ".join(cells) + " |")
    lines += [
        "",
        "| View | " + " | ".join(label for _, label in EXTRA) + " |",
        "|" + "---|" * (len(EXTRA) + 1),
    ]
    for view in ("home", "library", "feedback-not-yet", "end", "guide"):
        lines.append(
            f"| {view} | " + " | ".join(cell(f"{view}-{tag}.png") for tag, _ in EXTRA) + " |"
        )
    (folder / "README.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(out: str = "/tmp/holdspace-look", *which: str) -> int:
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    if which == ("index",):
        index(folder)
        return 0
    chosen = set(which or (*SCHEMES, "large", "big", "rtl"))
    if "rtl" in chosen and chosen != {"rtl"}:  # Arabic needs a window of its own
        subprocess.run([sys.executable, __file__, out, "rtl"], check=True)
        chosen.discard("rtl")
    shooter = Shooter(folder, ["--language", "ar"] if "rtl" in chosen else [])
    if "rtl" in chosen:
        use_scheme(shooter.app, "light")
        shooter.five("light-ar")
    for scheme in SCHEMES:
        if scheme in chosen:
            shooter.scheme(scheme)
    if "large" in chosen:
        shooter.large()
    if "big" in chosen:
        shooter.big()
    shooter.window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
