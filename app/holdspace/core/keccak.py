"""Keccak-256 as Ethereum uses it (the original Keccak padding, not NIST SHA3-256).

EIP-55 address checksums need it, and the paste-check lessons' rules need EIP-55 while
every lesson is checked at start (a look-alike drill needs an address whose checksum
holds; no generated look-alike may pass its checksum). ``hashlib.sha3_256`` pads
differently and gives other digests. pycryptodome's Keccak costs 13–28 ms to import
at start (``ctypes.util`` pulls in ``subprocess``) and about 2.9 MiB of resident memory;
this plain-Python sponge costs about 0.25 ms a digest and a few KiB, and the start-up
checks ask for nine distinct addresses (EIP-55 results are memoised in ``addresses``).
The tests compare it with pycryptodome for every input length up to several blocks
and with the EIP-55 specification's addresses.

Written from the Keccak reference (keccak.team) and FIPS 202 sections 3.2 and 5.1:
the round constants and rotation offsets are derived below as the standard defines
them, rather than copied as tables.
"""

from __future__ import annotations

_LANE = (1 << 64) - 1
_RATE = 136  # bytes absorbed per permutation: (1600 - 2 * 256) / 8
_ROUNDS = 24


def _round_constants() -> tuple[int, ...]:
    """Step iota's constants: bit 2**j - 1 of round i is rc(j + 7i) (FIPS 202 Alg. 5)."""
    register, bits = 1, []
    for _ in range(7 * _ROUNDS):
        bits.append(register & 1)
        register <<= 1
        if register & 0x100:
            register ^= 0x171  # the LFSR polynomial x^8 + x^6 + x^5 + x^4 + 1
    return tuple(sum(bits[7 * i + j] << (2**j - 1) for j in range(7)) for i in range(_ROUNDS))


def _rho_pi() -> tuple[tuple[int, int, int, int, int], ...]:
    """Per lane x + 5y: (index, column x, index pi moves it to, rho's rotation, 64 - it)."""
    offset = {(0, 0): 0}
    x, y = 1, 0
    for t in range(24):  # FIPS 202 Algorithm 2
        offset[x, y] = (t + 1) * (t + 2) // 2 % 64
        x, y = y, (2 * x + 3 * y) % 5
    return tuple(
        (x + 5 * y, x, y + 5 * ((2 * x + 3 * y) % 5), offset[x, y], 64 - offset[x, y])
        for y in range(5)
        for x in range(5)
    )


_IOTA = _round_constants()
_MOVES = _rho_pi()
_NEIGHBOURS = tuple((x, (x - 1) % 5, (x + 1) % 5) for x in range(5))


def _permute(a: list[int]) -> list[int]:
    """Keccak-f[1600] on 25 lanes (index x + 5y), one round per constant."""
    for constant in _IOTA:
        # theta: each lane takes the parity of two neighbouring columns
        c = [a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20] for x in range(5)]
        d = [c[left] ^ ((c[right] << 1 | c[right] >> 63) & _LANE) for _, left, right in _NEIGHBOURS]
        # rho and pi: rotate each lane and move it
        b = [0] * 25
        for index, x, to, shift, back in _MOVES:
            lane = a[index] ^ d[x]
            b[to] = (lane << shift | lane >> back) & _LANE
        # chi: the only non-linear step, row by row
        a = []
        for row in range(0, 25, 5):
            b0, b1, b2, b3, b4 = b[row : row + 5]
            a += (
                b0 ^ (~b1 & b2),
                b1 ^ (~b2 & b3),
                b2 ^ (~b3 & b4),
                b3 ^ (~b4 & b0),
                b4 ^ (~b0 & b1),
            )
        a[0] ^= constant  # iota
    return a


def keccak256(data: bytes) -> bytes:
    """The 32-byte Keccak-256 digest of ``data``."""
    # pad10*1 with Keccak's own domain bit (0x01; SHA3-256 uses 0x06)
    padded = bytearray(data) + b"\x01" + bytes(-(len(data) + 1) % _RATE)
    padded[-1] |= 0x80
    state = [0] * 25
    for start in range(0, len(padded), _RATE):
        for lane in range(_RATE // 8):
            at = start + 8 * lane
            state[lane] ^= int.from_bytes(padded[at : at + 8], "little")
        state = _permute(state)
    return b"".join(lane.to_bytes(8, "little") for lane in state[:4])
