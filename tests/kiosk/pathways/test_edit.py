"""The citizen's changes to a planned pathway: a swap keeps the old offer as an alternative and
refuses one that clashes; a removal renumbers; both keep the steps in date order."""

from __future__ import annotations

import datetime as dt

import pytest

from kiosk.pathways.edit import Clash, remove, swap
from kiosk.pathways.model import Choice, Pathway, Step, Visit

MONDAY = dt.datetime(2026, 3, 2, 10, 0)


def choice(hub_id: str, day: int, hour: int = 10, venue: int = 1, cost: int = 0) -> Choice:
    start = MONDAY + dt.timedelta(days=day, hours=hour - 10)
    return Choice(offer_id=hash(hub_id) % 1000, offer_hub_id=hub_id, title=hub_id.title(), provider="Library",
                  level="beginner", cost_cents=cost, topics=("digital",), languages=("de",), format="in_person",
                  registration="required", visits=(Visit(f"{hub_id}:0", start, start + dt.timedelta(hours=1), venue),))


def pathway(*steps: Step) -> Pathway:
    return Pathway(steps=steps, complete=len(steps) >= 3, total_cost_cents=sum(s.choice.cost_cents for s in steps))


def test_a_swap_takes_the_alternative_keeps_the_old_offer_as_one_and_sorts_by_date() -> None:
    plan = pathway(Step(1, choice("a", 0)), Step(2, choice("b", 2), (choice("late", 5, cost=300), choice("c", 3))),
                   Step(3, choice("d", 4)))
    swapped = swap(plan, 1, 0)
    assert [s.choice.offer_hub_id for s in swapped.steps] == ["a", "d", "late"]
    assert [s.number for s in swapped.steps] == [1, 2, 3]
    assert [a.offer_hub_id for a in swapped.steps[2].alternatives] == ["b", "c"]
    assert swapped.total_cost_cents == 300
    back = swap(swapped, 2, 0)
    assert [s.choice.offer_hub_id for s in back.steps] == ["a", "b", "d"]


def test_a_swap_that_clashes_with_another_step_is_refused() -> None:
    # The alternative meets step 1 at another venue (no time to travel): it no longer fits.
    plan = pathway(Step(1, choice("a", 0)), Step(2, choice("b", 2), (choice("same-time", 0, venue=2),)))
    with pytest.raises(Clash):
        swap(plan, 1, 0)


def test_removing_a_step_renumbers_the_rest_and_is_no_shortfall() -> None:
    plan = pathway(Step(1, choice("a", 0)), Step(2, choice("b", 2)), Step(3, choice("c", 4, cost=500)))
    fewer = remove(plan, 0)
    assert [(s.number, s.choice.offer_hub_id) for s in fewer.steps] == [(1, "b"), (2, "c")]
    assert fewer.total_cost_cents == 500 and fewer.shortfall is None


def test_retitled_names_steps_and_alternatives_anew_and_keeps_the_rest() -> None:
    from kiosk.pathways.edit import retitled

    a, b, alt = choice("a", 0), choice("b", 2), choice("alt", 3)
    plan = pathway(Step(1, a), Step(2, b, (alt,)))
    renamed = retitled(plan, {a.offer_id: ("A (de)", "Bibliothek"), alt.offer_id: ("Alt (de)", "VHS")})
    assert [(s.choice.title, s.choice.provider) for s in renamed.steps] == [("A (de)", "Bibliothek"), ("B", "Library")]
    assert renamed.steps[1].alternatives[0].title == "Alt (de)"
    assert [s.choice.visits for s in renamed.steps] == [s.choice.visits for s in plan.steps]


def _builds_on(p: Pathway, hub_id: str) -> list[str]:
    step = next(s for s in p.steps if s.choice.offer_hub_id == hub_id)
    return [r.text("en") for r in step.choice.reasons if r.key == "builds_on" and r.text("en")]


def _after(prerequisite: str, number: int, hub_id: str, day: int) -> Choice:
    import dataclasses

    from kiosk.pathways.reasons import Reason

    return dataclasses.replace(choice(hub_id, day), reasons=(Reason("builds_on", {"step": number, "offer": prerequisite}),))


def test_builds_on_names_the_step_as_now_numbered_after_a_removal() -> None:
    plan = pathway(Step(1, choice("a", 0)), Step(2, choice("pc", 2)), Step(3, _after("pc", 2, "sheet", 4)))
    assert _builds_on(plan, "sheet") == ["builds on step 2"]
    fewer = remove(plan, 0)
    assert [(s.number, s.choice.offer_hub_id) for s in fewer.steps] == [(1, "pc"), (2, "sheet")]
    assert _builds_on(fewer, "sheet") == ["builds on step 1"]


def test_builds_on_goes_when_its_step_is_removed_or_swapped_away() -> None:
    plan = pathway(Step(1, choice("pc", 0), (choice("other", 1),)), Step(2, _after("pc", 1, "sheet", 4)))
    assert _builds_on(remove(plan, 0), "sheet") == []
    swapped = swap(plan, 0, 0)
    assert _builds_on(swapped, "sheet") == []
    # Swapping back brings the step, and the reason names it again.
    assert _builds_on(swap(swapped, 0, 0), "sheet") == ["builds on step 1"]


def test_builds_on_follows_a_swap_that_moves_its_step() -> None:
    # Swapping step 1 for a later offer moves the prerequisite from step 2 to step 1.
    plan = pathway(Step(1, choice("a", 0), (choice("late", 6),)), Step(2, choice("pc", 2)),
                   Step(3, _after("pc", 2, "sheet", 4)))
    swapped = swap(plan, 0, 0)
    assert [s.choice.offer_hub_id for s in swapped.steps] == ["pc", "sheet", "late"]
    assert _builds_on(swapped, "sheet") == ["builds on step 1"]
    # An alternative that builds on a step is renumbered too.
    assert all(r.params["step"] == 1 for s in swapped.steps for a in s.alternatives for r in a.reasons)


def test_a_booked_step_is_neither_swapped_nor_removed_and_no_swap_meets_it() -> None:
    from kiosk.pathways.edit import Booked

    booked = Step(1, choice("booked", 0), (), booked=True)
    other = Step(2, choice("b", 2), (choice("same-morning", 0, venue=2), choice("free-slot", 3)))
    plan = pathway(booked, other)
    with pytest.raises(Booked):
        swap(pathway(Step(1, choice("booked", 0), (choice("x", 1),), booked=True), other), 0, 0)
    with pytest.raises(Booked):
        remove(plan, 0)
    with pytest.raises(Clash):
        swap(plan, 1, 0)  # it would meet the booked course
    assert [s.choice.offer_hub_id for s in swap(plan, 1, 1).steps] == ["booked", "free-slot"]


def test_a_step_whose_sign_up_was_not_accepted_is_released_and_can_go() -> None:
    from kiosk.pathways.edit import released

    plan = pathway(Step(1, choice("booked", 0), (), booked=True), Step(2, choice("b", 2)))
    freed = released(plan, "booked")
    assert [s.booked for s in freed.steps] == [False, False]
    assert [s.choice.offer_hub_id for s in remove(freed, 0).steps] == ["b"]
