"""Disabled buttons stay readable: their text has a contrast of 3:1 or more, light and dark."""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QDialogButtonBox, QPushButton
from pytestqt.qtbot import QtBot

from annotary.ui.style.palette import DARK, LIGHT, Tones, make_palette, style_sheet


def luminance(c: QColor) -> float:
    def lin(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * lin(c.redF()) + 0.7152 * lin(c.greenF()) + 0.0722 * lin(c.blueF())


def contrast(a: QColor, b: QColor) -> float:
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def rules(sheet: str) -> list[tuple[list[str], dict[str, str]]]:
    out = []
    for selectors, body in re.findall(r"([^{}]+)\{([^{}]*)\}", sheet):
        pairs = (p.split(":", 1) for p in body.split(";") if ":" in p)
        props = {k.strip(): v.strip() for k, v in pairs}
        out.append(([s.strip() for s in selectors.split(",")], props))
    return out


def effective(sheet: str, tiers: list[list[str]], prop: str, *, fallback: str) -> QColor:
    """The value of ``prop`` as Qt's cascade picks it: a more specific tier wins; within a
    tier (equal specificity) the rule that comes last in the sheet wins."""
    value = fallback
    for tier in tiers:
        for selectors, props in rules(sheet):
            if set(tier) & set(selectors) and prop in props:
                value = props[prop]
    return QColor(value)


STATES = {
    "QPushButton:disabled": [["QPushButton"], ["QPushButton:disabled"]],
    "QToolButton:disabled": [["QToolButton"], ["QToolButton:disabled"]],
    "QPushButton:default:disabled": [
        ["QPushButton"],
        ["QPushButton:default", "QPushButton:disabled"],
        ["QPushButton:default:disabled"],
    ],
}


@pytest.mark.parametrize("tones", [LIGHT, DARK], ids=["light", "dark"])
def test_disabled_button_text_contrast(tones: Tones) -> None:
    sheet = style_sheet(tones)
    for state, tiers in STATES.items():
        fg = effective(sheet, tiers, "color", fallback=tones.text)
        bg = effective(sheet, tiers, "background", fallback=tones.button)
        assert contrast(fg, bg) >= 3.0, (state, fg.name(), bg.name())
    palette = make_palette(tones)
    dis = QPalette.ColorGroup.Disabled
    for role in (QPalette.ColorRole.ButtonText, QPalette.ColorRole.WindowText):
        ratio = contrast(palette.color(dis, role), palette.color(dis, QPalette.ColorRole.Button))
        assert ratio >= 3.0, role


@pytest.mark.parametrize("tones", [LIGHT, DARK], ids=["light", "dark"])
def test_a_disabled_default_button_is_drawn_readable(qtbot: QtBot, tones: Tones) -> None:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
    qtbot.addWidget(box)
    box.setStyleSheet(style_sheet(tones))
    ok: QPushButton = box.button(QDialogButtonBox.StandardButton.Ok)
    ok.setText("Export")
    ok.setDefault(True)
    ok.setEnabled(False)
    box.show()
    qtbot.waitExposed(box)
    image = ok.grab().toImage()
    colours: dict[str, int] = {}
    for y in range(2, image.height() - 2):
        for x in range(2, image.width() - 2):
            name = image.pixelColor(x, y).name()
            colours[name] = colours.get(name, 0) + 1
    background = QColor(max(colours, key=colours.__getitem__))
    darkest_or_lightest = max((QColor(n) for n in colours), key=lambda c: contrast(c, background))
    assert contrast(darkest_or_lightest, background) >= 3.0, background.name()
    assert background.name() != QColor(tones.accent).name(), "no accent fill when disabled"
