"""Build hook: compile the translations (resources/translations/*.ts) to .qm files.

Runs for wheels, editable installs included (``pip install -e .``), with the
``lrelease`` that ships with PySide6 (a build requirement, see pyproject.toml).
The .qm files are written next to the .ts files: the source tree's resources, which an
editable install reads and the wheel's force-include of ``resources`` packs. If lrelease cannot run, the build
goes on with a warning: the window then compiles the .ts files on its first start
(annotary.ui.i18n) or stays in English.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

TIMEOUT_S = 120


def lrelease() -> list[str] | None:
    try:
        import PySide6
    except ImportError:
        found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
        return [found] if found else None
    folder = Path(PySide6.__file__).resolve().parent
    for name in ("lrelease", "lrelease.exe"):
        if (folder / name).is_file():
            return [str(folder / name)]
    found = shutil.which("pyside6-lrelease")
    return [found] if found else None


class TranslationsHook(BuildHookInterface):  # type: ignore[type-arg]
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:  # noqa: ARG002
        folder = Path(self.root) / "resources" / "translations"
        sources = sorted(folder.glob("*.ts"))
        if not sources:
            return
        command = lrelease()
        if command is None:
            sys.stderr.write("annotary build: lrelease not found; translations compile at start\n")
            return
        for ts in sources:
            qm = ts.with_suffix(".qm")
            done = subprocess.run(
                [*command, "-silent", str(ts), "-qm", str(qm)],
                capture_output=True,
                text=True,
                timeout=TIMEOUT_S,
                check=False,
            )
            if done.returncode != 0 or not qm.is_file():
                sys.stderr.write(f"annotary build: {ts.name} not compiled: {done.stderr}\n")

