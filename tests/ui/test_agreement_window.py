"""Compare Coders: table = services.agreement, export, messages; disagreements in the text."""

from __future__ import annotations

import csv
import dataclasses
import io
import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog

from annotary.domain.agreement import QUOTE_CATEGORY
from annotary.domain.models import Article
from annotary.formats import agreement_report
from annotary.services import agreement, annotating, codebook, importing
from annotary.services.project import Project
from annotary.ui.agreement.table_model import (
    ALPHA,
    KAPPA,
    PERCENT,
    RELIABLE_COLORS,
    TENTATIVE_COLORS,
    UNITS,
    UNRELIABLE_COLORS,
    VALUE_ROLE,
    AgreementTableModel,
)
from annotary.ui.agreement.window import AgreementWindow
from annotary.ui.operations.operation import edit

TEXT = (  # the article's canonical text (its title is given apart)
    "Dockworkers at the port of Vell voted on Thursday to strike for three days next month. "
    "“We have waited two years for a fair offer,” said union steward Tomas Reyes. "
    "The port authority called the vote regrettable and said talks would continue. "
    "“Our door remains open,” a spokeswoman said.\n\n"
    "Shipping firms warned of delays across the region."
)


def span(fragment: str) -> tuple[int, int]:
    start = TEXT.index(fragment)
    return start, start + len(fragment)


QUOTE_1 = span("“We have waited two years for a fair offer,”")
QUOTE_2 = span("“Our door remains open,”")
STRIKE_TESTER = span("voted on Thursday to strike")
STRIKE_JONAS = span("voted on Thursday to strike for three days next month")


def add(
    project: Project, article: str, coder: str, kind: str, where: tuple[int, int], **kw
) -> None:  # type: ignore[no-untyped-def]
    """Annotate as ``coder`` (the project records its coder on every annotation)."""
    own = project.coder
    project.coder = coder
    try:
        annotating.create(project, article, kind, *where, **kw)
    finally:
        project.coder = own


@pytest.fixture
def two_coders(app_window):  # type: ignore[no-untyped-def]
    """One article coded by "tester" and "jonas", who differ on a theme's extent and a quote."""
    project = app_window.ctx.project
    made = importing.import_pasted(project, TEXT, "Dockworkers in Vell vote to strike").value
    assert isinstance(made, Article) and made.text == TEXT
    strike = codebook.create(project, "Industrial action", color="#4e79a7").value
    add(project, made.id, "tester", "quote", QUOTE_1)
    add(project, made.id, "tester", "passage", STRIKE_TESTER, themes=[strike.id])
    add(project, made.id, "jonas", "quote", QUOTE_1)
    add(project, made.id, "jonas", "quote", QUOTE_2)
    add(project, made.id, "jonas", "passage", STRIKE_JONAS, themes=[strike.id])
    app_window.library.reload()
    app_window.open_article(made.id)
    return app_window, strike.id


def open_compare(qtbot, window) -> AgreementWindow:  # type: ignore[no-untyped-def]
    window.actions_["compare_coders"].trigger()
    dialog = window.comparison.agreement_window
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    return dialog


def table(model: AgreementTableModel, role: int = Qt.ItemDataRole.DisplayRole) -> list[list]:  # type: ignore[type-arg]
    return [
        [model.index(r, c).data(role) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_compare_coders_table_equals_the_service(qtbot, two_coders) -> None:  # type: ignore[no-untyped-def]
    w, _strike = two_coders
    dialog = open_compare(qtbot, w)
    assert dialog.checked_coders() == ["jonas", "tester"]
    expected = agreement.compare_coders(w.ctx.project)
    assert dialog.comparison == expected
    values = table(dialog.model, VALUE_ROLE)
    assert values == [[r.label, r.units, r.percent, r.kappa, r.alpha] for r in expected.rows]
    assert [row[0] for row in values] == [
        "Theme: Industrial action",
        "Quotes",
        "Speaker attribution",
    ]
    shown = table(dialog.model)
    for row, shown_row in zip(expected.rows, shown, strict=True):
        assert shown_row[UNITS] == f"{row.units:,}"
        assert shown_row[PERCENT] == (
            "n/a" if row.percent is None else f"{row.percent * 100:.1f} %"
        )
        for column, value in ((KAPPA, row.kappa), (ALPHA, row.alpha)):
            assert shown_row[column] == ("n/a" if value is None else f"{value:.3f}")
    speaker = expected.rows[-1]
    assert speaker.units == 1 and speaker.alpha is None, "one matched quote, nothing varies"
    assert shown[-1][ALPHA] == "n/a"
    assert dialog.article_list.count() == 1
    assert dialog.article_list.item(0).text() == "Dockworkers in Vell vote to strike"
    assert dialog.heading.text() == "Agreement of jonas, tester over 1 article"


def test_alpha_is_coloured_by_the_usual_thresholds(qtbot, two_coders) -> None:  # type: ignore[no-untyped-def]
    w, _strike = two_coders
    rows = agreement.compare_coders(w.ctx.project).rows
    model = AgreementTableModel()
    for alpha, colours in (
        (0.91, RELIABLE_COLORS),
        (0.800, RELIABLE_COLORS),
        (0.70, TENTATIVE_COLORS),
        (0.667, TENTATIVE_COLORS),
        (0.40, UNRELIABLE_COLORS),
        (-0.2, UNRELIABLE_COLORS),
    ):
        model.set_rows([dataclasses.replace(rows[0], alpha=alpha)])
        cell = model.index(0, ALPHA)
        assert cell.data(Qt.ItemDataRole.BackgroundRole) == QColor(colours[0]), alpha
    model.set_rows([dataclasses.replace(rows[0], alpha=None)])
    assert model.index(0, ALPHA).data(Qt.ItemDataRole.BackgroundRole) is None
    assert model.index(0, ALPHA).data() == "n/a"


def test_theme_filter_and_coder_choice(qtbot, two_coders) -> None:  # type: ignore[no-untyped-def]
    w, strike = two_coders
    dialog = open_compare(qtbot, w)
    dialog.theme_box.setCurrentIndex(dialog.theme_box.findData(strike))
    qtbot.waitUntil(lambda: not dialog.busy and not dialog._timer.isActive(), timeout=10_000)
    expected = agreement.compare_coders(w.ctx.project, theme_ids=[strike])
    assert dialog.comparison == expected
    dialog.set_checked(["tester"])
    qtbot.waitUntil(lambda: dialog.comparison is None, timeout=10_000)
    assert dialog.message.isVisibleTo(dialog)
    assert "at least two coders" in dialog.message.text()
    assert not dialog.export_button.isEnabled()


def test_one_coder_only_is_explained(qtbot, app_window) -> None:  # type: ignore[no-untyped-def]
    project = app_window.ctx.project
    made = importing.import_pasted(project, TEXT, "Strike").value
    assert isinstance(made, Article)
    annotating.create(project, made.id, "quote", *QUOTE_1)
    dialog = open_compare(qtbot, app_window)
    assert dialog.comparison is None and dialog.model.rowCount() == 0
    text = dialog.message.text()
    assert "1 coder (tester)" in text and "Import Annotations" in text


def test_no_common_article_is_explained(qtbot, app_window) -> None:  # type: ignore[no-untyped-def]
    project = app_window.ctx.project
    first = importing.import_pasted(project, TEXT, "Strike").value
    second = importing.import_pasted(project, "Ferries run late again in Vell.", "Ferries").value
    assert isinstance(first, Article) and isinstance(second, Article)
    annotating.create(project, first.id, "quote", *QUOTE_1)
    project.coder = "jonas"
    annotating.create(project, second.id, "passage", 0, 7)
    project.coder = "tester"
    dialog = open_compare(qtbot, app_window)
    assert dialog.comparison is None
    assert "No article has been coded by all of: jonas, tester" in dialog.message.text()


def test_export_as_csv_and_html(qtbot, two_coders, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    w, _strike = two_coders
    dialog = open_compare(qtbot, w)
    assert dialog.comparison is not None
    target = tmp_path / "agreement"  # no suffix: the chosen filter decides

    def save_as(kind: str):  # type: ignore[no-untyped-def]
        def fake(*args, **kwargs):  # type: ignore[no-untyped-def]
            return str(target), next(f for f in ("CSV (*.csv)", "HTML page (*.html)") if kind in f)

        return staticmethod(fake)

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as("CSV"))
    dialog.export_button.click()
    written = (tmp_path / "agreement.csv").read_bytes()
    expected = io.BytesIO()
    agreement_report.write_csv(dialog.comparison.rows, expected)
    assert written == expected.getvalue()
    rows = list(csv.reader(io.StringIO(written.decode("utf-8-sig"))))
    assert rows[0] == list(agreement_report.CSV_HEADER)
    assert [r[0] for r in rows[1:]] == [r.label for r in dialog.comparison.rows]

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as("HTML"))
    dialog.export_button.click()
    page = (tmp_path / "agreement.html").read_text(encoding="utf-8")
    assert "Industrial action" in page and "jonas, tester" in page

    assert not dialog.export(tmp_path / "agreement.txt")
    assert "csv" in dialog.message.text() and not (tmp_path / "agreement.txt").exists()


def _disagreements(w) -> list[tuple[int, int]]:  # type: ignore[no-untyped-def]
    return sorted((h.start, h.end) for h in w.reader.highlights() if h.kind == "disagreement")


def _trigger(w, name: str) -> None:  # type: ignore[no-untyped-def]
    menu = w.findChild(type(w.menuBar().actions()[0].menu()), "disagreementMenu")
    assert menu is not None
    w.comparison.fill_menu(menu)
    action = next(a for a in menu.actions() if a.objectName() == name)
    assert action.isEnabled()
    action.trigger()


def test_show_disagreements_marks_where_coders_differ_and_hides_again(qtbot, two_coders) -> None:  # type: ignore[no-untyped-def]
    w, strike = two_coders
    _trigger(w, "disagree_quote")
    assert _disagreements(w) == [QUOTE_2], "only jonas marked the second quote"
    hid = next(h.id for h in w.reader.highlights() if h.kind == "disagreement")
    assert w.reader.highlight(hid).style is None  # the kind's default: a wavy underline
    tip = w.highlights.tooltip(hid)
    assert "Coded by: jonas" in tip and "Not coded by: tester" in tip
    w.reader.scroll_to(QUOTE_2[0])
    rect = w.reader.range_rect(*QUOTE_2)
    assert not rect.isEmpty()
    hover = w.reader.tooltip_at(rect.center())
    assert "Coders differ here (quotes)" in hover and "Coded by: jonas" in hover

    _trigger(w, f"disagree_{strike}")
    assert _disagreements(w) == [(STRIKE_TESTER[1], STRIKE_JONAS[1])]
    _trigger(w, "disagree_any")
    assert _disagreements(w) == sorted([QUOTE_2, (STRIKE_TESTER[1], STRIKE_JONAS[1])])

    _trigger(w, "disagree_hide")
    assert _disagreements(w) == []
    assert len([h for h in w.reader.highlights() if h.kind != "suggestion"]) == 5


def test_disagreements_follow_edits(qtbot, two_coders) -> None:  # type: ignore[no-untyped-def]
    w, _strike = two_coders
    view = w.comparison.disagreement_view()
    assert view.show(QUOTE_CATEGORY) == 1
    project = w.ctx.project
    assert w.ctx.operations.run(
        edit(
            "Tag as quote",
            lambda _p: annotating.create(project, w.session.article_id, "quote", *QUOTE_2),
        )
    ).ok
    assert _disagreements(w) == [], "now both coders marked the second quote"
    w.ctx.undo_stack.undo()
    assert _disagreements(w) == [QUOTE_2]
    view.hide()
    assert _disagreements(w) == []


def test_show_in_article_from_the_compare_window(qtbot, two_coders) -> None:  # type: ignore[no-untyped-def]
    w, strike = two_coders
    dialog = open_compare(qtbot, w)
    assert dialog.select_category(strike)
    assert dialog.show_button.isEnabled()
    dialog.show_button.click()
    assert _disagreements(w) == [(STRIKE_TESTER[1], STRIKE_JONAS[1])]
    assert dialog.select_category("speaker")
    dialog.show_button.click()
    assert _disagreements(w) == [QUOTE_2], "speaker attribution shows where the quotes differ"


def test_the_comparison_runs_off_the_gui_thread(qtbot, two_coders, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    w, _strike = two_coders
    threads: list[threading.Thread] = []
    release = threading.Event()
    real = agreement.compare_coders

    def held(*args, **kwargs):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread())
        release.wait(timeout=10)  # on the GUI thread this would hold the window for 10 s
        return real(*args, **kwargs)

    monkeypatch.setattr(agreement, "compare_coders", held)
    w.actions_["compare_coders"].trigger()
    dialog = w.comparison.agreement_window
    assert dialog.isVisible(), "the window opened while the comparison is still held"
    assert dialog.busy and "Comparing" in dialog.heading.text()
    qtbot.waitUntil(lambda: bool(threads), timeout=10_000)
    release.set()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    assert threads and threads[0] is not threading.main_thread()
    assert dialog.model.rowCount() == 3


def test_help_is_in_the_dialog_not_a_path_in_the_source(qtbot, two_coders) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLabel

    w, _strike = two_coders
    dialog = open_compare(qtbot, w)
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert not any("docs/" in t or ".md" in t for t in texts), texts
    assert not dialog.help_text.isVisible()
    QTest.mouseClick(dialog.help_button, Qt.MouseButton.LeftButton)
    assert dialog.help_text.isVisible()
    assert "Krippendorff" in dialog.help_text.text() and "0.667" in dialog.help_text.text()
    assert "Percent agreement" in dialog.table.whatsThis()
    QTest.mouseClick(dialog.help_button, Qt.MouseButton.LeftButton)
    assert not dialog.help_text.isVisible()
