"""The practice explorer: shipped pages, search, validation and checking."""

from __future__ import annotations

import json
import re
from decimal import Decimal

import pytest

from holdspace.core import explorer_pages as pages
from holdspace.core import feedback as fb
from holdspace.core.lessons import STEP_KINDS, open_pack, validate_path
from holdspace.core.session import Session
from packkit import write_pack

LINE = re.compile(
    r"^(?P<file>[^:]+):(?P<line>\d+):(?P<col>\d+): (?P<field>\S+): (?P<what>.+) — (?P<fix>.+)$"
)
SHIPPED = ("first-ethereum", "genesis", "other-network", "pizza")
OTHER_TXID = "0xf62dd32defff2b1f9339aa860b1745f4ec1bbd06a46f56bc4db1bae3cf896cd3"

LESSON = """\
id: test.explorer
topic: explorers
title: Explorer practice
summary: Click, type and find.
steps:
  - id: click-fee
    kind: explorer
    page: pizza
    task: click
    field: fee
    prompt: Click the fee.
    feedback:
      value: That is what the seller received.
    hints: [Small amount.]
    explain: 0.99 BTC.
  - id: confirmations
    kind: explorer
    page: pizza
    task: type
    field: confirmations
    prompt: How many confirmations?
    feedback:
      "5": Its own block counts too.
    hints: [Look for Confirmations.]
    explain: Six.
  - id: find-it
    kind: explorer
    page: other-network
    task: find
    network: ethereum
    prompt: Find it.
    feedback:
      ethereum: Not on this network.
    hints: [Try another network.]
    explain: BNB Smart Chain.
"""


def pack_lesson(tmp_path, text: str = LESSON):
    root = write_pack(tmp_path / "pack", {"en/explorers/01-try.yaml": text})
    return root


def problems(tmp_path, text: str) -> list[dict]:
    found = [str(p) for p in validate_path(pack_lesson(tmp_path, text))]
    return [LINE.match(t).groupdict() for t in found if "01-try.yaml" in t]


def lesson(tmp_path, text: str = LESSON):
    pack = open_pack(pack_lesson(tmp_path, text))
    assert pack.broken == [], [str(p) for b in pack.broken for p in b.problems]
    return pack.lessons[0]


@pytest.fixture
def steps(tmp_path):
    return {s.id: s for s in lesson(tmp_path).steps}


# --- the shipped pages -----------------------------------------------------------------


def test_every_shipped_page_loads_and_is_marked_practice():
    assert pages.page_names() == SHIPPED
    for name in SHIPPED:
        page = pages.load_page(name)
        assert page.keys()[:2] == ("network", "txid") and "confirmations" in page.keys()
        raw = json.loads((pages.explorer_dir() / f"{name}.json").read_text(encoding="utf-8"))
        assert raw["practice"] is True
        assert page.made_up == (name == "other-network")


def test_confirmations_come_from_the_fixed_practice_height_never_the_clock():
    for name in SHIPPED:
        page = pages.load_page(name)
        assert page.get("confirmations") == page.current_height - page.get("block") + 1
    assert pages.load_page("pizza").get("confirmations") == 6
    assert pages.load_page("genesis").get("confirmations") == 57_049
    heights = {pages.load_page(n).current_height for n in ("genesis", "pizza")}
    assert len(heights) == 1, "one practice network, one newest block"


def test_page_facts_match_the_shared_vectors(shared_vectors):
    facts = shared_vectors("explorer_practice_transactions.json")
    genesis, pizza, eth = (pages.load_page(n) for n in ("genesis", "pizza", "first-ethereum"))
    g = facts["bitcoin_genesis"]
    assert (genesis.get("txid"), genesis.get("block_hash"), genesis.get("block")) == (
        g["coinbase_txid"],
        g["block_hash"],
        g["block_height"],
    )
    assert (genesis.get("to"), genesis.get("message"), genesis.get("size")) == (
        g["explorer_address_shown"],
        g["coinbase_message"],
        g["raw_size_bytes"],
    )
    assert Decimal(genesis.get("value")) == Decimal(g["reward_btc"]) and genesis.get("from") is None
    p = facts["bitcoin_pizza"]
    assert (pizza.get("txid"), pizza.get("block"), pizza.get("block_hash")) == (
        p["txid"],
        p["block_height"],
        p["block_hash"],
    )
    assert (pizza.get("from"), pizza.get("to"), pizza.get("inputs")) == (
        p["from_address"],
        p["to_address"],
        p["inputs"],
    )
    assert (
        Decimal(pizza.get("fee"))
        == Decimal(p["fee_btc"])
        == Decimal(pizza.get("input_total")) - Decimal(pizza.get("value"))
    )
    e = facts["ethereum_first_transaction"]
    assert (eth.get("txid"), eth.get("block"), eth.get("from"), eth.get("to")) == (
        e["hash"],
        e["block_number"],
        e["from"],
        e["to"],
    )
    assert (
        Decimal(eth.get("fee"))
        == Decimal(e["fee_eth"])
        == eth.get("gas_used") * Decimal(eth.get("gas_price")) / 10**9
    )
    assert Decimal(eth.get("value")) == Decimal(e["value_wei"]) / 10**18


def test_the_made_up_page_uses_public_example_addresses_and_consistent_numbers(shared_vectors):
    made_up = pages.load_page("other-network")
    examples = shared_vectors("eip55_vectors.json")["valid"]["normal"]
    assert made_up.get("from") in examples and made_up.get("to") in examples
    assert (
        Decimal(made_up.get("fee"))
        == made_up.get("gas_used") * Decimal(made_up.get("gas_price")) / 10**9
    )
    assert made_up.unit("value") == "ETH" and made_up.unit("fee") == "BNB"


# --- page names and files are untrusted --------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "../lessons/pack",
        "pizza.json",
        "/etc/passwd",
        "PIZZA",
        "a" * 60,
        "",
        "pi zza",
        "..",
        "c:pizza",
        "pizza/",
        "nope",
    ],
)
def test_only_plain_names_of_shipped_pages_resolve(name):
    with pytest.raises(pages.PageProblem):
        pages.load_page(name)


@pytest.fixture
def page_folder(tmp_path, monkeypatch):
    folder = tmp_path / "explorer"
    folder.mkdir()
    monkeypatch.setattr(pages, "explorer_dir", lambda: folder)
    pages.load_page.cache_clear()
    yield folder
    pages.load_page.cache_clear()


GOOD_PAGE = {
    "format": 1,
    "practice": True,
    "network": "bsc",
    "current_height": 10,
    "fields": {"txid": "0x" + "ab" * 32, "status": "confirmed", "block": 8, "fee": "0.1"},
}


@pytest.mark.parametrize(
    "change",
    [
        {"practice": False},
        {"format": 2},
        {"network": "dogecoin"},
        {"current_height": "10"},
        {"current_height": True},
        {"fields": {"fee": "0.1"}},
        {"fields": {**GOOD_PAGE["fields"], "fee": 0.1}},
        {"fields": {**GOOD_PAGE["fields"], "fee": "lots"}},
        {"fields": {**GOOD_PAGE["fields"], "block": True}},
        {"fields": {**GOOD_PAGE["fields"], "confirmations": 3}},
        {"fields": {**GOOD_PAGE["fields"], "colour": "red"}},
        {"fields": ["txid"]},
    ],
)
def test_damaged_pages_are_refused_and_search_passes_them_over(page_folder, change):
    (page_folder / "good.json").write_text(json.dumps(GOOD_PAGE), encoding="utf-8")
    (page_folder / "bad.json").write_text(json.dumps({**GOOD_PAGE, **change}), encoding="utf-8")
    assert pages.load_page("good").get("confirmations") == 3
    with pytest.raises(pages.PageProblem):
        pages.load_page("bad")
    assert pages.search("bsc", "0x" + "ab" * 32).pages == ("good",)


def test_huge_binary_and_escaping_files_are_refused(page_folder, tmp_path):
    (page_folder / "huge.json").write_text(" " * (pages.MAX_PAGE_BYTES + 1) + json.dumps(GOOD_PAGE))
    (page_folder / "binary.json").write_bytes(b"\xff\xfe\x00")
    outside = tmp_path / "secret.json"
    outside.write_text(json.dumps(GOOD_PAGE), encoding="utf-8")
    (page_folder / "link.json").symlink_to(outside)
    for name in ("huge", "binary", "link"):
        with pytest.raises(pages.PageProblem):
            pages.load_page(name)


# --- search, one network at a time -------------------------------------------------------


def test_search_finds_a_transaction_only_on_its_own_network():
    assert pages.search("bsc", OTHER_TXID) == pages.SearchResult(
        "transaction", "bsc", OTHER_TXID, ("other-network",)
    )
    assert pages.search("ethereum", OTHER_TXID).kind == "not-found"
    assert pages.search("bitcoin", OTHER_TXID).kind == "not-found"


def test_search_forgives_what_pasting_does_but_not_a_changed_character():
    pasted = "  \u200b" + OTHER_TXID.upper().replace("0X", "0x") + "\n"
    assert pages.search("bsc", pasted).pages == ("other-network",)
    assert pages.search("bsc", OTHER_TXID[2:]).pages == (
        "other-network",
    )  # EVM explorers add the 0x
    assert pages.search("bsc", OTHER_TXID[:-1] + "4").kind == "not-found"
    assert pages.search("bsc", "").kind == "empty" and pages.search("bsc", " \n").kind == "empty"
    assert pages.search("bsc", "0x" + "a" * 5000).kind == "not-found"


def test_bitcoin_txids_are_found_as_displayed_not_in_internal_byte_order():
    assert pages.search(
        "bitcoin", "4a5e1e4baab89f3a32518a88c31bc87f618f76673e2cc77ab2127b7afdeda33b"
    ).pages == ("genesis",)
    assert (
        pages.search(
            "bitcoin", "3ba3edfd7a7b12b27ac72c3e67768f617fc81bc3888a51323a9fb8aa4b1e5e4a"
        ).kind
        == "not-found"
    )
    assert (
        pages.search(
            "ethereum", "a1075db55d416d3ca199f55b6084e2115b9345e16c5cf302fc80e9d5fbf5d48d"
        ).kind
        == "not-found"
    )


def test_an_address_lists_its_transactions_on_that_network_only():
    address = "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359"
    assert pages.search("bsc", address.lower()) == pages.SearchResult(
        "address", "bsc", address.lower(), ("other-network",)
    )
    assert pages.search("ethereum", address).kind == "not-found"
    assert pages.search("bsc", address[2:]).kind == "not-found"  # 40 bare digits are not an address
    assert pages.search("bitcoin", "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa").pages == ("genesis",)
    assert (
        pages.search("bitcoin", "1a1zp1ep5qgefi2dmptftl5slmv7divfna").kind == "not-found"
    )  # Base58 keeps case


# --- validation --------------------------------------------------------------------------


def test_the_test_lesson_and_the_shipped_explorer_lessons_are_clean(tmp_path):
    assert problems(tmp_path, LESSON) == []


def test_an_unknown_page_names_field_line_and_the_pages_there_are(tmp_path):
    [found] = problems(
        tmp_path, LESSON.replace("page: pizza\n    task: click", "page: piza\n    task: click")
    )
    assert (found["field"], found["line"]) == ("steps[1].page", "8")
    assert "no practice explorer page called `piza`" in found["what"]
    assert "did you mean `pizza`" in found["fix"] and "genesis" in found["fix"]


@pytest.mark.parametrize("name", ["../../etc/passwd", "pizza.json", "C:\\\\pizza", "sub/pizza"])
def test_a_page_name_with_folders_or_dots_is_a_problem(tmp_path, name):
    [found] = problems(
        tmp_path, LESSON.replace("page: pizza\n    task: click", f'page: "{name}"\n    task: click')
    )
    assert found["field"] == "steps[1].page" and "plain name" in found["what"]


def test_an_unknown_field_names_the_fields_the_page_has(tmp_path):
    [found] = problems(tmp_path, LESSON.replace("field: fee", "field: fees"))
    assert (found["field"], found["line"]) == ("steps[1].field", "10")
    assert "has no field `fees`" in found["what"] and "did you mean `fee`" in found["fix"]
    [found] = problems(
        tmp_path, LESSON.replace("field: fee", "field: gas_price")
    )  # not on a Bitcoin page
    assert "has no field `gas_price`" in found["what"]


def test_an_unknown_field_in_feedback_points_at_its_key(tmp_path):
    [found] = problems(tmp_path, LESSON.replace("      value: That is", "      valu: That is"))
    assert (found["field"], found["line"], found["col"]) == ("steps[1].feedback.valu", "13", "7")
    assert "did you mean `value`" in found["fix"]
    [found] = problems(tmp_path, LESSON.replace("      ethereum: Not on", "      solana: Not on"))
    assert found["field"] == "steps[3].feedback.solana" and "not a network" in found["what"]


@pytest.mark.parametrize(
    "old, new, field, words",
    [
        ("task: click", "task: clik", "steps[1].task", "unknown task"),
        ("    field: fee\n", "", "steps[1]", "needs `field:`"),
        (
            "    network: ethereum\n",
            "    network: ethereum\n    field: fee\n",
            "steps[3].field",
            "doesn't use `field`",
        ),
        (
            "    network: ethereum\n",
            "    network: etherium\n",
            "steps[3].network",
            "can't open on `etherium`",
        ),
        (
            "    field: fee\n",
            "    field: fee\n    network: ethereum\n",
            "steps[1].network",
            "can't open",
        ),
        (
            "      value: That is what the seller received.",
            "      value: 12",
            "steps[1].feedback.value",
            "expected text",
        ),
        (
            "    feedback:\n      value:",
            "    feedback: [value]\n    other:\n      value:",
            "steps[1].feedback",
            "set of fields",
        ),
    ],
)
def test_other_mistakes_are_named_with_field_and_fix(tmp_path, old, new, field, words):
    found = problems(tmp_path, LESSON.replace(old, new, 1))
    assert any(f["field"] == field and words in f["what"] for f in found), found


# --- checking ----------------------------------------------------------------------------


def check(step, answer):
    return STEP_KINDS["explorer"].checker.check(step, answer)


def test_click_accepts_the_field_and_explains_the_others(steps):
    step = steps["click-fee"]
    assert check(step, {"field": "fee"}).code == fb.GOT_IT
    assert check(step, "Fee").code == fb.GOT_IT and check(step, " fee. ").code == fb.GOT_IT
    value = check(step, {"field": "value"})
    assert (
        value.code == fb.NOT_YET and value.params["feedback"] == "That is what the seller received."
    )
    assert (
        check(step, {"field": "block"}).code == fb.NOT_YET
        and "feedback" not in check(step, "block").params
    )
    assert check(step, {"field": "fee", "page": "pizza"}).code == fb.GOT_IT
    assert (
        check(step, {"field": "fee", "page": "genesis"}).code == fb.NOT_YET
    )  # the fee of another page
    assert check(step, {"field": None}).code == fb.EMPTY and check(step, None).code == fb.EMPTY
    assert check(step, {"field": ["fee"]}).code == fb.EMPTY and check(step, 42).code == fb.EMPTY


@pytest.mark.parametrize(
    "typed, code",
    [
        ("6", fb.GOT_IT),
        (" 6 confirmations ", fb.GOT_IT),
        ("6.0", fb.GOT_IT),
        ("６", fb.GOT_IT),
        ("7", fb.NOT_YET),
        ("a few", fb.UNREADABLE),
        ("", fb.EMPTY),
        ("-6", fb.NOT_YET),
        ("1e400000", fb.NOT_YET),
    ],
)
def test_type_reads_numbers_kindly(steps, typed, code):
    assert check(steps["confirmations"], {"text": typed}).code == code
    assert (
        check(steps["confirmations"], {"text": typed, "page": "genesis"}).code == code
    )  # page not needed


def test_type_answers_an_anticipated_answer_and_says_close(steps, tmp_path):
    step = steps["confirmations"]
    said = check(step, "5")
    assert said.code == fb.NOT_YET and said.params["feedback"] == "Its own block counts too."
    fee = lesson(
        tmp_path, LESSON.replace("field: confirmations", "field: fee").replace('"5"', '"10000"')
    ).steps[1]
    assert check(fee, "0.99 BTC").code == fb.GOT_IT and check(fee, "0,99").code == fb.GOT_IT
    assert check(fee, "0.95").code == fb.CLOSE


@pytest.mark.parametrize(
    "field, typed",
    [
        ("network", "BNB Smart Chain"),
        ("network", "bsc"),
        ("status", "Success"),
        ("to", "0XFB6916095CA1DF60BB79CE92CE3EA74C37C5D359"),
        ("value", "0.5 ETH"),
        ("time", "2024-03-14 02:10:42 UTC"),
        ("txid", OTHER_TXID[2:]),
    ],
)
def test_type_reads_words_and_hashes_kindly(tmp_path, field, typed):
    text = LESSON.replace(
        "page: pizza\n    task: type\n    field: confirmations",
        f"page: other-network\n    task: type\n    field: {field}",
    )
    step = lesson(tmp_path, text).steps[1]
    assert check(step, typed).code == fb.GOT_IT
    assert check(step, "Ethereum").code in (fb.NOT_YET, fb.UNREADABLE)


def test_find_needs_the_page_on_its_own_network(steps):
    step = steps["find-it"]
    assert check(step, {"searched": False, "network": "ethereum", "page": None}).code == fb.EMPTY
    missed = check(step, {"searched": True, "network": "ethereum", "page": None})
    assert missed.code == fb.NOT_YET and missed.params["feedback"] == "Not on this network."
    assert (
        check(step, {"searched": True, "network": "bitcoin", "page": "genesis"}).code == fb.NOT_YET
    )
    assert (
        check(step, {"searched": True, "network": "bsc", "page": "other-network"}).code == fb.GOT_IT
    )
    assert (
        check(step, {"searched": True, "network": "ethereum", "page": "other-network"}).code
        == fb.NOT_YET
    )
    assert check(step, OTHER_TXID).code == fb.GOT_IT and check(step, "0x1234").code == fb.NOT_YET
    assert check(step, "   ").code == fb.EMPTY


def test_show_me_then_its_answer_is_got_it_for_every_task(tmp_path):
    for step in lesson(tmp_path).steps:
        session = Session(lesson(tmp_path), start_at=step.index)
        shown = session.show_me()
        if step.spec.task == "click":  # the line itself: the interface names it in words
            assert "answer" not in shown.params and shown.params["field"] == step.spec.field
            assert session.submit({"field": shown.params["field"]}).code == fb.GOT_IT, step.id
            continue
        assert shown.params["answer"]
        assert session.submit(shown.params["answer"]).code == fb.GOT_IT, step.id
    reveal = STEP_KINDS["explorer"].checker.reveal
    assert reveal(lesson(tmp_path).steps[0]) == {"field": "fee"}  # no English from the core
    assert reveal(lesson(tmp_path).steps[1]) == {"answer": "6", "field": "confirmations"}
    assert reveal(lesson(tmp_path).steps[2]) == {
        "answer": OTHER_TXID,
        "page": "other-network",
        "network": "bsc",
    }


def test_shipped_explorer_steps_answer_their_anticipated_answers_kindly():
    from holdspace.core.paths import builtin_pack_dir

    pack = open_pack(builtin_pack_dir())
    steps = [s for x in pack.lessons for s in x.steps if s.kind == "explorer"]
    assert {s.spec.task for s in steps} == {"click", "type", "find"}
    for step in steps:
        for given, said in step.spec.feedback:
            if step.spec.task == "type":
                result = check(step, given)
            elif step.spec.task == "click":
                result = check(step, {"field": given, "page": step.spec.page})
            else:
                result = check(step, {"searched": True, "network": given, "page": None})
            assert result.code == fb.NOT_YET and result.params["feedback"] == said, (step.id, given)
