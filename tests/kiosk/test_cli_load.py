"""`connect-kiosk load-catalogue FILE`, run as the operator runs it: a real process on a real store."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from sqlalchemy import create_engine, text

from kiosk.paths import demo_catalogue_path

SCRIPT = Path(sys.executable).with_name("connect-kiosk")


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    assert SCRIPT.is_file(), f"console script missing: {SCRIPT} (is the package installed?)"
    return subprocess.run(
        [str(SCRIPT), *map(str, args)], capture_output=True, text=True, timeout=120,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )


def offer_ids(store: Path) -> set[str]:
    engine = create_engine(f"sqlite:///{store}")
    with engine.connect() as conn:
        ids = set(conn.execute(text("SELECT hub_id FROM offer")).scalars())
    engine.dispose()
    return ids


def test_loading_a_good_file_reports_the_counts_and_exits_0(tmp_path: Path) -> None:
    store = tmp_path / "kiosk.sqlite"
    result = run("--database", store, "load-catalogue", demo_catalogue_path())
    assert result.returncode == 0, result.stderr
    offers = len(json.loads(demo_catalogue_path().read_text(encoding="utf-8"))["offers"])
    assert f"loaded {offers} offers" in result.stdout
    assert "0 skipped" in result.stdout
    assert len(offer_ids(store)) == offers


def test_the_default_store_is_in_the_data_folder(tmp_path: Path) -> None:
    result = run("load-catalogue", demo_catalogue_path())
    assert result.returncode == 0, result.stderr
    assert offer_ids(Path(os.environ["CONNECT_KIOSK_DATA_DIR"]) / "kiosk.sqlite")


def test_a_file_with_bad_records_loads_the_rest_and_names_each_skipped_one(tmp_path: Path) -> None:
    catalogue = {
        "format": "connect-catalogue/1",
        "providers": [{"id": "p", "name": "Bibliothek"}],
        "venues": [{"id": "v", "name": "Saal", "lat": "NaN", "lon": 1e308}],
        "offers": [
            {"id": "good", "provider": "p", "venue": "v", "title": {"de": "Gut"},
             "sessions": [{"starts_at": "2026-12-01T10:00"}]},
            {"id": "untitled", "provider": "p", "venue": "v", "title": {}},
            {"id": "lost", "provider": "p", "venue": "atlantis", "title": {"de": "Wo?"}},
            {"id": "backwards", "provider": "p", "venue": "v", "title": {"de": "Rückwärts"},
             "sessions": [{"starts_at": "2026-12-01T10:00", "ends_at": "2026-12-01T08:00"}]},
        ],
    }
    path = tmp_path / "mixed.json"
    path.write_text(json.dumps(catalogue), encoding="utf-8")
    store = tmp_path / "kiosk.sqlite"
    result = run("--database", store, "load-catalogue", path)
    assert result.returncode == 0, result.stderr
    assert "loaded 1 offers" in result.stdout and "3 skipped" in result.stdout
    assert "skipped offer untitled: offer has no title" in result.stdout
    assert "skipped offer lost: venue 'atlantis' is not in the catalogue" in result.stdout
    assert "skipped offer backwards: none of the offer's sessions is usable" in result.stdout
    assert "Traceback" not in result.stderr
    assert offer_ids(store) == {"good"}


def test_a_file_that_is_not_a_catalogue_exits_1_with_the_reason_and_leaves_the_store_alone(tmp_path: Path) -> None:
    store = tmp_path / "kiosk.sqlite"
    for content, reason in [
        (b"<html>not json</html>", "is not valid JSON"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "is not UTF-8 text"),
        (b"[]", "does not hold a catalogue object"),
    ]:
        path = tmp_path / "bad.json"
        path.write_bytes(content)
        result = run("--database", store, "load-catalogue", path)
        assert result.returncode == 1
        assert f"connect-kiosk: bad.json {reason}" in result.stderr
        assert "Traceback" not in result.stderr
        assert result.stdout == ""
    assert not store.exists()


def test_a_missing_file_exits_1(tmp_path: Path) -> None:
    result = run("load-catalogue", tmp_path / "nope.json")
    assert result.returncode == 1
    assert "cannot read" in result.stderr and "No such file" in result.stderr
