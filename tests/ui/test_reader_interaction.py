"""The reader driven as a user would: keys, selection bar, find, zoom, links, position."""

from __future__ import annotations

from PySide6.QtCore import Qt

from annotary.domain.layout import Block, Layout, Mark

TEXT = (
    "Marit Solvang, who speaks on the environment for the Green Coast party, said the "
    "government had ignored warnings from local councils for more than two years.\n\n"
    "“They had the reports on their desks in 2022,” Solvang said."
)
ZH = (
    "白鹭湖的水位今年又创新低。湖边的渔民说，白鹭湖已经不是从前的样子。\n\n"
    "市政府表示将在明年春天前完成白鹭湖的清淤工程。"
)


def _select_by_keys(reader, qtbot, start: int, count: int) -> None:  # type: ignore[no-untyped-def]
    reader.select_range(start, start)
    reader.setFocus()
    for _ in range(count):
        qtbot.keyClick(reader, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)


def test_q_key_requests_quote_for_keyboard_selection(reader, make_article, qtbot) -> None:  # type: ignore[no-untyped-def]
    reader.set_article(make_article(TEXT))
    start = TEXT.index("“They")
    _select_by_keys(reader, qtbot, start, 10)
    assert reader.selection_range() == (start, start + 10)
    with qtbot.waitSignal(reader.tag_requested, timeout=1000) as blocker:
        qtbot.keyClick(reader, Qt.Key.Key_Q)
    assert blocker.args == ["quote"]
    assert reader.selection_range() == (start, start + 10)  # the key did not edit anything
    assert reader.text() == TEXT


def test_tag_keys_need_a_selection_and_digits_pick_themes(reader, make_article, qtbot) -> None:  # type: ignore[no-untyped-def]
    reader.set_article(make_article(TEXT))
    reader.setFocus()
    with qtbot.assertNotEmitted(reader.tag_requested, wait=50):
        qtbot.keyClick(reader, Qt.Key.Key_S)
    _select_by_keys(reader, qtbot, 0, 5)
    with qtbot.waitSignal(reader.tag_requested, timeout=1000) as blocker:
        qtbot.keyClick(reader, Qt.Key.Key_S)
    assert blocker.args == ["speaker"]
    with qtbot.waitSignal(reader.quick_theme_requested, timeout=1000) as blocker:
        qtbot.keyClick(reader, Qt.Key.Key_3)
    assert blocker.args == [3]


def test_selection_bar_appears_and_emits(reader, make_article, qtbot) -> None:  # type: ignore[no-untyped-def]
    reader.set_article(make_article(TEXT))
    reader.select_range(0, 13)
    qtbot.waitUntil(reader.selection_bar.isVisible, timeout=1000)
    with qtbot.waitSignal(reader.tag_requested, timeout=1000) as blocker:
        qtbot.mouseClick(reader.selection_bar.buttons["passage"], Qt.MouseButton.LeftButton)
    assert blocker.args == ["passage"]
    reader.clear_selection()
    assert not reader.selection_bar.isVisible()


def test_context_menu_offers_the_tag_actions(reader, make_article) -> None:  # type: ignore[no-untyped-def]
    reader.set_article(make_article(TEXT))
    reader.select_range(0, 5)
    menu = reader.build_context_menu()
    labels = {a.text(): a for a in menu.actions() if a.text()}
    assert labels["Tag as quote"].isEnabled()
    fired: list[str] = []
    reader.tag_requested.connect(fired.append)
    labels["Tag as speaker"].trigger()
    assert fired == ["speaker"]


def test_find_bar_counts_cjk_hits_and_steps(reader, make_article, qtbot) -> None:  # type: ignore[no-untyped-def]
    reader.set_article(make_article(ZH, title="白鹭湖", language="zh"))
    qtbot.keyClick(reader, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert reader.find_bar.isVisible()
    assert reader.find_bar.field.hasFocus()
    reader.find_bar.field.insert("白鹭湖")  # as an input method commits it
    expected = [(i, i + 3) for i in range(len(ZH)) if ZH.startswith("白鹭湖", i)]
    assert len(expected) == 3
    assert reader.finder.hits == expected
    assert reader.find_bar.count.text() == "1 of 3"
    qtbot.keyClick(reader.find_bar.field, Qt.Key.Key_F3)
    assert reader.find_bar.count.text() == "2 of 3"
    qtbot.keyClick(reader.find_bar.field, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(reader.find_bar.field, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert reader.find_bar.count.text() == "3 of 3"
    qtbot.keyClick(reader.find_bar.field, Qt.Key.Key_Escape)
    assert not reader.find_bar.isVisible()
    assert reader.finder.hits == []


def test_find_is_case_insensitive(reader, make_article, qtbot) -> None:  # type: ignore[no-untyped-def]
    reader.set_article(make_article(TEXT))
    reader.open_find("SOLVANG")
    assert reader.find_bar.count.text() == "1 of 2"


def test_zoom_changes_font_size_and_resets(reader, make_article, qtbot) -> None:  # type: ignore[no-untyped-def]
    reader.set_article(make_article(TEXT))
    base = reader.font().pointSizeF()
    reader.setFocus()
    with qtbot.waitSignal(reader.zoom_changed, timeout=1000) as blocker:
        qtbot.keyClick(reader, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert blocker.args == [1]
    assert reader.font().pointSizeF() > base
    assert reader.document().defaultFont().pointSizeF() > base
    reader.zoom_out()
    reader.zoom_out()
    assert reader.font().pointSizeF() < base
    qtbot.keyClick(reader, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert reader.zoom_level() == 0
    assert reader.font().pointSizeF() == base


def test_link_click_emits_and_does_not_open(reader, make_article, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QDesktopServices

    opened: list[object] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url))
    layout = Layout(
        blocks=(Block(0, 157, "p"), Block(159, len(TEXT), "p")),
        marks=(Mark(53, 63, "link", "https://greencoast.example/"),),
    )
    reader.set_article(make_article(TEXT), layout)
    point = reader.range_rect(56, 57).center()
    with qtbot.waitSignal(reader.link_activated, timeout=1000) as blocker:
        qtbot.mouseClick(reader.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert blocker.args == ["https://greencoast.example/"]
    assert opened == []


def test_reading_position_and_scrolled_through(reader, make_article, qtbot) -> None:  # type: ignore[no-untyped-def]
    text = "\n\n".join(
        f"Paragraph {i} about the Orsa river levees and the budget." for i in range(300)
    )
    reader.set_article(make_article(text))
    qtbot.wait(300)
    with qtbot.waitSignal(reader.reading_position_changed, timeout=2000) as blocker:
        reader.set_reading_position(0.5)
    assert 0.4 < blocker.args[0] < 0.6
    with qtbot.waitSignal(reader.scrolled_through, timeout=2000):
        reader.set_reading_position(1.0)
    reader.scroll_to(text.index("Paragraph 150"))
    qtbot.wait(10)
    assert not reader.range_rect(
        text.index("Paragraph 150"), text.index("Paragraph 150") + 9
    ).isEmpty()


def test_accessible_names(reader) -> None:  # type: ignore[no-untyped-def]
    assert reader.accessibleName() == "Article text"
    assert reader.find_bar.field.accessibleName() == "Find in article"
    for b in (
        reader.find_bar.next_button,
        reader.find_bar.previous_button,
        reader.find_bar.close_button,
    ):
        assert b.accessibleName()
    assert all(b.accessibleName() for b in reader.selection_bar.buttons.values())


def test_copy_puts_canonical_text(reader, make_article, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    reader.set_article(make_article(TEXT))
    start = TEXT.index("years.")
    reader.select_range(start, start + 12)
    reader.copy()
    assert QApplication.clipboard().text() == TEXT[start : start + 12]
