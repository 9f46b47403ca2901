"""Showing annotations in the reader: colours, hover text and incremental updates."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from annotary.domain.models import Annotation
from annotary.ui.annotate.session import ArticleSession
from annotary.ui.display_names import quote_type_name
from annotary.ui.i18n import QT_TRANSLATE_NOOP
from annotary.ui.reader import Highlight, ReaderView

KIND_LABELS = {
    "quote": QT_TRANSLATE_NOOP("Highlighting", "Quote"),
    "speaker": QT_TRANSLATE_NOOP("Highlighting", "Speaker mention"),
    "passage": QT_TRANSLATE_NOOP("Highlighting", "Passage"),
}


def to_highlight(annotation: Annotation, session: ArticleSession) -> Highlight:
    color = None
    if annotation.kind == "passage" and annotation.themes:
        color = session.theme_color(annotation.themes[0])
    style = "outline" if annotation.status == "orphaned" else None
    parts = (
        tuple((s.start, s.end) for s in annotation.segments) if len(annotation.segments) > 1 else ()
    )
    return Highlight(
        annotation.id, annotation.start, annotation.end, annotation.kind, color, style, parts
    )


def describe(annotation: Annotation, session: ArticleSession) -> str:
    """The hover text of an annotation: kind, speaker, themes, note, coder."""
    head = QCoreApplication.translate(
        "Highlighting", KIND_LABELS.get(annotation.kind, annotation.kind)
    )
    if annotation.kind == "quote" and annotation.quote_type:
        head += f" ({quote_type_name(annotation.quote_type)})"
    if annotation.speaker:
        head += f" — {session.speaker_name(annotation.speaker)}"
    lines = [head]
    if annotation.themes:
        lines.append(
            QCoreApplication.translate("Highlighting", "Themes: {0}").format(
                ", ".join(session.theme_label(t) for t in annotation.themes)
            )
        )
    if annotation.note:
        lines.append(
            QCoreApplication.translate("Highlighting", "Note: {0}").format(annotation.note)
        )
    if annotation.status == "orphaned":
        lines.append(
            QCoreApplication.translate(
                "Highlighting", "Orphaned: its text was not found again after an edit"
            )
        )
    if annotation.coder:
        lines.append(
            QCoreApplication.translate("Highlighting", "Coder: {0}").format(annotation.coder)
        )
    return "\n".join(lines)


class ReaderHighlights(QObject):
    """Keeps the reader's highlights equal to the session's annotations."""

    def __init__(self, session: ArticleSession, reader: ReaderView) -> None:
        super().__init__(reader)
        self.session = session
        self.reader = reader
        # Highlights that are not annotations (e.g. where coders disagree), with their hover text
        self.overlay: dict[str, tuple[Highlight, str]] = {}
        self._overlay_groups: dict[str, set[str]] = {}  # group -> its overlay ids
        reader.set_tooltip_provider(self.tooltip)
        session.annotations_changed.connect(self.apply)
        session.labels_changed.connect(self.refresh_all)

    def tooltip(self, hid: str) -> str:
        if hid in self.overlay:
            return self.overlay[hid][1]
        annotation = self.session.annotations.get(hid)
        return describe(annotation, self.session) if annotation else ""

    def all(self) -> list[Highlight]:
        annotated = [to_highlight(a, self.session) for a in self.session.ordered()]
        return annotated + [h for h, _tip in self.overlay.values()]

    def set_overlay(self, items: list[tuple[Highlight, str]], group: str = "") -> None:
        """Replace one ``group``'s highlights shown over the annotations (``[]`` removes them).

        Groups (disagreements, suggestions …) leave each other's highlights alone.
        """
        groups = self._overlay_groups
        for hid in groups.pop(group, set()):
            self.overlay.pop(hid, None)
            self.reader.remove_highlight(hid)
        self.overlay.update({h.id: (h, tip) for h, tip in items})
        groups[group] = {h.id for h, _tip in items}
        for h, _tip in items:
            self.reader.add_highlight(h)

    def refresh_all(self) -> None:
        if self.reader.article() is not None:
            self.reader.set_highlights(self.all())

    def apply(self, changed: set[str], removed: set[str]) -> None:
        for hid in removed:
            self.reader.remove_highlight(hid)
        for hid in changed:
            annotation = self.session.annotations.get(hid)
            if annotation is None:
                continue
            if self.reader.highlight(hid) is None:
                self.reader.add_highlight(to_highlight(annotation, self.session))
            else:
                self.reader.update_highlight(to_highlight(annotation, self.session))
