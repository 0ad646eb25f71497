"""The bar across the top of every screen: the glossary, and the calm guide for
anyone who thinks they just made a mistake (one click, or F1, from anywhere)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QSizePolicy, QToolBar, QToolButton, QWidget

from . import style

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class EnterPresses(QObject):
    """Enter presses a focused tool button, as Space does (Qt's tool buttons take Space only)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if (
            isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in _ENTER
            and isinstance(watched, QAbstractButton)
            and watched.isEnabled()
        ):
            if not event.isAutoRepeat():
                watched.animateClick()
            return True
        return False


def build_help_bar(window, glossary: QAction, mistake: QAction) -> QToolBar:
    bar = QToolBar(QCoreApplication.translate("MainWindow", "Help bar"), window)
    bar.setObjectName("help-bar")  # saveState needs a name
    bar.setAccessibleName(QCoreApplication.translate("MainWindow", "Help bar"))
    bar.setMovable(False)
    bar.setFloatable(False)
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    bar.toggleViewAction().setEnabled(False)  # never hidden by a stray right-click
    bar.addAction(glossary)
    spacer = QWidget(bar)
    spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    bar.addWidget(spacer)
    bar.addAction(mistake)  # at the far end (the right, or the left in right-to-left)
    enter = EnterPresses(bar)
    # Toolbar buttons skip the Tab order by default; a keyboard user must reach them too.
    for action in (glossary, mistake):
        button = bar.widgetForAction(action)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        if isinstance(button, QToolButton):
            button.setAutoRaise(False)  # a visible button frame: plainly something to press
        button.setAccessibleName(action.text().replace("&", ""))
        button.installEventFilter(enter)
    style.set_guide_door(bar.widgetForAction(mistake))  # help looks like the guide it opens
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
    return bar
