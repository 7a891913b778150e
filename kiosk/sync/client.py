"""Talks to the hub over HTTPS: timeouts, verified TLS, and every answer checked before use."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

import requests
import urllib3

from kiosk.catalogue.text import plain
from kiosk.config import hub_url_problem
from kiosk.sync.backoff import parse_retry_after

JSON_TYPES = ("application/json", "application/problem+json")
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_CURSOR = re.compile(r"^[0-9]{1,18}$")
STATUSES = ("confirmed", "waitlisted", "rejected", "cancelled")


class HubError(Exception):
    """Something went wrong talking to the hub; ``str()`` is a plain reason for staff."""

    retry_after: float | None = None


class HubUnreachable(HubError):
    """No usable answer (down, timeout, 5xx, a broken or unexpected body): try again later."""

    def __init__(self, reason: str, retry_after: float | None = None) -> None:
        super().__init__(reason)
        self.retry_after = retry_after


class HubBusy(HubError):
    """The hub asked us to wait (429, 503, or 409 while an earlier try is still being processed)."""

    def __init__(self, reason: str, retry_after: float | None) -> None:
        super().__init__(reason)
        self.retry_after = retry_after


class HubUnauthorised(HubError):
    """The hub does not accept this kiosk's token: nothing can sync until staff fix it."""


class HubAddressWrong(HubError):
    """The hub's address in the settings cannot work (hub_url): nothing syncs until an operator fixes it."""


class HubRefused(HubError):
    """The hub refused this one message for good (4xx); retrying the same content will not help."""

    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status = status


@dataclass(frozen=True)
class Decision:
    uuid: str
    status: str
    reason: str | None
    decided_at: dt.datetime | None
    seq: int


@dataclass(frozen=True)
class Page:
    items: list[Any]
    cursor: str
    more: bool


def _name_unknown(exc: requests.ConnectionError) -> bool:
    """True when the hub's host name did not resolve: a typo in hub_url, or no DNS."""
    reason = getattr(exc.args[0], "reason", None) if exc.args else None
    return isinstance(reason, urllib3.exceptions.NameResolutionError)


def _dropped(exc: requests.ConnectionError) -> bool:
    """True when a connection was made but closed before any answer came."""
    return bool(exc.args) and isinstance(exc.args[0], urllib3.exceptions.ProtocolError)


def _problem_detail(response: requests.Response) -> str:
    try:
        detail = response.json().get("detail")
    except (ValueError, AttributeError):
        detail = None
    # Shown to staff: outside text, so no markup, controls or bidi overrides.
    cleaned = plain(detail[:2000], 300) if isinstance(detail, str) else ""
    return cleaned or f"the hub answered {response.status_code}"


def _naive_utc(value: Any) -> dt.datetime | None:
    if not isinstance(value, str):
        return None
    try:
        parsed = dt.datetime.fromisoformat(value)
    except ValueError:
        return None
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone(dt.UTC).replace(tzinfo=None)
    return parsed


def check_decision(data: Any) -> Decision:
    """A sign-up answer, checked; raises HubUnreachable if it is not one."""
    if (
        not isinstance(data, dict)
        or not isinstance(data.get("uuid"), str) or not _UUID.match(data["uuid"])
        or data.get("status") not in STATUSES
        or not isinstance(data.get("seq"), int) or isinstance(data.get("seq"), bool)
        or not (data.get("reason") is None or isinstance(data.get("reason"), str))
    ):
        raise HubUnreachable("the hub's answer about a sign-up is not usable")
    reason = data.get("reason")
    # Shown to the citizen: outside text, so plain (no markup, controls or bidi overrides).
    return Decision(data["uuid"], data["status"], (plain(reason[:5000], 500) or None) if reason else None,
                    _naive_utc(data.get("decided_at")), data["seq"])


def check_page(data: Any) -> Page:
    if (
        not isinstance(data, dict)
        or not isinstance(data.get("items"), list)
        or not isinstance(data.get("cursor"), str) or not _CURSOR.match(data["cursor"])
        or not isinstance(data.get("more"), bool)
    ):
        raise HubUnreachable("the hub sent a page that is not usable")
    return Page(data["items"], data["cursor"], data["more"])


class HubClient:
    """One kiosk's connection to the hub.

    ``verify_tls=False`` exists only for development against a hub with a self-signed
    certificate; the setting that turns it on says so in its name.
    """

    def __init__(self, base_url: str, token: str, *, verify_tls: bool = True,
                 connect_timeout: float = 3.05, read_timeout: float = 10.0) -> None:
        self.base_url = base_url.rstrip("/")
        # Plain http would skip TLS, and with it the certificate check: only to a hub on this
        # machine (the demo's, tests') or under the development-only setting.
        self.refusal = hub_url_problem(self.base_url, tls_check_off=not verify_tls)
        self.timeout = (connect_timeout, read_timeout)
        self.http = requests.Session()
        self.http.verify = verify_tls
        self.http.trust_env = False  # a proxy from the environment must not see kiosk traffic
        self.http.headers.update({"Authorization": f"Bearer {token}", "Accept": "application/json"})

    def close(self) -> None:
        self.http.close()

    def request(self, method: str, path: str, *, json: Any = None, params: dict[str, Any] | None = None,
                missing_ok: bool = False) -> Any:
        if self.refusal is not None:
            raise HubAddressWrong(self.refusal)
        try:
            try:
                response = self._send(method, path, json, params)
            except requests.ConnectionError as exc:
                if not _dropped(exc):
                    raise
                # The connection broke off without an answer (often a kept-alive connection the
                # hub closed a moment before): every call of the contract is safe to repeat, so
                # try once more on a fresh connection before calling the hub unreachable.
                response = self._send(method, path, json, params)
        except requests.Timeout:
            raise HubUnreachable("the hub did not answer in time") from None
        except requests.exceptions.SSLError:
            raise HubUnreachable("the hub's certificate could not be verified") from None
        except requests.ConnectionError as exc:
            if _name_unknown(exc):
                raise HubUnreachable("the hub's name could not be looked up (check hub_url, or the network)") from None
            raise HubUnreachable("the hub cannot be reached") from None
        except (requests.exceptions.InvalidURL, requests.exceptions.MissingSchema, requests.exceptions.InvalidSchema):
            raise HubAddressWrong("hub_url is not a usable address") from None
        except requests.RequestException as exc:
            raise HubUnreachable(f"the hub's answer broke off ({type(exc).__name__})") from None
        status = response.status_code
        retry_after = parse_retry_after(response.headers.get("Retry-After"))
        if status in (429, 503):
            raise HubBusy(f"the hub is busy ({status})", retry_after)
        if status == 409:
            raise HubBusy("the hub is still working on an earlier try", retry_after or 1.0)
        if status >= 500 or 300 <= status < 400:
            raise HubUnreachable(f"the hub had a problem ({status})", retry_after)
        if status in (401, 403):
            raise HubUnauthorised(_problem_detail(response))
        if status >= 400:
            raise HubRefused(status, _problem_detail(response))
        content_type = response.headers.get("Content-Type", "").split(";")[0].strip().lower()
        if content_type not in JSON_TYPES:
            raise HubUnreachable(f"the hub answered with {content_type or 'no content type'}, not JSON")
        try:
            return response.json()
        except ValueError:
            raise HubUnreachable("the hub's answer is not readable JSON") from None

    def _send(self, method: str, path: str, json: Any, params: dict[str, Any] | None) -> requests.Response:
        return self.http.request(method, self.base_url + path, json=json, params=params,
                                 timeout=self.timeout, allow_redirects=False)

    # --- the contract, one method per operation ---------------------------------------------

    def put_sign_up(self, uuid: str, payload: dict[str, Any]) -> Decision:
        decision = check_decision(self.request("PUT", f"/v1/sign-ups/{uuid}", json=payload))
        if decision.uuid != uuid:
            raise HubUnreachable("the hub answered about a different sign-up")
        return decision

    def cancel_sign_up(self, uuid: str) -> Decision:
        decision = check_decision(self.request("DELETE", f"/v1/sign-ups/{uuid}"))
        if decision.uuid != uuid:
            raise HubUnreachable("the hub answered about a different sign-up")
        return decision

    def put_learning_goal(self, uuid: str, payload: dict[str, Any]) -> dict[str, Any]:
        data = self.request("PUT", f"/v1/learning-goals/{uuid}", json=payload)
        if not isinstance(data, dict) or data.get("uuid") != uuid or not isinstance(data.get("url"), str):
            raise HubUnreachable("the hub's answer about a learning goal is not usable")
        return data

    def changes(self, after: str, limit: int = 500) -> Page:
        return check_page(self.request("GET", "/v1/changes", params={"after": after, "limit": limit}))

    def seats(self, after: str, limit: int = 1000) -> Page:
        return check_page(self.request("GET", "/v1/seats", params={"after": after, "limit": limit}))

    def decisions(self, after: str, limit: int = 500) -> Page:
        return check_page(self.request("GET", "/v1/sign-ups", params={"after": after, "limit": limit}))

    def heartbeat(self, app_version: str, last_sync: dt.datetime | None, outbox_depth: int,
                  printer_state: str) -> None:
        self.request("POST", "/v1/heartbeat", json={
            "app_version": app_version,
            "last_sync": last_sync.isoformat() if last_sync else None,
            "outbox_depth": outbox_depth,
            "printer_state": printer_state,
        })


def pathway_url(hub_url: str, claim_code: str) -> str:
    """Where a pathway sheet's QR code leads: the hub's public page for the claim code."""
    return f"{hub_url.rstrip('/')}/p/{claim_code}"
