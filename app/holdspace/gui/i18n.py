"""Translations: Qt's own plus Holdspace's, picked from the system locale."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from . import resources


def install_translators(app: QCoreApplication, locale: QLocale | None = None) -> list[QTranslator]:
    locale = locale or QLocale.system()
    installed = []
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    ours = QTranslator(app)
    if ours.load(locale, "holdspace", "_", str(resources.i18n_dir())):
        app.installTranslator(ours)
        installed.append(ours)
    return installed


def language_code(locale: QLocale | None = None) -> str:
    """'fr' for fr_CA: the lesson language to ask a pack for."""
    return (locale or QLocale.system()).name().split("_")[0]


def tr(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate outside a QObject (e.g. feedback wording shared by several widgets)."""
    return QCoreApplication.translate(context, text, disambiguation, n)
