"""Declarative field rules shared by pack, lesson and step validation.

A rule says what type a field holds and whether it is required; ``check_fields``
applies a table of rules to one mapping and reports every problem it sees,
including unknown fields (most often typos, so we suggest the closest name).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from .. import identity
from .problems import Report, describe

QUOTE_TIP = 'put it in quotes, for example "no" or "3.10", so YAML keeps it as text'


@dataclass(frozen=True)
class Rule:
    """What one lesson field must be: its kind, whether it is required, its bounds."""

    kind: str  # text | int | bool | text_list | id | mapping | list | localized | version
    required: bool = False
    minimum: int | None = None
    maximum: int | None = None


def _is_text(value: Any) -> bool:
    return isinstance(value, str)


ID_PATTERN = identity.ID_PATTERN  # kept here too: the rules below use it by this name


def check_value(report: Report, path: tuple, value: Any, rule: Rule) -> bool:
    """Report a type problem for one value; True when the value is usable."""
    checker = _CHECKS[rule.kind]
    return checker(report, path, value, rule)


def _text(report: Report, path: tuple, value: Any, rule: Rule) -> bool:
    if isinstance(value, list):  # `body:` then `- ` lines: the commonest way to get here
        from .yaml_slips import LIST_UNDER_TEXT

        report.add(path, *LIST_UNDER_TEXT)
        return False
    if not _is_text(value):
        report.add(path, f"expected text but YAML read {describe(value)}", QUOTE_TIP)
        return False
    if rule.required and not value.strip():
        report.add(path, "this text is empty", "write something here, or remove the field")
        return False
    return True


def _version(report: Report, path: tuple, value: Any, rule: Rule) -> bool:
    """A hash prefix: digits only is a number to YAML, still meant as text."""
    if isinstance(value, int) and not isinstance(value, bool):
        return True  # read back from the file as written (translation.recorded_version)
    return _text(report, path, value, rule)


def _id(report: Report, path: tuple, value: Any, rule: Rule) -> bool:
    if not _text(report, path, value, rule):
        return False
    if not ID_PATTERN.fullmatch(value):
        report.add(
            path,
            f"the id {value!r} has characters ids can't use",
            "use lowercase letters, digits, dashes and dots, e.g. hex.counting-in-sixteen",
        )
        return False
    return True


def _int(report: Report, path: tuple, value: Any, rule: Rule) -> bool:
    if isinstance(value, bool) or not isinstance(value, int):
        report.add(
            path,
            f"expected a whole number but YAML read {describe(value)}",
            "write a number without quotes, e.g. 5",
        )
        return False
    low, high = rule.minimum, rule.maximum
    if (low is not None and value < low) or (high is not None and value > high):
        report.add(
            path, f"{value} is outside the range {low}–{high}", f"use a number from {low} to {high}"
        )
        return False
    return True


def _bool(report: Report, path: tuple, value: Any, rule: Rule) -> bool:
    if not isinstance(value, bool):
        report.add(
            path,
            f"expected true or false but YAML read {describe(value)}",
            "write true or false without quotes",
        )
        return False
    return True


def _text_list(report: Report, path: tuple, value: Any, rule: Rule) -> bool:
    if isinstance(value, str):  # a single text is a forgivable shorthand for a list of one
        return True
    if not isinstance(value, list):
        report.add(
            path,
            f"expected a list of texts but YAML read {describe(value)}",
            "write one item per line, each starting with '- '",
        )
        return False
    ok = True
    for index, item in enumerate(value):
        ok &= _text(report, path + (index,), item, Rule("text", required=True))
    return ok


def _mapping(report: Report, path: tuple, value: Any, rule: Rule) -> bool:
    if not isinstance(value, dict):
        report.add(
            path,
            f"expected a set of fields but YAML read {describe(value)}",
            "indent the fields that belong here under this name",
        )
        return False
    return True


def _list(report: Report, path: tuple, value: Any, rule: Rule) -> bool:
    if not isinstance(value, list):
        report.add(
            path,
            f"expected a list but YAML read {describe(value)}",
            "write one item per line, each starting with '- '",
        )
        return False
    if rule.minimum is not None and len(value) < rule.minimum:
        report.add(
            path,
            f"the list has {len(value)} item(s); it needs at least {rule.minimum}",
            "add the missing items",
        )
        return False
    return True


def _localized(report: Report, path: tuple, value: Any, rule: Rule) -> bool:
    """A text, or a mapping of language code -> text (``{en: Hexadecimal, fr: …}``)."""
    if isinstance(value, dict):
        ok = bool(value)
        if not ok:
            report.add(path, "no translations given", "write e.g. {en: Hexadecimal}")
        for lang, text in value.items():
            ok &= _text(report, path + (lang,), text, Rule("text", required=True))
        return ok
    return _text(report, path, value, rule)


_CHECKS: dict[str, Callable[[Report, tuple, Any, Rule], bool]] = {
    "text": _text,
    "id": _id,
    "int": _int,
    "bool": _bool,
    "text_list": _text_list,
    "mapping": _mapping,
    "list": _list,
    "localized": _localized,
    "version": _version,
}


def check_fields(
    report: Report, path: tuple, data: Mapping[str, Any], rules: Mapping[str, Rule], *, what: str
) -> dict[str, Any]:
    """Check ``data`` against ``rules``; return only the fields that passed."""
    good: dict[str, Any] = {}
    for key, value in data.items():
        rule = rules.get(key) if isinstance(key, str) else None
        if rule is None:
            _unknown(report, path + (key,), key, rules, what)
        elif check_value(report, path + (key,), value, rule):
            good[key] = value
    for key, rule in rules.items():
        if rule.required and key not in data:
            report.add(
                path,
                f"the required field `{key}` is missing",
                f"add `{key}:` to this {what}",
                at_key=bool(path),
            )
    return good


def _unknown(report: Report, path: tuple, key: Any, rules: Mapping[str, Rule], what: str) -> None:
    import difflib  # only when a name is unknown: most files never need it

    close = difflib.get_close_matches(str(key), list(rules), n=1, cutoff=0.6)
    hint = (
        f"did you mean `{close[0]}`?" if close else f"a {what} may have: {', '.join(sorted(rules))}"
    )
    report.add(path, f"unknown field `{key}` in this {what}", hint, at_key=True)


def as_list(value: Any) -> list:
    """The text-list shorthand: one text counts as a list of one."""
    if value is None:
        return []
    return [value] if isinstance(value, str) else list(value)
