"""The citizen's changes to a planned pathway: swap a step for one of its alternatives, or remove it."""

from __future__ import annotations

import dataclasses

from kiosk.pathways.model import Choice, Pathway, Step
from kiosk.pathways.planner import _clash
from kiosk.pathways.reasons import Reason


class Clash(ValueError):
    """The alternative meets another step of the pathway as it now is (after earlier changes)."""


class Booked(ValueError):
    """The step is one the citizen signed up for: it keeps its place on the pathway."""


def swap(pathway: Pathway, step: int, alternative: int) -> Pathway:
    """``step`` (from 0) replaced by its ``alternative``; the replaced offer becomes an
    alternative in turn, so the citizen can swap back. Raises Clash when it no longer fits
    (it meets another step, a booked one included), Booked for a step signed up for."""
    current = pathway.steps[step]
    if current.booked:
        raise Booked(current.choice.offer_hub_id)
    chosen = current.alternatives[alternative]
    others = [s.choice for i, s in enumerate(pathway.steps) if i != step]
    if any(_clash(v, w) for other in others for v in chosen.visits for w in other.visits):
        raise Clash(chosen.offer_hub_id)
    rest = tuple(a for i, a in enumerate(current.alternatives) if i != alternative)
    steps = list(pathway.steps)
    steps[step] = Step(current.number, chosen, (current.choice, *rest))
    return _renumbered(pathway, steps)


def remove(pathway: Pathway, step: int) -> Pathway:
    """The pathway without ``step`` (from 0). Fewer steps is the citizen's choice: it is not
    reported as a shortfall. Raises Booked for a step signed up for."""
    if pathway.steps[step].booked:
        raise Booked(pathway.steps[step].choice.offer_hub_id)
    return _renumbered(pathway, [s for i, s in enumerate(pathway.steps) if i != step])


def released(pathway: Pathway, offer_hub_id: str) -> Pathway:
    """The same pathway with the step for ``offer_hub_id`` no longer booked (the sign-up for it
    was not accepted after planning): the citizen may now remove it."""
    steps = tuple(dataclasses.replace(s, booked=False) if s.choice.offer_hub_id == offer_hub_id else s
                  for s in pathway.steps)
    return dataclasses.replace(pathway, steps=steps)


def _renumbered(pathway: Pathway, steps: list[Step]) -> Pathway:
    steps.sort(key=lambda s: (s.choice.first.starts_at, s.choice.offer_hub_id))
    number = {s.choice.offer_hub_id: i + 1 for i, s in enumerate(steps)}
    return dataclasses.replace(
        pathway,
        steps=tuple(dataclasses.replace(s, number=i + 1, choice=_relinked(s.choice, number),
                                        alternatives=tuple(_relinked(a, number) for a in s.alternatives))
                    for i, s in enumerate(steps)),
        total_cost_cents=sum(s.choice.cost_cents for s in steps),
    )


def _relinked(choice: Choice, number: dict[str, int]) -> Choice:
    """"Builds on step N" names the step as now shown; while that step is gone its number is None
    (the reason says nothing) and comes back when the citizen swaps the step back."""
    reasons = tuple(Reason("builds_on", {**r.params, "step": number.get(r.params["offer"])})
                    if r.key == "builds_on" and "offer" in r.params else r for r in choice.reasons)
    return dataclasses.replace(choice, reasons=reasons)


def retitled(pathway: Pathway, names: dict[int, tuple[str, str]]) -> Pathway:
    """The same pathway with offer titles and providers from ``names`` (offer id -> (title,
    provider)), e.g. in the language the citizen just switched to; unknown offers keep theirs."""
    def named(c: Choice) -> Choice:
        title, provider = names.get(c.offer_id, (c.title, c.provider))
        return dataclasses.replace(c, title=title, provider=provider)

    steps = tuple(dataclasses.replace(s, choice=named(s.choice), alternatives=tuple(named(a) for a in s.alternatives))
                  for s in pathway.steps)
    return dataclasses.replace(pathway, steps=steps)


def all_choices(pathway: Pathway) -> list[Choice]:
    """Every offer on the pathway, steps first."""
    return [s.choice for s in pathway.steps] + [a for s in pathway.steps for a in s.alternatives]
