"""The attract screen's first frame comes before the store: no SQLAlchemy, Alembic or hub on that path."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

pytestmark = pytest.mark.ui

SCRIPT = """
import sys
from kiosk.gui import app

heavy = ("sqlalchemy", "alembic", "fastapi", "uvicorn", "reportlab", "kiosk.store", "kiosk.sync")

def first_frame(self, _original=app.KioskWindow._first_frame):
    loaded = sorted(m for m in sys.modules if m.startswith(heavy))
    print("LOADED AT FIRST FRAME:", loaded[:5], flush=True)
    from PySide6.QtGui import QGuiApplication
    QGuiApplication.exit(0)  # quit() asks the window first, and the lockdown refuses

app.KioskWindow._first_frame = first_frame
from kiosk.cli import main
sys.exit(main(["--demo"]))
"""


def test_nothing_heavy_is_imported_before_the_first_frame(tmp_path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_QUICK_BACKEND": "software"}
    done = subprocess.run([sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, timeout=120)
    assert "LOADED AT FIRST FRAME: []" in done.stdout, done.stdout + done.stderr[-2000:]
    assert done.returncode == 0, done.stderr[-2000:]
