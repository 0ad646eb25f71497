"""The findings of the newcomer walk and the accessibility audit, one behaviour each:
what a keyboard or screen-reader user meets, through the real window."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QLineEdit,
    QScrollArea,
    QSpinBox,
    QTextEdit,
    QToolBar,
    QVBoxLayout,
)

from holdspace.gui import settings as keys
from holdspace.gui import tripwire
from holdspace.gui.dialogs.glossary import GlossaryDialog
from holdspace.gui.screen_fit import fit_to_screen

PHRASE = "abandon " * 11 + "about"
WIF = "5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLvyTJ"  # the well-known example key


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def step_of(window, kind, test=lambda step: True):
    for lesson in window.packs[0].lessons:
        for step in lesson.steps:
            if step.kind == kind and test(step):
                return lesson, step
    raise LookupError(kind)


def test_first_launch_focus_is_on_the_first_topic_with_its_ring(make_window):
    window = make_window()
    first = next(iter(window.home.topic_buttons.values()))
    assert QApplication.focusWidget() is first
    assert window.testAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange)  # the ring shows
    assert all(s.focusPolicy() == Qt.FocusPolicy.NoFocus for s in window.findChildren(QScrollArea))


def test_enter_opens_a_home_card(make_window, qtbot):
    window = make_window()
    press(qtbot, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.library


def test_page_down_and_alt_arrows_work_from_the_help_bar_and_follow_rtl(make_window, qtbot):
    window = make_window()
    window.open_lesson(window.packs[0].lessons[0], 0)
    view = window.lesson_view
    bar = window.findChild(QToolBar, "help-bar")
    bar_button = bar.widgetForAction(window.glossary_action)
    bar_button.setFocus()
    press(qtbot, Qt.Key.Key_PageDown)
    assert view.session.index == 1
    press(qtbot, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert view.session.index == 2
    view.setLayoutDirection(Qt.LayoutDirection.RightToLeft)  # Next's arrow now points left
    press(qtbot, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert view.session.index == 3
    view.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    window.go_home()
    before = window.stack.currentWidget()
    press(qtbot, Qt.Key.Key_PageDown)  # nothing moves behind the home page
    assert window.stack.currentWidget() is before and view.session.index == 3


def test_a_new_step_opens_at_its_top(make_window, qtbot):
    window = make_window()
    lesson, step = step_of(window, "explorer", lambda s: s.index > 0)
    window.open_lesson(lesson, step.index - 1)
    view = window.lesson_view
    view.scroll.verticalScrollBar().setValue(view.scroll.verticalScrollBar().maximum())
    view.go_next()
    qtbot.waitUntil(
        lambda: (
            view.scroller.in_view(QApplication.focusWidget())
            or QApplication.focusWidget() is view.feedback
        )
    )
    assert view.scroll.verticalScrollBar().value() <= view.step_widget.y()


def test_tick_boxes_each_take_tab_and_arrows(make_window, qtbot):
    window = make_window()
    lesson, step = step_of(window, "choice", lambda s: s.spec.multiple)
    window.open_lesson(lesson, step.index)
    boxes = window.lesson_view.step_widget.buttons
    assert all(isinstance(b, QCheckBox) for b in boxes) and len(boxes) >= 3
    assert QApplication.focusWidget() is boxes[0]
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is boxes[1]  # not the help bar
    press(qtbot, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is boxes[2]
    press(qtbot, Qt.Key.Key_Space)
    assert boxes[2].isChecked()
    press(qtbot, Qt.Key.Key_Up)
    press(qtbot, Qt.Key.Key_Up)
    assert QApplication.focusWidget() is boxes[0]
    assert boxes[0].accessibleDescription()  # the question, on every box


def test_a_bare_not_yet_is_followed_by_what_to_do(make_window, qtbot):
    window = make_window()
    lesson, step = step_of(
        window, "answer", lambda s: s.spec.accept.type == "number" and not s.spec.responses
    )
    window.open_lesson(lesson, step.index)
    qtbot.keyClicks(QApplication.focusWidget(), "987654")
    press(qtbot, Qt.Key.Key_Return)
    text = window.lesson_view.feedback.spoken
    assert "Not yet" in text and "Show me" in text and len(text) > 80


def test_paste_feedback_goes_when_the_box_changes(make_window, qtbot):
    window = make_window()
    lesson, step = step_of(
        window, "paste_check", lambda s: s.spec.mode == "inspect" and s.spec.checkable
    )
    window.open_lesson(lesson, step.index)
    view = window.lesson_view
    box = view.step_widget.paste_edit
    QGuiApplication.clipboard().setText(step.spec.expected)
    box.setFocus()
    press(qtbot, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, Qt.Key.Key_Return)
    assert view.feedback.isVisible() and view.feedback.state == "ok"
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(box, "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq")
    assert not view.feedback.isVisible()  # no "yes, a TXID" under an address
    assert "SegWit" in view.step_widget.result.text()


def test_a_pasted_private_key_leaves_neither_box_nor_clipboard(make_window, qtbot):
    window = make_window()
    lesson, step = step_of(window, "paste_check", lambda s: s.spec.mode == "inspect")
    window.open_lesson(lesson, step.index)
    box = window.lesson_view.step_widget.paste_edit
    QGuiApplication.clipboard().setText(WIF)
    box.setFocus()
    press(qtbot, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert box.text() == "" and QGuiApplication.clipboard().text() == ""
    said = window.lesson_view.step_widget.result.text()
    assert "clipboard was emptied" in said and said.count("did not keep it") == 1


def test_the_tripwire_watches_every_box_of_every_window(make_window, qtbot, monkeypatch):
    cards = []
    monkeypatch.setattr(tripwire, "show_card", lambda parent, cleared=False: cards.append(cleared))
    window = make_window()
    glossary = GlossaryDialog(window, window.glossary())  # as Ctrl+G opens it, without blocking
    glossary.show()
    search = glossary.search
    QGuiApplication.clipboard().setText(PHRASE)
    glossary.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is glossary)
    search.setFocus()
    qtbot.keyClick(search, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert search.text() == "" and cards == [True]  # cleared, clipboard emptied too
    assert QGuiApplication.clipboard().text() == ""
    qtbot.keyClicks(search, PHRASE)  # typed, word by word
    assert search.text() == "" and len(cards) == 2
    glossary.close()
    # Boxes the app has never seen before: a dialog's text area and a spin box's editor.
    dialog = QDialog(window)
    layout = QVBoxLayout(dialog)
    area, spin = QTextEdit(dialog), QSpinBox(dialog)
    layout.addWidget(area)
    layout.addWidget(spin)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    area.setFocus()
    qtbot.keyClicks(area, "my words are " + PHRASE.upper())
    assert area.toPlainText() == "" and len(cards) == 3
    editor = spin.findChild(QLineEdit)
    assert editor.property("holdspace_tripwire")
    dialog.close()


def test_saved_geometry_from_a_bigger_screen_is_fitted(make_window, qtbot):
    window = make_window()
    window.setGeometry(0, 0, 1900, 1400)
    window.settings.set_value(keys.GEOMETRY, window.saveGeometry())
    window.close()
    again = make_window()
    area = again.screen().availableGeometry()
    assert again.frameGeometry().height() <= area.height() and again.width() <= area.width()
    fit_to_screen(again, QRect(0, 0, 1024, 600))
    assert again.frameGeometry().bottom() < 600 and again.frameGeometry().right() < 1024
    assert isinstance(window.settings.geometry(), QByteArray)


def test_arrow_keys_on_the_lesson_text_scroll_the_page(make_window, qtbot):
    window = make_window()
    window.text_size.set(2.0)
    lesson = window.packs[0].lessons[0]
    window.open_lesson(lesson, 0)
    view = window.lesson_view
    bar = view.scroll.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    view.body.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(view.body, Qt.Key.Key_Down)
    assert bar.value() > 0
    qtbot.keyClick(view.body, Qt.Key.Key_End)
    assert bar.value() == bar.maximum()
    qtbot.keyClick(view.body, Qt.Key.Key_Home)
    assert bar.value() == 0


def test_right_to_left_keeps_words_in_their_own_direction():
    from holdspace.gui.a11y import content_direction, isolate

    assert content_direction("Solid bar: a total.") == Qt.LayoutDirection.LeftToRight
    assert content_direction("مرحبا.") == Qt.LayoutDirection.RightToLeft
    assert isolate("which one is secret?") == "\u2068which one is secret?\u2069"


def test_the_calm_card_fits_a_small_screen_at_double_text(make_window, monkeypatch):
    from PySide6.QtWidgets import QDialogButtonBox

    window = make_window()
    window.text_size.set(2.0)
    seen = []

    def look(card):
        box = card.findChild(QDialogButtonBox)
        seen.append(
            (card.frameGeometry(), box.mapTo(card, box.rect().bottomLeft()).y(), card.height())
        )

    monkeypatch.setattr(QDialog, "exec", look)
    tripwire.show_card(window, True)
    frame, button_bottom, height = seen[0]
    area = window.screen().availableGeometry()
    assert frame.height() <= area.height() and button_bottom <= height


def test_page_down_reads_the_rest_of_a_long_step_before_turning_it(make_window, qtbot):
    window = make_window()
    window.text_size.set(2.0)  # 200 %: the first step runs below the fold
    window.open_lesson(window.packs[0].lessons[0], 0)
    view = window.lesson_view

    def bar():  # each step's page brings its own scroll bar
        return view.scroll.verticalScrollBar()

    qtbot.waitUntil(lambda: bar().maximum() > 0)
    pages = 0
    while bar().value() < bar().maximum():
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageDown)
        pages += 1
        assert view.session.index == 0 and pages < 20  # still the first step, read on
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageDown)  # at its end: the next
    assert view.session.index == 1
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageUp)  # step 2 is at its top
    assert view.session.index == 0 and bar().value() == 0  # and step 1 opens at its top
    qtbot.waitUntil(lambda: bar().maximum() > 0)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageDown)
    assert view.session.index == 0 and bar().value() > 0
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageUp)  # up the step first
    assert view.session.index == 0 and bar().value() == 0


def test_back_home_from_a_lesson_the_focus_is_on_that_lessons_topic(make_window):
    window = make_window("--guest")
    lesson = next(x for x in window.packs[0].lessons if x.topic == "pnl")
    window.open_lesson(lesson, len(lesson.steps) - 1)
    window.lesson_view.go_next()  # the end page: explored, so no "pick up" card
    window.go_home()  # "Back to topics"
    assert window.home.resume_button.isHidden()
    assert QApplication.focusWidget() is window.home.topic_buttons["pnl"]  # not hex
