"""The practice explorer's words: network and line names, and values as a page says them.

Kept apart from the widget so the feedback ("The answer: Fee") and the page use the
same translated names. The context stays "ExplorerWidget", where translators know them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...core.explorer_pages import NETWORKS, Page

translate = QCoreApplication.translate  # the name lupdate looks for


def network_name(key: str) -> str:
    names = {
        "bitcoin": translate("ExplorerWidget", "Bitcoin"),
        "ethereum": translate("ExplorerWidget", "Ethereum"),
        "bsc": translate("ExplorerWidget", "BNB Smart Chain"),
    }
    return names.get(key, key)


def field_name(key: str, network: str) -> str:
    if key == "txid":  # Ethereum-style explorers call it a hash
        return (
            translate("ExplorerWidget", "Transaction hash")
            if NETWORKS[network].evm
            else translate("ExplorerWidget", "Transaction ID")
        )
    names = {
        #: Field labels of a practice block explorer page (Network, Status, Block, Fee…). Real explorers show them in English: write your word with the English beside it, e.g. “Réseau (Network)”.
        "network": translate("ExplorerWidget", "Network"),
        "status": translate("ExplorerWidget", "Status"),
        "block": translate("ExplorerWidget", "Block"),
        "confirmations": translate("ExplorerWidget", "Confirmations"),
        "block_hash": translate("ExplorerWidget", "Block hash"),
        "time": translate("ExplorerWidget", "Time"),
        "from": translate("ExplorerWidget", "From"),
        "to": translate("ExplorerWidget", "To"),
        "input_total": translate("ExplorerWidget", "Total in"),
        "value": translate("ExplorerWidget", "Value"),
        "fee": translate("ExplorerWidget", "Fee"),
        "inputs": translate("ExplorerWidget", "Inputs"),
        "outputs": translate("ExplorerWidget", "Outputs"),
        "size": translate("ExplorerWidget", "Size"),
        "gas_limit": translate("ExplorerWidget", "Gas limit"),
        "gas_used": translate("ExplorerWidget", "Gas used"),
        "gas_price": translate("ExplorerWidget", "Gas price"),
        "nonce": translate("ExplorerWidget", "Nonce"),
        "message": translate("ExplorerWidget", "Message"),
    }
    return names.get(key, key)


def field_text(page: Page, key: str) -> str:
    value = page.get(key)
    if key == "network":
        return network_name(value)
    if key == "status":
        return translate("ExplorerWidget", "✓ Confirmed") if value == "confirmed" else str(value)
    if key == "from" and value is None:
        return translate("ExplorerWidget", "New coins (coinbase): there is no sender")
    if key == "size":
        return translate("ExplorerWidget", "%Ln byte(s)", "", value)
    if key == "inputs" and page.get("from") is None and "from" in page.keys():
        # A coinbase's one input spends nothing; a bare "1" puzzles someone just
        # taught that each input spends an earlier piece of coin.
        return translate("ExplorerWidget", "{count} (coinbase: spends nothing)").format(
            count=f"{value:,}"
        )
    return page.display(key)
