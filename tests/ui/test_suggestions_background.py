"""Suggestions run off the GUI thread: the window keeps working, stale results are dropped."""

from __future__ import annotations

import threading
import time
from itertools import pairwise

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest

from annotary.services import articles, importing, suggesting

WORK_S = 1.5  # how long the slowed-down engine works, in seconds


def settle(qtbot, w, timeout: int = 10_000) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: w.suggestions.idle, timeout=timeout)


def spans(w) -> set[tuple[int, int]]:  # type: ignore[no-untyped-def]
    return {(s.start, s.end) for s in w.suggestions.section.model.suggestions()}


def dashed(w) -> set[tuple[int, int]]:  # type: ignore[no-untyped-def]
    return {(h.start, h.end) for h in w.reader.highlights() if h.kind == "suggestion"}


def ids(w) -> list[str]:  # type: ignore[no-untyped-def]
    w.library.reload()
    return [a.id for a in articles.summaries(w.ctx.project)]


def test_the_window_keeps_running_while_the_engine_works(
    qtbot, app_window, sample_files, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    w = app_window
    importing.import_files(w.ctx.project, sample_files[:1])
    (article_id,) = ids(w)
    real = suggesting.suggest
    threads: list[str] = []

    def slow(project, aid, min_confidence=0.0, **how):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread().name)
        end = time.perf_counter() + WORK_S
        while time.perf_counter() < end:  # CPU-bound, holding the GIL as the engine does
            sum(range(200))
        return real(project, aid, min_confidence, **how)

    monkeypatch.setattr(suggesting, "suggest", slow)
    ticks: list[float] = []
    timer = QTimer(w, interval=10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()

    began = time.perf_counter()
    w.open_article(article_id)
    assert time.perf_counter() - began < WORK_S * 0.7, "opening does not wait for the engine"
    assert w.suggestions.section.count.text() == "finding quotes…"
    assert w.suggestions.section.empty.text() == "Finding quotes…"
    qtbot.waitUntil(lambda: bool(spans(w)), timeout=10_000)
    timer.stop()

    assert threads and threads[0] != threading.main_thread().name
    during = [t for t in ticks if t - began < WORK_S]
    # Bounds are loose (a busy machine is slow); run on the GUI thread, there would be no tick.
    assert len(during) >= 5, f"the event loop ticked only {len(during)} times in {WORK_S} s"
    gaps = [b - a for a, b in pairwise(during)]
    assert max(gaps) < WORK_S * 0.4, "no long freeze while suggestions run"
    assert spans(w) == {(s.start, s.end) for s in real(w.ctx.project, article_id)}


def test_results_for_an_article_no_longer_open_are_dropped(
    qtbot, app_window, sample_files, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    w = app_window
    importing.import_files(w.ctx.project, sample_files)
    first, second, *_ = ids(w)
    real = suggesting.suggest
    asked: list[str] = []

    def slow(project, aid, min_confidence=0.0, **how):  # type: ignore[no-untyped-def]
        asked.append(aid)
        if aid == first:
            time.sleep(0.5)
        return real(project, aid, min_confidence, **how)

    monkeypatch.setattr(suggesting, "suggest", slow)
    seen: list[set[tuple[int, int]]] = []
    model = w.suggestions.section.model
    model.modelReset.connect(lambda: seen.append(spans(w)))
    w.open_article(first)
    qtbot.waitUntil(lambda: asked == [first], timeout=5000)
    w.open_article(second)  # while the first article's run is still going
    settle(qtbot, w)
    # The second article may be asked again (opening it can mark it read, which refreshes
    # its suggestions); the first is never asked again and its results are never shown.
    assert asked[:2] == [first, second] and set(asked[2:]) <= {second}
    expected = {(s.start, s.end) for s in real(w.ctx.project, second)}
    assert spans(w) == expected and dashed(w) == expected
    stale = {(s.start, s.end) for s in real(w.ctx.project, first)}
    assert stale and stale != expected
    assert stale not in seen, "the first article's suggestions were never shown"
    text = w.reader.text()
    assert all(text[s.start : s.end] == s.exact for s in w.suggestions.section.model.suggestions())


def test_with_automatic_suggestions_off_they_run_on_demand(qtbot, app_window, sample_files) -> None:  # type: ignore[no-untyped-def]
    w = app_window
    w.settings.qsettings.setValue("suggest/auto", False)
    importing.import_files(w.ctx.project, sample_files[:2])
    first, second = ids(w)
    w.open_article(first)
    qtbot.wait(300)
    assert spans(w) == set() and dashed(w) == set()
    section = w.suggestions.section
    assert section.empty.isVisibleTo(w) and "Ctrl+Shift+G" in section.empty.text()

    QTest.keyClick(
        w, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    qtbot.waitUntil(lambda: bool(spans(w)), timeout=10_000)
    expected = {(s.start, s.end) for s in suggesting.suggest(w.ctx.project, first)}
    assert spans(w) == expected and dashed(w) == expected

    w.open_article(second)  # the preference still holds for the next article
    qtbot.wait(300)
    assert spans(w) == set() and dashed(w) == set()


def test_the_preference_dialog_turns_automatic_suggestions_off(
    qtbot, app_window, sample_files
) -> None:  # type: ignore[no-untyped-def]
    from annotary.ui.dialogs.preferences import PreferencesDialog

    w = app_window
    dialog = PreferencesDialog(w.ctx, w.settings, w)
    qtbot.addWidget(dialog)
    assert dialog.suggest_auto.isChecked(), "on by default"
    dialog.suggest_auto.setChecked(False)
    dialog.accept()
    importing.import_files(w.ctx.project, sample_files[:1])
    (article_id,) = ids(w)
    w.open_article(article_id)
    qtbot.wait(300)
    assert spans(w) == set()


def test_importing_a_file_opens_it_with_its_suggestions(qtbot, app_window, sample_files) -> None:  # type: ignore[no-untyped-def]
    w = app_window
    w.files.import_paths(sample_files[2:3])
    qtbot.waitUntil(lambda: w.session.article is not None and not w.files.busy, timeout=10_000)
    qtbot.waitUntil(lambda: bool(spans(w)), timeout=10_000)
    article_id = w.session.article_id
    expected = {(s.start, s.end) for s in suggesting.suggest(w.ctx.project, article_id)}
    assert spans(w) == expected and dashed(w) == expected
