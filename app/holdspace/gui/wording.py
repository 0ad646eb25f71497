"""Words for the core's feedback codes, all through ``tr()`` so they can be translated."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..core import feedback as fb
from ..core.feedback import Feedback


# Each line starts with a symbol *and* words, so colour is never the only signal.
def headline(item: Feedback, detail: str = "") -> str:
    params = item.params
    if item.code == fb.GOT_IT:
        if detail.lstrip().casefold().startswith("yes"):  # the author's words say yes already
            return QCoreApplication.translate("Feedback", "✓ That's it.")
        return QCoreApplication.translate("Feedback", "✓ Yes, that's it.")
    if item.code == fb.CLOSE:
        return QCoreApplication.translate(
            "Feedback", "≈ Close! Not quite yet. Have another look at the numbers."
        )
    if item.code == fb.SOME_OF_THEM:
        return QCoreApplication.translate(
            "Feedback",
            "≈ Good so far. %n more right choice(s) to find.",
            None,
            params.get("missing", 1),
        )
    if item.code == fb.NOT_YET:
        if params.get("same_in_decimal"):
            return QCoreApplication.translate(
                "Feedback",
                "↻ Not yet. That is the same amount written in everyday numbers; "
                "the question asks for it in hex.",
            )
        return QCoreApplication.translate(
            "Feedback", "↻ Not yet. That's fine: let's look at it together."
        )
    if item.code == fb.UNREADABLE:
        return _unreadable(params.get("expected", ""))
    if item.code == fb.EMPTY:
        return QCoreApplication.translate(
            "Feedback", "✎ Take your time. Type or pick an answer when you're ready."
        )
    if item.code == fb.HINT:
        return QCoreApplication.translate("Feedback", "Hint {number} of {total}").format(
            number=params.get("number", 1), total=params.get("total", 1)
        )
    if item.code == fb.NO_MORE_HINTS:
        return QCoreApplication.translate(
            "Feedback", 'That was the last hint. "Show me" is there whenever you want it.'
        )
    if item.code == fb.PHRASE_REFUSED:
        return QCoreApplication.translate(
            "Feedback",
            "That looked like a recovery phrase, so it was not checked or kept. "
            "No real service needs your recovery phrase.",
        )
    if item.code == fb.SHOWN:
        return QCoreApplication.translate(
            "Feedback", "Here it is. Seeing the answer is a good way to learn, too."
        )
    return ""


def _unreadable(expected: str) -> str:
    if expected == "hex":
        return QCoreApplication.translate(
            "Feedback", "✎ I couldn't read that as hex yet. Hex uses 0–9 and a–f, like 1f or 0x1f."
        )
    if expected == "money":
        return QCoreApplication.translate(
            "Feedback",
            "✎ I couldn't read that as an amount yet. Something like 14.00 or $14 works.",
        )
    return QCoreApplication.translate(
        "Feedback", "✎ I couldn't read that as a number yet. Something like 31 or 21,000 works."
    )


def offer(item: Feedback) -> str:
    if item.offer == fb.OFFER_HINT:
        return QCoreApplication.translate(
            "Feedback", "Would a hint help? It's free, and you can ask as often as you like."
        )
    return ""


def together(hints_left: bool, hint_key: str, show_key: str) -> str:
    """What follows a bare "not yet": the looking-together it promises. The keys are the
    buttons' own, as this language marks them ("Alt+I" in English, not in Spanish)."""
    if hints_left:
        return QCoreApplication.translate(
            "Feedback",
            "Read the question once more, slowly. A hint is free ({hint_key}), and "
            "“Show me” shows the answer whenever you like ({show_key}).",
        ).format(hint_key=hint_key, show_key=show_key)
    return QCoreApplication.translate(
        "Feedback",
        "Read the question once more, slowly. “Show me” shows the answer whenever you "
        "like ({show_key}), with a few words on why.",
    ).format(show_key=show_key)


def the_answer(answer: str) -> str:
    return QCoreApplication.translate("Feedback", "**The answer:** {answer}").format(answer=answer)
