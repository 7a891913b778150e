"""The pathway screen and the citizen's own choices, on the real window: the language they learn best
in ranks offers but empties no pathway; offers on "My list" and sign-ups are steps (planned again
when the list changes), and a booked step keeps its place; needs nobody can check are named; and a
pathway with no step still prints a sheet."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from .gui_catalogue import SERIES_TITLE
from .qml_driver import item, open_discover, sign_up_without_contact, touch
from .test_pathway_screen import HELP, pdf_text, printed, window  # noqa: F401  (fixtures: the same window)

pytestmark = pytest.mark.ui


def record_goal(qtbot, win, vm, aim: str, *, free: bool = False, days: tuple[str, ...] = (),
                learn: str = "", access: tuple[str, ...] = ()) -> str:
    """From any screen but attract: a learning goal with these answers, saved; its claim code."""
    touch(qtbot, win, "goalButton")
    touch(qtbot, win, f"aim_{aim}")
    while vm.goal.step != "review":
        step = vm.goal.step
        chosen = {"when": [f"day_{d}" for d in days], "budget": ["budget_free"] if free else [],
                  "language": [f"learnLanguage_{learn}"] if learn else [],
                  "access": [f"access_{n}" for n in access]}.get(step, [])
        for name in chosen:
            touch(qtbot, win, name)
        touch(qtbot, win, "goalNextButton")
        qtbot.waitUntil(lambda: vm.goal.step != step)
    touch(qtbot, win, "goalSaveButton")
    qtbot.waitUntil(lambda: vm.goal.step == "done")
    return item(win, "goalClaimCode").property("text")


def open_pathway(qtbot, win, vm, button: str = "goalPathwayButton") -> None:
    touch(qtbot, win, button)
    assert vm.screen == "pathway"
    qtbot.waitUntil(lambda: vm.pathway.state == "ready", timeout=10000)


def print_sheet(qtbot, win, vm, printed: Path) -> str:
    touch(qtbot, win, "pathwayPrintButton")
    qtbot.waitUntil(lambda: vm.printing.state == "done", timeout=15000)
    [sheet] = printed.glob("*.pdf")
    return " ".join(pdf_text(sheet).split())


def test_a_language_nothing_is_taught_in_still_gives_a_pathway_that_says_what_each_step_is_taught_in(
        qtbot, window) -> None:
    # Greek, Romanian and Spanish speakers got "Nothing in the catalogue fits" from a catalogue
    # taught in German: the language they learn best in was a filter.
    win, vm = window.window, window.kiosk
    open_discover(qtbot, win, vm)
    record_goal(qtbot, win, vm, "culture", free=True, learn="el")
    open_pathway(qtbot, win, vm)
    steps = vm.pathway.steps
    assert len(steps) == 3 and vm.pathway.complete  # another language only to make a pathway at all
    assert not item(win, "pathwayShortfall").isVisible()
    assert "taught in German" in item(win, "pathwayStepReason_0").property("text")
    assert vm.pathway.notes == ["Not enough offers are taught in Greek, so some steps are in another language."]
    assert item(win, "pathwayNotes").isVisible()
    assert item(win, "pathwayPrintButton").isVisible()


def _a_day_without(*days: dt.date) -> str:
    taken = {d.weekday() for d in days}
    return ("mon", "tue", "wed", "thu", "fri", "sat", "sun")[next(i for i in range(7) if i not in taken)]


def test_with_no_step_at_all_the_sheet_still_prints_the_near_offers_who_helps_and_the_code(
        qtbot, window, printed) -> None:
    # The German series meets on one weekday, the Greek course on another (and costs): on any
    # third day nothing fits. The citizen used to leave with nothing in hand.
    win, vm = window.window, window.kiosk
    today = dt.date.today()
    open_discover(qtbot, win, vm)
    code = record_goal(qtbot, win, vm, "learn_german", free=True,
                       days=(_a_day_without(today + dt.timedelta(days=1), today + dt.timedelta(days=3)),))
    open_pathway(qtbot, win, vm)
    assert vm.pathway.steps == [] and not vm.pathway.complete
    closest = vm.pathway.closest
    assert {c["title"] for c in closest} == {SERIES_TITLE, "Good morning: Greek for beginners"}
    assert item(win, "pathwayPrintButton").isVisible()
    text = print_sheet(qtbot, win, vm, printed)
    assert code in text and HELP in text
    assert "We could not fill a whole pathway" in text
    for c in closest:
        assert f"• {c['title']} — {c['provider']} {c['why']}" in text  # why: on the line under it


def test_an_offer_added_to_my_list_after_the_goal_becomes_a_step(qtbot, window) -> None:
    # The citizen added "Create your CV" to her list after saving her goal: the pathway stayed as it was.
    win, vm = window.window, window.kiosk
    open_discover(qtbot, win, vm)
    record_goal(qtbot, win, vm, "culture", free=True)
    open_pathway(qtbot, win, vm)
    assert SERIES_TITLE not in [s["title"] for s in vm.pathway.steps]  # off the goal's topics
    touch(qtbot, win, "pathwayFindMoreButton")
    touch(qtbot, win, "offerTile_0")
    qtbot.waitUntil(lambda: vm.details.state == "ready")
    assert vm.details.offer["title"] == SERIES_TITLE
    touch(qtbot, win, "addToPathwayButton")
    touch(qtbot, win, "basketButton")
    open_pathway(qtbot, win, vm, "basketPathwayButton")
    titles = [s["title"] for s in vm.pathway.steps]
    assert SERIES_TITLE in titles
    index = titles.index(SERIES_TITLE)
    assert item(win, f"pathwayStepTitle_{index}").property("text") == SERIES_TITLE
    assert "you chose it" in item(win, f"pathwayStepReason_{index}").property("text")
    # Taken off the list again: planned again without it.
    touch(qtbot, win, "basketButton")
    touch(qtbot, win, "basketRemove_0")
    open_pathway(qtbot, win, vm, "basketPathwayButton")
    assert SERIES_TITLE not in [s["title"] for s in vm.pathway.steps]


def test_an_offer_signed_up_for_before_the_goal_is_a_step_that_keeps_its_place(qtbot, window, printed) -> None:
    # Booked "German for women" showed "Change"; its alternative dropped it from the pathway and
    # the sheet, and met it the same morning.
    win, vm = window.window, window.kiosk
    open_discover(qtbot, win, vm)
    touch(qtbot, win, "offerTile_0")
    qtbot.waitUntil(lambda: vm.details.state == "ready")
    assert vm.details.offer["title"] == SERIES_TITLE
    touch(qtbot, win, "signUpButton")
    sign_up_without_contact(qtbot, win, vm, "Lucía")
    record_goal(qtbot, win, vm, "culture", free=True)
    open_pathway(qtbot, win, vm)
    titles = [s["title"] for s in vm.pathway.steps]
    assert SERIES_TITLE in titles  # off the goal's topics, but booked
    booked = titles.index(SERIES_TITLE)
    step = vm.pathway.steps[booked]
    assert step["status"] in ("provisional", "waitlisted") and not step["canChange"]
    assert item(win, f"pathwayBooked_{booked}").isVisible()
    assert not item(win, f"pathwaySwap_{booked}").isVisible()
    assert not item(win, f"pathwayRemove_{booked}").isVisible()
    assert vm.pathway.closest == []
    vm.pathway.remove(booked)  # even the slot refuses: the sheet must show it
    assert SERIES_TITLE in [s["title"] for s in vm.pathway.steps]

    # Another step swapped for its alternative: the booked one stays, and nothing meets it.
    other = next((i for i, s in enumerate(vm.pathway.steps) if s["alternatives"] and i != booked), None)
    assert other is not None, "no other step with alternatives: the test would prove nothing"
    touch(qtbot, win, f"pathwaySwap_{other}")
    item(win, "pathwayScroll").setProperty("contentY", item(win, f"pathwayStep_{other}").y())
    touch(qtbot, win, f"pathwayAlternative_{other}_0")
    assert SERIES_TITLE in [s["title"] for s in vm.pathway.steps]
    steps = vm.pathway._pathway.steps  # the visits behind the screen's words
    series = next(s.choice for s in steps if s.choice.title == SERIES_TITLE)
    for s in steps:
        if s.choice is not series:
            assert not any(v.starts_at < w.ends_at and w.starts_at < v.ends_at
                           for v in s.choice.visits for w in series.visits), s.choice.title
    item(win, "pathwayScroll").setProperty("contentY", 0)
    text = print_sheet(qtbot, win, vm, printed)
    assert SERIES_TITLE in text


def _count_plans(vm) -> list[int]:
    """A list that grows by one each time the pathway plans from here on."""
    planned, plan = [], vm.pathway.plan
    vm.pathway.plan = lambda: (planned.append(1), plan())[-1]
    return planned


def test_a_sign_up_for_an_offer_off_the_pathway_makes_it_a_step_planned_once(qtbot, window) -> None:
    """The sign-up changes the list and its status in two signals: one plan, not two."""
    win, vm = window.window, window.kiosk
    open_discover(qtbot, win, vm)
    record_goal(qtbot, win, vm, "culture", free=True)
    open_pathway(qtbot, win, vm)
    assert SERIES_TITLE not in [s["title"] for s in vm.pathway.steps]
    planned = _count_plans(vm)
    touch(qtbot, win, "pathwayFindMoreButton")
    touch(qtbot, win, "offerTile_0")
    qtbot.waitUntil(lambda: vm.details.state == "ready")
    assert vm.details.offer["title"] == SERIES_TITLE
    touch(qtbot, win, "signUpButton")
    sign_up_without_contact(qtbot, win, vm, "Dana")
    qtbot.waitUntil(lambda: vm.pathway.state == "ready" and SERIES_TITLE in [s["title"] for s in vm.pathway.steps],
                    timeout=15000)
    assert planned == [1]


def test_a_step_signed_up_for_on_the_pathway_can_no_longer_be_swapped_or_removed(qtbot, window) -> None:
    win, vm = window.window, window.kiosk
    open_discover(qtbot, win, vm)
    record_goal(qtbot, win, vm, "culture", free=True)
    open_pathway(qtbot, win, vm)
    steps = vm.pathway.steps
    assert item(win, "pathwayRemove_0").isVisible() and not item(win, "pathwayBooked_0").isVisible()
    planned = _count_plans(vm)
    touch(qtbot, win, "pathwaySignUp_0")
    sign_up_without_contact(qtbot, win, vm, "Dana")
    touch(qtbot, win, "signUpPathwayButton")
    qtbot.wait(50)  # the pathway looks at the changed list once the event loop is back
    assert vm.screen == "pathway" and vm.pathway.state == "ready"
    assert planned == []  # not planned afresh: the citizen's swaps stay
    assert [s["hubId"] for s in vm.pathway.steps] == [s["hubId"] for s in steps]
    assert item(win, "pathwayBooked_0").isVisible()
    assert item(win, "pathwayBooked_0").property("text") == "You are signed up for this, so it stays on your pathway."
    assert not item(win, "pathwayRemove_0").isVisible() and not item(win, "pathwaySwap_0").isVisible()
    if steps[0]["alternatives"]:
        vm.pathway.swap(0, 0)
    vm.pathway.remove(0)
    assert vm.pathway.steps[0]["hubId"] == steps[0]["hubId"]


def test_needs_nobody_can_check_are_named_on_the_screen_and_the_sheet(qtbot, window, printed) -> None:
    # "Childcare" was dropped without a word; the pathway offered "Everyday maths".
    win, vm = window.window, window.kiosk
    open_discover(qtbot, win, vm)
    record_goal(qtbot, win, vm, "culture", free=True, access=("step_free", "childcare", "sign_language"))
    open_pathway(qtbot, win, vm)
    said = ("The kiosk cannot check this for you: childcare, sign language. "
            "Please ask the provider or the help desk before you go.")
    assert item(win, "pathwayUnchecked").isVisible()
    assert item(win, "pathwayUncheckedText").property("text") == said
    assert "step-free" not in said  # a venue fact the planner did check
    assert said in print_sheet(qtbot, win, vm, printed)


def test_without_such_needs_the_screen_says_nothing_about_them(qtbot, window) -> None:
    win, vm = window.window, window.kiosk
    open_discover(qtbot, win, vm)
    record_goal(qtbot, win, vm, "culture", free=True, access=("step_free",))
    open_pathway(qtbot, win, vm)
    assert not item(win, "pathwayUnchecked").isVisible() and vm.pathway.uncheckedNeeds == ""
