"""Well-known public addresses and transaction IDs a lesson may show, and where it may link.

Every value was copied from the project's checked vectors (``tests/vectors``, listed in SOURCES.md:
explorer_practice_transactions, base58check, bech32_bech32m, eip55), which name their
upstream sources: Bitcoin Core chainparams.cpp, BIP-173, BIP-350, EIP-55 and explorer
captures of the pizza and first Ethereum transactions.

Anything that looks like an address or a TXID and is not here is a lint finding, unless
its checksum does not hold (``paste.identify(...).valid is False``): such a made-up
look-alike cannot receive coins, so lessons may use one to show a typo or address
poisoning. Hex values are compared in lower case without ``0x``; bech32 addresses in
lower case (upper case is a valid form); Base58 addresses exactly.
"""

from __future__ import annotations

PUBLIC_HASHES: dict[str, str] = {  # 64 hex digits: Bitcoin TXIDs and block hashes, Ethereum hashes
    "4a5e1e4baab89f3a32518a88c31bc87f618f76673e2cc77ab2127b7afdeda33b": "Bitcoin genesis coinbase TXID (also the genesis merkle root)",
    "3ba3edfd7a7b12b27ac72c3e67768f617fc81bc3888a51323a9fb8aa4b1e5e4a": "the same genesis TXID in internal byte order (before explorers reverse it)",
    "000000000019d6689c085ae165831e934ff763ae46a2a6c172b3f1b60a8ce26f": "Bitcoin genesis block hash",
    "a1075db55d416d3ca199f55b6084e2115b9345e16c5cf302fc80e9d5fbf5d48d": "the 10,000 BTC pizza transaction (2010-05-22)",
    "00000000152340ca42227603908689183edc47355204e7aca59383b0aaac1fd8": "block 57043, which holds the pizza transaction",
    "f4184fc596403b9d638783cf57adfe4c75c605f6356fbc91338530e9831e9e16": "the first Bitcoin transfer between people (block 170)",
    "5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060": "the first Ethereum transaction",
    "4e3a3754410177e6937ef1f84bba68ea139e8d1a2258c5f85db9f1cd715a1bdd": "block 46147, which holds the first Ethereum transaction",
    "f62dd32defff2b1f9339aa860b1745f4ec1bbd06a46f56bc4db1bae3cf896cd3": "Holdspace's made-up practice hash (assets/explorer/other-network.json): "
    "sha256 of 'Holdspace practice: a made-up transfer on BNB Smart Chain'",
}

PUBLIC_ADDRESSES: dict[str, str] = {
    # Bitcoin, Base58Check (compared exactly)
    "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa": "the genesis coinbase output, as explorers show it",
    "17SkEw2md5avVNyYgj6RiXuQKNwkXaxFyQ": "recipient of the pizza payment",
    "1XPTgDRhN8RFnzniWCddobD9iKZatrvH4": "sender of the pizza payment",
    "16UwLL9Risc3QfPqBUvKofHmBQ7wMtjvM": "Bitcoin Wiki's worked example of an address",
    # Bitcoin, BIP-173 examples and BIP-350 test vectors (compared in lower case)
    "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4": "BIP-173 example, mainnet P2WPKH",
    "tb1qw508d6qejxtdg4y5r3zarvary0c5xw7kxpjzsx": "BIP-173 example, testnet P2WPKH",
    "bc1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3qccfmv3": "BIP-173 example, mainnet P2WSH",
    "tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3q0sl5k7": "BIP-173 example, testnet P2WSH",
    "bc1pw508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7kt5nd6y": "BIP-350 test vector, witness v1",
    "bc1sw50qgdz25j": "BIP-350 test vector, witness v16",
    "bc1zw508d6qejxtdg4y5r3zarvaryvaxxpcs": "BIP-350 test vector, witness v2",
    "tb1qqqqqp399et2xygdj5xreqhjjvcmzhxw4aywxecjdzew6hylgvsesrxh6hy": "BIP-350 test vector, testnet P2WSH",
    "tb1pqqqqp399et2xygdj5xreqhjjvcmzhxw4aywxecjdzew6hylgvsesf3hn0c": "BIP-350 test vector, testnet taproot",
    "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0": "BIP-350 test vector, mainnet taproot",
    # Ethereum (compared in lower case, so the EIP-55 and all-lower forms both pass)
    "0xa1e4380a3b1f749673e270229993ee55f35663b4": "sender of the first Ethereum transaction",
    "0x5df9b87991262f6ba471f09758cde1c0fc1de734": "recipient of the first Ethereum transaction",
    "0x52908400098527886e0f7030069857d2e4169ee7": "EIP-55 test case (all caps)",
    "0x8617e340b3d01fa5f11f306f4090fd50e238070d": "EIP-55 test case (all caps)",
    "0xde709f2102306220921060314715629080e2fb77": "EIP-55 test case (all lower)",
    "0x27b1fdb04752bbc536007a920d24acb045561c26": "EIP-55 test case (all lower)",
    "0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed": "EIP-55 test case",
    "0xfb6916095ca1df60bb79ce92ce3ea74c37c5d359": "EIP-55 test case",
    "0xdbf03b407c01e7cd3cbea99509d93f8dddc8c6fb": "EIP-55 test case",
    "0xd1220a0cf47c7b9be7a2e6ba89f429762e7b9adb": "EIP-55 test case",
}

# (host, path prefix): https links may go to these, and nowhere else. "www." is ignored.
LINK_HOSTS: tuple[tuple[str, str], ...] = (
    ("bitcoin.org", ""),
    ("developer.bitcoin.org", ""),
    ("en.bitcoin.it", ""),
    ("ethereum.org", ""),
    ("eips.ethereum.org", ""),
    ("github.com", "/bitcoin/bips"),
    ("github.com", "/ethereum/EIPs"),
    ("github.com", "/ethereum/ERCs"),
)


def key(text: str, kind: str) -> str:
    """How ``text`` of this ``paste.identify`` kind is looked up in the lists above."""
    if kind in ("btc-txid", "evm-tx-hash"):
        return text.lower().removeprefix("0x")
    if kind == "evm-address":
        return "0x" + text.lower().removeprefix("0x")
    if kind.startswith("btc-p2w") or kind in ("btc-p2tr", "btc-segwit-other"):
        return text.lower()
    return text


def is_public(text: str, kind: str) -> bool:
    found = key(text, kind)
    return found in PUBLIC_HASHES or found in PUBLIC_ADDRESSES


def link_allowed(host: str, path: str) -> bool:
    host = host.lower().removeprefix("www.")
    folded = path.lower()
    return any(
        host == allowed
        and (not prefix or folded == prefix.lower() or folded.startswith(prefix.lower() + "/"))
        for allowed, prefix in LINK_HOSTS
    )


def link_hosts_text() -> str:
    return ", ".join(host + prefix for host, prefix in LINK_HOSTS)
