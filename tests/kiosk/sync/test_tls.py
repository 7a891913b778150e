"""TLS: the kiosk verifies the hub's certificate; only the development-only setting skips that."""

from __future__ import annotations

import subprocess

import pytest
import uvicorn

from hub.app import create_app
from hub.catalogue import import_catalogue
from hub.db import HubDb
from hub.kiosks import add_kiosk
from hub.testing import free_port, sample_catalogue
from kiosk.config import Settings
from kiosk.sync.client import HubClient, HubUnreachable
from kiosk.sync.loop import SyncConfig


@pytest.fixture
def tls_hub(tmp_path):
    key, cert = tmp_path / "key.pem", tmp_path / "cert.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
                    "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
                    "-keyout", str(key), "-out", str(cert)], check=True, capture_output=True)
    db = HubDb(str(tmp_path / "hub.sqlite"))
    db.migrate()
    with db.write() as s:
        import_catalogue(s, sample_catalogue())
        token = add_kiosk(s, "kiosk-a")
    import threading
    import time

    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning",
                                           lifespan="off", ws="none", http="h11",
                                           ssl_keyfile=str(key), ssl_certfile=str(cert)))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.01)
    yield f"https://127.0.0.1:{port}", token, cert
    server.should_exit = True
    thread.join(10)
    db.dispose()


def test_a_self_signed_hub_is_refused_by_default(tls_hub) -> None:
    url, token, _ = tls_hub
    client = HubClient(url, token)
    with pytest.raises(HubUnreachable, match="certificate"):
        client.changes("0")
    client.close()


def test_the_development_only_setting_skips_verification(tls_hub) -> None:
    import warnings

    url, token, _ = tls_hub
    settings = Settings(hub_url=url, hub_token=token, hub_insecure_skip_tls_verify_for_development_only=True)
    client = SyncConfig.from_settings(settings).client()
    with warnings.catch_warnings():  # urllib3 rightly warns about unverified HTTPS
        warnings.simplefilter("ignore")
        assert client.changes("0").items
    client.close()
    assert SyncConfig.from_settings(Settings(hub_url=url, hub_token=token)).client().http.verify is True
