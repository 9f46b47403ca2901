"""The window and other programs on one project file, acting as a user does.

The command line writes while the window is open; the window shows it within a
second and loses nothing of its own. A failing worker, quitting while work runs
and markup in names all end in one line, never a hang or a traceback. (Undo
beside other programs and a busy project: test_app_undo_beside_other_programs.py.)
"""

from __future__ import annotations

import sqlite3
import sys
import threading
from pathlib import Path

import pytest
from live_project import annotation_ids, cli, integrity, phrases, theme_names
from live_window import close_failure_boxes, library_count, tag_with_new_theme
from PySide6.QtCore import Qt

from annotary.services import annotating, articles, codebook, importing, speakers
from annotary.ui.safety import log_path

# ---- what other programs wrote --------------------------------------------------------------


def test_cli_annotations_show_up_and_nothing_is_lost(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    w = open_window
    path = Path(w.ctx.project.path)
    article = w.session.article
    assert article is not None
    mine, theirs = phrases(article.text, 6)[:3], phrases(article.text, 6)[3:]

    cli_ids: set[str] = set()
    for exact in theirs:
        done = cli(path, "annotate", article.id, "--kind", "passage", "--text", exact)
        assert done.returncode == 0, done.stderr
    cli_ids = annotation_ids(path)
    assert len(cli_ids) == 3

    themes = ["Flood defences", "Budget fight", "Local voices"]
    for exact, theme in zip(mine, themes, strict=True):
        tag_with_new_theme(qtbot, w, exact, theme)
    qtbot.waitUntil(lambda: len(w.session.annotations) == 6, timeout=1500)
    qtbot.waitUntil(lambda: library_count(w, article.id) == "6", timeout=1500)
    shown = set(w.sidebar.model.annotation_ids())
    assert cli_ids <= shown and len(shown) == 6
    assert all(w.reader.highlight(i) is not None for i in cli_ids)
    assert not close_failure_boxes(w)

    w.close()
    assert len(annotation_ids(path)) == 6
    assert set(themes) <= theme_names(path)
    assert integrity(path) == "ok"


def test_counts_refresh_without_losing_the_selection_or_reloading_needlessly(
    qtbot, app_window, sample_files
) -> None:  # type: ignore[no-untyped-def]
    w = app_window
    w.settings.qsettings.setValue("suggest/auto", False)
    importing.import_files(w.ctx.project, sample_files)
    w.library.reload()
    first, second = w.library.model.summary(0), w.library.model.summary(1)
    w.open_article(first.id)
    assert w.watcher.poll() is False, "nothing changed: nothing is reloaded"

    exact = phrases(articles.get(w.ctx.project, second.id).text, 1)[0]
    done = cli(
        Path(w.ctx.project.path), "annotate", second.id, "--kind", "passage", "--text", exact
    )
    assert done.returncode == 0, done.stderr
    qtbot.waitUntil(lambda: library_count(w, second.id) == "1", timeout=1500)
    assert w.session.article_id == first.id
    assert w.library.selected_article_ids() == [first.id]
    assert w.watcher.poll() is False


def test_an_edit_elsewhere_reads_only_the_records_it_changed(
    qtbot, open_window, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """Another program edits one note of the open article: the window shows it without
    reading every annotation of the article again (that froze a long article's window)."""
    from annotary.services.project import open_project

    w = open_window
    w.settings.qsettings.setValue("suggest/auto", False)
    article_id = w.session.article_id
    exacts = phrases(w.session.article.text, 3)
    other = open_project(w.ctx.project.path, coder="script", backup_on_open=False)
    made = [annotating.create(other, article_id, "passage", *_span(w, e)).value for e in exacts]
    w.watcher.poll()
    qtbot.waitUntil(lambda: all(m.id in w.session.annotations for m in made), timeout=1500)

    def whole_article(*_a: object) -> None:
        raise AssertionError("read every annotation of the article for one edit")

    monkeypatch.setattr(annotating, "for_article", whole_article)
    annotating.update(other, made[1].id, note="checked against the minutes")
    annotating.delete(other, [made[2].id])
    other.close()
    seen: list[object] = []
    w.watcher.external_change.connect(seen.append)
    assert w.watcher.poll() is True, "a read of what changed began"
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    (changes,) = seen
    assert changes.annotations == {made[1].id}
    assert made[2].id in changes.removed
    assert w.session.annotations[made[1].id].note == "checked against the minutes"
    assert made[2].id not in w.session.annotations


def test_working_out_what_changed_never_reads_the_library_on_the_gui_thread(
    qtbot, open_window, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """Reading every article's summary takes about 0.4 s in a 10,000-article project: on
    the GUI thread, every commit by a script (or by the window's own workers) froze the
    window that long."""
    from annotary.services.project import open_project

    w = open_window
    w.settings.qsettings.setValue("suggest/auto", False)
    readers: list[threading.Thread] = []
    real = articles.summaries

    def recorded(*args, **kwargs):  # type: ignore[no-untyped-def]
        if kwargs.get("ids") is None:  # every article (a refresh reads the changed ones)
            readers.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(articles, "summaries", recorded)
    article_id = w.session.article_id
    exact = phrases(w.session.article.text, 1)[0]
    other = open_project(w.ctx.project.path, coder="script", backup_on_open=False)
    made = annotating.create(other, article_id, "passage", *_span(w, exact)).value
    other.close()
    qtbot.waitUntil(lambda: made.id in w.session.annotations, timeout=5000)
    assert any(h.id == made.id for h in w.reader.highlights())
    assert library_count(w, article_id) == "1"
    assert readers, "the library was read to find what changed"
    assert threading.main_thread() not in readers


def test_an_edit_made_in_the_window_while_a_change_is_read_stays(
    qtbot, open_window, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """The window's own annotation, made after a read of another program's change began,
    is not taken for one that program removed."""
    from annotary.services.project import open_project
    from annotary.ui import watcher

    w = open_window
    w.settings.qsettings.setValue("suggest/auto", False)
    w.watcher.stop()
    release = threading.Event()
    real = watcher._read

    def held(*args, **kwargs):  # type: ignore[no-untyped-def]
        found = real(*args, **kwargs)
        release.wait(timeout=10)  # what the read found is older than the window's edit
        return found

    monkeypatch.setattr(watcher, "_read", held)
    article_id = w.session.article_id
    first, second = phrases(w.session.article.text, 2)
    other = open_project(w.ctx.project.path, coder="script", backup_on_open=False)
    theirs = annotating.create(other, article_id, "passage", *_span(w, first)).value
    other.close()
    assert w.watcher.poll() is True
    tag_with_new_theme(qtbot, w, second, "Mine")  # the window's edit, meanwhile
    mine = next(a for a in w.session.annotations.values() if a.id != theirs.id)
    assert w.watcher.reading
    release.set()
    qtbot.waitUntil(lambda: not w.watcher.reading, timeout=5000)
    qtbot.waitUntil(lambda: theirs.id in w.session.annotations, timeout=5000)
    assert mine.id in w.session.annotations
    assert {h.id for h in w.reader.highlights()} >= {mine.id, theirs.id}
    assert annotation_ids(Path(w.ctx.project.path)) == {mine.id, theirs.id}


def _span(window, exact: str) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    start = window.session.article.text.index(exact)
    return start, start + len(exact)


def test_article_deleted_elsewhere_closes_with_a_message(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    w = open_window
    article_id = w.session.article_id
    conn = sqlite3.connect(str(w.ctx.project.path), timeout=10)  # a script deletes it
    with conn:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("DELETE FROM articles WHERE id = ?", (article_id,))
    conn.close()
    qtbot.waitUntil(lambda: w.session.article is None, timeout=1500)
    assert w.reader.article() is None
    assert "deleted" in w.statusBar().currentMessage()
    assert w.library.model.row_of(article_id) is None


def test_new_text_from_elsewhere_shows_at_the_same_place(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    from annotary.services.project import open_project

    w = open_window
    w.resize(1300, 500)
    qtbot.waitUntil(lambda: w.reader.verticalScrollBar().maximum() > 0)
    w.reader.set_reading_position(0.5)
    qtbot.wait(500)  # the restore of the saved position is over
    w.reader.set_reading_position(0.5)
    before = w.reader.reading_position()
    article = w.session.article
    other = open_project(w.ctx.project.path, coder="script", backup_on_open=False)
    articles.replace_text(other, article.id, article.text.replace("the", "THE", 1))
    other.close()
    qtbot.waitUntil(lambda: "THE" in w.reader.text(), timeout=1500)
    qtbot.wait(600)
    assert w.session.article_id == article.id
    assert abs(w.reader.reading_position() - before) < 0.05


def test_sidebar_keeps_its_scroll_and_selection_when_others_write(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    from annotary.services.project import open_project

    w = open_window
    w.settings.qsettings.setValue("suggest/auto", False)
    article = w.session.article
    other = open_project(w.ctx.project.path, coder="script", backup_on_open=False)
    for i in range(60):
        annotating.create(other, article.id, "passage", i * 20, i * 20 + 10, note=f"n{i}")
    qtbot.waitUntil(lambda: len(w.sidebar.model.annotation_ids()) == 60, timeout=1500)
    bar = w.sidebar.tree.verticalScrollBar()
    assert bar.maximum() > 0
    ids = w.sidebar.model.annotation_ids()
    w.sidebar.select_annotation(ids[30])
    bar.setValue(bar.maximum() // 2)
    kept = bar.value()
    annotating.create(other, article.id, "passage", 2000, 2010, note="late")
    other.close()
    qtbot.waitUntil(lambda: len(w.sidebar.model.annotation_ids()) == 61, timeout=1500)
    assert w.sidebar.selected_ids() == [ids[30]]
    assert abs(bar.value() - kept) <= 2


# ---- workers that fail, quitting while they run ---------------------------------------------


@pytest.mark.parametrize(
    "error",
    [
        UnicodeEncodeError("utf-8", "caf\udce9.txt", 3, 4, "surrogates not allowed"),
        sqlite3.OperationalError("disk I/O error"),
        MemoryError(),
    ],
    ids=["unicode", "sqlite", "memory"],
)
def test_a_failing_import_ends_busy_and_says_one_line(  # type: ignore[no-untyped-def]
    qtbot, app_window, sample_files, monkeypatch, error
) -> None:
    from PySide6.QtWidgets import QMessageBox

    w = app_window

    def broken(*_a, **_k):  # type: ignore[no-untyped-def]
        raise error

    monkeypatch.setattr(importing, "import_files", broken)
    w.files.import_paths(sample_files[:1])
    assert w.files.busy
    qtbot.waitUntil(lambda: not w.files.busy, timeout=5000)
    boxes = [b for b in w.findChildren(QMessageBox, "failureBox") if b.isVisible()]
    assert len(boxes) == 1
    first_line = boxes[0].text().splitlines()[0]
    assert first_line.startswith("Import articles failed:") and "Traceback" not in boxes[0].text()
    assert "nothing was changed" in first_line
    boxes[0].close()
    if not isinstance(error, sqlite3.OperationalError | UnicodeEncodeError | MemoryError):
        return
    assert type(error).__name__ in log_path().read_text(encoding="utf-8")


def test_failing_suggestions_end_their_busy_state(
    qtbot, app_window, sample_files, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from annotary.services import suggesting

    def broken(*_a, **_k):  # type: ignore[no-untyped-def]
        raise RuntimeError("engine exploded")

    monkeypatch.setattr(suggesting, "suggest", broken)
    w = app_window
    importing.import_files(w.ctx.project, sample_files[:1])
    w.library.reload()
    w.open_article(w.library.model.summary(0).id)
    qtbot.waitUntil(lambda: w.suggestions.idle, timeout=5000)
    message = w.suggestions.section.empty.text()
    assert message.startswith("Suggestions failed:") and "RuntimeError" in message
    assert "\n" not in message


def test_last_resort_hook_shows_one_line_and_logs(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import threading

    from annotary.ui.safety import install_excepthook

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    said: list[str] = []
    install_excepthook(said.append)
    try:
        raise ValueError("a slot went wrong")
    except ValueError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    assert len(said) == 1 and "\n" not in said[0] and "ValueError" in said[0]
    assert "a slot went wrong" in log_path().read_text(encoding="utf-8")


# ---- markup in names ------------------------------------------------------------------------


def test_names_with_markup_are_shown_as_written(qtbot, app_window, sample_files) -> None:  # type: ignore[no-untyped-def]
    from annotary.services.project import open_project

    w = app_window
    w.settings.qsettings.setValue("suggest/auto", False)
    project = open_project(w.ctx.project.path, coder="script", backup_on_open=False)
    importing.import_files(project, sample_files[:1])
    article = articles.summaries(project)[0]
    text = articles.get(project, article.id).text
    exact = phrases(text, 1)[0]
    start = text.index(exact)
    person = speakers.create(project, "<b>x</b>").value
    theme = codebook.create(project, '<img src="file:///etc/passwd">').value
    note = annotating.create(
        project,
        article.id,
        "quote",
        start,
        start + len(exact),
        speaker=person.id,
        themes=[theme.id],
    ).value
    articles.update_metadata(project, article.id, title="<i>Slanted</i> news")
    project.close()  # another program wrote all this: the window picks it up
    qtbot.waitUntil(lambda: w.library.model.row_of(article.id) is not None, timeout=1500)
    w.open_article(article.id)
    qtbot.waitUntil(lambda: note.id in w.sidebar.model.annotation_ids())

    tip = w.sidebar.model.index_of(note.id).data(Qt.ItemDataRole.ToolTipRole)
    assert "&lt;b&gt;x&lt;/b&gt;" in tip and "<b>x</b>" not in tip
    assert "<img" not in tip
    row = w.library.model.row_of(article.id)
    title_tip = w.library.model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "&lt;i&gt;Slanted" in title_tip and "<i>" not in title_tip
    from annotary.ui.richtext import plain_tip

    assert plain_tip("plain words") == "plain words"
    assert plain_tip("<b>a</b>\nb") == "<qt>&lt;b&gt;a&lt;/b&gt;<br>b</qt>"


def test_the_window_keeps_a_backup_in_the_background(qtbot, app_window) -> None:  # type: ignore[no-untyped-def]
    w = app_window
    qtbot.waitUntil(lambda: w.backups.runs >= 1, timeout=10_000)
    assert w.backups.timer.isActive()
