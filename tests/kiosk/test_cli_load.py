"""`connect-kiosk load-catalogue FILE`, run as the operator runs it: a real process on a real store."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
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


FORMAT_HINT = "The kiosk reads connect-catalogue/1 JSON files; see assets/catalogue/README.md"


def test_a_file_whose_records_all_fail_exits_1(tmp_path: Path) -> None:
    catalogue = {
        "format": "connect-catalogue/1",
        "providers": [{"id": "p", "name": "Bibliothek"}],
        "offers": [{"id": "lost", "provider": "nobody", "title": {"de": "Wo?"}},
                   {"id": "untitled", "provider": "p", "title": {}}],
    }
    path = tmp_path / "useless.json"
    path.write_text(json.dumps(catalogue), encoding="utf-8")
    store = tmp_path / "kiosk.sqlite"
    result = run("--database", store, "load-catalogue", path)
    assert result.returncode == 1
    assert "loaded 0 offers" in result.stdout and "2 skipped" in result.stdout
    assert "skipped offer lost:" in result.stdout and "skipped offer untitled:" in result.stdout
    assert "none of the 2 offers in useless.json could be loaded" in result.stderr
    assert offer_ids(store) == set()


def test_a_file_with_only_bad_providers_and_venues_exits_1(tmp_path: Path) -> None:
    path = tmp_path / "places.json"
    path.write_text(json.dumps({"format": "connect-catalogue/1", "providers": [{"id": "p"}],
                                "venues": [{"name": "no id"}]}), encoding="utf-8")
    result = run("--database", tmp_path / "kiosk.sqlite", "load-catalogue", path)
    assert result.returncode == 1, result.stdout
    assert "nothing in places.json could be loaded" in result.stderr


def test_loading_the_same_file_again_is_not_a_failure(tmp_path: Path) -> None:
    store = tmp_path / "kiosk.sqlite"
    assert run("--database", store, "load-catalogue", demo_catalogue_path()).returncode == 0
    again = run("--database", store, "load-catalogue", demo_catalogue_path())
    assert again.returncode == 0, again.stderr


def test_a_file_that_is_not_a_catalogue_says_which_files_the_kiosk_reads(tmp_path: Path) -> None:
    for name, content in [
        ("events.ics", b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n"),
        ("courses.csv", b"id,title\n1,Deutsch A1\n"),
        ("hsds.json", json.dumps({"organizations": [], "services": []}).encode()),
        ("schema.jsonld", json.dumps({"@type": "EducationalOccupationalProgram", "offers": {"price": 0}}).encode()),
    ]:
        path = tmp_path / name
        path.write_bytes(content)
        result = run("--database", tmp_path / "kiosk.sqlite", "load-catalogue", path)
        assert result.returncode == 1
        lines = result.stderr.splitlines()
        assert lines[0].startswith(f"connect-kiosk: {name} ")
        assert lines[1:] == [FORMAT_HINT], result.stderr
    missing = run("load-catalogue", tmp_path / "nope.json")
    assert FORMAT_HINT not in missing.stderr  # a file that is not there is not in a wrong format


@pytest.mark.parametrize("hub_db", ["sqlite"], indirect=True)
def test_on_a_kiosk_with_a_hub_it_says_loaded_offers_stay_beside_the_hubs(tmp_path: Path, hub) -> None:
    from kiosk.bootstrap import open_store
    from kiosk.config import config_file
    from kiosk.sync.client import HubClient
    from kiosk.sync.pull import pull_catalogue

    config_file().parent.mkdir(mode=0o700)
    config_file().write_text(f'hub_url = "{hub.url}"\nhub_token = "{hub.tokens["kiosk-a"]}"\n', encoding="utf-8")
    config_file().chmod(0o600)
    soon = (dt.date.today() + dt.timedelta(days=20)).isoformat()
    store = Path(os.environ["CONNECT_KIOSK_DATA_DIR"]) / "kiosk.sqlite"
    engine = open_store(store)
    client = HubClient(hub.url, hub.tokens["kiosk-a"])
    try:
        pull_catalogue(engine, client)
        assert offer_ids(store) == {"off-1", "off-2", "off-3"}
        local = {
            "format": "connect-catalogue/1",
            "providers": [{"id": "repair-cafe", "name": "Repair Café"}],
            "venues": [{"id": "hall", "name": "Community hall"}],
            "offers": [
                {"id": "local-1", "provider": "repair-cafe", "venue": "hall", "title": {"de": "Reparieren"},
                 "sessions": [{"starts_at": f"{soon}T10:00"}]},
                {"id": "off-1", "provider": "repair-cafe", "venue": "hall", "title": {"de": "Vor Ort"},
                 "version": 1, "sessions": [{"starts_at": f"{soon}T14:00"}]},
            ],
        }
        path = tmp_path / "local.json"
        path.write_text(json.dumps(local), encoding="utf-8")
        result = run("load-catalogue", path)
        assert result.returncode == 0, result.stderr
        assert "loaded 2 offers" in result.stdout
        note = result.stdout.split("note: ", 1)[1]
        assert "syncs with a hub" in note and "stay in the store beside the hub's" in note
        assert "syncing does not remove them" in note and "replaces the hub's copy" in note
        assert hub.tokens["kiosk-a"] not in result.stdout + result.stderr
        # What the note says is what happens: the next sync keeps them, and the same id stays local.
        with hub.db.write() as s:
            from hub.catalogue import import_catalogue
            from hub.testing import sample_catalogue

            changed = sample_catalogue()
            changed["offers"][1]["title"]["de"] = "Kurs zwei, neu"
            changed["offers"][1]["version"] = 2
            import_catalogue(s, changed, replace=True)
        assert pull_catalogue(engine, client).stored >= 1
        assert offer_ids(store) == {"off-1", "off-2", "off-3", "local-1"}
        with engine.connect() as conn:
            titles = dict(conn.execute(text(
                "SELECT o.hub_id, t.title FROM offer o JOIN offer_text t ON t.offer_id = o.id WHERE t.lang = 'de'")).all())
        assert titles["off-1"] == "Vor Ort" and titles["off-2"] == "Kurs zwei, neu"
    finally:
        client.close()
        engine.dispose()


def test_without_a_hub_there_is_no_note(tmp_path: Path) -> None:
    result = run("--database", tmp_path / "kiosk.sqlite", "load-catalogue", demo_catalogue_path())
    assert result.returncode == 0 and "note:" not in result.stdout
