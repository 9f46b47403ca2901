"""Annotations joined with their article, speaker and themes, as JSON objects.

One object per annotation: the annotation's fields exactly as in the Annotary JSON
format (``id``, ``article``, ``kind``, ``start``, ``end``, ``exact``, ``prefix``,
``suffix``, ``speaker``, ``themes``, ``note``, ``quote_type``, ``coder``,
``created``, ``modified``, ``status``), then :data:`JOINED_KEYS`: the article's
metadata, the speaker's name, role and affiliation, and the themes' names and
paths. ``annotary export --format jsonl`` writes one per line (JSON Lines, which
DuckDB, pandas and Spark read directly); ``annotary quotes --json`` lists them.
docs/json-format.md describes every key.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any, TextIO

from annotary.domain.codebook import theme_path
from annotary.domain.models import Annotation, Speaker, Theme
from annotary.formats.annotary_json_records import JsonDict, annotation_to_json

#: The keys added to the annotation's own, in the order they are written.
JOINED_KEYS = (
    "article_title",
    "outlet",
    "author",
    "published",
    "url",
    "language",
    "collections",
    "speaker_name",
    "speaker_role",
    "speaker_affiliation",
    "theme_names",
    "theme_paths",
)


def joined_record(
    annotation: Annotation,
    article: Mapping[str, Any],
    speakers: Mapping[str, Speaker],
    themes: Mapping[str, Theme],
) -> JsonDict:
    """The annotation's JSON fields followed by :data:`JOINED_KEYS`.

    ``article`` holds the article's ``title``, ``outlet``, ``author``, ``published``,
    ``url``, ``language`` and ``collections``. A theme id the codebook does not hold
    is named by its id.
    """
    record = annotation_to_json(annotation)
    speaker = speakers.get(annotation.speaker) if annotation.speaker else None
    record["article_title"] = article.get("title")
    for key in ("outlet", "author", "published", "url", "language"):
        record[key] = article.get(key)
    record["collections"] = list(article.get("collections") or ())
    record["speaker_name"] = speaker.name if speaker else None
    record["speaker_role"] = speaker.role if speaker else None
    record["speaker_affiliation"] = speaker.affiliation if speaker else None
    record["theme_names"] = [themes[t].name if t in themes else t for t in annotation.themes]
    record["theme_paths"] = [theme_path(themes, t) or t for t in annotation.themes]
    return record


def write_lines(records: Iterable[JsonDict], fp: TextIO) -> int:
    """Write each record as one line of JSON (UTF-8 text, "\\n" ends); returns how many.

    A string that is not valid Unicode (a lone surrogate) is written as an escape.
    """
    n = 0
    for record in records:
        line = json.dumps(record, ensure_ascii=False, separators=(",", ":"))
        try:
            line.encode("utf-8")
        except UnicodeEncodeError:
            line = json.dumps(record, ensure_ascii=True, separators=(",", ":"))
        fp.write(line + "\n")
        n += 1
    return n
