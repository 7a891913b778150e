"""The basket view-model: added once, removable, emptied for the next citizen, sent as a pathway."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

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


class SignUpStandIn(QObject):
    """The sign-up view-model's face that the basket watches: standing() and statusChanged."""

    statusChanged = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.now: tuple[str, str] | None = None
        self.session: dict = {}
        self.offer: dict = {}

    def standing(self) -> tuple[str, str] | None:
        return self.now

    def saved(self, hub_id: str, status: str, session: dict | None = None) -> None:
        self.now, self.session = (hub_id, status), session or {}
        self.offer = {**OFFER, "hubId": hub_id}
        self.statusChanged.emit()


def test_items_say_how_a_sign_up_made_this_visit_stands(qtbot) -> None:
    sign_up = SignUpStandIn()
    basket = BasketViewModel(sign_up)
    basket.add(OFFER, FIRST)
    basket.add({**OFFER, "hubId": "o8"}, {})
    assert [i["signUp"] for i in basket.items] == ["", ""] and not basket.anySignedUp
    sign_up.statusChanged.emit()  # not saved yet: nothing to say
    assert basket.items[0]["signUp"] == "" and not basket.anySignedUp
    with qtbot.waitSignal(basket.itemsChanged):
        sign_up.saved("o7", "provisional")
    assert [i["signUp"] for i in basket.items] == ["provisional", ""] and basket.anySignedUp
    sign_up.saved("o7", "confirmed")  # the hub decided
    assert basket.items[0]["signUp"] == "confirmed"
    # Signed up for an offer that is not on the list: it joins the list (a newcomer signed up
    # and found "My list (0)"), with its date and status.
    sign_up.saved("o9", "provisional", SECOND)
    assert [(i["hubId"], i["sessionHubId"], i["signUp"]) for i in basket.items] == [
        ("o7", "o7-s0", "confirmed"), ("o8", "", ""), ("o9", "o7-s1", "provisional")]
    basket.remove("o9")  # taken off again: the hub's decision does not put it back
    sign_up.saved("o9", "confirmed", SECOND)
    assert [i["hubId"] for i in basket.items] == ["o7", "o8"]
    basket.add({**OFFER, "hubId": "o9"}, {})  # added again: its sign-up shows at once
    assert basket.items[2]["signUp"] == "confirmed"


def test_a_rejected_sign_up_is_shown_but_not_counted_as_signed_up(qtbot) -> None:
    sign_up = SignUpStandIn()
    basket = BasketViewModel(sign_up)
    basket.add(OFFER, FIRST)
    sign_up.saved("o7", "rejected")
    assert basket.items[0]["signUp"] == "rejected" and not basket.anySignedUp


def test_signing_up_for_another_date_moves_the_listed_date_to_it(qtbot) -> None:
    sign_up = SignUpStandIn()
    basket = BasketViewModel(sign_up)
    basket.add(OFFER, FIRST)
    sign_up.saved("o7", "provisional", SECOND)
    entry = basket.items[0]
    assert (entry["sessionHubId"], entry["day"], entry["signUp"]) == ("o7-s1", SECOND["day"], "provisional")
    assert basket.pathway() == [{"offer": "o7", "session": "o7-s1"}]


def test_after_removing_a_signed_up_offer_the_note_stays_and_reset_forgets_the_sign_ups(qtbot) -> None:
    sign_up = SignUpStandIn()
    basket = BasketViewModel(sign_up)
    basket.add(OFFER, FIRST)
    sign_up.saved("o7", "provisional", FIRST)
    basket.remove("o7")
    assert basket.items == [] and basket.anySignedUp  # "does not cancel your sign-up" still shows
    basket.add(OFFER, FIRST)  # added again: its sign-up shows again
    assert basket.items[0]["signUp"] == "provisional"
    basket.reset()
    assert not basket.anySignedUp
    basket.add(OFFER, FIRST)  # the next citizen's list knows nothing of the last one's sign-ups
    assert basket.items[0]["signUp"] == ""
