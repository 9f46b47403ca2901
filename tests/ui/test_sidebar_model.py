"""The sidebar's item model without a view: structure, incremental updates, filters.

Rows are flat: each kind's title row, then its annotations (n00000 is row 1).
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtTest import QAbstractItemModelTester

from annotary.domain.models import Annotation
from annotary.ui.sidebar.filters import FilterChoices
from annotary.ui.sidebar.model import (
    ANNOTATION_ROLE,
    GROUP_ROLE,
    ID_ROLE,
    SPEAKER_ROLE,
    AnnotationModel,
    SidebarFilter,
)

KINDS = ("quote", "speaker", "passage")


class FakeSession(QObject):
    """What the model reads of an ArticleSession: annotations and label names."""

    reset = Signal()
    annotations_changed = Signal(object, object)
    labels_changed = Signal()

    def __init__(self, notes: list[Annotation]) -> None:
        super().__init__()
        self.annotations = {a.id: a for a in notes}
        self.names = {"s1": "Ana Ruiz", "s2": "Bo Chen"}

    def speaker_name(self, speaker_id: str | None) -> str:
        return self.names.get(speaker_id or "", "") if speaker_id else ""

    def theme_label(self, theme_id: str) -> str:
        return f"Codebook › Theme {theme_id}"

    def theme_name(self, theme_id: str) -> str:
        return f"Theme {theme_id}"

    def theme_color(self, theme_id: str) -> str | None:
        return "#336699"


def note(i: int, kind: str | None = None, start: int | None = None, **kw: object) -> Annotation:
    s = 10 * i if start is None else start
    return Annotation(
        id=f"n{i:05d}",
        article="a",
        kind=kind or KINDS[i % 3],  # type: ignore[arg-type]
        start=s,
        end=s + 5,
        exact=f"text {i}",
        prefix="",
        suffix="",
        **kw,  # type: ignore[arg-type]
    )


class Spy:
    """Records a model's change signals."""

    def __init__(self, model: QAbstractItemModel) -> None:
        self.events: list[tuple] = []
        model.rowsInserted.connect(lambda _p, a, b: self.events.append(("ins", a, b)))
        model.rowsRemoved.connect(lambda _p, a, b: self.events.append(("rem", a, b)))
        model.dataChanged.connect(self._changed)
        model.modelReset.connect(lambda: self.events.append(("reset",)))
        model.layoutChanged.connect(lambda *_a: self.events.append(("layout",)))

    def _changed(self, tl: QModelIndex, br: QModelIndex, _roles: object = ()) -> None:
        self.events.append(("chg", tl.row(), br.row()))

    def structural(self) -> list[tuple]:
        return [e for e in self.events if e[0] != "chg"]


@pytest.fixture
def world(qapp):  # type: ignore[no-untyped-def]
    session = FakeSession([note(i) for i in range(30)])
    model = AnnotationModel(session)  # type: ignore[arg-type]
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.populate()
    return session, model


def titles(model: AnnotationModel) -> list[tuple[int, str]]:
    indexes = [model.index(r) for r in range(model.rowCount())]
    return [(i.row(), i.data(GROUP_ROLE)) for i in indexes if i.data(GROUP_ROLE)]


def rows(model: AnnotationModel, kind: str) -> list[str]:
    out: list[str] = []
    current = None
    for r in range(model.rowCount()):
        index = model.index(r)
        current = index.data(GROUP_ROLE) or current
        if current == kind and not index.data(GROUP_ROLE):
            out.append(index.data(ID_ROLE))
    return out


def test_groups_in_kind_order_with_counts_and_text_order(world) -> None:  # type: ignore[no-untyped-def]
    _session, model = world
    assert titles(model) == [(0, "quote"), (11, "speaker"), (22, "passage")]
    assert model.rowCount() == 33
    assert model.index(0).data() == "Quotes (10)"
    assert rows(model, "quote") == [f"n{i:05d}" for i in range(0, 30, 3)]
    assert not model.flags(model.index(0)) & Qt.ItemFlag.ItemIsSelectable
    first = model.index(1)
    assert model.flags(first) & Qt.ItemFlag.ItemIsSelectable
    assert first.data(ANNOTATION_ROLE).id == "n00000"
    assert model.index_of("n00003") == model.index(2)
    assert model.index_of("n00001") == model.index(12)
    assert model.group_counts() == {"quote": 10, "speaker": 10, "passage": 10}


def test_adding_one_annotation_inserts_one_row(world) -> None:  # type: ignore[no-untyped-def]
    session, model = world
    spy = Spy(model)
    made = note(100, "quote", start=25)  # between n00000 (0) and n00003 (30)
    session.annotations[made.id] = made
    model.apply({made.id}, set())
    assert spy.structural() == [("ins", 2, 2)]
    assert rows(model, "quote")[1] == made.id
    assert model.index(0).data() == "Quotes (11)"
    assert ("chg", 0, 0) in spy.events  # the title's count


def test_changing_one_annotation_changes_one_row(world) -> None:  # type: ignore[no-untyped-def]
    session, model = world
    spy = Spy(model)
    session.annotations["n00006"] = replace(
        session.annotations["n00006"], note="seen", speaker="s1"
    )
    model.apply({"n00006"}, set())
    assert spy.events == [("chg", 3, 3)]
    assert model.index_of("n00006").data(SPEAKER_ROLE) == "Ana Ruiz"


def test_a_moved_annotation_leaves_its_place_and_takes_the_new_one(world) -> None:  # type: ignore[no-untyped-def]
    session, model = world
    spy = Spy(model)
    session.annotations["n00000"] = replace(session.annotations["n00000"], start=95, end=99)
    model.apply({"n00000"}, set())
    assert spy.structural() == [("rem", 1, 1), ("ins", 4, 4)]
    assert rows(model, "quote")[3] == "n00000"


def test_removing_one_annotation_removes_one_row(world) -> None:  # type: ignore[no-untyped-def]
    session, model = world
    spy = Spy(model)
    del session.annotations["n00004"]
    model.apply(set(), {"n00004"})
    assert spy.structural() == [("rem", 13, 13)]
    assert "n00004" not in model.annotation_ids()


def test_a_group_comes_and_goes_with_its_first_and_last_annotation(qapp) -> None:  # type: ignore[no-untyped-def]
    session = FakeSession([note(0, "quote"), note(1, "passage")])
    model = AnnotationModel(session)  # type: ignore[arg-type]
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.populate()
    spy = Spy(model)
    made = note(2, "speaker")
    session.annotations[made.id] = made
    model.apply({made.id}, set())
    assert spy.structural() == [("ins", 2, 3)]  # its title and itself
    assert titles(model) == [(0, "quote"), (2, "speaker"), (4, "passage")]
    del session.annotations["n00000"]
    model.apply(set(), {"n00000"})
    assert spy.structural()[-1] == ("rem", 0, 1)
    assert model.annotation_ids() == ["n00002", "n00001"]


def test_changing_the_kind_moves_the_row_to_its_group(world) -> None:  # type: ignore[no-untyped-def]
    session, model = world
    session.annotations["n00000"] = replace(session.annotations["n00000"], kind="passage")
    model.apply({"n00000"}, set())
    assert rows(model, "passage")[0] == "n00000"
    assert model.group_counts() == {"quote": 9, "speaker": 10, "passage": 11}


def test_the_filter_decides_which_changes_show(world) -> None:  # type: ignore[no-untyped-def]
    session, model = world
    model.set_filter(SidebarFilter(speaker="s2"))
    assert model.rowCount() == 0
    spy = Spy(model)
    session.annotations["n00007"] = replace(session.annotations["n00007"], speaker="s2")
    model.apply({"n00007"}, set())
    assert spy.structural() == [("ins", 0, 1)]
    assert model.annotation_ids() == ["n00007"]
    session.annotations["n00007"] = replace(session.annotations["n00007"], speaker=None)
    model.apply({"n00007"}, set())
    assert model.rowCount() == 0


def test_a_very_large_change_resets_once(world) -> None:  # type: ignore[no-untyped-def]
    session, model = world
    spy = Spy(model)
    for i in range(1000, 1500):
        session.annotations[f"n{i:05d}"] = note(i)
    model.apply({f"n{i:05d}" for i in range(1000, 1500)}, set())
    assert spy.events == [("reset",)]
    assert len(model.annotation_ids()) == 530


def test_filter_choices_follow_single_changes() -> None:
    notes = {a.id: a for a in (note(0, speaker="s1", coder="x"), note(1, themes=("t1",)))}
    choices = FilterChoices()
    choices.reset(notes)
    assert set(choices.speakers) == {"s1"} and set(choices.themes) == {"t1"}
    notes["n00000"] = replace(notes["n00000"], speaker="s2")
    assert choices.apply(notes, {"n00000"})
    assert set(choices.speakers) == {"s2"}
    notes["n00002"] = note(2, speaker="s2", coder="x")
    assert not choices.apply(notes, {"n00002"})  # nothing new to choose from
    del notes["n00001"]
    assert choices.apply(notes, {"n00001"})
    assert not choices.themes
