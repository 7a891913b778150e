"""Opens the hub's database (SQLite by default, PostgreSQL by URL) and runs its transactions."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event, update
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError
from sqlalchemy.orm import Session

from hub.models import Counter
from kiosk.paths import PRIVATE_FILE_MODE, SQLITE_SIDE_FILES, tighten

MIGRATIONS = Path(__file__).with_name("migrations")
log = logging.getLogger(__name__)

class HubDbError(Exception):
    """The hub's database cannot be opened as given; the text says why, for the operator."""


def _url(url: str) -> URL:
    """``url`` as SQLAlchemy's URL; a plain path is taken as an SQLite file."""
    if "://" not in url:
        return URL.create("sqlite+pysqlite", database=url)
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url.removeprefix("postgresql://")
    try:
        return make_url(url)
    except ArgumentError:
        raise HubDbError(f"{url.split('://', 1)[0]}://... is not a database URL this hub understands; "
                         "give an SQLite file or a URL such as postgresql://user@host/db") from None


def sqlite_file(url: URL) -> Path | None:
    """The SQLite file behind ``url``; None for another database or an in-memory one."""
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    return Path(url.database)


def shown_url(url: str) -> str:
    """Which database ``url`` names, fit for a log line: a file's full path, a URL without its password."""
    parsed = _url(url)
    path = sqlite_file(parsed)
    if path is not None:
        return str(path.resolve())
    return parsed.render_as_string(hide_password=True)


def _tighten(path: Path) -> None:
    """Remove the group's and others' rights on ``path`` (kiosk.paths.tighten), saying so when it had any."""
    try:
        mode = os.stat(path).st_mode & 0o777
    except FileNotFoundError:
        return
    if tighten(path):
        log.warning("%s could be read or changed by other users (mode %o); it is now open to its owner only (%o)",
                    path, mode, mode & 0o700)
    elif mode & 0o077:
        log.warning("%s is open to other users (mode %o) and this user may not change that; "
                    "its owner should run: chmod 600 %s", path, mode, path)


# The SQLite file holds citizens' names and contacts and the kiosks' token hashes: only the
# hub's own user may read it (the kiosk's rule for its store: kiosk.paths). SQLite gives the -wal
# and -shm files the database file's mode.
def _prepare_sqlite_file(path: Path) -> bool:
    """Create the SQLite file (mode 0600) if missing, True then; tighten it and its side files."""
    folder = path.parent
    if not folder.is_dir():
        # A typo in --database must not quietly start a second, empty hub.
        raise HubDbError(f"the folder {folder.resolve()} does not exist, so there is no hub database "
                         f"{path.name} in it; check --database for a typo, or create the folder first")
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE)
    except FileExistsError:
        created = False
    except OSError as exc:
        raise HubDbError(f"cannot create the hub database {path.resolve()}: {exc.strerror}") from None
    else:
        os.close(fd)  # an empty file is an empty SQLite database
        created = True
    for name in (path.name, *(path.name + suffix for suffix in SQLITE_SIDE_FILES)):
        _tighten(path.with_name(name))
    return created


def _sqlite_connect(dbapi_conn, _record) -> None:
    # Let SQLAlchemy's "begin" hook decide how each transaction starts (see _sqlite_begin).
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.close()


def _sqlite_begin(conn) -> None:
    # Writers take SQLite's write lock up front: two kiosks asking for the last seat are served
    # one after the other, never both from the same stale count.
    immediate = conn.get_execution_options().get("hub_write")
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def make_hub_engine(url: str) -> Engine:
    """An engine for ``url`` (a plain path is an SQLite file, see _prepare_sqlite_file)."""
    return _open(url)[0]


def _open(url: str) -> tuple[Engine, bool]:
    """The engine, and whether a new SQLite file was created for it; raises HubDbError."""
    parsed = _url(url)
    path = sqlite_file(parsed)
    created = _prepare_sqlite_file(path) if path is not None else False
    if parsed.get_backend_name() == "sqlite":
        engine = create_engine(parsed, connect_args={"check_same_thread": False})
        event.listen(engine, "connect", _sqlite_connect)
        event.listen(engine, "begin", _sqlite_begin)
    else:
        try:
            engine = create_engine(parsed, pool_size=20, max_overflow=20, pool_pre_ping=True)
        except (NoSuchModuleError, ImportError):
            raise HubDbError(f"{parsed.drivername}://... is not a database this hub can use; give an SQLite "
                             "file or a URL such as postgresql://user@host/db") from None
    return engine, created


def alembic_config(engine: Engine | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if engine is not None:
        cfg.attributes["engine"] = engine
    return cfg


def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine) -> bool:
    """Bring the hub database to the newest schema; True when something was applied."""
    head = head_revision()
    if current_revision(engine) == head:
        return False
    command.upgrade(alembic_config(engine), "head")
    log.info("database schema brought up to revision %s", head)
    return True


class HubDb:
    """The hub's database: read transactions, and write transactions that serialise with each other."""

    def __init__(self, url: str) -> None:
        self.url = url
        # created: this call made a new, empty SQLite file (worth telling an operator).
        self.engine, self.created = _open(url)
        self._writer = self.engine.execution_options(hub_write=True)

    @contextmanager
    def read(self) -> Iterator[Session]:
        with Session(self.engine, expire_on_commit=False) as session, session.begin():
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        with Session(self._writer, expire_on_commit=False) as session, session.begin():
            yield session

    def migrate(self) -> bool:
        return upgrade(self.engine)

    def dispose(self) -> None:
        self.engine.dispose()


def next_seq(session: Session) -> int:
    """Take the next change number; on PostgreSQL the row lock holds other writers until commit."""
    # Core on the session's connection: an ORM update would scan the identity map every call.
    return session.connection().execute(_NEXT_SEQ).scalar_one()


class SeqBlock:
    """Change numbers for one big write (an import): the first number takes the counter's lock,
    which the transaction keeps, so the rest can be counted locally and written once at the end."""

    def __init__(self, session: Session) -> None:
        self.session, self.last = session, None

    def __call__(self) -> int:
        if self.last is None:
            self.last = next_seq(self.session)
        else:
            self.last += 1
        return self.last

    def close(self) -> None:
        if self.last is not None:
            self.session.connection().execute(
                update(Counter.__table__).where(Counter.__table__.c.name == "seq").values(value=self.last))


_NEXT_SEQ = (
    update(Counter.__table__).where(Counter.__table__.c.name == "seq")
    .values(value=Counter.__table__.c.value + 1).returning(Counter.__table__.c.value)
)
