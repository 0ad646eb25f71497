"""Withdrawal: fill in a practice exchange withdrawal form to match a deposit screen.

The author declares the receiving side's deposit screen (network, address, a memo
or tag when it shows one) and the form's network drop-down (each option with its
fee and minimum). The learner picks a network, pastes the address, copies the memo
and types an amount. Check names each mismatch as a code (``core.withdrawal``),
with what the interface needs to say what that mismatch would do.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from .. import withdrawal as wd
from ..feedback import EMPTY, GOT_IT, NOT_YET, Feedback, FeedbackParams, Reveal
from ..lessons.fields import Rule, check_fields, check_value
from ..lessons.kinds import StepKind
from ..lessons.model import Step
from ..lessons.problems import Report

KIND = "withdrawal"
MAX_OPTIONS = 6  # more than a learner can compare calmly on a small screen
MAX_LABEL = 40
_ASSET = re.compile(r"^[A-Za-z0-9.$-]{1,12}$")
_OPTION_RULES = {
    "network": Rule("text", required=True),
    "label": Rule("text"),
    "fee": Rule("text", required=True),
    "minimum": Rule("text", required=True),
}
_DEPOSIT_RULES = {
    "network": Rule("text", required=True),
    "label": Rule("text"),
    "address": Rule("text", required=True),
    "memo": Rule("text"),
}
_NETWORK_IDS = ", ".join(wd.NETWORKS)


# The not-yet's own parameters (declared in ``core.feedback.FeedbackParams``), worded by
# the widget: each mismatch, and what its words need.
DETAILS = frozenset(
    {
        "mismatches",
        "asset",
        "picked_network",
        "deposit_network",
        "refused",
        "memo_kind",
        "fee",
        "minimum",
    }
)


# --- building a step from YAML --------------------------------------------------------


def _network(report: Report, path: tuple, value: str) -> wd.Network | None:
    network = wd.NETWORKS.get(value.strip())
    if network is None:
        report.add(path, f"unknown network `{value}`", f"use one of: {_NETWORK_IDS}")
    return network


def _amount(report: Report, path: tuple, value: str, asset: str) -> Decimal | None:
    amount = wd.read_amount(value, asset)
    if amount is None or amount < 0:
        report.add(
            path,
            'expected an amount such as "10" or "0.8"',
            "write the amount in quotes, in the coin's own units",
        )
        return None
    return amount


def _label(report: Report, path: tuple, good: dict, network: wd.Network) -> str:
    label = " ".join(good.get("label", network.label).split())
    if len(label) > MAX_LABEL:
        report.add(
            path + ("label",),
            "this label is longer than a drop-down can show",
            f'keep it under {MAX_LABEL} characters, as exchanges do ("BSC", "TRC-20")',
        )
    return label


def _option(report: Report, path: tuple, raw: Any, asset: str) -> wd.NetworkOption | None:
    if not check_value(report, path, raw, Rule("mapping")):
        return None
    good = check_fields(report, path, raw, _OPTION_RULES, what="network option")
    if len(good) < 3 or "network" not in good:
        return None
    network = _network(report, path + ("network",), good["network"])
    fee = _amount(report, path + ("fee",), good["fee"], asset) if "fee" in good else None
    minimum = (
        _amount(report, path + ("minimum",), good["minimum"], asset) if "minimum" in good else None
    )
    if network is None or fee is None or minimum is None:
        return None
    if minimum <= fee:
        report.add(
            path + ("minimum",),
            "the minimum is not above the fee",
            "exchanges set the minimum above the fee, so something arrives; raise it",
        )
        return None
    return wd.NetworkOption(network, _label(report, path, good, network), fee, minimum)


def _options(
    report: Report, path: tuple, raw: list, asset: str
) -> tuple[wd.NetworkOption, ...] | None:
    if len(raw) > MAX_OPTIONS:
        report.add(
            path,
            f"{len(raw)} networks are more than a learner can compare calmly",
            f"keep at most {MAX_OPTIONS}: the deposit screen's network and the likely slips",
        )
        return None
    options: list[wd.NetworkOption] = []
    for index, item in enumerate(raw):
        option = _option(report, path + (index,), item, asset)
        if option is None:
            continue
        if any(o.network.id == option.network.id for o in options):
            report.add(
                path + (index, "network"),
                "this network is already in the list",
                "list each network once; give it the label you want with `label:`",
            )
        elif any(o.label.casefold() == option.label.casefold() for o in options):
            report.add(
                path + (index, "label"),
                "two networks have the same label",
                "give each network its own label, as the drop-down shows it",
            )
        else:
            options.append(option)
    return tuple(options) if len(options) == len(raw) else None


def _deposit(
    report: Report, path: tuple, raw: dict, options: tuple[wd.NetworkOption, ...]
) -> wd.DepositScreen | None:
    good = check_fields(report, path, raw, _DEPOSIT_RULES, what="deposit screen")
    if "network" not in good or "address" not in good:
        return None
    network = _network(report, path + ("network",), good["network"])
    if network is None:
        return None
    if not any(o.network.id == network.id for o in options):
        report.add(
            path + ("network",),
            "the deposit screen's network is not in the form's list",
            "add it under `networks:`, so the learner can pick it",
        )
        return None
    address = _address(report, path + ("address",), network, good["address"])
    memo = _memo(report, path + ("memo",), network, good["memo"]) if "memo" in good else ""
    if address is None or memo is None:
        return None
    return wd.DepositScreen(network, _label(report, path, good, network), address, memo)


def _address(report: Report, path: tuple, network: wd.Network, value: str) -> str | None:
    text = wd.clean(value)
    if not wd.fits(network.shape, text):
        report.add(
            path,
            f"this is not shaped like an address on {network.label}",
            "write an address of that network's shape (0x…, T…, r… or bc1…)",
        )
        return None
    holds = wd.checksum_holds(network.shape, text)
    if holds is not False:
        report.add(
            path,
            "this address passes its checksum, or has none, so it could be someone's real address",
            "use a made-up address whose checksum fails "
            "(for 0x addresses, mixed case); change one character of a real one",
        )
        return None
    return text


def _memo(report: Report, path: tuple, network: wd.Network, value: str) -> str | None:
    memo = " ".join(value.split())
    problem = wd.memo_problem(network, memo)
    if problem == "no-memo-field":
        report.add(
            path,
            f"{network.label} deposits carry no memo or tag",
            "remove `memo`, or use a network that takes one (xrpl)",
            at_key=True,
        )
    elif problem == "tag-not-a-number":
        report.add(
            path,
            "a destination tag is a whole number from 0 to 4294967295",
            'write the digits in quotes, e.g. memo: "583021"',
        )
    elif problem:
        report.add(path, f"a memo is at most {wd.MAX_MEMO} bytes", "shorten it")
    return None if problem else memo


def _build(report: Report, path: tuple, data: dict) -> wd.WithdrawalSpec | None:
    asset = data.get("asset", "")
    if not isinstance(asset, str) or not _ASSET.match(asset.strip()):
        if isinstance(asset, str):
            report.add(
                path + ("asset",),
                "expected a coin's ticker, such as USDT or XRP",
                "write the ticker without spaces, up to 12 characters",
            )
        return None
    asset = asset.strip()
    raw_options, raw_deposit = data.get("networks"), data.get("deposit")
    if not isinstance(raw_options, list) or not isinstance(raw_deposit, dict):
        return None
    options = _options(report, path + ("networks",), raw_options, asset)
    if options is None:
        return None
    deposit = _deposit(report, path + ("deposit",), raw_deposit, options)
    start = _start(report, path, data, options)
    spec = wd.WithdrawalSpec(asset, deposit, options, start or "") if deposit else None
    if spec is None or start is None:
        return None
    return _with_amount(report, path, data, spec)


def _start(
    report: Report, path: tuple, data: dict, options: tuple[wd.NetworkOption, ...]
) -> str | None:
    start = data.get("start", "")
    if not isinstance(start, str):
        return None
    if start and not any(o.network.id == start.strip() for o in options):
        report.add(
            path + ("start",),
            "the form can't start on a network it does not list",
            "use one of the networks under `networks:`, or leave `start` out",
        )
        return None
    return start.strip()


def _with_amount(
    report: Report, path: tuple, data: dict, spec: wd.WithdrawalSpec
) -> wd.WithdrawalSpec | None:
    amount = data.get("amount")
    if not isinstance(amount, str):
        return spec
    if _amount(report, path + ("amount",), amount, spec.asset) is None:
        return None
    if wd.amount_problems(spec, spec.deposit_option, amount):
        report.add(
            path + ("amount",),
            "this amount could not be sent on the deposit screen's network",
            "use an amount at or above that network's minimum",
        )
        return None
    return wd.WithdrawalSpec(spec.asset, spec.deposit, spec.options, spec.start, amount.strip())


# --- checking ---------------------------------------------------------------------------


class WithdrawalChecker:
    """``answer`` is a ``core.withdrawal.WithdrawalForm``."""

    def check(self, step: Step[wd.WithdrawalSpec], answer: wd.WithdrawalForm | None) -> Feedback:
        spec, form = step.spec, wd.form_of(answer)
        if wd.is_empty(form):
            return Feedback(EMPTY)
        found = wd.mismatches(spec, form)
        if not found:
            return Feedback(GOT_IT)
        return Feedback(NOT_YET, _params(spec, form, found))

    def reveal(self, step: Step[wd.WithdrawalSpec]) -> Reveal:
        spec = step.spec
        deposit = spec.deposit
        shown = [spec.deposit_option.label, f"`{deposit.address}`"]
        form = wd.WithdrawalForm(
            network=deposit.network.id,
            address=deposit.address,
            memo=deposit.memo,
            amount=spec.answer_amount,
        )
        return {
            "answer": " · ".join(shown + ([deposit.memo] if deposit.memo else [])),
            "form": form,
        }


def _params(spec: wd.WithdrawalSpec, form: wd.WithdrawalForm, found: list[str]) -> FeedbackParams:
    deposit = spec.deposit
    picked = spec.option(form["network"])
    rules = picked or spec.deposit_option
    address = form["address"] or deposit.address
    return FeedbackParams(
        mismatches=found,
        asset=spec.asset,
        picked_network=picked.label if picked else "",
        deposit_network=deposit.label,
        refused=picked is not None and not wd.fits(picked.network.shape, address),
        memo_kind=deposit.network.memo,
        fee=wd.plain_amount(rules.fee),
        minimum=wd.plain_amount(rules.minimum),
    )


STEP_KIND = StepKind(
    KIND,
    {
        "body": Rule("text"),
        "prompt": Rule("text", required=True),
        "asset": Rule("text", required=True),
        "deposit": Rule("mapping", required=True),
        "networks": Rule("list", required=True, minimum=2),
        "start": Rule("text"),
        "amount": Rule("text"),
    },
    _build,
    checker=WithdrawalChecker(),
    details=DETAILS,
    summary="fill in a practice withdrawal form to match a deposit screen: network, address, memo, amount",
)
