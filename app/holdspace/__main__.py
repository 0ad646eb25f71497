"""``holdspace`` and ``python -m holdspace``: a subcommand, or the app."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from .cli.main import parse, run_command

    _speak_any_name()
    args = parse(argv)
    if args.command:
        return run_command(args)
    from .gui.app import run  # Qt is loaded only when the app itself opens

    return run(args)


def _speak_any_name() -> None:
    """A file name that isn't valid UTF-8 is printed with escapes, never a traceback."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")


if __name__ == "__main__":
    sys.exit(main())
