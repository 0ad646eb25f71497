"""The home is drawn from pack.yaml; every lesson is checked right after the first paint.

The windows here are built but not shown, with a long fallback delay, so the check
waits (no paint comes) and each test can act in between, as a learner clicking at once
would; or can wait and see the check come without any input.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from holdspace.cli.main import parse
from holdspace.gui import app as gui_app
from packkit import GOOD_LESSON, lesson_rows, write_pack


@pytest.fixture
def unshown_window(qtbot, qapp, notices, monkeypatch):
    monkeypatch.setattr(gui_app, "FALLBACK_MS", 1000)
    made = []

    def make(*argv: str):
        window = gui_app.create_window(parse(list(argv)))
        qtbot.addWidget(window)
        made.append(window)
        return window

    yield make
    for window in made:
        if window.store is not None:
            window.store.close()


def _topic_texts(window) -> dict[str, str]:
    return {key: button.accessibleName() for key, button in window.home.topic_buttons.items()}


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_the_home_has_its_topics_before_any_lesson_is_checked(unshown_window, qtbot, language):
    window = unshown_window("--language", language)
    assert window.ready and not window.lessons_checked  # drawn by the first paint
    before = _topic_texts(window)
    buttons = dict(window.home.topic_buttons)
    assert list(before) == ["hexadecimal", "explorers", "pnl", "self-custody"]
    assert not window.home.library_button.isHidden()
    qtbot.waitUntil(lambda: window.lessons_checked, timeout=5000)  # no input needed
    assert _topic_texts(window) == before
    assert window.home.topic_buttons == buttons  # the same cards: nothing flickers
    assert len(window.all_lessons()) >= 40


def test_focus_stays_where_the_learner_put_it_when_the_check_arrives(unshown_window, qtbot):
    window = unshown_window()
    window.show()
    qtbot.waitExposed(window)
    second = list(window.home.topic_buttons.values())[1]
    second.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: window.lessons_checked, timeout=5000)
    assert second.hasFocus()


def test_the_library_before_the_check_lists_a_broken_lesson_with_its_reason(
    unshown_window, tmp_path
):
    root = write_pack(
        tmp_path / "class-pack",
        {
            "en/a.yaml": GOOD_LESSON,
            "en/b.yaml": GOOD_LESSON.replace("test.counting", "test.broken").replace(
                "kind: read", "kind: rd"
            ),
        },
    )
    window = unshown_window("--pack", str(root))
    assert not window.lessons_checked
    window.show_library()  # every lesson is checked first
    assert window.lessons_checked
    tree = window.library.tree
    rows = lesson_rows(tree)
    broken = [item for item in rows if item.text(1) == "⚠ can't open yet"]
    assert len(broken) == 1
    tree.setCurrentItem(broken[0])
    details = window.library.details.toPlainText()
    assert "can't open yet" in details and "steps[1].kind" in details


def test_the_resume_card_is_there_before_the_check_and_opens_the_checked_lesson(
    make_window, unshown_window, qtbot
):
    first = make_window()
    lesson = next(x for x in first.all_lessons() if x.id == "hex.counting-in-sixteen")
    first.open_lesson(lesson)
    first.lesson_view.go_next()
    first.close()
    first.store.close()

    second = unshown_window()
    assert not second.lessons_checked
    assert not second.home.resume_button.isHidden()
    offer = second.home.resume_button.accessibleName()
    assert lesson.title in offer and f"step 2 of {len(lesson.steps)}" in offer
    qtbot.mouseClick(second.home.resume_button, Qt.MouseButton.LeftButton)
    assert second.lessons_checked
    assert second.stack.currentWidget() is second.lesson_view
    assert second.lesson_view.session.lesson.id == lesson.id
    assert second.lesson_view.session.index == 1


def test_a_command_before_the_check_sees_every_lesson(unshown_window):
    window = unshown_window()
    assert not window.lessons_checked
    assert window.mistake_action.isEnabled() and window.glossary_action.isEnabled()
    window.mistake_action.trigger()  # F1: the mistake guide, from its first, calming step
    assert window.lessons_checked
    assert window.stack.currentWidget() is window.lesson_view
    assert window.lesson_view.session.lesson.id == "self-custody.made-a-mistake"
    assert window.lesson_view.session.index == 0
    assert len(window.glossary()) > 50


def test_a_language_switch_before_the_check_shows_the_new_languages_lessons(unshown_window):
    from holdspace.gui.language import switch_language

    english = _topic_texts(unshown_window("--language", "en"))
    window = unshown_window("--language", "en")
    switch_language(window, "fr")
    assert window.lessons_checked and window.packs[0].language == "fr"
    assert window.home.topic_buttons and _topic_texts(window) != english  # in French now


def test_only_another_pack_waits_for_the_full_reading(unshown_window, qtbot, tmp_path):
    root = write_pack(tmp_path / "class-pack", {"en/a.yaml": GOOD_LESSON})
    window = unshown_window("--pack", str(root), "--only")
    assert not window.ready  # its topics come with the check, not from pack.yaml
    assert not window.home.topic_buttons
    qtbot.waitUntil(lambda: window.lessons_checked, timeout=5000)
    assert window.ready and list(window.home.topic_buttons) == ["hexadecimal", "explorers"]


def _commands(menu) -> list[str]:
    return [a.text() for a in menu.actions() if not a.isSeparator()]


def test_the_first_frame_has_the_menu_titles_and_help_and_the_rest_comes_after_it(
    unshown_window, qtbot
):
    window = unshown_window()
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&File", "&Go", "&View", "&Progress", "&Help"]
    assert _commands(window.menus.help) == ["I think I made a &mistake", "&Glossary"]
    assert _commands(window.menus.go) == []  # not on screen in the first frame
    window.show()  # the first paint: every command follows it, before any key is read
    qtbot.waitUntil(lambda: window.lessons_checked)
    assert _commands(window.menus.go) == ["&Home", "All &lessons"]
    assert _commands(window.menus.help)[-1] == "&About Holdspace"
    assert window.meetup.reload_action in window.actions()  # Ctrl+R and the rest: shortcuts
    keys = {a.shortcut().toString() for a in window.actions()}
    assert {"Ctrl+O", "Ctrl+L", "Ctrl+0", "F1", "Ctrl+G", "Ctrl+R", "F5"} <= keys


def test_a_menu_opened_before_the_paint_is_over_has_every_command(unshown_window):
    window = unshown_window()
    window.menus.go.aboutToShow.emit()  # as Qt does when the learner opens it
    assert _commands(window.menus.go) == ["&Home", "All &lessons"]
    assert _commands(window.menus.file)[0] == "&Open a lesson pack…"
    window.menus.fill()  # a second time adds nothing
    assert _commands(window.menus.go) == ["&Home", "All &lessons"]
