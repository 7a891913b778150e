"""Runs real servers on loopback for tests, the demo and benchmarks: the hub in a thread, and a
throwaway PostgreSQL cluster."""

from __future__ import annotations

import datetime as dt
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass
from glob import glob
from pathlib import Path

import uvicorn


@dataclass
class RunningHub:
    url: str
    server: uvicorn.Server
    thread: threading.Thread

    @property
    def port(self) -> int:
        return int(self.url.rsplit(":", 1)[1])

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


def serve_in_thread(app, host: str = "127.0.0.1", port: int = 0) -> RunningHub:
    """Serve ``app`` with uvicorn in a daemon thread; returns once it accepts connections."""
    config = uvicorn.Config(app, host=host, port=port, log_level="warning", lifespan="off",
                            ws="none", http="h11", access_log=False)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name=f"hub-{port}", daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError(f"the hub did not start on {host}:{port}")
        time.sleep(0.01)
    bound = server.servers[0].sockets[0].getsockname()[1]
    return RunningHub(f"http://{host}:{bound}", server, thread)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _pg_bin(name: str) -> str:
    found = sorted(glob(f"/usr/lib/postgresql/*/bin/{name}")) or ([shutil.which(name)] if shutil.which(name) else [])
    if not found:
        raise RuntimeError(f"PostgreSQL's {name} was not found: install the Debian package 'postgresql'")
    return found[-1]


class TemporaryPostgres:
    """A PostgreSQL cluster in a temporary folder on 127.0.0.1, started and stopped by its owner.

    PostgreSQL refuses to run as root, so as root the cluster runs as the 'postgres' system user.
    """

    def __init__(self) -> None:
        self.port = free_port()
        # As root the cluster runs as 'postgres', which must reach the folder: not under a
        # private TMPDIR such as pytest's.
        self.dir = Path(tempfile.mkdtemp(prefix="connect-pg-", dir="/tmp" if os.geteuid() == 0 else None))
        self.data = self.dir / "data"
        self._user = None
        if os.geteuid() == 0:
            self._user = pwd.getpwnam("postgres")
            os.chown(self.dir, self._user.pw_uid, self._user.pw_gid)

    def _run(self, *args: str) -> None:
        who = {"user": self._user.pw_uid, "group": self._user.pw_gid} if self._user else {}
        env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LC_ALL": "C.UTF-8", "HOME": str(self.dir)}
        subprocess.run(args, check=True, capture_output=True, env=env, cwd=self.dir, **who)

    def start(self) -> TemporaryPostgres:
        self._run(_pg_bin("initdb"), "-D", str(self.data), "-U", "hub", "--auth=trust",
                  "-E", "UTF8", "--no-sync")
        options = (f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.dir} -c fsync=off "
                   "-c max_connections=300 -c shared_buffers=64MB")
        self._run(_pg_bin("pg_ctl"), "-D", str(self.data), "-l", str(self.dir / "log"),
                  "-o", options, "-w", "-t", "60", "start")
        return self

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://hub@127.0.0.1:{self.port}/{database}"

    def create_database(self, name: str) -> str:
        import psycopg

        with psycopg.connect(f"host=127.0.0.1 port={self.port} user=hub dbname=postgres", autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def stop(self) -> None:
        try:
            self._run(_pg_bin("pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.dir, ignore_errors=True)


def sample_catalogue(offers: int = 3, capacity: int | None = 2, sessions: int = 2,
                     start: dt.datetime | None = None) -> dict:
    """A small made-up catalogue in the connect-catalogue format (dated sessions, days ahead)."""
    start = start or (dt.datetime.now() + dt.timedelta(days=3)).replace(hour=10, minute=0, second=0, microsecond=0)
    return {
        "format": "connect-catalogue/1",
        "providers": [{"id": "prov-1", "name": "Central Library", "kind": "library", "version": 1}],
        "venues": [{"id": "ven-1", "name": "Central Library, 2nd floor", "street": "Main Street 1",
                    "city": "Demo City", "district": "Centre", "lat": 50.0, "lon": 8.0,
                    "step_free": True, "version": 1}],
        "offers": [
            {
                "id": f"off-{i}", "provider": "prov-1", "venue": "ven-1",
                "title": {"en": f"Course number {i}", "de": f"Kurs Nummer {i}"},
                "description": {"en": "Learn something new with others."},
                "topics": ["digital"], "level": "beginner", "languages": ["en"],
                "cost_cents": 0, "format": "in_person", "capacity": capacity, "version": 1,
                "sessions": [
                    {"id": f"off-{i}-s{j}",
                     "starts_at": (start + dt.timedelta(days=7 * j)).isoformat(),
                     "ends_at": (start + dt.timedelta(days=7 * j, hours=2)).isoformat()}
                    for j in range(sessions)
                ],
            }
            for i in range(1, offers + 1)
        ],
    }


class LoopbackHub:
    """A real hub for tests and the demo: a database, a catalogue, kiosk tokens, HTTP on loopback."""

    def __init__(self, db, catalogue: dict | None = None, port: int = 0) -> None:
        from hub.app import create_app
        from hub.catalogue import import_catalogue

        self.db = db
        self.tokens: dict[str, str] = {}
        if catalogue is not None:
            with db.write() as s:
                import_catalogue(s, catalogue)
        self.app = create_app(db)
        self.server = serve_in_thread(self.app, port=port)

    @property
    def url(self) -> str:
        return self.server.url

    def add_kiosk(self, name: str) -> str:
        from hub.kiosks import add_kiosk

        with self.db.write() as s:
            self.tokens[name] = add_kiosk(s, name)
        return self.tokens[name]

    def client(self, kiosk: str = "kiosk-a"):
        import requests

        session = requests.Session()
        session.headers["Authorization"] = f"Bearer {self.tokens[kiosk]}"
        return session

    def stop(self) -> None:
        self.server.stop()
