"""The layers hold: only annotary.ui imports Qt, and the core never imports the UI."""

from __future__ import annotations

import ast
import re
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


def test_east_asian_script_ranges_live_in_domain_scripts_only() -> None:
    # the first and last code points of the Han, kana and Hangul blocks, as written
    # in Python source (escapes, hex literals); domain/scripts.py is their one home
    ends = ("4e00", "9fff", "3400", "4dbf", "f900", "faff", "3040", "30ff", "ac00", "d7a3")
    literal = re.compile(
        r"\\u(?:" + "|".join(ends) + r")|\\U0002[0-9a-f]{4}|0x(?:" + "|".join(ends) + r"|20000)\b",
        re.IGNORECASE,
    )
    written_out = re.compile("[\u3040-\u9fff\uac00-\ud7a3]-[\u3040-\u9fff\uac00-\ud7a3]")
    home = PACKAGE / "domain" / "scripts.py"
    offenders = [
        f"{path.relative_to(PACKAGE)}: {m.group(0)}"
        for path in PACKAGE.rglob("*.py")
        if path != home
        for pattern in (literal, written_out)
        for m in pattern.finditer(path.read_text(encoding="utf-8"))
    ]
    assert not offenders, offenders


def test_language_tags_are_read_in_domain_language_only() -> None:
    # What "zh", "cmn" or "yue" mean is decided by domain/language.py (is_chinese,
    # is_cjk, normalise_language); a Chinese variety's tag written elsewhere is a
    # second copy of that rule.
    varieties = re.compile(r"""["'](cmn|yue|zho|wuu)(?:[-_][^"']*)?["']""")
    home = PACKAGE / "domain" / "language.py"
    offenders = [
        f"{path.relative_to(PACKAGE)}:{number}"
        for path in PACKAGE.rglob("*.py")
        if path != home
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if varieties.search(line)
    ]
    assert not offenders, offenders


def test_no_engine_module_grows_past_500_lines() -> None:
    # docs/decisions.md: a module past 500 lines is split by what its parts do
    long = {
        path.name: n
        for path in (PACKAGE / "suggest").glob("*.py")
        if (n := len(path.read_text(encoding="utf-8").splitlines())) > 500
    }
    assert long == {}
