"""The window's entries for comparing coders: Compare Coders… and Show Disagreements.

The agreement window and the disagreement view are made on first use and kept
as children of the main window (found again by object name).
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from annotary.domain.agreement import QUOTE_CATEGORY
from annotary.ui.agreement.disagreements import DisagreementView

if TYPE_CHECKING:
    from annotary.ui.agreement.window import AgreementWindow
    from annotary.ui.main_window import MainWindow


def disagreement_view(win: MainWindow) -> DisagreementView:
    view = win.findChild(DisagreementView, "disagreementView")
    if view is None:
        view = DisagreementView(win.ctx, win.session, win.highlights, win)
    return view


def compare_coders(win: MainWindow) -> AgreementWindow:
    """Open (or raise) the Compare Coders window of ``win``."""
    from annotary.ui.agreement.window import AgreementWindow

    window = win.findChild(AgreementWindow, "agreementWindow")
    if window is None:
        window = AgreementWindow(win.ctx, win, disagreement_view(win))
    window.show()
    window.raise_()
    window.activateWindow()
    window.reload()
    return window


def disagreement_menu(win: MainWindow) -> QMenu:
    """Annotate › Show Disagreements: quotes, any category or a theme of this article."""
    menu = QMenu("Show &Disagreements", win)
    menu.setObjectName("disagreementMenu")
    menu.setToolTipsVisible(True)
    menu.aboutToShow.connect(partial(fill_disagreement_menu, win, menu))
    return menu


def fill_disagreement_menu(win: MainWindow, menu: QMenu) -> None:
    view = disagreement_view(win)
    menu.clear()
    session = win.session
    theme_ids = sorted(
        {t for a in session.annotations.values() for t in a.themes},
        key=lambda t: session.theme_path(t).casefold(),
    )
    choices: list[tuple[str | None, str]] = [(QUOTE_CATEGORY, "Quotes"), (None, "Any Category")]
    choices += [(t, f"Theme: {session.theme_path(t)}") for t in theme_ids]
    enough = len(view.article_coders()) >= 2
    for category, text in choices:
        act = menu.addAction(text)
        act.setObjectName(f"disagree_{category or 'any'}")
        act.setCheckable(True)
        act.setChecked(view.active and view.category == category)
        act.setEnabled(enough)
        act.triggered.connect(partial(_toggle, view, category, act))
    if not enough:
        note = menu.addAction("Needs an article annotated by two coders or more")
        note.setEnabled(False)
    menu.addSeparator()
    hide = menu.addAction("&Hide Disagreements", view.hide)
    hide.setObjectName("disagree_hide")
    hide.setEnabled(view.active)


def _toggle(view: DisagreementView, category: str | None, action: QAction) -> None:
    if action.isChecked():
        view.show(category)
    else:
        view.hide()
