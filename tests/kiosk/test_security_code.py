"""The kiosk's code opens no way out: no native dialog, no browser or file opener, no other program
except the CUPS tools (lockdown, issue 6). The QML side is checked in tests/kiosk/gui/test_qml_rules.py."""

from __future__ import annotations

import ast
from pathlib import Path

KIOSK = Path(__file__).resolve().parents[2] / "kiosk"

# Every native dialog Qt has, the desktop's URL and file opener, the platform's menus and tray.
FORBIDDEN_NAMES = {
    "QFileDialog", "QMessageBox", "QPrintDialog", "QPageSetupDialog", "QPrintPreviewDialog",
    "QPrintPreviewWidget", "QColorDialog", "QFontDialog", "QInputDialog", "QErrorMessage",
    "QProgressDialog", "QDialog", "QWizard", "QDesktopServices", "QSystemTrayIcon", "QMenu",
    "openUrlExternally", "openUrl", "startfile",
}
# The widget module holds every native dialog; the kiosk runs on QGuiApplication and needs none.
FORBIDDEN_MODULES = ("webbrowser", "PySide6.QtWidgets", "PySide6.QtWebEngine", "PySide6.QtWebView",
                     "PySide6.QtPrintSupport.QPrintDialog")
FORBIDDEN_STRINGS = ("xdg-open", "gio open", "sensible-browser", "x-www-browser", "QtQuick.Dialogs")
# The only programs the kiosk may start: CUPS's lp and lpstat (kiosk/printing/cups.py).
MAY_START_PROGRAMS = {"printing/cups.py"}


def _python_files() -> list[Path]:
    return sorted(p for p in KIOSK.rglob("*.py") if "migrations" not in p.parts)


def _offences(path: Path) -> list[str]:
    source = path.read_text(encoding="utf-8")
    tree = ast.parse(source)
    rel = path.relative_to(KIOSK).as_posix()
    found = []
    for node in ast.walk(tree):
        names: list[str] = []
        modules: list[str] = []
        if isinstance(node, ast.Import):
            modules = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            modules = [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.Name):
            names = [node.id]
        elif isinstance(node, ast.Attribute):
            names = [node.attr]
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            found += [f"{rel}:{node.lineno}: {s!r}" for s in FORBIDDEN_STRINGS if s in node.value]
        found += [f"{rel}:{node.lineno}: {n}" for n in names if n in FORBIDDEN_NAMES]
        found += [f"{rel}:{node.lineno}: import {m}" for m in modules if m.startswith(FORBIDDEN_MODULES)]
        if rel not in MAY_START_PROGRAMS:
            found += [f"{rel}:{node.lineno}: starts programs ({m})" for m in modules
                      if m.split(".")[0] in ("subprocess", "pty")]
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "os" \
                    and node.attr.startswith(("system", "popen", "exec", "spawn", "posix_spawn", "fork")):
                found.append(f"{rel}:{node.lineno}: starts programs (os.{node.attr})")
    return found


def test_there_is_code_to_check() -> None:
    names = {p.relative_to(KIOSK).as_posix() for p in _python_files()}
    assert {"gui/app.py", "gui/printing_qt.py", "printing/cups.py", "sync/client.py"} <= names


def test_the_checks_catch_what_they_look_for(tmp_path) -> None:
    """The scanner itself finds each kind of offence (else an empty result proves nothing)."""
    bad = tmp_path / "bad.py"
    bad.write_text(
        "import webbrowser\nimport subprocess\nfrom PySide6.QtWidgets import QFileDialog\n"
        "from PySide6.QtGui import QDesktopServices\nQDesktopServices.openUrl(x)\n"
        "os.system('xdg-open /etc/passwd')\nQtGui.QMessageBox.warning(None, 'a', 'b')\n",
        encoding="utf-8",
    )
    global KIOSK
    saved, KIOSK = KIOSK, tmp_path
    try:
        offences = "\n".join(_offences(bad))
    finally:
        KIOSK = saved
    for expected in ("import webbrowser", "starts programs (subprocess)", "QFileDialog", "import PySide6.QtWidgets",
                     "QDesktopServices", "openUrl", "'xdg-open'", "starts programs (os.system)", "QMessageBox"):
        assert expected in offences, expected


def test_no_native_dialog_browser_or_file_opener_anywhere_in_the_kiosk() -> None:
    offences = [o for path in _python_files() for o in _offences(path)]
    assert offences == []
