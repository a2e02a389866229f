"""The inventory schema: migrations from empty, and an audit trail that cannot be rewritten."""

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import delete, inspect, select, text, update
from sqlalchemy.exc import DBAPIError

from knowledge.inventory import audit
from knowledge.inventory.database import MIGRATIONS, Database
from knowledge.inventory.models import AppendOnlyError, AuditEvent

TABLES = {"tools", "registration_requests", "audit_events", "unregistered_asks", "alembic_version"}


def alembic(db: Database, verb: str, target: str) -> None:
    """Run an Alembic command on the database, the way Database.migrate() hands it a connection."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with db.engine.connect() as connection:
        config.attributes["connection"] = connection
        getattr(command, verb)(config, target)
        connection.commit()


def revision(db: Database) -> str | None:
    with db.engine.connect() as connection:
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def tables(db: Database) -> set[str]:
    return set(inspect(db.engine).get_table_names())


def test_migrating_an_empty_database_creates_the_inventory(database_url):
    db = Database(database_url)
    try:
        assert tables(db) == set()
        db.migrate()
        assert TABLES <= tables(db)
        assert revision(db) is not None
    finally:
        db.dispose()


def test_migrating_twice_changes_nothing(database):
    with database.writing() as session:
        audit.record(session, "alice", "imported", "Otter.ai")
    before = revision(database)
    database.migrate()
    assert revision(database) == before
    with database.reading() as session:
        assert [event.tool_name for event in audit.trail(session)] == ["Otter.ai"]


def test_downgrade_to_empty_and_upgrade_again(database):
    alembic(database, "downgrade", "base")
    assert tables(database) - {"alembic_version"} == set()
    database.migrate()
    assert TABLES <= tables(database)
    # The append-only triggers came back with the table.
    with database.writing() as session:
        audit.record(session, "alice", "imported", "Otter.ai")
    with pytest.raises(DBAPIError, match="append-only"):
        with database.writing() as session:
            session.execute(text("DELETE FROM audit_events"))


def test_every_migration_downgrades_and_upgrades_one_step_at_a_time(database):
    head = revision(database)
    alembic(database, "downgrade", "-1")
    alembic(database, "upgrade", "+1")
    assert revision(database) == head


@pytest.fixture
def recorded(database) -> int:
    with database.writing() as session:
        event = audit.record(session, "alice", "decided", "Otter.ai", 1, "pending", "approved", "fine")
        session.flush()
        return event.id


def test_the_orm_refuses_to_change_an_audit_event(database, recorded):
    with pytest.raises(AppendOnlyError):
        with database.writing() as session:
            session.get(AuditEvent, recorded).comment = "nothing to see here"
    with pytest.raises(AppendOnlyError):
        with database.writing() as session:
            session.delete(session.get(AuditEvent, recorded))
    with database.reading() as session:
        assert session.get(AuditEvent, recorded).comment == "fine"


def test_the_database_refuses_to_change_an_audit_event(database, recorded):
    """Bulk statements and raw SQL bypass the ORM: the triggers of the migration stop them."""
    for statement in (
        update(AuditEvent).values(comment="rewritten"),
        delete(AuditEvent),
        text("UPDATE audit_events SET actor = 'mallory'"),
        text("DELETE FROM audit_events"),
    ):
        with pytest.raises(DBAPIError, match="append-only"):
            with database.writing() as session:
                session.execute(statement)
    with database.reading() as session:
        events = session.scalars(select(AuditEvent)).all()
    assert [(e.actor, e.comment) for e in events] == [("alice", "fine")]


def test_audit_events_can_still_be_added(database, recorded):
    with database.writing() as session:
        audit.record(session, "bob", "retired", "Otter.ai", None, "approved", "retired", "replaced")
    with database.reading() as session:
        assert [e.action for e in audit.trail(session, "otter.ai")] == ["decided", "retired"]


def test_processes_starting_at_once_migrate_once(database_url):
    """Several bot replicas start together on an empty database, and each runs migrate().

    On a loaded machine a replica can be descheduled between two steps of its migration; each
    replica here starts every transaction 0.3 s late to make that happen every time. (A replica
    that committed the first migration and paused let another apply the second, then failed
    with "table deliveries already exists" re-applying it — seen once in CI.)"""
    import subprocess
    import sys

    script = (
        "import sys, time\n"
        "from sqlalchemy import event\n"
        "from sqlalchemy.engine import Engine\n"
        "event.listen(Engine, 'begin', lambda connection: time.sleep(0.3))\n"
        "from knowledge.inventory.database import Database\n"
        "Database(sys.argv[1]).migrate()\n"
    )
    replicas = [
        subprocess.Popen([sys.executable, "-c", script, database_url], stderr=subprocess.PIPE, text=True)
        for _ in range(3)
    ]
    failures = [replica.stderr.read() for replica in replicas if replica.wait(timeout=120) != 0]
    assert failures == []
    db = Database(database_url)
    try:
        assert TABLES <= tables(db) and revision(db) is not None
    finally:
        db.dispose()
