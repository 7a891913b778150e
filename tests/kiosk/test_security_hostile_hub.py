"""A hub that hands out hostile catalogue text (as if compromised: stored behind the hub's own
checks) does not get it onto the kiosk: the kiosk's pull cleans every record itself."""

from __future__ import annotations

import pytest
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from hub.models import CatalogueEntry
from kiosk.store.engine import make_engine
from kiosk.store.migrate import upgrade
from kiosk.store.models import OfferText, Provider, Venue
from kiosk.sync.client import HubClient
from kiosk.sync.pull import pull_catalogue

HOSTILE = ('<script>steal()</script><b>Bold</b> <a href="http://evil.example">link</a> file:///etc/passwd '
           '\u202eevil\u202c <img src=x onerror=alert(1)>')
HIDDEN = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\x00\x1b")


@pytest.mark.parametrize("hub_db", ["sqlite"], indirect=True)
def test_hostile_text_from_the_hub_is_stored_plain(hub, tmp_path) -> None:
    with hub.db.write() as s:  # behind the hub's back, as an attacker with its database would
        for entry in s.scalars(select(CatalogueEntry)):
            record = dict(entry.record)
            if entry.kind == "offer":
                record["title"] = {"en": "Course " + HOSTILE}
                record["description"] = {"en": HOSTILE + "\x00\x1b[31m"}
            else:
                record["name"] = HOSTILE
            s.execute(update(CatalogueEntry).where(CatalogueEntry.id == entry.id).values(record=record))
    store = make_engine(tmp_path / "kiosk.sqlite")
    upgrade(store)
    client = HubClient(hub.url, hub.tokens["kiosk-a"])
    try:
        report = pull_catalogue(store, client)
    finally:
        client.close()
    assert report.stored >= 3
    with Session(store) as s:
        texts = [t for row in s.scalars(select(OfferText)) for t in (row.title, row.description)]
        texts += list(s.scalars(select(Provider.name))) + list(s.scalars(select(Venue.name)))
    store.dispose()
    assert len(texts) >= 8
    for text in texts:
        assert "<" not in text and "steal" not in text and "onerror" not in text and "href" not in text, text
        assert not HIDDEN & set(text), repr(text)
        assert "Bold link file:///etc/passwd evil" in text  # the words stay, as words
