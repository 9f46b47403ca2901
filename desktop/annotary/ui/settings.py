"""The window's remembered preferences and state, in an INI file under the config folder.

The file lives in ``annotary.paths.config_dir()``, which honours ANNOTARY_CONFIG_DIR
(tests set it, so every test has its own settings).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from annotary import paths

MAX_RECENT = 8
THEMES = ("system", "light", "dark")


def settings_path() -> Path:
    return paths.config_dir() / "annotary.ini"


class Settings:
    """Typed access to the few things the window remembers."""

    def __init__(self, path: Path | None = None) -> None:
        target = path or settings_path()
        target.parent.mkdir(parents=True, exist_ok=True)
        self.qsettings = QSettings(str(target), QSettings.Format.IniFormat)

    @property
    def path(self) -> Path:
        return Path(self.qsettings.fileName())

    def sync(self) -> None:
        self.qsettings.sync()

    # ---- appearance -------------------------------------------------------------

    def theme(self) -> str:
        value = str(self.qsettings.value("appearance/theme", "system"))
        return value if value in THEMES else "system"

    def set_theme(self, theme: str) -> None:
        self.qsettings.setValue("appearance/theme", theme if theme in THEMES else "system")

    def language(self) -> str:
        """ "system", "en" or "zh_CN" (see ui/i18n.py); read once, at start-up."""
        return str(self.qsettings.value("appearance/language", "system") or "system")

    def set_language(self, language: str) -> None:
        self.qsettings.setValue("appearance/language", language)

    def zoom(self) -> int:
        return _to_int(self.qsettings.value("reader/zoom", 0))

    def set_zoom(self, level: int) -> None:
        self.qsettings.setValue("reader/zoom", int(level))

    # ---- projects ---------------------------------------------------------------

    def recent_projects(self) -> list[Path]:
        raw = self.qsettings.value("projects/recent", [])
        items = _as_list(raw)
        return [Path(str(p)) for p in items if str(p)]

    def add_recent_project(self, path: Path) -> None:
        path = Path(path).resolve()
        items = [p for p in self.recent_projects() if p != path]
        items.insert(0, path)
        self.qsettings.setValue("projects/recent", [str(p) for p in items[:MAX_RECENT]])

    def clear_recent_projects(self) -> None:
        self.qsettings.setValue("projects/recent", [])

    def last_article(self, project: Path) -> str | None:
        value = self.qsettings.value(f"last_article/{_key(project)}", "")
        return str(value) or None

    def set_last_article(self, project: Path, article_id: str | None) -> None:
        self.qsettings.setValue(f"last_article/{_key(project)}", article_id or "")

    # ---- window -------------------------------------------------------------------

    def window_geometry(self) -> QByteArray | None:
        return _bytes(self.qsettings.value("window/geometry"))

    def window_state(self) -> QByteArray | None:
        return _bytes(self.qsettings.value("window/state"))

    def save_window(self, geometry: QByteArray, state: QByteArray) -> None:
        self.qsettings.setValue("window/geometry", geometry)
        self.qsettings.setValue("window/state", state)

    def splitter_sizes(self) -> list[int]:
        raw = self.qsettings.value("window/splitter", [])
        items = _as_list(raw)
        return [_to_int(v) for v in items]

    def set_splitter_sizes(self, sizes: list[int]) -> None:
        self.qsettings.setValue("window/splitter", [int(s) for s in sizes])

    def library_columns(self) -> str:
        """The library header's columns as the window last left them ("" the first time;
        read by ui/library/columns.py, which falls back to the defaults for anything else)."""
        value = self.qsettings.value("window/libraryColumns", "")
        return value if isinstance(value, str) else ""

    def set_library_columns(self, state: str) -> None:
        self.qsettings.setValue("window/libraryColumns", state)

    def open_panels(self, default: list[str] | None = None) -> list[str]:
        """The panels open when the window last closed (``default`` the first time)."""
        if default is not None and not self.qsettings.contains("window/panels"):
            return list(default)
        raw = self.qsettings.value("window/panels", [])
        items = _as_list(raw)
        return [str(p) for p in items if str(p)]

    def set_open_panels(self, names: list[str]) -> None:
        self.qsettings.setValue("window/panels", list(names))


def _key(project: Path) -> str:
    # QSettings keys treat "/" as groups; a path becomes one flat key.
    return str(Path(project).resolve()).replace("/", "|").replace("\\", "|")


def _to_int(value: object) -> int:
    try:
        return int(str(value))
    except ValueError:
        return 0


def _bytes(value: object) -> QByteArray | None:
    if isinstance(value, QByteArray) and not value.isEmpty():
        return value
    return None


def _as_list(raw: object) -> list[object]:
    if isinstance(raw, str):
        return [raw]
    if isinstance(raw, list | tuple):
        return list(raw)
    return []
