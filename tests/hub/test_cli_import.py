"""connect-hub import: a file that is not really a catalogue never wipes the hub's, and each
skipped record is reported once."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from hub.cli import main
from hub.db import HubDb
from hub.models import CatalogueEntry
from hub.testing import sample_catalogue
from tests.conftest import REAL_TESTDATA
from tests.hub.test_cli import hub_cli, words

SCHEMA_ORG_PROGRAMME = REAL_TESTDATA / "courses" / "schemaorg-examples" / "jsonld" / "eg-0278.jsonld"


def live_offers(database) -> set[str]:
    db = HubDb(str(database))
    try:
        with db.read() as s:
            return set(s.scalars(select(CatalogueEntry.hub_id).where(
                CatalogueEntry.kind == "offer", CatalogueEntry.deleted.is_(False))))
    finally:
        db.dispose()


def entry_count(database) -> int:
    db = HubDb(str(database))
    try:
        with db.read() as s:
            return s.scalar(select(func.count()).select_from(CatalogueEntry))
    finally:
        db.dispose()


@pytest.fixture
def hub_file(tmp_path):
    """An SQLite hub holding the sample catalogue's three offers, imported through the CLI."""
    database = tmp_path / "hub.sqlite"
    catalogue = tmp_path / "full.json"
    catalogue.write_text(json.dumps(sample_catalogue(offers=3)), encoding="utf-8")
    assert main(["--database", str(database), "import", str(catalogue)]) == 0
    assert live_offers(database) == {"off-1", "off-2", "off-3"}
    return database


def write(tmp_path, data) -> str:
    path = tmp_path / "next.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return str(path)


def test_replace_with_a_skipped_offer_is_refused_and_force_replaces_anyway(hub_file, tmp_path, capsys) -> None:
    data = sample_catalogue(offers=3)
    data["offers"][0]["title"] = ""  # off-1 is skipped: its old version would be deleted
    data["offers"].append({"id": "off-new", "provider": "prov-1", "venue": "ven-1"})  # no title
    data["offers"][1]["title"]["en"] = "Changed, but refused with the rest"
    path = write(tmp_path, data)
    capsys.readouterr()
    entries = entry_count(hub_file)
    assert main(["--database", str(hub_file), "import", "--replace", path]) == 1
    out, err = capsys.readouterr()
    assert "skipped offer off-1" in out and "skipped offer off-new" in out
    assert "nothing was imported or deleted: 2 offers in" in err and "add --force" in words(err)
    assert live_offers(hub_file) == {"off-1", "off-2", "off-3"} and entry_count(hub_file) == entries

    assert main(["--database", str(hub_file), "import", "--replace", "--force", path]) == 0
    assert capsys.readouterr().out.startswith("0 added, 1 changed, 3 unchanged, 1 deleted, 2 skipped")
    assert live_offers(hub_file) == {"off-2", "off-3"}


def test_replace_with_a_file_without_offers_is_refused(hub_file, tmp_path, capsys) -> None:
    data = sample_catalogue(offers=3)
    data["offers"] = []
    path = write(tmp_path, data)
    capsys.readouterr()
    assert main(["--database", str(hub_file), "import", "--replace", path]) == 1
    err = words(capsys.readouterr().err)
    assert "has no offers, so --replace would delete 3 of the hub's offers" in err and "--force" in err
    assert live_offers(hub_file) == {"off-1", "off-2", "off-3"}
    assert main(["--database", str(hub_file), "import", "--replace", "--force", path]) == 0
    assert live_offers(hub_file) == set()


def test_replace_that_deletes_nothing_needs_no_force(hub_file, tmp_path, capsys) -> None:
    data = sample_catalogue(offers=3)
    data["offers"].append({"id": "off-9", "provider": "nobody"})  # skipped, but nothing would go
    assert main(["--database", str(hub_file), "import", "--replace", write(tmp_path, data)]) == 0
    assert capsys.readouterr().out.count("skipped offer off-9") == 1


def test_force_without_replace_is_an_argument_error(hub_file, tmp_path, capsys) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--database", str(hub_file), "import", "--force", write(tmp_path, sample_catalogue())])
    assert done.value.code == 2 and "--force goes with --replace" in capsys.readouterr().err


@pytest.mark.skipif(not SCHEMA_ORG_PROGRAMME.is_file(),
                    reason=f"real third-party test data not present at {SCHEMA_ORG_PROGRAMME}")
def test_a_schema_org_programme_neither_replaces_nor_loads(hub_file, capsys) -> None:
    """The operator's case: a schema.org object whose "offers" are tuition prices."""
    capsys.readouterr()
    assert main(["--database", str(hub_file), "import", "--replace", str(SCHEMA_ORG_PROGRAMME)]) == 1
    err = words(capsys.readouterr().err)
    assert "none of the 4 offers in" in err and "would delete 3 of the hub's offers" in err
    assert live_offers(hub_file) == {"off-1", "off-2", "off-3"}
    assert main(["--database", str(hub_file), "import", str(SCHEMA_ORG_PROGRAMME)]) == 1
    assert "none of the 4 records in" in capsys.readouterr().err
    assert live_offers(hub_file) == {"off-1", "off-2", "off-3"}


def test_import_fails_when_no_record_loads(tmp_path, capsys) -> None:
    database = str(tmp_path / "hub.sqlite")
    path = write(tmp_path, {"format": "connect-catalogue/1", "offers": [{"title": "x"}, "not a record"]})
    assert main(["--database", database, "import", path]) == 1
    out, err = capsys.readouterr()
    assert out.startswith("0 added, 0 changed, 0 unchanged, 0 deleted, 2 skipped")
    assert "none of the 2 records in" in err and "connect-catalogue/1" in err
    # A file with nothing in it loads nothing and fails nothing.
    assert main(["--database", database, "import", write(tmp_path, {"format": "connect-catalogue/1",
                                                                      "offers": []})]) == 0


def test_each_skipped_record_is_shown_once_and_a_missing_id_as_a_question_mark(tmp_path) -> None:
    data = sample_catalogue(offers=2)
    data["offers"].append({"provider": "prov-1", "venue": "ven-1", "title": "No id"})
    imported = hub_cli("--database", str(tmp_path / "hub.sqlite"), "import", write(tmp_path, data))
    assert imported.returncode == 0, imported.stderr
    assert imported.stdout.startswith("4 added")
    skips = [line for line in imported.stdout.splitlines() if "skipped offer" in line]
    assert len(skips) == 1 and skips[0].startswith("  skipped offer ?: ")
    assert "skipped offer" not in imported.stderr  # the log does not repeat it
