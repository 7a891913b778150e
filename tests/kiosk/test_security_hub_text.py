"""The hub's own words (a decision's reason, a problem's detail) are outside text too: they reach
the citizen's and staff's screens as plain text."""

from __future__ import annotations

import json
import uuid

import requests

from kiosk.sync.client import _problem_detail, check_decision


def test_the_hubs_words_reach_the_screens_as_plain_text() -> None:
    """A decision's reason (shown to the citizen) and a problem's detail (shown to staff) come
    from outside: no markup, links or bidi overrides survive."""
    hostile = '<a href="http://evil.example">Full</a> \u202etxet <script>x()</script>&lt;b&gt;'
    decision = check_decision({"uuid": str(uuid.uuid4()), "status": "rejected", "reason": hostile, "seq": 1})
    assert decision.reason == "Full txet <b>"
    response = requests.Response()
    response.status_code, response._content = 422, json.dumps({"detail": hostile}).encode()
    assert _problem_detail(response) == "Full txet <b>"
    response._content = json.dumps({"detail": "<b></b>\u202e"}).encode()
    assert _problem_detail(response) == "the hub answered 422"
