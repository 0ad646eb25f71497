"""The withdrawal step kind: a practice withdrawal form checked against a deposit screen."""

from __future__ import annotations

import re
from decimal import Decimal

from holdspace.core import feedback as fb
from holdspace.core import withdrawal as wd
from holdspace.core.lessons import open_pack, validate_path
from holdspace.core.session import Session
from packkit import write_pack

LINE = re.compile(
    r"^(?P<file>[^:]+):(?P<line>\d+):(?P<col>\d+): (?P<field>\S+): (?P<what>.+) — (?P<fix>.+)$"
)
TRON = "TSTK6BGoWVTpeB4nBqraNvkeRfWFXfGJNj"  # made up: its checksum fails
TRON_REAL_SHAPE = "TSTK6BGoWVTpeB4nBiraNvkeRfWFXfGJNj"  # the same with a checksum that holds
XRP = "rw5CYJaJw42j2h72kC8MdXyGtQ54ymmmyT"  # made up: its checksum fails
XRPL_DOCS = "rf1BiGeXwwQoi8Z2ueFYTEXSwuJYfV2Jpn"  # an example address from xrpl.org (valid)
EVM = "0x447CC5Ca2B2E1b22DB10Eaa646444eC792a7Eee7"  # made up: mixed case, EIP-55 fails
HEAD = """\
id: test.withdraw
topic: explorers
title: Withdraw
summary: Match the deposit screen.
steps:
"""
USDT = """\
  - id: usdt
    kind: withdrawal
    prompt: Fill in the withdrawal.
    asset: USDT
    start: ethereum
    deposit:
      network: tron
      label: Tron (TRC20)
      address: "{address}"
    networks:
      - {{network: ethereum, label: ERC-20, fee: "4", minimum: "10"}}
      - {{network: tron, label: TRC-20, fee: "1", minimum: "5"}}
      - {{network: bsc, label: BSC, fee: "0.5", minimum: "5"}}
    hints: [Look at the deposit screen.]
    explain: Same network on both screens.
"""
XRP_STEP = """\
  - id: xrp
    kind: withdrawal
    prompt: Send XRP to the exchange.
    asset: XRP
    amount: "30"
    deposit: {{network: xrpl, address: "{address}", memo: "{memo}"}}
    networks:
      - {{network: xrpl, fee: "0.2", minimum: "20"}}
      - {{network: bsc, label: BEP-20, fee: "0.1", minimum: "10"}}
    hints: [The tag too.]
    explain: The tag tells the exchange whose deposit it is.
"""


def load(tmp_path, steps: str):
    root = write_pack(tmp_path / "pack", {"en/explorers/01-withdraw.yaml": HEAD + steps})
    return open_pack(root).lessons[0]


def problems(tmp_path, steps: str) -> list[dict]:
    root = write_pack(tmp_path / "pack", {"en/explorers/01-withdraw.yaml": HEAD + steps})
    return [LINE.match(str(p)).groupdict() for p in validate_path(root)]


def check(lesson, index: int, **form: str) -> fb.Feedback:
    return Session(lesson, start_at=index).submit(wd.WithdrawalForm(**form))


# --- building steps ---------------------------------------------------------------------


def test_a_step_builds_its_deposit_screen_and_drop_down(tmp_path):
    lesson = load(tmp_path, USDT.format(address=TRON) + XRP_STEP.format(address=XRP, memo="583021"))
    usdt, xrp = (s.spec for s in lesson.steps)
    assert usdt.deposit.network.id == "tron" and usdt.deposit.label == "Tron (TRC20)"
    assert [o.label for o in usdt.options] == ["ERC-20", "TRC-20", "BSC"]
    assert usdt.option("bsc").fee == Decimal("0.5") and usdt.start == "ethereum"
    assert xrp.deposit.memo == "583021" and xrp.deposit.network.memo == wd.DESTINATION_TAG
    assert xrp.option("xrpl").label == "XRP Ledger"  # the catalogue's label when none is given
    assert all(step.is_check for step in lesson.steps)


def test_the_validator_names_each_authoring_slip_with_line_and_column(tmp_path):
    bad = USDT.format(address=TRON).replace("network: tron\n", "network: solana\n")
    found = problems(tmp_path, bad)
    assert [(p["field"], p["what"]) for p in found] == [
        ("steps[1].deposit.network", "unknown network `solana`")
    ]
    assert found[0]["line"] == "12" and "ethereum" in found[0]["fix"]

    missing = USDT.format(address=TRON).replace(
        '      - {network: tron, label: TRC-20, fee: "1", minimum: "5"}\n', ""
    )
    assert [p["what"] for p in problems(tmp_path, missing)] == [
        "the deposit screen's network is not in the form's list"
    ]

    memo_on_tron = USDT.format(address=TRON).replace(
        "      label: Tron (TRC20)\n", '      memo: "12"\n'
    )
    assert [p["what"] for p in problems(tmp_path, memo_on_tron)] == [
        "Tron (TRC-20) deposits carry no memo or tag"
    ]

    tag = problems(tmp_path, XRP_STEP.format(address=XRP, memo="58302a"))
    assert [p["what"] for p in tag] == ["a destination tag is a whole number from 0 to 4294967295"]

    cheap = USDT.format(address=TRON).replace('fee: "1", minimum: "5"', 'fee: "5", minimum: "5"')
    assert [p["what"] for p in problems(tmp_path, cheap)] == ["the minimum is not above the fee"]

    twice = USDT.format(address=TRON).replace(
        "network: bsc, label: BSC", "network: tron, label: BSC"
    )
    assert [p["what"] for p in problems(tmp_path, twice)] == ["this network is already in the list"]

    start = USDT.format(address=TRON).replace("start: ethereum", "start: bitcoin")
    assert [p["what"] for p in problems(tmp_path, start)] == [
        "the form can't start on a network it does not list"
    ]

    small = XRP_STEP.format(address=XRP, memo="1").replace('amount: "30"', 'amount: "12"')
    assert [p["what"] for p in problems(tmp_path, small)] == [
        "this amount could not be sent on the deposit screen's network"
    ]

    typo = USDT.format(address=TRON).replace("    start:", "    strat:")
    assert "did you mean `start`?" in problems(tmp_path, typo)[0]["fix"]


def test_only_made_up_addresses_of_the_networks_shape_are_accepted(tmp_path):
    wrong_shape = problems(tmp_path, USDT.format(address=EVM))
    assert [p["what"] for p in wrong_shape] == [
        "this is not shaped like an address on Tron (TRC-20)"
    ]
    found = problems(tmp_path, USDT.format(address=TRON_REAL_SHAPE))
    assert "could be someone's real address" in found[0]["what"]
    lowercase = USDT.format(address=EVM.lower()).replace("network: tron\n", "network: ethereum\n")
    assert (
        "or has none" in problems(tmp_path, lowercase)[0]["what"]
    )  # no checksum: can't be shown made up
    found = problems(tmp_path, XRP_STEP.format(address=XRPL_DOCS, memo="1"))
    assert "could be someone's real address" in found[0]["what"]
    assert (
        wd.checksum_holds(wd.XRPL, XRPL_DOCS) is True and wd.checksum_holds(wd.XRPL, XRP) is False
    )
    assert wd.checksum_holds(wd.EVM, EVM.lower()) is None  # no checksum: can't be shown made up


# --- checking ---------------------------------------------------------------------------


def test_the_matching_form_is_accepted_however_the_address_was_spaced(tmp_path):
    lesson = load(tmp_path, USDT.format(address=TRON) + XRP_STEP.format(address=XRP, memo="583021"))
    spaced = " ".join(TRON[i : i + 4] for i in range(0, len(TRON), 4))
    assert check(lesson, 0, network="tron", address=spaced, amount="50 USDT").code == fb.GOT_IT
    assert (
        check(lesson, 1, network="xrpl", address=XRP, memo="0583021", amount="30").code == fb.GOT_IT
    )


def test_each_mismatch_is_named_with_what_the_interface_needs_to_explain_it(tmp_path):
    lesson = load(tmp_path, USDT.format(address=TRON) + XRP_STEP.format(address=XRP, memo="583021"))
    other = check(lesson, 0, network="ethereum", address=TRON, amount="50")
    assert other.code == fb.NOT_YET and other.params["mismatches"] == [wd.OTHER_NETWORK]
    assert (
        other.params["picked_network"] == "ERC-20"
        and other.params["deposit_network"] == "Tron (TRC20)"
    )
    assert other.params["refused"] is True  # a T… address is not an Ethereum address

    everything = check(lesson, 1, network="xrpl", address=XRP[:-1] + "z", memo="", amount="15")
    assert everything.params["mismatches"] == [wd.OTHER_ADDRESS, wd.NO_MEMO, wd.BELOW_MINIMUM]
    assert (
        everything.params["minimum"] == "20"
        and everything.params["memo_kind"] == wd.DESTINATION_TAG
    )

    slip = check(lesson, 1, network="xrpl", address=XRP, memo="58302", amount="0.1")
    assert (
        slip.params["mismatches"] == [wd.OTHER_MEMO, wd.NOT_ABOVE_FEE]
        and slip.params["fee"] == "0.2"
    )

    # On BEP-20 the form has no tag field: the other network is the one thing to tell.
    bep = check(lesson, 1, network="bsc", address=XRP, memo="", amount="30")
    assert bep.params["mismatches"] == [wd.OTHER_NETWORK] and bep.params["refused"] is True
    assert check(lesson, 1, address=XRP, memo="583021", amount="lots").params["mismatches"] == [
        wd.NO_NETWORK,
        wd.AMOUNT_UNREADABLE,
    ]


def test_an_empty_form_is_not_a_try_and_a_phrase_is_never_checked(tmp_path):
    lesson = load(tmp_path, USDT.format(address=TRON))
    assert check(lesson, 0, network="ethereum", amount="50").code == fb.EMPTY
    phrase = " ".join(["abandon"] * 11 + ["about"])
    assert check(lesson, 0, network="tron", address=phrase, amount="50").code == fb.PHRASE_REFUSED


def test_show_me_fills_a_form_the_checker_accepts(tmp_path):
    lesson = load(tmp_path, USDT.format(address=TRON) + XRP_STEP.format(address=XRP, memo="583021"))
    for index in (0, 1):
        session = Session(lesson, start_at=index)
        shown = session.show_me()
        assert lesson.steps[index].spec.deposit.address in shown.params["answer"]
        assert session.submit(shown.params["form"]).code == fb.GOT_IT
    assert Session(lesson, start_at=0).show_me().params["form"]["amount"] == "5"  # the minimum
