"""PanelTabs: the codebook, speakers and article details as tabs of one pane.

The window keeps them in a pane of the left column, under the library, so that
opening one never takes width from the reader. Each panel is built on first use.
"""

from __future__ import annotations

import importlib
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtWidgets import QTabBar, QTabWidget, QToolButton, QWidget

from annotary.ui.context import AppContext
from annotary.ui.i18n import QT_TRANSLATE_NOOP
from annotary.ui.panels.column import compact
from annotary.ui.style.icons import bundled_icon

# (key, title, module, class, takes the open article)
PANELS = (
    (
        "codebook",
        QT_TRANSLATE_NOOP("PanelTabs", "Codebook"),
        "annotary.ui.panels.codebook",
        "CodebookPanel",
        False,
    ),
    (
        "speakers",
        QT_TRANSLATE_NOOP("PanelTabs", "Speakers"),
        "annotary.ui.panels.speakers",
        "SpeakersPanel",
        False,
    ),
    (
        "metadata",
        QT_TRANSLATE_NOOP("PanelTabs", "Article details"),
        "annotary.ui.panels.metadata",
        "MetadataPanel",
        True,
    ),
)
DEFAULT_OPEN = ["codebook"]  # what a new user sees


class PanelTabs(QTabWidget):
    """Open panels as closable tabs, in a fixed order; hidden when none is open."""

    panel_toggled = Signal(str, bool)  # key, open

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("panelTabs")
        self.setAccessibleName(self.tr("Panels"))
        self.setDocumentMode(True)
        self.setTabsClosable(True)
        self.setUsesScrollButtons(True)
        self.tabCloseRequested.connect(self._close_tab)
        self.panels: dict[str, QWidget] = {}
        self._article_id: str | None = None
        self.hide()

    def keys(self) -> list[str]:
        """The keys of the open panels, in tab order."""
        return [k for k, _t, _m, _c, _a in PANELS if self.is_open(k)]

    def is_open(self, key: str) -> bool:
        widget = self.panels.get(key)
        return widget is not None and self.indexOf(widget) >= 0

    def show_panel(self, key: str, visible: bool = True) -> QWidget | None:
        """Open (and bring forward) or close panel ``key``; returns its widget."""
        spec = next((p for p in PANELS if p[0] == key), None)
        if spec is None:
            return None
        widget = self.panels.get(key)
        if widget is None and visible:
            widget = self._make(spec)
        if widget is None:
            return None
        was_open = self.is_open(key)
        if visible:
            if not was_open:
                order = [p[0] for p in PANELS]
                before = sum(1 for k in self.keys() if order.index(k) < order.index(key))
                title = QCoreApplication.translate("PanelTabs", spec[1])
                index = self.insertTab(before, widget, title)
                self.tabBar().setTabButton(
                    index, QTabBar.ButtonPosition.RightSide, self._close_button(widget, title)
                )
            self.setCurrentWidget(widget)
        elif was_open:
            self.removeTab(self.indexOf(widget))
        self.setVisible(self.count() > 0)
        if was_open != visible:
            self.panel_toggled.emit(key, visible)
        return widget

    def _close_button(self, widget: QWidget, title: str) -> QToolButton:
        """A small, quiet close button in the palette's colour (the style's own is a red
        square that draws the eye from the panel to its tab)."""
        button = QToolButton(self.tabBar())
        button.setIcon(bundled_icon("close"))
        button.setIconSize(QSize(12, 12))
        button.setAutoRaise(True)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setToolTip(self.tr("Close {0}").format(title))
        button.setAccessibleName(self.tr("Close {0}").format(title))
        button.clicked.connect(lambda: self.tabCloseRequested.emit(self.indexOf(widget)))
        return button

    def set_article(self, article_id: str | None) -> None:
        """Tell the panels about the open article (those that show one)."""
        self._article_id = article_id
        for key, _title, _module, _cls, takes_article in PANELS:
            widget: Any = self.panels.get(key)
            if takes_article and widget is not None:
                widget.set_article(article_id)

    def _make(self, spec: tuple[str, str, str, str, bool]) -> QWidget:
        key, _title, module_name, cls_name, takes_article = spec
        # Loaded on first use: the panels are not needed to show the window.
        cls: Any = getattr(importlib.import_module(module_name), cls_name)
        widget = cls(self.ctx, self)
        widget.setObjectName(f"panel_{key}")
        compact(widget)
        self.panels[key] = widget
        if takes_article:
            widget.set_article(self._article_id)
        return widget

    def _close_tab(self, index: int) -> None:
        widget = self.widget(index)
        key = next((k for k, w in self.panels.items() if w is widget), None)
        if key is not None:
            self.show_panel(key, False)
