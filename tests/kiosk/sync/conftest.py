"""Sync fixtures: a real hub on loopback (SQLite and PostgreSQL), kiosk stores in real SQLite
files, and a real fault-injecting HTTP proxy between them."""

from __future__ import annotations

import http.client
import json
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

import pytest

from kiosk.store.engine import make_engine
from kiosk.store.migrate import upgrade
from kiosk.sync.client import HubClient


@pytest.fixture
def make_store(tmp_path):
    """Real kiosk stores (migrated SQLite files), as many as a test needs."""
    engines = []

    def make(name: str = "kiosk"):
        engine = make_engine(tmp_path / f"{name}.sqlite")
        upgrade(engine)
        engines.append(engine)
        return engine

    yield make
    for engine in engines:
        engine.dispose()


@pytest.fixture
def store(make_store):
    return make_store("kiosk-a")


@pytest.fixture
def client(hub):
    c = HubClient(hub.url, hub.tokens["kiosk-a"], connect_timeout=2, read_timeout=5)
    yield c
    c.close()


class FaultProxy(ThreadingHTTPServer):
    """A real HTTP proxy on loopback that passes requests to the hub, or plays a queued fault:

    down (no answer at all), lost (the hub acts, the answer is lost), 500, 429:<seconds>,
    slow:<seconds>, truncated (body cut short), html (200 text/html), wrongtype (JSON as
    text/plain), badjson (application/json that is not JSON).
    """

    daemon_threads = True

    def __init__(self, upstream: str) -> None:
        super().__init__(("127.0.0.1", 0), _ProxyHandler)
        self.upstream = urlsplit(upstream)
        self.faults: list[str] = []
        self.always: str | None = None
        self.seen: Counter[str] = Counter()
        self.lock = threading.Lock()
        self.thread = threading.Thread(target=self.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def queue(self, *faults: str) -> None:
        with self.lock:
            self.faults.extend(faults)

    def next_fault(self) -> str | None:
        with self.lock:
            if self.faults:
                return self.faults.pop(0)
            return self.always

    def stop(self) -> None:
        self.shutdown()
        self.server_close()


class _ProxyHandler(BaseHTTPRequestHandler):
    server: FaultProxy

    def log_message(self, *args) -> None:  # quiet
        pass

    def _forward(self) -> tuple[int, list[tuple[str, str]], bytes]:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else None
        conn = http.client.HTTPConnection(self.server.upstream.hostname, self.server.upstream.port, timeout=30)
        headers = {k: v for k, v in self.headers.items() if k.lower() not in ("host", "connection")}
        conn.request(self.command, self.path, body=body, headers=headers)
        response = conn.getresponse()
        data = response.read()
        conn.close()
        return response.status, response.getheaders(), data

    def _reply(self, status: int, headers: list[tuple[str, str]], body: bytes, declared: int | None = None) -> None:
        self.send_response(status)
        for key, value in headers:
            if key.lower() not in ("content-length", "connection", "date", "server", "transfer-encoding"):
                self.send_header(key, value)
        self.send_header("Content-Length", str(declared if declared is not None else len(body)))
        self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(body)

    def _handle(self) -> None:
        fault = self.server.next_fault()
        with self.server.lock:
            self.server.seen[fault or "pass"] += 1
        kind, _, arg = (fault or "").partition(":")
        if kind == "down":
            self.close_connection = True
            return
        if kind == "lost":
            self._forward()
            self.close_connection = True
            return
        if kind == "500":
            problem = json.dumps({"title": "Internal Server Error", "status": 500}).encode()
            return self._reply(500, [("Content-Type", "application/problem+json")], problem)
        if kind == "429":
            return self._reply(429, [("Content-Type", "application/problem+json"), ("Retry-After", arg or "1")],
                               b'{"status": 429, "title": "Too Many Requests"}')
        if kind == "html":
            return self._reply(200, [("Content-Type", "text/html")], b"<html><body>Welcome to the hotel wifi</body></html>")
        if kind == "slow":
            time.sleep(float(arg or 3))
        status, headers, body = self._forward()
        if kind == "truncated":
            return self._reply(status, headers, body[: len(body) // 2], declared=len(body))
        if kind == "wrongtype":
            headers = [(k, "text/plain" if k.lower() == "content-type" else v) for k, v in headers]
        if kind == "badjson":
            body = body[: max(len(body) // 2, 1)]
        self._reply(status, headers, body)

    do_GET = do_PUT = do_POST = do_DELETE = _handle


@pytest.fixture
def proxy(hub):
    p = FaultProxy(hub.url)
    yield p
    p.stop()
