"""The audit trail cannot be rewritten unnoticed (issue 12, finding 5): the database refuses SQLite's
INSERT OR REPLACE and PostgreSQL's TRUNCATE, and the hash chain (`govbot audit verify`) names the
first entry changed by someone who got past the triggers, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
import tempfile
import threading
import uuid
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from bot.cli import cli
from knowledge.inventory import audit
from knowledge.inventory.database import Database
from knowledge.inventory.models import AuditEvent
from tests.test_inventory_db import alembic


def record_some(db: Database, count: int = 4) -> list[int]:
    ids = []
    for n in range(count):
        with db.writing() as session:
            event = audit.record(session, f"user{n}", "decided", f"Tool {n}", n + 1, "pending", "approved", f"ok {n}")
            session.flush()
            ids.append(event.id)
    return ids


def verdict(db: Database) -> audit.Verdict:
    with db.reading() as session:
        return audit.verify(session)


def as_superuser(db: Database, *statements: str) -> None:
    """What someone with full rights on the database can do: lift the guards, then edit."""
    with db.engine.connect() as connection:
        if db.is_sqlite:
            for trigger in ("audit_events_no_update", "audit_events_no_delete", "audit_events_no_replace"):
                connection.execute(text(f"DROP TRIGGER IF EXISTS {trigger}"))
        else:
            connection.execute(text("ALTER TABLE audit_events DISABLE TRIGGER USER"))
        for statement in statements:
            connection.execute(text(statement))
        connection.commit()


def verify_command(db: Database, *args: str):
    env = {"GOVBOT_DATABASE_URL": db.url, "GOVBOT_DATA_DIR": tempfile.mkdtemp(prefix="govbot-audit-")}
    return CliRunner().invoke(cli, ["audit", "verify", *args], env=env, catch_exceptions=False)


def test_each_entry_follows_the_one_before_and_verify_says_the_chain_is_intact(database):
    ids = record_some(database)
    with database.reading() as session:
        events = audit.trail(session)
    assert [e.id for e in events] == ids
    assert events[0].prev_hash == audit.GENESIS
    assert [e.prev_hash for e in events[1:]] == [e.hash for e in events[:-1]]
    assert len({e.hash for e in events}) == len(events)
    found = verdict(database)
    assert found.intact and found.entries == 4 and found.head == events[-1].hash
    result = verify_command(database, "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.output) == {
        "ok": True,
        "entries": 4,
        "head": events[-1].hash,
        "broken_at": None,
        "reason": "",
    }


def test_several_entries_in_one_unit_of_work_chain_in_order(database):
    with database.writing() as session:
        for n in range(5):
            audit.record(session, "alice", "imported", f"Tool {n}")
    assert verdict(database).intact and verdict(database).entries == 5


def test_insert_or_replace_cannot_overwrite_an_entry_on_sqlite(database):
    if not database.is_sqlite:
        pytest.skip("INSERT OR REPLACE is SQLite's")
    first, *_ = record_some(database)
    with pytest.raises(DBAPIError, match="append-only"):
        with database.engine.connect() as connection:
            connection.execute(
                text(
                    "INSERT OR REPLACE INTO audit_events (id, at, actor, action, tool_name, comment, prev_hash, hash) "
                    "VALUES (:id, '2020-01-01 00:00:00', 'mallory', 'decided', 'Tool 0', 'nothing happened', '', '')"
                ),
                {"id": first},
            )
            connection.commit()
    with pytest.raises(DBAPIError, match="append-only"):
        with database.engine.connect() as connection:
            connection.execute(text("REPLACE INTO audit_events SELECT * FROM audit_events"))
            connection.commit()
    with database.reading() as session:
        assert session.get(AuditEvent, first).actor == "user0"
    assert verdict(database).intact


def test_truncate_cannot_empty_the_trail_on_postgresql(database):
    if database.is_sqlite:
        pytest.skip("SQLite has no TRUNCATE (its DELETE trigger guards DELETE FROM)")
    record_some(database)
    with pytest.raises(DBAPIError, match="append-only"):
        with database.engine.connect() as connection:
            connection.execute(text("TRUNCATE audit_events"))
            connection.commit()
    with pytest.raises(DBAPIError, match="append-only"):
        with database.engine.connect() as connection:
            connection.execute(text("TRUNCATE audit_events, tools CASCADE"))
            connection.commit()
    assert verdict(database).entries == 4


@pytest.mark.parametrize("attack", ["edit", "delete", "reorder", "forge"])
def test_a_superuser_edit_past_the_triggers_is_named_by_verify(database, attack):
    ids = record_some(database)
    target = ids[1]
    statements = {
        "edit": [f"UPDATE audit_events SET to_state = 'rejected' WHERE id = {target}"],
        "delete": [f"DELETE FROM audit_events WHERE id = {target}"],
        # Entries 2 and 3 swap places, each keeping its own (correct) hashes.
        "reorder": [
            f"UPDATE audit_events SET id = -1 WHERE id = {ids[1]}",
            f"UPDATE audit_events SET id = {ids[1]} WHERE id = {ids[2]}",
            f"UPDATE audit_events SET id = {ids[2]} WHERE id = -1",
        ],
        # An entry slipped in between, with a hash made the way the code makes them.
        "forge": [f"UPDATE audit_events SET id = id + 100 WHERE id >= {target}"],
    }[attack]
    as_superuser(database, *statements)
    if attack == "forge":
        with database.reading() as session:
            before = session.scalar(select(AuditEvent).where(AuditEvent.id == ids[0]))
            forged = AuditEvent(
                id=target,
                at=before.at,
                actor="mallory",
                action="decided",
                tool_name="Tool 9",
                comment="",
                prev_hash=before.hash,
            )
            forged.hash = audit.hash_of(forged)
        as_superuser(
            database,
            "INSERT INTO audit_events (id, at, actor, action, tool_name, comment, prev_hash, hash) "
            f"VALUES ({target}, '{before.at.isoformat()}', 'mallory', 'decided', 'Tool 9', '', "
            f"'{forged.prev_hash}', '{forged.hash}')",
        )
    expected_break = {"edit": target, "delete": ids[2], "reorder": target, "forge": target + 100}[attack]
    found = verdict(database)
    assert found.broken_at == expected_break and found.entries >= 1
    result = verify_command(database)
    assert result.exit_code == 1
    assert f"broken at entry {expected_break}:" in result.output
    reason = "content was changed" if attack == "edit" else "removed, inserted or moved"
    assert reason in result.output


def test_a_rewritten_chain_is_caught_by_the_head_noted_before(database):
    record_some(database)
    noted = verdict(database).head
    assert verify_command(database, "--head", noted).exit_code == 0
    # Someone rewrites the last entry and recomputes its hash: the chain itself is consistent again.
    with database.reading() as session:
        last = session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc())).first()
        last.comment = "nothing to see"
        rewritten = audit.hash_of(last)
    as_superuser(
        database, f"UPDATE audit_events SET comment = 'nothing to see', hash = '{rewritten}' WHERE id = {last.id}"
    )
    assert verdict(database).intact
    result = verify_command(database, "--head", noted, "--json")
    assert result.exit_code == 1
    assert json.loads(result.output)["noted_head_found"] is False


def test_entries_recorded_before_the_chain_are_chained_by_the_migration(database_url):
    db = Database(database_url)
    try:
        alembic(db, "upgrade", "0001")
        with db.engine.connect() as connection:
            for n in range(3):
                connection.execute(
                    text(
                        "INSERT INTO audit_events (at, actor, action, tool_name, comment) "
                        "VALUES (:at, :actor, 'imported', :tool, '')"
                    ),
                    {"at": f"2026-11-2{n} 10:00:00.123456", "actor": f"user{n}", "tool": f"Tool {n}"},
                )
            connection.commit()
        db.migrate()
        found = verdict(db)
        assert found.intact and found.entries == 3
        with db.reading() as session:
            assert all(len(e.hash) == 64 for e in audit.trail(session))
        record_some(db, 1)  # and the chain goes on from them
        assert verdict(db).intact and verdict(db).entries == 4
    finally:
        db.dispose()


def test_concurrent_writers_make_one_chain(database):
    """Two writers appending at once must not both follow the same entry (a fork)."""
    errors = []

    def write(who: str) -> None:
        try:
            for n in range(15):
                with database.writing() as session:
                    audit.record(session, who, "imported", f"{who} {n}")
        except Exception as error:  # reported below
            errors.append(error)

    writers = [threading.Thread(target=write, args=(who,)) for who in ("alice", "bob", "carol")]
    for writer in writers:
        writer.start()
    for writer in writers:
        writer.join()
    assert errors == []
    found = verdict(database)
    assert found.intact and found.entries == 45


def readme_role_sql() -> str:
    """The least-privilege role the README's Safety section gives for production, as written there."""
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    return readme.split("least-privilege role in production", 1)[1].split("```sql\n", 1)[1].split("```", 1)[0]


def test_the_readmes_least_privilege_role_can_append_and_read_but_never_rewrite(database, postgres_admin):
    if database.is_sqlite:
        pytest.skip("database roles are PostgreSQL's")
    record_some(database, 2)
    url = make_url(database.url)
    schema = url.query["options"].removeprefix("-csearch_path=")
    role = f"govbot_app_{uuid.uuid4().hex[:8]}"
    sql = readme_role_sql().replace("govbot_app", role).replace("SCHEMA public", f'SCHEMA "{schema}"')
    sql = sql.replace(" PASSWORD '…'", "")  # the test server trusts local connections
    with postgres_admin.connect() as connection:
        connection.execute(text(f'SET search_path TO "{schema}"'))
        code = "\n".join(line for line in sql.splitlines() if not line.lstrip().startswith("--"))
        for statement in (s.strip() for s in code.split(";")):
            if statement:
                connection.execute(text(statement))
    app = Database(url.set(username=role).render_as_string(hide_password=False))
    try:
        app.migrate()  # at the current revision: it only reads, as every start-up does
        record_some(app, 2)
        as_superuser(database)  # the owner lifted the triggers: the role's own rights still hold
        for statement in (
            "UPDATE audit_events SET actor = 'mallory'",
            "DELETE FROM audit_events",
            "TRUNCATE audit_events",
        ):
            with pytest.raises(DBAPIError, match="permission denied"):
                with app.writing() as session:
                    session.execute(text(statement))
        assert verdict(app).intact and verdict(app).entries == 4
    finally:
        app.dispose()
        with postgres_admin.connect() as connection:
            connection.execute(text(f'DROP OWNED BY "{role}"'))
            connection.execute(text(f'DROP ROLE "{role}"'))
