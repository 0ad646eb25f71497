"""The running QApplication, typed as one.

Qt's ``QApplication.instance()`` is declared as returning the base ``QCoreApplication``;
Holdspace's interface always runs under a ``QApplication``, and says so once, here.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication


def running_app() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        raise RuntimeError("the Holdspace window needs a QApplication, made first")
    return app
