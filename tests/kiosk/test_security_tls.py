"""TLS verification of the hub is off only by the development-only setting: not by environment
variables, other setting names, a plain-http hub address, or any code path; the settings say so."""

from __future__ import annotations

import ast
import warnings
from pathlib import Path

import pytest

from kiosk.config import Settings, load_settings
from kiosk.sync.client import HubAddressWrong, HubClient, HubUnreachable
from kiosk.sync.loop import SyncConfig
from tests.kiosk.sync.test_tls import tls_hub  # noqa: F401  (a self-signed hub on loopback)

KIOSK = Path(__file__).resolve().parents[2] / "kiosk"
DEV_SETTING = "hub_insecure_skip_tls_verify_for_development_only"


def test_environment_variables_cannot_switch_verification_off(tls_hub, monkeypatch) -> None:  # noqa: F811
    url, token, cert = tls_hub
    # Each of these turns verification off or trusts another CA in some program or library.
    monkeypatch.setenv("CURL_CA_BUNDLE", "")
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(cert))
    monkeypatch.setenv("SSL_CERT_FILE", str(cert))
    monkeypatch.setenv("SSL_CERT_DIR", str(cert.parent))
    monkeypatch.setenv("PYTHONHTTPSVERIFY", "0")
    monkeypatch.setenv("HTTPS_PROXY", "http://127.0.0.1:9")  # would break it if the env were read
    client = SyncConfig.from_settings(Settings(hub_url=url, hub_token=token)).client()
    try:
        with pytest.raises(HubUnreachable, match="certificate"):
            client.changes("0")
    finally:
        client.close()


def test_only_the_development_setting_turns_it_off(tmp_path, tls_hub) -> None:  # noqa: F811
    url, token, _ = tls_hub
    cfg = tmp_path / "kiosk.toml"
    # Names an operator might guess, and the real one with a value that is not true.
    cfg.write_text(
        f'hub_url = "{url}"\nhub_token = "{token}"\nverify_tls = false\nhub_verify_tls = false\n'
        f'insecure = true\ntls_verify = false\nhub_insecure_skip_tls_verify = true\n{DEV_SETTING} = "yes"\n',
        encoding="utf-8")
    settings, problems = load_settings(cfg)
    assert settings.tls_verification_off is False
    assert f"{cfg}: {DEV_SETTING} should be bool; default kept" in problems
    assert f"{cfg}: unknown setting 'verify_tls' ignored" in problems
    client = SyncConfig.from_settings(settings).client()
    try:
        assert client.http.verify is True
        with pytest.raises(HubUnreachable, match="certificate"):
            client.changes("0")
    finally:
        client.close()

    cfg.write_text(f'hub_url = "{url}"\nhub_token = "{token}"\n{DEV_SETTING} = true\n', encoding="utf-8")
    settings, _ = load_settings(cfg)
    assert settings.tls_verification_off is True  # what the staff screen shows its warning on
    client = SyncConfig.from_settings(settings).client()
    try:
        with warnings.catch_warnings():  # urllib3 rightly warns about unverified HTTPS
            warnings.simplefilter("ignore")
            assert client.changes("0").items
    finally:
        client.close()


@pytest.mark.parametrize("url", ["http://hub.example.org", "http://10.0.0.5:8000", "ftp://hub.example.org",
                                 "hub.example.org"])
def test_a_hub_address_without_tls_is_refused_unless_on_this_machine(url) -> None:
    client = HubClient(url, "token")
    try:
        with pytest.raises(HubAddressWrong, match="must start with https://"):
            client.changes("0")
    finally:
        client.close()


@pytest.mark.parametrize("url", ["https://hub.example.org:84x0", "https://hub.example.org:99999"])
def test_a_hub_address_with_a_broken_port_says_so(url) -> None:
    client = HubClient(url, "token")
    try:
        with pytest.raises(HubAddressWrong, match="port that is not a number"):
            client.changes("0")
    finally:
        client.close()


def test_a_hub_name_that_does_not_exist_says_so() -> None:
    """.invalid never resolves (RFC 2606): the operator reads "name", not just "cannot be reached"."""
    client = HubClient("https://hub.example.invalid", "token", connect_timeout=2)
    try:
        with pytest.raises(HubUnreachable, match="name could not be looked up"):
            client.changes("0")
    finally:
        client.close()


@pytest.mark.parametrize("url", ["http://127.0.0.1:1", "http://localhost:1", "http://[::1]:1"])
def test_plain_http_to_this_machine_is_allowed(url) -> None:
    client = HubClient(url, "token", connect_timeout=0.5)
    try:
        with pytest.raises(HubUnreachable, match="cannot be reached"):  # tried, not refused
            client.changes("0")
    finally:
        client.close()


# Ways Python code turns certificate checks off.
_SWITCHES = ("CERT_NONE", "_create_unverified_context", "check_hostname", "disable_warnings",
             "InsecureRequestWarning", "PYTHONHTTPSVERIFY", "trust_env")


def test_no_code_turns_verification_off_but_the_setting() -> None:
    """The one place is HubClient(verify_tls=...), fed only by the development-only setting."""
    offences = []
    for path in sorted(KIOSK.rglob("*.py")):
        rel = path.relative_to(KIOSK).as_posix()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.keyword) and node.arg in ("verify", "verify_tls"):
                fed = ast.unparse(node.value)
                if not (rel == "sync/loop.py" and fed == "not self.insecure_skip_tls_verify_for_development_only"):
                    offences.append(f"{rel}:{node.lineno}: {node.arg}={fed}")
            elif isinstance(node, ast.Assign) and any(
                    isinstance(t, ast.Attribute) and t.attr == "verify" for t in node.targets):
                if not (rel == "sync/client.py" and ast.unparse(node.value) == "verify_tls"):
                    offences.append(f"{rel}:{node.lineno}: sets .verify = {ast.unparse(node.value)}")
            elif isinstance(node, (ast.Name, ast.Attribute, ast.Constant)):
                word = node.id if isinstance(node, ast.Name) else node.attr if isinstance(node, ast.Attribute) else node.value
                if isinstance(word, str) and word in _SWITCHES and not (rel == "sync/client.py" and word == "trust_env"):
                    offences.append(f"{rel}:{node.lineno}: {word}")
    assert offences == []


def test_the_setting_says_it_is_for_development_only() -> None:
    names = [name for name in Settings.__dataclass_fields__ if "tls" in name or "verify" in name or "insecure" in name]
    assert names == [DEV_SETTING]
    assert Settings().tls_verification_off is False
    assert Settings(**{DEV_SETTING: True}).tls_verification_off is True

