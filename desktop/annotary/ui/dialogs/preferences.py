"""Preferences: who is coding, the look, the reading font, automatic suggestions.

``settings`` is the window's settings object. Anything with ``value(key, default)``
and ``setValue(key, value)`` (a QSettings) works; an ``annotary.ui.settings.Settings``
works too (its ``qsettings`` is used, and its own ``theme()``/``set_theme()`` for the
theme, so the window and this dialog agree on where the theme is kept).
"""

from __future__ import annotations

from typing import Any, Protocol, cast

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from annotary.ui import i18n
from annotary.ui.context import AppContext
from annotary.ui.i18n import QT_TRANSLATE_NOOP
from annotary.ui.style.palette import apply_theme

THEMES = (
    ("system", QT_TRANSLATE_NOOP("PreferencesDialog", "Follow the system")),
    ("light", QT_TRANSLATE_NOOP("PreferencesDialog", "Light")),
    ("dark", QT_TRANSLATE_NOOP("PreferencesDialog", "Dark")),
)
DEFAULT_FONT_SIZE = 13
DEFAULT_FAMILY_LABEL = QT_TRANSLATE_NOOP("PreferencesDialog", "Default serif")
LANGUAGE_KEY = "appearance/language"


class KeyValueStore(Protocol):
    def value(self, key: str, default: Any = ...) -> Any: ...
    def setValue(self, key: str, value: Any) -> None: ...


def to_bool(value: object, default: bool) -> bool:
    """A boolean from a settings value (INI files give back "true"/"false")."""
    if value is None or value == "":
        return default
    if isinstance(value, bool):
        return value
    return str(value).strip().lower() in {"1", "true", "yes", "on"}


def to_int(value: object, default: int) -> int:
    try:
        return int(str(value))
    except ValueError:
        return default


class PreferenceStore:
    """Reads and writes the preference keys on whichever settings object the window has."""

    def __init__(self, settings: object) -> None:
        self._typed: Any = settings if hasattr(settings, "set_theme") else None
        raw = getattr(settings, "qsettings", settings)
        self._kv = cast(KeyValueStore, raw)

    def get(self, key: str, default: Any) -> Any:
        if key == "theme" and self._typed is not None:
            return self._typed.theme()
        return self._kv.value(key, default)

    def set(self, key: str, value: Any) -> None:
        if key == "theme" and self._typed is not None:
            self._typed.set_theme(value)
            return
        self._kv.setValue(key, value)


class PreferencesDialog(QDialog):
    """Edit the preferences; OK saves them and emits ``settings_changed``."""

    settings_changed = Signal()

    def __init__(self, ctx: AppContext, settings: object, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.store = PreferenceStore(settings)
        self.setWindowTitle(self.tr("Preferences"))
        self.setObjectName("preferencesDialog")
        self.setAccessibleName(self.tr("Preferences"))

        self.coder = QLineEdit(self)
        self.coder.setAccessibleName(self.tr("Coder name"))
        self.coder.setToolTip(self.tr("Your name as stored on every annotation you make"))
        self.coder.setText(str(self.store.get("coder", "") or ctx.project.coder))

        self.theme = QComboBox(self)
        self.theme.setAccessibleName(self.tr("Colour theme"))
        for key, label in THEMES:
            self.theme.addItem(self.tr(label), key)
        current = str(self.store.get("theme", "system"))
        self.theme.setCurrentIndex(max(self.theme.findData(current), 0))

        self.font_family = QComboBox(self)
        self.font_family.setObjectName("preferencesFontFamily")  # font names are not words
        self.font_family.setAccessibleName(self.tr("Reading font"))
        self.font_family.addItem(self.tr(DEFAULT_FAMILY_LABEL), "")
        for family in QFontDatabase.families():
            if not QFontDatabase.isPrivateFamily(family):
                self.font_family.addItem(family, family)
        family = str(self.store.get("reader/font_family", "") or "")
        self.font_family.setCurrentIndex(max(self.font_family.findData(family), 0))

        self.font_size = QSpinBox(self)
        self.font_size.setAccessibleName(self.tr("Reading font size"))
        self.font_size.setRange(8, 36)
        self.font_size.setSuffix(self.tr(" pt"))
        self.font_size.setValue(
            to_int(self.store.get("reader/font_size", DEFAULT_FONT_SIZE), DEFAULT_FONT_SIZE)
        )

        self.suggest_auto = QCheckBox(
            self.tr("Suggest quotes automatically when an article opens"), self
        )
        self.suggest_auto.setAccessibleName(self.tr("Suggest quotes automatically"))
        self.suggest_auto.setChecked(to_bool(self.store.get("suggest/auto", True), True))

        self.language = QComboBox(self)
        self.language.setAccessibleName(self.tr("Language"))
        self.language.setToolTip(
            self.tr("The language of the window; it changes at the next start")
        )
        for code, name in i18n.LANGUAGES:
            shown = QCoreApplication.translate("Language", name) if code == i18n.SYSTEM else name
            self.language.addItem(shown, code)
        self.language_note: QMessageBox | None = None
        self._language = str(self.store.get(LANGUAGE_KEY, i18n.SYSTEM) or i18n.SYSTEM)
        self.language.setCurrentIndex(max(self.language.findData(self._language), 0))

        form = QFormLayout()
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(8)
        form.addRow(self.tr("&Coder:"), self.coder)
        form.addRow(self.tr("&Theme:"), self.theme)
        form.addRow(self.tr("Reading &font:"), self.font_family)
        form.addRow(self.tr("Font &size:"), self.font_size)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow("", self.suggest_auto)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c0392b;")
        self.message.hide()

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(12)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def accept(self) -> None:
        coder = self.coder.text().strip()
        if not coder:
            self.message.setText(
                self.tr("The coder needs a name: it is stored on every annotation.")
            )
            self.message.show()
            self.coder.setFocus()
            return
        theme = str(self.theme.currentData())
        self.store.set("coder", coder)
        self.store.set("theme", theme)
        self.store.set("reader/font_family", str(self.font_family.currentData()))
        self.store.set("reader/font_size", self.font_size.value())
        self.store.set("suggest/auto", self.suggest_auto.isChecked())
        language = str(self.language.currentData())
        self.store.set(LANGUAGE_KEY, language)
        self.ctx.project.coder = coder
        self.ctx.coder_changed.emit(coder)
        app = QApplication.instance()
        if isinstance(app, QApplication) and app.property("annotaryTheme") != theme:
            apply_theme(app, theme)  # type: ignore[arg-type]
        self.settings_changed.emit()
        if language != self._language:  # said without waiting: the window goes on
            self.language_note = QMessageBox(
                QMessageBox.Icon.Information,
                self.tr("Language"),
                self.tr("The new language takes effect when Annotary starts again."),
                parent=self.parentWidget(),
            )
            self.language_note.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.language_note.open()
        super().accept()
