"""Messages a user reads, made in the core and shown translated by the window.

The core knows no Qt, so it cannot translate. It writes each message it raises or
reports as ``message("{path}: not an Annotary project", path=...)``: a template in
English with named placeholders, and the values. The result *is* the English text
(a ``str``: the command line, logs and tests read it as before) and also keeps the
template and the values, so the window can look the template up in its translations
and fill in the same values (``annotary.ui.i18n.shown``).

``packaging/update_translations.py`` finds every ``message(...)`` call whose template
is a literal and puts the templates in the translation files, in the context
:data:`CONTEXT`. A template that is not a literal is never translated, so it must be
one; a test holds every call to that.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

CONTEXT = "Messages"  # the translation files' context of every core message


class Message(str):
    """The English text of a user message, with the template and values it was made from."""

    template: str
    values: Mapping[str, Any]

    def __new__(cls, template: str, values: Mapping[str, Any]) -> Message:
        text = super().__new__(cls, template.format(**values))
        text.template = template
        text.values = dict(values)
        return text

    def __reduce__(self) -> tuple[Any, ...]:  # survives pickling to worker processes
        return (Message, (self.template, dict(self.values)))


def message(template: str, /, **values: Any) -> Message:
    """A user message: ``template`` in English with ``{name}`` placeholders, and their values.

    A value may itself be a message (a reason inside "{source}: {reason}"); the window
    translates it too.
    """
    return Message(template, values)


def message_of(exc: BaseException) -> str:
    """What an error says, as it was made: a message stays one (``str(exc)`` would copy
    it into a plain string, which the window could no longer translate)."""
    said = exc.args[0] if len(exc.args) == 1 else None
    return said if isinstance(said, str) else str(exc)
