"""What the planner is asked: a learning goal's conditions, the citizen's level and the basket."""

from __future__ import annotations

from dataclasses import dataclass

AIMS = (
    "find_job", "change_job", "learn_german", "other_language", "digital",
    "help_children", "health", "culture", "community", "other",
)
# The goal flow's and the store's key for the same aim (kiosk.signup.save.AIMS).
AIM_ALIASES = {"children": "help_children"}
# Topics per aim, most important first: the first one counts most when ranking offers.
AIM_TOPICS: dict[str, tuple[str, ...]] = {
    "find_job": ("work", "digital", "reading"),
    "change_job": ("work", "digital", "making", "money"),
    "learn_german": ("language",),
    "other_language": ("language",),
    "digital": ("digital",),
    "help_children": ("family", "reading"),
    "health": ("health",),
    "culture": ("culture", "making"),
    "community": ("community", "nature"),
    "other": (),
}
# Words that make an offer fit an aim better than its topic alone ("language" also has Greek
# courses; a German learner wants German). They only raise the rank, never filter.
AIM_WORDS: dict[str, tuple[str, ...]] = {
    "learn_german": ("deutsch", "german", "daf", "integrationskurs"),
    "find_job": ("bewerbung", "application", "job", "cv"),
    "change_job": ("beruf", "career", "business", "qualification"),
}
# Offers for children alone are a step only for the aim about children: other aims are the
# citizen's own learning ("find a job" found "Homework help for schoolchildren"). Offers for
# families also serve the grown-ups (a parents' café), so for other aims they only rank lower:
# the goal does not say whether the citizen has children to bring.
CHILD_AUDIENCES = ("children",)
FAMILY_AUDIENCES = ("families",)
AIMS_WITH_CHILDREN = ("help_children",)
LEVELS = ("beginner", "intermediate", "advanced")
LEVEL_RANK = {name: rank for rank, name in enumerate(LEVELS)}  # "all" has no rank: fits anywhere
DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
TIMES_OF_DAY = {"morning": (0, 12 * 60), "afternoon": (12 * 60, 17 * 60), "evening": (17 * 60, 24 * 60)}
# Budget choices of the goal flow, as (most per offer, most for the whole pathway) in cents.
# "A small fee" is what a library's advice desk would call affordable for a few courses.
BUDGETS: dict[str, tuple[int | None, int | None]] = {
    "free": (0, 0),
    "small_fee": (2500, 6000),
    "any": (None, None),
}
ACCESS_NEEDS = ("step_free", "hearing_loop", "accessible_toilet")  # venue facts the planner checks
# Needs the goal flow offers that no catalogue record says anything about: the pathway names
# them as not checked (the citizen asks the provider), never drops them silently.
UNCHECKED_NEEDS = ("childcare", "sign_language", "easy_language")


@dataclass(frozen=True)
class PlanRequest:
    """Everything a pathway must respect. Empty tuples and None mean "no limit"."""

    aim: str = "other"
    own_words: str = ""
    level: str = "beginner"  # where the citizen starts; the goal flow asks or assumes beginner
    hours_per_week: int | None = None
    days: tuple[str, ...] = ()
    times_of_day: tuple[str, ...] = ()
    budget: str = "free"
    learn_language: str | None = None
    max_distance_km: float | None = None
    access_needs: tuple[str, ...] = ()
    basket: tuple[str, ...] = ()  # offer hub ids the citizen added, in the order added
    # Offer hub ids the citizen signed up for (provisional, confirmed or waitlisted): facts, not
    # wishes. Like basket offers they are always steps, whatever the conditions above say.
    booked: tuple[str, ...] = ()
    # (offer hub id, session hub id): the date the citizen chose for a basket or booked offer.
    sessions: tuple[tuple[str, str], ...] = ()
    unchecked_needs: tuple[str, ...] = ()  # needs from UNCHECKED_NEEDS: named, never checked

    @classmethod
    def from_goal(cls, goal, basket: tuple[str, ...] = (), level: str = "beginner", booked: tuple[str, ...] = (),
                  sessions: tuple[tuple[str, str], ...] = ()) -> PlanRequest:
        """From a stored LearningGoal (or anything with its fields), normalising loose values."""
        return cls(
            aim=_aim(goal.aim),
            own_words=goal.own_words or "",
            level=level if level in LEVEL_RANK else "beginner",
            hours_per_week=goal.hours_per_week if goal.hours_per_week and goal.hours_per_week > 0 else None,
            days=tuple(d for d in (_day(x) for x in goal.days or ()) if d),
            times_of_day=tuple(t for t in goal.times_of_day or () if t in TIMES_OF_DAY),
            budget=goal.budget if goal.budget in BUDGETS else "free",
            learn_language=goal.learn_language or None,
            max_distance_km=goal.max_distance_km if goal.max_distance_km and goal.max_distance_km > 0 else None,
            access_needs=tuple(n for n in goal.access_needs or () if n in ACCESS_NEEDS),
            basket=tuple(basket),
            booked=tuple(booked),
            sessions=tuple((offer, session) for offer, session in sessions if offer and session),
            unchecked_needs=tuple(n for n in UNCHECKED_NEEDS if n in (goal.access_needs or ())),
        )

    @property
    def own(self) -> tuple[str, ...]:
        """The citizen's own offers, booked first, then the basket in the order added."""
        return tuple(dict.fromkeys(self.booked + self.basket))

    @property
    def topics(self) -> tuple[str, ...]:
        return AIM_TOPICS.get(self.aim, ())

    @property
    def audiences_left_out(self) -> tuple[str, ...]:
        """Offer audiences that are not for this aim: children alone, unless it is about them."""
        return () if self.aim in AIMS_WITH_CHILDREN else CHILD_AUDIENCES

    @property
    def level_ranks(self) -> tuple[int, ...]:
        """Levels a step may have: the citizen's own and the next one up (a reachable climb)."""
        start = LEVEL_RANK.get(self.level, 0)
        return tuple(r for r in (start, start + 1) if r < len(LEVELS))

    @property
    def offer_cap_cents(self) -> int | None:
        return BUDGETS.get(self.budget, BUDGETS["free"])[0]

    @property
    def total_cap_cents(self) -> int | None:
        return BUDGETS.get(self.budget, BUDGETS["free"])[1]

    @property
    def instruction_languages(self) -> tuple[str, ...]:
        """Languages of instruction that suit: the one they learn best in; German courses for
        German learners are taught in German, so that is fine for them too. A preference, not a
        filter: offers taught in them rank first (kiosk.pathways.planner)."""
        if not self.learn_language:
            return ()
        if self.aim == "learn_german":
            return tuple(dict.fromkeys((self.learn_language, "de")))
        return (self.learn_language,)


def _aim(value: str) -> str:
    aim = AIM_ALIASES.get(value, value)
    return aim if aim in AIMS else "other"


def _day(value: str) -> str | None:
    key = str(value).strip().lower()[:3]
    return key if key in DAYS else None
