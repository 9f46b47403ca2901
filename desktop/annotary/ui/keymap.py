"""Every keyboard shortcut of the window, in one table.

Actions, the reader's keys, the panels' keys and the Keyboard Shortcuts dialog
all read this table: a key is changed here and nowhere else. ``where`` says
when a key works (the whole window, or while a part of it has the focus).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence

from annotary.ui.i18n import QT_TRANSLATE_NOOP

Std = QKeySequence.StandardKey

WINDOW = QT_TRANSLATE_NOOP("Keymap", "Window")
READER = QT_TRANSLATE_NOOP("Keymap", "Reader")
ANNOTATIONS = QT_TRANSLATE_NOOP("Keymap", "Annotations list")
SUGGESTIONS = QT_TRANSLATE_NOOP("Keymap", "Suggestions list")
CODEBOOK = QT_TRANSLATE_NOOP("Keymap", "Codebook panel")
SPEAKERS = QT_TRANSLATE_NOOP("Keymap", "Speakers panel")
ANALYSIS = QT_TRANSLATE_NOOP("Keymap", "Analysis window")
NOTE = QT_TRANSLATE_NOOP("Keymap", "Note or memo")


@dataclass(frozen=True, slots=True)
class Key:
    name: str  # the action's key (``action_<name>``) or the part's own name
    title: str  # what the key does, as the shortcuts dialog shows it
    keys: tuple[str | QKeySequence.StandardKey, ...]
    where: str = WINDOW


KEYMAP: tuple[Key, ...] = (
    Key("new", QT_TRANSLATE_NOOP("Keymap", "New project"), (Std.New,)),
    Key("open", QT_TRANSLATE_NOOP("Keymap", "Open project"), (Std.Open,)),
    Key("import", QT_TRANSLATE_NOOP("Keymap", "Import files"), ("Ctrl+I",)),
    Key("paste", QT_TRANSLATE_NOOP("Keymap", "Paste as new article"), ("Ctrl+Shift+V",)),
    Key("export", QT_TRANSLATE_NOOP("Keymap", "Export"), ("Ctrl+E",)),
    Key("quit", QT_TRANSLATE_NOOP("Keymap", "Quit"), ("Ctrl+Q",)),
    Key("undo", QT_TRANSLATE_NOOP("Keymap", "Undo"), (Std.Undo,)),
    Key("redo", QT_TRANSLATE_NOOP("Keymap", "Redo"), ("Ctrl+Shift+Z", "Ctrl+Y")),
    Key("find", QT_TRANSLATE_NOOP("Keymap", "Find in article"), (Std.Find,)),
    Key("find_next", QT_TRANSLATE_NOOP("Keymap", "Find next"), ("F3",), READER),
    Key("find_previous", QT_TRANSLATE_NOOP("Keymap", "Find previous"), ("Shift+F3",), READER),
    Key("copy", QT_TRANSLATE_NOOP("Keymap", "Copy the selection"), (Std.Copy,), READER),
    Key("select_all", QT_TRANSLATE_NOOP("Keymap", "Select all"), (Std.SelectAll,), READER),
    Key("search", QT_TRANSLATE_NOOP("Keymap", "Search library"), ("Ctrl+Shift+F",)),
    Key("prefs", QT_TRANSLATE_NOOP("Keymap", "Preferences"), (Std.Preferences,)),
    Key("library", QT_TRANSLATE_NOOP("Keymap", "Show the library"), ("Ctrl+1",)),
    Key("sidebar", QT_TRANSLATE_NOOP("Keymap", "Show the annotations"), ("Ctrl+2",)),
    Key("fullscreen", QT_TRANSLATE_NOOP("Keymap", "Full screen"), ("F11",)),
    Key("zoom_in", QT_TRANSLATE_NOOP("Keymap", "Zoom in"), (Std.ZoomIn, "Ctrl+=")),
    Key("zoom_out", QT_TRANSLATE_NOOP("Keymap", "Zoom out"), (Std.ZoomOut,)),
    Key("zoom_reset", QT_TRANSLATE_NOOP("Keymap", "Actual size"), ("Ctrl+0",)),
    Key("next", QT_TRANSLATE_NOOP("Keymap", "Next article"), ("Alt+Down",)),
    Key("previous", QT_TRANSLATE_NOOP("Keymap", "Previous article"), ("Alt+Up",)),
    Key("quote", QT_TRANSLATE_NOOP("Keymap", "Tag the selection as a quote"), ("Q",), READER),
    Key("speaker", QT_TRANSLATE_NOOP("Keymap", "Tag the selection as a speaker"), ("S",), READER),
    Key("passage", QT_TRANSLATE_NOOP("Keymap", "Tag the selection with a theme"), ("T",), READER),
    Key("note", QT_TRANSLATE_NOOP("Keymap", "Note on the selection"), ("N",), READER),
    Key(
        "add_to_quote",
        QT_TRANSLATE_NOOP("Keymap", "Add the selection to the quote as another part"),
        ("A",),
        READER,
    ),
    Key(
        "quick_theme",
        QT_TRANSLATE_NOOP("Keymap", "Apply a recent theme"),
        tuple("123456789"),
        READER,
    ),
    Key(
        "clear_selection",
        QT_TRANSLATE_NOOP("Keymap", "Clear the selection / close Find"),
        ("Esc",),
        READER,
    ),
    Key("suggest", QT_TRANSLATE_NOOP("Keymap", "Suggest quotes"), ("Ctrl+Shift+G",)),
    Key(
        "accept_all_suggestions",
        QT_TRANSLATE_NOOP("Keymap", "Accept all above confidence"),
        ("Ctrl+Shift+A",),
    ),
    Key(
        "accept_suggestion",
        QT_TRANSLATE_NOOP("Keymap", "Accept the suggestion"),
        ("A",),
        SUGGESTIONS,
    ),
    Key(
        "reject_suggestion",
        QT_TRANSLATE_NOOP("Keymap", "Reject the suggestion"),
        ("R",),
        SUGGESTIONS,
    ),
    Key(
        "annotation_note",
        QT_TRANSLATE_NOOP("Keymap", "Write or edit the note"),
        ("N", "F2"),
        ANNOTATIONS,
    ),
    Key(
        "delete_annotation",
        QT_TRANSLATE_NOOP("Keymap", "Delete the selected annotations"),
        ("Del",),
        ANNOTATIONS,
    ),
    Key("new_theme", QT_TRANSLATE_NOOP("Keymap", "New theme"), ("Ctrl+T",), CODEBOOK),
    Key("new_subtheme", QT_TRANSLATE_NOOP("Keymap", "New sub-theme"), ("Ctrl+Shift+T",), CODEBOOK),
    Key("rename_theme", QT_TRANSLATE_NOOP("Keymap", "Rename the theme"), ("F2",), CODEBOOK),
    Key("delete_theme", QT_TRANSLATE_NOOP("Keymap", "Delete the theme"), (Std.Delete,), CODEBOOK),
    Key("add_speaker", QT_TRANSLATE_NOOP("Keymap", "Add a speaker"), ("Ctrl+Shift+N",), SPEAKERS),
    Key("edit_speaker", QT_TRANSLATE_NOOP("Keymap", "Edit the cell"), ("F2",), SPEAKERS),
    Key(
        "delete_speaker", QT_TRANSLATE_NOOP("Keymap", "Delete the speaker"), (Std.Delete,), SPEAKERS
    ),
    Key("quotes_view", QT_TRANSLATE_NOOP("Keymap", "Quotes across the project"), ("Ctrl+Shift+U",)),
    Key(
        "passages_view",
        QT_TRANSLATE_NOOP("Keymap", "Passages across the project"),
        ("Ctrl+Shift+P",),
    ),
    Key("counts_view", QT_TRANSLATE_NOOP("Keymap", "Counts and charts"), ("Ctrl+Shift+C",)),
    Key("project_memo", QT_TRANSLATE_NOOP("Keymap", "Project memo"), ("Ctrl+Shift+M",)),
    Key(
        "copy_rows",
        QT_TRANSLATE_NOOP("Keymap", "Copy the selected rows as a table"),
        (Std.Copy,),
        ANALYSIS,
    ),
    Key("close_analysis", QT_TRANSLATE_NOOP("Keymap", "Close the window"), (Std.Close,), ANALYSIS),
    Key("save_note", QT_TRANSLATE_NOOP("Keymap", "Save the note"), ("Ctrl+Return",), NOTE),
    Key("shortcuts", QT_TRANSLATE_NOOP("Keymap", "Keyboard shortcuts"), (Std.HelpContents,)),
)
_BY_NAME = {k.name: k for k in KEYMAP}
NAMES = frozenset(_BY_NAME)


def entry(name: str) -> Key:
    return _BY_NAME[name]


def title(name: str) -> str:
    """What the key ``name`` does, in the window's language."""
    return QCoreApplication.translate("Keymap", entry(name).title)


def where(name: str) -> str:
    """Where the key ``name`` works, in the window's language."""
    return QCoreApplication.translate("Keymap", entry(name).where)


def sequences(name: str) -> list[QKeySequence]:
    """The key sequences of ``name`` (a standard key becomes the platform's main binding)."""
    out: list[QKeySequence] = []
    for key in entry(name).keys:
        seq = QKeySequence(key)  # a standard key: the platform's main binding
        if not seq.isEmpty() and seq not in out:
            out.append(seq)
    return out or [QKeySequence()]


def sequence(name: str) -> QKeySequence:
    """The first (main) key sequence of ``name``."""
    return sequences(name)[0]


def label(name: str) -> str:
    """The keys of ``name`` as the user reads them ("Ctrl+E", "1 – 9")."""
    native = QKeySequence.SequenceFormat.NativeText
    keys = [s.toString(native) for s in sequences(name)]
    if len(keys) > 3:
        return f"{keys[0]} – {keys[-1]}"
    return ", ".join(dict.fromkeys(keys))


def rows() -> list[tuple[str, str, str]]:
    """(where, what, keys) for every entry with keys on this platform: the shortcuts dialog."""
    out = [(where(k.name), title(k.name), label(k.name)) for k in KEYMAP]
    return [row for row in out if row[2]]
