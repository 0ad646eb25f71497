"""Words for the practice withdrawal: the form's labels and what each mismatch would do.

Exchanges show their withdrawal screens in English in many countries, so a learner
meets "Network", "Address", "Memo", "Tag" and "Withdraw" in English whatever their own
language. Translators keep that English word beside their translation (a comment on
each such string says so); for now the interface is English and shows the word once.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...core import withdrawal as wd
from ...core.feedback import FeedbackParams

# --- labels exchanges show in English -------------------------------------------------------


def network_label() -> str:
    #: An exchange's word, shown in English on many screens: keep "Network" beside your translation, e.g. "Red (Network)". "&" marks the Alt key.
    return QCoreApplication.translate("Withdrawal", "Net&work:")


def address_label() -> str:
    #: An exchange's word, shown in English on many screens: keep "Address" beside your translation. "&" marks the Alt key.
    return QCoreApplication.translate("Withdrawal", "A&ddress:")


def memo_label(memo_kind: str) -> str:
    if memo_kind == wd.DESTINATION_TAG:
        #: An exchange's word for the XRP destination tag, shown in English on many screens: keep "Tag" beside your translation. "&" marks the Alt key.
        return QCoreApplication.translate("Withdrawal", "&Tag:")
    #: An exchange's word, shown in English on many screens: keep "Memo" beside your translation. "&" marks the Alt key.
    return QCoreApplication.translate("Withdrawal", "M&emo:")


def amount_label() -> str:
    #: An exchange's word, shown in English on many screens: keep "Amount" beside your translation. "&" marks the Alt key.
    return QCoreApplication.translate("Withdrawal", "Am&ount:")


def deposit_network_label() -> str:
    #: On the deposit screen. An exchange's word, shown in English on many screens: keep "Network" beside your translation.
    return QCoreApplication.translate("Withdrawal", "Network:")


def deposit_address_label() -> str:
    #: On the deposit screen. An exchange's word, shown in English on many screens: keep "Address" beside your translation.
    return QCoreApplication.translate("Withdrawal", "Address:")


def withdraw_title(asset: str) -> str:
    #: The title of the practice form; "Withdraw" is the exchange's English word: keep it beside your translation. {asset} is a coin, e.g. USDT.
    return QCoreApplication.translate("Withdrawal", "Withdraw {asset} (practice form)").format(
        asset=asset
    )


def deposit_title(asset: str) -> str:
    #: "Deposit" is the exchange's English word: keep it beside your translation. {asset} is a coin, e.g. USDT.
    return QCoreApplication.translate(
        "Withdrawal", "Deposit {asset}: the receiving side's screen"
    ).format(asset=asset)


def fee_line(fee: str, minimum: str, asset: str) -> str:
    #: "Network fee" and "Minimum withdrawal" are the exchange's English words: keep them beside your translation.
    return QCoreApplication.translate(
        "Withdrawal", "Network fee: {fee} {asset} · Minimum withdrawal: {minimum} {asset}"
    ).format(fee=fee, minimum=minimum, asset=asset)


def name_of(label: str) -> str:
    """A form label as a screen reader should say it: no Alt-key mark, no colon."""
    return label.replace("&", "").rstrip(": ")


# --- what each mismatch would do ---------------------------------------------------------


def memo_name(memo_kind: str) -> str:
    if memo_kind == wd.DESTINATION_TAG:
        return QCoreApplication.translate("Withdrawal", "destination tag")
    return QCoreApplication.translate("Withdrawal", "memo")


def mismatch_lines(params: FeedbackParams) -> list[str]:
    """One plain sentence or two per mismatch, in the order the checker found them."""
    return [line for code in params.get("mismatches", ()) for line in [_line(code, params)] if line]


def _line(code: str, p: FeedbackParams) -> str:
    asset, memo = p.get("asset", ""), memo_name(p.get("memo_kind", ""))
    if code == wd.NO_NETWORK:
        return QCoreApplication.translate(
            "Withdrawal",
            "Network: none is picked yet. Pick the one the deposit screen names: {deposit}.",
        ).format(deposit=p.get("deposit_network", ""))
    if code == wd.OTHER_NETWORK:
        return _other_network(p)
    if code == wd.OTHER_ADDRESS:
        return QCoreApplication.translate(
            "Withdrawal",
            "Address: it is not the one on the deposit screen. Coins sent there would go to "
            "whoever holds that address, and a transfer can't be undone. Copy it again from "
            "the deposit screen and compare it group by group.",
        )
    if code == wd.NO_MEMO:
        return QCoreApplication.translate(
            "Withdrawal",
            "The {memo} is missing. The coins would reach the exchange, but not your account: the "
            "exchange could not tell whose they are. Its support can often credit them after "
            "some checks; it may take days and cost a fee.",
        ).format(memo=memo)
    if code == wd.OTHER_MEMO:
        return QCoreApplication.translate(
            "Withdrawal",
            "The {memo} is not the one on the deposit screen. The coins would reach the exchange "
            "with someone else's label, or one it doesn't know. Only the exchange's own "
            "support could sort it out.",
        ).format(memo=memo)
    return _amount_line(code, p, asset)


def _other_network(p: FeedbackParams) -> str:
    picked, expected = p.get("picked_network", ""), p.get("deposit_network", "")
    first = QCoreApplication.translate(
        "Withdrawal", "Network: you picked {picked}, and the deposit screen names {deposit}."
    ).format(picked=picked, deposit=expected)
    if p.get("refused"):
        return (
            first
            + " "
            + QCoreApplication.translate(
                "Withdrawal",
                "Here a real exchange would most likely refuse the address, because addresses on {picked} "
                "have another shape. Networks that share one address shape, such as Ethereum, BNB Smart "
                "Chain and Arbitrum One, give no such warning: choose the network by its name.",
            ).format(picked=picked)
        )
    return (
        first
        + " "
        + QCoreApplication.translate(
            "Withdrawal",
            "The coins would arrive on {picked}, a network the receiver does not watch. Only whoever holds the "
            "keys to that address on {picked} could move them. Getting them back is often slow and costly, "
            "and sometimes impossible.",
        ).format(picked=picked)
    )


def _amount_line(code: str, p: FeedbackParams, asset: str) -> str:
    if code == wd.NO_AMOUNT:
        return QCoreApplication.translate("Withdrawal", "Amount: the box is empty yet.")
    if code == wd.AMOUNT_UNREADABLE:
        return QCoreApplication.translate(
            "Withdrawal",
            "Amount: I couldn't read that as an amount yet. Something like 50 or 12.5 works.",
        )
    if code == wd.NOT_ABOVE_FEE:
        return QCoreApplication.translate(
            "Withdrawal",
            "Amount: the network fee here is {fee} {asset}, so nothing would be left to arrive. The "
            "exchange would not send it.",
        ).format(fee=p.get("fee", ""), asset=asset)
    if code == wd.BELOW_MINIMUM:
        return QCoreApplication.translate(
            "Withdrawal",
            "Amount: the minimum withdrawal on this network is {minimum} {asset}. The exchange would not "
            "send less; nothing leaves your account.",
        ).format(minimum=p.get("minimum", ""), asset=asset)
    return ""
