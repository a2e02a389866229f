"""The AI incident register: incidents, and their append-only history.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

TIMESTAMP = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "incidents",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("summary", sa.Text, nullable=False),
        sa.Column("occurred", sa.String(200), nullable=False),
        sa.Column("occurred_at", TIMESTAMP),
        sa.Column("tool_name", sa.String(120), nullable=False),
        sa.Column("tool_id", sa.Integer, sa.ForeignKey("tools.id")),
        sa.Column("data_involved", sa.JSON, nullable=False),
        sa.Column("affected", sa.Text, nullable=False),
        sa.Column("actions_taken", sa.Text, nullable=False),
        sa.Column("reporter_id", sa.String(64), nullable=False),
        sa.Column("reporter_name", sa.String(200), nullable=False),
        sa.Column("severity", sa.Integer, nullable=False),
        sa.Column("triage_reasons", sa.JSON, nullable=False),
        sa.Column("next_steps", sa.JSON, nullable=False),
        sa.Column("report_due_at", TIMESTAMP, nullable=False),
        sa.Column("acknowledge_due_at", TIMESTAMP, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("assignee", sa.String(200), nullable=False),
        sa.Column("reported_at", TIMESTAMP, nullable=False),
        sa.Column("acknowledged_at", TIMESTAMP),
        sa.Column("acknowledged_by", sa.String(200)),
        sa.Column("resolved_at", TIMESTAMP),
        sa.Column("resolved_by", sa.String(200)),
        sa.Column("root_cause", sa.Text, nullable=False),
        sa.Column("submission_key", sa.String(64), nullable=False, unique=True),
        sa.Column("updated_at", TIMESTAMP, nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
    )
    op.create_index("ix_incidents_status", "incidents", ["status"])
    op.create_index("ix_incidents_reported_at", "incidents", ["reported_at"])
    op.create_table(
        "incident_events",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("incident_id", sa.Integer, sa.ForeignKey("incidents.id"), nullable=False),
        sa.Column("at", TIMESTAMP, nullable=False),
        sa.Column("actor", sa.String(200), nullable=False),
        sa.Column("action", sa.String(16), nullable=False),
        sa.Column("from_status", sa.String(16)),
        sa.Column("to_status", sa.String(16)),
        sa.Column("comment", sa.Text, nullable=False),
    )
    op.create_index("ix_incident_events_incident_id", "incident_events", ["incident_id"])
    # The history is append-only in the database too, as the audit trail is.
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "CREATE FUNCTION govbot_incident_events_append_only() RETURNS trigger AS $$ BEGIN "
            "RAISE EXCEPTION 'incident events are append-only'; END; $$ LANGUAGE plpgsql"
        )
        op.execute(
            "CREATE TRIGGER incident_events_append_only BEFORE UPDATE OR DELETE ON incident_events "
            "FOR EACH ROW EXECUTE FUNCTION govbot_incident_events_append_only()"
        )
    else:
        for verb in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER incident_events_no_{verb.lower()} BEFORE {verb} ON incident_events "
                "BEGIN SELECT RAISE(ABORT, 'incident events are append-only'); END"
            )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS incident_events_append_only ON incident_events")
        op.execute("DROP FUNCTION IF EXISTS govbot_incident_events_append_only()")
    op.drop_table("incident_events")
    op.drop_table("incidents")
