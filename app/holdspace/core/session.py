"""A lesson session: a pure state machine the GUI renders and the tests drive.

Unlimited tries; hints and "show me" cost nothing; moving on is always allowed.
After two "not yet"s on a step the hint is offered (sooner when a hint helped
with this step before). Progress is reported to a recorder as it happens.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from .checking import Checker
from .errors import HoldspaceError
from .feedback import (
    EMPTY,
    GOT_IT,
    HINT,
    NO_MORE_HINTS,
    OFFER_HINT,
    PHRASE_REFUSED,
    SHOWN,
    UNREADABLE,
    Feedback,
    FeedbackParams,
)
from .lessons.model import Lesson, Step
from .lessons.registry import STEP_KINDS

OFFER_HINT_AFTER = 2


class Recorder(Protocol):
    """What the session tells the progress store (``ProgressStore`` fits as is)."""

    def lesson_opened(self, lesson_id: str) -> None: ...
    def step_reached(self, lesson_id: str, step_index: int) -> None: ...
    def step_attempted(self, lesson_id: str, step_id: str, *, solved: bool) -> None: ...
    def hint_used(self, lesson_id: str, step_id: str) -> None: ...
    def show_me_used(self, lesson_id: str, step_id: str) -> None: ...
    def lesson_explored(self, lesson_id: str) -> None: ...
    def set_mark(self, lesson_id: str, step_id: str, key: str, value: str | None) -> None: ...
    def marks(self, lesson_id: str, step_id: str) -> dict[str, str]: ...


def _is_phrase(answer: Any) -> bool:
    if isinstance(answer, dict):  # a form (withdrawal, explorer): look at each of its texts
        return any(_is_phrase(value) for value in answer.values())
    if not isinstance(answer, str) or len(answer) < 24:
        return False
    from .seed import looks_like_recovery_phrase  # loads the BIP-39 list only when needed

    return looks_like_recovery_phrase(answer)


class _Careful:
    """Passes events on; a store that can't write never interrupts the lesson.

    The first problem is kept in ``problem`` so the GUI can say, once and calmly,
    that progress isn't being saved right now.
    """

    def __init__(self, recorder: Recorder | _Nothing):
        self._recorder = recorder
        self.problem: HoldspaceError | None = None

    def __getattr__(self, name: str) -> Callable[..., Any]:
        method = getattr(self._recorder, name)

        def call(*args: Any, **kwargs: Any) -> Any:
            try:
                return method(*args, **kwargs)
            except HoldspaceError as exc:
                self.problem = self.problem or exc
                return None

        return call


class _Nothing:
    """A recorder that keeps nothing (tests, previews)."""

    def __getattr__(self, name: str) -> Callable[..., None]:
        return lambda *args, **kwargs: None


@dataclass
class StepState:
    not_yet: int = 0  # misses on this visit; only used to offer help sooner
    solved: bool = False
    shown: bool = False  # "show me" was used
    hints_shown: int = 0
    answer: Any = None  # what the learner last gave, so Back keeps it
    feedback: Feedback | None = None


class Session:
    def __init__(
        self,
        lesson: Lesson,
        *,
        recorder: Recorder | None = None,
        start_at: int = 0,
        helped_before: set[str] | None = None,
    ):
        self.lesson = lesson
        self._recorder = _Careful(recorder or _Nothing())
        self._states = [StepState() for _ in lesson.steps]
        self._helped_before = helped_before or set()
        self.finished = False
        self.index = min(max(start_at, 0), len(lesson.steps) - 1)
        self._recorder.lesson_opened(lesson.id)
        self._recorder.step_reached(lesson.id, self.index)

    @property
    def recording_problem(self) -> HoldspaceError | None:
        """Why progress couldn't be saved, if it couldn't (the lesson goes on regardless)."""
        return self._recorder.problem

    # --- where we are -------------------------------------------------------
    @property
    def step(self) -> Step:
        return self.lesson.steps[self.index]

    @property
    def state(self) -> StepState:
        return self._states[self.index]

    @property
    def total(self) -> int:
        return len(self.lesson.steps)

    @property
    def at_start(self) -> bool:
        return self.index == 0

    @property
    def at_end(self) -> bool:
        return self.index == self.total - 1

    @property
    def hints_left(self) -> int:
        return len(self.step.hints) - self.state.hints_shown

    # --- what the learner does ---------------------------------------------
    def submit(self, answer: object) -> Feedback:
        checker = self._checker("check")
        if _is_phrase(answer):
            # Defence in depth behind the GUI tripwire: never keep, check or record it.
            return Feedback(PHRASE_REFUSED)
        state = self.state
        state.answer = answer
        feedback = checker.check(self.step, answer)
        if feedback.code not in (EMPTY, UNREADABLE):
            self._recorder.step_attempted(self.lesson.id, self.step.id, solved=feedback.solved)
            if feedback.code == GOT_IT:
                state.solved = True
            else:
                state.not_yet += 1
                feedback = self._maybe_offer_hint(feedback)
        state.feedback = feedback
        return feedback

    def _checker(self, what: str) -> Checker[Any, Any]:
        checker = STEP_KINDS[self.step.kind].checker
        if checker is None:
            raise ValueError(f"a {self.step.kind} step has nothing to {what}")
        return checker

    def _maybe_offer_hint(self, feedback: Feedback) -> Feedback:
        threshold = 1 if self.step.id in self._helped_before else OFFER_HINT_AFTER
        if self.state.not_yet >= threshold and self.state.hints_shown == 0 and self.hints_left:
            return Feedback(feedback.code, feedback.params, offer=OFFER_HINT)
        return feedback

    def hint(self) -> Feedback:
        state = self.state
        if not self.hints_left:
            return Feedback(NO_MORE_HINTS)
        text = self.step.hints[state.hints_shown]
        state.hints_shown += 1
        self._recorder.hint_used(self.lesson.id, self.step.id)
        return Feedback(
            HINT, {"text": text, "number": state.hints_shown, "total": len(self.step.hints)}
        )

    def show_me(self) -> Feedback:
        checker = self._checker("show")
        self.state.shown = True
        self._recorder.show_me_used(self.lesson.id, self.step.id)
        feedback = Feedback(SHOWN, FeedbackParams(**checker.reveal(self.step)))
        self.state.feedback = feedback
        return feedback

    # --- small per-step notes the learner keeps (checklist ticks) ----------------
    def set_mark(self, key: str, value: str | None) -> None:
        """Remember something the learner chose on this step (never a score)."""
        self._recorder.set_mark(self.lesson.id, self.step.id, key, value)

    def marks(self) -> dict[str, str]:
        return dict(self._recorder.marks(self.lesson.id, self.step.id) or {})

    # --- moving ---------------------------------------------------------------
    def next(self) -> bool:
        """Go on; at the last step this finishes the lesson and returns False."""
        if self.at_end:
            if not self.finished:
                self.finished = True
                self._recorder.lesson_explored(self.lesson.id)
            return False
        return self.go_to(self.index + 1)

    def back(self) -> bool:
        return not self.at_start and self.go_to(self.index - 1)

    def index_of(self, step_id: str) -> int | None:
        """Where the step with this id is in the lesson (for links between steps)."""
        return next((i for i, step in enumerate(self.lesson.steps) if step.id == step_id), None)

    def go_to(self, index: int) -> bool:
        if not 0 <= index < self.total or index == self.index:
            return False
        self.index = index
        self._recorder.step_reached(self.lesson.id, index)
        return True
