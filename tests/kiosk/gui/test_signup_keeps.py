"""The sign-up form keeps what the citizen typed while they are at the kiosk, and only that long:
each contact kind's text, the name and contact across Back and other offers; the name field stops
at the rule's limit; the offer's date follows the language; the phone keypad shows a "+"."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kiosk.signup.contact import NAME_MAX, check_name

from .conftest import WINDOW_SIZE, wait_for_store
from .qml_driver import find_all, item, touch, type_text
from .test_details_screen import open_first_offer
from .test_idle import _reachable_strings

pytestmark = pytest.mark.ui

PHONE, PHONE_STORED, EMAIL = "030 9876543", "+49309876543", "ana@web.de"


def _store_dump(store_path: Path) -> str:
    """Every row of every table of the store, as SQL text (what a search of the disk would find)."""
    conn = sqlite3.connect(store_path)
    try:
        return "\n".join(conn.iterdump())
    finally:
        conn.close()


def _field(win, name: str) -> str:
    return item(win, name).property("text")


def _type_contact(qtbot, win, kind: str, text: str) -> None:
    touch(qtbot, win, f"contact_{kind}")
    touch(qtbot, win, "signUpContact")
    type_text(win, text)


def _fill_form(qtbot, kiosk, name: str, *contacts: tuple[str, str]) -> None:
    """The first offer's sign-up form with ``name`` typed, then each (kind, text) in turn."""
    win = kiosk.window
    open_first_offer(qtbot, kiosk)
    touch(qtbot, win, "signUpButton")
    touch(qtbot, win, "signUpName")
    type_text(win, name)
    for kind, text in contacts:
        _type_contact(qtbot, win, kind, text)


def _save(qtbot, win, vm) -> None:
    touch(qtbot, win, "signUpNextButton")
    touch(qtbot, win, "consentCheck")
    touch(qtbot, win, "signUpSubmitButton")
    qtbot.waitUntil(lambda: vm.signUp.step == "done")


def _held_by_python(vm, *texts: str) -> list[str]:
    return [s for s in set(_reachable_strings(vm)) if any(t in s for t in texts)]


# --- 1. each contact kind keeps its own text; only the chosen one is saved ----------------------

@pytest.mark.parametrize("final", ["email", "none"])
def test_each_contact_kind_keeps_its_text_and_only_the_chosen_one_is_saved(
        qtbot, kiosk_window, store_path, final: str) -> None:
    win, vm = kiosk_window.window, kiosk_window.kiosk
    _fill_form(qtbot, kiosk_window, "Ana", ("phone", PHONE))
    touch(qtbot, win, "contact_email")
    assert _field(win, "signUpContact") == "" and vm.signUp.contact == ""
    type_text(win, EMAIL)
    touch(qtbot, win, "contact_phone")
    assert _field(win, "signUpContact") == PHONE and vm.signUp.contact == PHONE
    assert item(win, "signUpContactCheck").property("text") == "✓ Fine: +49 30 9876543 (Germany)"
    touch(qtbot, win, "contact_email")
    assert _field(win, "signUpContact") == EMAIL and vm.signUp.contact == EMAIL
    touch(qtbot, win, f"contact_{final}")
    assert vm.signUp.contact == (EMAIL if final == "email" else "")
    touch(qtbot, win, "signUpNextButton")
    consent = item(win, "consentText").property("text")
    assert PHONE not in consent and (EMAIL in consent) == (final == "email")
    touch(qtbot, win, "consentCheck")
    touch(qtbot, win, "signUpSubmitButton")
    qtbot.waitUntil(lambda: vm.signUp.step == "done")
    stored = item(win, "signUpStored").property("text")
    assert PHONE not in stored
    dump = _store_dump(store_path)
    for phone in (PHONE, PHONE_STORED, PHONE.replace(" ", "")):
        assert phone not in dump  # neither in the sign-up, nor the learner, nor the outbox message
    assert (EMAIL in dump) == (final == "email")
    # Once saved, the kiosk holds the other kind's text no longer either.
    assert _held_by_python(vm, PHONE, PHONE_STORED) == []


# --- 2. name and contact are kept for the citizen's session, and wiped with it ------------------

def _sign_up_form_shows(qtbot, win, name: str, kind: str, contact: str) -> None:
    assert _field(win, "signUpName") == name
    if kind:
        assert item(win, f"contact_{kind}").property("checked")
    else:
        assert not any(item(win, f"contact_{k}").property("checked") for k in ("phone", "email", "none"))
    if kind in ("phone", "email"):
        assert _field(win, "signUpContact") == contact


def test_back_and_another_offer_keep_the_name_and_contact(qtbot, kiosk_window) -> None:
    win, vm = kiosk_window.window, kiosk_window.kiosk
    # The phone number half typed: the slow typist goes back.
    _fill_form(qtbot, kiosk_window, "Ana", ("email", EMAIL), ("phone", "030 98"))
    touch(qtbot, win, "signUpBackButton")
    assert vm.screen == "details"
    touch(qtbot, win, "signUpButton")  # the same offer again
    assert vm.screen == "signup" and vm.signUp.step == "form"
    _sign_up_form_shows(qtbot, win, "Ana", "phone", "030 98")
    touch(qtbot, win, "signUpContact")
    type_text(win, "76543")  # typing goes on where it stopped
    assert vm.signUp.contact == PHONE and vm.signUp.canContinue
    touch(qtbot, win, "contact_email")
    assert _field(win, "signUpContact") == EMAIL
    # Another offer: still there.
    touch(qtbot, win, "signUpBackButton")
    touch(qtbot, win, "detailsBackButton")
    assert vm.screen == "discover"
    touch(qtbot, win, "offerTile_1")
    qtbot.waitUntil(lambda: vm.details.state == "ready")
    title = vm.details.offer["title"]
    touch(qtbot, win, "signUpButton")
    assert title in item(win, "signUpOffer").property("text")
    assert vm.signUp.offer["title"] == title and not vm.signUp.consent
    _sign_up_form_shows(qtbot, win, "Ana", "email", EMAIL)


def _type_everything_then_back(qtbot, kiosk) -> None:
    """On the first offer's form: a name, a phone number and an e-mail address; then Back."""
    _fill_form(qtbot, kiosk, "Zoltana", ("phone", PHONE), ("email", EMAIL))
    touch(qtbot, kiosk.window, "signUpBackButton")


def test_start_over_wipes_the_kept_name_and_contact(qtbot, kiosk_window) -> None:
    win, vm = kiosk_window.window, kiosk_window.kiosk
    _type_everything_then_back(qtbot, kiosk_window)  # kept, for now
    touch(qtbot, win, "startOverButton")
    assert vm.screen == "attract"
    assert _held_by_python(vm, "Zoltana", PHONE, EMAIL) == []
    open_first_offer(qtbot, kiosk_window)
    touch(qtbot, win, "signUpButton")
    _sign_up_form_shows(qtbot, win, "", "", "")
    for kind in ("phone", "email"):
        touch(qtbot, win, f"contact_{kind}")
        assert _field(win, "signUpContact") == "" and vm.signUp.contact == ""


@pytest.fixture
def quick_idle(qtbot, store_path) -> Iterator[Any]:
    from kiosk.gui.app import KioskWindow, prepare_environment
    from kiosk.gui.kioskvm import IdleLimits

    prepare_environment(headless=True)
    kiosk = wait_for_store(qtbot, KioskWindow(store_path, full_screen=False, size=WINDOW_SIZE, default_language="en",
                                              idle=IdleLimits(browse=3, form=3, warning=1.5)))
    yield kiosk
    kiosk.close()


def test_the_idle_reset_wipes_the_kept_name_and_contact(qtbot, quick_idle) -> None:
    win, vm = quick_idle.window, quick_idle.kiosk
    _type_everything_then_back(qtbot, quick_idle)  # kept while the citizen looks at the offer again
    assert vm.screen == "details"
    qtbot.waitUntil(lambda: vm.screen == "attract", timeout=15000)
    assert _held_by_python(vm, "Zoltana", PHONE, EMAIL) == []
    assert (vm.signUp.name, vm.signUp.contactKind, vm.signUp.contact) == ("", "", "")


def test_a_saved_sign_up_wipes_the_kept_name_and_contact(qtbot, kiosk_window) -> None:
    """Saved is when a citizen most often walks away: the next person must not find their details."""
    win, vm = kiosk_window.window, kiosk_window.kiosk
    _fill_form(qtbot, kiosk_window, "Zoltana", ("email", EMAIL), ("phone", PHONE))
    _save(qtbot, win, vm)
    assert "Name: Zoltana" in item(win, "signUpStored").property("text")  # what was stored still shows
    assert (vm.signUp.name, vm.signUp.contactKind, vm.signUp.contact) == ("", "", "")
    assert _held_by_python(vm, EMAIL) == []
    touch(qtbot, win, "signUpMoreButton")
    touch(qtbot, win, "offerTile_1")
    qtbot.waitUntil(lambda: vm.details.state == "ready")
    touch(qtbot, win, "signUpButton")
    assert vm.signUp.step == "form"
    _sign_up_form_shows(qtbot, win, "", "", "")
    touch(qtbot, win, "contact_email")
    assert _field(win, "signUpContact") == ""
    touch(qtbot, win, "contact_phone")
    assert _field(win, "signUpContact") == ""


# --- 3. the name field stops at the rule's limit --------------------------------------------------

def test_the_name_field_stops_at_the_rules_limit(qtbot, kiosk_window) -> None:
    win, vm = kiosk_window.window, kiosk_window.kiosk
    open_first_offer(qtbot, kiosk_window)
    touch(qtbot, win, "signUpButton")
    assert item(win, "signUpName").property("maximumLength") == NAME_MAX
    touch(qtbot, win, "signUpName")
    type_text(win, "Ana " + "b" * (NAME_MAX + 10))
    assert len(_field(win, "signUpName")) == NAME_MAX and len(vm.signUp.name) == NAME_MAX
    assert item(win, "signUpNameCheck").property("text") == "✓ Fine."
    # The rule itself still stands (the save checks it again).
    assert check_name("b" * (NAME_MAX + 1)).reason == "name.too_long"


# --- 4. the offer's title and date follow the language --------------------------------------------

def test_the_offer_and_its_date_follow_a_language_switch(qtbot, kiosk_window) -> None:
    from PySide6.QtCore import QLocale

    from .gui_catalogue import SERIES_TITLE

    win, vm = kiosk_window.window, kiosk_window.kiosk
    details = open_first_offer(qtbot, kiosk_window)
    touch(qtbot, win, "signUpButton")
    english = item(win, "signUpOffer").property("text")
    session = details.selected
    assert english.split("\n")[:2] == [SERIES_TITLE, f"{session['day']}, {session['time']}"]
    touch(qtbot, win, "signUpName")
    type_text(win, "Ana")
    touch(qtbot, win, "languageButton")
    touch(qtbot, win, "switchLanguage_de")
    assert vm.language == "de"
    qtbot.waitUntil(lambda: details.state == "ready" and details.selected.get("day", "") != session["day"])
    german_day = details.selected["day"]  # the details screen's own German date
    assert german_day == QLocale("de_DE").toString(
        QLocale("en_GB").toDate(session["day"], QLocale.FormatType.LongFormat), QLocale.FormatType.LongFormat)
    qtbot.waitUntil(lambda: item(win, "signUpOffer").property("text").split("\n")[:2]
                    == ["Sprachcafé: Deutsch für den Alltag", f"{german_day}, {session['time']}"])
    assert vm.signUp.session["hubId"] == session["hubId"] and vm.signUp.name == "Ana"
    # And back: the English words again.
    touch(qtbot, win, "languageButton")
    touch(qtbot, win, "switchLanguage_en")
    qtbot.waitUntil(lambda: item(win, "signUpOffer").property("text") == english)


# --- 5. the phone keypad shows a "+" ---------------------------------------------------------------

def _visible_key(win, label: str):
    for key in find_all(win, ""):
        # Only ask items that have the property: reading a missing one upsets PySide's refcounts.
        if key.metaObject().indexOfProperty("displayText") >= 0 and key.isVisible():
            if key.property("displayText") == label and key.width() > 0:
                return key
    return None


def _press(qtbot, win, key) -> None:
    from PySide6.QtCore import QPointF, Qt

    centre = key.mapToScene(QPointF(key.width() / 2, key.height() / 2)).toPoint()
    qtbot.mouseClick(win, Qt.MouseButton.LeftButton, pos=centre)


def test_the_phone_keypad_is_a_phones_and_says_where_plus_is(qtbot, kiosk_window, tmp_path) -> None:
    """A dial pad (1 2 3 on top, no calculator signs); "+" for a number from abroad is a long
    press on "*", and the line below the field says so."""
    win, vm = kiosk_window.window, kiosk_window.kiosk
    open_first_offer(qtbot, kiosk_window)
    touch(qtbot, win, "signUpButton")
    touch(qtbot, win, "contact_phone")
    touch(qtbot, win, "signUpContact")
    keyboard = item(win, "keyboard")
    qtbot.waitUntil(lambda: keyboard.property("active"))
    qtbot.waitUntil(lambda: _visible_key(win, "9") is not None and _visible_key(win, "*") is not None, timeout=10000)
    hint = item(win, "signUpPhonePlusHint")
    assert hint.isVisible() and hint.property("text") == "A number from abroad: hold * to type +."
    assert not hint.property("truncated")
    one, seven = _visible_key(win, "1"), _visible_key(win, "7")
    assert one.mapToScene(one.boundingRect().topLeft()).y() < seven.mapToScene(seven.boundingRect().topLeft()).y()
    assert _visible_key(win, "√") is None and _visible_key(win, "÷") is None and _visible_key(win, "a") is None
    assert "+" in _visible_key(win, "*").property("alternativeKeys")
    for label in "0151 234".replace(" ", "␣"):
        qtbot.waitUntil(lambda: _visible_key(win, label) is not None)
        _press(qtbot, win, _visible_key(win, label))
    qtbot.waitUntil(lambda: vm.signUp.contact == "0151 234")
