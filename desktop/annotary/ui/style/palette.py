"""Light and dark palettes, the application style sheet and the reader's colours.

The look is calm: Fusion as the base style, neutral greys, one accent colour
(a muted blue), 8 px radii and comfortable paddings. ``apply_theme(app, "system")``
follows the platform colour scheme (QStyleHints.colorScheme) and keeps following
it when the user switches.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

ThemeName = Literal["light", "dark", "system"]

ACCENT_LIGHT = "#2f6fb3"
ACCENT_DARK = "#6ea8e8"


@dataclass(frozen=True, slots=True)
class Tones:
    window: str
    base: str
    alt_base: str
    text: str
    muted: str
    border: str
    button: str
    accent: str
    accent_text: str
    selection: str  # selected text and rows: darker than the accent in the dark theme,
    selection_text: str  # so that light text on it stays legible
    tooltip_bg: str
    tooltip_text: str
    dark: bool


LIGHT = Tones(
    window="#f4f4f2",
    base="#fcfcfb",
    alt_base="#efefec",
    text="#1f2328",
    muted="#6b7078",
    border="#d5d6d2",
    button="#f0f0ed",
    accent=ACCENT_LIGHT,
    accent_text="#ffffff",
    selection=ACCENT_LIGHT,
    selection_text="#ffffff",
    tooltip_bg="#2b2e33",
    tooltip_text="#f4f4f2",
    dark=False,
)
DARK = Tones(
    window="#1e2024",
    base="#232529",
    alt_base="#2a2d32",
    text="#e3e4e6",
    muted="#9a9fa6",
    border="#3a3d43",
    button="#2c2f34",
    accent=ACCENT_DARK,
    accent_text="#10141a",
    selection="#2d5a8c",
    selection_text="#ffffff",
    tooltip_bg="#e3e4e6",
    tooltip_text="#1e2024",
    dark=True,
)


def make_palette(t: Tones) -> QPalette:
    """A QPalette for the Fusion style built from ``t``."""
    p = QPalette()
    c = QColor
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        p.setColor(group, QPalette.ColorRole.Window, c(t.window))
        p.setColor(group, QPalette.ColorRole.WindowText, c(t.text))
        p.setColor(group, QPalette.ColorRole.Base, c(t.base))
        p.setColor(group, QPalette.ColorRole.AlternateBase, c(t.alt_base))
        p.setColor(group, QPalette.ColorRole.Text, c(t.text))
        p.setColor(group, QPalette.ColorRole.Button, c(t.button))
        p.setColor(group, QPalette.ColorRole.ButtonText, c(t.text))
        p.setColor(group, QPalette.ColorRole.ToolTipBase, c(t.tooltip_bg))
        p.setColor(group, QPalette.ColorRole.ToolTipText, c(t.tooltip_text))
        p.setColor(group, QPalette.ColorRole.PlaceholderText, c(t.muted))
        p.setColor(group, QPalette.ColorRole.Highlight, c(t.selection))
        p.setColor(group, QPalette.ColorRole.HighlightedText, c(t.selection_text))
        p.setColor(group, QPalette.ColorRole.Link, c(t.accent))
        p.setColor(group, QPalette.ColorRole.LinkVisited, c(t.accent).darker(120))
        p.setColor(group, QPalette.ColorRole.Mid, c(t.border))
        p.setColor(group, QPalette.ColorRole.Midlight, c(t.alt_base))
        p.setColor(group, QPalette.ColorRole.BrightText, c("#ffffff"))
    disabled = QPalette.ColorGroup.Disabled
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        p.setColor(disabled, role, c(t.muted))
    p.setColor(disabled, QPalette.ColorRole.Base, c(t.window))
    p.setColor(disabled, QPalette.ColorRole.Button, c(t.window))
    p.setColor(disabled, QPalette.ColorRole.Highlight, c(t.border))
    return p


def light_palette() -> QPalette:
    return make_palette(LIGHT)


def dark_palette() -> QPalette:
    return make_palette(DARK)


def style_sheet(t: Tones) -> str:
    """The application style sheet for tones ``t``."""
    hover = QColor(t.button).darker(106 if not t.dark else 80).name()
    if t.dark:
        hover = QColor(t.button).lighter(125).name()
    return f"""
QToolTip {{
    background: {t.tooltip_bg}; color: {t.tooltip_text};
    border: none; border-radius: 6px; padding: 5px 8px;
}}
QPushButton, QToolButton {{
    background: {t.button}; color: {t.text};
    border: 1px solid {t.border}; border-radius: 8px; padding: 5px 12px;
}}
QToolButton {{ padding: 4px 8px; }}
QPushButton:hover, QToolButton:hover {{ background: {hover}; }}
QPushButton:pressed, QToolButton:pressed {{ background: {t.alt_base}; }}
QPushButton:default {{ background: {t.accent}; color: {t.accent_text}; border-color: {t.accent}; }}
QPushButton:disabled, QToolButton:disabled, QPushButton:default:disabled {{
    background: {t.button}; color: {t.muted}; border-color: {t.border};
}}
QLineEdit, QComboBox, QSpinBox, QPlainTextEdit#noteEdit {{
    background: {t.base}; color: {t.text};
    border: 1px solid {t.border}; border-radius: 8px; padding: 5px 8px;
    selection-background-color: {t.selection}; selection-color: {t.selection_text};
}}
QLineEdit:focus, QComboBox:focus, QSpinBox:focus {{ border: 1px solid {t.accent}; }}
QMenu {{
    background: {t.base}; color: {t.text};
    border: 1px solid {t.border}; border-radius: 8px; padding: 6px;
}}
QMenu::item {{ padding: 5px 22px 5px 14px; border-radius: 6px; }}
QMenu::item:selected {{ background: {t.accent}; color: {t.accent_text}; }}
QMenu::item:disabled {{ color: {t.muted}; }}
QMenu::separator {{ height: 1px; background: {t.border}; margin: 5px 8px; }}
QFrame#readerFindBar, QFrame#readerSelectionBar {{
    background: {t.base}; border: 1px solid {t.border}; border-radius: 8px;
}}
QFrame#readerSelectionBar QToolButton {{
    border: none; border-radius: 6px; padding: 4px 9px; background: transparent;
}}
QFrame#readerSelectionBar QToolButton:hover {{ background: {t.alt_base}; }}
QFrame#readerFindBar QLineEdit {{ min-width: 14em; }}
QLabel#readerFindCount {{ color: {t.muted}; padding: 0 4px; }}
QTabWidget#panelTabs QTabBar::tab {{
    background: transparent; color: {t.muted}; border: none;
    border-bottom: 2px solid transparent; padding: 6px 10px; margin-right: 2px;
}}
QTabWidget#panelTabs QTabBar::tab:selected {{ color: {t.text}; border-bottom-color: {t.accent}; }}
QTabWidget#panelTabs QTabBar::tab:hover {{ color: {t.text}; }}
QScrollBar:vertical {{ background: transparent; width: 11px; margin: 2px; }}
QScrollBar::handle:vertical {{ background: {t.border}; border-radius: 4px; min-height: 32px; }}
QScrollBar::handle:vertical:hover {{ background: {t.muted}; }}
QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical {{ height: 0; }}
QScrollBar::add-page:vertical, QScrollBar::sub-page:vertical {{ background: none; }}
"""


def system_is_dark(app: QGuiApplication | None = None) -> bool:
    """True when the platform asks for a dark colour scheme."""
    app = app or QGuiApplication.instance()  # type: ignore[assignment]
    if app is None:
        return False
    hints = app.styleHints()
    return bool(hints.colorScheme() == Qt.ColorScheme.Dark)


def tones_for(theme: ThemeName, app: QGuiApplication | None = None) -> Tones:
    if theme == "system":
        return DARK if system_is_dark(app) else LIGHT
    return DARK if theme == "dark" else LIGHT


_followers: set[int] = set()


def apply_theme(app: QApplication, theme: ThemeName = "system") -> Tones:
    """Set Fusion, the palette and the style sheet on ``app``; returns the tones used.

    With "system" the theme follows later changes of the platform colour scheme.
    """
    t = tones_for(theme, app)
    app.setStyle("Fusion")
    app.setPalette(make_palette(t))
    app.setStyleSheet(style_sheet(t))
    app.setProperty("annotaryTheme", theme)
    if theme == "system" and id(app) not in _followers:
        _followers.add(id(app))

        def follow(_scheme: object) -> None:
            if app.property("annotaryTheme") == "system":
                apply_theme(app, "system")

        app.styleHints().colorSchemeChanged.connect(follow)
    return t


def is_dark(palette: QPalette) -> bool:
    """True when ``palette`` has a dark base (text background)."""
    return palette.color(QPalette.ColorRole.Base).lightnessF() < 0.5
