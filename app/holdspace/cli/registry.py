"""A registry of subcommands: adding one is one decorated function."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass

Configure = Callable[[argparse.ArgumentParser], None]
Run = Callable[[argparse.Namespace], int]


@dataclass(frozen=True)
class Command:
    """One subcommand: its name, help line, argument set-up and what it runs."""

    name: str
    help: str
    configure: Configure
    run: Run


COMMANDS: dict[str, Command] = {}


def command(name: str, help: str, configure: Configure) -> Callable[[Run], Run]:
    def register(run: Run) -> Run:
        COMMANDS[name] = Command(name, help, configure, run)
        return run

    return register
