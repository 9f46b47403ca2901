"""Quote previews: one pair of marks for a direct quote, none for an indirect one."""

from __future__ import annotations

from annotary.domain.quote_marks import preview


def test_preview_marks() -> None:
    assert preview("“We will wait,” ", "direct") == "“We will wait,”"
    assert preview('"We will wait."', "direct") == "“We will wait.”"
    assert preview("that they would wait", "indirect") == "that they would wait"
    assert preview("“that they would wait", "indirect") == "that they would wait"
    assert preview("a " * 80, "direct", 20).endswith("…”")
    assert len(preview("a " * 80, "direct", 20)) == 20
