"""Applies a colour scheme to the whole app as a QPalette, and words the feedback looks.

The scheme follows the system's light or dark setting unless the learner picked one
(View → Colours); "high contrast" is always a choice of theirs. The palette carries the
colours to every widget (the contrast style draws edges and focus rings from it). No
style sheets: a widget with one stops following the text size (Ctrl+=), and an app-wide
one would override the contrast style and slow every widget down.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from .colours import DARK, HIGH_CONTRAST, LIGHT, SCHEMES, Scheme

SYSTEM = "system"
CHOICES = (SYSTEM, LIGHT.name, DARK.name, HIGH_CONTRAST.name)


def system_scheme() -> Scheme:
    """Light or dark, as the desktop says (Qt 6.5+); light when it can't tell."""
    hints = QGuiApplication.styleHints()
    dark = hints.colorScheme() == Qt.ColorScheme.Dark
    return DARK if dark else LIGHT


def resolve(choice: str) -> Scheme:
    return SCHEMES.get(choice) or system_scheme()


def palette_for(scheme: Scheme) -> QPalette:
    """A full QPalette, so widgets that draw themselves (Fusion) use the same colours."""
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    palette = QPalette()
    pairs = {
        role.Window: scheme.window,
        role.WindowText: scheme.text,
        role.Base: scheme.surface,
        role.AlternateBase: scheme.window,
        role.Text: scheme.text,
        role.Button: scheme.surface,
        role.ButtonText: scheme.text,
        role.Highlight: scheme.accent,
        role.HighlightedText: scheme.on_accent,
        role.ToolTipBase: scheme.surface,
        role.ToolTipText: scheme.text,
        role.PlaceholderText: scheme.placeholder,
        role.Link: scheme.accent,
        role.LinkVisited: scheme.answer_fg,
        role.Mid: scheme.border,
        role.Dark: scheme.border,
        role.Light: scheme.surface,
        role.BrightText: scheme.text,
    }
    for which, colour in pairs.items():
        palette.setColor(which, QColor(colour))
    for which in (role.Text, role.WindowText, role.ButtonText):  # dimmed, still readable
        palette.setColor(group.Disabled, which, QColor(scheme.muted))
    return palette


FEEDBACK_STATES = ("ok", "notyet", "hint", "answer")
# The edge's shape tells the states apart without colour (each card also starts with its
# own symbol and word): solid for "that's it", dashed for "not yet", dotted for a hint,
# a double line for the answer.
EDGES = {
    "ok": Qt.PenStyle.SolidLine,
    "notyet": Qt.PenStyle.DashLine,
    "hint": Qt.PenStyle.DotLine,
    "answer": Qt.PenStyle.SolidLine,
}
DOUBLE_EDGE = {"answer"}


def feedback_colours(scheme: Scheme, state: str) -> tuple[QColor, QColor, QColor]:
    """Tint, ink and edge of one feedback state (4.5:1 ink, 3:1 edge: see colours.PAIRS)."""
    tint, ink, edge = (QColor(getattr(scheme, f"{state}_{part}")) for part in ("bg", "fg", "edge"))
    return tint, ink, edge


# --- the type scale ---------------------------------------------------------------------
# Each level as a ratio of the learner's own text size. Qt's rich text offers exactly these
# steps as CSS keywords, measured from the widget's font, so a heading follows View → text
# size, 200 % and presenter mode without pinning a size (a pinned size stops following).
TYPE_SCALE: dict[str, tuple[str, float, int]] = {  # level: (CSS keyword, ratio, weight)
    "title": ("xx-large", 2.0, 700),
    "heading": ("x-large", 1.5, 700),
    "subheading": ("large", 1.2, 600),
    "body": ("medium", 1.0, 400),
    "small": ("small", 0.8, 400),
}


# Labels that already carry <h1>/<h2>/<h3> (translated strings) get the same ratios: Qt's
# rich text makes h1, h2 and h3 exactly "title", "heading" and "subheading".
HEADING_TAGS = {"title": "h1", "heading": "h2", "subheading": "h3"}


def typeset(level: str, escaped_html: str, *, block: bool = True, centred: bool = False) -> str:
    """``escaped_html`` at one level of the type scale (a paragraph, or a span inside one)."""
    keyword, _, weight = TYPE_SCALE[level]
    tag = "p" if block else "span"
    align = ' align="center"' if centred and block else ""
    return f'<{tag}{align} style="font-size:{keyword}; font-weight:{weight}">{escaped_html}</{tag}>'


def type_font(font: QFont, level: str) -> QFont:
    """``font`` at one level of the scale, for text painted by hand."""
    _, ratio, weight = TYPE_SCALE[level]
    scaled = QFont(font)
    scaled.setPointSizeF(
        font.pointSizeF() * ratio
    ) if font.pointSizeF() > 0 else scaled.setPixelSize(round(font.pixelSize() * ratio))
    scaled.setWeight(QFont.Weight(weight))
    return scaled


def term_look(scheme: Scheme) -> str:
    """A glossary term, the same everywhere (lesson text, guide, library, term card, feedback):
    the accent ink, underlined, on a soft tint: never colour alone. (Qt's rich text draws
    no dotted underline, so the tint tells a term from a web link.) One weight too: a term
    an author wrote in bold looked unlike one they marked with [[ ]]."""
    return (
        f"color: {scheme.accent}; background-color: {scheme.term_bg}; "
        "text-decoration: underline; font-weight: 400;"
    )  # bold or not, one weight


ASIDE = "aside"  # <p class="aside">: a note beside the text, in the muted ink


def lesson_css(scheme: Scheme) -> str:
    """A QTextDocument's default style sheet for lesson text: terms, bold headings (Qt's
    h1-h3 are the scale's title, heading and subheading), and a quiet aside. An aside is
    set apart by the muted ink, never italics: Arabic script has none, and the italic face
    here draws Arabic letters as boxes."""
    return (
        f"a.term {{ {term_look(scheme)} }} h1, h2, h3 {{ font-weight: 700; }} "
        f"p.{ASIDE} {{ color: {scheme.muted}; }}"
    )


_STYLED_TERM = re.compile(r'class="term"(?: style="[^"]*")?')


def styled_terms(html: str, scheme: Scheme | None = None) -> str:
    """The term look written onto each term link, for a label's rich text (labels have no
    default style sheet, and a <style> block would be read out as words by some tests
    and tools that strip tags)."""
    look = term_look(scheme or current_scheme())
    # A look written earlier (a kept hint, another scheme) is replaced, never doubled.
    return _STYLED_TERM.sub(f'class="term" style="{look}"', html)


# --- main and quiet buttons -------------------------------------------------------------
PRIMARY = "holdspace-primary"  # a dynamic property the contrast style reads


def set_primary(button: QWidget, primary: bool = True) -> None:
    """Draw ``button`` as the page's main action (the accent fill) or as a quiet one."""
    if bool(button.property(PRIMARY)) != primary:
        button.setProperty(PRIMARY, primary)
        ink = button.findChild(_PrimaryInk)
        (ink or _PrimaryInk(button)).apply()
        button.update()


class _PrimaryInk(QObject):
    """The words of a main button in ``on_accent`` (4.5:1 on the accent), in its own palette:
    under a style sheet (presenter mode) Qt draws the label from the widget's palette and
    the contrast style is not asked. A child of the button; follows a change of scheme."""

    def __init__(self, button: QWidget):
        super().__init__(button)
        self._button = button
        follow_scheme(self.apply)

    def apply(self, *_scheme) -> None:
        button = self._button
        if button.property(PRIMARY):
            palette = QPalette()  # nothing of its own but the words' ink
            for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
                palette.setColor(
                    group, QPalette.ColorRole.ButtonText, QColor(current_scheme().on_accent)
                )
            button.setPalette(palette)
        else:
            button.setPalette(QPalette())  # back to the window's palette


def is_primary(widget: QWidget | None) -> bool:
    return widget is not None and bool(widget.property(PRIMARY))


ROOMY = "holdspace-roomy"  # a lesson's own buttons: room beside their words (contrast style)


GUIDE = "holdspace-guide"  # the way into the mistake guide: its own quiet teal, everywhere


def set_guide_door(button: QWidget) -> None:
    """Draw ``button`` in the guide's colours, so a worried learner finds help by its look."""
    button.setProperty(GUIDE, True)
    button.update()


def is_guide_door(widget: QWidget | None) -> bool:
    return widget is not None and bool(widget.property(GUIDE))


def without_symbol(headline: str) -> str:
    """Words without their leading symbol ("✓", "↻", "≈", "✎"), where a painted icon of
    ours already stands beside them (feedback card, end page, library marks): one symbol
    is enough, and the words still say the state to a screen reader."""
    text = headline.lstrip()
    while text and unicodedata.category(text[0]) in ("So", "Sm"):
        text = text[1:].lstrip()
    return text or headline


class _Muted(QObject):
    """Keeps one label's words in the scheme's muted ink (a child of it: it goes with it)."""

    def __init__(self, label: QWidget):
        super().__init__(label)
        self._label = label
        self.apply()
        follow_scheme(self.apply)

    def apply(self, *_scheme) -> None:
        palette = self._label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor(current_scheme().muted))
        self._label.setPalette(palette)


def set_muted(label: QWidget) -> None:
    """Secondary words (a note, "Coming next"): the muted ink, 4.5:1 in every scheme."""
    _Muted(label)


def current_scheme() -> Scheme:
    """The scheme the app shows now (light when no Look is installed, e.g. in a bare test)."""
    look = Look.of(QApplication.instance())
    return look.scheme if look is not None else LIGHT


def follow_scheme(slot: Callable[..., None]) -> None:
    """Call ``slot`` (a widget's bound method, given the scheme's name) when the scheme changes.

    For what a widget paints from the scheme, e.g. icons: a palette change does not
    reliably reach a parent's changeEvent before its children have the new palette."""
    look = Look.of(QApplication.instance())
    if look is not None:
        look.changed.connect(slot)


class Look(QObject):
    """Keeps the app in the chosen scheme, and in step with the system's light/dark switch."""

    changed = Signal(str)  # the scheme's name

    NAME = "holdspace-look"

    @classmethod
    def of(cls, app: QObject | None) -> Look | None:
        """The app's Look (a child of the app, found by name), if one was made."""
        found = app.findChild(QObject, cls.NAME) if app is not None else None
        return found if isinstance(found, Look) else None

    def __init__(self, app: QApplication, choice: str = SYSTEM):
        super().__init__(app)
        self.setObjectName(self.NAME)
        self._app = app
        self.choice = choice if choice in CHOICES else SYSTEM
        self.scheme = resolve(self.choice)
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._system_changed)

    def set_choice(self, choice: str) -> Scheme:
        self.choice = choice if choice in CHOICES else SYSTEM
        return self.apply()

    def apply(self) -> Scheme:
        """The current scheme's palette, for the whole app (views repaint themselves)."""
        self.scheme = resolve(self.choice)
        self._app.setPalette(palette_for(self.scheme))
        self.changed.emit(self.scheme.name)
        return self.scheme

    def _system_changed(self, *_args) -> None:
        if self.choice == SYSTEM:
            self.apply()
