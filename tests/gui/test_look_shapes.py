"""The shapes of the calm look, measured on what the widgets paint: a centred home column
at 1920×1080 that still fits 1024×600 at 200 %, rounded cards with a visible focus ring,
one main (accent) button, one type scale, one glossary-term look, and library marks that
follow a change of colours."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QFont, QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication

from holdspace.core.lessons.glossary import Glossary
from holdspace.gui import colours, style
from holdspace.gui.cards import OUTSIDE, CardButton
from holdspace.gui.markdown_view import SafeTextBrowser
from holdspace.gui.reading_column import HOME_EMS


@pytest.fixture
def light(qapp):
    """Every test starts and ends in the light scheme (one Look per app, made with a window);
    ``light(name)`` changes scheme as View → Colours does."""

    def choose(name: str = "light") -> None:
        look = style.Look.of(qapp)
        if look is not None:
            look.set_choice(name)

    choose()
    yield choose
    choose()


def _settle():
    for _ in range(5):
        QApplication.processEvents()


def test_home_is_a_centred_column_on_a_wide_screen_and_the_whole_window_at_200(make_window, light):
    window = make_window()
    light()
    window.resize(1920, 1080)
    window.go_home()
    _settle()
    home = window.home
    cards = list(home.topic_buttons.values())
    left = min(c.mapTo(home, QPoint(0, 0)).x() for c in cards)
    right = max(c.mapTo(home, QPoint(c.width(), 0)).x() for c in cards)
    em = QFont(QApplication.font()).pointSizeF() * home.logicalDpiY() / 72
    assert right - left <= HOME_EMS * em + 2
    assert left > 300 and abs(left - (home.width() - right)) < 40  # in the middle, not top-left

    window.resize(1024, 600)
    window.text_size.set(2.0)
    _settle()
    for card in cards:  # the column is now the whole window: nothing runs off its edge
        assert card.mapTo(home, QPoint(card.width(), 0)).x() <= home.width()
    assert home.topic_buttons["hexadecimal"].width() > 300


def test_the_resume_card_is_the_one_warm_card(make_window, light):
    window = make_window()
    light()
    lesson = window.packs[0].lessons[0]
    window.open_lesson(lesson, 1)
    window.go_home()
    _settle()
    resume = window.home.resume_button
    assert resume.isVisible() and resume.primary
    assert not any(card.primary for card in window.home.topic_buttons.values())
    image = resume.grab().toImage()
    middle = image.pixelColor(image.width() // 2, image.height() - OUTSIDE - 6)
    assert middle.name() == colours.LIGHT.invite_bg


def test_a_focused_card_shows_an_accent_ring_outside_it(qtbot, light):
    card = CardButton("Hexadecimal", "Letters a to f, read without fear.")
    qtbot.addWidget(card)
    card.resize(320, card.heightForWidth(320))
    card.show()
    qtbot.waitExposed(card)
    before = card.grab().toImage()
    card.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(card.hasFocus)
    after = card.grab().toImage()
    y = after.height() // 2
    ring = [after.pixelColor(x, y) for x in range(OUTSIDE)]
    window = QColor(colours.LIGHT.window)
    assert any(style_contrast(c, window) >= 3 for c in ring)
    assert all(style_contrast(before.pixelColor(x, y), window) < 3 for x in range(OUTSIDE - 1))


def style_contrast(first: QColor, second: QColor) -> float:
    return colours.contrast(first.name(), second.name())


def test_check_is_the_main_button_until_the_answer_is_found_then_next(make_window, light):
    window = make_window()
    light()
    lesson = window.packs[0].lessons[0]
    step = next(s for s in lesson.steps if s.kind == "answer")
    window.open_lesson(lesson, step.index)
    view = window.lesson_view
    _settle()
    assert style.is_primary(view.check_button) and not style.is_primary(view.next_button)
    image = view.check_button.grab().toImage()
    fill = image.pixelColor(image.width() // 2, 5)
    assert fill.name() == colours.LIGHT.accent
    view.ask_show_me()
    view.check()
    assert view.session.state.solved
    assert style.is_primary(view.next_button) and not style.is_primary(view.check_button)


def test_the_type_scale_is_qts_own_heading_steps():
    for level, (_keyword, ratio, _weight) in style.TYPE_SCALE.items():
        document = QTextDocument()
        base = QFont()
        base.setPointSizeF(12)
        document.setDefaultFont(base)
        document.setHtml(style.typeset(level, "Words"))
        cursor = QTextCursor(document)
        cursor.movePosition(QTextCursor.MoveOperation.NextCharacter)
        assert cursor.charFormat().font().pointSizeF() == pytest.approx(12 * ratio), level
    for level, tag in style.HEADING_TAGS.items():
        document = QTextDocument()
        document.setDefaultFont(base)
        document.setHtml(f"<{tag}>Words</{tag}>")
        cursor = QTextCursor(document)
        cursor.movePosition(QTextCursor.MoveOperation.NextCharacter)
        assert cursor.charFormat().font().pointSizeF() == pytest.approx(
            12 * style.TYPE_SCALE[level][1]
        )


def _term_format(browser: SafeTextBrowser):
    document = browser.document()
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            if fragment.charFormat().anchorHref().startswith("term:"):
                return fragment.charFormat()
            iterator += 1
        block = block.next()
    raise AssertionError("no term link")


def test_a_glossary_term_has_one_look_that_follows_the_scheme(make_window, light, qtbot):
    window = make_window()
    light()
    lesson = window.packs[0].lessons[0]
    window.open_lesson(lesson, 0)
    glossary = window.lesson_view.glossary
    assert isinstance(glossary, Glossary) and glossary.terms
    browser = SafeTextBrowser()
    qtbot.addWidget(browser)
    browser.set_markdown("This way of writing is called [[hexadecimal]].", glossary)
    found = _term_format(browser)
    assert found.fontUnderline()  # never colour alone
    assert found.foreground().color().name() == colours.LIGHT.accent
    assert found.background().color().name() == colours.LIGHT.term_bg
    light("dark")
    found = _term_format(browser)
    assert found.foreground().color().name() == colours.DARK.accent
    assert found.background().color().name() == colours.DARK.term_bg
    # Labels (the feedback card, the term card) get the same look written on each link.
    labelled = style.styled_terms('<a href="term:byte" class="term">byte</a>', colours.DARK)
    assert style.term_look(colours.DARK) in labelled


def _ink_of(icon) -> QColor:
    """The colour of the mark's most solid pixel."""
    image = icon.pixmap(16, 16).toImage()
    pixels = [image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height())]
    strongest = max(pixels, key=QColor.alpha)
    assert strongest.alpha() > 120
    return strongest


def _near(colour: QColor, expected: str) -> bool:
    want = QColor(expected)
    return (
        max(
            abs(colour.red() - want.red()),
            abs(colour.green() - want.green()),
            abs(colour.blue() - want.blue()),
        )
        <= 24
    )


def test_library_marks_are_redrawn_when_the_colours_change(make_window, light):
    window = make_window()
    light()
    window.show_library()
    tree = window.library.tree
    row = tree.topLevelItem(0).child(0)
    assert _near(_ink_of(row.icon(1)), colours.LIGHT.text)
    light("high-contrast")
    assert _near(_ink_of(tree.topLevelItem(0).child(0).icon(1)), colours.HIGH_CONTRAST.text)


def test_typing_a_lessons_name_in_the_library_finds_it(make_window, light):
    window = make_window()
    window.show_library()
    tree = window.library.tree
    tree.setFocus()
    tree.keyboardSearch("Try a pr")
    assert tree.currentItem().text(0).strip("\u2068\u2069") == "Try a practice explorer"


def test_the_way_into_the_guide_wears_the_guides_colours(make_window, light):
    from PySide6.QtWidgets import QToolBar

    window = make_window()
    light("dark")
    door = window.findChild(QToolBar, "help-bar").widgetForAction(window.mistake_action)
    assert style.is_guide_door(door)
    image = door.grab().toImage()
    inside = image.pixelColor(8, image.height() // 2)
    assert inside.name() == colours.DARK.guide_bg
    assert colours.contrast(colours.DARK.guide_fg, colours.DARK.guide_bg) >= colours.TEXT


def test_a_problem_message_shows_no_alarm_icon(qapp, light):
    from PySide6.QtWidgets import QMessageBox, QStyle

    from holdspace.gui import contrast_style

    contrast_style.install(qapp)
    for alarm in (
        QStyle.StandardPixmap.SP_MessageBoxWarning,
        QStyle.StandardPixmap.SP_MessageBoxCritical,
    ):
        image = qapp.style().standardIcon(alarm).pixmap(48, 48).toImage()
        colours_seen = {
            image.pixelColor(x, y).name()
            for x in range(48)
            for y in range(48)
            if image.pixelColor(x, y).alpha() == 255
        }
        assert colours_seen and all(_near(QColor(c), colours.LIGHT.hint_fg) for c in colours_seen)
    box = QMessageBox()
    box.setIcon(QMessageBox.Icon.Warning)
    assert not box.iconPixmap().isNull()  # a calm picture of ours, not the stock triangle


def test_coming_next_gives_way_in_the_guide_and_to_large_text_on_a_short_window(make_window, light):
    window = make_window()
    window.resize(1024, 600)
    lesson = window.packs[0].lessons[0]
    window.open_lesson(lesson, 0)
    _settle()
    header = window.lesson_view.header
    assert header.coming.isVisible() and header.coming.text()
    window.text_size.set(2.0)
    _settle()
    assert not header.coming.isVisible()  # the step's own first lines come first
    assert header.coming.text()  # still there for when the window grows
    window.text_size.set(1.0)
    window.open_guide()
    _settle()
    assert not header.coming.isVisible()  # a worried learner needs the guide's first lines


def test_the_end_page_names_the_lesson_once_with_one_tick(make_window, light):
    window = make_window()
    lesson = window.packs[0].lessons[0]
    window.open_lesson(lesson, len(lesson.steps) - 1)
    view = window.lesson_view
    view.go_next()
    _settle()
    assert not view.header.title.isVisible() and not view.header.position.isVisible()
    text = view.done_text.text()
    assert lesson.title in text and "✓" not in text  # the painted picture is the tick
    assert style.is_primary(view.next_lesson_button)
    assert not style.is_primary(view.again_button)


def test_the_main_buttons_words_stay_readable_in_presenter_mode(make_window, light, qtbot):
    window = make_window()
    light()
    lesson = window.packs[0].lessons[0]
    step = next(s for s in lesson.steps if s.kind == "answer")
    window.open_lesson(lesson, step.index)
    window.presenter.action.trigger()  # a window style sheet: Qt draws labels from palettes
    _settle()
    try:
        check = window.lesson_view.check_button
        assert style.is_primary(check)
        image = check.grab().toImage()
        words = [
            image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height())
        ]
        assert any(_near(c, colours.LIGHT.on_accent) for c in words)  # white words on the accent
        assert not any(_near(c, colours.LIGHT.text) for c in words)  # no dark words on it
    finally:
        window.presenter.action.trigger()


def test_a_term_restyled_for_another_scheme_carries_one_look():
    link = '<a href="term:byte" class="term">byte</a>'
    twice = style.styled_terms(style.styled_terms(link, colours.LIGHT), colours.DARK)
    assert (
        twice.count("style=") == 1
        and colours.DARK.term_bg in twice
        and colours.LIGHT.term_bg not in twice
    )


def test_a_title_that_fits_one_line_gets_a_one_line_row(make_window, light):
    from PySide6.QtWidgets import QStyle

    window = make_window()
    window.resize(1024, 600)
    window.show_library()
    _settle()
    tree = window.library.tree
    margin = tree.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, tree) + 1
    room = tree.header().sectionSize(0) - 2 * tree.indentation() - 2 * margin
    heights = {}
    for top in range(tree.topLevelItemCount()):
        topic = tree.topLevelItem(top)
        for index in range(topic.childCount()):
            row = topic.child(index)
            fits = tree.fontMetrics().horizontalAdvance(row.text(0)) <= room
            heights.setdefault(fits, set()).add(tree.visualItemRect(row).height())
    assert len(heights[True]) == 1 and min(heights.get(False, {10**6})) > max(heights[True])


def test_bold_and_bracketed_terms_look_the_same(make_window, light, qtbot):
    window = make_window()
    light()
    window.open_lesson(window.packs[0].lessons[0], 0)
    browser = SafeTextBrowser()
    qtbot.addWidget(browser)
    browser.set_markdown("**hexadecimal** and [[hexadecimal]]", window.lesson_view.glossary)
    formats = []
    block = browser.document().begin()
    iterator = block.begin()
    while not iterator.atEnd():
        found = iterator.fragment().charFormat()
        if found.anchorHref().startswith("term:"):
            formats.append(
                (
                    found.fontWeight(),
                    found.foreground().color().name(),
                    found.background().color().name(),
                    found.fontUnderline(),
                )
            )
        iterator += 1
    assert len(formats) == 2 and formats[0] == formats[1]


def test_a_trees_open_mark_grows_with_the_text(qapp, qtbot):
    from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

    from holdspace.gui import contrast_style

    contrast_style.install(qapp)
    tree = QTreeWidget()
    qtbot.addWidget(tree)
    font = tree.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    tree.setFont(font)
    tree.setIndentation(tree.fontMetrics().height() * 2)
    topic = QTreeWidgetItem(tree, ["Hexadecimal"])
    QTreeWidgetItem(topic, ["Counting with sixteen digits"])
    topic.setExpanded(True)
    tree.resize(400, 200)
    tree.show()
    qtbot.waitExposed(tree)
    row = tree.visualItemRect(topic)
    image = tree.viewport().grab().toImage()
    ink = tree.palette().color(tree.foregroundRole())
    xs = [
        x
        for x in range(row.left())
        for y in range(row.top(), row.bottom())
        if colours.contrast(image.pixelColor(x, y).name(), tree.palette().base().color().name()) > 3
        and abs(image.pixelColor(x, y).lightness() - ink.lightness()) < 80
    ]
    assert xs and max(xs) - min(xs) > 9  # wider than Fusion's fixed 9-pixel arrow


def test_the_practice_notice_has_a_soft_edge_not_the_text_colour_in_dark(make_window, light):
    from holdspace.gui.steps.explorer_parts import card, plain_label
    from holdspace.gui.theme import boundary_colour

    window = make_window()
    light("dark")
    _settle()
    notice = card(plain_label("PRACTICE EXPLORER", window), window)
    notice.resize(300, 60)
    image = notice.grab().toImage()
    palette = notice.palette()
    want = boundary_colour(palette)
    top = [image.pixelColor(150, y) for y in range(4)]  # across the top edge, mid-width
    edge = min(top, key=lambda c: sum(abs(a - b) for a, b in zip(c.getRgb(), want.getRgb())))
    text = palette.color(palette.ColorRole.WindowText)
    assert _near(edge, want.name())  # 3:1 like every other edge
    assert not any(_near(c, text.name()) for c in top)  # was a stark frame in the text colour
    corner = image.pixelColor(1, 1)  # rounded: the corner is not the edge
    assert not _near(corner, boundary_colour(palette).name())


def test_a_scroll_bars_handle_has_a_3_to_1_edge(qapp, light):
    from PySide6.QtWidgets import QScrollBar, QStyle, QStyleOptionSlider

    from holdspace.gui.app import application
    from holdspace.gui.theme import boundary_colour

    application()  # the contrast style
    bar = QScrollBar(Qt.Orientation.Vertical)
    bar.setRange(0, 100)
    bar.setPageStep(50)
    bar.resize(16, 200)
    image = bar.grab().toImage()
    option = QStyleOptionSlider()
    bar.initStyleOption(option)
    handle = bar.style().subControlRect(
        QStyle.ComplexControl.CC_ScrollBar, option, QStyle.SubControl.SC_ScrollBarSlider, bar
    )
    want = boundary_colour(bar.palette())
    middle = handle.center().y()
    across = [image.pixelColor(x, middle) for x in range(handle.left(), handle.left() + 4)]
    assert any(_near(c, want.name()) for c in across)  # the handle's left edge, 3:1
