"""What the core says (errors, import reasons, reports) reaches the user in the
window's language: every core message can be translated, and each path that shows one
(the one-line error, the start-up dialog, the import and merge reports, the export
dialog) shows it in Chinese."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from translation_files import ENGLISH_WORD, english_in, update_translations


def test_every_core_message_can_be_translated() -> None:
    """A template that is not a literal never reaches the translation files, and a
    placeholder without its value (or a value without its placeholder) breaks a language."""
    found = update_translations().core_messages()
    assert len(found) >= 3
    for call in found:
        where = f"{call.file.name}:{call.line}"
        assert call.template is not None, f"{where}: the template must be a literal"
        named = {name for _, name, _, _ in string.Formatter().parse(call.template) if name}
        assert named == call.names, where


def test_an_error_from_the_core_is_told_in_chinese(chinese) -> None:  # type: ignore[no-untyped-def]
    import errno

    from annotary.domain.errors import from_os_error
    from annotary.ui.safety import one_line

    full = from_os_error(OSError(errno.ENOSPC, "No space left on device", "/data/项目.annotary"))
    assert one_line(full) == "/data/项目.annotary：磁盘已满（或达到了大小上限）"


def test_a_file_that_is_no_project_is_refused_in_chinese(chinese, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Opening something that is not a project (or one from a newer version) is the first
    refusal a user meets: the window's line for it is Chinese, the file named as it is."""
    import sqlite3

    from annotary.domain.errors import ProjectError
    from annotary.services.project import open_project
    from annotary.ui.safety import one_line

    def refused(path: Path) -> str:
        with pytest.raises(ProjectError) as caught:
            open_project(path)
        line = one_line(caught.value, "open project")
        assert line != str(caught.value)  # not the English text
        assert str(path) in line
        rest = line.replace(str(path), "").replace("Annotary", "").replace("SQLite", "")
        assert not re.search(r"[A-Za-z]", rest), line  # no English word left
        return rest

    notes = tmp_path / "采访笔记.annotary"
    notes.write_text("这不是项目，只是几行笔记。\n", encoding="utf-8")
    assert "不是" in refused(notes)
    assert notes.read_text(encoding="utf-8") == "这不是项目，只是几行笔记。\n"  # left as it was

    future = tmp_path / "future.annotary"
    open_project(future).close()
    with sqlite3.connect(future) as conn:
        conn.execute("PRAGMA user_version = 99")
    conn.close()
    said = refused(future)
    assert "99" in said and "较新版本" in said


def test_a_broken_file_is_refused_in_chinese_in_the_import_message(chinese, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Files that are not what their names say go through the real import, and the
    message the window shows gives each reason in Chinese: nothing English is left
    but the file names and the names of formats."""
    import zipfile

    from annotary.services import importing
    from annotary.services.project import open_project
    from annotary.ui.library.import_message import describe_import

    folder = tmp_path / "downloads"
    folder.mkdir()
    (folder / "minutes.docx").write_text("Council minutes, typed as plain text", encoding="utf-8")
    (folder / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    with zipfile.ZipFile(folder / "novel.epub", "w") as book:  # a zip, but not an EPUB
        book.writestr("chapter1.xhtml", "<html><body><p>It was a dark night.</p></body></html>")
    project = open_project(tmp_path / "study.annotary", coder="tester", backup_on_open=False)
    try:
        report = importing.import_files(project, sorted(folder.iterdir())).value
    finally:
        project.close()
    assert not report.imported
    assert len(report.failures) == 3

    details = describe_import(report).details
    assert details is not None
    assert "• minutes.docx: 这不是 Word 文档（不是 zip 包）" in details
    assert "• photo.txt: 这是 PNG 图像，不是文本文件" in details
    # the document's kind inside the reason is translated too
    assert "• novel.epub: EPUB 电子书缺少 META-INF/container.xml" in details
    names = {"minutes.docx", "photo.txt", "novel.epub", "META-INF/container.xml"}
    assert english_in(details, names | {"Word", "zip", "EPUB"}) == []


def _merge_report():  # type: ignore[no-untyped-def]
    from annotary.domain.messages import message
    from annotary.services.merging import MergeReport

    report = MergeReport()
    report.added.update(articles=2, speakers=1)
    report.recognised.update(themes=3)
    report.conflicts.append(message("annotation {id}: kept the imported version", id="a1"))
    report.notes_joined = 1
    return report


def test_the_import_report_says_what_was_merged_in_english() -> None:
    from annotary.ui.interchange.report_dialog import report_summary

    assert report_summary(_merge_report()) == (
        "added 2 articles, 1 speaker; 3 already present; 1 conflict; "
        "1 article note appended to a different note already there"
    )


def test_the_window_and_the_command_line_tell_the_same_facts() -> None:
    from annotary.ui.interchange.report_dialog import report_summary

    report = _merge_report()
    report.updated, report.orphaned, report.notes_added, report.memo = 2, 1, 3, "added"
    # one order and one choice of facts (MergeReport.facts), two renderings
    assert (
        report_summary(report)
        == report.summary()
        == (
            "added 2 articles, 1 speaker; 3 already present; 2 annotations updated; 1 conflict; "
            "1 orphaned; 3 article notes added; "
            "1 article note appended to a different note already there; the project memo added"
        )
    )


def test_the_import_report_says_what_was_merged_in_chinese(chinese) -> None:  # type: ignore[no-untyped-def]
    from annotary.ui.interchange.report_dialog import report_summary

    said = report_summary(_merge_report())
    assert said.startswith("新增 2 篇文章、1 位说话人；3 项已存在；1 处冲突")
    assert not ENGLISH_WORD.search(said), said


def test_a_project_that_cannot_be_opened_at_start_is_explained_in_chinese(
    chinese, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """The first thing a user may meet: the window cannot open the project it was given."""
    from PySide6.QtWidgets import QMessageBox

    from annotary.ui.app import open_or_ask

    notes = tmp_path / "采访笔记.annotary"
    notes.write_text("这是采访笔记", encoding="utf-8")
    said: list[str] = []

    def shown_then_quit(box: QMessageBox) -> int:  # the user reads it and presses Quit
        said.append(box.text())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", shown_then_quit)
    assert open_or_ask(notes) is None
    assert len(said) == 1
    text = said[0].replace(str(notes), "").replace("Annotary", "").replace("SQLite", "")
    assert "无法打开" in text and "不是" in text, said[0]
    assert not ENGLISH_WORD.search(text), said[0]
    assert notes.read_text(encoding="utf-8") == "这是采访笔记"  # left as it was


def test_the_export_dialog_says_what_it_wrote_in_chinese(qtbot, chinese, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from panels_world import build_world

    from annotary.ui.context import AppContext
    from annotary.ui.dialogs.export import ExportDialog

    world = build_world(tmp_path)
    try:
        dialog = ExportDialog(AppContext(world.project))
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.format.setCurrentIndex(dialog.format.findData("json"))
        target = tmp_path / "全部.json"
        dialog.path.setText(str(target))
        assert dialog.start_export(), dialog.problem()
        qtbot.waitUntil(lambda: not dialog.busy, timeout=15000)
        said = dialog.report.text()
        assert target.is_file()
        assert "2 篇文章" in said and "4 条标注" in said, said
        assert not ENGLISH_WORD.search(said.replace(str(target), "")), said
    finally:
        world.project.close()


def test_a_translation_that_loses_a_value_falls_back_to_english(qapp, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A translator's slip (a placeholder renamed) must not turn an error into a crash."""
    from annotary.domain.messages import message
    from annotary.ui.i18n import shown

    said = message("{source}: {reason}", source="notes.docx", reason="not a DOCX file")
    monkeypatch.setattr(
        QCoreApplication, "translate", staticmethod(lambda _ctx, _text, *rest: "{来源}：{原因}")
    )
    assert shown(said) == "notes.docx: not a DOCX file"
    assert shown("plain text stays") == "plain text stays"
