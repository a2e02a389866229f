"""The inventory database: engine, units of work, migrations.

SQLite by default (a file in the data dir), PostgreSQL by URL. On SQLite, write transactions
start with BEGIN IMMEDIATE: a unit of work that reads and then writes (check for duplicates,
then insert) takes the write lock up front instead of failing when another writer got there
first; WAL mode lets reads proceed meanwhile.

A front end may keep tables of its own in the same database (the Slack app does): it declares
them with their migrations as a Schema, and the database it opens migrates INVENTORY + that.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, MetaData, create_engine, event, text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.orm import Session, sessionmaker

from knowledge.inventory.models import Base

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).resolve().parent / "migrations"  # Alembic's environment, run for every schema


@dataclass(frozen=True)
class Schema:
    """Tables, as their models' metadata, and the folders of the migrations that make them."""

    metadata: tuple[MetaData, ...]
    versions: tuple[Path, ...]

    def __add__(self, other: Schema) -> Schema:
        return Schema(self.metadata + other.metadata, self.versions + other.versions)


INVENTORY = Schema((Base.metadata,), (MIGRATIONS / "versions",))


class DatabaseError(RuntimeError):
    pass


def default_url(data_dir: Path) -> str:
    return f"sqlite:///{Path(data_dir).resolve() / 'govbot.db'}"


class Database:
    def __init__(self, url: str, schema: Schema = INVENTORY, lock_timeout: float = 30.0):
        self.url = url
        self.schema = schema
        self.lock_timeout = lock_timeout  # SQLite: seconds a write waits for another's write lock
        try:
            parsed = make_url(url)
        except Exception as error:  # ArgumentError and friends: the URL itself is malformed
            raise DatabaseError(f"GOVBOT_DATABASE_URL is not a database URL: {error}") from None
        self.is_sqlite = parsed.get_backend_name() == "sqlite"
        if self.is_sqlite and parsed.database and parsed.database != ":memory:":
            try:
                Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
            except OSError as error:
                raise DatabaseError(
                    f"cannot create the folder of {parsed.database}: {error.strerror or error}"
                ) from None
        self.engine = self._engine(url, immediate=False)
        self._writer = self._engine(url, immediate=True) if self.is_sqlite else self.engine
        self._read = sessionmaker(self.engine, expire_on_commit=False)
        self._write = sessionmaker(self._writer, expire_on_commit=False)

    def _engine(self, url: str, immediate: bool) -> Engine:
        if not self.is_sqlite:
            return create_engine(url, pool_pre_ping=True)
        engine = create_engine(url, connect_args={"timeout": self.lock_timeout, "check_same_thread": False})

        @event.listens_for(engine, "connect")
        def configure(dbapi_connection, _record):
            dbapi_connection.isolation_level = None  # SQLAlchemy issues BEGIN itself
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute(f"PRAGMA busy_timeout={int(self.lock_timeout * 1000)}")
            cursor.close()

        @event.listens_for(engine, "begin")
        def begin(connection):
            connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

        return engine

    @contextmanager
    def reading(self) -> Iterator[Session]:
        with self._read() as session:
            yield session

    @contextmanager
    def writing(self) -> Iterator[Session]:
        """One unit of work: committed at the end, rolled back on any error."""
        with self._write.begin() as session:
            yield session

    def lock_registrations(self, session: Session) -> None:
        """Serialise registrations so that two near-duplicates cannot both pass the duplicate
        check (SQLite's BEGIN IMMEDIATE already does; PostgreSQL needs a lock)."""
        if not self.is_sqlite:
            session.execute(text("SELECT pg_advisory_xact_lock(4242001)"))

    def alembic_config(self, connection: Connection) -> Config:
        """Alembic's configuration for this database's schema, run on `connection`."""
        from alembic.config import Config

        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS))
        config.set_main_option("path_separator", "os")
        locations = os.pathsep.join(str(folder) for folder in self.schema.versions)
        config.set_main_option("version_locations", locations.replace("%", "%%"))  # an ini value: % escapes
        config.attributes["target_metadata"] = list(self.schema.metadata)
        config.attributes["connection"] = connection
        return config

    def migrate(self) -> None:
        """Bring the schema to the latest migrations (creating it in an empty database)."""
        from alembic import command

        # Replicas starting together would all create the tables. Every migration runs in one
        # transaction that holds the write lock from before the version is read until the last
        # migration is committed (BEGIN IMMEDIATE on SQLite, an advisory lock on PostgreSQL): the
        # first replica in migrates and the others then find the schema current. Left to itself,
        # Alembic commits after each migration on SQLite, and a replica that read the version
        # before the first commit re-ran a migration another had just applied.
        with self._writer.connect() as connection, connection.begin():
            if not self.is_sqlite:
                connection.execute(text("SELECT pg_advisory_xact_lock(4242000)"))
            command.upgrade(self.alembic_config(connection), "heads")

    def dispose(self) -> None:
        self.engine.dispose()
        if self._writer is not self.engine:
            self._writer.dispose()
