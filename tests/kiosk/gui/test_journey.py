"""A citizen's whole journey through the real QML window: attract → search → details → sign-up →
learning goal → its pathway → "my list", each step written to the real store."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from kiosk.store.models import LearningGoal, OutboxItem, SignUp

from .gui_catalogue import SERIES_TITLE
from .qml_driver import item, open_discover, open_offer, touch, type_text

pytestmark = pytest.mark.ui


def test_attract_search_details_sign_up_goal_and_pathway(qtbot, kiosk_window, store_path) -> None:
    win, vm = kiosk_window.window, kiosk_window.kiosk
    touch(qtbot, win, "startButton")
    results = vm.discover.results
    touch(qtbot, win, "searchField")
    type_text(win, "conversation")
    qtbot.waitUntil(lambda: vm.discover.text == "conversation" and not vm.discover.searchPending
                    and not results.loading and results.total == 1)
    open_offer(qtbot, win, vm)
    assert item(win, "detailsTitle").property("text") == SERIES_TITLE
    touch(qtbot, win, "addToPathwayButton")
    assert item(win, "basketButton").property("text") == "My list (1)"

    touch(qtbot, win, "signUpButton")
    touch(qtbot, win, "signUpName")
    type_text(win, "Dana")
    touch(qtbot, win, "contact_email")
    touch(qtbot, win, "signUpContact")
    type_text(win, "dana@web.de")
    touch(qtbot, win, "signUpNextButton")
    touch(qtbot, win, "consentCheck")
    touch(qtbot, win, "signUpSubmitButton")
    qtbot.waitUntil(lambda: vm.signUp.step == "done")

    touch(qtbot, win, "signUpGoalButton")
    goal = vm.goal
    assert vm.screen == "goal" and item(win, "goalProgress").property("text") == "Step 1 of 9"
    touch(qtbot, win, "goalNextButton")  # no aim yet: it stays
    assert goal.step == "aim"
    touch(qtbot, win, "aim_learn_german")
    touch(qtbot, win, "goalNextButton")
    touch(qtbot, win, "goalOwnWords")
    type_text(win, "talk to the doctor")
    touch(qtbot, win, "goalNextButton")
    touch(qtbot, win, "hours_2")
    touch(qtbot, win, "goalNextButton")
    touch(qtbot, win, "day_tue")
    touch(qtbot, win, "day_sat")
    touch(qtbot, win, "time_morning")
    touch(qtbot, win, "goalNextButton")
    touch(qtbot, win, "budget_free")
    touch(qtbot, win, "goalNextButton")
    touch(qtbot, win, "learnLanguage_uk")
    touch(qtbot, win, "goalNextButton")
    assert item(win, "goalNextButton").property("text") == "Skip"
    touch(qtbot, win, "goalNextButton")  # distance: skipped
    touch(qtbot, win, "access_step_free")
    touch(qtbot, win, "goalNextButton")
    assert goal.step == "review"
    review = item(win, "goalReview").property("text")
    assert "Goal: Learn German" in review and "In your words: talk to the doctor" in review
    assert "When: Tuesday, Saturday, Mornings" in review and "Language: Українська" in review
    touch(qtbot, win, "goalSaveButton")
    qtbot.waitUntil(lambda: goal.step == "done")
    code = item(win, "goalClaimCode").property("text")
    assert len(code) == 9 and code[4] == "-"
    read_back = item(win, "goalReadBack").property("text")
    assert read_back == review  # what the store holds is what the citizen chose

    engine = create_engine(f"sqlite:///{store_path}")
    with Session(engine) as s:
        stored = s.scalar(select(LearningGoal))
        assert (stored.aim, stored.own_words, stored.claim_code) == ("learn_german", "talk to the doctor", code)
        assert stored.days == ["tue", "sat"] and stored.access_needs == ["step_free"]
        kinds = s.scalars(select(OutboxItem.kind).order_by(OutboxItem.id)).all()
        assert kinds == ["sign_up", "learning_goal"]
        goal_item = s.scalar(select(OutboxItem).where(OutboxItem.kind == "learning_goal"))
        assert goal_item.payload["pathway"][0]["offer"] == "series"
        assert s.scalar(select(SignUp.offer_hub_id)) == "series"
    engine.dispose()

    touch(qtbot, win, "goalPathwayButton")
    assert vm.screen == "pathway"
    qtbot.waitUntil(lambda: vm.pathway.state == "ready")
    touch(qtbot, win, "basketButton")
    assert vm.screen == "basket"
    assert item(win, "basketItem_0").isVisible()
    assert item(win, "basketGoalButton").property("text") == "Record another learning goal"
    # From "my list" (the offers the citizen added) back to the pathway planned for the goal.
    assert item(win, "basketPathwayButton").property("text") == "See the pathway for my goal"
    touch(qtbot, win, "basketPathwayButton")
    assert vm.screen == "pathway" and vm.pathway.state == "ready"
    touch(qtbot, win, "basketButton")
    # Dana signed up for the offer she added: the list says so, and that "Remove" keeps it.
    assert item(win, "basketSignUp_0").property("text").startswith("Signed up — ")
    assert item(win, "basketKeepsSignUps").isVisible()
    touch(qtbot, win, "basketRemove_0")
    assert vm.basket.count == 0 and item(win, "basketEmpty").isVisible()
    assert item(win, "basketKeepsSignUps").isVisible()  # just when it is needed most
    assert item(win, "basketButton").property("text") == "My list (0)"
    engine = create_engine(f"sqlite:///{store_path}")
    with Session(engine) as s:  # the sign-up itself stays
        assert s.scalar(select(SignUp.status)) != "cancelled" and s.scalar(select(SignUp.offer_hub_id)) == "series"
    engine.dispose()


def test_the_basket_is_reachable_from_every_screen_and_back_returns(qtbot, kiosk_window) -> None:
    win, vm = kiosk_window.window, kiosk_window.kiosk
    open_discover(qtbot, win, vm, "en")
    touch(qtbot, win, "basketButton")
    assert vm.screen == "basket" and item(win, "basketEmpty").isVisible()
    assert not item(win, "basketPathwayButton").isVisible()  # no learning goal yet: no pathway to see
    touch(qtbot, win, "basketBackButton")
    assert vm.screen == "discover"
    touch(qtbot, win, "offerTile_1")
    qtbot.waitUntil(lambda: vm.details.state == "ready")
    touch(qtbot, win, "addToPathwayButton")
    touch(qtbot, win, "goalButton")
    assert vm.screen == "goal"
    touch(qtbot, win, "basketButton")
    assert vm.screen == "basket" and vm.basket.count == 1
    touch(qtbot, win, "basketItem_0")  # opens the offer again
    qtbot.waitUntil(lambda: vm.screen == "details" and vm.details.state == "ready")
    touch(qtbot, win, "detailsBackButton")
    assert vm.screen == "basket"


def test_in_arabic_the_basket_joins_day_and_time_with_the_arabic_comma(qtbot, kiosk_window) -> None:
    win, vm = kiosk_window.window, kiosk_window.kiosk
    open_discover(qtbot, win, vm, "ar")
    open_offer(qtbot, win, vm)
    touch(qtbot, win, "addToPathwayButton")
    touch(qtbot, win, "basketButton")
    added = vm.basket.items[0]
    assert added["day"] and added["time"]
    shown = item(win, "basketWhere_0").property("text")
    assert shown.startswith(f"{added['day']}، {added['time']}") and ", " not in shown


def test_the_language_switch_keeps_the_citizens_place(qtbot, kiosk_window) -> None:
    win, vm = kiosk_window.window, kiosk_window.kiosk
    open_discover(qtbot, win, vm, "en")
    open_offer(qtbot, win, vm)
    touch(qtbot, win, "sessionRow_3")
    chosen = vm.details.selected["hubId"]
    touch(qtbot, win, "languageButton")
    touch(qtbot, win, "switchLanguage_de")
    qtbot.waitUntil(lambda: vm.details.state == "ready" and vm.details.offer["title"] == "Sprachcafé: Deutsch für den Alltag")
    assert vm.screen == "details" and vm.language == "de"
    assert vm.details.selected["hubId"] == chosen
    assert item(win, "languageButton").property("text") == "Deutsch ▴"
