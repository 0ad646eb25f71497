"""``holdspace new PACK_DIR``: a ready-to-edit pack that ``validate`` finds nothing in.

One commented lesson shows every step kind the registry knows, each with the fields an
educator changes first. A kind without an example here still gets a pointer to the
guide, and a test asks for its example, so the scaffold never falls behind the registry.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

from .registry import STEP_KINDS

PACK_YAML = """\
# A lesson pack: this file, then one folder per language (en/), each holding lessons
# (any sub-folders you like) and an optional glossary.yaml. Guide: lessons/README.md.
format: 1
name: My meetup pack
languages: [en]
# Your own topics: each becomes a card on the home screen (with `holdspace --pack THIS --only`).
topics:
  - id: first-steps
    title: First steps
    summary: One calm evening, one small step at a time.
"""

GLOSSARY_YAML = """\
# Words your lessons mark as [[word]] or **word**: a learner taps them to read this.
terms:
  - id: txid
    term: TXID
    definition: The transaction ID, a long code that names one transaction. Safe to share.
    also: [transaction id, transaction hash]
"""

LESSON_HEAD = """\
# Your first lesson. Change the words, keep the shape; `holdspace validate .` checks it.
# Text in quotes stays text: write "yes", "no" and numbers like "3.10" in quotes.
# Indent with spaces, never tabs. A second ":" in a line? Put the line in quotes.
id: my-pack.first-lesson          # unique everywhere: progress is kept under this id
topic: first-steps                # one of the topics in pack.yaml
title: A first look
summary: One sentence that says what the learner will be able to do.
minutes: 10                       # the time to plan for, shown on the facilitator sheet
objectives:
  - Say in your own words what a TXID is.
sources:
  - "Where your facts come from, e.g. Bitcoin whitepaper, section 2"
steps:
"""

# One example per step kind, indented as items of `steps:`.
EXAMPLES: dict[str, str] = {
    "read": """\
- id: welcome
  kind: read                      # a page to read
  body: |
    Markdown works here: **bold**, lists, and glossary words like [[TXID]].
  notes: |
    Only the facilitator sees this, in the notes window (never projected).
""",
    "choice": """\
- id: which-is-secret
  kind: choice                    # pick one (or several: mark each right one)
  prompt: Which of these is safe to share?
  choices:
    - text: My TXID
      correct: true
      feedback: Yes. A TXID only names a transaction.
    - text: My recovery phrase
      feedback: Not this one. The phrase is the key to everything; it stays home.
  hints:
    - Which one could move coins?
  explain: A TXID is public; a recovery phrase is secret.
""",
    "answer": """\
- id: count-fees
  kind: answer                    # the learner types; number, money, hex or text
  prompt: A fee of 10 sat/vB on 140 vB. How many sats is that?
  accept: {number: 1400}
  hints:
    - Multiply the two numbers.
  responses:
    - answer: "150"
      feedback: That adds them. The fee is the rate times the size.
  explain: 10 × 140 = 1,400 sats. The fee grows with the size, not the amount sent.
""",
    "checklist": """\
- id: before-you-send
  kind: checklist                 # ticked at the learner's pace, never scored
  prompt: Tick what you have done.
  items:
    - id: small-first
      text: I am sending a small amount first.
    - id: whole-address
      text: I compared the whole address, start, middle and end.
""",
    "explorer": """\
- id: find-the-fee
  kind: explorer                  # a practice explorer page (assets/explorer/*.json)
  prompt: Click the fee on the pizza transaction.
  page: pizza
  task: click                     # click, type or find
  field: fee
  hints:
    - Look for the line that says how much the sender paid to be included.
  explain: The fee is what the sender paid the network, here 0.99 BTC.
""",
    "hex_playground": """\
- id: gas-in-hex
  kind: hex_playground            # two boxes, hex and everyday, always in step
  prompt: A plain ETH transfer uses 0x5208 gas. What is that in everyday numbers?
  task: {decimal: 21000}
  hints:
    - Type 5208 in the hex box and watch the other box.
  explain: 0x5208 is 5 × 4096 + 2 × 256 + 0 × 16 + 8 = 21,000.
""",
    "paste_check": """\
- id: compare-address
  kind: paste_check               # inspect, compare or lookalike
  mode: lookalike
  prompt: Which of these is the same address? Compare every group of four.
  expected: "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"
  hints:
    - The start and the end match on all of them; look at the middle.
  explain: Look-alikes copy the first and last characters. Only the whole address tells.
""",
    "pnl": """\
- id: real-profit
  kind: pnl                       # trades in, working and a chart out
  prompt: What was the real profit, after both fees?
  round_trip:
    quantity: "0.5"
    buy: {seen: "60000", fee: "5"}
    sell: {seen: "60048", fee: "5"}
  ask: realised
  hints:
    - Start from the $24 the chart promised, then take off both fees.
  explain: $24 from the price rise, minus $5 and $5 in fees, leaves $14.
""",
    "seed_practice": """\
- id: practise-writing
  kind: seed_practice             # a fresh PRACTICE phrase on screen, never printed or saved
  prompt: Look, write it down by hand, then name one word.
  words: 12
  hints:
    - Write the number first, then the word, one per line.
  explain: Numbers keep the words in order, and the order is part of the phrase.
""",
    "withdrawal": """\
- id: match-the-network
  kind: withdrawal                # a PRACTICE withdrawal form matched to a deposit screen
  prompt: Fill in the withdrawal so it matches the deposit screen, then press Check.
  asset: USDT
  start: ethereum                 # the network the form opens on
  amount: "50"
  deposit:
    network: tron
    label: Tron (TRC20)
    address: "TSTK6BGoWVTpeB4nBqraNvkeRfWFXfGJNj"   # made up: it fails its checksum
  networks:
    - {network: ethereum, label: ERC-20, fee: "4", minimum: "10"}
    - {network: tron, label: TRC-20, fee: "1", minimum: "10"}
  hints:
    - Read the deposit screen first. Which network does it name?
  explain: The network on the sending form must be the one the deposit screen names.
""",
}


def lesson_yaml() -> str:
    """The sample lesson: every registered step kind, in the registry's order."""
    parts = [LESSON_HEAD]
    for name in STEP_KINDS:
        example = EXAMPLES.get(name)
        if example is None:  # a kind added after this scaffold: point at the guide
            parts.append(textwrap.indent(f"# kind `{name}`: see lessons/README.md\n", "  "))
            continue
        parts.append(textwrap.indent(example, "  "))
    return "".join(parts)


def create_pack(folder: Path) -> list[Path]:
    """Write the sample pack; refuse to touch a folder that already holds files."""
    folder = Path(folder)
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise FileExistsError(f"{folder} already holds files; choose a new folder name")
    files = {
        folder / "pack.yaml": PACK_YAML,
        folder / "en" / "glossary.yaml": GLOSSARY_YAML,
        folder / "en" / "first-steps" / "01-a-first-look.yaml": lesson_yaml(),
    }
    for path, text in files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return list(files)
