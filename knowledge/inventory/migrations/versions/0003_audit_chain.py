"""The audit trail closed further and chained: no INSERT OR REPLACE (SQLite) or TRUNCATE
(PostgreSQL) over it, and each entry's hash over its content and the hash before it
(knowledge/inventory/audit.py). Entries already recorded are chained here, in id order.

Revision ID: 0003
Revises: 0001
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

from knowledge.inventory.audit import GENESIS, entry_hash
from knowledge.inventory.models import UTCDateTime

revision = "0003"
# The inventory's own chain: an inventory database without govbot's Slack tables (0002) has it too.
down_revision = "0001"
branch_labels = None
depends_on = None

AUDIT = sa.table(
    "audit_events",
    sa.column("id", sa.Integer),
    sa.column("at", UTCDateTime()),
    sa.column("actor", sa.String),
    sa.column("action", sa.String),
    sa.column("tool_name", sa.String),
    sa.column("request_id", sa.Integer),
    sa.column("from_state", sa.String),
    sa.column("to_state", sa.String),
    sa.column("comment", sa.Text),
    sa.column("prev_hash", sa.String),
    sa.column("hash", sa.String),
)


def upgrade() -> None:
    postgresql = op.get_bind().dialect.name == "postgresql"
    op.add_column("audit_events", sa.Column("prev_hash", sa.String(64), nullable=False, server_default=""))
    op.add_column("audit_events", sa.Column("hash", sa.String(64), nullable=False, server_default=""))
    # Chaining what is there is the one update the trail ever gets: with its guard lifted meanwhile.
    if postgresql:
        op.execute("ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only")
    else:
        op.execute("DROP TRIGGER audit_events_no_update")
    connection = op.get_bind()
    previous = GENESIS
    for row in connection.execute(sa.select(AUDIT).order_by(AUDIT.c.id)).mappings().all():
        fields = {key: row[key] for key in ("at", "actor", "action", "tool_name", "request_id")}
        fields |= {key: row[key] for key in ("from_state", "to_state", "comment")}
        digest = entry_hash(previous, **fields)
        connection.execute(sa.update(AUDIT).where(AUDIT.c.id == row["id"]).values(prev_hash=previous, hash=digest))
        previous = digest
    if postgresql:
        op.execute("ALTER TABLE audit_events ENABLE TRIGGER audit_events_append_only")
        # Row triggers do not fire on TRUNCATE: a statement trigger does.
        op.execute(
            "CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events "
            "FOR EACH STATEMENT EXECUTE FUNCTION govbot_audit_append_only()"
        )
    else:
        op.execute(
            "CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events "
            "BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END"
        )
        # INSERT OR REPLACE deletes the row it replaces without firing the DELETE trigger (unless
        # recursive triggers are on): refuse the insert itself when its id is taken.
        op.execute(
            "CREATE TRIGGER audit_events_no_replace BEFORE INSERT ON audit_events "
            "WHEN NEW.id IS NOT NULL AND EXISTS (SELECT 1 FROM audit_events WHERE id = NEW.id) "
            "BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER audit_events_no_truncate ON audit_events")
    else:
        op.execute("DROP TRIGGER audit_events_no_replace")
    op.drop_column("audit_events", "hash")
    op.drop_column("audit_events", "prev_hash")
