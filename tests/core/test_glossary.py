"""The glossary: terms are found by any of their names, marked terms are checked,
and a term in lesson text becomes a ``term:`` link only when it is defined."""

from __future__ import annotations

from holdspace.core import markup, termlinks
from holdspace.core.lessons import open_pack, validate_path
from holdspace.core.lessons.glossary import Glossary, Term, marked_terms
from packkit import GOOD_LESSON, write_pack

GLOSSARY = """\
format: 1
terms:
  - id: txid
    term: TXID
    also: [transaction ID]
    definition: The name of one transaction, 64 characters long.
    see: [hash]
  - id: hash
    term: hash
    definition: A short fingerprint of some data.
  - id: fee
    term: fee
    definition: What you pay the network to carry a transaction.
"""

USES_TERMS = GOOD_LESSON.replace(
    "body: Hex uses **sixteen** digits.",
    "body: A [[TXID]] is a [[fingerprint|hash]]; the [[fees]] are separate. See [[mempool]].",
)


def _pack(tmp_path, glossary=GLOSSARY, lesson=USES_TERMS, extra=None):
    files = {"en/hex/01-counting.yaml": lesson, "en/glossary.yaml": glossary, **(extra or {})}
    return write_pack(tmp_path / "pack", files)


def test_a_term_is_found_by_id_name_alias_and_plural():
    glossary = Glossary([Term("txid", "TXID", "x", ("transaction ID",)), Term("hash", "hash", "y")])
    for name in ("txid", "TXID", "Transaction  ID", "transaction-id", "TXIDs", "hashes"):
        assert glossary.find(name) is not None, name
    assert glossary.find("txid").id == "txid"
    assert glossary.find("hashes").id == "hash"
    assert glossary.find("mempool") is None


def test_marks_give_shown_words_and_name():
    assert list(marked_terms("a [[TXID]] and [[the fee|fee]]")) == [
        ("TXID", "TXID"),
        ("the fee", "fee"),
    ]


def test_an_undefined_marked_term_is_reported_with_file_line_and_field(tmp_path):
    pack = open_pack(_pack(tmp_path))
    messages = [str(p) for p in pack.problems]
    assert len(messages) == 1, messages
    assert messages[0].startswith("pack/en/hex/01-counting.yaml:8:")
    assert "steps[1].body" in messages[0] and "“mempool”" in messages[0]
    # The lesson still opens: a missing definition is no reason to lock anyone out.
    assert [lesson.id for lesson in pack.lessons] == ["test.counting"]


def test_validating_one_lesson_file_checks_its_terms_too(tmp_path):
    root = _pack(tmp_path)
    problems = validate_path(root / "en/hex/01-counting.yaml")
    assert [p.field for p in problems] == ["steps[1].body"]


def test_glossary_problems_are_reported_all_at_once(tmp_path):
    broken = (
        GLOSSARY
        + """\
  - id: txid
    term: again
    definition: twice
  - id: tx
    term: Transaction ID
    definition: a name already taken
    sea: [hash]
  - id: other
    term: other
    definition: points nowhere
    see: [nowhere]
  - term: no id
"""
    )
    pack = open_pack(_pack(tmp_path, glossary=broken, lesson=GOOD_LESSON))
    found: dict[tuple[str, str], str] = {}
    for problem in pack.problems:
        key = (problem.file, problem.field)
        found[key] = found.get(key, "") + problem.message + "\n"
    shown = "pack/en/glossary.yaml"
    assert "defined twice" in found[(shown, "terms[4].id")]
    assert "also belongs to `txid`" in found[(shown, "terms[5]")]
    assert "unknown field `sea`" in found[(shown, "terms[5].sea")]
    assert "`nowhere`" in found[(shown, "terms[6].see[1]")]
    assert "`id` is missing" in found[(shown, "terms[7]")]
    # The good terms are still there for the lessons.
    assert {"txid", "hash", "fee", "other"} <= set(pack.glossary.terms)


def test_a_translation_falls_back_to_the_first_language_term_by_term(tmp_path):
    french = "terms:\n  - id: fee\n    term: frais\n    definition: Ce que l'on paie au réseau.\n"
    root = _pack(tmp_path, extra={"fr/glossary.yaml": french})
    pack = open_pack(root, language="fr")
    assert pack.glossary.find("fee").term == "frais"
    assert pack.glossary.find("TXID").term == "TXID"  # from English
    assert pack.glossary.find("frais").id == "fee"


def test_defined_terms_render_as_term_links_and_unknown_ones_as_words():
    glossary = Glossary([Term("txid", "TXID", "x"), Term("fee", "fee", "y")])
    html = markup.render("A [[TXID]], **fees**, **never**, [[mempool]].", glossary)
    assert '<a class="term" href="term:txid">TXID</a>' in html
    assert '<a class="term" href="term:fee">fees</a>' in html
    assert "<strong>never</strong>" in html
    assert "mempool" in html and "[[" not in html and "term:mempool" not in html


def test_without_a_glossary_marks_read_as_plain_words():
    html = markup.render_inline("the [[network fee|fee]] and [[TXID]]")
    assert "network fee" in html and "TXID" in html
    assert "[[" not in html and "term:" not in html


def test_a_hand_written_term_link_to_an_unknown_id_is_dropped():
    glossary = Glossary([Term("txid", "TXID", "x")])
    html = markup.render("[a](term:txid) [b](term:other) [c](term:../../etc)", glossary)
    assert 'href="term:txid"' in html
    assert "term:other" not in html and "term:../" not in html
    assert html.count("<a ") == 1


def test_term_ids_are_read_back_only_from_term_links():
    assert termlinks.term_id("term:txid") == "txid"
    assert termlinks.term_id("https://example.org") is None
    assert termlinks.term_id("term:Bad Id") is None


def test_the_shipped_glossary_defines_every_term_a_shipped_lesson_marks():
    from holdspace.core import paths

    pack = open_pack(paths.builtin_pack_dir())
    assert len(pack.glossary) >= 40
    assert not [p for p in pack.problems if "glossary" in p.message or "glossary" in p.file]
    for term in pack.glossary:
        assert term.definition.strip(), term.id


def test_lint_scores_the_glossary_definitions_together(tmp_path):
    from holdspace.core.lint import lint_path

    hard = "terms:\n" + "".join(
        f"  - id: t{i}\n    term: term {i}\n    definition: Notwithstanding considerable "
        f"institutional heterogeneity, cryptographic authentication mechanisms necessitate "
        f"comprehensive organisational documentation {i}.\n"
        for i in range(6)
    )
    root = write_pack(
        tmp_path / "pack", {"en/hex/01-counting.yaml": GOOD_LESSON, "en/glossary.yaml": hard}
    )
    findings = [p for p in lint_path(root) if p.file.endswith("glossary.yaml")]
    assert len(findings) == 1 and "grade" in findings[0].message
    assert findings[0].field == "terms"


def test_a_glossary_file_given_alone_is_checked_as_a_glossary(tmp_path):
    root = _pack(tmp_path, glossary=GLOSSARY.replace("see: [hash]", "see: [nowhere]"))
    problems = validate_path(root / "en" / "glossary.yaml")
    assert [p.field for p in problems] == ["terms[1].see[1]"]
