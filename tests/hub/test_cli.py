"""The connect-hub command: the committed contract matches the server; kiosks and imports work."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from hub.cli import main, openapi_text

REPO = Path(__file__).resolve().parents[2]
CONTRACT = REPO / "docs" / "hub-api.openapi.json"


def test_committed_contract_matches_the_server() -> None:
    # If this fails: `connect-hub openapi > docs/hub-api.openapi.json` and review the diff.
    assert CONTRACT.read_text(encoding="utf-8") == openapi_text()


def test_contract_is_openapi_3_1_and_covers_the_issue() -> None:
    doc = json.loads(CONTRACT.read_text(encoding="utf-8"))
    assert doc["openapi"].startswith("3.1")
    assert doc["components"]["securitySchemes"]["HTTPBearer"]["scheme"] == "bearer"
    assert {"/v1/changes", "/v1/seats", "/v1/sign-ups", "/v1/sign-ups/{uuid}", "/v1/learning-goals/{uuid}",
            "/v1/heartbeat", "/p/{claim_code}"} <= set(doc["paths"])
    put = doc["paths"]["/v1/sign-ups/{uuid}"]["put"]["responses"]
    assert "application/problem+json" in put["422"]["content"]


def test_openapi_command_prints_the_contract(capsys) -> None:
    assert main(["openapi"]) == 0
    assert capsys.readouterr().out == openapi_text()


def test_kiosk_add_and_import_through_the_console_script(tmp_path) -> None:
    db = tmp_path / "hub.sqlite"
    catalogue = tmp_path / "cat.json"
    from hub.testing import sample_catalogue

    catalogue.write_text(json.dumps(sample_catalogue(offers=2)), encoding="utf-8")
    run = [sys.executable, "-c", "import sys; from hub.cli import main; sys.exit(main())", "--database", str(db)]
    added = subprocess.run([*run, "kiosk", "add", "Library Centre"], capture_output=True, text=True, check=True)
    token = added.stdout.strip()
    assert len(token) >= 40
    again = subprocess.run([*run, "kiosk", "add", "Library Centre"], capture_output=True, text=True)
    assert again.returncode == 1 and "already exists" in again.stderr
    imported = subprocess.run([*run, "import", str(catalogue)], capture_output=True, text=True, check=True)
    assert imported.stdout.startswith("4 added")
    catalogue.write_text("{broken", encoding="utf-8")
    broken = subprocess.run([*run, "import", str(catalogue)], capture_output=True, text=True)
    assert broken.returncode == 1 and "not valid JSON" in broken.stderr


def test_serve_starts_the_hub_with_one_command(tmp_path) -> None:
    import time

    import requests

    from hub.testing import free_port

    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "hub.cli", "--database", str(tmp_path / "hub.sqlite"),
                               "serve", "--port", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                answer = requests.get(f"http://127.0.0.1:{port}/v1/changes", timeout=2)
                break
            except requests.ConnectionError:
                assert server.poll() is None and time.monotonic() < deadline, "the hub did not start"
                time.sleep(0.1)
        assert answer.status_code == 401
        assert answer.headers["content-type"] == "application/problem+json"
    finally:
        server.terminate()
        server.wait(timeout=30)
