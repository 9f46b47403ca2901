"""Names, fixed GUIDs and small conversions shared by the REFI-QDA reader and writers."""

from __future__ import annotations

import re
import uuid
from datetime import date, datetime

PROJECT_NS = "urn:QDA-XML:project:1.0"
CODEBOOK_NS = "urn:QDA-XML:codebook:1.0"

# Every GUID Annotary derives (coders, its own codes, variables, speaker codes) is a
# uuid5 of this namespace, so the same project exports the same GUIDs every time.
ANNOTARY_NS = uuid.UUID("6f1b9a52-3c0e-5d47-9a8e-2b7c41d0e6f3")


def derived_guid(key: str) -> str:
    """A stable GUID for ``key`` (e.g. ``"user:Ana"``), lower-case and hyphenated."""
    return str(uuid.uuid5(ANNOTARY_NS, key))


#: The ``<Note>`` Annotary writes for the project's memo, referred to by the project.
MEMO_NAME = "Project memo"
MEMO_GUID = str(uuid.uuid5(ANNOTARY_NS, "note:project-memo"))


def article_note_guid(source_guid: str) -> str:
    """The GUID of the ``<Note>`` holding the note of the article written as ``source_guid``."""
    return derived_guid(f"note:{source_guid}")


def segment_guid(first: str, index: int) -> str:
    """The GUID of the ``index``-th selection of an annotation in several segments whose
    first selection has the GUID ``first`` (index 0 is ``first`` itself). A reader finds
    the later parts of an annotation by computing these from each selection's GUID."""
    return first if index == 0 else derived_guid(f"segment:{first}:{index}")


def user_guid(coder: str) -> str:
    """The GUID written for a coder name: the same name always gives the same GUID."""
    return derived_guid(f"user:{coder}")


def speaker_code_guid(speaker_id: str) -> str:
    """The GUID of the code standing for a speaker under the "Speakers" code."""
    return derived_guid(f"speaker-code:{speaker_id}")


# Annotary's own codes: annotation kinds that other tools only know as codes.
QUOTES_NAME = "Quotes"
DIRECT_NAME = "Direct quote"
INDIRECT_NAME = "Indirect quote"
MENTIONS_NAME = "Speaker mentions"
SPEAKERS_NAME = "Speakers"

QUOTES_GUID = derived_guid("code:quotes")
DIRECT_GUID = derived_guid("code:quotes/direct")
INDIRECT_GUID = derived_guid("code:quotes/indirect")
MENTIONS_GUID = derived_guid("code:speaker-mentions")
SPEAKERS_GUID = derived_guid("code:speakers")

# Article metadata travels as source variables; speaker details as case variables.
ARTICLE_VARIABLES: tuple[tuple[str, str], ...] = (
    ("outlet", "Text"),
    ("author", "Text"),
    ("published", "Date"),
    ("url", "Text"),
    ("language", "Text"),
)
SPEAKER_VARIABLES: tuple[str, ...] = ("role", "affiliation", "aliases")


def variable_guid(name: str) -> str:
    return derived_guid(f"variable:{name}")


_GUID_RE = re.compile(
    r"^\{?([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\}?$"
)
_RGB_RE = re.compile(r"^#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})$")
_DATETIME_RE = re.compile(r"^-?\d{4,}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$")


def is_guid(value: str) -> bool:
    return bool(_GUID_RE.match(value.strip()))


def normalise_guid(value: str | None) -> str | None:
    """``{ABC...}`` or ``ABC...`` as the lower-case hyphenated form; None if not a GUID."""
    if value is None:
        return None
    match = _GUID_RE.match(value.strip())
    return match.group(1).lower() if match else None


def rgb_or_none(color: str | None) -> str | None:
    """A colour REFI accepts (``#rrggbb`` or ``#rgb``), or None."""
    if color is None:
        return None
    color = color.strip()
    return color if _RGB_RE.match(color) else None


def six_digit_color(color: str | None) -> str | None:
    """``#abc`` as ``#aabbcc``; a six-digit colour as it is; None if not a colour."""
    color = rgb_or_none(color)
    if color is None:
        return None
    if len(color) == 4:
        return "#" + "".join(c * 2 for c in color[1:])
    return color


def xsd_datetime_or_none(value: str | None) -> str | None:
    """``value`` if it is a valid xsd:dateTime (as Annotary's ISO times are), else None."""
    if not value or not _DATETIME_RE.match(value):
        return None
    try:
        datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return value


def iso_date_or_none(value: str | None) -> str | None:
    """``value`` if it is a ``YYYY-MM-DD`` date, else None."""
    if not value:
        return None
    try:
        return date.fromisoformat(value).isoformat() if len(value) == 10 else None
    except ValueError:
        return None


def guid_for(record_id: str) -> str:
    """The GUID written for a record id: the id itself when it is a UUID (so round trips
    keep ids), otherwise a stable GUID derived from it."""
    return normalise_guid(record_id) or derived_guid(f"id:{record_id}")


_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_text(value: str) -> str:
    """``value`` without the control characters XML 1.0 cannot carry."""
    return _XML_INVALID.sub("", value)
