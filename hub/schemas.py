"""The shapes of everything a kiosk sends and the hub answers, checked strictly on the way in."""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$"
UUID_PATTERN = r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
CLAIM_CODE_PATTERN = r"^[A-Z0-9]{3,8}(-[A-Z0-9]{3,8})?$"
LANG_PATTERN = r"^[a-z]{2,3}$"


def _plain_line(value: str) -> str:
    if _CONTROL.search(value):
        raise ValueError("must be plain text on one line (no control or direction characters)")
    return value


def _plain_text(value: str) -> str:
    if _CONTROL.search(value.replace("\n", "")):
        raise ValueError("must be plain text (no control or direction characters)")
    return value


Line = Annotated[str, Field(min_length=1, max_length=100), AfterValidator(_plain_line)]
HubId = Annotated[str, Field(pattern=ID_PATTERN)]
Lang = Annotated[str, Field(pattern=LANG_PATTERN)]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class Learner(Strict):
    """Who signed up: a name or nickname and at most one way to reach them."""

    display_name: Line
    contact_kind: Literal["phone", "email", "none"] = "none"
    contact: Annotated[str, Field(max_length=200), AfterValidator(_plain_line)] | None = None
    language: Lang = "en"


class SignUpRequest(Strict):
    """A sign-up as the kiosk recorded it; the UUID in the path is the kiosk's own."""

    offer: HubId
    session: HubId | None = None
    learner: Learner
    staff_assisted: bool = False
    created_at: dt.datetime | None = None


SignUpStatus = Literal["confirmed", "waitlisted", "rejected", "cancelled"]


class SignUpAnswer(BaseModel):
    """The hub's decision on a sign-up."""

    uuid: str
    offer: str
    session: str | None
    status: SignUpStatus
    reason: str | None = Field(None, description="Why, when rejected (plain text for staff and citizens)")
    decided_at: dt.datetime
    seq: int = Field(description="Position in this kiosk's sign-up change feed")


class SignUpPage(BaseModel):
    items: list[SignUpAnswer]
    cursor: str
    more: bool


class Goal(Strict):
    aim: Annotated[str, Field(min_length=1, max_length=40, pattern=r"^[a-z_]+$")]
    own_words: Annotated[str, Field(max_length=1000), AfterValidator(_plain_text)] = ""
    hours_per_week: Annotated[int, Field(ge=0, le=80)] | None = None
    days: Annotated[list[Literal["mon", "tue", "wed", "thu", "fri", "sat", "sun"]], Field(max_length=7)] = []
    times_of_day: Annotated[list[Literal["morning", "afternoon", "evening"]], Field(max_length=3)] = []
    budget: Literal["free", "low", "any"] = "free"
    learn_language: Lang | None = None
    max_distance_km: Annotated[float, Field(ge=0, le=500)] | None = None
    access_needs: Annotated[list[Annotated[str, Field(max_length=40, pattern=r"^[a-z_]+$")]], Field(max_length=20)] = []


class PathwayStep(Strict):
    offer: HubId
    session: HubId | None = None
    note: Annotated[str, Field(max_length=300), AfterValidator(_plain_text)] = ""


class LearningGoalRequest(Strict):
    """A learning goal and its pathway, upserted by the kiosk's UUID; the claim code never changes."""

    claim_code: Annotated[str, Field(pattern=CLAIM_CODE_PATTERN)]
    language: Lang = "en"
    goal: Goal
    pathway: Annotated[list[PathwayStep], Field(max_length=40)] = []
    staff_assisted: bool = Field(False, description="Library staff entered it on the citizen's behalf (staff mode)")


class LearningGoalAnswer(BaseModel):
    uuid: str
    claim_code: str
    url: str = Field(description="The public page of this learning project (what the sheet's QR code holds)")
    updated_at: dt.datetime


class Heartbeat(Strict):
    app_version: Annotated[str, Field(min_length=1, max_length=40, pattern=r"^[A-Za-z0-9.+_-]+$")]
    last_sync: dt.datetime | None = None
    outbox_depth: Annotated[int, Field(ge=0, le=10_000_000)]
    printer_state: Literal["ready", "no_paper", "jammed", "offline", "error", "none", "unknown"] = "unknown"


class HeartbeatAnswer(BaseModel):
    server_time: dt.datetime


class ChangeItem(BaseModel):
    seq: int
    kind: Literal["provider", "venue", "offer"]
    id: str
    version: int
    deleted: bool = Field(description="A tombstone: the kiosk deletes its copy")
    record: dict[str, Any] | None = Field(
        description="The record in the connect-catalogue format (offers carry their dated sessions); null for tombstones"
    )


class ChangePage(BaseModel):
    items: list[ChangeItem]
    cursor: str = Field(description="Pass as ?after= to get the next page; store it only once the page is stored")
    more: bool


class SeatItem(BaseModel):
    seq: int
    session: str
    offer: str
    capacity: int | None = Field(description="null: no limit")
    seats_left: int | None = Field(description="null: no limit")
    open: bool = Field(description="false once the session is cancelled or removed")


class SeatPage(BaseModel):
    items: list[SeatItem]
    cursor: str
    more: bool


class Problem(BaseModel):
    """An RFC 9457 problem document."""

    type: str = "about:blank"
    title: str
    status: int
    detail: str | None = None
    instance: str | None = None
    errors: list[dict[str, Any]] | None = None
