"""The sidebar in the real window: one edit touches one row, re-opening keeps nothing."""

from __future__ import annotations

import gc

from PySide6.QtCore import QModelIndex

from annotary.domain.models import Annotation
from annotary.services import annotating, importing
from annotary.ui.operations import annotations as annotation_ops

WORDS = [
    "the",
    "minister",
    "said",
    "that",
    "the",
    "council",
    "would",
    "reopen",
    "the",
    "port",
    "after",
    "the",
    "storm",
]


def _article_with_notes(w, count: int) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    project = w.ctx.project
    text = "\n\n".join(" ".join(WORDS) + f" {i}." for i in range(count))
    article = importing.import_pasted(project, text, "Many notes").value
    other = importing.import_pasted(project, "A short second article.", "Short").value
    step = len(text) // count
    for i in range(count):
        annotating.create(
            project, article.id, ("quote", "speaker", "passage")[i % 3], i * step, i * step + 12
        )
    w.library.reload()
    return article.id, other.id


class Signals:
    def __init__(self, model) -> None:  # type: ignore[no-untyped-def]
        self.seen: list[tuple[str, int, int]] = []
        model.rowsInserted.connect(lambda _p, a, b: self.seen.append(("inserted", a, b)))
        model.rowsRemoved.connect(lambda _p, a, b: self.seen.append(("removed", a, b)))
        model.modelReset.connect(lambda: self.seen.append(("reset", 0, 0)))
        model.dataChanged.connect(self._changed)

    def _changed(self, a: QModelIndex, b: QModelIndex, _roles: object = ()) -> None:
        self.seen.append(("changed", a.row(), b.row()))


def test_add_change_remove_touch_one_row_each(qtbot, app_window) -> None:  # type: ignore[no-untyped-def]
    w = app_window
    w.settings.qsettings.setValue("suggest/auto", False)
    article_id, _other = _article_with_notes(w, 60)
    w.open_article(article_id)
    model = w.sidebar.model
    assert len(model.annotation_ids()) == 60
    spy = Signals(model)
    made = w.ctx.operations.run(annotation_ops.create("Tag", article_id, "quote", (2, 9))).value
    assert made is not None
    inserted = [e for e in spy.seen if e[0] != "changed"]
    row = model.index_of(made.id).row()
    assert inserted == [("inserted", row, row)]
    spy.seen.clear()
    w.annotator.set_note(made.id, "a note")
    assert spy.seen == [("changed", row, row)]
    spy.seen.clear()
    w.annotator.delete([made.id])
    assert [e for e in spy.seen if e[0] != "changed"] == [("removed", row, row)]
    assert made.id not in model.annotation_ids()


def test_reopening_an_article_keeps_no_rows_behind(qtbot, app_window) -> None:  # type: ignore[no-untyped-def]
    w = app_window
    w.settings.qsettings.setValue("suggest/auto", False)
    article_id, other = _article_with_notes(w, 90)

    def live_annotations() -> int:
        gc.collect()
        return sum(1 for o in gc.get_objects() if isinstance(o, Annotation))

    w.open_article(article_id)
    w.open_article(other)
    w.open_article(article_id)
    first = live_annotations()
    for _ in range(10):
        w.open_article(other)
        w.open_article(article_id)
    assert live_annotations() <= first
    assert w.sidebar.model.rowCount() == 90 + 3  # the annotations and three titles
