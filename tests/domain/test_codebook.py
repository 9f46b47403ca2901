"""domain/codebook: paths and sub-themes, on good trees and on bad data."""

from __future__ import annotations

from annotary.domain.codebook import (
    PATH_SEPARATOR,
    ancestors,
    children,
    descendants,
    theme_path,
    theme_paths,
)
from annotary.domain.models import Theme


def _tree(*themes: Theme) -> dict[str, Theme]:
    return {t.id: t for t in themes}


ECONOMY = _tree(
    Theme("e", "Economy"),
    Theme("p", "Prices", parent="e", position=1),
    Theme("w", "Wages", parent="e", position=0),
    Theme("f", "Fuel", parent="p"),
    Theme("s", "Security", position=1),
)


def test_theme_path_from_the_top() -> None:
    assert PATH_SEPARATOR == " › "
    assert theme_path(ECONOMY, "f") == "Economy › Prices › Fuel"
    assert theme_path(ECONOMY, "e") == "Economy"
    assert theme_path(ECONOMY, "f", sep=" > ") == "Economy > Prices > Fuel"


def test_an_unknown_theme_has_no_path() -> None:
    assert theme_path(ECONOMY, "gone") == ""
    assert ancestors(ECONOMY, "gone") == []
    assert descendants(ECONOMY, "gone") == set()


def test_a_missing_parent_ends_the_path() -> None:
    tree = _tree(Theme("a", "A", parent="gone"), Theme("b", "B", parent="a"))
    assert theme_path(tree, "b") == "A › B"
    assert ancestors(tree, "b") == ["a"]


def test_cycles_are_cut_where_they_close() -> None:
    loop = _tree(Theme("a", "A", parent="b"), Theme("b", "B", parent="a"))
    assert theme_path(loop, "a") == "B › A"
    assert descendants(loop, "a") == {"b"}
    itself = _tree(Theme("x", "X", parent="x"))
    assert theme_path(itself, "x") == "X"
    assert descendants(itself, "x") == set()
    assert theme_paths(loop.values()) == []  # not reachable from the top


def test_descendants_at_any_depth() -> None:
    assert descendants(ECONOMY, "e") == {"p", "w", "f"}
    assert descendants(ECONOMY, "p") == {"f"}
    assert descendants(ECONOMY, "f") == set()


def test_deep_trees_need_no_recursion() -> None:
    depth = 1500  # beyond Python's recursion limit
    tree = _tree(
        Theme("t0", "T0"), *(Theme(f"t{i}", f"T{i}", parent=f"t{i - 1}") for i in range(1, depth))
    )
    assert len(descendants(tree, "t0")) == depth - 1
    assert len(ancestors(tree, f"t{depth - 1}")) == depth - 1
    assert theme_path(tree, "t2") == "T0 › T1 › T2"
    paths = theme_paths(tree.values())
    assert len(paths) == depth
    assert paths[-1][0].count(PATH_SEPARATOR) == depth - 1


def test_theme_paths_in_codebook_order() -> None:
    assert [path for path, _ in theme_paths(ECONOMY.values())] == [
        "Economy",
        "Economy › Wages",
        "Economy › Prices",
        "Economy › Prices › Fuel",
        "Security",
    ]
    orphan = [Theme("o", "Orphan", parent="gone")]
    assert [path for path, _ in theme_paths(orphan)] == ["Orphan"]


def test_children_are_the_direct_sub_themes_only() -> None:
    assert sorted(children(ECONOMY, "e")) == ["p", "w"]  # not Fuel, a grandchild
    assert children(ECONOMY, "p") == ["f"]
    assert children(ECONOMY, "f") == [] and children(ECONOMY, "missing") == []
    looped = _tree(Theme("a", "A", parent="a"), Theme("b", "B", parent="a"))
    assert children(looped, "a") == ["b"], "a theme is not its own sub-theme"
