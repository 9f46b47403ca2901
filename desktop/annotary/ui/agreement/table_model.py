"""AgreementTableModel: the rows of ``services.agreement.compare_coders`` for a QTableView.

Columns: category, units, percent agreement, Cohen's kappa, Krippendorff's alpha.
DisplayRole is formatted text ("n/a" when a coefficient is undefined); ``VALUE_ROLE``
is the number itself (None when undefined), for sorting and for tests. Alpha is
coloured by Krippendorff's thresholds: reliable from 0.800, tentative from 0.667.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from annotary.domain.agreement import QUOTE_CATEGORY, SPEAKER_CATEGORY, AgreementRow
from annotary.services.agreement import RELIABLE, TENTATIVE
from annotary.ui.i18n import QT_TRANSLATE_NOOP
from annotary.ui.richtext import plain_tip

VALUE_ROLE = Qt.ItemDataRole.UserRole + 1
CATEGORY_ROLE = Qt.ItemDataRole.UserRole + 2
LABEL, UNITS, PERCENT, KAPPA, ALPHA = range(5)
HEADERS = (
    QT_TRANSLATE_NOOP("AgreementTableModel", "Category"),
    QT_TRANSLATE_NOOP("AgreementTableModel", "Units"),
    QT_TRANSLATE_NOOP("AgreementTableModel", "Agreement"),
    QT_TRANSLATE_NOOP("AgreementTableModel", "Cohen's κ"),
    QT_TRANSLATE_NOOP("AgreementTableModel", "Krippendorff's α"),
)
HEADER_TIPS = (
    QT_TRANSLATE_NOOP(
        "AgreementTableModel", "A theme, quotes, or the attribution of quotes to speakers"
    ),
    QT_TRANSLATE_NOOP(
        "AgreementTableModel",
        "Characters compared (themes, quotes) or quotes matched by two coders (speakers)",
    ),
    QT_TRANSLATE_NOOP(
        "AgreementTableModel", "Share of coder pairs that agree, not corrected for chance"
    ),
    QT_TRANSLATE_NOOP(
        "AgreementTableModel", "Cohen's kappa (mean over coder pairs with more than two coders)"
    ),
    QT_TRANSLATE_NOOP(
        "AgreementTableModel",
        "Krippendorff's alpha: rely on ≥ 0.800, tentative from 0.667, discard below",
    ),
)
# (background, text): readable in the light and the dark theme alike
RELIABLE_COLORS = ("#cdebd3", "#14532d")
TENTATIVE_COLORS = ("#fbe7b5", "#6b4a00")
UNRELIABLE_COLORS = ("#f6cfcf", "#7f1d1d")
Index = QModelIndex | QPersistentModelIndex


THEME_PREFIX = "Theme: "  # how services.agreement names a theme's row


def category_label(row: AgreementRow) -> str:
    """The row's category in the window's language (the theme's name as it is)."""
    if row.category == QUOTE_CATEGORY:
        return QCoreApplication.translate("AgreementTableModel", "Quotes")
    if row.category == SPEAKER_CATEGORY:
        return QCoreApplication.translate("AgreementTableModel", "Speaker attribution")
    if row.label.startswith(THEME_PREFIX):
        name = row.label.removeprefix(THEME_PREFIX)
        return QCoreApplication.translate("AgreementTableModel", "Theme: {0}").format(name)
    return row.label


def verdict(alpha: float | None) -> str:
    if alpha is None:
        return QCoreApplication.translate("AgreementTableModel", "undefined for these data")
    if alpha >= RELIABLE:
        return QCoreApplication.translate("AgreementTableModel", "reliable (≥ 0.800)")
    if alpha >= TENTATIVE:
        return QCoreApplication.translate("AgreementTableModel", "tentative only (0.667 – 0.800)")
    return QCoreApplication.translate("AgreementTableModel", "not reliable (< 0.667)")


def alpha_colors(alpha: float | None) -> tuple[str, str] | None:
    if alpha is None:
        return None
    if alpha >= RELIABLE:
        return RELIABLE_COLORS
    if alpha >= TENTATIVE:
        return TENTATIVE_COLORS
    return UNRELIABLE_COLORS


def format_value(column: int, value: float | int | None) -> str:
    if value is None:
        return "n/a"
    if column == PERCENT:
        return f"{value * 100:.1f} %"
    if column in (KAPPA, ALPHA):
        return f"{value:.3f}"
    return f"{value:,}"


class AgreementTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[AgreementRow] = []

    def set_rows(self, rows: Sequence[AgreementRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[AgreementRow]:
        return list(self._rows)

    def row_at(self, row: int) -> AgreementRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("AgreementTableModel", HEADERS[section])
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate("AgreementTableModel", HEADER_TIPS[section])
        return None

    def _value(self, row: AgreementRow, column: int) -> str | float | int | None:
        return (category_label(row), row.units, row.percent, row.kappa, row.alpha)[column]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        value = self._value(row, column)
        if role == Qt.ItemDataRole.DisplayRole:
            return value if column == LABEL else format_value(column, value)  # type: ignore[arg-type]
        if role == VALUE_ROLE:
            return value
        if role == CATEGORY_ROLE:
            return row.category
        if role == Qt.ItemDataRole.TextAlignmentRole and column != LABEL:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if column == ALPHA and role in (
            Qt.ItemDataRole.BackgroundRole,
            Qt.ItemDataRole.ForegroundRole,
        ):
            colors = alpha_colors(row.alpha)
            if colors is None:
                return None
            return QColor(colors[0] if role == Qt.ItemDataRole.BackgroundRole else colors[1])
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tip(self._tooltip(row, column))
        return None

    def _tooltip(self, row: AgreementRow, column: int) -> str:
        if column == ALPHA:
            return self.tr("Krippendorff's alpha {0}: {1}").format(
                format_value(ALPHA, row.alpha), verdict(row.alpha)
            )
        if column == UNITS:
            if row.category == SPEAKER_CATEGORY:
                return self.tr("{0} matched quotes compared").format(f"{row.units:,}")
            return self.tr("{0} characters compared").format(f"{row.units:,}")
        if column == LABEL:
            return f"{category_label(row)}: {', '.join(row.coders)}"
        return ""
