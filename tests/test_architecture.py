"""The layers hold: only annotary.ui imports Qt, and the core never imports the UI."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "desktop" / "annotary"
CORE = ("domain", "storage", "services", "formats", "suggest", "cli")


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def test_only_the_ui_imports_qt() -> None:
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if "ui" in path.relative_to(PACKAGE).parts[:1]:
            continue
        for module in imported_modules(path):
            if module.split(".")[0] in {"PySide6", "shiboken6", "PyQt5", "PyQt6"}:
                offenders.append(f"{path.relative_to(PACKAGE)} imports {module}")
    assert not offenders, offenders


def test_the_core_never_imports_the_ui() -> None:
    offenders = [
        f"{path.relative_to(PACKAGE)} imports {module}"
        for layer in CORE
        for path in (PACKAGE / layer).rglob("*.py")
        for module in imported_modules(path)
        if module == "annotary.ui" or module.startswith("annotary.ui.")
    ]
    assert not offenders, offenders


def test_sql_lives_in_storage_only() -> None:
    words = ("SELECT ", "INSERT INTO", "DELETE FROM", "CREATE TABLE")
    offenders = [
        str(path.relative_to(PACKAGE))
        for layer in ("ui", "services", "cli", "formats", "domain", "suggest")
        for path in (PACKAGE / layer).rglob("*.py")
        if any(w in path.read_text(encoding="utf-8") for w in words)
    ]
    assert not offenders, offenders


def test_the_core_runs_without_qt_loaded() -> None:
    code = (
        "import sys, annotary.services.importing, annotary.services.exporting, "
        "annotary.services.merging, annotary.cli.main, annotary.storage;"
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt was loaded'"
    )
    env_path = str(PACKAGE.parent)
    subprocess.run([sys.executable, "-c", code], check=True, env={"PYTHONPATH": env_path})
