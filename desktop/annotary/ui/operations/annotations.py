"""Operations on annotations: tag a quote, a speaker or a passage; edit; delete; add or
remove a segment (a part of a quote)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication

from annotary.domain.models import Annotation
from annotary.services import annotating
from annotary.ui.operations.operation import Operation, edit


def create(
    text: str,
    article_id: str,
    kind: str,
    span: tuple[int, int],
    *,
    speaker: str | None = None,
    themes: Sequence[str] = (),
    note: str | None = None,
    quote_type: str | None = None,
) -> Operation[Annotation]:
    """Anchor a new ``kind`` annotation on ``span`` of the article (``text``: its undo name)."""
    chosen = list(themes)
    return edit(
        text,
        lambda p: annotating.create(
            p,
            article_id,
            kind,
            span[0],
            span[1],
            speaker=speaker,
            themes=chosen,
            note=note,
            quote_type=quote_type,
        ),
    )


def update(text: str, annotation_id: str, **fields: Any) -> Operation[Annotation]:
    """Change fields of one annotation (themes, note, speaker, quote type, span)."""
    return edit(text, lambda p: annotating.update(p, annotation_id, **fields))


def delete(annotation_ids: Sequence[str]) -> Operation[int]:
    ids = list(annotation_ids)
    text = (
        QCoreApplication.translate("Operations", "Delete annotation")
        if len(ids) == 1
        else QCoreApplication.translate("Operations", "Delete {0} annotations").format(len(ids))
    )
    return edit(text, lambda p: annotating.delete(p, ids))


def add_segment(annotation_id: str, span: tuple[int, int]) -> Operation[Annotation]:
    """Add ``span`` to an annotation as another segment (a quote's second part)."""
    return edit(
        QCoreApplication.translate("Operations", "Add to quote"),
        lambda p: annotating.add_segment(p, annotation_id, span[0], span[1]),
    )


def remove_segment(annotation_id: str, index: int) -> Operation[Annotation]:
    """Remove an annotation's ``index``-th segment (not its only one)."""
    return edit(
        QCoreApplication.translate("Operations", "Remove part of quote"),
        lambda p: annotating.remove_segment(p, annotation_id, index),
    )
