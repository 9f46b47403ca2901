"""Sizes in messages: never "(50 MB; at most 50 MB)" for a file that is too large."""

from __future__ import annotations

import math

from annotary.domain.messages import message

_UNITS = ((1_000_000_000, "GB"), (1_000_000, "MB"), (1_000, "KB"), (1, "bytes"))


def _unit(limit: int) -> tuple[int, str]:
    return next((scale, name) for scale, name in _UNITS if limit >= scale)


def format_limit(limit: int) -> str:
    """A limit in its own unit: ``50 MB``, ``1 GB``, ``1.5 MB``."""
    scale, name = _unit(limit)
    if scale == 1:
        return message("{count} bytes", count=f"{limit:,}")
    return f"{limit / scale:,.6g} {name}"


def describe_size(size: int, limit: int) -> str:
    """``50.3 MB; at most 50 MB``: the size shown with as many decimals as it takes
    to differ from the limit (rounded down, so a size over the limit never shows as
    the limit itself)."""
    scale, name = _unit(limit)
    shown: str = message("{count} bytes", count=f"{size:,}")
    if scale > 1:
        for decimals in range(1, 10):
            step = 10**decimals
            value = math.floor(size * step / scale) / step
            if value * scale != limit or size == limit:
                shown = f"{value:,.{decimals}f} {name}"
                break
    return message("{size}; at most {limit}", size=shown, limit=format_limit(limit))
