"""Parse the command line: a subcommand runs here; no subcommand means "open the app"."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from .. import __version__
from . import (
    commands,  # noqa: F401  (registers the subcommands)
    coverage_command,  # noqa: F401  (registers `coverage`)
    handout_command,  # noqa: F401  (registers `handout`)
    lint_command,  # noqa: F401  (registers `lint`)
    qtargs,
)
from .commands import PROBLEMS
from .registry import COMMANDS


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="holdspace",
        description="Holdspace: gentle lessons on hexadecimal, explorers, profit & loss "
        "and self-custody. Run without a command to open the app.",
    )
    parser.add_argument("--version", action="version", version=f"holdspace {__version__}")
    parser.add_argument(
        "--pack",
        action="append",
        type=Path,
        default=[],
        metavar="PATH",
        help="also open this lesson pack folder or .zip (repeatable)",
    )
    parser.add_argument(
        "--only",
        action="store_true",
        help="show only the --pack pack on the home screen (the built-in lessons "
        "stay out of sight; the 'I think I made a mistake' guide stays)",
    )
    parser.add_argument(
        "--guest", action="store_true", help="guest session: nothing is written to disk"
    )
    parser.add_argument(
        "--language",
        default=None,
        metavar="CODE",
        help="interface and lesson language for this run, e.g. fr, pt_BR, ar "
        "(otherwise the one picked in View › Language, else the system's)",
    )
    # Opens the window, waits for the lessons, prints what it saw and quits (bundle checks).
    parser.add_argument("--smoke-test", action="store_true", help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, cmd in COMMANDS.items():
        child = sub.add_parser(name, help=cmd.help, description=cmd.help)
        cmd.configure(child)
    return parser


def parse(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """Our options; Qt's own (``-reverse``, ``-style``…) are kept aside in ``qt_options``."""
    ours, qt = qtargs.split(sys.argv[1:] if argv is None else argv)
    args = build_parser().parse_args(ours)
    args.qt_options = qt
    return args


def run_command(args: argparse.Namespace) -> int:
    """Run a subcommand; whatever happens, a sentence and an exit code, not a traceback."""
    try:
        return COMMANDS[args.command].run(args)
    except BrokenPipeError:
        # The reader went away (`holdspace validate PACK | head -1`): stop quietly.
        _silence_stdout()
        return PROBLEMS
    except KeyboardInterrupt:
        return PROBLEMS
    except Exception as exc:  # noqa: BLE001 - the last net under every command
        print(
            f"holdspace {args.command}: this could not be finished ({type(exc).__name__}: "
            f"{str(exc)[:200]})",
            file=sys.stderr,
        )
        return PROBLEMS


def _silence_stdout() -> None:
    import os

    try:  # Python would complain again when it flushes stdout at exit
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
