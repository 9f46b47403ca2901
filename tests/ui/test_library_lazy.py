"""The library panel on more articles than one page: the first page at start, the rest later."""

from __future__ import annotations

from dataclasses import replace

from annotary.formats.readers import read_pasted
from annotary.services import articles
from annotary.services.importing import store_document
from annotary.ui.library.model import PAGE

COUNT = PAGE + 44


def _fill(project) -> None:  # type: ignore[no-untyped-def]
    with project.store.write():
        for i in range(COUNT):
            doc = read_pasted(f"Body of article {i}. The council met.", f"Article {i:04d}")
            outlet = "Rare Outlet" if i == 0 else "Daily"
            store_document(
                project, replace(doc, published=f"2024-01-{1 + i % 28:02d}", outlet=outlet)
            )


def test_the_window_starts_from_the_first_page(qtbot, app_window) -> None:  # type: ignore[no-untyped-def]
    w = app_window
    w.settings.qsettings.setValue("suggest/auto", False)
    _fill(w.ctx.project)
    oldest = min(articles.summaries(w.ctx.project), key=lambda s: (s.published, s.imported_at))
    w.settings.set_last_article(w.ctx.project.path, oldest.id)
    w.load()
    model = w.library.model
    assert not model.complete and model.rowCount() == PAGE
    assert model.total() == COUNT
    assert w.library.count_label.text() == f"{COUNT} articles"
    assert w.session.article_id == oldest.id, "the last article opens though not read yet"
    # The outlet of an article beyond the first page is offered once the box opens.
    box = w.library.outlet_box
    assert box.findData("Rare Outlet") < 0
    box.showPopup()
    box.hidePopup()
    assert model.complete and box.findData("Rare Outlet") > 0
    assert w.library.selected_article_ids() == [oldest.id], "selected once it was read"


def test_scrolling_to_the_end_reads_the_rest(qtbot, app_window) -> None:  # type: ignore[no-untyped-def]
    w = app_window
    _fill(w.ctx.project)
    w.library.reload()
    model = w.library.model
    assert model.rowCount() == PAGE
    w.library.table.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() == COUNT, timeout=5000)
    assert model.complete
