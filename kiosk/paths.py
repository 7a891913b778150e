"""Finds the kiosk's QML module and assets, in a source checkout and in an installed wheel."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _resource(name: str) -> Path:
    installed = _PACKAGE / "_data" / name  # the wheel maps ui/ and assets/ here
    if installed.is_dir():
        return installed
    return _PACKAGE.parent / name


def ui_dir() -> Path:
    return _resource("ui")


def assets_dir() -> Path:
    return _resource("assets")


def demo_catalogue_path() -> Path:
    return assets_dir() / "catalogue" / "demo-city.json"
