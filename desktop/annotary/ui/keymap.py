"""Every keyboard shortcut of the window, in one table.

Actions, the reader's keys, the panels' keys and the Keyboard Shortcuts dialog
all read this table: a key is changed here and nowhere else. ``where`` says
when a key works (the whole window, or while a part of it has the focus).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QKeySequence

Std = QKeySequence.StandardKey

WINDOW = "Window"
READER = "Reader"
ANNOTATIONS = "Annotations list"
SUGGESTIONS = "Suggestions list"
CODEBOOK = "Codebook panel"
SPEAKERS = "Speakers panel"
ANALYSIS = "Analysis window"
NOTE = "Note or memo"


@dataclass(frozen=True, slots=True)
class Key:
    name: str  # the action's key (``action_<name>``) or the part's own name
    title: str  # what the key does, as the shortcuts dialog shows it
    keys: tuple[str | QKeySequence.StandardKey, ...]
    where: str = WINDOW


KEYMAP: tuple[Key, ...] = (
    Key("new", "New project", (Std.New,)),
    Key("open", "Open project", (Std.Open,)),
    Key("import", "Import files", ("Ctrl+I",)),
    Key("paste", "Paste as new article", ("Ctrl+Shift+V",)),
    Key("export", "Export", ("Ctrl+E",)),
    Key("quit", "Quit", ("Ctrl+Q",)),
    Key("undo", "Undo", (Std.Undo,)),
    Key("redo", "Redo", ("Ctrl+Shift+Z", "Ctrl+Y")),
    Key("find", "Find in article", (Std.Find,)),
    Key("find_next", "Find next", ("F3",), READER),
    Key("find_previous", "Find previous", ("Shift+F3",), READER),
    Key("copy", "Copy the selection", (Std.Copy,), READER),
    Key("select_all", "Select all", (Std.SelectAll,), READER),
    Key("search", "Search library", ("Ctrl+Shift+F",)),
    Key("prefs", "Preferences", (Std.Preferences,)),
    Key("library", "Show the library", ("Ctrl+1",)),
    Key("sidebar", "Show the annotations", ("Ctrl+2",)),
    Key("fullscreen", "Full screen", ("F11",)),
    Key("zoom_in", "Zoom in", (Std.ZoomIn, "Ctrl+=")),
    Key("zoom_out", "Zoom out", (Std.ZoomOut,)),
    Key("zoom_reset", "Actual size", ("Ctrl+0",)),
    Key("next", "Next article", ("Alt+Down",)),
    Key("previous", "Previous article", ("Alt+Up",)),
    Key("quote", "Tag the selection as a quote", ("Q",), READER),
    Key("speaker", "Tag the selection as a speaker", ("S",), READER),
    Key("passage", "Tag the selection with a theme", ("T",), READER),
    Key("note", "Note on the selection", ("N",), READER),
    Key("add_to_quote", "Add the selection to the quote as another part", ("A",), READER),
    Key("quick_theme", "Apply a recent theme", tuple("123456789"), READER),
    Key("clear_selection", "Clear the selection / close Find", ("Esc",), READER),
    Key("suggest", "Suggest quotes", ("Ctrl+Shift+G",)),
    Key("accept_all_suggestions", "Accept all above confidence", ("Ctrl+Shift+A",)),
    Key("accept_suggestion", "Accept the suggestion", ("A",), SUGGESTIONS),
    Key("reject_suggestion", "Reject the suggestion", ("R",), SUGGESTIONS),
    Key("annotation_note", "Write or edit the note", ("N", "F2"), ANNOTATIONS),
    Key("delete_annotation", "Delete the selected annotations", ("Del",), ANNOTATIONS),
    Key("new_theme", "New theme", ("Ctrl+T",), CODEBOOK),
    Key("new_subtheme", "New sub-theme", ("Ctrl+Shift+T",), CODEBOOK),
    Key("rename_theme", "Rename the theme", ("F2",), CODEBOOK),
    Key("delete_theme", "Delete the theme", (Std.Delete,), CODEBOOK),
    Key("add_speaker", "Add a speaker", ("Ctrl+Shift+N",), SPEAKERS),
    Key("edit_speaker", "Edit the cell", ("F2",), SPEAKERS),
    Key("delete_speaker", "Delete the speaker", (Std.Delete,), SPEAKERS),
    Key("quotes_view", "Quotes across the project", ("Ctrl+Shift+U",)),
    Key("passages_view", "Passages across the project", ("Ctrl+Shift+P",)),
    Key("counts_view", "Counts and charts", ("Ctrl+Shift+C",)),
    Key("project_memo", "Project memo", ("Ctrl+Shift+M",)),
    Key("copy_rows", "Copy the selected rows as a table", (Std.Copy,), ANALYSIS),
    Key("close_analysis", "Close the window", (Std.Close,), ANALYSIS),
    Key("save_note", "Save the note", ("Ctrl+Return",), NOTE),
    Key("shortcuts", "Keyboard shortcuts", (Std.HelpContents,)),
)
_BY_NAME = {k.name: k for k in KEYMAP}
NAMES = frozenset(_BY_NAME)


def entry(name: str) -> Key:
    return _BY_NAME[name]


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
    out = [(k.where, k.title, label(k.name)) for k in KEYMAP]
    return [row for row in out if row[2]]
