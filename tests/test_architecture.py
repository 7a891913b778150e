"""The core knows nothing of Qt: only kiosk.gui (and the launcher, lazily) may import it."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

KIOSK = Path(__file__).resolve().parent.parent / "kiosk"
QT_MODULES = ("PySide6", "shiboken6", "kiosk.gui")


def _imports(tree: ast.AST, top_level_only: bool) -> list[tuple[int, str]]:
    nodes = tree.body if top_level_only else list(ast.walk(tree))
    found = []
    for node in nodes:
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.append((node.lineno, node.module))
    return found


def _core_files() -> list[Path]:
    return [
        p for p in KIOSK.rglob("*.py")
        if "gui" not in p.relative_to(KIOSK).parts and p.name != "cli.py"
    ]


def test_there_is_a_core_to_check() -> None:
    names = {p.relative_to(KIOSK).as_posix() for p in _core_files()}
    assert {"catalogue/search.py", "store/models.py", "catalogue/load.py"} <= names


def test_core_modules_import_no_qt() -> None:
    offenders = [
        f"{path.relative_to(KIOSK)}:{line} imports {name}"
        for path in _core_files()
        for line, name in _imports(ast.parse(path.read_text()), top_level_only=False)
        if name.startswith(QT_MODULES)
    ]
    assert offenders == []


def test_launcher_imports_qt_only_inside_functions() -> None:
    tree = ast.parse((KIOSK / "cli.py").read_text())
    assert [n for _, n in _imports(tree, top_level_only=True) if n.startswith(QT_MODULES)] == []


def test_importing_the_core_loads_no_qt() -> None:
    modules = sorted(
        "kiosk." + ".".join(p.relative_to(KIOSK).with_suffix("").parts)
        for p in _core_files()
        if p.name != "__init__.py" and "migrations" not in p.parts
    )
    code = (
        "import sys\n"
        + "".join(f"import {m}\n" for m in modules)
        + "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\n"
        + "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
