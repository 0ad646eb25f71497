"""The one place that knows where Holdspace's files live.

User data goes to ``$HOLDSPACE_HOME`` when it is set (tests, portable installs,
shared meetup laptops), otherwise to the platform's user data folder. Shipped
data (the built-in lesson pack and assets) lives in ``holdspace/_data`` inside
an installed wheel, or at the top of the source tree for an editable install.
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "Holdspace"
HOME_ENV = "HOLDSPACE_HOME"

_PACKAGE_DIR = Path(__file__).resolve().parent.parent


def user_data_dir() -> Path:
    """Folder for the learner's own files (progress, settings). Not created here."""
    override = os.environ.get(HOME_ENV)
    if override:
        return Path(override).expanduser()
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False)


def progress_db_path() -> Path:
    return user_data_dir() / "progress.sqlite3"


def settings_path() -> Path:
    return user_data_dir() / "settings.ini"


def log_dir() -> Path:
    """Folder for the rotating log (``$HOLDSPACE_HOME/logs`` when the override is set)."""
    override = os.environ.get(HOME_ENV)
    if override:
        return Path(override).expanduser() / "logs"
    from platformdirs import user_log_path

    return user_log_path(APP_NAME, appauthor=False)


def shipped_file(name: str) -> Path:
    """A top-level shipped file such as ``LICENSE`` (copied into ``_data`` by the wheel)."""
    shipped = _PACKAGE_DIR / "_data" / name
    return shipped if shipped.is_file() else _PACKAGE_DIR.parent.parent / name


def _data_dir(name: str) -> Path:
    shipped = _PACKAGE_DIR / "_data" / name
    if shipped.is_dir():
        return shipped
    # Editable install or a plain source checkout: app/holdspace -> repository root.
    return _PACKAGE_DIR.parent.parent / name


def builtin_pack_dir() -> Path:
    """The lesson pack that ships with Holdspace."""
    return _data_dir("lessons")


def assets_dir() -> Path:
    return _data_dir("assets")
