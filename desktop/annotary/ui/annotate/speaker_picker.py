"""SpeakerPicker: who said it (a quote) or who is named (a speaker mention).

Type-ahead over every known speaker's name AND aliases (choosing an alias picks
its speaker); an unknown name opens role and affiliation fields to create the
speaker inline. Enter confirms, Esc cancels.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from annotary.domain.models import Speaker
from annotary.domain.quote_marks import preview
from annotary.ui.richtext import plain_label


@dataclass(frozen=True, slots=True)
class SpeakerChoice:
    speaker_id: str | None  # an existing speaker, or None
    new_name: str | None  # a speaker to create (with role and affiliation)
    role: str | None = None
    affiliation: str | None = None
    quote_type: str = "direct"
    add_alias: str | None = None  # add this text as an alias of the chosen speaker


class SpeakerIndex:
    """Names and aliases of the known speakers, looked up case-insensitively."""

    def __init__(self, speakers: list[Speaker]) -> None:
        self.speakers = {s.id: s for s in speakers}
        self._by_key: dict[str, str] = {}
        self.labels: list[str] = []
        for s in sorted(speakers, key=lambda s: s.name.casefold()):
            self._add(s.name, s.id)
        for s in speakers:
            for alias in s.aliases:
                self._add(alias, s.id)

    def _add(self, label: str, speaker_id: str) -> None:
        key = label.strip().casefold()
        if key and key not in self._by_key:
            self._by_key[key] = speaker_id
            self.labels.append(label)

    def find(self, text: str) -> Speaker | None:
        sid = self._by_key.get(text.strip().casefold())
        return self.speakers.get(sid) if sid else None


class SpeakerPicker(QDialog):
    """``mode`` is "quote" (who said it, direct/indirect) or "speaker" (a mention)."""

    def __init__(
        self,
        speakers: list[Speaker],
        mode: str,
        selected_text: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.mode = mode
        self.selected_text = " ".join(selected_text.split())
        self.index = SpeakerIndex(speakers)
        self.setObjectName("speakerPicker")
        title = self.tr("Tag quote") if mode == "quote" else self.tr("Tag speaker mention")
        self.setWindowTitle(title)
        self.setAccessibleName(title)

        self.excerpt = plain_label(QLabel(self))
        self.excerpt.setObjectName("speakerExcerpt")
        self.excerpt.setWordWrap(True)
        self.excerpt.setProperty("muted", True)
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("speakerName")
        self.name_edit.setAccessibleName(self.tr("Speaker"))
        self.name_edit.setPlaceholderText(
            self.tr("Who says this? (type a name or alias)")
            if mode == "quote"
            else self.tr("Which speaker?")
        )
        completer = QCompleter(QStringListModel(self.index.labels, self), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.name_edit.setCompleter(completer)
        self.completer = completer
        self.match_label = plain_label(QLabel(self))
        self.match_label.setObjectName("speakerMatch")
        self.match_label.setProperty("muted", True)

        self.role_edit = QLineEdit(self)
        self.role_edit.setObjectName("speakerRole")
        self.role_edit.setAccessibleName(self.tr("Role of the new speaker"))
        self.role_edit.setPlaceholderText(self.tr("e.g. finance minister"))
        self.affiliation_edit = QLineEdit(self)
        self.affiliation_edit.setObjectName("speakerAffiliation")
        self.affiliation_edit.setAccessibleName(self.tr("Affiliation of the new speaker"))
        self.affiliation_edit.setPlaceholderText(self.tr("e.g. Ministry of Finance"))
        self.new_box = QWidget(self)
        new_form = QFormLayout(self.new_box)
        new_form.setContentsMargins(0, 0, 0, 0)
        new_form.addRow(self.tr("&Role:"), self.role_edit)
        new_form.addRow(self.tr("&Affiliation:"), self.affiliation_edit)

        self.direct = QRadioButton(self.tr("&Direct"), self)
        self.direct.setObjectName("quoteDirect")
        self.indirect = QRadioButton(self.tr("&Indirect"), self)
        self.indirect.setObjectName("quoteIndirect")
        self.direct.setChecked(True)
        self.direct.toggled.connect(self._show_excerpt)
        self._show_excerpt()
        group = QButtonGroup(self)
        group.addButton(self.direct)
        group.addButton(self.indirect)
        self.type_row = QWidget(self)
        row = QHBoxLayout(self.type_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("Quote type:"), self))
        row.addWidget(self.direct)
        row.addWidget(self.indirect)
        row.addStretch(1)
        self.type_row.setVisible(mode == "quote")

        self.alias_box = QCheckBox(self)
        self.alias_box.setObjectName("addAlias")
        self.alias_box.setChecked(True)
        self.alias_box.setVisible(False)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Tag"))
        self.ok_button.setDefault(True)
        buttons.accepted.connect(self.confirm)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.excerpt)
        layout.addWidget(QLabel(self.tr("&Speaker:"), self, buddy=self.name_edit))  # type: ignore[call-overload]
        layout.addWidget(self.name_edit)
        layout.addWidget(self.match_label)
        layout.addWidget(self.new_box)
        layout.addWidget(self.alias_box)
        layout.addWidget(self.type_row)
        layout.addWidget(buttons)
        self.setMinimumWidth(380)

        self.name_edit.textChanged.connect(self._update)
        self.name_edit.returnPressed.connect(self.confirm)
        if mode == "speaker":
            self.name_edit.setText(self.selected_text)
            self.name_edit.selectAll()
        self._update()
        self.name_edit.setFocus()

    # ---- state --------------------------------------------------------------------

    def _show_excerpt(self) -> None:
        """A direct quote in one pair of marks; indirect speech and names without."""
        kind = None
        if self.mode == "quote":
            kind = "direct" if self.direct.isChecked() else "indirect"
        self.excerpt.setText(preview(self.selected_text, kind, 90))

    def prefill(self, name: str | None, quote_type: str | None) -> None:
        """Start from what a suggestion found: its speaker and its quote type."""
        if name:
            self.name_edit.setText(name)
            self.name_edit.selectAll()
        (self.indirect if quote_type == "indirect" else self.direct).setChecked(True)

    def matched(self) -> Speaker | None:
        return self.index.find(self.name_edit.text())

    def _update(self) -> None:
        text = self.name_edit.text().strip()
        found = self.matched()
        self.new_box.setVisible(bool(text) and found is None)
        if found is not None:
            detail = ", ".join(x for x in (found.role, found.affiliation) if x)
            self.match_label.setText(f"→ {found.name}" + (f" ({detail})" if detail else ""))
        elif text:
            self.match_label.setText(self.tr("New speaker “{0}”").format(text))
        else:
            self.match_label.setText(self.tr("No speaker") if self.mode == "quote" else "")
        alias = self._alias_candidate(found)
        self.alias_box.setVisible(alias is not None)
        if alias is not None:
            self.alias_box.setText(
                self.tr("Add “{0}” as an alias of {1}").format(alias, found.name)  # type: ignore[union-attr]
            )
        self.ok_button.setEnabled(bool(text) or self.mode == "quote")
        self.adjustSize()

    def _alias_candidate(self, found: Speaker | None) -> str | None:
        if self.mode != "speaker" or found is None or not self.selected_text:
            return None
        known = {found.name.casefold(), *(a.casefold() for a in found.aliases)}
        if self.selected_text.casefold() in known:
            return None
        return self.selected_text

    def choice(self) -> SpeakerChoice:
        text = self.name_edit.text().strip()
        found = self.matched()
        quote_type = "indirect" if self.indirect.isChecked() else "direct"
        if found is not None:
            alias = self._alias_candidate(found) if self.alias_box.isChecked() else None
            return SpeakerChoice(found.id, None, quote_type=quote_type, add_alias=alias)
        if not text:
            return SpeakerChoice(None, None, quote_type=quote_type)
        alias = None
        if self.mode == "speaker" and self.selected_text.casefold() != text.casefold():
            alias = self.selected_text if self.alias_box.isChecked() else None
        return SpeakerChoice(
            None,
            text,
            self.role_edit.text().strip() or None,
            self.affiliation_edit.text().strip() or None,
            quote_type,
            alias,
        )

    def confirm(self) -> None:
        popup = self.completer.popup()
        if popup is not None and popup.isVisible():
            popup.hide()
        if self.ok_button.isEnabled():
            self.accept()
