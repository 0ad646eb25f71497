#!/usr/bin/env python3
"""Keep the interface translations whole: refresh, fill from plain-text lists, compile.

    python scripts/i18n_fill.py update          lupdate the template and every holdspace_<code>.ts
    python scripts/i18n_fill.py list            every message as `id [context] source`
    python scripts/i18n_fill.py missing CODE    the messages CODE has not translated yet
    python scripts/i18n_fill.py fill            write scripts/i18n/<code>.txt into the .ts files
    python scripts/i18n_fill.py release         compile every .ts to its .qm (pyside6-lrelease)
    python scripts/i18n_fill.py all             update, fill, update again, release
    python scripts/i18n_fill.py prune           drop fill lines whose message the code no longer has

A fill list has one message a line: `id translation`. The id is the first 8 hex digits
of SHA-1 over "context|source|disambiguation", so it survives reordering. A line break
in a translation is written `\\n`; plural forms are separated by ` ‖ ` in the order
Qt Linguist shows them for that language. Lines starting with # are comments.
Qt Linguist edits the .ts files directly; a fill list is a quicker way to bring in many.
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
I18N = REPO / "assets" / "i18n"
TEMPLATE = I18N / "holdspace.ts"
FILL = REPO / "scripts" / "i18n"  # fill lists: translator data, not shipped
FORMS = " ‖ "
BIN = Path(sys.executable).parent


def sources() -> list[str]:
    return [
        str(p.relative_to(REPO)) for p in sorted((REPO / "app" / "holdspace" / "gui").rglob("*.py"))
    ]


def catalogues() -> dict[str, Path]:
    """Language code -> its .ts file, e.g. 'pt_BR' -> holdspace_pt_BR.ts."""
    return {p.stem.removeprefix("holdspace_"): p for p in sorted(I18N.glob("holdspace_*.ts"))}


def message_id(context: str, message: ET.Element) -> str:
    key = "|".join([context, message.findtext("source") or "", message.findtext("comment") or ""])
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:8]


def messages(tree: ET.ElementTree):
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def lupdate(ts: Path, language: str | None = None) -> None:
    extra = ["-source-language", "en"] + (["-target-language", language] if language else [])
    if language == "en":  # English needs only its plural forms ("1 step", "2 steps")
        extra.append("-pluralonly")
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), "-no-obsolete", *sources(), "-ts", str(ts), *extra],
        cwd=REPO,
        check=True,
        capture_output=True,
    )


def update() -> None:
    lupdate(TEMPLATE)
    for code, ts in catalogues().items():
        lupdate(ts, code)
    for data in sorted(FILL.glob("*.txt")):  # a new fill list starts a new catalogue
        ts = I18N / f"holdspace_{data.stem}.ts"
        if not ts.exists():
            lupdate(ts, data.stem)


def read_fill(path: Path) -> dict[str, list[str]]:
    found = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        key, _, text = line.partition(" ")
        if len(key) != 8 or not text:
            raise SystemExit(f"{path.name}:{number}: expected `id translation`")
        found[key] = text.replace("\\n", "\n").split(FORMS)
    return found


def fill() -> None:
    for code, ts in catalogues().items():
        data_file = FILL / f"{code}.txt"
        if not data_file.exists():
            continue
        data = read_fill(data_file)
        tree = ET.parse(ts)
        for context, message in messages(tree):
            forms = data.get(message_id(context, message))
            if forms is not None:
                _set(message, forms, f"{code}: {context}: {message.findtext('source')!r}")
        ET.indent(tree, space="    ")
        body = ET.tostring(tree.getroot(), encoding="unicode")
        ts.write_text(
            '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
            encoding="utf-8",
        )


def _set(message: ET.Element, forms: list[str], where: str) -> None:
    translation = message.find("translation")
    translation.attrib.pop("type", None)
    if message.get("numerus") == "yes":
        slots = translation.findall("numerusform")
        if len(forms) != len(slots):
            raise SystemExit(
                f"{where}: {len(forms)} plural forms given, the language has {len(slots)}"
            )
        for slot, form in zip(slots, forms):
            slot.text = form
    else:
        if len(forms) != 1:
            raise SystemExit(f"{where}: ‖ belongs only in plural messages")
        translation.text = forms[0]


def prune() -> None:
    live = {message_id(context, m) for context, m in messages(ET.parse(TEMPLATE))}
    for path in sorted(FILL.glob("*.txt")):
        lines = path.read_text(encoding="utf-8").splitlines()
        kept = [
            line
            for line in lines
            if line.startswith("#") or not line.strip() or line.partition(" ")[0] in live
        ]
        path.write_text("\n".join(kept) + "\n", encoding="utf-8")
        print(f"{path.name}: {len(lines) - len(kept)} unused line(s) dropped")


def release(out_dir: Path = I18N) -> list[Path]:
    made = []
    for code, ts in catalogues().items():
        qm = out_dir / f"holdspace_{code}.qm"
        subprocess.run(
            [str(BIN / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
            check=True,
            capture_output=True,
        )
        made.append(qm)
    return made


def listing(ts: Path, only_missing: bool = False) -> None:
    for context, message in messages(ET.parse(ts)):
        translation = message.find("translation")
        if only_missing and translation.get("type") != "unfinished":
            continue
        plural = (
            f" (plural: {len(translation.findall('numerusform'))} forms)"
            if message.get("numerus") == "yes"
            else ""
        )
        note = message.findtext("extracomment") or message.findtext("comment") or ""
        source = (message.findtext("source") or "").replace("\n", "\\n")
        print(
            f"{message_id(context, message)} [{context}]{plural} {source}"
            + (f"    # {note}" if note else "")
        )


def main(argv: list[str]) -> int:
    action = argv[0] if argv else "all"
    if action == "update":
        update()
    elif action == "list":
        listing(TEMPLATE)
    elif action == "missing":
        listing(catalogues()[argv[1]], only_missing=True)
    elif action == "fill":
        fill()
    elif action == "release":
        release()
    elif action == "prune":
        prune()
    elif action == "all":
        update()
        fill()
        update()
        release()
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
