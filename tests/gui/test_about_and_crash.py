"""About shows the licence and the third-party notices; an unexpected problem is told kindly,
written to the log, and its details can be copied for a bug report."""

from __future__ import annotations

import logging
import sys

from PySide6.QtWidgets import QApplication, QMessageBox, QTextBrowser

from holdspace.core import logs, paths
from holdspace.gui.crash import CrashReporter
from holdspace.gui.dialogs import about

TONE = ("wrong", "incorrect", "failed", "stupid", "obviously", "simply", "just", "easy")


def test_about_carries_the_licence_and_every_third_party_notice(qtbot, holdspace_home):
    dialog = about.AboutDialog(None, str(holdspace_home / "progress.sqlite3"))
    qtbot.addWidget(dialog)
    titles = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert titles == ["About", "Licence", "Third-party notices"]
    licence = dialog.tabs.widget(1).toPlainText()
    notices = dialog.tabs.widget(2).toPlainText()
    assert "MIT License" in licence and "WITHOUT WARRANTY" in licence
    for name in (
        "Qt",
        "Markdown",
        "PyYAML",
        "nh3",
        "mnemonic",
        "platformdirs",
        "pyphen",
    ):
        assert name in notices, name
    assert "LGPL-3.0" in notices
    assert str(holdspace_home / "logs") in dialog.tabs.widget(0).text()
    assert all(isinstance(dialog.tabs.widget(i), QTextBrowser) for i in (1, 2))
    assert not dialog.tabs.widget(2).openLinks()  # the app never goes online


def _raise_inside() -> tuple:
    try:
        {}["missing lesson"]
    except KeyError:
        return sys.exc_info()


def test_an_unexpected_problem_is_logged_told_kindly_and_copyable(
    qtbot, holdspace_home, monkeypatch
):
    log_file = logs.start()
    try:
        shown = []
        monkeypatch.setattr(
            CrashReporter, "show", lambda self, details: shown.append(self.dialog(details))
        )
        CrashReporter(log_file).__call__(*_raise_inside())
        box = shown[0]
        qtbot.addWidget(box)
        assert (
            log_file == paths.log_dir() / "holdspace.log"
            and log_file.parent == holdspace_home / "logs"
        )
        written = log_file.read_text(encoding="utf-8")
        assert "KeyError: 'missing lesson'" in written and "Holdspace 0.1.0" in written
        said = (box.windowTitle() + box.text() + box.informativeText()).lower()
        assert "your progress is safe" in said and str(log_file).lower() in said
        assert not any(word in said.split() for word in TONE)
        assert box.icon() == QMessageBox.Icon.Information  # calm, not a warning sign
        copy = next(b for b in box.buttons() if b.text() == "Copy details")
        box.show()
        copy.click()
        assert box.isVisible(), "copying must not close the dialog"
        copied = QApplication.clipboard().text()
        assert "KeyError: 'missing lesson'" in copied and "Python" in copied and "Qt" in copied
        assert copy.text() == "Copied"
    finally:
        for handler in list(logging.getLogger("holdspace").handlers):
            logging.getLogger("holdspace").removeHandler(handler)
            handler.close()


def test_a_guest_session_writes_no_log(holdspace_home):
    try:
        assert logs.start(to_disk=False) is None
        logging.getLogger("holdspace.app").info("a line")
        assert not (holdspace_home / "logs").exists()
    finally:
        for handler in list(logging.getLogger("holdspace").handlers):
            logging.getLogger("holdspace").removeHandler(handler)


def test_the_log_rotates_instead_of_growing(holdspace_home):
    try:
        log_file = logs.start()
        line = "x" * 1000
        for _ in range(logs.MAX_BYTES // 1000 * (logs.KEEP + 2)):
            logging.getLogger("holdspace.test").info(line)
        names = sorted(p.name for p in log_file.parent.glob("holdspace.log*"))
        assert names == ["holdspace.log"] + [f"holdspace.log.{i}" for i in range(1, logs.KEEP + 1)]
        assert all(
            p.stat().st_size <= logs.MAX_BYTES + 2000
            for p in log_file.parent.glob("holdspace.log*")
        )
    finally:
        for handler in list(logging.getLogger("holdspace").handlers):
            logging.getLogger("holdspace").removeHandler(handler)
            handler.close()
