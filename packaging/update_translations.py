"""Refresh the translation files from the window's sources and list what needs translating.

    python packaging/update_translations.py          # update the .ts files, list unfinished
    python packaging/update_translations.py --check  # change nothing; exit 1 if out of date

It runs ``pyside6-lupdate`` over ``desktop/annotary/ui``, and over the templates of the
core's user messages (every ``message("…", …)`` call outside ``ui``, found with ``ast``;
context ``Messages``, see annotary.domain.messages), into
``resources/translations/annotary_<lang>.ts`` (no source locations, so the files change
only when a string does; strings gone from the sources are dropped), then prints every
entry still to translate: in zh_CN every entry, in en only the plural (%n) ones, since
English is the source language and needs only its plural forms. Translate them in Qt
Linguist (``pyside6-linguist``) or in the XML, then run this again until it lists none.
The ``.qm`` files are compiled at build time (hatch_build.py) or at start-up
(annotary.ui.i18n).
"""

from __future__ import annotations

import argparse
import ast
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "desktop" / "annotary"
SOURCES = PACKAGE / "ui"
MESSAGES_CONTEXT = "Messages"  # annotary.domain.messages.CONTEXT
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("zh_CN", "en")
LUPDATE_TIMEOUT_S = 120


@dataclass(frozen=True)
class Entry:
    context: str
    source: str
    numerus: bool
    unfinished: bool


def lupdate_command() -> list[str]:
    import PySide6

    bundled = Path(PySide6.__file__).resolve().parent
    for name in ("lupdate", "lupdate.exe"):
        if (bundled / name).is_file():
            return [str(bundled / name)]
    found = shutil.which("pyside6-lupdate") or shutil.which("lupdate")
    if found is None:
        raise SystemExit("pyside6-lupdate was not found: install PySide6-Essentials")
    return [found]


def source_files() -> list[str]:
    return sorted(str(p) for p in SOURCES.rglob("*.py"))


@dataclass(frozen=True)
class CoreMessage:
    """One ``message(...)`` call of the core: where, its literal template (None if the
    template is not a literal) and the names of the values it passes."""

    file: Path
    line: int
    template: str | None
    names: frozenset[str]


def core_messages() -> list[CoreMessage]:
    """Every call of ``message`` in the core (the package outside ``ui``)."""
    found: list[CoreMessage] = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if SOURCES in path.parents:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
            if name != "message":
                continue
            first = node.args[0]
            literal = isinstance(first, ast.Constant) and isinstance(first.value, str)
            found.append(
                CoreMessage(
                    path,
                    node.lineno,
                    first.value if literal else None,  # type: ignore[union-attr]
                    frozenset(k.arg for k in node.keywords if k.arg),
                )
            )
    return found


def write_core_templates(folder: Path) -> Path:
    """The core's templates as ``QT_TRANSLATE_NOOP`` calls in a file lupdate reads."""
    templates = sorted({m.template for m in core_messages() if m.template is not None})
    target = folder / "core_messages.py"
    target.write_text(
        "".join(f"QT_TRANSLATE_NOOP({MESSAGES_CONTEXT!r}, {t!r})\n" for t in templates),
        encoding="utf-8",
    )
    return target


def run_lupdate(ts: Path, language: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        core = write_core_templates(Path(tmp))
        _lupdate(ts, language, core)


def _lupdate(ts: Path, language: str, core: Path) -> None:
    command = [
        *lupdate_command(),
        "-silent",
        "-locations",
        "none",
        "-no-obsolete",
        "-target-language",
        language,
        *source_files(),
        str(core),
        "-ts",
        str(ts),
    ]
    subprocess.run(command, check=True, timeout=LUPDATE_TIMEOUT_S, capture_output=True)


def entries(ts: Path) -> list[Entry]:
    out: list[Entry] = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "unfinished"
            out.append(
                Entry(
                    name,
                    message.findtext("source") or "",
                    message.get("numerus") == "yes",
                    kind in ("unfinished", "vanished", "obsolete"),
                )
            )
    return out


def needs_work(language: str, entry: Entry) -> bool:
    return entry.unfinished and (language != "en" or entry.numerus)


def out_of_date() -> list[str]:
    """The languages whose .ts would change (new or removed strings) if lupdate ran now."""
    stale = []
    with tempfile.TemporaryDirectory() as tmp:
        for language in LANGUAGES:
            current = FOLDER / f"annotary_{language}.ts"
            fresh = Path(tmp) / current.name
            if current.is_file():
                shutil.copy(current, fresh)
            run_lupdate(fresh, language)
            if not current.is_file():
                stale.append(language)
                continue
            before = {(e.context, e.source) for e in entries(current)}
            after = {(e.context, e.source) for e in entries(fresh)}
            if before != after:
                stale.append(language)
    return stale


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if stale")
    args = parser.parse_args(argv)
    if args.check:
        stale = out_of_date()
        for language in stale:
            print(f"annotary_{language}.ts is out of date: run packaging/update_translations.py")
        return 1 if stale else 0
    FOLDER.mkdir(parents=True, exist_ok=True)
    missing = 0
    for language in LANGUAGES:
        ts = FOLDER / f"annotary_{language}.ts"
        run_lupdate(ts, language)
        todo = [e for e in entries(ts) if needs_work(language, e)]
        missing += len(todo)
        print(f"{ts.relative_to(ROOT)}: {len(todo)} to translate")
        for e in todo:
            plural = " [plural forms]" if e.numerus else ""
            print(f"  {e.context}: {e.source!r}{plural}")
    return 0 if missing == 0 else 2


if __name__ == "__main__":
    sys.exit(main())
