"""Opens the hub's database (SQLite by default, PostgreSQL by URL) and runs its transactions."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event, update
from sqlalchemy.orm import Session

from hub.models import Counter

MIGRATIONS = Path(__file__).with_name("migrations")


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
    """An engine for ``url``; a plain path is taken as an SQLite file."""
    if "://" not in url:
        Path(url).parent.mkdir(parents=True, exist_ok=True)
        url = f"sqlite+pysqlite:///{url}"
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url.removeprefix("postgresql://")
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False})
        event.listen(engine, "connect", _sqlite_connect)
        event.listen(engine, "begin", _sqlite_begin)
    else:
        engine = create_engine(url, pool_size=20, max_overflow=20, pool_pre_ping=True)
    return engine


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
    if current_revision(engine) == head_revision():
        return False
    command.upgrade(alembic_config(engine), "head")
    return True


class HubDb:
    """The hub's database: read transactions, and write transactions that serialise with each other."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = make_hub_engine(url)
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
