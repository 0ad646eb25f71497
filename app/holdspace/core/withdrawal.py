"""A practice exchange withdrawal: the networks its drop-down offers, and what a mismatch does.

The learner copies a receiving side's deposit screen (network, address, memo or
tag) into a withdrawal form. This module knows the networks such forms name, the
shape of each network's addresses, and compares a filled-in form with the deposit
screen. It says *which* things differ as codes; the interface words each code.

Nothing here fetches anything or can move coins: every address a lesson shows is
made up and fails its network's checksum, so it could never receive coins.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, TypedDict

from . import answers, paste
from .addresses import BASE58_ALPHABET, AddressError, b58check_decode

# What a network calls its deposit label, when it has one.
DESTINATION_TAG = "destination-tag"  # XRP Ledger: a whole number (32 bits)
MEMO = "memo"

# Address shapes (the exchange checks this much before sending).
EVM, TRON, XRPL, BITCOIN = "evm", "tron", "xrpl", "bitcoin"


@dataclass(frozen=True)
class Network:
    """A network a withdrawal screen may offer, as exchanges label it."""

    id: str
    label: str  # the name withdrawal screens commonly show
    shape: str  # EVM | TRON | XRPL | BITCOIN
    memo: str = ""  # "" when the network carries no memo or tag


# Labels as exchanges write them; "BSC" and "BEP-20" name the same network.
NETWORKS: dict[str, Network] = {
    n.id: n
    for n in (
        Network("ethereum", "Ethereum (ERC-20)", EVM),
        Network("bsc", "BNB Smart Chain (BEP-20)", EVM),
        Network("arbitrum-one", "Arbitrum One", EVM),
        Network("tron", "Tron (TRC-20)", TRON),
        Network("bitcoin", "Bitcoin", BITCOIN),
        Network("xrpl", "XRP Ledger", XRPL, DESTINATION_TAG),
    )
}

# The XRP Ledger writes Base58 with its own alphabet (the same checksum as Bitcoin's).
XRPL_ALPHABET = "rpshnaf39wBUDNEGHJKLM4PQRST7VWXYZ2bcdeCg65jkm8oFqi1tuvAxyz"
_TO_BITCOIN = str.maketrans(XRPL_ALPHABET, BASE58_ALPHABET)
_SHAPES = {
    EVM: re.compile(r"^0x[0-9a-fA-F]{40}$"),
    TRON: re.compile(rf"^T[{BASE58_ALPHABET}]{{33}}$"),
    XRPL: re.compile(rf"^r[{XRPL_ALPHABET}]{{24,34}}$"),
}
MAX_TAG = 2**32 - 1  # destination tags are 32-bit unsigned integers (xrpl.org)
MAX_MEMO = 28  # the shortest memo limit among networks that use text memos

# What can differ between the form and the deposit screen, in the order they are told.
NO_NETWORK = "no-network"  # no network picked yet
OTHER_NETWORK = "other-network"  # the coins would go out on a network the receiver doesn't watch
OTHER_ADDRESS = "other-address"  # someone else's address: no undo
NO_MEMO = "no-memo"  # reaches the exchange, not the account
OTHER_MEMO = "other-memo"  # reaches the exchange, credited to the wrong label
NO_AMOUNT = "no-amount"
AMOUNT_UNREADABLE = "amount-unreadable"
NOT_ABOVE_FEE = "not-above-fee"  # nothing would be left after the fee
BELOW_MINIMUM = "below-minimum"  # the exchange won't send it
MISMATCHES = (
    NO_NETWORK,
    OTHER_NETWORK,
    OTHER_ADDRESS,
    NO_MEMO,
    OTHER_MEMO,
    NO_AMOUNT,
    AMOUNT_UNREADABLE,
    NOT_ABOVE_FEE,
    BELOW_MINIMUM,
)


@dataclass(frozen=True)
class NetworkOption:
    """One line of the form's network drop-down, with what withdrawing on it costs."""

    network: Network
    label: str
    fee: Decimal
    minimum: Decimal


@dataclass(frozen=True)
class DepositScreen:
    """What the receiving side shows: the one network it watches, its address, its memo."""

    network: Network
    label: str
    address: str
    memo: str = ""  # "" when the screen shows none


@dataclass(frozen=True)
class WithdrawalSpec:
    """A `withdrawal` step: the asset, the deposit screen and the networks offered."""

    asset: str
    deposit: DepositScreen
    options: tuple[NetworkOption, ...]
    start: str = ""  # network id the drop-down starts on; "" for none
    amount: str = ""  # what the amount box starts with

    def option(self, network_id: str) -> NetworkOption | None:
        return next((o for o in self.options if o.network.id == network_id), None)

    @property
    def deposit_option(self) -> NetworkOption:
        """The deposit network's row of the form (validation builds the deposit from one)."""
        found = self.option(self.deposit.network.id)
        if found is None:
            raise LookupError(f"the form offers no {self.deposit.network.id} network")
        return found

    @property
    def answer_amount(self) -> str:
        """An amount the form accepts: the author's, else the deposit network's minimum."""
        return self.amount or plain_amount(self.deposit_option.minimum)


class WithdrawalForm(TypedDict):
    """What the learner filled in: the step's value, and what "show me" fills in."""

    network: str  # network id picked; "" for none
    address: str
    memo: str  # "" when the picked network has no memo field
    amount: str


def form_of(answer: Any) -> WithdrawalForm:
    """The form as given, each part a text ("" where missing): answers come from outside."""
    given = answer if isinstance(answer, dict) else {}

    def text(key: str) -> str:
        value = given.get(key)
        return value if isinstance(value, str) else ""

    return WithdrawalForm(
        network=text("network"), address=text("address"), memo=text("memo"), amount=text("amount")
    )


# --- addresses and memos -------------------------------------------------------------


def clean(text: str) -> str:
    """As compared: no spaces anywhere and no invisible marks (a paste may carry them)."""
    return paste.compare(text or "", "").a


def fits(shape: str, text: str) -> bool:
    """Has ``text`` the shape of an address on networks of this shape?"""
    text = clean(text)
    if shape == BITCOIN:
        found = paste.identify(text)
        return (
            found.kind.startswith("btc-")
            and found.kind not in ("btc-txid", "btc-private-key")
            and "testnet" not in found.notes
        )
    return bool(_SHAPES[shape].match(text))


def checksum_holds(shape: str, text: str) -> bool | None:
    """True when the address passes its checksum (so it could be someone's); None: no checksum."""
    text = clean(text)
    if shape in (EVM, BITCOIN):
        found = paste.identify(text)
        if any(
            n in found.notes for n in ("all-lowercase-no-checksum", "all-uppercase-no-checksum")
        ):
            return None
        return found.valid is True
    try:
        b58check_decode(text.translate(_TO_BITCOIN) if shape == XRPL else text)
    except AddressError:
        return False
    return True


def same_address(shape: str, want: str, given: str) -> bool:
    """Spaces never matter; letter case only in hex and bech32, which read the same either way."""
    want, given = clean(want), clean(given)
    if want == given:
        return True
    if shape == EVM or (shape == BITCOIN and want.lower().startswith("bc1")):
        return want.lower() == given.lower()
    return False


def same_memo(network: Network, want: str, given: str) -> bool:
    want, given = answers.normalize(want), answers.normalize(given)
    if network.memo == DESTINATION_TAG and want.isdigit() and given.isdigit():
        return int(want) == int(given)  # "0583021" is tag 583021
    return want == given


def memo_problem(network: Network, memo: str) -> str:
    """Why this memo can't be one on this network ("" when it can)."""
    if not network.memo:
        return "no-memo-field"
    if network.memo == DESTINATION_TAG:
        return "" if memo.isdigit() and int(memo) <= MAX_TAG else "tag-not-a-number"
    return "" if 0 < len(memo.encode()) <= MAX_MEMO else "memo-too-long"


# --- amounts ---------------------------------------------------------------------------


def read_amount(text: str, asset: str) -> Decimal | None:
    """ "50", "50 USDT", "50,00", "$50": the amount a person means, in the asset's units."""
    clean_text = answers.normalize(text)
    if clean_text.casefold().endswith(asset.casefold()):
        clean_text = clean_text[: -len(asset)].strip()
    return answers.read_money(clean_text)


def plain_amount(value: Decimal) -> str:
    """An amount as a person writes it: "10", "0.8", "1.25" (no exponent, no trailing zeros)."""
    return format(value.normalize(), "f")


# --- comparing ---------------------------------------------------------------------------


def is_empty(form: WithdrawalForm) -> bool:
    return not clean(form["address"]) and not answers.normalize(form["memo"])


def mismatches(spec: WithdrawalSpec, form: WithdrawalForm) -> list[str]:
    """Every way the form differs from the deposit screen, in the order to tell them."""
    deposit = spec.deposit
    found: list[str] = []
    option = spec.option(form["network"])
    if option is None:
        found.append(NO_NETWORK)
    elif option.network.id != deposit.network.id:
        found.append(OTHER_NETWORK)
    if not same_address(deposit.network.shape, deposit.address, form["address"]):
        found.append(OTHER_ADDRESS)
    if deposit.memo and option is not None and option.network.memo:
        # On a network whose form has no memo field, the other network is the story.
        if not answers.normalize(form["memo"]):
            found.append(NO_MEMO)
        elif not same_memo(deposit.network, deposit.memo, form["memo"]):
            found.append(OTHER_MEMO)
    found.extend(amount_problems(spec, option, form["amount"]))
    return found


def amount_problems(spec: WithdrawalSpec, option: NetworkOption | None, text: str) -> list[str]:
    if not answers.normalize(text):
        return [NO_AMOUNT]
    value = read_amount(text, spec.asset)
    if value is None:
        return [AMOUNT_UNREADABLE]
    rules = option or spec.deposit_option
    if value <= rules.fee:
        return [NOT_ABOVE_FEE]
    if value < rules.minimum:
        return [BELOW_MINIMUM]
    return []


def received(option: NetworkOption, amount: Decimal) -> Decimal:
    """What arrives when the fee is taken from the amount (as the practice form does)."""
    return max(amount - option.fee, Decimal(0))
