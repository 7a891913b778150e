"""Plans a learning pathway: 3–6 real, future, non-clashing steps that respect the citizen's goal."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy import Connection, text

from kiosk.pathways.candidates import (
    Candidate,
    allowed_venues,
    distance_km,
    near_misses,
    select_candidates,
    venue_facts,
    venue_fits,
)
from kiosk.pathways.model import Choice, Closest, Pathway, Step, VenueFacts, Visit
from kiosk.pathways.reasons import Reason
from kiosk.pathways.request import AIMS_WITH_CHILDREN, DAYS, FAMILY_AUDIENCES, LEVEL_RANK, TIMES_OF_DAY, PlanRequest

MIN_STEPS, MAX_STEPS = 3, 6
MAX_ALTERNATIVES = 2
MAX_DROP_IN_OPTIONS = 8
ALTERNATIVE_POOL = 60  # alternatives come from the best-scored candidates only
# Sessions at different venues need a gap to travel; at the same venue they may follow on.
TRAVEL_GAP = dt.timedelta(minutes=30)
SAME_PROVIDER_PENALTY = 1.5  # mixes providers when the next-best offer is nearly as good
SAME_TOPICS_PENALTY = 1.0  # six offers on exactly the same topics are rarely a pathway
# The language the citizen learns best in is a strong preference, not a filter: offers taught
# in it get more than the aim's main topic and a matching level add together, so they rank
# first. One in another language comes in only to make a pathway at all (while it has fewer
# than MIN_STEPS steps, _Planner.build), and says what it is taught in.
LANGUAGE_BONUS = 6.0


@dataclass
class _Plan:
    """The pathway while it is being built, with indexes that keep each fit check cheap."""

    steps: list[tuple[Candidate, tuple[Visit, ...]]] = field(default_factory=list)
    by_date: dict[dt.date, list[Visit]] = field(default_factory=dict)
    week_minutes: Counter = field(default_factory=Counter)
    cost: int = 0  # of the planner's picks: the citizen's own choices are not held to the budget
    providers: Counter = field(default_factory=Counter)
    kinds: Counter = field(default_factory=Counter)
    own: set[int] = field(default_factory=set)  # the citizen's own offers (booked, basket)

    def add(self, candidate: Candidate, visits: tuple[Visit, ...], own: bool = False) -> None:
        self.steps.append((candidate, visits))
        for v in visits:
            self.by_date.setdefault(v.starts_at.date(), []).append(v)
            self.week_minutes[_week(v)] += v.minutes
        if own:
            self.own.add(candidate.id)
        else:
            self.cost += candidate.cost_cents
        self.providers[candidate.provider_id] += 1
        self.kinds[candidate.topics] += 1

    def without(self, index: int) -> _Plan:
        rest = _Plan()
        for i, (candidate, visits) in enumerate(self.steps):
            if i != index:
                rest.add(candidate, visits, candidate.id in self.own)
        return rest

    def clashes(self, visits: tuple[Visit, ...]) -> bool:
        for v in visits:
            for other in self.by_date.get(v.starts_at.date(), ()):
                if _clash(v, other):
                    return True
            # A session past midnight could meet one on the next day.
            if v.ends_at.date() != v.starts_at.date():
                for other in self.by_date.get(v.ends_at.date(), ()):
                    if _clash(v, other):
                        return True
        return False

    def ids(self) -> set[int]:
        return {c.id for c, _ in self.steps}


def plan(
    conn: Connection,
    request: PlanRequest,
    *,
    now: dt.datetime | None = None,
    origin: tuple[float, float] | None = None,
    lang: str = "en",
    help_contact: str = "",
) -> Pathway:
    """The pathway for ``request`` as of ``now`` (same inputs, same pathway).

    ``origin`` is the kiosk's position for "near"; ``help_contact`` names the person or desk
    that helps when the catalogue cannot fill a pathway (from the kiosk's settings).
    """
    now = (now or dt.datetime.now()).replace(microsecond=0)
    candidates = select_candidates(conn, request, now, allowed_venues(conn, request, origin))
    venues = venue_facts(conn, _venue_ids(candidates))
    planner = _Planner(request, now, origin, venues, candidates)
    built = planner.build()
    ordered = sorted(built.steps, key=lambda s: (s[1][0].starts_at, s[0].hub_id))
    alternatives = planner.alternatives(built, ordered)

    left_out = planner.left_out
    closest: list[tuple[Candidate, list[Reason]]] = []
    if len(ordered) < MIN_STEPS:
        # Never the citizen's own offers: they are steps, or a note says why they cannot be.
        own = {c.id for c in candidates if c.in_basket}
        misses = near_misses(conn, request, now, built.ids() | own)
        venues.update(venue_facts(conn, _venue_ids(misses) - set(venues)))
        for c in misses:
            closest.append((c, planner.blockers(c) or [Reason("why_busy")]))
    names = _names(conn, [c.id for c, _ in ordered] + [a.id for alts in alternatives for a, _ in alts]
                   + [c.id for c, _ in closest] + [c.id for c, _ in left_out], lang)
    notes = [
        Reason("basket_left_out", {"offer": c.hub_id, "title": names[c.id][0], "why": why.key,
                                   "why_params": dict(why.params)})
        for c, why in left_out
    ]
    if request.learn_language and any(not planner.in_language(c) for c, _ in ordered if c.id not in built.own):
        notes.append(Reason("language_few", {"lang": request.learn_language}))

    step_of = {c.hub_id: i + 1 for i, (c, _) in enumerate(ordered)}
    steps = tuple(
        Step(
            number=i + 1,
            choice=planner.choice(c, visits, names, step_of),
            alternatives=tuple(planner.choice(a, v, names, step_of) for a, v in alternatives[i]),
            booked=c.hub_id in request.booked,
        )
        for i, (c, visits) in enumerate(ordered)
    )
    complete = len(steps) >= MIN_STEPS
    shortfall = None
    if not complete:
        shortfall = Reason("too_few", {"found": len(steps)}) if steps else Reason("nothing_found")
    used_venues = {v.venue_id for s in steps for ch in (s.choice, *s.alternatives) for v in ch.visits}
    return Pathway(
        steps=steps,
        complete=complete,
        notes=tuple(notes),
        shortfall=shortfall,
        closest=tuple(
            Closest(c.hub_id, names[c.id][0], names[c.id][1], tuple(why), c.id) for c, why in closest
        ),
        help=Reason("ask_help", {"contact": help_contact}) if help_contact else None,
        unchecked=(Reason("unchecked_needs", {"needs": list(request.unchecked_needs)})
                   if request.unchecked_needs else None),
        planned_at=now,
        total_cost_cents=sum(s.choice.cost_cents for s in steps),
        venues={vid: venues[vid] for vid in sorted(v for v in used_venues if v in venues)},
    )


class _Planner:
    """Scores candidates once, then adds the best one that still fits, step by step."""

    def __init__(self, request: PlanRequest, now: dt.datetime, origin, venues: dict[int, VenueFacts],
                 candidates: list[Candidate]) -> None:
        self.request, self.now, self.origin, self.venues = request, now, origin, venues
        self.by_hub_id = {c.hub_id: c for c in candidates}
        self.left_out: list[tuple[Candidate, Reason]] = []  # own offers that cannot be steps, and why
        self._venue_ok: dict[int | None, bool] = {}
        self.options = {c.id: self._options(c) for c in candidates}
        self.blocked = {c.id: self.blockers(c) for c in candidates}
        self.score = {c.id: self._score(c) for c in candidates}
        self.ranked = sorted(candidates, key=lambda c: (-self.score[c.id], c.hub_id))

    # --- what a candidate may be ----------------------------------------------------------------

    def blockers(self, c: Candidate) -> list[Reason]:
        """Hard conditions the offer breaks, whatever else is in the pathway."""
        r = self.request
        why: list[Reason] = []
        if r.offer_cap_cents is not None and c.cost_cents > r.offer_cap_cents:
            why.append(Reason("why_cost", {"cents": c.cost_cents}))
        if c.level != "all" and LEVEL_RANK.get(c.level) not in r.level_ranks:
            why.append(Reason("why_level", {"level": c.level}))
        venue = self.venues.get(c.venue_id) if c.venue_id is not None else None
        if venue is not None and not venue_fits(r, self.origin, venue):
            missing = [n for n in r.access_needs if not getattr(venue, n)]
            if missing:
                why.append(Reason("why_access", {"need": missing[0]}))
            else:
                km = distance_km(self.origin, venue)
                why.append(Reason("why_far", {"km": round(km, 1) if km is not None else 0.0}))
        if not all(p in self.by_hub_id for p in c.prerequisites):
            why.append(Reason("why_prerequisite"))
        if not c.visits:
            why.append(Reason("why_no_date"))
        elif not why and not (self.options[c.id] if c.id in self.options else self._options(c)):
            why.append(Reason("why_time"))
        return why

    def _options(self, c: Candidate) -> list[tuple[Visit, ...]]:
        """Ways to take part: one session of a drop-in offer, or a course's whole series."""
        fitting = [v for v in c.visits if self._visit_fits(v)]
        if c.registration == "drop_in":
            return [(v,) for v in fitting[:MAX_DROP_IN_OPTIONS]]
        if not c.visits or len(fitting) != len(c.visits):
            return []
        # A course lists each meeting once; two at the same time are one meeting listed twice
        # (or two groups): the citizen goes to the first.
        return [_series(c.visits)]

    def _visit_fits(self, v: Visit) -> bool:
        r = self.request
        if v.starts_at <= self.now:
            return False
        if r.days and DAYS[v.starts_at.weekday()] not in r.days:
            return False
        if r.times_of_day:
            minute = v.starts_at.hour * 60 + v.starts_at.minute
            if not any(TIMES_OF_DAY[t][0] <= minute < TIMES_OF_DAY[t][1] for t in r.times_of_day):
                return False
        if r.hours_per_week is not None and v.minutes > r.hours_per_week * 60:
            return False
        if v.venue_id not in self._venue_ok:
            venue = self.venues.get(v.venue_id) if v.venue_id is not None else None
            self._venue_ok[v.venue_id] = venue_fits(r, self.origin, venue)
        return self._venue_ok[v.venue_id]

    def _score(self, c: Candidate) -> float:
        r = self.request
        score = 10.0 if c.in_basket else 0.0
        if r.instruction_languages and self.in_language(c):
            score += LANGUAGE_BONUS
        for i, topic in enumerate(r.topics):
            if topic in c.topics:
                score += 3.0 if i == 0 else 1.0
        if c.words_match or c.aim_match:
            # Words alone are weaker evidence than the aim's topics: "phone" may be a phone number.
            score += 3.0 if not r.topics or set(r.topics) & set(c.topics) else 1.5
        score += 1.5 if c.level == r.level else 0.75 if c.level == "all" else 0.5
        if c.audience in FAMILY_AUDIENCES and r.aim not in AIMS_WITH_CHILDREN:
            score -= 2.0  # a family offer fits a parent, and the goal does not say the citizen is one
        venue = self.venues.get(c.venue_id) if c.venue_id is not None else None
        km = distance_km(self.origin, venue)
        score += 0.3 if venue is None else (1.0 / (1 + km / 2) if km is not None else 0.2)
        if venue is not None and not r.access_needs and venue.step_free:
            score += 0.2
        options = self.options.get(c.id) or []
        if options:
            days = (options[0][0].starts_at - self.now).total_seconds() / 86400
            score += max(0.0, 1 - days / 84)
        if c.cost_cents == 0 and r.budget != "free":
            score += 0.3
        return round(score, 6)  # rounded so float noise cannot reorder equal offers

    # --- building ---------------------------------------------------------------------------------

    def in_language(self, c: Candidate) -> bool:
        """Taught in a language the citizen learns well in (always so when they named none)."""
        wanted = self.request.instruction_languages
        return not wanted or bool(set(c.languages) & set(wanted))

    def build(self) -> _Plan:
        built = self.place_own()
        # An offer that fits nowhere now never will: each added step only adds limits. (Not so
        # for one whose prerequisite is still missing: that may be the next step added.)
        dead: set[int] = {c.id for c in self.ranked if self.blocked[c.id] or c.in_basket}
        while len(built.steps) < MAX_STEPS:
            best: tuple[float, Candidate, tuple[Visit, ...]] | None = None
            taken = built.ids()
            for c in self.ranked:
                if best is not None and self.score[c.id] < best[0]:
                    break  # the penalty only lowers scores, so nothing further down can win
                if c.id in taken or c.id in dead:
                    continue
                if len(built.steps) >= MIN_STEPS and not self.in_language(c):
                    continue  # another language only to make a pathway at all
                adjusted = (self.score[c.id] - SAME_PROVIDER_PENALTY * built.providers[c.provider_id]
                            - SAME_TOPICS_PENALTY * built.kinds[c.topics])
                if best is not None and adjusted <= best[0]:
                    continue
                visits = self.first_fit(c, built)
                if visits is not None:
                    best = (adjusted, c, visits)
                elif not c.prerequisites:
                    dead.add(c.id)
            if best is None:
                break
            built.add(best[1], best[2])
        return built

    def place_own(self) -> _Plan:
        """The citizen's own offers first, booked ones before the basket: each on the date they
        chose (a course from that date on), else its first date that meets no step placed
        before. The citizen's conditions (days, budget, language, distance…) are theirs to
        break; only a clash with another of their own, or no date at all, keeps one out."""
        built = _Plan()
        chosen = dict(self.request.sessions)
        for hub_id in self.request.own:
            c = self.by_hub_id.get(hub_id)
            if c is None:
                continue  # no longer in the catalogue
            options = _own_options(c, chosen.get(hub_id))
            visits = next((v for v in options if not built.clashes(v)), None)
            if visits is not None:
                built.add(c, visits, own=True)
            else:
                self.left_out.append((c, Reason("why_no_date") if not options else Reason("why_busy")))
        return built

    def first_fit(self, c: Candidate, built: _Plan) -> tuple[Visit, ...] | None:
        for visits in self.options[c.id]:
            if self.fits(c, visits, built):
                return visits
        return None

    def fits(self, c: Candidate, visits: tuple[Visit, ...], built: _Plan) -> bool:
        r = self.request
        if r.total_cap_cents is not None and built.cost + c.cost_cents > r.total_cap_cents:
            return False  # the citizen's own choices do not count: they chose them knowing the price
        if r.hours_per_week is not None:
            extra = Counter()
            for v in visits:
                extra[_week(v)] += v.minutes
            if any(built.week_minutes[w] + m > r.hours_per_week * 60 for w, m in extra.items()):
                return False
        if built.clashes(visits):
            return False
        start, rank = visits[0].starts_at, LEVEL_RANK.get(c.level)
        for other, other_visits in built.steps:
            if other.id in built.own:
                continue  # the citizen's own choice sets no level for the rest
            other_rank = LEVEL_RANK.get(other.level)
            if rank is None or other_rank is None:
                continue
            other_start = other_visits[0].starts_at
            if (other_start < start and other_rank > rank) or (other_start > start and other_rank < rank):
                return False  # levels only go up along the pathway
        for prerequisite in c.prerequisites:
            done = [v for o, v in built.steps if o.hub_id == prerequisite]
            if not done or done[0][-1].ends_at > start:
                return False
        return True

    def alternatives(self, built: _Plan, ordered) -> list[list[tuple[Candidate, tuple[Visit, ...]]]]:
        """Up to two offers per step that could replace it without breaking the rest."""
        taken = built.ids()
        used: set[int] = set()
        result = []
        for candidate, _ in ordered:
            index = next(i for i, (c, _) in enumerate(built.steps) if c.id == candidate.id)
            rest = built.without(index)
            dependants = any(candidate.hub_id in c.prerequisites for c, _ in rest.steps)
            found: list[tuple[Candidate, tuple[Visit, ...]]] = []
            # A booked step is a fact: nothing takes its place (its alternatives would meet it).
            if not dependants and candidate.hub_id not in self.request.booked:
                pool = sorted(
                    (c for c in self.ranked[:ALTERNATIVE_POOL]
                     if c.id not in taken and not self.blocked[c.id] and not c.in_basket),
                    key=lambda c: (c.id in used, -(self.score[c.id] + (2.0 if set(c.topics) & set(candidate.topics) else 0.0)), c.hub_id),
                )
                for c in pool:
                    visits = self.first_fit(c, rest)
                    if visits is not None:
                        found.append((c, visits))
                        used.add(c.id)
                        if len(found) == MAX_ALTERNATIVES:
                            break
            result.append(found)
        return result

    # --- wording ----------------------------------------------------------------------------------

    def choice(self, c: Candidate, visits: tuple[Visit, ...], names, step_of: dict[str, int]) -> Choice:
        return Choice(
            offer_id=c.id, offer_hub_id=c.hub_id, title=names[c.id][0], provider=names[c.id][1],
            level=c.level, cost_cents=c.cost_cents, topics=c.topics, languages=c.languages,
            format=c.format, registration=c.registration, visits=visits,
            reasons=tuple(self._reasons(c, visits, step_of)),
        )

    def _reasons(self, c: Candidate, visits: tuple[Visit, ...], step_of: dict[str, int]) -> list[Reason]:
        r = self.request
        out: list[Reason] = []
        if c.in_basket:
            out.append(Reason("basket"))
        matched = [t for t in r.topics if t in c.topics]
        if matched:
            out.append(Reason("topic", {"topic": matched[0]}))
        if c.words_match:  # only the citizen's own words: "German" from the aim is not what they wrote
            out.append(Reason("words"))
        out.append(Reason("level", {"level": c.level}))
        first = visits[0]
        venue = self.venues.get(first.venue_id) if first.venue_id is not None else None
        when = {"weekday": DAYS[first.starts_at.weekday()], "time": f"{first.starts_at:%H:%M}"}
        if venue is None:
            out.append(Reason("online", when))
        elif len(visits) > 1 and len({(v.starts_at.weekday(), v.starts_at.time()) for v in visits}) == 1:
            out.append(Reason("weekly", {**when, "venue": venue.name}))
        else:
            out.append(Reason("once", {**when, "venue": venue.name}))
        out.append(Reason("free") if c.cost_cents == 0 else Reason("cost", {"cents": c.cost_cents}))
        km = distance_km(self.origin, venue)
        if km is not None:
            out.append(Reason("near", {"km": round(km, 1)}))
        if venue is not None:
            out.extend(Reason("access", {"need": n}) for n in r.access_needs)
        if r.learn_language and r.learn_language in c.languages:
            out.append(Reason("language", {"lang": r.learn_language}))
        elif r.learn_language and c.languages and not self.in_language(c):
            out.append(Reason("taught_in", {"langs": list(c.languages)}))  # not theirs: say so plainly
        for prerequisite in c.prerequisites:
            if prerequisite in step_of:
                out.append(Reason("builds_on", {"step": step_of[prerequisite], "offer": prerequisite}))
        return out


def _own_options(c: Candidate, session: str | None) -> list[tuple[Visit, ...]]:
    """Ways to take part in an offer the citizen chose: the date they chose first (a course
    from that date on), then each upcoming date (a course from its first)."""
    if not c.visits:
        return []
    starts = [i for i, v in enumerate(c.visits) if v.session_hub_id == session]
    if c.registration == "drop_in":
        options = [(v,) for v in c.visits[:MAX_DROP_IN_OPTIONS]]
        return [(c.visits[starts[0]],), *options] if starts else options
    options = [_series(c.visits[starts[0]:])] if starts else []
    return options + [_series(c.visits)]


def _series(visits: list[Visit]) -> tuple[Visit, ...]:
    """A course's meetings from the first: two at the same time are one meeting listed twice."""
    series: list[Visit] = []
    for v in visits:
        if not series or v.starts_at >= series[-1].ends_at:
            series.append(v)
    return tuple(series)


def _venue_ids(candidates: list[Candidate]) -> set[int]:
    ids = {c.venue_id for c in candidates} | {v.venue_id for c in candidates for v in c.visits}
    ids.discard(None)
    return ids


def _clash(a: Visit, b: Visit) -> bool:
    gap = dt.timedelta(0) if a.venue_id == b.venue_id else TRAVEL_GAP
    return a.starts_at < b.ends_at + gap and b.starts_at < a.ends_at + gap


def _week(v: Visit) -> tuple[int, int]:
    year, week, _ = v.starts_at.isocalendar()
    return year, week


def _names(conn: Connection, offer_ids: list[int], lang: str) -> dict[int, tuple[str, str]]:
    """(title in ``lang`` or the best other language, provider name) per offer."""
    ids = sorted(set(offer_ids))
    if not ids:
        return {}
    preference = {code: rank for rank, code in enumerate(dict.fromkeys((lang, "en", "de")))}
    best: dict[int, tuple[int, str, str]] = {}
    rows = conn.execute(
        text(
            "SELECT t.offer_id, t.lang, t.title, p.name FROM offer_text t JOIN offer o ON o.id = t.offer_id "
            "JOIN provider p ON p.id = o.provider_id WHERE t.offer_id IN (SELECT value FROM json_each(:ids))"
        ),
        {"ids": json.dumps(ids)},
    )
    for offer_id, text_lang, title, provider in rows:
        score = (preference.get(text_lang, 9), text_lang)
        if offer_id not in best or score < best[offer_id][0]:
            best[offer_id] = (score, title, provider)
    return {oid: (title, provider) for oid, (_, title, provider) in best.items()}
