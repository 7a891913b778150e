"""The hub's HTTP contract over real loopback HTTP, on SQLite and PostgreSQL."""

from __future__ import annotations

import threading
import uuid

import requests

PROBLEM = "application/problem+json"


def sign_up_body(offer="off-1", session="off-1-s0", name="Ana"):
    return {"offer": offer, "session": session,
            "learner": {"display_name": name, "contact_kind": "phone", "contact": "+49 170 000", "language": "de"}}


def test_requests_without_a_known_token_get_a_problem_document(hub) -> None:
    for headers in ({}, {"Authorization": "Bearer not-a-token"}, {"Authorization": "Basic eDp5"}):
        r = requests.get(f"{hub.url}/v1/changes", headers=headers, timeout=5)
        assert r.status_code == 401
        assert r.headers["content-type"] == PROBLEM
        assert r.json()["status"] == 401 and r.json()["detail"]


def test_change_feed_pages_through_everything_with_a_cursor(hub) -> None:
    c = hub.client()
    seen, cursor = [], "0"
    while True:
        page = c.get(f"{hub.url}/v1/changes", params={"after": cursor, "limit": 2}, timeout=5).json()
        seen += page["items"]
        cursor = page["cursor"]
        if not page["more"]:
            break
    kinds = [item["kind"] for item in seen]
    assert kinds == ["provider", "venue", "offer", "offer", "offer"]
    assert [i["seq"] for i in seen] == sorted(i["seq"] for i in seen)
    offer = seen[2]["record"]
    assert offer["id"] == "off-1" and offer["version"] == 1 and len(offer["sessions"]) == 2
    assert offer["sessions"][0]["seats_left"] == 2
    # Nothing new after the last cursor.
    assert c.get(f"{hub.url}/v1/changes", params={"after": cursor}, timeout=5).json()["items"] == []


def test_a_bad_cursor_or_limit_is_refused_plainly(hub) -> None:
    c = hub.client()
    for params in ({"after": "-1"}, {"after": "abc"}, {"limit": 0}, {"limit": 100000}):
        r = c.get(f"{hub.url}/v1/changes", params=params, timeout=5)
        assert r.status_code == 422 and r.headers["content-type"] == PROBLEM, params


def test_sign_up_is_decided_and_a_repeat_returns_the_first_answer(hub) -> None:
    c = hub.client()
    sid = str(uuid.uuid4())
    first = c.put(f"{hub.url}/v1/sign-ups/{sid}", json=sign_up_body(), timeout=5)
    assert first.status_code == 201 and first.json()["status"] == "confirmed"
    again = c.put(f"{hub.url}/v1/sign-ups/{sid}", json=sign_up_body(), timeout=5)
    assert again.status_code == 200 and again.json() == first.json()
    changed = c.put(f"{hub.url}/v1/sign-ups/{sid}", json=sign_up_body(name="Other"), timeout=5)
    assert changed.status_code == 422 and changed.headers["content-type"] == PROBLEM
    assert "Ana" not in changed.text and "170" not in changed.text


def test_seats_run_out_then_waitlist_and_a_cancellation_moves_the_list_up(hub) -> None:
    c = hub.client()
    ids = [str(uuid.uuid4()) for _ in range(3)]
    answers = [c.put(f"{hub.url}/v1/sign-ups/{i}", json=sign_up_body(), timeout=5).json() for i in ids]
    assert [a["status"] for a in answers] == ["confirmed", "confirmed", "waitlisted"]
    assert answers[2]["reason"]
    seats = c.get(f"{hub.url}/v1/seats", timeout=5).json()["items"]
    assert {s["session"]: s["seats_left"] for s in seats}["off-1-s0"] == 0
    cancelled = c.delete(f"{hub.url}/v1/sign-ups/{ids[0]}", timeout=5)
    assert cancelled.status_code == 200 and cancelled.json()["status"] == "cancelled"
    assert c.delete(f"{hub.url}/v1/sign-ups/{ids[0]}", timeout=5).json()["status"] == "cancelled"
    assert c.get(f"{hub.url}/v1/sign-ups/{ids[2]}", timeout=5).json()["status"] == "confirmed"
    # The decision feed tells the kiosk about the move up.
    feed = c.get(f"{hub.url}/v1/sign-ups", params={"after": answers[2]["seq"]}, timeout=5).json()
    assert {(i["uuid"], i["status"]) for i in feed["items"]} == {(ids[0], "cancelled"), (ids[2], "confirmed")}


def test_unusable_sign_ups_are_rejected_with_a_reason(hub) -> None:
    c = hub.client()
    for body in (sign_up_body(offer="nope"), sign_up_body(session="off-2-s0"), sign_up_body(session=None)):
        r = c.put(f"{hub.url}/v1/sign-ups/{uuid.uuid4()}", json=body, timeout=5)
        assert r.status_code == 201 and r.json()["status"] == "rejected" and r.json()["reason"]


def test_malformed_sign_ups_are_refused_without_echoing_personal_data(hub) -> None:
    c = hub.client()
    bad_bodies = [
        {"offer": "off-1"},
        {**sign_up_body(), "extra": 1},
        {**sign_up_body(), "learner": {"display_name": "A\u202eB"}},
        {**sign_up_body(), "learner": {"display_name": "x" * 101}},
        {**sign_up_body(), "learner": {"display_name": "Ana", "contact_kind": "pigeon"}},
        {**sign_up_body(), "offer": "<script>"},
        [1, 2, 3],
        "text",
    ]
    for body in bad_bodies:
        r = c.put(f"{hub.url}/v1/sign-ups/{uuid.uuid4()}", json=body, timeout=5)
        assert r.status_code == 422 and r.headers["content-type"] == PROBLEM, body
        assert r.json()["errors"]
    assert c.put(f"{hub.url}/v1/sign-ups/not-a-uuid", json=sign_up_body(), timeout=5).status_code == 422
    r = c.put(f"{hub.url}/v1/sign-ups/{uuid.uuid4()}", data=b"{not json", timeout=5,
              headers={"Content-Type": "application/json"})
    assert r.status_code == 422 and r.headers["content-type"] == PROBLEM
    r = c.put(f"{hub.url}/v1/sign-ups/{uuid.uuid4()}", data=b"x" * 70_000, timeout=5)
    assert r.status_code == 413 and r.headers["content-type"] == PROBLEM


def test_a_kiosk_sees_only_its_own_sign_ups(hub) -> None:
    a, b = hub.client("kiosk-a"), hub.client("kiosk-b")
    sid = str(uuid.uuid4())
    assert a.put(f"{hub.url}/v1/sign-ups/{sid}", json=sign_up_body(), timeout=5).status_code == 201
    assert b.get(f"{hub.url}/v1/sign-ups/{sid}", timeout=5).status_code == 404
    assert b.delete(f"{hub.url}/v1/sign-ups/{sid}", timeout=5).status_code == 404
    taken = b.put(f"{hub.url}/v1/sign-ups/{sid}", json=sign_up_body(), timeout=5)
    assert taken.status_code == 422 and "Ana" not in taken.text
    assert b.get(f"{hub.url}/v1/sign-ups", timeout=5).json()["items"] == []
    assert a.get(f"{hub.url}/v1/sign-ups/{sid}", timeout=5).json()["status"] == "confirmed"


def test_many_kiosks_racing_never_oversell_a_session(hub) -> None:
    tokens = [hub.add_kiosk(f"racer-{n}") for n in range(8)]
    start = threading.Barrier(len(tokens))
    results: list[str] = []

    def race(token: str) -> None:
        s = requests.Session()
        s.headers["Authorization"] = f"Bearer {token}"
        start.wait()
        for _ in range(2):
            r = s.put(f"{hub.url}/v1/sign-ups/{uuid.uuid4()}", json=sign_up_body(offer="off-3", session="off-3-s1"), timeout=30)
            results.append(r.json()["status"])

    threads = [threading.Thread(target=race, args=(t,)) for t in tokens]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(results) == ["confirmed"] * 2 + ["waitlisted"] * 14


def test_learning_goal_upsert_with_claim_code_and_its_public_page(hub) -> None:
    c = hub.client()
    gid = str(uuid.uuid4())
    body = {"claim_code": "KX7P-3MHQ", "language": "de",
            "goal": {"aim": "digital_skills", "own_words": "Meine Enkel <b>anrufen</b>", "days": ["tue"]},
            "pathway": [{"offer": "off-1", "session": "off-1-s0", "note": "Bring <glasses>"}]}
    first = c.put(f"{hub.url}/v1/learning-goals/{gid}", json=body, timeout=5)
    assert first.status_code == 201
    assert first.json()["url"] == f"{hub.url}/p/KX7P-3MHQ"
    assert c.put(f"{hub.url}/v1/learning-goals/{gid}", json=body, timeout=5).status_code == 200
    body["pathway"].append({"offer": "off-2"})
    assert c.put(f"{hub.url}/v1/learning-goals/{gid}", json=body, timeout=5).status_code == 200
    moved = c.put(f"{hub.url}/v1/learning-goals/{gid}", json={**body, "claim_code": "ZZZZ-ZZZZ"}, timeout=5)
    assert moved.status_code == 422 and moved.headers["content-type"] == PROBLEM
    clash = c.put(f"{hub.url}/v1/learning-goals/{uuid.uuid4()}", json=body, timeout=5)
    assert clash.status_code == 409

    page = requests.get(first.json()["url"].replace("KX7P", "kx7p"), timeout=5)
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    html = page.text
    assert '<html lang="de">' in html and "<script" not in html
    assert "Kurs Nummer 1" in html and "Kurs Nummer 2" in html
    assert "Bring &lt;glasses&gt;" in html
    assert "Enkel" not in html  # the citizen's own words stay private
    missing = requests.get(f"{hub.url}/p/AAAA-BBBB", timeout=5)
    assert missing.status_code == 404 and "<h1>" in missing.text


def test_heartbeat_is_recorded_for_staff(hub) -> None:
    from hub.models import Kiosk

    c = hub.client()
    r = c.post(f"{hub.url}/v1/heartbeat", json={"app_version": "0.1.0", "last_sync": "2026-11-28T10:00:00",
                                                 "outbox_depth": 3, "printer_state": "no_paper"}, timeout=5)
    assert r.status_code == 200 and r.json()["server_time"]
    with hub.db.read() as s:
        kiosk = s.query(Kiosk).filter_by(name="kiosk-a").one()
        assert (kiosk.outbox_depth, kiosk.printer_state, kiosk.app_version) == (3, "no_paper", "0.1.0")
    bad = c.post(f"{hub.url}/v1/heartbeat", json={"app_version": "x", "outbox_depth": -1}, timeout=5)
    assert bad.status_code == 422


def test_a_retry_while_the_first_request_is_in_flight_gets_409(hub) -> None:
    from hub.db import next_seq

    c = hub.client()
    sid = str(uuid.uuid4())
    first: list[requests.Response] = []
    with hub.db.write() as s:
        next_seq(s)  # hold the writers' lock: the first request waits inside the hub
        worker = threading.Thread(
            target=lambda: first.append(hub.client().put(f"{hub.url}/v1/sign-ups/{sid}", json=sign_up_body(), timeout=30)))
        worker.start()
        for _ in range(3000):  # until the first request is inside the hub
            if ("sign-up", sid) in hub.app.state.in_flight:
                break
            threading.Event().wait(0.01)
        retry = c.put(f"{hub.url}/v1/sign-ups/{sid}", json=sign_up_body(), timeout=5)
        assert retry.status_code == 409 and retry.headers["content-type"] == PROBLEM
        assert retry.headers["retry-after"] == "1"
    worker.join()
    assert first[0].status_code == 201
    assert c.put(f"{hub.url}/v1/sign-ups/{sid}", json=sign_up_body(), timeout=5).json() == first[0].json()
