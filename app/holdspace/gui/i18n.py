"""Translations: Qt's own plus Holdspace's, for one interface language at a time.

The language is the learner's choice (the Language menu, remembered), else
``--language``, else the system's. Switching installs new translators and sets
the layout direction; the window then rebuilds its views in the new words.
"""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QObject, Qt, QTranslator
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel

from ..core.languages import SOURCE, best_match, first_strong, is_right_to_left, isolate, normalise
from . import resources


def ltr(text: object) -> str:
    """An address, TXID, hex or amount kept left-to-right in a right-to-left interface.

    Only there: in a left-to-right one the isolate marks would change nothing on screen,
    yet ride along into what screen readers and copies get.
    """
    return isolate(text) if QApplication.isRightToLeft() else str(text)


class Translators:
    """The translators installed for the current language, swapped as a set (one per app)."""

    @classmethod
    def of(cls, app: QGuiApplication) -> Translators:
        found = app.findChild(QObject, cls.NAME)
        if not isinstance(found, _Holder):
            found = _Holder(app, cls(app))
        return found.translators

    NAME = "holdspace-translators"

    def __init__(self, app: QGuiApplication):
        self.app = app
        self.language = ""
        self._installed: list[QTranslator] = []
        # Qt's own -reverse asks for right-to-left whatever the language: keep honouring it.
        self._reversed = app.layoutDirection() == Qt.LayoutDirection.RightToLeft

    def use(self, language: str) -> str:
        """Install ``language`` (normalised); returns the code really used."""
        language = normalise(language) or SOURCE
        for old in self._installed:
            self.app.removeTranslator(old)
        self._installed = []
        locale = QLocale(language)
        QLocale.setDefault(locale)  # %Ln and number formats follow the interface language
        self._load(locale, "qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        # English carries the plural forms of the source (1 step, 2 steps); it is installed
        # first, so any string a translation lacks falls back to good English.
        self._load(QLocale(SOURCE), "holdspace", str(resources.i18n_dir()))
        if language != SOURCE:
            self._load(locale, "holdspace", str(resources.i18n_dir()))
        if hasattr(self.app, "setLayoutDirection"):
            rtl = self._reversed or is_right_to_left(language)
            self.app.setLayoutDirection(
                Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
            )
        self.language = language
        return language

    def _load(self, locale: QLocale, name: str, folder: str) -> None:
        translator = QTranslator(self.app)
        if translator.load(locale, name, "_", folder):
            self.app.installTranslator(translator)
            self._installed.append(translator)


class _Holder(QObject):
    """Keeps the app's Translators alive as long as the app, and findable."""

    def __init__(self, app: QGuiApplication, translators: Translators):
        super().__init__(app)
        self.setObjectName(Translators.NAME)
        self.translators = translators


def system_language() -> str:
    """The first of the system's preferred languages that Holdspace speaks, else English."""
    return best_match(QLocale.system().uiLanguages()) or SOURCE


def align_with_interface(label: QLabel) -> None:
    """Words in another script sit on the interface's side, not their own.

    In Arabic, an English answer would otherwise align left, far from its radio button on
    the right, and an English title would crowd the step counter.
    """
    side = (
        Qt.AlignmentFlag.AlignRight if QApplication.isRightToLeft() else Qt.AlignmentFlag.AlignLeft
    )
    vertical = label.alignment() & Qt.AlignmentFlag.AlignVertical_Mask
    label.setAlignment(side | Qt.AlignmentFlag.AlignAbsolute | vertical)


def embed(text: object) -> str:
    """A title or name (in any script) set inside a sentence of a right-to-left interface.

    U+2068 FIRST STRONG ISOLATE: an English title keeps its own order and its "?" at its
    end inside Arabic words; an Arabic one reads as Arabic. Left-to-right: unchanged.
    """
    return first_strong(text) if QApplication.isRightToLeft() else str(text)
