"""Published readability formulas, one per language that has one Holdspace can use.

Each takes the two averages every Flesch-family formula uses — words per sentence and
syllables per word (syllables counted with Pyphen's dictionary for that language) —
and says whether a text is as easy to read as Holdspace's lessons aim to be.

- English: Flesch–Kincaid grade (Kincaid et al., 1975): 0.39 W + 11.8 S − 15.59,
  aim: grade 8 or below.
- French: Kandel & Moles (1958), Flesch's reading ease adapted to French:
  207 − 1.015 W − 73.6 S, aim: 60 or above ("standard" or easier).
- Spanish: Fernández Huerta (1959), in the form corrected by Law (2011, "Flesch–
  Fernández Huerta"): 206.84 − 60 S − 1.02 W, aim: 60 or above.

(W = words per sentence, S = syllables per word.) Languages without a formula here
are not scored; ``holdspace lint`` says so once.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Formula:
    name: str  # as a finding names it
    pyphen: str  # Pyphen's dictionary for syllables
    score: Callable[[float, float], float]  # (words/sentence, syllables/word) -> score
    limit: float
    lower_is_easier: bool  # a grade (lower is easier) or an ease score

    def too_hard(self, value: float) -> bool:
        return value > self.limit if self.lower_is_easier else value < self.limit

    def aim(self) -> str:
        if self.lower_is_easier:
            return f"grade {self.limit:.0f} or below"
        return f"a score of {self.limit:.0f} or above"

    def says(self, value: float) -> str:
        if self.lower_is_easier:
            return f"about grade {value:.1f} ({self.name})"
        return f"a score of about {value:.0f} ({self.name}; higher is easier)"


FORMULAS: dict[str, Formula] = {
    "en": Formula("Flesch–Kincaid", "en_US", lambda w, s: 0.39 * w + 11.8 * s - 15.59, 8.0, True),
    "fr": Formula("Kandel–Moles", "fr", lambda w, s: 207 - 1.015 * w - 73.6 * s, 60.0, False),
    "es": Formula("Fernández Huerta", "es", lambda w, s: 206.84 - 60 * s - 1.02 * w, 60.0, False),
}


def formula_for(language: str) -> Formula | None:
    return FORMULAS.get(language.replace("-", "_").split("_")[0].lower())


def unscored(languages: tuple[str, ...] | list[str]) -> list[str]:
    """The languages among ``languages`` whose reading level lint cannot score."""
    return [lang for lang in languages if formula_for(lang) is None]
