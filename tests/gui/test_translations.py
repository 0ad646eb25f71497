"""Every interface string is translatable, every shipped translation is whole and current,
and a translator cannot break a placeholder, a plural or a shortcut."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
I18N = REPO / "assets" / "i18n"
TEMPLATE = I18N / "holdspace.ts"
SOURCE = re.compile(r"<source>(.*?)</source>", re.S)
LANGUAGES = ["fr", "es", "pt_BR", "ru", "ar", "id"]
# Plural forms Qt Linguist asks for in each language (CLDR, as Qt counts them).
PLURAL_FORMS = {"en": 2, "fr": 2, "es": 2, "pt_BR": 2, "ru": 3, "ar": 6, "id": 1}
NAMED = re.compile(r"\{[a-z_]+\}")
PERCENT_N = re.compile(r"%L?n")
TAG = re.compile(r"</?([a-z0-9]+)[^>]*>")
ACCELERATOR = re.compile(r"&(?!amp;|lt;|gt;)\S")
BIN = Path(sys.executable).parent


def _sources(path: Path) -> set[str]:
    return set(SOURCE.findall(path.read_text(encoding="utf-8")))


def _messages(path: Path) -> dict[tuple[str, str, str], ET.Element]:
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            key = (
                context.findtext("name"),
                message.findtext("source"),
                message.findtext("comment") or "",
            )
            found[key] = message
    return found


def _translations(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [translation.text or ""]


def test_the_translation_template_lists_every_interface_string(tmp_path):
    lupdate = BIN / "pyside6-lupdate"
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate is not installed beside this Python")
    fresh = tmp_path / "fresh.ts"
    files = [str(p) for p in sorted((REPO / "app" / "holdspace" / "gui").rglob("*.py"))]
    subprocess.run([str(lupdate), *files, "-ts", str(fresh)], check=True, capture_output=True)
    assert _sources(fresh) == _sources(TEMPLATE), (
        "run the lupdate command in assets/i18n/README.md to refresh holdspace.ts"
    )
    contexts = {c.findtext("name") or "" for c in ET.parse(TEMPLATE).getroot().iter("context")}
    # A context lupdate guessed (a variable's name, or none for a bare tr()) would never match.
    assert not contexts & {"parent", "window", ""}, contexts


def test_no_bare_user_strings_in_message_boxes():
    """Message boxes and labels get their words through tr() or translate()."""
    offenders = []
    for path in (REPO / "app" / "holdspace" / "gui").rglob("*.py"):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if re.search(
                r"(setText|setWindowTitle|showMessage|QLabel|QPushButton)\(\s*\"[A-Za-z]", line
            ):
                offenders.append(f"{path.name}:{number}: {line.strip()}")
    assert offenders == []


def test_no_tr_call_hides_inside_an_f_string():
    """lupdate does not read inside f-strings: such a string would never be translated."""
    hidden = []
    for path in (REPO / "app" / "holdspace" / "gui").rglob("*.py"):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if re.search(r"""\bf["'][^"']*\{[^}]*\b(tr|translate)\(""", line):
                hidden.append(f"{path.name}:{number}: {line.strip()}")
    assert hidden == []


def test_placeholders_in_the_code_are_named():
    """`{0}` or `%1` would let a translator swap two values without anyone noticing."""
    positional = [source for source in _sources(TEMPLATE) if re.search(r"\{\d*\}|%\d", source)]
    assert positional == []


@pytest.mark.parametrize("code", LANGUAGES)
def test_each_translation_is_whole_and_current(code):
    path = I18N / f"holdspace_{code}.ts"
    template, translated = _messages(TEMPLATE), _messages(path)
    assert ET.parse(path).getroot().get("language") == code
    assert set(translated) == set(template), (
        f"run scripts/i18n_fill.py update, then translate {code}"
    )
    states = Counter(m.find("translation").get("type", "finished") for m in translated.values())
    assert states == Counter({"finished": len(template)}), (
        states
    )  # no unfinished, obsolete or vanished
    for key, message in translated.items():
        assert all(text.strip() for text in _translations(message)), key


@pytest.mark.parametrize("code", LANGUAGES)
def test_translations_keep_placeholders_tags_and_shortcuts(code):
    for (context, source, _), message in _messages(I18N / f"holdspace_{code}.ts").items():
        for text in _translations(message):
            where = f"{code} {context}: {source!r} -> {text!r}"
            assert Counter(NAMED.findall(text)) == Counter(NAMED.findall(source)), where
            assert PERCENT_N.findall(text) == PERCENT_N.findall(source), where
            assert sorted(TAG.findall(text)) == sorted(TAG.findall(source)), where
            assert len(ACCELERATOR.findall(text)) == len(ACCELERATOR.findall(source)), where


@pytest.mark.parametrize("code", [*LANGUAGES, "en"])
def test_plural_messages_carry_every_form_the_language_has(code):
    plurals = [
        m for m in _messages(I18N / f"holdspace_{code}.ts").values() if m.get("numerus") == "yes"
    ]
    template_plurals = [m for m in _messages(TEMPLATE).values() if m.get("numerus") == "yes"]
    assert len(plurals) == len(template_plurals) >= 3
    for message in plurals:
        assert len(message.find("translation").findall("numerusform")) == PLURAL_FORMS[code]


@pytest.mark.parametrize("code", [*LANGUAGES, "en"])
def test_each_shipped_qm_is_compiled_from_its_ts(code, tmp_path):
    """The .qm files are committed so a fresh install and the bundle both get them."""
    lrelease = BIN / "pyside6-lrelease"
    if not lrelease.exists():
        pytest.skip("pyside6-lrelease is not installed beside this Python")
    fresh = tmp_path / "fresh.qm"
    subprocess.run(
        [str(lrelease), "-silent", str(I18N / f"holdspace_{code}.ts"), "-qm", str(fresh)],
        check=True,
        capture_output=True,
    )
    shipped = I18N / f"holdspace_{code}.qm"
    assert shipped.read_bytes() == fresh.read_bytes(), "run: python scripts/i18n_fill.py release"


def _unseen_by_lupdate(path: Path) -> list[str]:
    """tr()/translate() calls whose text is not written out: lupdate can't collect those."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        name = getattr(node.func, "attr", getattr(node.func, "id", None))
        position = {"tr": 0, "translate": 1}.get(name or "")
        if position is None or len(node.args) <= position:
            continue
        text = node.args[position]
        if not (isinstance(text, ast.Constant) and isinstance(text.value, str)):
            found.append(f"{path.relative_to(REPO)}:{node.lineno}: {ast.unparse(node)[:70]}")
    return found


def test_every_interface_string_is_written_where_lupdate_finds_it():
    """A helper such as `_t(text)` hides its strings from lupdate: they stay English in
    every language (the export consent did, until this test)."""
    sources = sorted((REPO / "app" / "holdspace" / "gui").rglob("*.py"))
    assert len(sources) > 40
    assert [hit for path in sources for hit in _unseen_by_lupdate(path)] == []
