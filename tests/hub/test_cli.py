"""The connect-hub command: the committed contract matches the server; kiosks and imports work."""

from __future__ import annotations

import json
import logging
import subprocess
import sys
from pathlib import Path

import pytest

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
    assert "connect-hub kiosk new-token 'Library Centre'" in again.stderr
    imported = subprocess.run([*run, "import", str(catalogue)], capture_output=True, text=True, check=True)
    assert imported.stdout.startswith("4 added")
    catalogue.write_text("{broken", encoding="utf-8")
    broken = subprocess.run([*run, "import", str(catalogue)], capture_output=True, text=True)
    assert broken.returncode == 1 and "not valid JSON" in broken.stderr


@pytest.mark.parametrize("database_first", [True, False], ids=["database-first", "database-after-serve"])
def test_serve_starts_the_hub_with_one_command(tmp_path, database_first) -> None:
    import time

    import requests

    from hub.testing import free_port

    port = free_port()
    database = ["--database", str(tmp_path / "hub.sqlite")]
    serve = ["serve", "--port", str(port)]
    command = [*database, *serve] if database_first else [*serve, *database]
    log = (tmp_path / "serve.log").open("w")
    server = subprocess.Popen([sys.executable, "-m", "hub.cli", *command], stdout=subprocess.DEVNULL, stderr=log)
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
        log.close()
    assert f"hub database at {tmp_path / 'hub.sqlite'}" in (tmp_path / "serve.log").read_text()


def hub_cli(*args: str) -> subprocess.CompletedProcess:
    """connect-hub in its own process, as an operator runs it."""
    return subprocess.run([sys.executable, "-m", "hub.cli", *args], capture_output=True, text=True, timeout=120)


def words(text: str) -> str:
    """``text`` with argparse's line wrapping undone."""
    return " ".join(text.split())


def test_database_is_accepted_before_and_after_the_subcommand(tmp_path, capsys) -> None:
    db = str(tmp_path / "hub.sqlite")
    assert main(["--database", db, "kiosk", "add", "Before"]) == 0
    assert main(["kiosk", "add", "After", "--database", db]) == 0
    assert main(["kiosk", "--database", db, "list"]) == 0
    listed = capsys.readouterr().out
    assert "Before" in listed and "After" in listed
    # Given after the subcommand, the option wins over the one before it, as an operator expects.
    assert main(["--database", str(tmp_path / "other.sqlite"), "kiosk", "list", "--database", db]) == 0
    assert "Before" in capsys.readouterr().out


def test_serve_refuses_a_port_out_of_range_with_a_plain_error(tmp_path) -> None:
    for port in ("99999", "0", "-1", "http"):
        refused = hub_cli("--database", str(tmp_path / "hub.sqlite"), "serve", "--port", port)
        assert refused.returncode == 2, refused.stderr
        assert "argument --port" in refused.stderr and "1 to 65535" in refused.stderr
        assert "Traceback" not in refused.stderr
    assert not (tmp_path / "hub.sqlite").exists()  # refused before anything was opened


def test_help_shows_the_defaults(capsys) -> None:
    with pytest.raises(SystemExit) as done:
        main(["serve", "--help"])
    assert done.value.code == 0
    shown = words(capsys.readouterr().out)
    assert "(default: 127.0.0.1)" in shown and "(default: 8470)" in shown
    assert "--public-url URL" in shown and "(default: the address each request came in on" in shown
    assert "./hub.sqlite)" in shown
    with pytest.raises(SystemExit):
        main(["--help"])
    assert "(default: $CONNECT_HUB_DATABASE, else ./hub.sqlite)" in words(capsys.readouterr().out)


def test_commands_say_which_database_they_opened_without_alembics_chatter(tmp_path) -> None:
    db = tmp_path / "hub.sqlite"
    first = hub_cli("--database", str(db), "kiosk", "add", "Central Library")
    assert first.returncode == 0, first.stderr
    assert len(first.stdout.strip()) >= 40  # the token, alone on stdout
    assert f"created a new, empty hub database at {db}" in first.stderr
    assert "schema brought up to revision" in first.stderr
    assert "alembic" not in first.stderr and "Context impl" not in first.stderr
    again = hub_cli("--database", str(db), "kiosk", "list")
    assert again.returncode == 0
    assert again.stderr.count("hub database") == 1 and f"using the hub database {db}" in again.stderr
    assert "schema" not in again.stderr  # nothing to migrate the second time


def test_a_database_url_is_logged_without_its_password(postgres, capsys, caplog) -> None:
    caplog.set_level(logging.INFO)
    url = postgres.create_database("hub_password_shown")
    secret_url = url.replace("://hub@", "://hub:s3cret-pw@")  # the test cluster trusts every password
    assert main(["--database", secret_url, "kiosk", "add", "Central Library"]) == 0
    logged = caplog.text + capsys.readouterr().err
    assert "using the hub database postgresql+psycopg://hub:***@127.0.0.1:" in logged
    assert "s3cret-pw" not in logged


def test_a_missing_folder_is_not_created_and_is_named(tmp_path, capsys) -> None:
    typo = tmp_path / "nonexistent" / "dir" / "hub.sqlite"
    assert main(["--database", str(typo), "kiosk", "add", "Central Library"]) == 1
    err = capsys.readouterr().err
    assert f"the folder {typo.parent} does not exist" in err and "--database" in err
    assert not (tmp_path / "nonexistent").exists()
    assert main(["--database", f"sqlite:///{typo}", "kiosk", "list"]) == 1  # the same as a URL
    assert not (tmp_path / "nonexistent").exists()


def test_an_unreachable_database_is_a_plain_error_without_the_password(capsys) -> None:
    from hub.testing import free_port

    url = f"postgresql://hub:s3cret-pw@127.0.0.1:{free_port()}/hub"  # nothing listens there
    assert main(["kiosk", "list", "--database", url]) == 1
    err = capsys.readouterr().err
    assert err.startswith("connect-hub: cannot open the hub database postgresql+psycopg://hub:***@127.0.0.1:")
    assert "s3cret-pw" not in err and "Traceback" not in err
