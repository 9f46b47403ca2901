"""Every `rule` a suggestion can carry (it travels into exports) is explained in the
rules table of docs/suggestions.md, with its confidence."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RULE = re.compile(r'"((?:direct|reported)\.[a-z-]+)"')


def test_every_rule_the_engine_writes_is_in_the_rules_table() -> None:
    written = {
        m.group(1)
        for path in (ROOT / "desktop" / "annotary" / "suggest").glob("*.py")
        for m in RULE.finditer(path.read_text(encoding="utf-8"))
    }
    docs = (ROOT / "docs" / "suggestions.md").read_text(encoding="utf-8")
    start = docs.index("## Rules (the `rule` field)")
    table = docs[start : docs.index("Quotes that are not speech", start)]
    assert len(written) > 15
    assert sorted(r for r in written if f"`{r}`" not in table) == []
