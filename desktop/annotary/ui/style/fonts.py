"""Font choice for reading.

Body text is set in a serif: long-form news reading is traditionally serif, and a
serif body also sets the article apart from the sans-serif interface around it.
The first installed family of :data:`SERIF_FAMILIES` wins; the generic "serif"
hint lets Qt pick a system serif when none of them is installed. Chinese and
Japanese text needs a CJK family: it is added as a fallback for every article
and put first when the article's language is zh/ja/ko, so that punctuation and
spacing follow CJK metrics.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtGui import QFont, QFontDatabase

from annotary.domain.language import cjk_language, is_cjk

SERIF_FAMILIES: tuple[str, ...] = (
    "Source Serif 4",
    "Source Serif Pro",
    "Noto Serif",
    "Charter",
    "Georgia",
    "Literata",
    "Cambria",
    "Liberation Serif",
    "DejaVu Serif",
    "Times New Roman",
)
UI_FAMILIES: tuple[str, ...] = (
    "Inter",
    "Segoe UI",
    "SF Pro Text",
    "Noto Sans",
    "Cantarell",
    "Ubuntu",
    "DejaVu Sans",
)
MONO_FAMILIES: tuple[str, ...] = (
    "JetBrains Mono",
    "Source Code Pro",
    "Noto Sans Mono",
    "DejaVu Sans Mono",
    "Consolas",
    "Menlo",
)
CJK_FAMILIES: dict[str, tuple[str, ...]] = {
    "zh": (
        "Noto Serif CJK SC",
        "Source Han Serif SC",
        "Noto Sans CJK SC",
        "Source Han Sans SC",
        "PingFang SC",
        "Microsoft YaHei",
        "WenQuanYi Zen Hei",
        "WenQuanYi Micro Hei",
    ),
    "ja": (
        "Noto Serif CJK JP",
        "Source Han Serif JP",
        "Noto Sans CJK JP",
        "Source Han Sans JP",
        "Hiragino Mincho ProN",
        "Yu Mincho",
        "Meiryo",
    ),
    "ko": (
        "Noto Serif CJK KR",
        "Source Han Serif K",
        "Noto Sans CJK KR",
        "Apple SD Gothic Neo",
        "Malgun Gothic",
    ),
}
BASE_POINT_SIZE = 13.0


@lru_cache(maxsize=1)
def installed_families() -> frozenset[str]:
    """The font families Qt can use (needs a QGuiApplication)."""
    return frozenset(QFontDatabase.families())


def first_installed(candidates: tuple[str, ...]) -> str | None:
    """The first of ``candidates`` that is installed, or None."""
    families = installed_families()
    lowered = {f.lower(): f for f in families}
    for name in candidates:
        if name in families:
            return name
        if name.lower() in lowered:
            return lowered[name.lower()]
    return None


def cjk_family(language: str | None = None) -> str | None:
    """The best installed CJK family for ``language`` (zh by default), or None."""
    lang = cjk_language(language) or "zh"
    order = [lang] + [k for k in CJK_FAMILIES if k != lang]
    for key in order:
        found = first_installed(CJK_FAMILIES.get(key, ()))
        if found:
            return found
    return None


def reading_font(language: str | None = None, point_size: float = BASE_POINT_SIZE) -> QFont:
    """The body font for an article in ``language`` (BCP 47 code or None)."""
    serif = first_installed(SERIF_FAMILIES)
    cjk = cjk_family(language)
    families = [f for f in (serif, cjk) if f]
    if cjk and is_cjk(language):
        families = [cjk] + [f for f in families if f != cjk]
    font = QFont()
    if families:
        font.setFamilies(families)
    font.setStyleHint(QFont.StyleHint.Serif, QFont.StyleStrategy.PreferQuality)
    font.setPointSizeF(point_size)
    font.setKerning(True)
    return font


def ui_font(point_size: float | None = None) -> QFont:
    """The interface font: a neutral sans, with the CJK family as fallback."""
    font = QFont()
    families = [f for f in (first_installed(UI_FAMILIES), cjk_family()) if f]
    if families:
        font.setFamilies(families)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    if point_size:
        font.setPointSizeF(point_size)
    return font


def mono_family() -> str:
    return first_installed(MONO_FAMILIES) or "monospace"
