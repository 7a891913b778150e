"""Importing catalogues into the hub: versions rise on change, bad records are skipped, deletions
become tombstones and close their sessions."""

from __future__ import annotations

import copy

import pytest
from sqlalchemy import select

from hub.catalogue import ReplaceRefused, delete_offers, import_catalogue
from hub.models import CatalogueEntry, SeatSession
from hub.testing import sample_catalogue


def entries(db):
    with db.read() as s:
        return {(e.kind, e.hub_id): e for e in s.scalars(select(CatalogueEntry))}


def test_reimport_changes_only_what_changed_and_raises_its_version(hub_db) -> None:
    data = sample_catalogue()
    with hub_db.write() as s:
        first = import_catalogue(s, data)
    assert (first.added, first.changed, first.rejected) == (5, 0, [])
    before = entries(hub_db)
    changed = copy.deepcopy(data)
    changed["offers"][0]["title"]["en"] = "A new title"
    with hub_db.write() as s:
        second = import_catalogue(s, changed)
    assert (second.added, second.changed, second.unchanged) == (0, 1, 4)
    after = entries(hub_db)
    assert after[("offer", "off-1")].version == 2
    assert after[("offer", "off-1")].seq > max(e.seq for e in before.values())
    assert after[("offer", "off-2")].seq == before[("offer", "off-2")].seq


def test_bad_records_are_skipped_with_a_reason_and_the_rest_loads(hub_db) -> None:
    data = sample_catalogue()
    data["offers"].append({"id": "bad-1", "provider": "prov-1", "venue": "ven-1"})  # no title
    data["offers"].append({"id": "bad-2", "provider": "nobody", "venue": "ven-1", "title": "X"})
    data["offers"].append("not an object")
    data["venues"].append({"id": "v-2"})
    with hub_db.write() as s:
        report = import_catalogue(s, data)
    assert report.added == 5
    reasons = {ident: reason for _, ident, reason in report.rejected}
    assert set(reasons) == {"bad-1", "bad-2", "?", "v-2"}
    assert "title" in reasons["bad-1"] and "provider" in reasons["bad-2"]


def test_deleted_offers_become_tombstones_and_close_their_sessions(hub_db) -> None:
    data = sample_catalogue()
    with hub_db.write() as s:
        import_catalogue(s, data)
    data["offers"] = data["offers"][1:]
    with hub_db.write() as s:
        report = import_catalogue(s, data, replace=True)
    assert report.deleted == 1
    tomb = entries(hub_db)[("offer", "off-1")]
    assert tomb.deleted and tomb.record is None and tomb.version == 2
    with hub_db.read() as s:
        assert all(r.gone for r in s.scalars(select(SeatSession).where(SeatSession.offer_hub_id == "off-1")))
        assert not any(r.gone for r in s.scalars(select(SeatSession).where(SeatSession.offer_hub_id == "off-2")))
    with hub_db.write() as s:
        assert delete_offers(s, ["off-1", "unknown"]) == 0  # already gone: nothing to do


def test_a_refused_replace_changes_nothing_and_force_deletes(hub_db) -> None:
    data = sample_catalogue()
    with hub_db.write() as s:
        import_catalogue(s, data)
    before = {key: (e.version, e.seq, e.deleted) for key, e in entries(hub_db).items()}
    broken = copy.deepcopy(data)
    broken["offers"][0]["title"] = None  # skipped: replacing would delete off-1
    broken["offers"][1]["title"]["en"] = "A change that must roll back with the rest"
    with pytest.raises(ReplaceRefused) as refused, hub_db.write() as s:
        import_catalogue(s, broken, replace=True)
    assert (refused.value.skipped_offers, refused.value.offers_loaded, refused.value.would_delete) == (1, 2, 1)
    assert {key: (e.version, e.seq, e.deleted) for key, e in entries(hub_db).items()} == before
    with hub_db.write() as s:
        report = import_catalogue(s, broken, replace=True, force=True)
    assert (report.changed, report.deleted) == (1, 1)
    assert entries(hub_db)[("offer", "off-1")].deleted


def test_a_skipped_offer_the_hub_never_had_does_not_stop_a_replace(hub_db) -> None:
    """Its absence deletes nothing: only the offers really missing from the file go."""
    data = sample_catalogue()
    with hub_db.write() as s:
        import_catalogue(s, data)
    newer = copy.deepcopy(data)
    gone = newer["offers"].pop()["id"]
    newer["offers"].append({**copy.deepcopy(newer["offers"][0]), "id": "off-new", "title": None})
    with hub_db.write() as s:
        report = import_catalogue(s, newer, replace=True)
    assert [(kind, ident) for kind, ident, _ in report.rejected] == [("offer", "off-new")]
    assert report.deleted == 1 and entries(hub_db)[("offer", gone)].deleted
