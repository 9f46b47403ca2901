"""Operations on speakers: add, edit, alias, merge, delete."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication

from annotary.domain.models import Speaker
from annotary.services import speakers
from annotary.ui.operations.operation import Operation, edit


def create(
    name: str,
    *,
    role: str | None = None,
    affiliation: str | None = None,
    aliases: Sequence[str] = (),
    text: str | None = None,
) -> Operation[Speaker]:
    text = text or QCoreApplication.translate("Operations", "Add speaker")
    more = tuple(aliases)
    return edit(
        text,
        lambda p: speakers.create(p, name, role=role, affiliation=affiliation, aliases=more),
    )


def update(speaker_id: str, field: str, value: Any) -> Operation[Speaker]:
    if field == "name":
        text = QCoreApplication.translate("Operations", "Rename speaker")
    elif field == "aliases":
        text = QCoreApplication.translate("Operations", "Edit aliases")
    else:
        text = QCoreApplication.translate("Operations", "Edit {0}").format(field)
    return edit(text, lambda p: speakers.update(p, speaker_id, **{field: value}))


def add_alias(speaker_id: str, alias: str) -> Operation[Speaker]:
    return edit(
        QCoreApplication.translate("Speakers", "Add alias"),
        lambda p: speakers.add_alias(p, speaker_id, alias),
    )


def merge(source_id: str, target_id: str) -> Operation[int]:
    return edit(
        QCoreApplication.translate("Speakers", "Merge speakers"),
        lambda p: speakers.merge(p, source_id, target_id),
    )


def delete(speaker_id: str) -> Operation[int]:
    return edit(
        QCoreApplication.translate("Speakers", "Delete speaker"),
        lambda p: speakers.delete(p, speaker_id),
    )
