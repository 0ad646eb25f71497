"""`holdspace lint`: tone, reading level, safety and completeness, each pointing at a line."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from holdspace.core import seed
from holdspace.core.addresses import b58check_encode
from holdspace.core.lessons import STEP_KINDS
from holdspace.core.lint import lint_path, reading
from holdspace.core.lint.allowlist import PUBLIC_ADDRESSES, PUBLIC_HASHES, is_public
from holdspace.core.paste import identify
from holdspace.core.paths import builtin_pack_dir
from packkit import GOOD_LESSON, write_pack

VECTORS = Path(__file__).resolve().parents[1] / "vectors"  # sources: tests/vectors/SOURCES.md
HEAD = """\
id: test.lint
topic: hexadecimal
title: A calm title
summary: A calm summary.
steps:
"""
# One step with a hint and an explanation, so only the rule under test speaks.
ASK = """\
  - kind: answer
    prompt: What is 0x1f in everyday numbers?
    accept: {number: 31}
    hints: [f is fifteen.]
    explain: One sixteen and fifteen ones.
"""


def lint_lesson(
    tmp_path: Path,
    steps: str,
    *,
    name: str = "en/hex/01-test.yaml",
    head: str = HEAD,
    extra: dict[str, str] | None = None,
) -> list:
    root = write_pack(tmp_path / "pack", {name: head + steps, **(extra or {})})
    return lint_path(root)


def lines(problems) -> list[str]:
    return [str(p) for p in problems]


def test_a_clean_pack_has_nothing_to_say(tmp_path):
    assert lint_path(write_pack(tmp_path / "pack")) == []


def test_the_shipped_pack_lints_clean():
    # How long lint takes is the benchmark's business (tests/benchmarks), never a test's:
    # a timed assert fails on a busy machine and proves nothing about the code.
    problems = lint_path(builtin_pack_dir())
    assert problems == [], "\n".join(map(str, problems))


# ----------------------------------------------------------------------------- tone


def test_tone_words_are_found_with_file_line_column_and_field(tmp_path):
    problems = lint_lesson(
        tmp_path,
        ASK
        + """\
  - kind: read
    body: |
      Hex looks strange at first.
      Now Just paste the TXID.
""",
    )
    assert lines(problems) == [
        'pack/en/hex/01-test.yaml:14:11: steps[2].body: "Just" can make a learner feel judged '
        "or slow — leave the word out; the sentence is kinder without it (to quote a "
        "scammer's or a screen's exact words, put them in «…»)"
    ]


@pytest.mark.parametrize(
    "field, text, path",
    [
        ("title", "title: It is easy\n", "title"),
        ("prompt", None, "steps[1].prompt"),
        ("feedback", None, "steps[1].choices[2].feedback"),
        ("hint", None, "steps[1].hints[2]"),
        ("explain", None, "steps[1].explain"),
    ],
)
def test_every_learner_facing_field_is_read(tmp_path, field, text, path):
    choice = """\
  - kind: choice
    prompt: {prompt}
    choices:
      - text: "0x1f"
        correct: true
        feedback: Yes.
      - text: "31"
        feedback: {feedback}
    hints: [Look for 0x., {hint}]
    explain: {explain}
"""
    calm = {
        "prompt": "Which is hex?",
        "feedback": "Not quite.",
        "hint": "Letters a to f.",
        "explain": "0x marks hex.",
    }
    calm[field] = "That was wrong."
    head = HEAD.replace("title: A calm title\n", text) if text else HEAD
    problems = lint_lesson(tmp_path, choice.format(**calm), head=head)
    assert [p.field for p in problems] == [path]
    assert "can make a learner feel judged" in problems[0].message


def test_tone_is_whole_words_any_case_and_skips_notes_and_sources(tmp_path):
    head = HEAD.replace("steps:\n", 'sources: ["Error codes, simply listed"]\nsteps:\n')
    problems = lint_lesson(
        tmp_path,
        """\
  - kind: read
    body: Adjust the justice. FAILED, Errors and Obviously are found.
    notes: Facilitators may say it was easy, or just a slip.
""",
        head=head,
    )
    assert [p.message.split('"')[1] for p in problems] == ["FAILED", "Errors", "Obviously"]
    assert [(p.line, p.column) for p in problems] == [(8, 31), (8, 39), (8, 50)]


def test_a_scammers_words_in_guillemets_pass(tmp_path):
    problems = lint_lesson(
        tmp_path,
        """\
  - kind: read
    body: |
      The message said: «Your wallet has an error.
      Just verify your phrase, it is easy.» Nobody real writes that.
  - kind: choice
    prompt: What do you do with «Urgent! Your transfer failed»?
    choices:
      - text: Close the chat.
        correct: true
        feedback: Yes. «Failed» was the bait.
      - text: Reply.
        feedback: Please don't; nothing there is real.
    hints: [Who sent it?]
    explain: A calm close is the safe move.
""",
    )
    assert problems == []


def test_only_the_quoted_words_are_exempt(tmp_path):
    problems = lint_lesson(
        tmp_path,
        """\
  - kind: read
    body: «This is an error» is what it said. Just close it.
""",
    )
    assert [(p.line, p.column, p.message.split('"')[1]) for p in problems] == [(7, 47, "Just")]


def test_tone_reads_english_texts_only(tmp_path):
    french = HEAD.replace("A calm title", "Just un titre")
    problems = lint_lesson(
        tmp_path,
        ASK,
        name="fr/hex/01-test.yaml",
        head=french,
        extra={"en/hex/01-good.yaml": GOOD_LESSON},
    )
    assert problems == []


def test_tone_reads_the_english_titles_in_pack_yaml(tmp_path):
    pack_yaml = (
        "format: 1\nname: Test pack\nlanguages: [en, fr]\ntopics:\n"
        "  - id: hexadecimal\n    title: {en: Easy hex, fr: Le hex}\n"
    )
    root = write_pack(tmp_path / "pack", {"en/hex/01-test.yaml": GOOD_LESSON}, pack_yaml=pack_yaml)
    problems = lint_path(root)
    assert lines(problems) == [
        'pack/pack.yaml:6:17: topics[1].title.en: "Easy" can make a learner feel judged or '
        'slow — leave it out, or say "it takes a few steps" (to quote a scammer\'s or a '
        "screen's exact words, put them in «…»)"
    ]


# --------------------------------------------------------------------- reading level

HARD = """\
  - kind: read
    body: |
      Cryptographic hash functions, which deterministically transform arbitrary
      information into fixed-length identifiers, are fundamental infrastructure
      underpinning decentralized settlement systems, consequently enabling
      independent verification by participants, irrespective of institutional
      intermediaries, geographical jurisdiction, or organizational affiliation.
      Furthermore, a comprehensive understanding of these mechanisms necessitates
      considerable familiarity with probabilistic reasoning.
"""


def test_a_body_above_grade_eight_is_reported_at_the_body(tmp_path):
    problems = lint_lesson(tmp_path, ASK + HARD)
    assert len(problems) == 1
    found = problems[0]
    assert (found.file, found.line, found.column, found.field) == (
        "pack/en/hex/01-test.yaml",
        12,
        11,
        "steps[2].body",
    )
    assert "Flesch–Kincaid" in found.message and "grade 8" in found.message
    assert "the longest sentence has 33 words" in found.fix


def test_short_bodies_and_other_languages_are_not_scored(tmp_path):
    short = "  - kind: read\n    body: Cryptographic infrastructure underpins decentralized settlement.\n"
    assert lint_lesson(tmp_path / "a", short) == []
    assert (
        lint_lesson(
            tmp_path / "b",
            HARD,
            name="ru/hex/01-test.yaml",
            extra={"en/hex/01-good.yaml": GOOD_LESSON},
        )
        == []
    )


def test_hex_txids_and_code_do_not_skew_the_grade():
    txid = "4a5e1e4baab89f3a32518a88c31bc87f618f76673e2cc77ab2127b7afdeda33b"
    plain = (
        "A TXID is the name of one transaction. It works like a receipt number. "
        "You can look it up. It is safe to share. "
    ) * 3
    noisy = (
        f"A TXID like `{txid}` is the name of one transaction. It works like a receipt "
        f"number, say 0x5208. You can look it up at [an explorer](https://bitcoin.org). "
        f"It is safe to share: {txid}. "
    ) * 3
    assert reading.grade(plain) is not None
    assert abs(reading.grade(noisy)[0] - reading.grade(plain)[0]) < 1.0
    assert reading.grade(noisy)[0] <= reading.MAX_GRADE


def test_list_items_and_headings_count_as_sentences():
    assert reading.plain_sentences(
        "# Before you start\n\n- one thing\n- **another**\n  thing\n"
    ) == ["Before you start.", "one thing.", "another thing."]


def test_grading_follows_the_published_formula_offline(monkeypatch):
    import socket

    def refuse(*args, **kwargs):
        raise AssertionError("grading tried to use the network")

    monkeypatch.setattr(socket, "socket", refuse)
    reading._hyphenator.cache_clear()
    # Six one-syllable words per sentence: 0.39 * 6 + 11.8 * 1 - 15.59 = -1.45.
    score, words = reading.grade("The cat sat on the mat. " * 7)
    assert words == 42 and abs(score - -1.45) < 0.06  # rounded to one decimal
    assert reading.syllables("explorer") == 3 and reading.syllables("don't") == 1


def test_the_reading_level_needs_no_textstat_or_nltk():
    import subprocess
    import sys

    code = (
        "import sys\nfrom holdspace.core.lint import reading\n"
        "reading.grade('A calm sentence about coins and fees. ' * 9)\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('textstat', 'nltk')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


# --------------------------------------------------------------------------- safety


def practice_like_words(count: int = 12) -> str:
    """BIP-39 words built here, so no phrase is ever written into a test file."""
    return " ".join(sorted(seed.wordlist())[300 : 300 + count])


def test_a_recovery_phrase_is_found_anywhere_but_a_seed_practice_step(tmp_path):
    words = practice_like_words()
    problems = lint_lesson(
        tmp_path,
        ASK
        + f"""\
  - kind: read
    body: |
      A calm line first.
      My words are {words}.
    notes: Never show one like {words}
  - kind: seed_practice
    body: Write these down - {words}
""",
    )
    safety = [p for p in problems if "recovery phrase" in p.message]
    assert [(p.line, p.column, p.field) for p in safety] == [
        (14, 20, "steps[2].body"),
        (15, 23, "steps[2].notes"),
    ]
    assert words not in str(safety[0])  # findings never echo a phrase


@pytest.mark.parametrize(
    "text",
    [
        "4a5e1e4baab89f3a32518a88c31bc87f618f76673e2cc77ab2127b7afdeda33b",  # genesis TXID
        "0x5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060",  # first ETH tx
        "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa",  # genesis output
        "BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4",  # BIP-173, upper case
        "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",  # EIP-55
        "0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed",  # same, all lower
        "0x5AAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",  # look-alike: checksum does not hold
        "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5",  # look-alike: last character changed
        "4a5e1e4baab89f3a32518a88c31bc87f618f76673e2cc77ab2127b7afdeda33",  # 63 characters
    ],
)
def test_public_ids_and_made_up_look_alikes_pass(tmp_path, text):
    assert lint_lesson(tmp_path, ASK + f"  - kind: read\n    body: Look at {text} here.\n") == []


def test_an_unknown_address_or_txid_is_reported_where_it_is(tmp_path):
    unknown_txid = "9f3a32518a88c31bc87f618f76673e2cc77ab2127b7afdeda33b4a5e1e4baab8"
    unknown_evm = "0x52908400098527886e0f7030069857d2e4169ee8"  # all lower: no checksum to break
    problems = lint_lesson(
        tmp_path,
        ASK
        + f"""\
  - kind: read
    body: |
      Search for
      `{unknown_txid}`.
    explain: Or send to {unknown_evm}.
""",
    )
    assert [(p.line, p.column, p.field) for p in problems] == [
        (14, 8, "steps[2].body"),
        (15, 25, "steps[2].explain"),
    ]
    assert "could also be someone's private key" in problems[0].message
    assert "not on the list of well-known public ones" in problems[1].message


def test_a_private_key_is_always_reported(tmp_path):
    wif = b58check_encode(b"\x80" + bytes(range(1, 33)) + b"\x01")
    problems = lint_lesson(tmp_path, ASK + f"  - kind: read\n    body: Key {wif}\n")
    assert len(problems) == 1 and "looks like a private key" in problems[0].message
    assert wif not in str(problems[0])


@pytest.mark.parametrize(
    "link",
    [
        "https://bitcoin.org/en/how-it-works",
        "https://www.bitcoin.org/",
        "https://github.com/bitcoin/bips/blob/master/bip-0039.mediawiki",
        "https://eips.ethereum.org/EIPS/eip-55",
    ],
)
def test_https_links_to_the_allowed_hosts_pass(tmp_path, link):
    steps = ASK + f"  - kind: read\n    body: See [the source]({link}) or {link}.\n"
    assert lint_lesson(tmp_path, steps) == []


@pytest.mark.parametrize(
    "link, complaint",
    [
        ("http://bitcoin.org/", "not a plain https: link"),
        ("javascript:alert(1)", "not a plain https: link"),
        ("https://bitcoin.org.evil.example/", "not on the list of sites"),
        ("https://github.com/someone/bips", "not on the list of sites"),
        ("https://bitcoin.org@evil.example/", "not a plain https: link"),
    ],
)
def test_other_links_are_reported(tmp_path, link, complaint):
    problems = lint_lesson(tmp_path, ASK + f"  - kind: read\n    body: See [this]({link}).\n")
    assert [(p.line, p.column, p.field) for p in problems] == [(12, 22, "steps[2].body")]
    assert complaint in problems[0].message


def test_links_in_notes_and_bare_links_count_too(tmp_path):
    problems = lint_lesson(
        tmp_path,
        ASK + "  - kind: read\n    body: Calm.\n"
        "    notes: Show https://evil.example/x, then http://x.org\n",
    )
    assert [(p.column, p.field) for p in problems] == [
        (17, "steps[2].notes"),
        (46, "steps[2].notes"),
    ]


def test_images_come_from_inside_the_pack(tmp_path):
    steps = ASK + (
        "  - kind: read\n    body: |\n      ![Two digits](images/pairs.png)\n"
        "      ![Gone](images/gone.png) ![Web](https://bitcoin.org/a.png)\n"
    )
    root = write_pack(tmp_path / "pack", {"en/hex/01-test.yaml": HEAD + steps})
    (root / "images").mkdir()
    (root / "images" / "pairs.png").write_bytes(b"\x89PNG")
    problems = lint_path(root)
    assert [(p.line, p.column) for p in problems] == [(14, 15), (14, 39)]
    assert "not in the pack" in problems[0].message
    assert "not inside the pack" in problems[1].message


def test_the_allow_list_holds_only_working_public_ids():
    for text in [*PUBLIC_HASHES, *PUBLIC_ADDRESSES]:
        found = identify(text)
        assert found.valid is not False, text
        assert is_public(text, found.kind), text


def test_the_allow_list_was_copied_from_the_checked_vectors():
    everything = " ".join(p.read_text(encoding="utf-8") for p in VECTORS.glob("*.json")).lower()
    explorer = json.loads((VECTORS / "explorer_practice_transactions.json").read_text())
    assert explorer["bitcoin_pizza"]["txid"] in PUBLIC_HASHES
    made_up = {"f62dd32defff2b1f9339aa860b1745f4ec1bbd06a46f56bc4db1bae3cf896cd3"}  # from assets/
    for text in [*PUBLIC_HASHES, *PUBLIC_ADDRESSES]:
        assert text in made_up or text.lower().removeprefix("0x") in everything, text


# --------------------------------------------------------------------- completeness


def test_every_question_has_a_hint_and_an_explanation(tmp_path):
    problems = lint_lesson(
        tmp_path,
        """\
  - kind: read
    body: Reading needs neither.
  - kind: answer
    prompt: What is 0x1f in everyday numbers?
    accept: {number: 31}
  - kind: choice
    prompt: Which is hex?
    choices:
      - {text: "0x1f", correct: true, feedback: Yes.}
      - {text: "31", feedback: The everyday way.}
    hints: []
    explain: "0x marks hex."
""",
    )
    assert [(p.line, p.column, p.field, p.message) for p in problems] == [
        (8, 5, "steps[2].hints", "this answer step has no hints"),
        (8, 5, "steps[2].explain", "this answer step has no `explain`"),
        (16, 12, "steps[3].hints", "this choice step has no hints"),
    ]


# ------------------------------------------------------------- validation comes first


def test_validation_problems_come_first_and_broken_files_never_crash(tmp_path):
    root = write_pack(
        tmp_path / "pack",
        {
            "en/hex/01-good.yaml": GOOD_LESSON,
            "en/hex/02-typo.yaml": GOOD_LESSON.replace("test.counting", "test.typo")
            .replace("kind: read", "kind: rd")
            .replace("Hex uses", "Hex simply uses"),
            "en/hex/03-syntax.yaml": "title: [oops\n",
            "en/hex/04-odd.yaml": "id: test.odd\nsteps: [[1, 2], {kind: [x]}, 3, {kind: answer, hints: 5}]\n",
            "en/hex/05-list.yaml": "- just a list\n",
        },
    )
    problems = lint_path(root)
    text = lines(problems)
    assert any("02-typo.yaml:7:11: steps[1].kind: unknown step kind" in line for line in text)
    assert any("03-syntax.yaml" in line and "YAML syntax" in line for line in text)
    first_lint = next(i for i, p in enumerate(problems) if "feel judged" in p.message)
    assert problems[first_lint].file == "pack/en/hex/02-typo.yaml"  # lint reads it anyway
    assert all("feel judged" not in p.message for p in problems[:first_lint])
    assert any("04-odd.yaml" in line and "no hints" in line for line in text)


def test_a_pack_whose_pack_yaml_is_broken_reports_that(tmp_path):
    root = write_pack(tmp_path / "pack", pack_yaml="format: 1\nname: [\n")
    problems = lint_path(root)
    assert problems and all(p.file == "pack/pack.yaml" for p in problems)


def test_a_single_lesson_file_and_a_zipped_pack(tmp_path):
    steps = ASK + "  - kind: read\n    body: It is easy.\n"
    only_english = "format: 1\nname: Test pack\nlanguages: [en]\ntopics:\n  - id: hexadecimal\n"
    root = write_pack(
        tmp_path / "pack", {"en/hex/01-test.yaml": HEAD + steps}, pack_yaml=only_english
    )
    file = root / "en" / "hex" / "01-test.yaml"
    alone = lint_path(file)
    assert [(p.file, p.line, p.field) for p in alone] == [(str(file), 12, "steps[2].body")]
    archive = tmp_path / "pack.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        for path in root.rglob("*"):
            if path.is_file():
                zipped.write(path, Path("pack") / path.relative_to(root))
    zipped_problems = lint_path(archive)
    assert [(p.file, p.line) for p in zipped_problems] == [("pack.zip/en/hex/01-test.yaml", 12)]


@pytest.mark.skipif(
    "hex_playground" not in STEP_KINDS, reason="the hex playground kind is not here"
)
def test_free_play_without_a_task_needs_no_hint(tmp_path):
    problems = lint_lesson(
        tmp_path,
        """\
  - kind: hex_playground
    body: Type a number in either box and watch the other.
  - kind: hex_playground
    prompt: What is 0x5208 in everyday numbers?
    task: {decimal: 21000}
""",
    )
    assert [(p.line, p.field) for p in problems] == [(8, "steps[2].hints"), (8, "steps[2].explain")]


def test_glossary_definitions_are_read_too(tmp_path):
    glossary = (
        "terms:\n  - id: txid\n    term: TXID\n    definition: Just the name of one transaction.\n"
    )
    problems = lint_lesson(tmp_path, ASK, extra={"en/glossary.yaml": glossary})
    assert [(p.file, p.line, p.column, p.field) for p in problems] == [
        ("pack/en/glossary.yaml", 4, 17, "terms[1].definition")
    ]
