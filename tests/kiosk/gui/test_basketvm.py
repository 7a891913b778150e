"""The basket view-model: added once, removable, emptied for the next citizen, sent as a pathway."""

from __future__ import annotations

from kiosk.gui.basketvm import BasketViewModel

OFFER = {"id": 7, "hubId": "o7", "title": "Knitting", "venue": "Central Library"}
FIRST = {"hubId": "o7-s0", "day": "Tuesday, December 1, 2026", "time": "10:00–11:30"}
SECOND = {"hubId": "o7-s1", "day": "Tuesday, December 8, 2026", "time": "10:00–11:30"}


def test_an_offer_is_added_once_with_its_latest_session(qtbot) -> None:
    basket = BasketViewModel()
    basket.add(OFFER, FIRST)
    basket.add(OFFER, SECOND)
    assert basket.count == 1 and basket.contains("o7")
    assert (basket.items[0]["day"], basket.items[0]["time"]) == ("Tuesday, December 8, 2026", "10:00–11:30")
    assert basket.pathway() == [{"offer": "o7", "session": "o7-s1"}]


def test_remove_and_reset(qtbot) -> None:
    basket = BasketViewModel()
    basket.add(OFFER, FIRST)
    basket.add({**OFFER, "hubId": "o8"}, {})
    with qtbot.waitSignal(basket.itemsChanged):
        basket.remove("o7")
    assert [i["hubId"] for i in basket.items] == ["o8"] and basket.pathway() == [{"offer": "o8", "session": None}]
    basket.reset()
    assert basket.count == 0 and basket.items == []
