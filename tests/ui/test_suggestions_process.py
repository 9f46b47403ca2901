"""A long text is suggested in a process of its own, which stops when the article changes."""

from __future__ import annotations

import os
from pathlib import Path

from annotary.services import articles, importing, suggesting

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "samples"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def _spans(w) -> set[tuple[int, int]]:  # type: ignore[no-untyped-def]
    return {(s.start, s.end) for s in w.suggestions.section.model.suggestions()}


def _long_and_short(w) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    body = (SAMPLE / "05-bramford-transit-press-conference.txt").read_text(encoding="utf-8")
    project = w.ctx.project
    long_id = importing.import_pasted(project, "\n\n".join([body] * 150), "Long").value.id
    short_id = importing.import_pasted(project, body.replace("Bramford", "Ashby"), "Short").value.id
    w.library.reload()
    return long_id, short_id


def test_a_long_text_is_worked_on_in_another_process_and_gives_the_same_list(
    qtbot, app_window
) -> None:  # type: ignore[no-untyped-def]
    w = app_window
    body = (SAMPLE / "05-bramford-transit-press-conference.txt").read_text(encoding="utf-8")
    text = "\n\n".join([body] * 8)
    assert suggesting.IN_PROCESS_FROM <= len(text) < 200_000  # suggested automatically
    article_id = importing.import_pasted(w.ctx.project, text, "Long enough").value.id
    runner = w.suggestions.runner
    assert runner.process.pid is None, "no process before a long text asks for one"
    w.open_article(article_id)
    qtbot.waitUntil(lambda: bool(_spans(w)), timeout=30_000)
    pid = runner.process.pid
    assert pid is not None and pid != os.getpid() and _alive(pid), "kept warm for the next run"
    expected = {(s.start, s.end) for s in suggesting.suggest(w.ctx.project, article_id)}
    assert _spans(w) == expected


def test_switching_article_stops_a_long_run_and_its_results_are_never_shown(
    qtbot, app_window
) -> None:  # type: ignore[no-untyped-def]
    w = app_window
    long_id, short_id = _long_and_short(w)
    seen: list[set[tuple[int, int]]] = []
    w.suggestions.section.model.modelReset.connect(lambda: seen.append(_spans(w)))
    w.open_article(long_id)
    w.suggestions.suggest_now()  # a long article is suggested on demand
    process = w.suggestions.runner.process
    qtbot.waitUntil(lambda: process.busy and process.pid is not None, timeout=10_000)
    pid = process.pid
    assert pid is not None and _alive(pid)

    w.open_article(short_id)  # while the engine works on the long one
    qtbot.waitUntil(lambda: not _alive(pid), timeout=5_000)  # that work is abandoned
    qtbot.waitUntil(lambda: w.suggestions.idle and bool(_spans(w)), timeout=10_000)
    expected = {(s.start, s.end) for s in suggesting.suggest(w.ctx.project, short_id)}
    assert _spans(w) == expected
    assert len(articles.get(w.ctx.project, long_id).text) > 200_000  # its list would be long
    assert all(shown in (set(), expected) for shown in seen), "only the open article's list"
    assert all(s.exact in w.reader.text() for s in w.suggestions.section.model.suggestions())


def test_closing_the_window_ends_the_process(qtbot, app_window) -> None:  # type: ignore[no-untyped-def]
    w = app_window
    long_id, _short = _long_and_short(w)
    w.open_article(long_id)
    w.suggestions.suggest_now()
    process = w.suggestions.runner.process
    qtbot.waitUntil(lambda: process.busy and process.pid is not None, timeout=10_000)
    pid = process.pid
    assert pid is not None
    assert w.shut_down(5000), "no thread is left running"
    assert not _alive(pid)
    assert not w.suggestions.runner.busy or w.suggestions.runner.wait(1000)
