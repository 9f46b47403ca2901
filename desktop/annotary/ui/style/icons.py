"""The toolbar's icons: the desktop's icon theme where it has one, else Annotary's own.

Each action has a freedesktop icon name (where the specification has one for
it: ``document-open``, ``edit-undo``…) and a bundled fallback in
``resources/icons/actions/``: monochrome line drawings on a 24 px grid whose
strokes are ``currentColor``. A bundled icon is drawn in the palette's button
text colour each time it is painted (:class:`PaletteSvgEngine`), so it follows
a switch between the light and the dark theme without being made again, and a
disabled button gets the palette's disabled text colour.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from annotary import paths

# action key -> (freedesktop icon name, or "" when the specification has none; bundled file)
ACTION_ICONS: dict[str, tuple[str, str]] = {
    "open": ("document-open", "open"),
    "import": ("document-import", "import"),
    "undo": ("edit-undo", "undo"),
    "redo": ("edit-redo", "redo"),
    "quote": ("", "quote"),  # the kinds of annotation are Annotary's own: its icons only
    "speaker": ("", "speaker"),
    "passage": ("", "theme"),
    "note": ("", "note"),
    "find": ("edit-find", "find"),
    "export": ("document-export", "export"),
}

_KEPT: list[QIconEngine] = []  # Qt owns the engines; Python must not collect their wrappers


def icons_dir() -> str:
    return str(paths.resources_dir() / "icons" / "actions")


class PaletteSvgEngine(QIconEngine):
    """Paints a ``currentColor`` SVG in the application palette's button text colour."""

    def __init__(self, svg: bytes) -> None:
        super().__init__()
        self._svg = svg
        self._cache: dict[tuple[str, int, int], QPixmap] = {}

    def _colour(self, mode: QIcon.Mode) -> str:
        group = (
            QPalette.ColorGroup.Disabled
            if mode == QIcon.Mode.Disabled
            else QPalette.ColorGroup.Active
        )
        return QGuiApplication.palette().color(group, QPalette.ColorRole.ButtonText).name()

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        data = self._svg.replace(b"currentColor", self._colour(mode).encode("ascii"))
        QSvgRenderer(data).render(painter, QRectF(rect))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        key = (self._colour(mode), size.width(), size.height())
        cached = self._cache.get(key)
        if cached is None:
            cached = QPixmap(size)
            cached.fill(Qt.GlobalColor.transparent)
            painter = QPainter(cached)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
            painter.end()
            if len(self._cache) > 32:  # a few sizes in two themes
                self._cache.clear()
            self._cache[key] = cached
        return cached

    def clone(self) -> QIconEngine:
        twin = PaletteSvgEngine(self._svg)
        _KEPT.append(twin)
        return twin

    def isNull(self) -> bool:
        return not self._svg

    def key(self) -> str:
        return "annotary-palette-svg"


def bundled_icon(name: str) -> QIcon:
    """Annotary's own icon ``name`` (resources/icons/actions/NAME.svg); null if missing."""
    try:
        with open(f"{icons_dir()}/{name}.svg", "rb") as f:
            svg = f.read()
    except OSError:
        return QIcon()
    engine = PaletteSvgEngine(svg)
    _KEPT.append(engine)
    return QIcon(engine)


def action_icon(key: str) -> QIcon:
    """The icon of the action ``key``: the desktop theme's, else the bundled one."""
    theme_name, file_name = ACTION_ICONS[key]
    fallback = bundled_icon(file_name)
    if theme_name and QIcon.hasThemeIcon(theme_name):
        return QIcon.fromTheme(theme_name, fallback)
    return fallback
