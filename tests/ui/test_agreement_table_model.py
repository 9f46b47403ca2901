"""The Compare Coders table model without a view: rows from a real comparison, roles, resets."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QAbstractItemModelTester
from tests.helpers import add_article, new_project

from annotary.domain.agreement import AgreementRow
from annotary.services import agreement, annotating, codebook
from annotary.ui.agreement.table_model import (
    ALPHA,
    CATEGORY_ROLE,
    HEADERS,
    KAPPA,
    LABEL,
    PERCENT,
    RELIABLE_COLORS,
    TENTATIVE_COLORS,
    UNITS,
    UNRELIABLE_COLORS,
    VALUE_ROLE,
    AgreementTableModel,
)


@pytest.fixture
def model(qapp):  # type: ignore[no-untyped-def]
    m = AgreementTableModel()
    QAbstractItemModelTester(m, QAbstractItemModelTester.FailureReportingMode.Fatal)
    return m


def row(label: str, alpha: float | None, category: str = "t1") -> AgreementRow:
    return AgreementRow(label, category, ("amira", "bo"), 1234, 0.5, 0.25, alpha)


def comparison_rows(tmp_path: Path) -> list[AgreementRow]:
    first = new_project(tmp_path, coder="amira")
    article = add_article(first)
    theme = codebook.create(first, "Ports <b>& harbours</b>").value
    annotating.create(first, article.id, "passage", 0, 60, themes=[theme.id])
    annotating.create(first, article.id, "quote", 70, 110)
    second = new_project(tmp_path, coder="bo")  # the same file, another coder
    annotating.create(second, article.id, "passage", 0, 50, themes=[theme.id])
    annotating.create(second, article.id, "quote", 70, 110)
    return agreement.compare_coders(second).rows


def test_rows_of_a_real_comparison(model: AgreementTableModel, tmp_path: Path) -> None:
    rows = comparison_rows(tmp_path)
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    model.set_rows(rows)
    assert resets == [1]
    assert model.rowCount() == len(rows) >= 2 and model.columnCount() == len(HEADERS)
    labels = [model.index(r, LABEL).data() for r in range(model.rowCount())]
    assert "Theme: Ports <b>& harbours</b>" in labels and "Quotes" in labels
    for r, source in enumerate(rows):
        assert model.index(r, UNITS).data(VALUE_ROLE) == source.units
        assert model.index(r, ALPHA).data(VALUE_ROLE) == source.alpha
        assert model.index(r, LABEL).data(CATEGORY_ROLE) == source.category
        assert model.row_at(r) == source
    assert model.row_at(len(rows)) is None
    # a theme name is shown literally in its tooltip, never as markup
    theme_row = labels.index("Theme: Ports <b>& harbours</b>")
    tip = model.index(theme_row, LABEL).data(Qt.ItemDataRole.ToolTipRole)
    assert "<b>" not in tip and "&lt;b&gt;" in tip and "amira, bo" in tip


def test_formatting_and_alignment(model: AgreementTableModel) -> None:
    model.set_rows([row("Theme: A", 0.9), row("Theme: B", None)])
    first = model.index(0, UNITS)
    assert first.data() == "1,234"
    assert model.index(0, PERCENT).data() == "50.0 %"
    assert model.index(0, KAPPA).data() == "0.250"
    assert model.index(0, ALPHA).data() == "0.900"
    assert model.index(1, ALPHA).data() == "n/a"
    right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    assert first.data(Qt.ItemDataRole.TextAlignmentRole) == right
    assert model.index(0, LABEL).data(Qt.ItemDataRole.TextAlignmentRole) is None
    assert "characters compared" in first.data(Qt.ItemDataRole.ToolTipRole)
    assert "undefined" in model.index(1, ALPHA).data(Qt.ItemDataRole.ToolTipRole)


@pytest.mark.parametrize(
    ("alpha", "colors"),
    [(0.8, RELIABLE_COLORS), (0.7, TENTATIVE_COLORS), (0.1, UNRELIABLE_COLORS), (None, None)],
)
def test_alpha_is_coloured_by_its_verdict(
    model: AgreementTableModel, alpha: float | None, colors: tuple[str, str] | None
) -> None:
    model.set_rows([row("Quotes", alpha, "quote")])
    cell = model.index(0, ALPHA)
    background = cell.data(Qt.ItemDataRole.BackgroundRole)
    foreground = cell.data(Qt.ItemDataRole.ForegroundRole)
    if colors is None:
        assert background is None and foreground is None
    else:
        assert background == QColor(colors[0]) and foreground == QColor(colors[1])
    assert model.index(0, KAPPA).data(Qt.ItemDataRole.BackgroundRole) is None


def test_headers_and_a_new_comparison_replaces_the_old(model: AgreementTableModel) -> None:
    assert model.headerData(ALPHA, Qt.Orientation.Horizontal) == HEADERS[ALPHA]
    assert model.headerData(ALPHA, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    assert model.headerData(len(HEADERS), Qt.Orientation.Horizontal) is None
    model.set_rows([row("Theme: A", 0.9), row("Theme: B", 0.1)])
    model.set_rows([row("Quotes", 0.5, "quote")])
    assert model.rowCount() == 1 and model.index(0, LABEL).data() == "Quotes"
    cell = model.index(0, LABEL)
    assert model.rowCount(cell) == 0 and model.columnCount(cell) == 0  # a table, no children
    model.set_rows([])
    assert model.rowCount(QModelIndex()) == 0 and model.columnCount() == len(HEADERS)
