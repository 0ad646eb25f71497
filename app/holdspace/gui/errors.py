"""The one way the app shows a problem: kindly, with the technical details folded away.

Every user action that can fail catches ``HoldspaceError`` (and the ``OSError`` of a
file the learner chose) and hands it to ``show_error``: the kind of error picks calm
words, and what went wrong technically sits behind "Show Details…". The core's own
messages are those details; the learner reads the interface's translated words.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ..core.errors import HoldspaceError, LessonError, PackError, StoreError

translate = QCoreApplication.translate  # the name lupdate looks for


def words_for(exc: BaseException) -> tuple[str, str]:
    """A title and a calm sentence for this kind of error, in the learner's language."""
    if isinstance(exc, (PackError, LessonError)):  # the words the pack menu has used
        return (
            translate("MeetupMenu", "This pack can't open yet"),
            translate(
                "MeetupMenu",
                "Holdspace couldn't read this lesson pack. The details below "
                "say what needs mending.",
            ),
        )
    if isinstance(exc, StoreError):
        return (
            translate("Errors", "Your progress couldn't be saved just now"),
            translate(
                "Errors",
                "The lessons work as usual, and nothing you learned is lost. "
                "Holdspace will try again next time.",
            ),
        )
    if isinstance(exc, OSError):
        return (
            translate("Errors", "The file couldn't be used"),
            translate(
                "Errors", "Holdspace couldn't read or write the file there. Try another folder."
            ),
        )
    return (
        translate("Errors", "That didn't work this time"),
        translate("Errors", "Nothing is lost. You can try again, or go on with something else."),
    )


def as_lesson_error(source: object, exc: BaseException) -> LessonError:
    """What opening a pack raised, as a ``LessonError``: a pack from a stranger may make
    the reader fail in ways ``open_pack`` does not foresee, and that is still the pack's."""
    if isinstance(exc, LessonError):
        return exc
    return PackError(f"{source}: this lesson pack could not be read ({type(exc).__name__})")


def details_of(exc: BaseException) -> str:
    """What went wrong, technically: the message and, for a pack, every problem found."""
    lines = [str(exc) or type(exc).__name__]
    if isinstance(exc, PackError):
        lines += [str(problem) for problem in exc.problems]
    return "\n".join(lines)


def show_error(
    parent: QWidget | None, exc: HoldspaceError | OSError, *, title: str = "", message: str = ""
) -> None:
    """Tell the learner, calmly, that something didn't work; ``title``/``message`` may
    say it more exactly where the action knows more (the kind's words otherwise)."""
    kind_title, kind_message = words_for(exc)
    show_problem(parent, title or kind_title, message or kind_message, details_of(exc))


@contextmanager
def told_kindly(parent: QWidget | None) -> Iterator[None]:
    """Run (the rest of) a user action; a HoldspaceError, or the OSError of a file, is
    shown with ``show_error`` instead of escaping into Qt's event loop."""
    try:
        yield
    except (HoldspaceError, OSError) as exc:
        show_error(parent, exc)


def show_problem(
    parent: QWidget | None, title: str, message: str, details: str = "", *, calm: bool = True
) -> None:
    """A notice that is not an error (a fresh start, a guest session), the same calm way."""
    from PySide6.QtWidgets import QMessageBox  # its class loads when first needed, not at start

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information if calm else QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(message)
    if details:
        box.setDetailedText(details)  # folded away behind "Show Details…"
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setAccessibleName(title)
    box.exec()
