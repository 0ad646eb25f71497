"""Qt's own command-line options (``-reverse``, ``-style fusion``…) pass through to Qt.

argparse would reject them as unknown, so they are taken out of the command line
before parsing and handed to ``QApplication`` unchanged. The names are Qt's
documented ones (QGuiApplication and QApplication); Qt accepts them with one dash
or two, and with the value either after ``=`` or as the next word.
"""

from __future__ import annotations

from collections.abc import Sequence

FLAGS = frozenset({"reverse", "nograb", "dograb", "sync", "widgetcount"})
WITH_VALUE = frozenset(
    {
        "platform",
        "platformpluginpath",
        "platformtheme",
        "plugin",
        "qmljsdebugger",
        "qwindowgeometry",
        "qwindowicon",
        "qwindowtitle",
        "session",
        "style",
        "stylesheet",
        "display",
        "geometry",
        "name",
        "title",
        "visual",
    }
)


def _name(word: str) -> str:
    return word.lstrip("-").split("=", 1)[0] if word.startswith("-") else ""


def split(argv: Sequence[str]) -> tuple[list[str], list[str]]:
    """(Holdspace's own words, Qt's options) from a command line without the program name."""
    ours: list[str] = []
    qt: list[str] = []
    words = iter(argv)
    for word in words:
        if word == "--":
            ours.append(word)
            ours.extend(words)
            break
        name = _name(word)
        if name in FLAGS and "=" not in word:
            qt.append(word)
        elif name in WITH_VALUE:
            qt.append(word)
            if "=" not in word:
                value = next(words, None)
                if value is not None:
                    qt.append(value)
        else:
            ours.append(word)
    return ours, qt
