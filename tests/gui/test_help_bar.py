"""The help bar on every screen: "I think I made a mistake" in one click (or F1), and
glossary terms in lessons that open a plain-language card, by mouse or keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QApplication, QToolBar

from holdspace.gui.dialogs.glossary import GlossaryDialog
from holdspace.gui.term_popup import TermPopup

GUIDE = "self-custody.made-a-mistake"


def _mistake_button(window):
    bar = window.findChild(QToolBar, "help-bar")
    return bar.widgetForAction(window.mistake_action)


def _open_guide_by_click(window, qtbot):
    button = _mistake_button(window)
    assert button.isVisible() and button.isEnabled()
    assert button.accessibleName() == "I think I made a mistake"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    view = window.lesson_view
    assert window.stack.currentWidget() is view
    assert view.session.lesson.id == GUIDE and view.session.index == 0


def test_the_mistake_guide_is_one_click_from_every_screen(make_window, qtbot):
    window = make_window()
    _open_guide_by_click(window, qtbot)  # from home
    window.show_library()
    _open_guide_by_click(window, qtbot)  # from the library
    lesson = window.packs[0].lessons[0]
    window.open_lesson(lesson, 2)
    _open_guide_by_click(window, qtbot)  # from the middle of a lesson
    window.lesson_view.go_next()
    window.go_home()
    _open_guide_by_click(window, qtbot)  # always from its first step
    # The lesson that was interrupted is still there to come back to.
    assert window.store.lesson(lesson.id).last_step == 2


def test_f1_opens_the_guide_from_the_keyboard(make_window, qtbot):
    window = make_window()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F1)
    assert window.lesson_view.session.lesson.id == GUIDE
    assert "breath" in window.lesson_view.body.toPlainText()


def test_the_help_bar_buttons_are_in_the_tab_order(make_window):
    window = make_window()
    for action in (window.mistake_action, window.glossary_action):
        button = window.findChild(QToolBar, "help-bar").widgetForAction(action)
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus


def _open_lesson_with_term(window, term_id: str):
    lesson = next(x for x in window.packs[0].lessons if f"term:{term_id}" in _rendered(window, x))
    window.open_lesson(lesson, 0)
    return window.lesson_view


def _rendered(window, lesson) -> str:
    from holdspace.core import markup

    return markup.render(lesson.steps[0].body, window.packs[0].glossary)


def _popup():
    found = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, TermPopup) and w.isVisible()
    ]
    return found[-1] if found else None


def test_a_term_in_a_lesson_opens_its_definition(make_window, qtbot):
    window = make_window()
    view = _open_lesson_with_term(window, "blockchain")
    assert 'href="term:blockchain"' in view.body.toHtml()
    view.body.anchorClicked.emit(QUrl("term:blockchain"))
    popup = _popup()
    assert popup is not None and popup.term.id == "blockchain"
    definition = window.packs[0].glossary.terms["blockchain"].definition
    assert definition.split()[0] in popup.text.text()
    assert popup.accessibleName() == "Glossary: " + popup.term.term
    qtbot.waitUntil(lambda: QApplication.focusWidget() is popup.close_button)  # a window of its own
    # "See also" shows the related term in the same card.
    if popup.term.see:
        popup.text.linkActivated.emit(f"term:{popup.term.see[0]}")
        assert popup.term.id == window.packs[0].glossary.terms["blockchain"].see[0]
    qtbot.keyClick(popup, Qt.Key.Key_Escape)
    assert not popup.isVisible()


def test_a_term_is_reached_and_opened_with_the_keyboard(make_window, qtbot):
    window = make_window()
    view = _open_lesson_with_term(window, "blockchain")
    view.body.setFocus()
    qtbot.keyClick(view.body, Qt.Key.Key_Tab)  # a text browser tabs through its links
    assert view.body.textCursor().hasSelection()
    qtbot.keyClick(view.body, Qt.Key.Key_Return)
    popup = _popup()
    assert popup is not None and popup.term.id == "blockchain"
    popup.close()


def test_the_glossary_finds_words_and_follows_see_also(make_window, qtbot):
    window = make_window()
    glossary = window.glossary()
    assert len(glossary) >= 40
    dialog = GlossaryDialog(window, glossary)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.search, "sat/vB")
    shown = [
        dialog.list.item(i).text()
        for i in range(dialog.list.count())
        if not dialog.list.item(i).isHidden()
    ]
    assert shown and dialog.list.currentItem().text() == shown[0]
    assert glossary.find("sat/vB").term in shown
    qtbot.keyClicks(dialog.search, "zzzz")
    assert dialog.nothing.isVisible()
    dialog.search.clear()
    # Down in the search box moves through the list, so no mouse is needed.
    first = dialog.list.currentRow()
    qtbot.keyClick(dialog.search, Qt.Key.Key_Down)
    assert dialog.list.currentRow() == first + 1
    term = glossary.terms["txid"]
    dialog.select("txid")
    assert term.term in dialog.text.toPlainText()
    dialog.text.anchorClicked.emit(QUrl(f"term:{term.see[0]}"))
    assert dialog.list.currentItem().data(Qt.ItemDataRole.UserRole) == term.see[0]


def test_links_stay_readable_when_a_dark_theme_keeps_pure_blue(make_window, qapp):
    from PySide6.QtGui import QColor, QPalette

    from holdspace.gui.theme import MIN_LINK_CONTRAST, contrast

    window = make_window()
    original = qapp.palette()
    dark = QPalette(original)
    dark.setColor(QPalette.ColorRole.Base, QColor("#1f1f1f"))
    dark.setColor(QPalette.ColorRole.Window, QColor("#2b2b2b"))
    dark.setColor(QPalette.ColorRole.Link, QColor("#0000ff"))
    try:
        qapp.setPalette(dark)  # the system switched to a dark theme
        link = qapp.palette().color(QPalette.ColorRole.Link)
        assert contrast(link, QColor("#1f1f1f")) >= MIN_LINK_CONTRAST
        assert window.isVisible()
    finally:
        qapp.setPalette(original)


def test_the_guide_ends_calmly_without_pushing_on(make_window, qtbot):
    window = make_window()
    window.open_guide()
    view = window.lesson_view
    for _step in view.session.lesson.steps:  # Next through it, as a reader would
        view.go_next()
    assert view.session.finished and view.pages.currentIndex() == 1
    assert "F1" in view.done_text.text() and "explored" not in view.done_text.text().lower()
    assert not view.next_lesson_button.isVisible()
    assert QApplication.focusWidget() is view.topics_button


def test_f1_in_the_glossary_closes_it_and_opens_the_guide(make_window, qtbot):
    from PySide6.QtCore import QTimer

    window = make_window()

    def press_f1():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, GlossaryDialog) or QApplication.activeWindow() is not dialog:
            # Not open (or not active) yet on a busy machine: look again.
            QTimer.singleShot(20, press_f1)
            return
        qtbot.keyClick(dialog.search, Qt.Key.Key_F1)

    QTimer.singleShot(0, press_f1)
    window.show_glossary()
    assert QApplication.activeModalWidget() is None
    assert window.lesson_view.session.lesson.id == GUIDE


def test_a_look_at_the_guide_keeps_the_lesson_on_offer_to_pick_up(make_window):
    window = make_window()
    lesson = window.packs[0].lessons[0]
    window.open_lesson(lesson, 2)
    window.open_guide()
    window.go_home()
    assert window.home.resume_button.isVisible()
    assert lesson.title in window.home.resume_button.accessibleName()
