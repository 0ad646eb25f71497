"""Issue 11: a translated lesson keeps its source's facts, and lint says when it is stale."""

from __future__ import annotations

import hashlib
from decimal import Decimal
from pathlib import Path

import pytest

from holdspace.core.answers import read_money, read_number
from holdspace.core.lessons import open_pack, validate_path
from holdspace.core.lessons.translation import check_translations, numbers
from holdspace.core.lint import lint_path, reading
from holdspace.core.lint.formulas import FORMULAS, unscored
from holdspace.core.paths import builtin_pack_dir
from packkit import GOOD_LESSON, write_pack

FRENCH = """\
id: test.counting
topic: hexadecimal
title: Compter avec seize chiffres
summary: Pourquoi 0x1f vaut trente et un.
minutes: 5
source_version: {version}
steps:
  - kind: read
    body: L'hex utilise **seize** chiffres.
  - kind: choice
    prompt: Lequel est en hex ?
    choices:
      - text: "0x1f"
        correct: true
        feedback: Le 0x annonce de l'hex.
      - text: "31"
        feedback: C'est la façon de tous les jours de l'écrire.
    hints: [Cherchez 0x.]
    explain: 0x marque l'hex.
  - kind: answer
    prompt: Combien vaut 0x1f en nombre de tous les jours ?
    accept: {{number: 31}}
    hints: [f vaut quinze., 16 + 15]
    explain: Un seize et quinze unités.
    responses:
      - answer: "1f"
        feedback: C'est l'hex lui-même ; écrivez-le maintenant à la façon de tous les jours.
"""


def version_of(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:12]


def pack_with(tmp_path: Path, french: str, english: str = GOOD_LESSON) -> Path:
    return write_pack(
        tmp_path / "pack", {"en/hex/01-count.yaml": english, "fr/hex/01-count.yaml": french}
    )


def good_french() -> str:
    return FRENCH.format(version=version_of(GOOD_LESSON))


def test_a_faithful_translation_validates_and_lints_clean(tmp_path):
    root = pack_with(tmp_path, good_french())
    assert validate_path(root) == []
    assert lint_path(root) == []


@pytest.mark.parametrize(
    "change, said",
    [
        (("accept: {number: 31}", "accept: {number: 13}"), "the translation accepts 13"),
        (("kind: read", "kind: choice"), "changes `kind`"),
        (("id: test.counting", "id: test.compter"), "changes `id`"),
        (("Pourquoi 0x1f", "Pourquoi 0x1e"), "hex, addresses or TXIDs differ"),
        (("16 + 15", "16 + 14"), "the numbers differ from the source (missing: 15; added: 14)"),
        (("        correct: true\n", ""), "the source has `correct:` here"),
    ],
)
def test_each_changed_fact_is_named(tmp_path, change, said):
    root = pack_with(tmp_path, good_french().replace(*change, 1))
    found = [str(p) for p in validate_path(root)]
    assert any(said in line and "fr/hex/01-count.yaml" in line for line in found), found


def test_text_answers_may_add_french_words_but_keep_the_english_ones(tmp_path):
    english = GOOD_LESSON.replace("accept: {number: 31}", 'accept: {text: ["receive", "deposit"]}')
    english = english.replace("What is 0x1f in everyday numbers?", "Which button?")
    french = good_french().replace(
        "accept: {number: 31}", 'accept: {text: ["recevoir", "receive", "Deposit"]}'
    )
    french = french.replace("Combien vaut 0x1f en nombre de tous les jours ?", "Quel bouton ?")
    french = french.replace(version_of(GOOD_LESSON), version_of(english))
    root = pack_with(tmp_path, french, english)
    assert validate_path(root) == []
    dropped = french.replace('"recevoir", "receive", "Deposit"', '"recevoir", "receive"')
    found = [str(p) for p in validate_path(pack_with(tmp_path / "b", dropped, english))]
    assert any("no longer accepts ['deposit']" in line for line in found), found


def test_numbers_match_however_french_groups_them():
    assert numbers("21,000 gas and 0.5 BTC") == numbers("21 000 gas et 0,5 BTC")
    assert numbers("$1,000.50") == numbers("1\u202f000,50 $")
    assert numbers("a 64-character TXID 4a5e1e4baab89f3a") == {64}


def test_lint_says_when_the_english_source_changed(tmp_path):
    root = pack_with(tmp_path, good_french())
    (root / "en/hex/01-count.yaml").write_text(GOOD_LESSON.replace("**sixteen**", "16"))
    found = [p for p in lint_path(root) if "source has changed" in p.message]
    assert len(found) == 1 and found[0].field == "source_version"
    assert found[0].file == "pack/fr/hex/01-count.yaml"
    unsaid = pack_with(
        tmp_path / "b", good_french().replace(f"source_version: {version_of(GOOD_LESSON)}\n", "")
    )
    assert any("no `source_version:`" in p.message for p in lint_path(unsaid))


def test_french_and_spanish_tone_words_are_found(tmp_path):
    root = pack_with(tmp_path, good_french().replace("Le 0x annonce", "Évidemment, le 0x annonce"))
    found = [p for p in lint_path(root) if "judged" in p.message]
    assert [(p.field, p.message.split('"')[1]) for p in found] == [
        ("steps[2].choices[1].feedback", "Évidemment")
    ]
    es = write_pack(
        tmp_path / "es",
        {
            "en/hex/01-count.yaml": GOOD_LESSON,
            "es/hex/01-count.yaml": good_french().replace("Un seize", "Es fácil, un seize"),
        },
        pack_yaml="format: 1\nname: T\nlanguages: [en, es]\ntopics:\n  - id: hexadecimal\n",
    )
    assert any('"fácil"' in p.message for p in lint_path(es))
    # French "erreur" is the kind word for a mistake: it is not on the list.
    assert not [
        p
        for p in lint_path(
            pack_with(
                tmp_path / "c",
                good_french().replace("Un seize", "Une erreur arrive à tout le monde : un seize"),
            )
        )
        if "judged" in p.message
    ]


HARD_FR = (
    "Les fonctions cryptographiques de hachage, qui transforment de manière déterministe "
    "des informations arbitraires en identifiants de longueur fixe, constituent une "
    "infrastructure fondamentale des systèmes de règlement décentralisés, permettant "
    "conséquemment une vérification indépendante par les participants. "
)
EASY_FR = (
    "Un TXID est le nom d'un envoi. Il ressemble à un numéro de reçu. Vous pouvez le chercher. " * 4
)


def test_french_reading_level_uses_kandel_moles():
    formula = FORMULAS["fr"]
    assert formula.too_hard(reading.score(HARD_FR * 2, formula)[0])
    assert not formula.too_hard(reading.score(EASY_FR, formula)[0])
    assert unscored(("en", "fr", "es", "ru", "ar")) == ["ru", "ar"]


def test_lint_notes_the_languages_it_cannot_score(tmp_path, capsys):
    from holdspace.__main__ import main

    root = write_pack(
        tmp_path / "pack",
        {"en/hex/01-count.yaml": GOOD_LESSON},
        pack_yaml="format: 1\nname: T\nlanguages: [en, ru]\ntopics:\n  - id: hexadecimal\n",
    )
    (root / "ru").mkdir(exist_ok=True)
    main(["lint", str(root)])
    assert "reading level is not scored for ru" in capsys.readouterr().err


@pytest.mark.parametrize(
    "typed, language, value",
    [
        ("1,5", "fr", "1.5"),
        ("1,500", "fr", "1.5"),
        ("1,500", "en", "1500"),
        ("1 234,50", "fr", "1234.50"),
        ("1\u202f234,50", "fr", "1234.50"),
        ("1\u00a0234,5", "fr", "1234.5"),
        ("1.234.567", "es", "1234567"),
        ("1.234,5", "es", "1234.5"),
        ("21 000", "fr", "21000"),
        ("٣١", "ar", "31"),
        ("١٬٢٣٤٫٥", "ar", "1234.5"),
        ("۲۱۰۰۰", "fa", "21000"),
        ("۱۲٫۵", "fa", "12.5"),
    ],
)
def test_typed_numbers_follow_the_learners_language(typed, language, value):
    from decimal import Decimal

    assert read_number(typed, language) == Decimal(value)


def test_typed_money_follows_the_learners_language():
    from decimal import Decimal

    assert read_money("14,00 €", "fr") == Decimal("14")
    assert read_money("1.234,50 €", "es") == Decimal("1234.50")
    assert read_money("$ ١٤", "ar") == Decimal("14")


def test_a_french_learner_typing_a_decimal_comma_gets_it(tmp_path):
    from holdspace.core import feedback as fb
    from holdspace.core.session import Session

    english = GOOD_LESSON.replace("accept: {number: 31}", 'accept: {money: "1.5"}')
    french = good_french().replace("accept: {number: 31}", 'accept: {money: "1.5"}')
    root = pack_with(
        tmp_path, french.replace(version_of(GOOD_LESSON), version_of(english)), english
    )
    lesson = next(x for x in open_pack(root, "fr").lessons)
    step = lesson.steps[2]
    assert step.language == "fr"
    checker = (
        __import__("holdspace.core.lessons.registry", fromlist=["STEP_KINDS"])
        .STEP_KINDS["answer"]
        .checker
    )
    assert checker.check(step, "1,500").code == fb.GOT_IT  # one and a half, as French writes it
    english_step = next(x for x in open_pack(root, "en").lessons).steps[2]
    assert checker.check(english_step, "1,500").code != fb.GOT_IT  # fifteen hundred in English
    assert Session is not None


def test_a_translation_knows_its_source_and_a_missing_one_stands_in(tmp_path):
    root = write_pack(
        tmp_path / "pack",
        {
            "en/hex/01-count.yaml": GOOD_LESSON,
            "en/hex/02-other.yaml": GOOD_LESSON.replace("test.counting", "test.other"),
            "fr/hex/01-count.yaml": good_french(),
        },
    )
    french = {x.id: x for x in open_pack(root, "fr").lessons}
    assert french["test.counting"].language == "fr" and not french["test.counting"].stand_in
    assert (
        french["test.counting"].original_step(french["test.counting"].steps[0].id).body
        == "Hex uses **sixteen** digits."
    )
    assert french["test.other"].language == "en" and french["test.other"].stand_in
    assert not any(x.stand_in for x in open_pack(root, "en").lessons)


def test_every_translated_lesson_of_the_shipped_pack_keeps_its_source():
    root = builtin_pack_dir()
    pack = open_pack(root)
    problems = check_translations(root, pack.languages, pack.label)
    assert problems == [], "\n".join(map(str, problems))
    translated = [
        f
        for lang in pack.languages[1:]
        for f in (root / lang).rglob("*.yaml")
        if f.name != "glossary.yaml"
    ]
    for file in translated:  # each one really has a source to be compared with
        assert (
            root / pack.fallback / file.relative_to(root / file.relative_to(root).parts[0])
        ).is_file(), file


def test_coverage_counts_translations_whose_source_changed(tmp_path):
    from holdspace.core.coverage import Coverage, pack_coverage, table

    root = pack_with(tmp_path, good_french())
    found = Coverage()
    pack_coverage(root, found)
    assert found.stale == {"fr": 0} and str(found.lessons["fr"]) == "1/1 (100 %)"
    (root / "en/hex/01-count.yaml").write_text(GOOD_LESSON + "\n# changed\n")
    found = Coverage()
    pack_coverage(root, found)
    assert found.stale == {"fr": 1}
    assert "Out of date" in table(found)[0]


def test_one_translated_file_is_checked_and_linted_by_a_relative_path(tmp_path, monkeypatch):
    root = pack_with(tmp_path, good_french().replace("16 + 15", "16 + 14"))
    monkeypatch.chdir(root)
    relative = Path("fr/hex/01-count.yaml")
    assert any("numbers differ" in p.message for p in validate_path(relative))
    assert not any("could not finish" in p.message for p in lint_path(relative))


def test_comparing_ease_is_not_judging(tmp_path):
    root = pack_with(
        tmp_path,
        good_french().replace("Un seize", "Les groupes sont plus faciles à lire, un seize"),
    )
    assert not [p for p in lint_path(root) if "judged" in p.message]


def test_a_french_learner_may_type_the_coinbase_sender_in_french():
    from holdspace.core import feedback as fb
    from holdspace.core.lessons.registry import STEP_KINDS

    pack = open_pack(builtin_pack_dir(), "fr")
    lesson = next(x for x in pack.lessons if x.id == "explorers.genesis-and-pizza")
    step = next(s for s in lesson.steps if s.id == "genesis-from")
    checker = STEP_KINDS["explorer"].checker
    assert checker.check(step, "Nouvelles pièces").code == fb.GOT_IT
    assert checker.check(step, "coinbase").code == fb.GOT_IT


def test_explorer_feedback_keyed_by_a_field_name_is_translated_words(tmp_path):
    english = (
        GOOD_LESSON
        + """  - kind: explorer
    page: pizza
    task: click
    field: fee
    prompt: Click the fee.
    feedback:
      value: That is the value.
"""
    )
    french = (
        good_french()
        + """  - kind: explorer
    page: pizza
    task: click
    field: fee
    prompt: Cliquez sur les frais.
    feedback:
      value: C'est le montant.
"""
    )
    french = french.replace(version_of(GOOD_LESSON), version_of(english))
    assert validate_path(pack_with(tmp_path, french, english)) == []
    changed = french.replace("field: fee", "field: value")
    found = [str(p) for p in validate_path(pack_with(tmp_path / "b", changed, english))]
    assert any("changes `field`" in line for line in found), found


def test_arabic_decimal_and_thousands_marks_stay_inside_one_number():
    # «٠٫٩٩» is one number, 0.99, not 0 and 99; ٬ groups thousands, ٫ is always decimal.
    assert numbers("\u00ab٠٫٩٩\u00bb") == {Decimal("0.99")}
    assert numbers("٢١٬٠٠٠ غاز و ٠٫٥ بيتكوين") == numbers("21,000 gas and 0.5 BTC")
    assert numbers("١٫٥٠٠") == {Decimal("1.5")}
    assert numbers("١٬٢٣٤٫٥") == {Decimal("1234.5")}


def test_an_arabic_translation_writing_its_numbers_the_arabic_way_validates(tmp_path):
    english = GOOD_LESSON.replace(
        "hints: [f is fifteen., 16 + 15]",
        "hints: [f is fifteen., 16 + 15 is 31.0 or 0.99 of 31.31]",
    )
    assert english != GOOD_LESSON
    arabic = FRENCH.format(version=version_of(english)).replace(
        "hints: [f vaut quinze., 16 + 15]",
        "hints: [f vaut quinze., ١٦ + ١٥ = ٣١٫٠ أو ٠٫٩٩ من ٣١٫٣١]",
    )
    root = pack_with(tmp_path, arabic, english)
    assert not [p for p in validate_path(root) if "numbers differ" in p.message]
    slipped = pack_with(tmp_path / "b", arabic.replace("٠٫٩٩", "٠٫٩"), english)
    assert any("missing: 0.99" in p.message for p in validate_path(slipped))


@pytest.mark.parametrize("digits", ["000000000000", "123456789012", "012345670123"])
def test_a_version_of_digits_only_is_read_as_the_text_written(tmp_path, digits):
    # YAML makes 000000000000 the number 0 (and 0123… an octal number): the translation
    # still records a version, which is out of date, not missing; lint asks for quotes.
    french = good_french().replace(
        f"source_version: {version_of(GOOD_LESSON)}", f"source_version: {digits}"
    )
    root = pack_with(tmp_path, french)
    assert not [p for p in validate_path(root) if "source_version" in p.field]
    found = [p for p in lint_path(root) if p.field == "source_version"]
    assert len(found) == 1, [p.message for p in found]
    assert (
        "source has changed" in found[0].message
        and f"`source_version: {digits}`" in found[0].message
    )
    assert "in quotes" in found[0].fix
    assert not any("no `source_version:`" in p.message for p in lint_path(root))


def test_a_quoted_version_of_digits_is_current_when_it_matches(tmp_path, monkeypatch):
    from holdspace.core.lessons import translation

    monkeypatch.setattr(translation, "source_version", lambda file: "000000000000")
    for written in ('"000000000000"', "000000000000"):
        french = good_french().replace(
            f"source_version: {version_of(GOOD_LESSON)}", f"source_version: {written}"
        )
        root = pack_with(tmp_path / written.strip('"x'), french)
        assert not [p for p in lint_path(root) if p.field == "source_version"], written


def test_the_guide_prints_the_version_line_in_quotes(tmp_path):
    import re
    import subprocess
    import sys

    guide = (Path(__file__).resolve().parents[2] / "lessons/README.md").read_text(encoding="utf-8")
    helper = re.search(r'^python3 -c "(.+)" en/', guide, re.MULTILINE).group(1).replace('\\"', '"')
    source = tmp_path / "lesson.yaml"
    source.write_text(GOOD_LESSON)
    printed = subprocess.run(
        [sys.executable, "-c", helper, str(source)], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert printed == f'source_version: "{version_of(GOOD_LESSON)}"'
