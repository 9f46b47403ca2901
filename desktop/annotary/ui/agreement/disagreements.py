"""Where coders differ in the open article, drawn in the reader as wavy red underlines.

``DisagreementView.show(category)`` asks ``services.agreement.disagreement_ranges``
for the open article (category: a theme id, ``"quote"``, or None for "any
category") and puts one reader highlight of kind ``"disagreement"`` on each
range, whose hover text names the coders who coded it and those who did not.
While shown, the ranges follow the article that is open and every edit;
``hide()`` takes them away again.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, Signal

from annotary.domain.agreement import QUOTE_CATEGORY, SPEAKER_CATEGORY
from annotary.domain.errors import AnnotaryError
from annotary.services import agreement
from annotary.ui.annotate.highlighting import ReaderHighlights
from annotary.ui.annotate.session import ArticleSession
from annotary.ui.context import AppContext
from annotary.ui.i18n import QT_TRANSLATE_NOOP
from annotary.ui.reader import Highlight
from annotary.ui.safety import one_line

ID_PREFIX = "disagreement:"
GROUP = "disagreements"  # their overlay group in ReaderHighlights
ANY = QT_TRANSLATE_NOOP("DisagreementView", "any category")


class DisagreementView(QObject):
    """Shows and hides the disagreement highlights of one window's reader."""

    changed = Signal()  # shown, hidden, or the ranges were recomputed

    def __init__(
        self,
        ctx: AppContext,
        session: ArticleSession,
        highlights: ReaderHighlights,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("disagreementView")
        self.ctx = ctx
        self.session = session
        self.highlights = highlights
        self.active = False
        self.category: str | None = None
        self.chosen_coders: tuple[str, ...] = ()  # empty: every coder of the open article
        self.ranges: list[tuple[int, int, frozenset[str]]] = []
        self.coders: tuple[str, ...] = ()  # the coders last compared
        session.reset.connect(self.refresh)
        session.annotations_changed.connect(lambda _c, _r: self.refresh())
        session.labels_changed.connect(self.refresh)

    # ---- what the menu and the agreement window call ------------------------------------

    def show(self, category: str | None, coders: Sequence[str] = ()) -> int:
        """Show the disagreements on ``category``; returns how many ranges were found."""
        self.active = True
        self.category = QUOTE_CATEGORY if category == SPEAKER_CATEGORY else category
        self.chosen_coders = tuple(dict.fromkeys(coders))
        self.refresh()
        if self.session.article is None:
            self.ctx.status.emit(self.tr("Open an article to see where the coders differ"))
        elif len(self.coders) < 2:
            self.ctx.status.emit(
                self.tr("Only one coder has annotated this article: nothing to compare")
            )
        else:
            n = len(self.ranges)
            self.ctx.status.emit(
                self.tr("%n place(s) where {0} differ on {1}", "", n).format(
                    ", ".join(self.coders), self.label(self.category)
                )
            )
        return len(self.ranges)

    def hide(self) -> None:
        self.active = False
        self.ranges = []
        self.highlights.set_overlay([], GROUP)
        self.changed.emit()

    def label(self, category: str | None) -> str:
        if category is None:
            return self.tr(ANY)
        if category == QUOTE_CATEGORY:
            return self.tr("quotes")
        return self.tr("the theme {0}").format(self.session.theme_label(category))

    def article_coders(self) -> list[str]:
        return sorted({a.coder for a in self.session.annotations.values() if a.coder})

    # ---- keeping the highlights up to date -------------------------------------------

    def refresh(self) -> None:
        if not self.active:
            return
        self.ranges = []
        article = self.session.article_id
        wanted = self.chosen_coders or tuple(self.article_coders())
        self.coders = tuple(c for c in wanted if c in self.article_coders())
        if article is not None and len(self.coders) >= 2:
            try:
                self.ranges = agreement.disagreement_ranges(
                    self.ctx.project, article, self.coders, self.category
                )
            except AnnotaryError as exc:
                self.ctx.failed.emit(self.tr("Show disagreements"), one_line(exc))
        self.highlights.set_overlay(
            [
                (Highlight(f"{ID_PREFIX}{s}-{e}", s, e, "disagreement"), self.tooltip(who))
                for s, e, who in self.ranges
            ],
            GROUP,
        )
        self.changed.emit()

    def tooltip(self, coded_by: frozenset[str]) -> str:
        did = [c for c in self.coders if c in coded_by]
        did_not = [c for c in self.coders if c not in coded_by]
        lines = [self.tr("Coders differ here ({0})").format(self.label(self.category))]
        if self.category is None and len(did) == len(self.coders):
            lines.append(self.tr("Coded differently by: {0}").format(", ".join(did)))
        else:
            lines.append(self.tr("Coded by: {0}").format(", ".join(did) or self.tr("nobody")))
            if did_not:
                lines.append(self.tr("Not coded by: {0}").format(", ".join(did_not)))
        return "\n".join(lines)
