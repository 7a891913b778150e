"""Signing up through the real QML window: checks as typed, consent, one save, the waitlist."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, func, select
from sqlalchemy.orm import Session

from kiosk.store.models import Learner, OutboxItem, SignUp

from .qml_driver import double_tap, item, open_discover, open_offer, touch, type_text
from .test_details_screen import open_first_offer

pytestmark = pytest.mark.ui


def _rows(store_path) -> tuple[int, int, int]:
    engine = create_engine(f"sqlite:///{store_path}")
    with Session(engine) as s:
        counts = tuple(s.scalar(select(func.count()).select_from(m)) for m in (SignUp, Learner, OutboxItem))
    engine.dispose()
    return counts


def fill_the_form(qtbot, win, name: str, kind: str, contact: str) -> None:
    touch(qtbot, win, "signUpName")
    type_text(win, name)
    touch(qtbot, win, f"contact_{kind}")
    if contact:
        touch(qtbot, win, "signUpContact")
        type_text(win, contact)


def test_sign_up_checks_as_typed_asks_consent_and_saves_once(qtbot, kiosk_window, store_path) -> None:
    win, vm = kiosk_window.window, kiosk_window.kiosk
    details = open_first_offer(qtbot, kiosk_window)
    assert details.selected["full"] is False  # the first date is full: the next one is chosen
    touch(qtbot, win, "signUpButton")
    assert vm.screen == "signup"
    signup = vm.signUp
    touch(qtbot, win, "signUpName")
    assert item(win, "signUpNameCheck").property("text") == "Please type a name or a nickname."
    type_text(win, "Ana")
    assert item(win, "signUpNameCheck").property("text") == "✓ Fine."
    touch(qtbot, win, "contact_phone")
    touch(qtbot, win, "signUpContact")
    type_text(win, "0301")
    assert item(win, "signUpContactCheck").property("text") == "This number is too short."
    type_text(win, "x")
    assert item(win, "signUpContactCheck").property("text") == "✗ A phone number has only digits, spaces and +."
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    QTest.keyClick(win, Qt.Key.Key_Backspace)
    type_text(win, "234567")
    # How the kiosk reads the number, in full and with its country, before anything is saved.
    assert item(win, "signUpContactCheck").property("text") == "✓ Fine: +49 30 1234567 (Germany)"
    # Consent: one screen, nothing ticked, the button does nothing until it is.
    touch(qtbot, win, "signUpNextButton")
    assert signup.step == "consent" and not signup.consent
    assert "Ana" in item(win, "consentText").property("text")
    touch(qtbot, win, "signUpSubmitButton")
    assert signup.step == "consent" and _rows(store_path) == (0, 0, 0)
    assert signup.standing() is None  # nothing saved: the basket and pathway have nothing to show
    touch(qtbot, win, "consentCheck")
    assert signup.consent
    # A double tap: two touches before the store thread answers, then a third on the same spot.
    double_tap(qtbot, win, "signUpSubmitButton")
    assert signup.saving or signup.step == "done"
    qtbot.mouseClick(win, Qt.MouseButton.LeftButton, pos=item(win, "signUpSubmitButton").mapToScene(
        item(win, "signUpSubmitButton").boundingRect().center()).toPoint())
    qtbot.waitUntil(lambda: signup.step == "done")
    qtbot.wait(300)  # any second save would have landed by now
    assert _rows(store_path) == (1, 1, 1)
    stored = item(win, "signUpStored").property("text")
    assert "Name: Ana" in stored and "Phone: 030 1234567" in stored  # as typed, not as the hub gets it
    assert item(win, "signUpStatus").property("text") == "Your place is provisional."
    assert signup.standing() == (signup.offer["hubId"], "provisional")
    assert "learning hub" in item(win, "signUpNext").property("text")
    assert "deleted here" in item(win, "signUpRetention").property("text")


def test_a_full_date_offers_the_next_one_or_its_waiting_list(qtbot, kiosk_window, store_path) -> None:
    win, vm = kiosk_window.window, kiosk_window.kiosk
    details = open_first_offer(qtbot, kiosk_window)
    touch(qtbot, win, "sessionRow_0")  # the first date is full (as last known)
    assert details.selected["full"] is True
    assert item(win, "fullMessage").isVisible()
    assert "Full (as last known at" in item(win, "sessionRow_0").childItems()[0].childItems()[1].property("text")
    assert item(win, "signUpButton").property("text") == "Join the waiting list"
    touch(qtbot, win, "nextSessionButton")
    assert details.selectedSession == 1 and item(win, "signUpButton").property("text") == "Sign me up"
    touch(qtbot, win, "sessionRow_0")
    touch(qtbot, win, "signUpButton")
    assert "waiting list" in item(win, "signUpOffer").property("text")
    fill_the_form(qtbot, win, "Bo", "none", "")
    assert "claim code" in item(win, "signUpContactCheck").property("text")
    touch(qtbot, win, "signUpNextButton")
    touch(qtbot, win, "consentCheck")
    touch(qtbot, win, "signUpSubmitButton")
    qtbot.waitUntil(lambda: vm.signUp.step == "done")
    engine = create_engine(f"sqlite:///{store_path}")
    with Session(engine) as s:
        sign_up = s.scalar(select(SignUp))
        assert sign_up.session_hub_id == details.offer["sessions"][0]["hubId"]
        assert s.scalar(select(Learner.contact_kind)) == "none"
    engine.dispose()
    assert "Contact: none" in item(win, "signUpStored").property("text")
    assert "claim code" in item(win, "signUpNext").property("text")


def test_the_status_follows_the_hubs_decision(qtbot, kiosk_window, store_path) -> None:
    win, vm = kiosk_window.window, kiosk_window.kiosk
    open_first_offer(qtbot, kiosk_window)
    touch(qtbot, win, "signUpButton")
    fill_the_form(qtbot, win, "Cem", "email", "cem@web.de")
    touch(qtbot, win, "signUpNextButton")
    touch(qtbot, win, "consentCheck")
    touch(qtbot, win, "signUpSubmitButton")
    qtbot.waitUntil(lambda: vm.signUp.step == "done")
    # What the sync loop does when the hub answers: the sign-up row changes in the store.
    engine = create_engine(f"sqlite:///{store_path}")
    with Session(engine) as s, s.begin():
        s.scalar(select(SignUp)).status = "waitlisted"
    engine.dispose()
    qtbot.waitUntil(lambda: item(win, "signUpStatus").property("text") == "You are on the waiting list.", timeout=10000)
    assert "first person on the list" in item(win, "signUpNext").property("text")


def test_the_consent_and_confirmation_say_how_long_the_kiosk_keeps_it(qtbot, store_path) -> None:
    from kiosk.gui.app import KioskWindow, prepare_environment

    from .conftest import WINDOW_SIZE

    prepare_environment(headless=True)
    kiosk = KioskWindow(store_path, full_screen=False, size=WINDOW_SIZE, default_language="en", retention_hours=48)
    try:
        qtbot.waitExposed(kiosk.window)
        qtbot.waitUntil(lambda: kiosk.kiosk.storeState == "ready", timeout=15000)
        win = kiosk.window
        open_first_offer(qtbot, kiosk)
        touch(qtbot, win, "signUpButton")
        fill_the_form(qtbot, win, "Eda", "none", "")
        touch(qtbot, win, "signUpNextButton")
        assert "deletes them 48 hours after the hub has them" in item(win, "consentText").property("text")
        touch(qtbot, win, "consentCheck")
        touch(qtbot, win, "signUpSubmitButton")
        qtbot.waitUntil(lambda: kiosk.kiosk.signUp.step == "done")
        assert "and 48 hours more" in item(win, "signUpRetention").property("text")
    finally:
        kiosk.close()


def test_easy_read_says_the_same_facts_in_short_lines(qtbot, kiosk_window, store_path) -> None:
    win, vm = kiosk_window.window, kiosk_window.kiosk
    touch(qtbot, win, "easyReadSwitch")
    open_first_offer(qtbot, kiosk_window)
    touch(qtbot, win, "signUpButton")
    notice = item(win, "privacyNotice").property("text").split("\n")
    assert notice[0] == "We keep only your name and one contact."
    assert "This kiosk deletes them as soon as the hub has them." in notice
    fill_the_form(qtbot, win, "Ana", "phone", "030 1234567")
    touch(qtbot, win, "signUpNextButton")
    consent = item(win, "consentText").property("text").split("\n")
    provider = vm.signUp.offer["provider"]
    assert consent[:4] == ["We save your name: Ana", "We save your phone number: 030 1234567",
                           "We send them to the city's learning hub.",
                           f"The hub gives them to {provider}, only for this offer."]
    assert "You can cancel at any time. Ask the staff or the provider." in consent
    assert max(len(line) for line in consent) < 70  # short lines, one fact each
    touch(qtbot, win, "consentCheck")
    touch(qtbot, win, "signUpSubmitButton")
    qtbot.waitUntil(lambda: vm.signUp.step == "done")
    assert item(win, "signUpStatus").property("text") == "Your place is not sure yet."
    after = item(win, "signUpNext").property("text").split("\n")
    assert after[:2] == ["The city's learning hub decides.", "The first to sign up get the places."]
    assert after[-1] == "The provider will call or text you if anything changes."
    vm.access.easyRead = False
    assert item(win, "signUpStatus").property("text") == "Your place is provisional."


def test_a_number_typed_the_home_countrys_way_shows_the_country_the_kiosk_reads_it_in(qtbot, kiosk_window) -> None:
    """A Greek mobile typed without +30 is a valid Frankfurt number: the check line names the
    country (in the citizen's language) so she sees it before the organiser calls a stranger."""
    import re

    from kiosk.signup.contact import check_phone

    win, vm = kiosk_window.window, kiosk_window.kiosk
    open_discover(qtbot, win, vm, "el")
    open_offer(qtbot, win, vm)
    touch(qtbot, win, "signUpButton")
    touch(qtbot, win, "contact_phone")
    touch(qtbot, win, "signUpContact")
    # The kiosk's own example is a number its check accepts.
    example = re.search(r"[0-9][0-9 ]{5,}[0-9]", item(win, "signUpContact").property("placeholderText")).group()
    assert check_phone(example).ok, example
    type_text(win, "694 123 4567")
    check = item(win, "signUpContactCheck")
    qtbot.waitUntil(lambda: check.property("text").startswith("✓"))
    assert "+49 69 41234567" in check.property("text") and "(Γερμανία)" in check.property("text")
    vm.signUp.contact = ""
    type_text(win, "+30 694 123 4567")
    qtbot.waitUntil(lambda: "(Ελλάδα)" in check.property("text"))
    assert "+30 694 123 4567" in check.property("text")


def test_the_at_sign_and_address_endings_are_one_touch_away(qtbot, kiosk_window) -> None:
    """The keyboard's letters have no "@" (a newcomer looked for it): buttons by the field add it."""
    win, vm = kiosk_window.window, kiosk_window.kiosk
    open_first_offer(qtbot, kiosk_window)
    touch(qtbot, win, "signUpButton")
    touch(qtbot, win, "contact_phone")
    assert not item(win, "signUpEmailParts").isVisible()
    touch(qtbot, win, "contact_email")
    touch(qtbot, win, "signUpContact")
    type_text(win, "ana")
    touch(qtbot, win, "emailPart_0")
    type_text(win, "web")
    touch(qtbot, win, "emailPart_1")
    assert vm.signUp.contact == "ana@web.de"
    assert item(win, "signUpContact").property("activeFocus")  # the keyboard stays for more
    assert item(win, "signUpContactCheck").property("text") == "✓ Fine."
