"""The AI tool inventory: tools, registration requests, audit events, unregistered asks.

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

TIMESTAMP = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "tools",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(120), nullable=False),
        sa.Column("name_key", sa.String(120), nullable=False, unique=True),
        sa.Column("vendor", sa.String(120), nullable=False),
        sa.Column("aliases", sa.JSON, nullable=False),
        sa.Column("url", sa.String(500), nullable=False),
        sa.Column("category", sa.String(80), nullable=False),
        sa.Column("status", sa.String(32), nullable=False),
        sa.Column("conditions", sa.Text, nullable=False),
        sa.Column("data_classification", sa.String(16), nullable=False),
        sa.Column("owner", sa.String(200), nullable=False),
        sa.Column("risk_tier", sa.String(16)),
        sa.Column("decided_at", TIMESTAMP),
        sa.Column("next_review_due", TIMESTAMP),
        sa.Column("notes", sa.Text, nullable=False),
        sa.Column("created_at", TIMESTAMP, nullable=False),
        sa.Column("updated_at", TIMESTAMP, nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
    )
    op.create_table(
        "registration_requests",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(120), nullable=False),
        sa.Column("vendor", sa.String(120), nullable=False),
        sa.Column("aliases", sa.JSON, nullable=False),
        sa.Column("url", sa.String(500), nullable=False),
        sa.Column("category", sa.String(80), nullable=False),
        sa.Column("data_classification", sa.String(16), nullable=False),
        sa.Column("owner", sa.String(200), nullable=False),
        sa.Column("requester_id", sa.String(64), nullable=False),
        sa.Column("requester_name", sa.String(200), nullable=False),
        sa.Column("purpose", sa.Text, nullable=False),
        sa.Column("teams", sa.String(300), nullable=False),
        sa.Column("user_count", sa.Integer, nullable=False),
        sa.Column("data_categories", sa.JSON, nullable=False),
        sa.Column("vendor_trains_on_data", sa.String(8), nullable=False),
        sa.Column("enterprise_agreement", sa.Boolean, nullable=False),
        sa.Column("hosting", sa.String(16), nullable=False),
        sa.Column("integrations", sa.Text, nullable=False),
        sa.Column("decisions_about_people", sa.Boolean, nullable=False),
        sa.Column("acts_without_human", sa.Boolean, nullable=False),
        sa.Column("use_areas", sa.JSON, nullable=False),
        sa.Column("details", sa.Text, nullable=False),
        sa.Column("status", sa.String(32), nullable=False),
        sa.Column("risk_tier", sa.String(16), nullable=False),
        sa.Column("risk_reasons", sa.JSON, nullable=False),
        sa.Column("checklist", sa.JSON, nullable=False),
        sa.Column("tool_id", sa.Integer, sa.ForeignKey("tools.id")),
        sa.Column("decided_by", sa.String(64)),
        sa.Column("decided_at", TIMESTAMP),
        sa.Column("decision_comment", sa.Text, nullable=False),
        sa.Column("submission_key", sa.String(64), nullable=False, unique=True),
        sa.Column("created_at", TIMESTAMP, nullable=False),
        sa.Column("updated_at", TIMESTAMP, nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
    )
    op.create_index("ix_registration_requests_status", "registration_requests", ["status"])
    op.create_index("ix_registration_requests_requester", "registration_requests", ["requester_id"])
    op.create_table(
        "audit_events",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("at", TIMESTAMP, nullable=False),
        sa.Column("actor", sa.String(200), nullable=False),
        sa.Column("action", sa.String(40), nullable=False),
        sa.Column("tool_name", sa.String(120), nullable=False),
        sa.Column("request_id", sa.Integer),
        sa.Column("from_state", sa.String(32)),
        sa.Column("to_state", sa.String(32)),
        sa.Column("comment", sa.Text, nullable=False),
    )
    op.create_index("ix_audit_events_tool_name", "audit_events", ["tool_name"])
    op.create_table(
        "unregistered_asks",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name_key", sa.String(120), nullable=False, unique=True),
        sa.Column("name", sa.String(120), nullable=False),
        sa.Column("count", sa.Integer, nullable=False),
        sa.Column("first_asked", TIMESTAMP, nullable=False),
        sa.Column("last_asked", TIMESTAMP, nullable=False),
    )
    # The audit trail is append-only in the database too, not only in the application.
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "CREATE FUNCTION govbot_audit_append_only() RETURNS trigger AS $$ BEGIN "
            "RAISE EXCEPTION 'audit events are append-only'; END; $$ LANGUAGE plpgsql"
        )
        op.execute(
            "CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events "
            "FOR EACH ROW EXECUTE FUNCTION govbot_audit_append_only()"
        )
    else:
        for verb in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER audit_events_no_{verb.lower()} BEFORE {verb} ON audit_events "
                "BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END"
            )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS audit_events_append_only ON audit_events")
        op.execute("DROP FUNCTION IF EXISTS govbot_audit_append_only()")
    op.drop_table("unregistered_asks")
    op.drop_table("audit_events")
    op.drop_table("registration_requests")
    op.drop_table("tools")
