"""Parse the command line: a subcommand runs here; no subcommand means "open the app"."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from .. import __version__
from . import qtargs

# What the app opens with when the command line names nothing: also argparse's defaults,
# so ``holdspace`` alone (a double-click, the usual start) needs no parser at all.
APP_DEFAULTS: dict[str, object] = {
    "pack": [],
    "only": False,
    "guest": False,
    "language": None,
    "smoke_test": False,
    "command": None,
}


def app_options(qt_options: list[str]) -> argparse.Namespace:
    """The options of a plain start (a fresh list for --pack each time)."""
    defaults = {**APP_DEFAULTS, "pack": []}
    return argparse.Namespace(**defaults, qt_options=qt_options)


def build_parser() -> argparse.ArgumentParser:
    from . import (  # registering the subcommands
        commands,  # noqa: F401
        coverage_command,  # noqa: F401  (`coverage`)
        handout_command,  # noqa: F401  (`handout`, `new`)
        lint_command,  # noqa: F401  (`lint`)
    )
    from .registry import COMMANDS

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
    if not ours:
        return app_options(qt)
    args = build_parser().parse_args(ours)
    args.qt_options = qt
    return args


def run_command(args: argparse.Namespace) -> int:
    """Run a subcommand; whatever happens, a sentence and an exit code, not a traceback."""
    from .commands import PROBLEMS
    from .registry import COMMANDS

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
