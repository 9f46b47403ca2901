"""Where Annotary keeps things: the default project, the settings, the bundled resources."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "Annotary"


def data_dir() -> Path:
    override = os.environ.get("ANNOTARY_DATA_DIR")
    return Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, False))


def config_dir() -> Path:
    override = os.environ.get("ANNOTARY_CONFIG_DIR")
    return Path(override) if override else Path(platformdirs.user_config_dir(APP_NAME, False))


def default_project_path() -> Path:
    return data_dir() / "default.annotary"


def resources_dir() -> Path:
    """The bundled resources: inside the installed package, or the repository's folder."""
    packaged = Path(__file__).resolve().parent / "resources"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "resources"


def samples_dir() -> Path:
    return resources_dir() / "samples"
