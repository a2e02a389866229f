"""The duty ledger: each scheduled duty's notice claimed, then marked sent, once.

Revision ID: 0004
Revises: 0002, 0003
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = ("0002", "0003")  # after the Slack tables and the audit chain: one line of history for govbot
branch_labels = None
depends_on = None

TIMESTAMP = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "duty_ledger",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("subject", sa.String(200), nullable=False),
        sa.Column("occurrence", sa.String(64), nullable=False),
        sa.Column("state", sa.String(8), nullable=False),
        sa.Column("claimed_by", sa.String(32), nullable=False),
        sa.Column("claimed_at", TIMESTAMP, nullable=False),
        sa.Column("sent_at", TIMESTAMP, nullable=True),
        sa.Column("recipient", sa.String(200), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.UniqueConstraint("kind", "subject", "occurrence", name="uq_duty_ledger_notice"),
    )


def downgrade() -> None:
    op.drop_table("duty_ledger")
