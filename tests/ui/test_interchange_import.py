"""File › Import Annotations (JSON) and Import from REFI-QDA in the window: merge, report, undo."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from annotary.domain.models import Article
from annotary.services import annotating, articles, codebook, exporting, importing
from annotary.services.project import Project, open_project
from annotary.ui.interchange.flow import InterchangeImport
from annotary.ui.interchange.report_dialog import ImportReportDialog
from annotary.ui.operations.operation import edit
from annotary.ui.sidebar.model import ID_ROLE

BRIEFING = (  # the article's canonical text (its title is given apart)
    "The harbour board in Vell raised ferry fares by nine percent on Monday. "
    "“The crossings have to pay for themselves,” said board chair Ilse Maran. "
    "Commuter groups said the rise came without warning and hit shift workers hardest.\n\n"
    "The board said the new fares would be reviewed in the autumn."
)


def _paste(project: Project) -> Article:
    made = importing.import_pasted(project, BRIEFING, "Vell harbour board defends fare rise").value
    assert isinstance(made, Article) and made.text == BRIEFING
    return made


def _span(fragment: str) -> tuple[int, int]:
    start = BRIEFING.index(fragment)
    return start, start + len(fragment)


def _other_coders_export(tmp_path: Path) -> Path:
    """A second coder ("jonas") coded the same article in their own project and exported it."""
    other = open_project(tmp_path / "jonas.annotary", coder="jonas", backup_on_open=False)
    try:
        article = _paste(other)
        fares = codebook.create(other, "Fares", color="#e15759").value
        annotating.create(
            other, article.id, "quote", *_span("“The crossings have to pay for themselves,”")
        )
        annotating.create(
            other,
            article.id,
            "passage",
            *_span("Commuter groups said the rise came without warning"),
            themes=[fares.id],
        )
        target = tmp_path / "jonas-export.json"
        with target.open("w", encoding="utf-8") as fh:
            exporting.export_json(other, fh)
    finally:
        other.close()
    return target


@pytest.fixture
def coded_window(app_window):  # type: ignore[no-untyped-def]
    """The window with the article open and one quote coded by "tester"."""
    project = app_window.ctx.project
    article = _paste(project)
    assert app_window.ctx.operations.run(
        edit(
            "Tag as quote",
            lambda _p: annotating.create(
                project, article.id, "quote", *_span("“The crossings have to pay for themselves,”")
            ),
        )
    ).ok
    app_window.library.reload()
    app_window.open_article(article.id)
    assert app_window.session.article_id == article.id
    return app_window


def _choose_file(monkeypatch: pytest.MonkeyPatch, path: Path) -> list[str]:
    asked: list[str] = []

    def fake(parent, caption, directory, filters, *args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(filters)
        return str(path), filters.split(";;")[0]

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(fake))
    return asked


def _shown_coders(window) -> list[str]:  # type: ignore[no-untyped-def]
    notes = window.session.annotations
    return sorted(notes[i].coder for i in window.sidebar.model.annotation_ids())


def _wait_import(qtbot, window) -> InterchangeImport:  # type: ignore[no-untyped-def]
    flow = window.interchange
    qtbot.waitUntil(lambda: not flow.busy, timeout=10_000)
    assert not window.files.busy, "the window may close again"
    return flow


def test_importing_another_coders_json_shows_both_coders_then_undo_removes_it(
    qtbot, coded_window, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    w = coded_window
    export = _other_coders_export(tmp_path)
    asked = _choose_file(monkeypatch, export)
    before = w.ctx.undo_stack.count()

    w.actions_["import_annotations"].trigger()
    assert asked and "*.json" in asked[0]
    assert w.files.busy, "the merge runs in the background; the window waits for it to close"
    flow = _wait_import(qtbot, w)

    report = flow.last_report
    assert report is not None
    assert report.added["annotations"] == 2 and report.added["themes"] == 1
    assert report.recognised["articles"] == 1, "the same text is the same article"
    assert len(articles.summaries(w.ctx.project)) == 1
    assert _shown_coders(w) == ["jonas", "jonas", "tester"], "every coder is shown by default"
    assert sorted(n.exact for n in w.session.annotations.values() if n.coder == "jonas") == [
        "Commuter groups said the rise came without warning",
        "“The crossings have to pay for themselves,”",
    ]

    coders = [w.sidebar.coder_box.itemData(i) for i in range(w.sidebar.coder_box.count())]
    assert coders == [None, "jonas", "tester"]
    w.sidebar.coder_box.setCurrentIndex(coders.index("jonas"))
    assert _shown_coders(w) == ["jonas", "jonas"]
    w.sidebar.coder_box.setCurrentIndex(coders.index("tester"))
    assert _shown_coders(w) == ["tester"]
    w.sidebar.coder_box.setCurrentIndex(0)

    dialog = w.findChild(ImportReportDialog, "importReportDialog")
    assert dialog is not None and dialog.isVisible()
    lines = dialog.lines()
    assert "2 annotations" in lines and "1 theme" in lines
    assert any(line.startswith("Already in this project") for line in lines)
    dialog.close()

    assert w.ctx.undo_stack.count() == before + 1, "the whole import is one undo step"
    assert w.ctx.undo_stack.undoText() == "Import annotations from jonas-export.json"
    w.ctx.undo_stack.undo()
    assert _shown_coders(w) == ["tester"]
    assert [t.name for t in codebook.themes(w.ctx.project)] == []
    w.ctx.undo_stack.redo()
    assert _shown_coders(w) == ["jonas", "jonas", "tester"]


def test_importing_the_same_file_twice_changes_nothing_the_second_time(
    qtbot, coded_window, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    w = coded_window
    export = _other_coders_export(tmp_path)
    w.interchange.import_file(export)
    _wait_import(qtbot, w)
    steps = w.ctx.undo_stack.count()
    flow = w.interchange
    flow.import_file(export)
    _wait_import(qtbot, w)
    assert flow.last_report is not None
    assert sum(flow.last_report.added.values()) == 0
    assert flow.last_report.recognised["annotations"] == 2
    assert w.ctx.undo_stack.count() == steps, "nothing changed, nothing to undo"
    assert len(w.session.annotations) == 3


def test_a_bad_json_file_says_what_and_where_and_changes_nothing(
    qtbot, coded_window, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    w = coded_window
    bad = tmp_path / "broken.json"
    bad.write_text(
        '{"format": "annotary", "version": 1, "exported_at": "2024-05-15T10:00:00.000Z",'
        ' "articles": [{"id": 7, "title": "No text"}]}',
        encoding="utf-8",
    )
    _choose_file(monkeypatch, bad)
    before = w.ctx.undo_stack.count()
    w.actions_["import_annotations"].trigger()
    flow = _wait_import(qtbot, w)
    box = w.findChild(QMessageBox, "failureBox")
    assert box is not None and box.isVisible()
    assert "broken.json" in box.text() and "articles[0]" in box.text()
    assert "nothing was changed" in box.text()
    assert flow.last_report is None
    assert w.ctx.undo_stack.count() == before
    assert _shown_coders(w) == ["tester"]


def _other_tool_project(path: Path) -> Path:
    """A small REFI-QDA project as another QDA tool writes it: a case and a variable too."""
    text = (
        "Ferry fares rise in Vell\n\nThe harbour board raised fares by nine percent. "
        "Commuters said the rise came without warning."
    )
    start = text.index("The harbour board")
    end = text.index(".", start) + 1
    user = "11111111-2222-4333-8444-555555555555"
    source = "aaaaaaaa-0000-4000-8000-0000000000b1"
    qde = f"""<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Vell ferries" origin="FieldNotes QDA 2.1">
  <Users><User guid="{user}" name="K. Brandt"/></Users>
  <CodeBook><Codes>
    <Code guid="aaaaaaaa-0000-4000-8000-000000000001" name="Cost of living" isCodable="true"/>
  </Codes></CodeBook>
  <Variables>
    <Variable guid="aaaaaaaa-0000-4000-8000-0000000000a1" name="Tone" typeOfVariable="Text"/>
  </Variables>
  <Cases><Case guid="aaaaaaaa-0000-4000-8000-0000000000c1" name="Commuter panel"/></Cases>
  <Sources>
    <TextSource guid="{source}" name="Ferry fares rise" plainTextPath="internal://{source}.txt">
      <PlainTextSelection guid="aaaaaaaa-0000-4000-8000-0000000000d1"
          startPosition="{start}" endPosition="{end}" creatingUser="{user}">
        <Coding guid="aaaaaaaa-0000-4000-8000-0000000000e1">
          <CodeRef targetGUID="aaaaaaaa-0000-4000-8000-000000000001"/>
        </Coding>
      </PlainTextSelection>
      <VariableValue>
        <VariableRef targetGUID="aaaaaaaa-0000-4000-8000-0000000000a1"/>
        <TextValue>worried</TextValue>
      </VariableValue>
    </TextSource>
  </Sources>
</Project>"""
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("project.qde", qde)
        archive.writestr(f"sources/{source}.txt", text)
    return path


def test_qdpx_import_reports_what_was_skipped(qtbot, app_window, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    w = app_window
    archive = _other_tool_project(tmp_path / "ferries.qdpx")
    asked = _choose_file(monkeypatch, archive)
    w.actions_["import_refiqda"].trigger()
    assert asked and "*.qdpx" in asked[0] and "*.qdc" in asked[0]
    flow = _wait_import(qtbot, w)
    report = flow.last_report
    assert report is not None and report.added["articles"] == 1
    assert w.library.model.rowCount() == 1, "the library shows the imported article"
    notes = annotating.for_article(w.ctx.project, articles.summaries(w.ctx.project)[0].id)
    assert [(n.kind, n.exact, n.coder) for n in notes] == [
        ("passage", "The harbour board raised fares by nine percent.", "K. Brandt")
    ]
    dialog = w.findChild(ImportReportDialog, "importReportDialog")
    assert dialog is not None
    lines = dialog.lines()
    skipped = lines[next(i for i, s in enumerate(lines) if s.startswith("Skipped")) + 1 :]
    assert any("Commuter panel" in s for s in skipped), "the case that was not imported"
    assert any("tone" in s for s in skipped), "the variable that was not imported"
    assert w.ctx.undo_stack.undoText() == "Import annotations from ferries.qdpx"
    w.ctx.undo_stack.undo()
    assert articles.summaries(w.ctx.project) == []


def test_a_file_that_is_not_a_qdpx_is_refused(qtbot, app_window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    w = app_window
    fake = tmp_path / "notes.qdpx"
    fake.write_text("just some notes", encoding="utf-8")
    w.interchange.import_file(fake)
    flow = _wait_import(qtbot, w)
    box = w.findChild(QMessageBox, "failureBox")
    assert box is not None and "notes.qdpx" in box.text()
    assert flow.last_error and articles.summaries(w.ctx.project) == []
    assert w.ctx.undo_stack.count() == 0


def test_sidebar_rows_carry_their_coder(qtbot, coded_window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    w = coded_window
    w.interchange.import_file(_other_coders_export(tmp_path))
    _wait_import(qtbot, w)
    w.sidebar.coder_box.setCurrentIndex(w.sidebar.coder_box.findData("jonas"))
    model = w.sidebar.model
    rows = [model.index_of(i) for i in model.annotation_ids()]
    tips = [i.data(Qt.ItemDataRole.ToolTipRole) for i in rows]
    ids = [i.data(ID_ROLE) for i in rows]
    assert ids and all("Coder: jonas" in tip for tip in tips)


def test_nvivo_project_lands_on_the_right_words_and_the_report_says_how(
    qtbot, app_window, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from qdpx_dialects import NVIVO, Case, Coded, ProjectSpec, Source, write_project

    text = "Interview 3\n\nQ: How was the crossing? 🙂\nA: Late again ⛴️ 😤 and the fare went up.\n"
    spec = ProjectSpec(
        sources=[
            Source(
                "s",
                "Interview 3",
                text,
                (
                    Coded("Late again", ("Delays", "case:Rosa")),
                    Coded("the fare went up", ("Fares",)),
                ),
            )
        ],
        codes=(("Delays", True), ("Fares", True)),
        cases=[Case("Rosa")],
    )
    _choose_file(monkeypatch, write_project(tmp_path / "nvivo.qdpx", spec, NVIVO))
    w = app_window
    w.actions_["import_refiqda"].trigger()
    _wait_import(qtbot, w)
    article = articles.summaries(w.ctx.project)[0]
    notes = annotating.for_article(w.ctx.project, article.id)
    assert sorted(n.exact for n in notes) == ["Late again", "the fare went up"]
    dialog = w.findChild(ImportReportDialog, "importReportDialog")
    assert dialog is not None
    assert any('UTF-16, "\\r\\n" counted as two' in line for line in dialog.lines())
