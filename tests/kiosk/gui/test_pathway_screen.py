"""The pathway screen on the real window: a saved goal's pathway, swap, remove, sign up from a step,
and printing the sheet through the folder backend and through a printer that fails."""

from __future__ import annotations

import base64
import datetime as dt
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from kiosk.config import Settings
from kiosk.store.models import SignUp
from tests.kiosk.printing.conftest import cups_server  # noqa: F401  (a real CUPS server with a cups-pdf queue)

from .conftest import WINDOW_SIZE, wait_for_store
from .qml_driver import find, item, open_discover, sign_up_without_contact, touch

pytestmark = pytest.mark.ui
HUB = "https://hub.lernstadt.example"
HELP = "Ask Maria at the front desk"


def open_window(qtbot, store_path: Path, settings: Settings) -> Any:
    from kiosk.gui.app import KioskWindow, prepare_environment

    prepare_environment(headless=True)
    kiosk = KioskWindow(store_path, full_screen=False, size=WINDOW_SIZE, default_language="en", settings=settings)
    return wait_for_store(qtbot, kiosk)


@pytest.fixture
def printed(tmp_path: Path) -> Path:
    return tmp_path / "printed"


@pytest.fixture
def window(qtbot, store_path: Path, printed: Path) -> Iterator[Any]:
    settings = Settings(print_backend="folder", print_folder=str(printed), hub_url=HUB, help_desk=HELP)
    kiosk = open_window(qtbot, store_path, settings)
    yield kiosk
    kiosk.close()


def save_goal(qtbot, win, vm, aim: str, *, free: bool = False, days: tuple[str, ...] = (),
              lang: str = "en") -> str:
    """From the attract screen: a learning goal with ``aim``, saved; returns its claim code."""
    open_discover(qtbot, win, vm, lang)
    touch(qtbot, win, "goalButton")
    touch(qtbot, win, f"aim_{aim}")
    for _ in range(3):  # aim, own words, hours
        touch(qtbot, win, "goalNextButton")
    for day in days:
        touch(qtbot, win, f"day_{day}")
    touch(qtbot, win, "goalNextButton")
    if free:
        touch(qtbot, win, "budget_free")
    while vm.goal.step != "review":
        touch(qtbot, win, "goalNextButton")
    touch(qtbot, win, "goalSaveButton")
    qtbot.waitUntil(lambda: vm.goal.step == "done")
    return item(win, "goalClaimCode").property("text")


def open_pathway(qtbot, win, vm) -> None:
    touch(qtbot, win, "goalPathwayButton")
    assert vm.screen == "pathway"
    qtbot.waitUntil(lambda: vm.pathway.state == "ready", timeout=10000)


def titles(win, count: int) -> list[str]:
    return [item(win, f"pathwayStepTitle_{i}").property("text") for i in range(count)]


def test_a_saved_goal_shows_its_pathway_and_the_citizen_swaps_and_removes_steps(qtbot, window) -> None:
    win, vm = window.window, window.kiosk
    save_goal(qtbot, win, vm, "culture", free=True)
    open_pathway(qtbot, win, vm)
    steps = vm.pathway.steps
    assert 3 <= len(steps) <= 6 and vm.pathway.complete
    assert not item(win, "pathwayShortfall").isVisible()
    shown = titles(win, len(steps))
    assert shown == [s["title"] for s in steps] and all(t.startswith("Knitting circle") for t in shown)
    first = steps[0]
    assert first["where"] in item(win, "pathwayStepWhere_0").property("text")
    assert "free" in item(win, "pathwayStepReason_0").property("text")
    assert item(win, "pathwayStepStatus_0").property("text") == "Not signed up yet"

    # Swap the first step that has alternatives for its first alternative.
    index = next(i for i, s in enumerate(steps) if s["alternatives"])
    replaced, alternative = steps[index]["title"], steps[index]["alternatives"][0]["title"]
    assert find(win, f"pathwayAlternative_{index}_0") is None  # closed until Swap is touched
    touch(qtbot, win, f"pathwaySwap_{index}")
    item(win, "pathwayScroll").setProperty("contentY", item(win, f"pathwayStep_{index}").y())
    touch(qtbot, win, f"pathwayAlternative_{index}_0")
    after = titles(win, len(steps))
    assert alternative in after and replaced not in after
    swapped = next(s for s in vm.pathway.steps if s["title"] == alternative)
    assert replaced in [a["title"] for a in swapped["alternatives"]]  # it can be swapped back

    item(win, "pathwayScroll").setProperty("contentY", 0)
    assert not item(win, "pathwayRemoved").isVisible()
    touch(qtbot, win, "pathwayRemove_0")
    assert len(vm.pathway.steps) == len(steps) - 1
    assert titles(win, len(steps) - 1) == after[1:]
    assert item(win, "pathwayStep_0").property("modelData")["number"] == 1  # numbered afresh
    assert item(win, "pathwayRemoved").isVisible()
    touch(qtbot, win, "pathwayUndoButton")  # the touch missed: it comes back
    assert titles(win, len(steps)) == after and not item(win, "pathwayRemoved").isVisible()
    touch(qtbot, win, "pathwayRemove_0")
    assert titles(win, len(steps) - 1) == after[1:]


def test_signing_up_for_a_step_right_there(qtbot, window, store_path) -> None:
    win, vm = window.window, window.kiosk
    save_goal(qtbot, win, vm, "culture", free=True)
    open_pathway(qtbot, win, vm)
    step = vm.pathway.steps[0]
    touch(qtbot, win, "pathwaySignUp_0")
    assert vm.screen == "signup"
    assert step["title"] in item(win, "signUpOffer").property("text")
    sign_up_without_contact(qtbot, win, vm, "Dana")
    assert not item(win, "signUpGoalButton").isVisible()
    touch(qtbot, win, "signUpPathwayButton")
    assert vm.screen == "pathway"
    assert item(win, "pathwayStepStatus_0").property("text") == "Signed up — waiting for the provider to confirm"
    assert not item(win, "pathwaySignUp_0").isVisible()

    engine = create_engine(f"sqlite:///{store_path}")
    with Session(engine) as s:
        stored = s.scalar(select(SignUp))
        assert (stored.offer_hub_id, stored.status) == (step["hubId"], "provisional")
    engine.dispose()


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


def test_printing_through_the_folder_backend_shows_done(qtbot, window, printed) -> None:
    win, vm = window.window, window.kiosk
    code = save_goal(qtbot, win, vm, "culture", free=True)
    open_pathway(qtbot, win, vm)
    assert not item(win, "pathwayPrintStatus").isVisible()
    touch(qtbot, win, "pathwayPrintButton")
    qtbot.waitUntil(lambda: vm.printing.state == "done", timeout=15000)
    assert item(win, "pathwayPrintMessage").property("text") == "Done — please take your sheet"
    assert not item(win, "pathwayQrCode").isVisible()
    sheets = list(printed.glob("*.pdf"))
    assert len(sheets) == 1
    text = pdf_text(sheets[0])
    assert code in text and vm.pathway.steps[0]["title"] in text
    assert vm.printing.errors == [] and vm.printing.canReprint

    touch(qtbot, win, "startOverButton")  # the next citizen sees nothing of this print
    assert vm.printing.state == "idle" and vm.printing.claimCode == "" and vm.printing.qrImage == ""
    assert vm.printing.reprintLast()  # staff still can, for a few minutes
    qtbot.waitUntil(lambda: vm.printing.state == "done", timeout=15000)
    assert len(list(printed.glob("*.pdf"))) == 2


def test_a_printer_problem_shows_the_qr_on_screen_and_is_kept_for_staff(qtbot, store_path, tmp_path) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the print folder should be")
    settings = Settings(print_backend="folder", print_folder=str(blocked), hub_url=HUB, help_desk=HELP)
    kiosk = open_window(qtbot, store_path, settings)
    try:
        win, vm = kiosk.window, kiosk.kiosk
        vm.sync.expect_hub(HUB)  # as the sync starter does for a kiosk with a hub and a token
        code = save_goal(qtbot, win, vm, "culture", free=True)
        open_pathway(qtbot, win, vm)
        touch(qtbot, win, "pathwayPrintButton")
        qtbot.waitUntil(lambda: vm.printing.state == "problem", timeout=15000)
        assert item(win, "pathwayPrintMessage").property("text") == "Printer problem"
        assert "take a photo of this code" in item(win, "pathwayPrintAdvice").property("text")
        assert item(win, "pathwayClaimCode").property("text") == code
        assert item(win, "pathwayProjectUrl").property("text") == f"{HUB}/p/{code}"
        qr = item(win, "pathwayQrCode")
        assert qr.isVisible()
        qtbot.waitUntil(lambda: qr.property("implicitWidth") > 0)  # the image loaded
        png = tmp_path / "qr.png"
        png.write_bytes(base64.b64decode(vm.printing.qrImage.split(",", 1)[1]))
        decoded = subprocess.run(["zbarimg", "-q", "--raw", str(png)], capture_output=True, text=True).stdout.split()
        assert decoded == [f"{HUB}/p/{code}"]
        # What the screen shows is what staff can read later, without the citizen's data.
        errors = vm.printing.errors
        assert len(errors) == 1 and errors[0]["backend"] == "folder" and str(blocked) in errors[0]["message"]
        assert code not in vm.printing.lastError and vm.printing.lastError.endswith(errors[0]["message"])

        # Another learning goal: the last one's code must not stay on screen to be photographed.
        touch(qtbot, win, "basketButton")
        touch(qtbot, win, "basketGoalButton")
        touch(qtbot, win, "aim_digital")
        while vm.goal.step != "review":
            touch(qtbot, win, "goalNextButton")
        touch(qtbot, win, "goalSaveButton")
        qtbot.waitUntil(lambda: vm.goal.step == "done")
        open_pathway(qtbot, win, vm)
        assert not item(win, "pathwayPrintStatus").isVisible()
        assert vm.printing.claimCode == "" and vm.printing.qrImage == "" and len(vm.printing.errors) == 1
    finally:
        kiosk.close()


def test_without_a_hub_a_printer_problem_asks_for_staff_and_shows_no_code(qtbot, store_path, tmp_path) -> None:
    """No hub hears of the printer and no hub page opens from the code: a person has to help."""
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the print folder should be")
    kiosk = open_window(qtbot, store_path, Settings(print_backend="folder", print_folder=str(blocked), help_desk=HELP))
    try:
        win, vm = kiosk.window, kiosk.kiosk
        assert not vm.sync.configured
        save_goal(qtbot, win, vm, "culture", free=True)
        open_pathway(qtbot, win, vm)
        touch(qtbot, win, "pathwayPrintButton")
        qtbot.waitUntil(lambda: vm.printing.state == "problem", timeout=15000)
        advice = item(win, "pathwayPrintAdvice")
        assert advice.isVisible() and advice.property("text") == "Please ask a member of staff for help now."
        assert "Staff have been told" not in advice.property("text")
        assert not item(win, "pathwayQrCode").isVisible() and not item(win, "pathwayClaimCode").isVisible()
        assert vm.printing.canReprint  # staff, fetched now, can print the kept sheet
    finally:
        kiosk.close()


def test_a_step_at_its_providers_own_place_names_it_once(qtbot, tmp_path) -> None:
    """Where and who are one name ("Seniorentreff Pasing"): the step says it once, not "X · X"."""
    from kiosk.bootstrap import open_store
    from kiosk.catalogue.load import load_catalogue

    from .gui_catalogue import small_catalogue

    catalogue = small_catalogue(dt.date.today())
    owners = {"central": "City Library", "annex": "Adult Education Centre"}  # each provider's own hall
    for venue in catalogue["venues"]:
        venue["name"] = owners[venue["id"]]
    path = tmp_path / "own-places.sqlite"
    engine = open_store(path)
    with engine.begin() as conn:
        assert not load_catalogue(conn, catalogue).rejected
    engine.dispose()
    kiosk = open_window(qtbot, path, Settings(print_backend="folder", print_folder=str(tmp_path / "printed")))
    try:
        win, vm = kiosk.window, kiosk.kiosk
        save_goal(qtbot, win, vm, "culture", free=True)
        open_pathway(qtbot, win, vm)
        steps = vm.pathway.steps
        lines = [item(win, f"pathwayStepWhere_{i}").property("text") for i in range(len(steps))]
        at_home = [line for step, line in zip(steps, lines) if step["provider"] == step["where"]]
        assert at_home, "no step at its provider's own place: the test would prove nothing"
        assert all(line == step["where"] for step, line in zip(steps, lines) if step["provider"] == step["where"])
        assert all(line == f"{step['where']} · {step['provider']}"
                   for step, line in zip(steps, lines) if step["provider"] != step["where"])
    finally:
        kiosk.close()


def test_when_the_catalogue_cannot_fill_a_pathway_the_screen_says_so_and_who_helps(qtbot, window) -> None:
    win, vm = window.window, window.kiosk
    save_goal(qtbot, win, vm, "learn_german", free=True)  # one free language offer; the other costs
    open_pathway(qtbot, win, vm)
    assert not vm.pathway.complete and len(vm.pathway.steps) < 3
    assert item(win, "pathwayShortfall").isVisible()
    message = item(win, "pathwayShortfallText").property("text")
    assert message == vm.pathway.shortfall and "someone can help" in message
    assert item(win, "pathwayHelp").property("text") == f"Who can help: {HELP}"
    assert [c["title"] for c in vm.pathway.closest] == ["Good morning: Greek for beginners"]
    for i, closest in enumerate(vm.pathway.closest):
        shown = item(win, f"pathwayClosest_{i}").property("text")
        assert closest["title"] in shown and closest["why"] in shown
    # A near miss opens like any offer, and Back returns to the pathway.
    touch(qtbot, win, "pathwayClosest_0")
    qtbot.waitUntil(lambda: vm.screen == "details" and vm.details.state == "ready")
    assert vm.details.offer["title"] == vm.pathway.closest[0]["title"]
    touch(qtbot, win, "detailsBackButton")
    assert vm.screen == "pathway"


def test_in_arabic_the_nearly_fitting_offers_run_right_to_left_around_their_latin_titles(
        qtbot, window) -> None:
    # "• Good morning: Greek … — Provider: <Arabic reason>" took its direction from the Latin
    # title: the bullet stood on the left and the Arabic reason was broken up at the far end.
    win, vm = window.window, window.kiosk
    save_goal(qtbot, win, vm, "learn_german", free=True, lang="ar")
    open_pathway(qtbot, win, vm)
    assert vm.rightToLeft and vm.pathway.closest
    for i, closest in enumerate(vm.pathway.closest):
        shown = item(win, f"pathwayClosest_{i}").property("text")
        assert shown == (f"\u200f\u2068{closest['title']}\u2069 — \u2068{closest['provider']}\u2069: "
                         f"{closest['why']}")
    assert f"\u2068{HELP}\u2069" in item(win, "pathwayHelp").property("text")


def test_who_helps_is_named_in_the_citizens_language_on_screen_and_sheet(qtbot, store_path, printed) -> None:
    greek = "Ρωτήστε τη Μαρία στην υποδοχή"
    settings = Settings(print_backend="folder", print_folder=str(printed), hub_url=HUB,
                        default_language="en", help_desk={"en": HELP, "el": greek})
    kiosk = open_window(qtbot, store_path, settings)
    try:
        win, vm = kiosk.window, kiosk.kiosk
        save_goal(qtbot, win, vm, "learn_german", free=True, lang="el")
        open_pathway(qtbot, win, vm)
        shown = item(win, "pathwayHelp").property("text")
        assert greek in shown and HELP not in shown
        touch(qtbot, win, "pathwayPrintButton")
        qtbot.waitUntil(lambda: vm.printing.state == "done", timeout=15000)
        [sheet] = printed.glob("*.pdf")
        text = " ".join(pdf_text(sheet).split())
        assert greek in text and HELP not in text
    finally:
        kiosk.close()


def test_printing_through_a_real_cups_pdf_queue(qtbot, store_path, cups_server, monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("CUPS_SERVER", str(cups_server.socket))  # what an operator's environment would say
    settings = Settings(print_backend="cups", printer=cups_server.queue, hub_url=HUB, sheet_layout="80mm")
    kiosk = open_window(qtbot, store_path, settings)
    try:
        win, vm = kiosk.window, kiosk.kiosk
        code = save_goal(qtbot, win, vm, "culture", free=True)
        open_pathway(qtbot, win, vm)
        before = cups_server.outputs()
        touch(qtbot, win, "pathwayPrintButton")
        assert item(win, "pathwayPrintMessage").property("text") == "Printing…"
        qtbot.waitUntil(lambda: vm.printing.state != "printing", timeout=40000)
        assert vm.printing.state == "done", vm.printing.message
        assert item(win, "pathwayPrintMessage").property("text") == "Done — please take your sheet"
        printed = cups_server.wait_for_new_output(before, "pathway-sheet")
        assert pages(printed) == 1  # a roll is one long page
        assert qr_codes(printed, tmp_path) == [f"{HUB}/p/{code}"]
    finally:
        kiosk.close()


def pages(path: Path) -> int:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split(":")[1] for line in out.splitlines() if line.startswith("Pages")))


def qr_codes(path: Path, tmp_path: Path) -> list[str]:
    subprocess.run(["pdftoppm", "-r", "150", "-png", str(path), str(tmp_path / "printed")], check=True)
    images = sorted(str(p) for p in tmp_path.glob("printed*.png"))
    return subprocess.run(["zbarimg", "-q", "--raw", *images], capture_output=True, text=True).stdout.split()


def body_height(path: Path) -> float:
    """The most common word height on the sheet (its body text), from pdftotext's word boxes."""
    import re
    from collections import Counter

    boxes = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True).stdout
    heights = Counter(round(float(y1) - float(y0), 1)
                      for y0, y1 in re.findall(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"', boxes))
    return heights.most_common(1)[0][0]


def test_a_citizen_with_large_text_gets_a_large_print_sheet(qtbot, window, printed) -> None:
    win, vm = window.window, window.kiosk
    save_goal(qtbot, win, vm, "culture", free=True)
    open_pathway(qtbot, win, vm)
    touch(qtbot, win, "pathwayPrintButton")
    qtbot.waitUntil(lambda: vm.printing.state == "done", timeout=15000)
    touch(qtbot, win, "startOverButton")
    touch(qtbot, win, "largeTextSwitch")
    save_goal(qtbot, win, vm, "culture", free=True)
    open_pathway(qtbot, win, vm)
    touch(qtbot, win, "pathwayPrintButton")
    qtbot.waitUntil(lambda: vm.printing.state == "done", timeout=15000)
    normal, large = sorted(printed.glob("*.pdf"))  # filed in the order printed
    assert body_height(large) > 1.3 * body_height(normal)  # 15 pt against 10.5 pt


def test_switching_language_on_the_pathway_keeps_its_changes_and_shows_the_titles_in_the_new_one(qtbot, window) -> None:
    win, vm = window.window, window.kiosk
    save_goal(qtbot, win, vm, "culture", free=True)
    open_pathway(qtbot, win, vm)
    count = len(vm.pathway.steps)
    touch(qtbot, win, "pathwayRemove_0")
    kept = [s["hubId"] for s in vm.pathway.steps]
    touch(qtbot, win, "languageButton")
    touch(qtbot, win, "switchLanguage_de")
    qtbot.waitUntil(lambda: item(win, "pathwayStepTitle_0").property("text").startswith("Strickkreis"))
    assert [s["hubId"] for s in vm.pathway.steps] == kept and len(kept) == count - 1
    assert all(t.startswith("Strickkreis") for t in titles(win, len(kept)))
    assert "kostenlos" in item(win, "pathwayStepReason_0").property("text")
