"""The library's table model without a view: pages, a first page read alone, sorting, changes."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester

from annotary.domain.models import ArticleSummary
from annotary.ui.library.model import (
    DATE,
    ID_ROLE,
    PAGE,
    TITLE,
    LibraryModel,
)
from annotary.ui.library.proxy import LibraryFilter, LibraryProxy

N = 1000


def summary(i: int) -> ArticleSummary:
    return ArticleSummary(
        id=f"id-{i:05d}",
        title=f"Article {i:05d}",
        outlet="Coastal Herald" if i % 4 == 0 else "Northline Wire",
        author=None,
        published=f"2024-01-01T{i:05d}",  # later for larger i
        language="en",
        read=False,
        annotation_count=0,
        imported_at="2024-02-01T00:00:00Z",
    )


ROWS = [summary(i) for i in range(N)]
BY_DATE = sorted(ROWS, key=lambda s: s.published or "", reverse=True)


@pytest.fixture
def model(qapp):  # type: ignore[no-untyped-def]
    m = LibraryModel()
    QAbstractItemModelTester(m, QAbstractItemModelTester.FailureReportingMode.Fatal)
    return m


def ids(m: LibraryModel) -> list[str]:
    return [m.index(r, TITLE).data(ID_ROLE) for r in range(m.rowCount())]


def test_rows_come_a_page_at_a_time(model: LibraryModel) -> None:
    model.set_summaries(ROWS)
    assert model.rowCount() == PAGE and model.total() == N
    assert ids(model) == [s.id for s in BY_DATE[:PAGE]]  # newest publication first
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 2 * PAGE
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert ids(model) == [s.id for s in BY_DATE]


def test_a_first_page_alone_then_the_rest_when_needed(model: LibraryModel) -> None:
    read: list[int] = []

    def loader() -> list[ArticleSummary]:
        read.append(1)
        return list(ROWS)

    model.set_first_page(BY_DATE[:PAGE], N, loader)
    assert not model.complete and model.total() == N and not read
    assert ids(model) == [s.id for s in BY_DATE[:PAGE]]
    assert model.row_of(BY_DATE[-1].id) is None  # not read yet
    model.fetchMore(QModelIndex())
    assert read == [1] and model.complete
    assert ids(model) == [s.id for s in BY_DATE[: 2 * PAGE]]
    assert model.row_of(BY_DATE[-1].id) == N - 1


def test_sorting_reads_everything_and_keeps_persistent_indexes(model: LibraryModel) -> None:
    model.set_first_page(BY_DATE[:PAGE], N, lambda: list(ROWS))
    kept = QPersistentModelIndex(model.index(3, TITLE))
    name = kept.data(ID_ROLE)
    model.sort(TITLE, Qt.SortOrder.AscendingOrder)
    assert model.complete
    assert ids(model)[:3] == ["id-00000", "id-00001", "id-00002"]
    assert kept.isValid() and kept.data(ID_ROLE) == name


def test_a_change_touches_only_its_rows(model: LibraryModel) -> None:
    model.set_summaries(ROWS)
    events: list[tuple[str, int]] = []
    model.dataChanged.connect(lambda a, _b: events.append(("changed", a.row())))
    model.rowsInserted.connect(lambda _p, a, _b: events.append(("inserted", a)))
    model.rowsRemoved.connect(lambda _p, a, _b: events.append(("removed", a)))
    newest = BY_DATE[0]
    model.update([replace(newest, read=True)], ())
    assert events == [("changed", 0)]
    events.clear()
    model.update([summary(N + 5)], ())  # the newest of all now
    assert events == [("inserted", 0)]
    events.clear()
    model.update([], {newest.id})
    assert events == [("removed", 1)]
    events.clear()
    model.update([], {BY_DATE[-1].id})  # not shown yet: no signal
    assert events == [] and model.total() == N - 1
    events.clear()
    model.update([], {"an-annotation-id"})  # change notices name other records too
    assert events == [] and model.total() == N - 1


def test_a_filter_sees_every_article(model: LibraryModel) -> None:
    proxy = LibraryProxy()
    proxy.setSourceModel(model)
    QAbstractItemModelTester(proxy, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_first_page(BY_DATE[:PAGE], N, lambda: list(ROWS))
    proxy.set_library_filter(LibraryFilter(outlet="Coastal Herald"))
    assert proxy.rowCount() == N // 4
    proxy.sort(DATE, Qt.SortOrder.AscendingOrder)  # the model sorts, the proxy follows
    assert proxy.index(0, TITLE).data(ID_ROLE) == "id-00000"


def test_the_language_filter_reads_tags_as_the_domain_does() -> None:
    chinese = replace(summary(1), language="zh-CN")
    assert LibraryFilter(language="zh").accepts(chinese)
    assert LibraryFilter(language="ZH_tw").accepts(chinese)  # one primary subtag, any case
    assert not LibraryFilter(language="en").accepts(chinese)
    assert not LibraryFilter(language="zh").accepts(replace(summary(2), language=None))
