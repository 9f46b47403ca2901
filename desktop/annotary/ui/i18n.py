"""The window's language: Qt translators for Annotary and for Qt's own dialogs.

The language is, in order: ``ANNOTARY_LANGUAGE`` (``en``, ``zh_CN``; tests and
screenshots set it), the Preferences choice (``appearance/language`` in the settings),
else the system locale. Translations are ``resources/translations/annotary_<lang>.ts``,
compiled to ``.qm`` at build time (hatch_build.py). Run from a source tree where a
``.qm`` is missing or older than its ``.ts``, the ``.ts`` is compiled into the user's
cache folder with ``pyside6-lrelease`` (it ships with PySide6); if that cannot run, an
older ``.qm`` is used as it is, and without any the window stays in English.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QTranslator,
)

from annotary import paths
from annotary.domain.messages import CONTEXT, Message

if TYPE_CHECKING:  # PySide6's stub says object; it gives back the text

    def QT_TRANSLATE_NOOP(context: str, text: str) -> str: ...
else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP  # lupdate finds the calls by this name

SETTING = "appearance/language"
ENV = "ANNOTARY_LANGUAGE"
SYSTEM = "system"
# (stored value, name shown in Preferences): a language's own name is not translated.
LANGUAGES: tuple[tuple[str, str], ...] = (
    (SYSTEM, QT_TRANSLATE_NOOP("Language", "System")),
    ("en", "English"),
    ("zh_CN", "简体中文"),
)
TRANSLATED = ("zh_CN",)  # languages with an Annotary translation (English is the source)
LRELEASE_TIMEOUT_S = 20


def translations_dir() -> Path:
    return paths.resources_dir() / "translations"


def chosen(stored: object) -> str:
    """The language code to use: the override, the stored choice, or the system's."""
    override = os.environ.get(ENV, "").strip()
    value = override or str(stored or SYSTEM)
    if value in {code for code, _ in LANGUAGES} and value != SYSTEM:
        return value
    return system_language()


def system_language() -> str:
    name = QLocale.system().name()  # "zh_CN", "en_GB", "C"
    if name.startswith("zh") and not name.startswith(("zh_TW", "zh_HK", "zh_MO")):
        return "zh_CN"
    return "en"


def install(app: QCoreApplication, language: str, cache: Path | None = None) -> list[QTranslator]:
    """Install Qt's and Annotary's translators for ``language`` (parented to ``app``).

    ``cache``: where a .ts is compiled when no fresh .qm ships (default: the data folder).
    """
    installed: list[QTranslator] = []
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_base = QTranslator(app)
    if language != "en" and qt_base.load(f"qtbase_{language}", qt_folder):
        app.installTranslator(qt_base)
        installed.append(qt_base)
    # English needs its own file too: it gives the plural forms ("1 article", "2 articles").
    compiled = compiled_file(language, cache)
    own = QTranslator(app)
    if compiled is not None and own.load(str(compiled)):
        app.installTranslator(own)
        installed.append(own)
    return installed


def compiled_file(language: str, cache: Path | None = None) -> Path | None:
    """The ``.qm`` of ``language``, compiled now if the shipped one is missing or stale."""
    source = translations_dir() / f"annotary_{language}.ts"
    shipped = source.with_suffix(".qm")
    if not source.is_file():
        return shipped if shipped.is_file() else None
    if shipped.is_file() and shipped.stat().st_mtime >= source.stat().st_mtime:
        return shipped
    cached = (cache or paths.data_dir() / "translations") / shipped.name
    if cached.is_file() and cached.stat().st_mtime >= source.stat().st_mtime:
        return cached
    if release(source, cached):
        return cached
    return shipped if shipped.is_file() else None


def lrelease_command() -> list[str] | None:
    """How to run Qt's lrelease here: PySide6's copy, else one on the PATH."""
    import PySide6

    bundled = Path(PySide6.__file__).resolve().parent
    for name in ("lrelease", "lrelease.exe"):
        if (bundled / name).is_file():
            return [str(bundled / name)]
    script = Path(sys.executable).with_name("pyside6-lrelease")
    if script.is_file():
        return [str(script)]
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    return [found] if found else None


def release(source: Path, target: Path) -> bool:
    """Compile ``source`` (.ts) to ``target`` (.qm); False if lrelease is missing or fails."""
    command = lrelease_command()
    if command is None:
        return False
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        done = subprocess.run(
            [*command, "-silent", str(source), "-qm", str(target)],
            capture_output=True,
            timeout=LRELEASE_TIMEOUT_S,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return False
    return done.returncode == 0 and target.is_file()


def shown(text: str) -> str:
    """A core message in the window's language (any other text as it is).

    The template is looked up in the translations (context ``Messages``) and filled with
    the same values, each translated too when it is a message itself. A translation
    whose placeholders do not fit the values falls back to the English text.
    """
    if not isinstance(text, Message):
        return text
    values = {k: shown(v) if isinstance(v, str) else v for k, v in text.values.items()}
    template = QCoreApplication.translate(CONTEXT, text.template)
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):
        return str.__str__(text)
