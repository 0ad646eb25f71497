"""``holdspace`` and ``python -m holdspace``: a subcommand, or the app."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from .cli.main import parse, run_command

    args = parse(argv)
    if args.command:
        return run_command(args)
    from .gui.app import run  # Qt is loaded only when the app itself opens

    return run(args)


if __name__ == "__main__":
    sys.exit(main())
