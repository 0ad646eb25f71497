"""A pack in which every text a learner can see carries live-looking HTML, and a walk of
the real window over every place that shows pack text.

``walk`` is used in-process (with a check after every action) and by
``drive_window.py`` in a subprocess, where a picture that Qt read by itself from
outside the pack would block on a named pipe (a hang) or abort on /dev/zero.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

MARK = "<u>M{n}</u>"  # shown as these very characters when escaped


def live(n: int, image: str) -> str:
    """Text that, taken as HTML, would underline a word and load ``image``."""
    return f'{MARK.format(n=n)} <img src="{image}"> words {n}'


def write_hostile_pack(root: Path, outside_image: str, *, pack_picture: bool = True) -> Path:
    """The pack; ``outside_image`` is a path outside it (a pipe or /dev/zero in the
    subprocess). Relative ``trap/…`` pictures exist only in the working directory."""
    count = iter(range(1, 1000))

    def text() -> str:
        return live(next(count), outside_image)

    md_images = (
        "![in the pack](img/dot.png) ![only in the working folder](trap/cwd.png) "
        f"![outside]({outside_image}) ![zero](img/zero.png) ![vector](img/drawing.svg)"
    )
    steps = [
        {
            "kind": "read",
            "body": text() + "\n\n" + md_images,
            "notes": text() + " " + md_images,
            "hints": [text() + " " + md_images],
        },
        {
            "kind": "choice",
            "prompt": text(),
            "body": text(),
            "hints": [text(), text()],
            "explain": text() + " " + md_images,
            "notes": text(),
            "choices": [
                {"text": text(), "correct": True, "feedback": text() + " " + md_images},
                {"text": text(), "feedback": text()},
            ],
        },
        {
            "kind": "answer",
            "prompt": text(),
            "accept": {"number": 31},
            "placeholder": text(),
            "hints": [text()],
            "explain": text(),
            "responses": [{"answer": "1f", "feedback": text() + " " + md_images}],
        },
        {
            "kind": "checklist",
            "prompt": text(),
            "items": [{"id": "a", "text": text(), "detail": text()}, {"id": "b", "text": text()}],
        },
    ]
    lesson = {
        "id": "hostile.text",
        "topic": "hexadecimal",
        "title": text(),
        "summary": text(),
        "objectives": [text()],
        "minutes": 3,
        "steps": steps,
    }
    pack_yaml = {
        "format": 1,
        "name": text(),
        "languages": ["en"],
        "description": text(),
        "topics": [{"id": "hexadecimal", "title": text(), "summary": text()}],
    }
    glossary = {
        "format": 1,
        "terms": [
            {"id": "marked", "term": text(), "definition": text() + " " + md_images},
            {"id": "other", "term": "other", "definition": "See [[marked]].", "see": ["marked"]},
        ],
    }
    (root / "en").mkdir(parents=True)
    (root / "img").mkdir()
    (root / "pack.yaml").write_text(json.dumps(pack_yaml), encoding="utf-8")
    (root / "en" / "lesson.yaml").write_text(json.dumps(lesson), encoding="utf-8")
    (root / "en" / "glossary.yaml").write_text(json.dumps(glossary), encoding="utf-8")
    if pack_picture:
        from PySide6.QtGui import QImage

        image = QImage(6, 6, QImage.Format.Format_RGB32)
        image.fill(0x3D6B8C)
        image.save(str(root / "img" / "dot.png"))
    (root / "img" / "drawing.svg").write_text(
        f'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
        f'width="9" height="9"><image xlink:href="{outside_image}" width="9" height="9"/></svg>'
    )
    if os.path.exists("/dev/zero"):
        (root / "img" / "zero.png").symlink_to("/dev/zero")
    return root


def walk(window, pump: Callable[[], None], after: Callable[[str], None]) -> None:
    """Every place the app shows this pack's text, with ``after(where)`` at each."""
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QToolTip, QTreeWidgetItemIterator

    from holdspace.gui.dialogs.glossary import GlossaryDialog
    from holdspace.gui.term_popup import open_term

    hostile = next(p for p in window.packs if any(x.id == "hostile.text" for x in p.lessons))
    window.presenter.show_notes(True)  # the facilitator's notes window follows each step
    window.go_home()
    pump()
    after("home")
    window.show_library()
    items = QTreeWidgetItemIterator(window.library.tree)
    while items.value():
        item = items.value()
        window.library.tree.setCurrentItem(item)
        QToolTip.showText(window.mapToGlobal(QPoint(20, 20)), item.toolTip(0), window)
        pump()
        after(f"library: {item.text(0)[:30]}")
        items += 1
    QToolTip.hideText()
    lesson = hostile.lessons[0]
    window.open_lesson(lesson, 0)
    view = window.lesson_view
    view.set_show_notes(True)  # and the notes under the step
    for _ in lesson.steps:
        pump()
        after(f"step {view.session.index + 1}")
        while view.hint_button.isEnabled() and view.hint_button.isVisible():
            view.ask_hint()
            pump()
            after(f"hint, step {view.session.index + 1}")
        if view.step_widget.checkable:
            view.check()
            pump()
            after(f"check, step {view.session.index + 1}")
            view.ask_show_me()
            pump()
            after(f"show me, step {view.session.index + 1}")
        view.go_next()
    pump()
    after("explored page")
    for term_id in hostile.glossary.terms:
        popup = open_term(view, hostile.glossary, term_id)
        pump()
        after(f"term card {term_id}")
        popup.close()
    dialog = GlossaryDialog(window, window.glossary())
    dialog.show()
    for term_id in hostile.glossary.terms:
        dialog.select(term_id)
        pump()
        after(f"glossary {term_id}")
    dialog.close()
    window.go_home()
    pump()
    after("home again")
