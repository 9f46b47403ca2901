"""The window's entries for comparing coders: Compare Coders… and Show Disagreements.

A :class:`CoderComparison` belongs to the main window; it makes the agreement
window and the disagreement view on first use and keeps them.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from annotary.domain.agreement import QUOTE_CATEGORY
from annotary.ui.agreement.disagreements import DisagreementView
from annotary.ui.annotate.highlighting import ReaderHighlights
from annotary.ui.annotate.session import ArticleSession
from annotary.ui.context import AppContext

if TYPE_CHECKING:
    from annotary.ui.agreement.window import AgreementWindow


class CoderComparison(QObject):
    """Compare Coders and Show Disagreements for one window."""

    def __init__(
        self,
        ctx: AppContext,
        session: ArticleSession,
        highlights: ReaderHighlights,
        window: QWidget,
    ) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.session = session
        self.highlights = highlights
        self.window = window
        self._view: DisagreementView | None = None
        self._agreement: AgreementWindow | None = None

    def disagreement_view(self) -> DisagreementView:
        if self._view is None:
            self._view = DisagreementView(self.ctx, self.session, self.highlights, self.window)
        return self._view

    @property
    def agreement_window(self) -> AgreementWindow | None:
        """The Compare Coders window, once it has been opened."""
        return self._agreement

    def compare_coders(self) -> AgreementWindow:
        """Open (or raise) the Compare Coders window."""
        from annotary.ui.agreement.window import AgreementWindow  # loaded on first use

        if self._agreement is None:
            self._agreement = AgreementWindow(self.ctx, self.window, self.disagreement_view())
        window = self._agreement
        window.show()
        window.raise_()
        window.activateWindow()
        window.reload()
        return window

    def menu(self) -> QMenu:
        """Annotate › Show Disagreements: quotes, any category or a theme of this article."""
        menu = QMenu(self.tr("Show &Disagreements"), self.window)
        menu.setObjectName("disagreementMenu")
        menu.setToolTipsVisible(True)
        menu.aboutToShow.connect(partial(self.fill_menu, menu))
        return menu

    def fill_menu(self, menu: QMenu) -> None:
        view = self.disagreement_view()
        menu.clear()
        session = self.session
        theme_ids = sorted(
            {t for a in session.annotations.values() for t in a.themes},
            key=lambda t: session.theme_label(t).casefold(),
        )
        choices: list[tuple[str | None, str]] = [
            (QUOTE_CATEGORY, QCoreApplication.translate("DisagreementMenu", "Quotes")),
            (None, QCoreApplication.translate("DisagreementMenu", "Any Category")),
        ]
        choices += [
            (
                t,
                QCoreApplication.translate("DisagreementMenu", "Theme: {0}").format(
                    session.theme_label(t)
                ),
            )
            for t in theme_ids
        ]
        enough = len(view.article_coders()) >= 2
        for category, text in choices:
            act = menu.addAction(text)
            act.setObjectName(f"disagree_{category or 'any'}")
            act.setCheckable(True)
            act.setChecked(view.active and view.category == category)
            act.setEnabled(enough)
            act.triggered.connect(partial(_toggle, view, category, act))
        if not enough:
            hint = menu.addAction(self.tr("Needs an article annotated by two coders or more"))
            hint.setEnabled(False)
        menu.addSeparator()
        hide = menu.addAction(self.tr("&Hide Disagreements"), view.hide)
        hide.setObjectName("disagree_hide")
        hide.setEnabled(view.active)


def _toggle(view: DisagreementView, category: str | None, action: QAction) -> None:
    if action.isChecked():
        view.show(category)
    else:
        view.hide()
