"""The report after importing annotations: what was added, recognised, updated, kept, skipped."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotary.services.merging import MergeReport
from annotary.ui.i18n import shown
from annotary.ui.richtext import plain_tip

KINDS = ("articles", "speakers", "themes", "annotations")


class ReportWords(QObject):
    """The report's words (a QObject, so that lupdate sees its plural forms)."""

    def count(self, n: int, kind: str) -> str:
        if kind == "articles":
            return self.tr("%n article(s)", "", n)
        if kind == "speakers":
            return self.tr("%n speaker(s)", "", n)
        if kind == "themes":
            return self.tr("%n theme(s)", "", n)
        return self.tr("%n annotation(s)", "", n)

    def summary(self, report: MergeReport) -> str:
        """One line: what was added, recognised, updated, in conflict, orphaned (the
        report's facts, MergeReport.facts, in this language's words)."""
        parts = []
        for fact, n in report.facts():
            if fact != "added":
                parts.append(self._fact(fact, n))
                continue
            added = [self.count(report.added[k], k) for k in KINDS if report.added.get(k, 0)]
            listed = self.tr(", ", "between the parts of a list").join(added)
            parts.append(self.tr("added {0}").format(listed) if added else self.tr("added nothing"))
        return self.tr("; ", "between the parts of a summary").join(parts)

    def _fact(self, fact: str, n: int) -> str:
        if fact == "present":
            return self.tr("%n already present", "", n)
        if fact == "updated":
            return self.tr("%n annotation(s) updated", "", n)
        if fact == "conflicts":
            return self.tr("%n conflict(s)", "", n)
        if fact == "orphaned":
            return self.tr("%n orphaned", "", n)
        if fact == "notes_added":
            return self.tr("%n article note(s) added", "", n)
        if fact == "notes_joined":
            return self.tr("%n article note(s) appended to a different note already there", "", n)
        if fact == "memo_added":
            return self.tr("the project memo added")
        return self.tr("the incoming memo appended to this project's memo")

    def sections(self, report: MergeReport) -> list[tuple[str, list[str]]]:
        def counts(numbers: dict[str, int]) -> list[str]:
            return [self.count(numbers[k], k) for k in KINDS if numbers.get(k, 0)]

        added = counts(report.added)
        known = counts(report.recognised)
        sections = [
            (
                self.tr("Added ({0})").format(sum(report.added.values())),
                added or [self.tr("nothing new")],
            ),
            (
                self.tr("Already in this project, recognised ({0})").format(
                    sum(report.recognised.values())
                ),
                known,
            ),
        ]
        if report.updated:
            sections.append(
                (
                    self.tr("Updated ({0})").format(report.updated),
                    [
                        self.tr(
                            "%n annotation(s) replaced by the newer imported version",
                            "",
                            report.updated,
                        )
                    ],
                )
            )
        if report.orphaned:
            sections.append(
                (
                    self.tr("Orphaned ({0})").format(report.orphaned),
                    [
                        self.tr(
                            "%n annotation(s) whose text was not found again in this "
                            "project's version of the article; kept, marked orphaned",
                            "",
                            report.orphaned,
                        )
                    ],
                )
            )
        sections.append(
            (
                self.tr("Conflicts: which side was kept ({0})").format(len(report.conflicts)),
                [shown(line) for line in report.conflicts],
            )
        )
        sections.append(
            (
                self.tr("Skipped or converted, with the reason ({0})").format(len(report.warnings)),
                [shown(line) for line in report.warnings],
            )
        )
        return sections


def report_summary(report: MergeReport) -> str:
    """The report in one line, in the window's language."""
    return ReportWords().summary(report)


def report_sections(report: MergeReport) -> list[tuple[str, list[str]]]:
    """The report as (heading, lines) in the order the dialog shows them."""
    return ReportWords().sections(report)


def report_text(report: MergeReport, source: str) -> str:
    lines = [
        QCoreApplication.translate("ImportReportDialog", "Imported {0}: {1}").format(
            source, report_summary(report)
        )
    ]
    for heading, items in report_sections(report):
        lines.append("")
        lines.append(heading)
        lines.extend(f"  • {item}" for item in items)
    return "\n".join(lines)


class ImportReportDialog(QDialog):
    def __init__(self, report: MergeReport, source: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.source = source
        self.setObjectName("importReportDialog")
        self.setWindowTitle(self.tr("Import report"))
        self.setAccessibleName(self.tr("Import report"))
        self.summary = QLabel(
            f"<b>{_escape(source)}</b><br>{_escape(report_summary(report))}", self
        )
        self.summary.setWordWrap(True)
        self.summary.setObjectName("importReportSummary")
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("importReportTree")
        self.tree.setAccessibleName(self.tr("What the import did"))
        self.tree.setHeaderHidden(True)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(False)  # long lines scroll, never cut
        self._tops: list[QTreeWidgetItem] = []
        for heading, items in report_sections(report):
            top = QTreeWidgetItem(self.tree, [heading])
            self._tops.append(top)
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            for line in items:
                child = QTreeWidgetItem(top, [line])
                child.setToolTip(0, plain_tip(line))
            top.setExpanded(bool(items) and len(items) <= 50)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        copy = buttons.addButton(self.tr("&Copy Report"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(self.copy)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.resize(720, 440)

    def lines(self) -> list[str]:
        """Every line shown (headings and their entries), top to bottom."""
        out: list[str] = []
        for top in self._tops:
            out.append(top.text(0))
            children = (top.child(j) for j in range(top.childCount()))
            out.extend(child.text(0) for child in children if child is not None)
        return out

    def copy(self) -> None:
        QApplication.clipboard().setText(report_text(self.report, self.source))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
