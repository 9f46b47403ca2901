"""The speaker page and the theme page: one record across the whole corpus.

Speaker: name, role and affiliation, aliases, how each article names them,
quotes (direct and reported), quotes by month, outlets and themes. Theme: its
passages and quotes by article with the text around each, and the themes that
go with it. Every figure is clickable: ``rows_requested(query, description)``
asks the window to show exactly the rows it counts. Both are read off the GUI
thread (``services.analysis.speaker_profile`` / ``theme_profile``).
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from annotary.domain.analysis import AnnotationQuery, Count, SpeakerProfile, ThemeProfile
from annotary.ui.analysis.choices import Choices
from annotary.ui.analysis.count_list import CountList
from annotary.ui.context import AppContext
from annotary.ui.operations import analysis as analysis_ops
from annotary.ui.operations.operation import Operation
from annotary.ui.operations.runner import Running
from annotary.ui.richtext import plain_label

SHOWN_PASSAGES = 400  # the theme page lists this many; Passages and Quotes show them all


class _Page(QWidget):
    page_requested = Signal(str, str)
    rows_requested = Signal(object, str)  # AnnotationQuery, what the rows are
    loaded = Signal()

    def __init__(
        self, ctx: AppContext, choices: Callable[[], Choices], parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._choices = choices
        self.record_id: str | None = None
        self.busy = False
        self.stale = False
        self._generation = 0
        self._request: Running[Any] | None = None  # the newest page asked for
        self.picker = QComboBox(self)
        self.picker.setMinimumContentsLength(28)
        self.picker.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.picker.activated.connect(lambda _i: self.show_record(self.picker.currentData()))
        self.title = plain_label(QLabel(self))
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = plain_label(QLabel(self))
        self.subtitle.setWordWrap(True)
        self.subtitle.setProperty("muted", True)
        self.message = plain_label(QLabel(self))
        self.message.setWordWrap(True)
        self.message.hide()
        self.figures = QHBoxLayout()
        self.figures.setSpacing(8)
        self._figure_buttons: list[QPushButton] = []

    def _fill_picker(self, items: list[tuple[str, str]]) -> None:
        self.picker.blockSignals(True)
        self.picker.clear()
        for label, record_id in items:
            self.picker.addItem(label, record_id)
        self.picker.setCurrentIndex(max(self.picker.findData(self.record_id), -1))
        self.picker.blockSignals(False)

    def _set_figures(self, counts: list[tuple[str, Count]]) -> None:
        for button in self._figure_buttons:
            self.figures.removeWidget(button)
            button.deleteLater()
        self._figure_buttons = []
        for text, count in counts:
            button = QPushButton(text, self)
            button.setObjectName("pageFigure")
            button.setToolTip(self.tr("Show these rows"))
            button.setEnabled(count.count > 0)
            button.clicked.connect(lambda _c=False, c=count, t=text: self._show_rows(c, t))
            self.figures.insertWidget(len(self._figure_buttons), button)
            self._figure_buttons.append(button)

    def figure_buttons(self) -> list[QPushButton]:
        return list(self._figure_buttons)

    def _show_rows(self, count: Count, what: str) -> None:
        self.rows_requested.emit(count.query, f"{self.title.text()} · {what}")

    def _list_chosen(self, count: Count) -> None:
        self.rows_requested.emit(count.query, f"{self.title.text()} · {count.label}")

    def show_record(self, record_id: object) -> None:
        if not isinstance(record_id, str) or not record_id:
            return
        self.record_id = record_id
        self.refresh()

    def refresh(self) -> None:
        """Read the chosen record's profile in the background and show it (an older
        read still under way is ignored when it ends)."""
        self._fill_picker(self._picker_items())
        self.stale = False
        if self.record_id is None:
            title, subtitle = self._empty_texts()
            self.title.setText(title)
            self.subtitle.setText(subtitle)
            return
        self._generation += 1
        generation = self._generation
        self.busy = True
        op = (
            self._profile_op(self.record_id)
            .then(lambda p: self._show(generation, p))
            .or_else(lambda why: self._failed(generation, why))
        )
        if self._request is not None:
            self._request.cancel()  # superseded: its query stops at once
        self._request = self.ctx.operations.run(op.failing_in_status_line(), self)

    def _picker_items(self) -> list[tuple[str, str]]:
        raise NotImplementedError

    def _empty_texts(self) -> tuple[str, str]:
        """The title and subtitle while no record is chosen."""
        raise NotImplementedError

    def _profile_op(self, record_id: str) -> Operation[Any]:
        raise NotImplementedError

    def _show(self, generation: int, profile: Any) -> None:
        raise NotImplementedError

    def _failed(self, generation: int, why: str) -> None:
        if generation != self._generation:
            return
        self.busy = False
        self.message.setText(self.tr("This page could not be read: {0}").format(why))
        self.message.show()
        self.loaded.emit()


class SpeakerPage(_Page):
    """Everything about one speaker across the corpus."""

    def __init__(
        self, ctx: AppContext, choices: Callable[[], Choices], parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, choices, parent)
        self.setObjectName("speakerPage")
        self.profile: SpeakerProfile | None = None
        self.picker.setObjectName("speakerPagePicker")
        self.picker.setAccessibleName(self.tr("Speaker"))
        self.months = CountList(self.tr("Month"), self.tr("Quotes"), self)
        self.months.setObjectName("speakerMonths")
        self.outlets = CountList(self.tr("Outlet"), self.tr("Quotes"), self)
        self.outlets.setObjectName("speakerOutlets")
        self.themes = CountList(self.tr("Theme"), self.tr("Quotes"), self)
        self.themes.setObjectName("speakerThemes")
        for lst in (self.months, self.outlets, self.themes):
            lst.chosen.connect(self._list_chosen)
        self.stated = QTextBrowser(self)
        self.stated.setObjectName("speakerStated")
        self.stated.setOpenLinks(False)
        self.stated.anchorClicked.connect(self._anchor)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Speaker:"), self))
        top.addWidget(self.picker)
        top.addStretch(1)
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        for col, (label, widget) in enumerate(
            (
                (self.tr("Quotes over time"), self.months),
                (self.tr("Outlets"), self.outlets),
                (self.tr("Themes of their quotes"), self.themes),
            )
        ):
            heading = QLabel(label, self)
            heading.setProperty("heading", True)
            grid.addWidget(heading, 0, col)
            grid.addWidget(widget, 1, col)
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(QLabel(self.tr("Roles and names as stated in each article"), self))
        lower_layout.addWidget(self.stated)
        upper = QWidget(self)
        upper.setLayout(grid)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(upper)
        split.addWidget(lower)
        split.setSizes([380, 220])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.message)
        layout.addLayout(self.figures)
        layout.addWidget(split, 1)
        self.figures.addStretch(1)

    def _picker_items(self) -> list[tuple[str, str]]:
        return self._choices().speakers

    def _empty_texts(self) -> tuple[str, str]:
        return self.tr("No speaker chosen"), self.tr(
            "Choose a speaker above, or open one from the Speakers panel or a quote."
        )

    def _profile_op(self, record_id: str) -> Operation[SpeakerProfile]:
        return analysis_ops.speaker_profile(record_id)

    def _show(self, generation: int, p: SpeakerProfile) -> None:
        if generation != self._generation:
            return
        self.busy = False
        self.profile = p
        self.message.hide()
        self.title.setText(p.name)
        lines = []
        about = ", ".join(v for v in (p.role, p.affiliation) if v)
        if about:
            lines.append(about)
        if p.aliases:
            lines.append(self.tr("Also named: {0}").format("; ".join(p.aliases)))
        self.subtitle.setText("\n".join(lines))
        figures = [(self.tr("Quotes: {0}").format(p.quotes.count), p.quotes)]
        for c in p.quote_types:
            if c.key == "direct":
                figures.append((self.tr("Direct: {0}").format(c.count), c))
            elif c.key == "indirect":
                figures.append((self.tr("Reported: {0}").format(c.count), c))
            elif c.count:
                figures.append((self.tr("Type not set: {0}").format(c.count), c))
        self._set_figures(figures)
        self.months.set_items(p.months)
        self.outlets.set_items(p.outlets)
        self.themes.set_items(p.themes)
        parts = []
        for form in p.stated:
            date = html.escape(form.published or "")
            title = html.escape(form.article_title)
            said = "; ".join(f"“{html.escape(f)}”" for f in form.forms)
            parts.append(
                f'<p><span style="color:gray">{date}</span> '
                f'<a href="article:{html.escape(form.article_id)}">{title}</a><br>{said}</p>'
            )
        none = self.tr("No speaker mentions tagged yet.")
        self.stated.setHtml("".join(parts) or f"<p>{html.escape(none)}</p>")
        self.loaded.emit()

    def _anchor(self, url: QUrl) -> None:
        target = url.toString()
        if target.startswith("article:") and self.record_id:
            article = target.removeprefix("article:")
            query = AnnotationQuery(kind="quote", speaker=self.record_id, article=article)
            self.rows_requested.emit(query, self.tr("{0} · one article").format(self.title.text()))


class ThemePage(_Page):
    """A theme across the corpus: its passages and quotes by article, and its companions."""

    def __init__(
        self, ctx: AppContext, choices: Callable[[], Choices], parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, choices, parent)
        self.setObjectName("themePage")
        self.profile: ThemeProfile | None = None
        self.picker.setObjectName("themePagePicker")
        self.picker.setAccessibleName(self.tr("Theme"))
        self.subthemes = QCheckBox(self.tr("with sub-themes"), self)
        self.subthemes.setObjectName("themePageSubthemes")
        self.subthemes.toggled.connect(lambda _on: self.refresh())
        self.passages = QTextBrowser(self)
        self.passages.setObjectName("themePassages")
        self.passages.setOpenLinks(False)
        self.passages.anchorClicked.connect(self._anchor)
        self.cooccurring = CountList(self.tr("Theme"), self.tr("Together"), self)
        self.cooccurring.setObjectName("themeCooccurring")
        self.cooccurring.chosen.connect(self._list_chosen)
        self._open_at: Callable[[str, str | None, tuple[int, int]], bool] | None = None

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Theme:"), self))
        top.addWidget(self.picker)
        top.addWidget(self.subthemes)
        top.addStretch(1)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(QLabel(self.tr("Themes on the same annotations"), self))
        right_layout.addWidget(self.cooccurring)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("Passages and quotes by article"), self))
        left_layout.addWidget(self.passages)
        split = QSplitter(self)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 1)
        split.setSizes([820, 340])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.message)
        layout.addLayout(self.figures)
        layout.addWidget(split, 1)
        self.figures.addStretch(1)

    def set_open_at(self, open_at: Callable[[str, str | None, tuple[int, int]], bool]) -> None:
        self._open_at = open_at

    def _picker_items(self) -> list[tuple[str, str]]:
        return self._choices().themes

    def _empty_texts(self) -> tuple[str, str]:
        return self.tr("No theme chosen"), self.tr(
            "Choose a theme above, or open one from the Codebook panel or a row."
        )

    def _profile_op(self, record_id: str) -> Operation[ThemeProfile]:
        return analysis_ops.theme_profile(record_id, self.subthemes.isChecked())

    def _show(self, generation: int, p: ThemeProfile) -> None:
        if generation != self._generation:
            return
        self.busy = False
        self.profile = p
        self.message.hide()
        self.title.setText(p.path or p.name)
        n_articles = len(p.articles)
        self.subtitle.setText(self.tr("Articles: {0}").format(n_articles) if n_articles else "")
        self._set_figures(
            [
                (self.tr("Passages: {0}").format(p.passages.count), p.passages),
                (self.tr("Quotes: {0}").format(p.quotes.count), p.quotes),
            ]
        )
        self.cooccurring.set_items(p.cooccurring)
        self.passages.setHtml(self._passages_html(p))
        self.loaded.emit()

    def _passages_html(self, p: ThemeProfile) -> str:
        parts: list[str] = []
        shown = 0
        total = sum(len(g.rows) for g in p.articles)
        for group in p.articles:
            if shown >= SHOWN_PASSAGES:
                break
            meta = " · ".join(html.escape(v) for v in (group.outlet, group.published) if v)
            parts.append(
                f"<h3 style='margin-bottom:2px'>{html.escape(group.article_title)}</h3>"
                f"<div style='color:gray'>{meta}</div>"
            )
            for row, (prefix, suffix) in zip(group.rows, group.contexts, strict=False):
                shown += 1
                who = f" — {html.escape(row.speaker_name)}" if row.speaker_name else ""
                before = html.escape(prefix)
                parts.append(
                    f"<p style='margin-left:12px'><span style='color:gray'>…{before}</span>"
                    f"<a href='open:{html.escape(row.id)}'><b>{html.escape(row.text)}</b></a>"
                    f"<span style='color:gray'>{html.escape(suffix)}…</span>{who}</p>"
                )
        if shown < total:
            more = self.tr("Showing {0} of {1}: the Passages and Quotes buttons list them all.")
            parts.append(f"<p><i>{html.escape(more.format(shown, total))}</i></p>")
        if not parts:
            none = self.tr("No passage or quote carries this theme yet.")
            parts.append(f"<p>{html.escape(none)}</p>")
        return "".join(parts)

    def _anchor(self, url: QUrl) -> None:
        target = url.toString()
        if not target.startswith("open:") or self.profile is None or self._open_at is None:
            return
        annotation_id = target.removeprefix("open:")
        for group in self.profile.articles:
            for row in group.rows:
                if row.id == annotation_id:
                    self._open_at(row.article_id, row.id, (row.start, row.end))
                    return
