"""Kiosk tokens from the command line: list the kiosks, replace a lost or leaked token."""

from __future__ import annotations

import hashlib

from hub.cli import main
from hub.models import Kiosk


def test_new_token_stops_the_old_one_at_once_and_the_new_one_works(hub, capsys) -> None:
    old = hub.tokens["kiosk-a"]
    c = hub.client("kiosk-a")
    assert c.get(f"{hub.url}/v1/changes", timeout=5).status_code == 200
    capsys.readouterr()
    assert main(["--database", hub.db.url, "kiosk", "new-token", "kiosk-a"]) == 0
    new = capsys.readouterr().out.strip()
    assert len(new) >= 40 and new != old
    refused = c.get(f"{hub.url}/v1/changes", timeout=5)  # the running server, the old token
    assert refused.status_code == 401 and "not known" in refused.json()["detail"]
    c.headers["Authorization"] = f"Bearer {new}"
    assert c.get(f"{hub.url}/v1/changes", timeout=5).status_code == 200
    assert c.post(f"{hub.url}/v1/heartbeat", json={"app_version": "0.1.0", "outbox_depth": 0},
                  timeout=5).status_code == 200
    b = hub.client("kiosk-b")  # the other kiosk is untouched
    assert b.get(f"{hub.url}/v1/changes", timeout=5).status_code == 200


def test_new_token_for_an_unknown_kiosk_says_how_to_list_them(hub, capsys) -> None:
    assert main(["--database", hub.db.url, "kiosk", "new-token", "kiosk-z"]) == 1
    err = capsys.readouterr().err
    assert "no kiosk named 'kiosk-z'" in err and "connect-hub kiosk list" in err


def test_kiosk_list_shows_names_and_heartbeats_but_no_tokens(hub, capsys) -> None:
    c = hub.client("kiosk-a")
    assert c.post(f"{hub.url}/v1/heartbeat", json={"app_version": "0.1.0", "outbox_depth": 0},
                  timeout=5).status_code == 200
    with hub.db.read() as s:
        seen = s.query(Kiosk).filter_by(name="kiosk-a").one().heartbeat_at
    capsys.readouterr()
    assert main(["--database", hub.db.url, "kiosk", "list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split("  ")[0] == "NAME" and "LAST HEARTBEAT" in lines[0]
    rows = {line.split()[0]: line for line in lines[1:]}
    assert set(rows) == {"kiosk-a", "kiosk-b"}
    assert seen.strftime("%Y-%m-%d %H:%M") in rows["kiosk-a"] and "0.1.0" in rows["kiosk-a"]
    assert "never" in rows["kiosk-b"]
    listed = "\n".join(lines)
    for token in hub.tokens.values():
        assert token not in listed and hashlib.sha256(token.encode()).hexdigest() not in listed


def test_kiosk_list_on_an_empty_hub_says_how_to_add_one(tmp_path, capsys) -> None:
    assert main(["--database", str(tmp_path / "hub.sqlite"), "kiosk", "list"]) == 0
    out, err = capsys.readouterr()
    assert out == "" and "connect-hub kiosk add" in err
