"""The staff screen on the real window: sync now against the real hub, the outbox, a staff-assisted
sign-up recorded by the hub, the printer's test page and reprint, the kiosk's facts, the
development-only TLS warning, and the exit to the desktop."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QTimer
from sqlalchemy import select
from sqlalchemy.orm import Session

from hub.models import SignUp as HubSignUp
from kiosk.config import config_file, load_settings
from kiosk.staff.pin import hash_pin, write_pin_hash

from .conftest import WINDOW_SIZE, wait_for_store
from .qml_driver import item, open_offer, sign_up_without_contact, touch, type_text
from .test_staff_unlock import PIN, enter_staff_mode

pytestmark = pytest.mark.ui


def write_config(lines: list[str]) -> None:
    """kiosk.toml in this test's config folder: these lines and the staff PIN's hash."""
    path = config_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    write_pin_hash(path, hash_pin(PIN))


def open_window(qtbot, store: Path) -> Any:
    from kiosk.gui.app import KioskWindow, prepare_environment

    settings, problems = load_settings()
    assert problems == []
    prepare_environment(headless=True)
    kiosk = KioskWindow(store, full_screen=False, size=WINDOW_SIZE, default_language="en", settings=settings)
    return wait_for_store(qtbot, kiosk)


@pytest.fixture
def synced_kiosk(qtbot, tmp_path, hub) -> Iterator[Any]:
    """The real window on an empty store, syncing with the real hub on loopback (its catalogue
    arrives with the first round); rounds only every hour, unless something wakes the loop."""
    from kiosk.gui.app import SyncStarter

    write_config([
        f'hub_url = "{hub.url}"', f'hub_token = "{hub.tokens["kiosk-a"]}"', "sync_interval_seconds = 3600",
        'venue_name = "Central Library"', 'print_backend = "folder"',
        f'print_folder = "{tmp_path / "printed"}"',
    ])
    kiosk = open_window(qtbot, tmp_path / "kiosk.sqlite")
    sync = SyncStarter(kiosk, tmp_path / "kiosk.sqlite", load_settings()[0])
    try:
        qtbot.waitUntil(lambda: kiosk.kiosk.sync.online, timeout=60000)
        yield kiosk
    finally:
        kiosk.close()
        sync.stop()


def hub_sign_ups(hub) -> dict[str, bool]:
    with hub.db.read() as s:
        return {r.uuid: r.staff_assisted for r in s.scalars(select(HubSignUp))}


@pytest.mark.parametrize("hub_db", ["sqlite"], indirect=True)
def test_sync_now_sends_the_outbox_to_the_hub_at_once(qtbot, synced_kiosk, hub, tmp_path) -> None:
    from kiosk.store.engine import make_engine
    from kiosk.sync.outbox import record_sign_up

    win, vm = synced_kiosk.window, synced_kiosk.kiosk
    # A sign-up waits in the outbox (put there behind the window's back: nothing wakes the loop).
    engine = make_engine(tmp_path / "kiosk.sqlite")
    try:
        with Session(engine) as s, s.begin():
            waiting = record_sign_up(s, offer_hub_id="off-1", session_hub_id="off-1-s0", display_name="Ana").uuid
            # and one the hub will refuse (an offer id it cannot take)
            record_sign_up(s, offer_hub_id="no such offer!", session_hub_id=None, display_name="Bora Yılmaz",
                           contact_kind="email", contact="bora@example.org")
    finally:
        engine.dispose()
    enter_staff_mode(qtbot, synced_kiosk)
    assert item(win, "staffSyncState").property("text") == "Online: the last round reached the hub."
    assert item(win, "staffLastSync").property("text").startswith("Last complete sync: ")
    qtbot.waitUntil(lambda: item(win, "staffOutboxSummary").property("text") == "2 waiting, 0 sent.")
    assert item(win, "staffOutboxKind_0").property("text").startswith("Sign-ups: 2 waiting, the oldest for ")
    assert_no_personal_data(win)
    time.sleep(1)
    assert waiting not in hub_sign_ups(hub)  # the loop sleeps for an hour...
    touch(qtbot, win, "staffSyncNowButton")  # ...until staff ask
    qtbot.waitUntil(lambda: waiting in hub_sign_ups(hub), timeout=30000)
    touch(qtbot, win, "staffOutboxRefresh")
    qtbot.waitUntil(lambda: item(win, "staffOutboxSummary").property("text")
                    == "Nothing waits for the hub (2 sent so far).", timeout=10000)
    # The refused one is a recent sync error for staff: what and why, but not who.
    error = item(win, "staffOutboxError_0").property("text")
    assert error.startswith("Sign-ups, made under a minute ago, tried once: refused by the hub: "), error
    assert_no_personal_data(win)


def assert_no_personal_data(window) -> None:
    texts = [t.property("text") for t in _texts(window)]
    for personal in ("Ana", "Bora", "Yılmaz", "bora@example.org"):
        assert not any(personal in text for text in texts if text), personal


def _texts(window) -> list[Any]:
    found, todo = [], [window.contentItem()]
    while todo:
        current = todo.pop()
        if current.property("text") is not None and isinstance(current.property("text"), str):
            found.append(current)
        todo.extend(current.childItems())
    return found


@pytest.mark.parametrize("hub_db", ["sqlite"], indirect=True)
def test_a_sign_up_made_in_staff_mode_reaches_the_hub_as_staff_assisted(qtbot, synced_kiosk, hub) -> None:
    win, vm = synced_kiosk.window, synced_kiosk.kiosk
    enter_staff_mode(qtbot, synced_kiosk)
    touch(qtbot, win, "staffHelpCitizenButton")
    qtbot.waitUntil(lambda: vm.screen == "discover")
    assert item(win, "staffBanner").isVisible()
    touch(qtbot, win, "searchField")
    type_text(win, "course number")  # the hub's catalogue, pulled by the first round
    qtbot.waitUntil(lambda: vm.discover.text == "course number" and not vm.discover.searchPending
                    and not vm.discover.results.loading and vm.discover.results.total > 0, timeout=10000)
    open_offer(qtbot, win, vm)
    touch(qtbot, win, "signUpButton")
    sign_up_without_contact(qtbot, win, vm, "Ana")
    qtbot.waitUntil(lambda: len(hub_sign_ups(hub)) == 1, timeout=30000)  # saving wakes the loop
    assert list(hub_sign_ups(hub).values()) == [True]
    qtbot.waitUntil(lambda: vm.signUp.status == "confirmed", timeout=30000)


def test_the_printer_section_prints_a_test_page_and_reprints_only_in_staff_mode(qtbot, tmp_path) -> None:
    printed = tmp_path / "printed"
    write_config(['print_backend = "folder"', f'print_folder = "{printed}"'])
    from kiosk.bootstrap import open_store

    open_store(tmp_path / "kiosk.sqlite").dispose()
    kiosk = open_window(qtbot, tmp_path / "kiosk.sqlite")
    try:
        win, vm = kiosk.window, kiosk.kiosk
        enter_staff_mode(qtbot, kiosk)
        assert item(win, "staffPrinterState").property("text") == "No problems since the kiosk started."
        assert not item(win, "staffReprintButton").property("enabled")  # nothing printed yet
        touch(qtbot, win, "staffTestPageButton")
        qtbot.waitUntil(lambda: vm.printing.state == "done", timeout=30000)
        assert item(win, "staffPrinterState").property("text") == "The last sheet came out."
        assert len(list(printed.glob("*.pdf"))) == 1
        # A citizen's sheet was printed a moment ago (kept in memory for a few minutes).
        vm.printing.journal.keep(b"%PDF-1.4 a pathway sheet", "pathway-sheet")
        vm.printing.changed.emit()
        qtbot.waitUntil(lambda: item(win, "staffReprintButton").property("enabled"))
        touch(qtbot, win, "staffReprintButton")
        qtbot.waitUntil(lambda: len(list(printed.glob("*.pdf"))) == 2, timeout=30000)
        qtbot.waitUntil(lambda: vm.printing.state == "done", timeout=30000)
        # Outside staff mode nothing reprints, even with the sheet still kept.
        touch(qtbot, win, "staffScreenLockButton")
        assert vm.printing.canReprint and not vm.staff.canReprint
        vm.staff.reprintLast()
        qtbot.wait(500)
        assert len(list(printed.glob("*.pdf"))) == 2
    finally:
        kiosk.close()


def test_the_kiosks_facts_and_the_development_only_tls_warning(qtbot, tmp_path) -> None:
    from kiosk.bootstrap import open_store

    open_store(tmp_path / "kiosk.sqlite").dispose()
    for insecure in (False, True):
        lines = ['venue_name = "Stadtbibliothek Mitte"']
        if insecure:
            lines.append("hub_insecure_skip_tls_verify_for_development_only = true")
        write_config(lines)
        kiosk = open_window(qtbot, tmp_path / "kiosk.sqlite")
        try:
            win = kiosk.window
            enter_staff_mode(qtbot, kiosk)
            assert item(win, "staffVenue").property("text") == "Venue: Stadtbibliothek Mitte"
            assert item(win, "staffDefaultLanguage").property("text") == "Default language: English"
            from kiosk import __version__

            assert item(win, "staffVersion").property("text") == f"App version: {__version__}"
            assert item(win, "staffTlsWarning").isVisible() is insecure
        finally:
            kiosk.close()


def test_exit_to_the_desktop_quits_the_app_after_a_second_touch(qtbot, kiosk_window) -> None:
    write_pin_hash(config_file(), hash_pin(PIN))
    win, vm = kiosk_window.window, kiosk_window.kiosk
    enter_staff_mode(qtbot, kiosk_window)
    app = QCoreApplication.instance()
    touch(qtbot, win, "staffExitButton")
    assert item(win, "staffExitButton").property("text") == "Yes, exit to the desktop"
    outcome: list[str] = []
    # The second touch from inside the application's own event loop, as on the kiosk; the app
    # has 20 s to quit, or the loop is ended from here with a code that fails the test.
    QTimer.singleShot(0, lambda: (outcome.append("touched"), touch(qtbot, win, "staffExitButton")))
    # Stopped afterwards: app.exit() outside app.exec() would make every later event loop of
    # this process (each qtbot.wait) return at once, and later tests time out without cause.
    give_up = QTimer()
    give_up.setSingleShot(True)
    give_up.timeout.connect(lambda: app.exit(7))
    give_up.start(20000)
    try:
        code = app.exec()
    finally:
        give_up.stop()
    assert code == 0
    assert outcome == ["touched"]
    assert vm.lockdown.closeAllowed  # the lockdown let the window go, for this exit only


def test_staff_change_the_default_language_and_kiosk_toml_keeps_it(qtbot, kiosk_window) -> None:
    write_config(['venue_name = "Central Library"'])
    win, vm = kiosk_window.window, kiosk_window.kiosk
    enter_staff_mode(qtbot, kiosk_window)
    assert item(win, "staffDefaultLanguage_en").property("checked")
    touch(qtbot, win, "staffDefaultLanguage_uk")
    qtbot.waitUntil(lambda: vm.staff.settingState == "saved", timeout=10000)
    assert vm.defaultLanguage == "uk" and vm.language == "uk"  # the attract screen behind speaks it
    assert item(win, "staffDefaultLanguage_uk").property("checked")
    settings, problems = load_settings()
    assert problems == [] and settings.default_language == "uk"
    assert settings.venue_name == "Central Library" and settings.staff_pin_hash.startswith("$argon2id$")
    # Start over ends staff mode and returns to the new default.
    touch(qtbot, win, "staffHelpCitizenButton")
    qtbot.waitUntil(lambda: vm.screen == "discover")
    vm.setLanguage("de")
    touch(qtbot, win, "startOverButton")
    qtbot.waitUntil(lambda: vm.screen == "attract")
    assert vm.language == "uk" and not vm.staff.active


def test_with_a_broken_store_staff_still_get_in_and_are_told(qtbot, tmp_path) -> None:
    from kiosk.gui.app import KioskWindow, prepare_environment

    write_config([])
    broken = tmp_path / "kiosk.sqlite"
    broken.write_bytes(b"not a database" * 100)
    prepare_environment(headless=True)
    kiosk = KioskWindow(broken, full_screen=False, size=WINDOW_SIZE, default_language="en")
    try:
        qtbot.waitExposed(kiosk.window)
        qtbot.waitUntil(lambda: kiosk.kiosk.storeState == "failed", timeout=15000)
        enter_staff_mode(qtbot, kiosk)
        qtbot.waitUntil(lambda: item(kiosk.window, "staffOutboxSummary").property("text")
                        == "The outbox could not be read: the kiosk's store is not open.", timeout=10000)
        assert item(kiosk.window, "staffExitButton").isVisible()
    finally:
        kiosk.close()
