"""Words the user reads are real plurals: no "article(s)" in the window or the services.

Qt plural sources ("%n article(s)") are the exception: the translation files give their
forms, English included (tests/ui/test_translations.py checks they do)."""

from __future__ import annotations

import io
import re
import tokenize
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1] / "desktop" / "annotary"
OPTIONAL_PLURAL = re.compile(r"[a-z]\(s\)")
ALLOWED = ("http(s)",)


def test_no_optional_plurals_in_strings() -> None:
    found = []
    for path in sorted(ROOT.rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        for tok in tokenize.generate_tokens(io.StringIO(source).readline):
            if tok.type != tokenize.STRING and tok.type != getattr(tokenize, "FSTRING_MIDDLE", -1):
                continue
            text = re.sub(r"\{[^{}]*\}", "", tok.string)  # an f-string's code is not words
            if "%n" in text:
                continue  # a Qt plural source ("%n article(s)"): the translations give the forms
            for allowed in ALLOWED:
                text = text.replace(allowed, "")
            if OPTIONAL_PLURAL.search(text):
                found.append(f"{path.relative_to(ROOT)}:{tok.start[0]}: {tok.string[:60]}")
    assert found == []
