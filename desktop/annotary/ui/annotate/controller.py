"""Annotator: turns the reader's tag requests and the sidebar's edits into undoable actions.

Every change is one operation (``ui.operations.annotations``, ``speakers``,
``codebook``) run by ``ctx.operations.run``: one transaction, one undo step. When
a new speaker or theme is created together with the annotation, the two
operations are wrapped in an undo macro, so the user undoes them as one step.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QRect, Qt, Signal
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import QDialog, QWidget

from annotary.domain.models import Annotation
from annotary.domain.segments import segment_at
from annotary.domain.snapping import snap
from annotary.ui import keymap
from annotary.ui.annotate.note_editor import NoteEditor
from annotary.ui.annotate.popup_placement import PopupPlacer
from annotary.ui.annotate.session import ArticleSession
from annotary.ui.annotate.speaker_picker import SpeakerChoice, SpeakerPicker
from annotary.ui.annotate.theme_picker import ThemeChoice, ThemePicker, theme_paths
from annotary.ui.context import AppContext
from annotary.ui.i18n import QT_TRANSLATE_NOOP
from annotary.ui.operations import annotations as annotation_ops
from annotary.ui.operations import codebook, speakers
from annotary.ui.reader import ReaderView

if TYPE_CHECKING:
    from annotary.suggest import QuoteSuggestion  # the engine loads on first use

QUICK_KEYS = 9
SNAP_KINDS = ("quote", "speaker", "passage")
LABELS = {
    "quote": QT_TRANSLATE_NOOP("AnnotationController", "Add quote"),
    "speaker": QT_TRANSLATE_NOOP("AnnotationController", "Tag speaker"),
    "passage": QT_TRANSLATE_NOOP("AnnotationController", "Tag passage"),
}


class Annotator(QObject):
    popup_opened = Signal(object)  # the picker dialog just shown (tests and hints)

    def __init__(
        self,
        ctx: AppContext,
        session: ArticleSession,
        reader: ReaderView,
        window: QWidget,
        recent_themes: list[str] | None = None,
    ) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.session = session
        self.reader = reader
        self.window = window
        self.popup: QDialog | None = None
        self.recent: list[str] = list(recent_themes or [])
        self.selected_annotation: str | None = None
        self.suggestion_at: Callable[[int, int], QuoteSuggestion | None] = lambda _s, _e: None
        reader.tag_requested.connect(self.tag)
        reader.part_removal_requested.connect(self.remove_part)
        reader.quick_theme_requested.connect(self.quick_theme)
        note_key = QShortcut(keymap.sequence("note"), reader, self.note_from_reader)
        note_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        ctx.annotation_selected.connect(self._remember_selected)

    def _remember_selected(self, annotation_id: str) -> None:
        self.selected_annotation = annotation_id or None

    # ---- entry points -------------------------------------------------------------

    def tag(self, kind: str) -> None:
        """Tag the reader's selection: quote | speaker | passage (with a theme) | note |
        add_to_quote."""
        if kind == "note":
            self.note_from_reader()
            return
        if kind == "add_to_quote":
            self.add_to_quote()
            return
        span = self.snapped_selection(kind)
        if span is None or self.session.article is None:
            self.ctx.status.emit(self.tr("Select some text in the article first"))
            return
        if kind in ("quote", "speaker"):
            picker = SpeakerPicker(
                list(self.session.speakers.values()), kind, self.reader.selected_text(), self.window
            )
            if kind == "quote":
                self._prefill(picker, span)
            picker.accepted.connect(lambda: self.create_with_speaker(kind, span, picker.choice()))
            self._show(picker, span)
        elif kind == "passage":
            tpicker = ThemePicker(
                list(self.session.themes.values()), self.tr("Tag passage"), self.window
            )
            tpicker.accepted.connect(lambda: self._passage_from_choice(span, tpicker.choice()))
            self._show(tpicker, span)

    def snapped_selection(self, kind: str) -> tuple[int, int] | None:
        """The reader's selection snapped to words (see domain.snapping), shown snapped:
        the span the user sees selected is the span that is stored."""
        span = self.reader.selection_range()
        text = self.reader.text()
        if span is None or not text:
            return span
        snapped = snap(text, span[0], span[1], kind if kind in SNAP_KINDS else "passage")
        if snapped != span:
            self.reader.select_range(*snapped)
        return snapped

    def _prefill(self, picker: SpeakerPicker, span: tuple[int, int]) -> None:
        """Tagging a suggested quote starts from the speaker and type the suggestion found."""
        found = self.suggestion_at(*span)
        if found is None:
            return
        known = self.session.speakers.get(found.speaker_id or "")
        picker.prefill(known.name if known else found.speaker, found.quote_type)

    def quick_theme(self, n: int) -> None:
        """Digit ``n``: apply the n-th most recently used theme to the selection."""
        themes = self.quick_themes()
        if not 1 <= n <= len(themes):
            self.ctx.status.emit(
                self.tr("No theme on key {0} yet: tag a passage with T first").format(n)
            )
            return
        theme_id = themes[n - 1]
        span = self.snapped_selection("passage")
        if span is not None:
            self.create_passage(span, [theme_id])
        elif self.selected_annotation in self.session.annotations:
            self.add_theme(self.selected_annotation, theme_id)
        else:
            self.ctx.status.emit(self.tr("Select some text (or an annotation) first"))

    def note_from_reader(self) -> None:
        """N: edit the note of the highlight under the selection, or note a new passage."""
        span = self.snapped_selection("passage")
        if span is None:
            if self.selected_annotation in self.session.annotations:
                self.edit_note(self.selected_annotation)
            return
        ids = [i for i in self.reader.highlight_at(span[0]) if i in self.session.annotations]
        if ids:
            self.edit_note(ids[0])
            return
        editor = NoteEditor(self.reader.selected_text(), None, self.window)
        editor.accepted.connect(lambda: self.create_passage(span, [], editor.note()))
        self._show(editor, span)

    # ---- creating -------------------------------------------------------------------

    def create_with_speaker(
        self, kind: str, span: tuple[int, int], choice: SpeakerChoice
    ) -> Annotation | None:
        article_id = self.session.article_id
        if article_id is None:
            return None
        label = QCoreApplication.translate("AnnotationController", LABELS[kind])
        macro = choice.new_name is not None or choice.add_alias is not None
        if macro:
            self.ctx.undo_stack.beginMacro(label)
        speaker_id = choice.speaker_id
        ok = True
        if choice.new_name is not None:
            name = choice.new_name
            aliases = (choice.add_alias,) if choice.add_alias else ()
            made = self.ctx.operations.run(
                speakers.create(
                    name,
                    role=choice.role,
                    affiliation=choice.affiliation,
                    aliases=aliases,
                    text=self.tr("Add speaker {0}").format(name),
                )
            )
            ok = made.ok
            speaker_id = made.value.id if made.value is not None else None
        elif choice.add_alias and speaker_id:
            ok = self.ctx.operations.run(speakers.add_alias(speaker_id, choice.add_alias)).ok
        annotation = None
        if ok:
            quote_type = choice.quote_type if kind == "quote" else None
            annotation = self.ctx.operations.run(
                annotation_ops.create(
                    label, article_id, kind, span, speaker=speaker_id, quote_type=quote_type
                )
            ).value
        if macro:
            self.ctx.undo_stack.endMacro()
            if annotation is None:
                self.ctx.undo_stack.undo()  # drop the half-done step
        self._created(annotation)
        return annotation

    def create_passage(
        self, span: tuple[int, int], theme_ids: Sequence[str], note: str | None = None
    ) -> Annotation | None:
        article_id = self.session.article_id
        if article_id is None:
            return None
        themes = list(theme_ids)
        made = self.ctx.operations.run(
            annotation_ops.create(
                self.tr("Tag passage"), article_id, "passage", span, themes=themes, note=note
            )
        ).value
        for t in themes:
            self.used_theme(t)
        self._created(made)
        return made

    def _passage_from_choice(self, span: tuple[int, int], choice: ThemeChoice | None) -> None:
        if choice is None:
            return
        if choice.theme_id is not None:
            self.create_passage(span, [choice.theme_id])
            return
        self.ctx.undo_stack.beginMacro(self.tr("Tag passage"))
        theme_id = self._create_theme(choice)
        made = self.create_passage(span, [theme_id]) if theme_id else None
        self.ctx.undo_stack.endMacro()
        if made is None:
            self.ctx.undo_stack.undo()

    def _create_theme(self, choice: ThemeChoice) -> str | None:
        name = choice.new_name or ""
        theme = self.ctx.operations.run(
            codebook.create(name, choice.new_parent, text=self.tr("Add theme {0}").format(name))
        ).value
        return theme.id if theme is not None else None

    def _created(self, annotation: Annotation | None) -> None:
        if annotation is None:
            return
        self.reader.clear_selection()
        self.ctx.annotation_selected.emit(annotation.id)

    # ---- quotes in several parts ----------------------------------------------------

    def quote_to_extend(self, span: tuple[int, int]) -> Annotation | None:
        """The quote a selection is added to: the selected annotation if it is a quote,
        else a quote the selection overlaps, else the nearest quote before it."""
        quotes = [a for a in self.session.ordered() if a.kind == "quote"]
        chosen = self.session.annotations.get(self.selected_annotation or "")
        if chosen is not None and chosen.kind == "quote":
            return chosen
        for quote in quotes:
            if any(s.start < span[1] and span[0] < s.end for s in quote.segments):
                return quote
        before = [q for q in quotes if q.end <= span[0]]
        return max(before, key=lambda q: q.end) if before else None

    def add_to_quote(self) -> Annotation | None:
        """Add the reader's selection to a quote as another part (key A, menu, bar)."""
        span = self.snapped_selection("quote")
        if span is None or self.session.article is None:
            self.ctx.status.emit(self.tr("Select the words to add to the quote first"))
            return None
        quote = self.quote_to_extend(span)
        if quote is None:
            self.ctx.status.emit(
                self.tr("Tag the first part as a quote (Q), then add the next part to it")
            )
            return None
        done = self.ctx.operations.run(annotation_ops.add_segment(quote.id, span)).value
        if done is not None:
            self._created(done)
        return done

    def remove_part(self, annotation_id: str, offset: int) -> None:
        """Remove the part of a quote in several parts that holds ``offset``."""
        annotation = self.session.annotations.get(annotation_id)
        if annotation is None:
            return
        index = segment_at(annotation, offset)
        if index is not None:
            self.ctx.operations.run(annotation_ops.remove_segment(annotation_id, index))

    # ---- editing existing annotations ---------------------------------------------------

    def _update(self, text: str, annotation_id: str, **fields: object) -> Annotation | None:
        return self.ctx.operations.run(annotation_ops.update(text, annotation_id, **fields)).value

    def add_theme(self, annotation_id: str, theme_id: str) -> None:
        annotation = self.session.annotations.get(annotation_id)
        if annotation is None or theme_id in annotation.themes:
            return
        self._update(self.tr("Add theme"), annotation_id, themes=[*annotation.themes, theme_id])
        self.used_theme(theme_id)

    def remove_theme(self, annotation_id: str, theme_id: str) -> None:
        annotation = self.session.annotations.get(annotation_id)
        if annotation is not None and theme_id in annotation.themes:
            themes = [t for t in annotation.themes if t != theme_id]
            self._update(self.tr("Remove theme"), annotation_id, themes=themes)

    def choose_theme_for(self, annotation_id: str) -> None:
        picker = ThemePicker(list(self.session.themes.values()), self.tr("Add theme"), self.window)

        def chosen() -> None:
            choice = picker.choice()
            if choice is None:
                return
            if choice.theme_id is not None:
                self.add_theme(annotation_id, choice.theme_id)
                return
            self.ctx.undo_stack.beginMacro(self.tr("Add theme"))
            theme_id = self._create_theme(choice)
            if theme_id:
                self.add_theme(annotation_id, theme_id)
            self.ctx.undo_stack.endMacro()

        picker.accepted.connect(chosen)
        self._show(picker, None)

    def edit_note(self, annotation_id: str) -> None:
        annotation = self.session.annotations.get(annotation_id)
        if annotation is None:
            return
        editor = NoteEditor(annotation.joined_exact, annotation.note, self.window)
        editor.accepted.connect(lambda: self.set_note(annotation_id, editor.note()))
        self._show(editor, (annotation.start, annotation.end))

    def set_note(self, annotation_id: str, text: str | None) -> None:
        self._update(self.tr("Edit note"), annotation_id, note=text or None)

    def edit_speaker(self, annotation_id: str) -> None:
        annotation = self.session.annotations.get(annotation_id)
        if annotation is None:
            return
        mode = "speaker" if annotation.kind == "speaker" else "quote"
        picker = SpeakerPicker(
            list(self.session.speakers.values()), mode, annotation.joined_exact, self.window
        )
        picker.name_edit.setText(self.session.speaker_name(annotation.speaker))
        if annotation.quote_type == "indirect":
            picker.indirect.setChecked(True)
        picker.accepted.connect(lambda: self._apply_speaker(annotation_id, picker.choice()))
        self._show(picker, (annotation.start, annotation.end))

    def _apply_speaker(self, annotation_id: str, choice: SpeakerChoice) -> None:
        annotation = self.session.annotations.get(annotation_id)
        if annotation is None:
            return
        fields: dict[str, object] = {}
        if annotation.kind == "quote":
            fields["quote_type"] = choice.quote_type
        if choice.new_name is None:
            self._update(
                self.tr("Change speaker"), annotation_id, speaker=choice.speaker_id, **fields
            )
            return
        self.ctx.undo_stack.beginMacro(self.tr("Change speaker"))
        name = choice.new_name
        made = self.ctx.operations.run(
            speakers.create(
                name,
                role=choice.role,
                affiliation=choice.affiliation,
                text=self.tr("Add speaker {0}").format(name),
            )
        ).value
        if made is not None:
            self._update(self.tr("Change speaker"), annotation_id, speaker=made.id, **fields)
        self.ctx.undo_stack.endMacro()

    def set_quote_type(self, annotation_id: str, quote_type: str) -> None:
        self._update(self.tr("Change quote type"), annotation_id, quote_type=quote_type)

    def adjust_span(self, annotation_id: str) -> bool:
        """Move the annotation onto the reader's current selection."""
        annotation = self.session.annotations.get(annotation_id)
        span = self.snapped_selection(annotation.kind if annotation else "passage")
        if span is None:
            self.ctx.status.emit(self.tr("Select the new text in the article first, then adjust"))
            return False
        done = self._update(self.tr("Adjust span"), annotation_id, start=span[0], end=span[1])
        if done is not None:
            self.reader.clear_selection()
        return done is not None

    def delete(self, annotation_ids: Sequence[str]) -> None:
        ids = [i for i in annotation_ids if i]
        if not ids:
            return
        self.ctx.operations.run(annotation_ops.delete(ids))

    # ---- recent themes -----------------------------------------------------------------

    def used_theme(self, theme_id: str) -> None:
        self.recent = [theme_id] + [t for t in self.recent if t != theme_id]
        del self.recent[QUICK_KEYS * 2 :]

    def quick_themes(self) -> list[str]:
        """Themes on keys 1-9: the most recently used, then the codebook's first ones."""
        known = self.session.themes
        out = [t for t in self.recent if t in known]
        for _path, theme in theme_paths(list(known.values())):
            if len(out) >= QUICK_KEYS:
                break
            if theme.id not in out:
                out.append(theme.id)
        return out[:QUICK_KEYS]

    # ---- popups --------------------------------------------------------------------------

    def _show(self, dialog: QDialog, span: tuple[int, int] | None) -> None:
        if self.popup is not None and self.popup.isVisible():
            self.popup.reject()
        self.popup = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r: self._closed(dialog))
        dialog.adjustSize()
        if span is not None:
            placer = PopupPlacer(dialog, self.window, lambda: self._global_rect(span))
            placer.place()
        dialog.open()
        dialog.activateWindow()  # its keys (Esc, Enter) go to it, not to the reader
        self.popup_opened.emit(dialog)

    def _global_rect(self, span: tuple[int, int]) -> QRect:
        rect = self.reader.range_rect(*span)
        if rect.isEmpty():
            return rect
        return QRect(self.reader.viewport().mapToGlobal(rect.topLeft()), rect.size())

    def _closed(self, dialog: QDialog) -> None:
        if self.popup is dialog:
            self.popup = None
        self.reader.setFocus()
