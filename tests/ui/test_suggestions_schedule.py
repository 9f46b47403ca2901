"""When the suggestion engine runs: after an article is shown, never for a closed one,
on demand for long articles, and not after the window starts closing."""

from __future__ import annotations

from annotary.services import articles, importing, suggesting
from annotary.ui.operations import annotations as annotation_ops
from annotary.ui.suggestions.controller import LONG_TEXT, START_DELAY_MS

BODY = (
    '"We will reopen the port on Monday," the harbour master, Ana Ruiz, said on Friday. '
    "The council said the levee would hold."
)


def _spy(monkeypatch) -> list[str]:  # type: ignore[no-untyped-def]
    asked: list[str] = []
    real = suggesting.suggest

    def counted(project, aid, min_confidence=0.0, **how):  # type: ignore[no-untyped-def]
        asked.append(aid)
        return real(project, aid, min_confidence, **how)

    monkeypatch.setattr(suggesting, "suggest", counted)
    return asked


def _articles(w, *texts: str) -> list[str]:  # type: ignore[no-untyped-def]
    for i, text in enumerate(texts):
        importing.import_pasted(w.ctx.project, text, f"Article {i}")
    w.library.reload()
    return [a.id for a in sorted(articles.summaries(w.ctx.project), key=lambda s: s.title)]


def test_the_engine_starts_after_the_article_is_shown(qtbot, app_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    w = app_window
    asked = _spy(monkeypatch)
    (first,) = _articles(w, BODY)
    w.open_article(first)
    assert asked == [] and not w.suggestions.runner.busy and not w.suggestions.idle
    qtbot.waitUntil(lambda: w.suggestions.idle, timeout=START_DELAY_MS + 10_000)
    assert asked == [first]


def test_an_article_closed_before_its_start_is_never_suggested(
    qtbot, app_window, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    w = app_window
    asked = _spy(monkeypatch)
    first, second = _articles(w, BODY, BODY + " Again.")
    w.open_article(first)
    w.open_article(second)
    qtbot.waitUntil(lambda: w.suggestions.idle, timeout=START_DELAY_MS + 10_000)
    assert asked == [second]


def test_a_long_article_is_suggested_on_demand_once(qtbot, app_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    w = app_window
    asked = _spy(monkeypatch)
    long_text = "\n\n".join([BODY] * (LONG_TEXT // len(BODY) + 2))
    (article_id,) = _articles(w, long_text)
    w.open_article(article_id)
    qtbot.wait(START_DELAY_MS + 100)
    assert asked == [] and w.suggestions.idle
    assert "on demand" in w.suggestions.section.empty.text()
    w.suggestions.suggest_now()
    qtbot.waitUntil(lambda: w.suggestions.idle, timeout=30_000)
    assert asked == [article_id]
    w.ctx.operations.run(annotation_ops.create("Tag", article_id, "quote", (0, 20)))
    qtbot.wait(START_DELAY_MS + 100)
    assert asked == [article_id], "no run on the whole long text after each edit"


def test_nothing_starts_once_the_window_is_closing(qtbot, app_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    w = app_window
    asked = _spy(monkeypatch)
    (first,) = _articles(w, BODY)
    w.open_article(first)
    w.suggestions.stop()
    qtbot.wait(START_DELAY_MS + 200)
    assert asked == [] and not w.suggestions.runner.busy
