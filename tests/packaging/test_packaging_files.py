"""The packaging files: .desktop entry, AppStream metainfo, icons, PyInstaller recipe.

The validators (desktop-file-validate, appstreamcli) run when installed; without
them the test is skipped and says so. The full PyInstaller build is slow: it runs
only with ANNOTARY_BUILD_TEST=1.
"""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
ICONS = ROOT / "resources" / "icons"
APP_ID = "org.annotary.Annotary"
DESKTOP = PACKAGING / f"{APP_ID}.desktop"
METAINFO = PACKAGING / f"{APP_ID}.metainfo.xml"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_entry_fields() -> None:
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Annotary"
    assert entry["Exec"].split()[0] == "annotary"
    assert entry["Icon"] == APP_ID
    assert entry["Terminal"] == "false"
    assert entry["Categories"].endswith(";")
    assert entry["Comment"]


def test_desktop_entry_validates() -> None:
    tool = shutil.which("desktop-file-validate")
    if tool is None:
        pytest.skip("desktop-file-validate is not installed (apt-get install desktop-file-utils)")
    result = subprocess.run([tool, str(DESKTOP)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in result.stdout.lower()


def test_metainfo_fields() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("project_license") == "GPL-3.0-or-later"
    assert root.findtext("metadata_license") == "CC0-1.0"
    launchable = root.find("launchable")
    assert launchable is not None and launchable.text == DESKTOP.name
    assert root.findtext("name") == desktop_entry()["Name"]
    assert root.find("description/p") is not None
    from annotary import __version__

    versions = [r.get("version") for r in root.iter("release")]
    assert __version__ in versions, "the current version needs a <release> entry"


def test_metainfo_validates() -> None:
    tool = shutil.which("appstreamcli")
    if tool is None:
        pytest.skip("appstreamcli is not installed (apt-get install appstream)")
    result = subprocess.run(
        [tool, "validate", "--no-net", str(METAINFO)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_icon_svg_and_every_png_size() -> None:
    svg = ET.parse(ICONS / "annotary.svg").getroot()
    assert svg.tag.endswith("svg") and svg.get("viewBox") == "0 0 512 512"
    for size in ICON_SIZES:
        png = ICONS / f"annotary-{size}.png"
        data = png.read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n", png
        width = int.from_bytes(data[16:20], "big")
        height = int.from_bytes(data[20:24], "big")
        assert (width, height) == (size, size), png


def test_icon_renders_with_qt() -> None:
    pytest.importorskip("PySide6.QtSvg")
    from PySide6.QtSvg import QSvgRenderer

    assert QSvgRenderer(str(ICONS / "annotary.svg")).isValid()


def test_spec_bundles_resources_where_paths_looks() -> None:
    spec = (PACKAGING / "annotary.spec").read_text("utf-8")
    assert '"annotary/resources"' in spec  # paths.resources_dir(): <package>/resources
    assert "annotary_launcher.py" in spec
    assert (PACKAGING / "annotary_launcher.py").is_file()
    # The whole resources folder is bundled, so the toolbar's own icons are too.
    assert 'datas = [(str(ROOT / "resources"), "annotary/resources")]' in spec
    assert sorted((ICONS / "actions").glob("*.svg")), "the toolbar's fallback icons"
    assert "QtSvg" not in spec, "the toolbar's icons are drawn with QtSvg: it must stay bundled"
    # The suggestion engine's process re-runs the bundled program: it must hand that over.
    assert "freeze_support()" in (PACKAGING / "annotary_launcher.py").read_text("utf-8")


@pytest.mark.slow
@pytest.mark.skipif(
    os.environ.get("ANNOTARY_BUILD_TEST") != "1",
    reason="the PyInstaller build takes minutes: set ANNOTARY_BUILD_TEST=1 to run it",
)
def test_pyinstaller_build_starts_offscreen() -> None:
    if shutil.which("pyinstaller", path=str(Path(sys.executable).parent)) is None:
        pytest.skip("PyInstaller is not installed (pip install '.[package]')")
    result = subprocess.run(
        [sys.executable, str(PACKAGING / "build.py")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=1800,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    assert "smoke test passed" in result.stdout
