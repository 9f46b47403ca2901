"""ArticleSession: the open article with its annotations, speakers and themes.

The reader's highlights and the sidebar both show this; on ``ctx.changed`` it
takes the annotations an operation made from the change itself (``Applied``),
refetches only the other ones named in it, and says which ones moved.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal

from annotary.domain.errors import NotFoundError
from annotary.domain.models import Annotation, Article, Changes, Speaker, Theme
from annotary.services import annotating, articles, codebook, speakers
from annotary.ui.context import AppContext
from annotary.ui.operations.applied import Applied


class ArticleSession(QObject):
    reset = Signal()  # another article (or none), or everything reloaded
    annotations_changed = Signal(object, object)  # (changed ids, removed ids)
    labels_changed = Signal()  # speakers or themes were edited

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.article: Article | None = None
        self.annotations: dict[str, Annotation] = {}
        self.speakers: dict[str, Speaker] = {}
        self.themes: dict[str, Theme] = {}
        self.reload_labels()
        ctx.changed.connect(self.on_changed)

    @property
    def article_id(self) -> str | None:
        return self.article.id if self.article else None

    def reload_labels(self) -> None:
        self.speakers = {s.id: s for s in speakers.speakers(self.ctx.project)}
        self.themes = {t.id: t for t in codebook.themes(self.ctx.project)}

    def open(self, article_id: str | None) -> None:
        if article_id is None:
            self.article = None
            self.annotations = {}
        else:
            self.article = articles.get(self.ctx.project, article_id)
            self.annotations = {
                a.id: a for a in annotating.for_article(self.ctx.project, article_id)
            }
        self.reset.emit()

    def ordered(self) -> list[Annotation]:
        return sorted(self.annotations.values(), key=lambda a: (a.start, -a.end, a.id))

    def on_changed(self, changes: Changes) -> None:
        if changes.speakers or changes.themes:
            self.reload_labels()
            self.labels_changed.emit()
        if self.article is None:
            return
        current = self.article.id
        if current in changes.removed:
            self.open(None)
            return
        if current in changes.articles:
            try:
                fresh = articles.get(self.ctx.project, current)
            except NotFoundError:
                self.open(None)
                return
            if fresh.text_sha256 != self.article.text_sha256:
                self.open(current)  # new text: everything moved
                return
            self.article = fresh
        touched = changes.annotations | (changes.removed & set(self.annotations))
        if current in changes.articles:
            touched |= changes.removed  # an undo may bring back annotations of this article
        made = changes.records if isinstance(changes, Applied) else {}
        changed: set[str] = set()
        removed: set[str] = set()
        for aid in touched:
            try:
                known = made.get(aid)
                annotation = known if isinstance(known, Annotation) else self._read(aid)
            except NotFoundError:
                if self.annotations.pop(aid, None) is not None:
                    removed.add(aid)
                continue
            if annotation.article == current:
                if self.annotations.get(aid) != annotation:
                    self.annotations[aid] = annotation
                    changed.add(aid)
            elif self.annotations.pop(aid, None) is not None:
                removed.add(aid)
        if changed or removed:
            self.annotations_changed.emit(changed, removed)

    def _read(self, annotation_id: str) -> Annotation:
        return annotating.get(self.ctx.project, annotation_id)

    # ---- labels --------------------------------------------------------------------

    def theme_label(self, theme_id: str) -> str:
        """The theme's path from the top of the codebook, as the user reads it."""
        return codebook.theme_path(self.themes, theme_id) or QCoreApplication.translate(
            "ArticleSession", "(deleted theme)"
        )

    def theme_name(self, theme_id: str) -> str:
        """The theme's own name (the last step of its path)."""
        theme = self.themes.get(theme_id)
        return theme.name if theme is not None else self.theme_label(theme_id)

    def speaker_name(self, speaker_id: str | None) -> str:
        if not speaker_id:
            return ""
        s = self.speakers.get(speaker_id)
        return s.name if s else QCoreApplication.translate("ArticleSession", "(deleted speaker)")

    def theme_color(self, theme_id: str) -> str | None:
        t = self.themes.get(theme_id)
        return t.color if t else None
