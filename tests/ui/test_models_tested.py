"""Every Qt item model of the window is checked by QAbstractItemModelTester, without a view.

A model class added to ui/ without such a test fails here: the test files that
name it must run QAbstractItemModelTester and build no view or window.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "desktop" / "annotary" / "ui"
MODEL_BASES = {
    "QAbstractItemModel",
    "QAbstractListModel",
    "QAbstractTableModel",
    "QStandardItemModel",
    "QSortFilterProxyModel",
    "QIdentityProxyModel",
    "QStringListModel",
}
VIEWS = ("QTreeView", "QListView", "QTableView", "app_window", "MainWindow")


def _models() -> set[str]:
    found = set()
    for path in UI.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                bases = {b.id for b in node.bases if isinstance(b, ast.Name)}
                if bases & MODEL_BASES:
                    found.add(node.name)
    return found


def test_every_model_has_a_model_tester_test_without_a_view() -> None:
    models = _models()
    assert {"AnnotationModel", "LibraryModel", "ThemeModel"} <= models  # the scan works
    tests = {p: p.read_text(encoding="utf-8") for p in Path(__file__).parent.glob("test_*.py")}
    missing = []
    for model in sorted(models):
        naming = [t for p, t in tests.items() if model in t and p.name != Path(__file__).name]
        if not any(
            "QAbstractItemModelTester" in t and not any(v in t for v in VIEWS) for t in naming
        ):
            missing.append(model)
    assert not missing, f"models without a view-free QAbstractItemModelTester test: {missing}"
