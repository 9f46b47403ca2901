"""Toolbar actions have icons, with text beside them, even on a desktop without an icon theme."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QColor, QIcon, QImage, QPalette
from PySide6.QtWidgets import QApplication, QToolButton

from annotary.ui.style.icons import ACTION_ICONS, action_icon, icons_dir


@pytest.fixture
def no_icon_theme():  # type: ignore[no-untyped-def]
    """A desktop whose icon theme does not exist: every icon must come from Annotary."""
    before = QIcon.themeName()
    QIcon.setThemeName("annotary-no-such-theme")
    yield
    QIcon.setThemeName(before)


def _inked(image: QImage) -> list[QColor]:
    """The colours of the pixels an icon actually draws (mostly opaque ones)."""
    out = []
    for y in range(image.height()):
        for x in range(image.width()):
            c = image.pixelColor(x, y)
            if c.alpha() > 200:
                out.append(c)
    return out


def _near(a: QColor, b: QColor) -> bool:
    return all(abs(x - y) <= 12 for x, y in zip(a.getRgb()[:3], b.getRgb()[:3], strict=True))


def test_every_toolbar_action_has_an_icon_beside_text(qtbot, app_project, no_icon_theme) -> None:  # type: ignore[no-untyped-def]
    from annotary.ui.context import AppContext
    from annotary.ui.main_window import MainWindow
    from annotary.ui.settings import Settings

    window = MainWindow(AppContext(app_project), Settings())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    bar = window.toolbar
    assert bar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon
    actions = [a for a in bar.actions() if not a.isSeparator()]
    assert len(actions) >= 10
    for action in actions:
        assert not action.icon().isNull(), action.text()
        image = action.icon().pixmap(QSize(24, 24)).toImage()
        assert len(_inked(image)) > 20, f"{action.text()}: the icon draws nothing"
        button = bar.widgetForAction(action)
        assert isinstance(button, QToolButton) and button.text().strip()
        assert button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon
    window.close()


def test_a_bundled_icon_is_drawn_in_the_palettes_text_colour(qapp, no_icon_theme) -> None:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.palette()
    try:
        for text in ("#202020", "#e8e8e8"):  # a light theme's text, then a dark one's
            palette = QPalette(before)
            palette.setColor(QPalette.ColorRole.ButtonText, QColor(text))
            app.setPalette(palette)
            for key in ACTION_ICONS:
                inked = _inked(action_icon(key).pixmap(QSize(24, 24)).toImage())
                assert inked, key
                want = QColor(text)
                assert all(_near(c, want) for c in inked), key
    finally:
        app.setPalette(before)


def test_the_bundled_icons_are_monochrome_on_a_24px_grid() -> None:
    from pathlib import Path

    files = sorted(Path(icons_dir()).glob("*.svg"))
    # The actions' icons, and the panel tabs' close button.
    assert {f.stem for f in files} == {name for _theme, name in ACTION_ICONS.values()} | {"close"}
    for f in files:
        svg = f.read_text(encoding="utf-8")
        assert 'viewBox="0 0 24 24"' in svg, f.name
        assert "#" not in svg, f"{f.name}: colours come from the palette (currentColor)"


def test_a_menu_action_shows_the_same_icon(qtbot, app_window) -> None:  # type: ignore[no-untyped-def]
    quote = app_window.findChild(QAction, "action_quote")
    assert quote is not None and not quote.icon().isNull()
