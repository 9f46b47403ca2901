"""Popups and the tag bar sit beside the text they are about, never over it, and stay
inside the window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtTest import QTest
from test_app_annotate import import_via_dialog, popup

from annotary.ui.annotate.speaker_picker import SpeakerPicker
from annotary.ui.annotate.theme_picker import ThemePicker
from annotary.ui.placement import place_beside

BOUNDS = QRect(0, 0, 800, 600)


@pytest.mark.parametrize(
    ("anchor", "expected"),
    [
        (QRect(100, 100, 200, 20), QPoint(100, 128)),  # room below: below
        (QRect(100, 500, 200, 20), QPoint(100, 292)),  # none below: above
        (QRect(700, 100, 50, 20), QPoint(500, 128)),  # kept inside on the right
    ],
)
def test_place_beside(anchor: QRect, expected: QPoint) -> None:
    spot = place_beside(QSize(300, 200), anchor, BOUNDS)
    assert spot == expected
    box = QRect(spot, QSize(300, 200))
    assert BOUNDS.contains(box) and not box.intersects(anchor)


def test_an_anchor_filling_the_bounds_keeps_the_box_inside() -> None:
    spot = place_beside(QSize(300, 200), QRect(0, 50, 800, 500), BOUNDS)
    assert BOUNDS.contains(QRect(spot, QSize(300, 200)))


def span_global(w, start: int, end: int) -> QRect:  # type: ignore[no-untyped-def]
    rect = w.reader.range_rect(start, end)
    return QRect(w.reader.viewport().mapToGlobal(rect.topLeft()), rect.size())


def select_near_the_bottom(qtbot, w, fragment: str, within: int = 60) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    """Scroll so that ``fragment`` sits on the last lines of the reader, and select it."""
    start = w.reader.text().index(fragment)
    end = start + len(fragment)
    w.reader.select_range(start, end)
    bar = w.reader.verticalScrollBar()
    view = w.reader.viewport()
    best = None  # the scroll value that puts the span lowest while wholly in view
    for value in range(bar.minimum(), bar.maximum() + 1):
        bar.setValue(value)
        rect = w.reader.range_rect(start, end)
        if not rect.isEmpty() and rect.top() >= 0 and rect.bottom() < view.height():
            best = value if best is None else best
    assert best is not None
    bar.setValue(best)
    qtbot.wait(1)
    rect = w.reader.range_rect(start, end)
    assert view.height() - within < rect.bottom() < view.height(), "the span is at the bottom"
    w.reader.setFocus()
    return start, end


@pytest.fixture
def levee(qtbot, app_window, monkeypatch, sample_files):  # type: ignore[no-untyped-def]
    app_window.settings.qsettings.setValue("suggest/auto", False)
    import_via_dialog(qtbot, app_window, monkeypatch, sample_files[:1])
    return app_window


@pytest.mark.parametrize(
    ("key", "kind"), [(Qt.Key.Key_T, ThemePicker), (Qt.Key.Key_Q, SpeakerPicker)]
)
def test_a_popup_at_the_bottom_flips_above_and_stays_in_the_window(  # type: ignore[no-untyped-def]
    qtbot, levee, key, kind
) -> None:
    w = levee
    start, end = select_near_the_bottom(qtbot, w, "Economists said the cost of the plan was small")
    QTest.keyClick(w.reader, key)
    picker = popup(qtbot, w, kind)
    qtbot.waitUntil(picker.isVisible)
    box = picker.frameGeometry()
    window = w.frameGeometry()
    assert window.contains(box), (box, window)
    assert not box.intersects(span_global(w, start, end)), "the popup does not cover its text"
    assert box.bottom() < span_global(w, start, end).top(), "above: no room below"
    if kind is SpeakerPicker:  # it grows when a new name asks for role and affiliation
        QTest.keyClicks(picker.name_edit, "Somebody New")
        qtbot.waitUntil(lambda: picker.new_box.isVisible())
        qtbot.wait(10)
        assert window.contains(picker.frameGeometry())
        assert not picker.frameGeometry().intersects(span_global(w, start, end))
    QTest.keyClick(picker, Qt.Key.Key_Escape)


def test_the_tag_bar_never_covers_the_selection(qtbot, levee) -> None:  # type: ignore[no-untyped-def]
    w = levee
    text = w.reader.text()
    start = text.index("Economists said the cost")
    end = start + 140  # two or three lines
    for at_bottom in (False, True):
        if at_bottom:
            select_near_the_bottom(qtbot, w, text[start:end], within=20)
        else:
            w.reader.scroll_to(start)
            w.reader.select_range(start, end)
        w.reader.place_selection_bar()
        bar = w.reader.selection_bar
        assert bar.isVisible()
        lines = [r.toAlignedRect() for r in w.reader.range_rects(start, end)]
        placed = bar.geometry().translated(-w.reader.viewport().pos())
        assert lines and not any(placed.intersects(r) for r in lines), (placed, lines)
        assert w.reader.rect().contains(bar.geometry())
