"""What a chat front end must remember: deliveries already handled, threads the bot answers in,
feedback on answers, and where each registration request was posted for review.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

TIMESTAMP = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "deliveries",
        sa.Column("key", sa.String(200), primary_key=True),
        sa.Column("received_at", TIMESTAMP, nullable=False),
    )
    op.create_table(
        "conversation_threads",
        sa.Column("channel", sa.String(64), primary_key=True),
        sa.Column("thread_ts", sa.String(64), primary_key=True),
        sa.Column("started_by", sa.String(64), nullable=False),
        sa.Column("started_at", TIMESTAMP, nullable=False),
    )
    op.create_table(
        "answer_feedback",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("user_id", sa.String(64), nullable=False),
        sa.Column("channel", sa.String(64), nullable=False),
        sa.Column("message_ts", sa.String(64), nullable=False),
        sa.Column("helpful", sa.Boolean, nullable=False),
        sa.Column("question", sa.Text, nullable=False),
        sa.Column("at", TIMESTAMP, nullable=False),
        sa.UniqueConstraint("user_id", "channel", "message_ts", name="uq_answer_feedback_vote"),
    )
    op.create_table(
        "review_posts",
        sa.Column("request_id", sa.Integer, sa.ForeignKey("registration_requests.id"), primary_key=True),
        sa.Column("channel", sa.String(64), nullable=False),
        sa.Column("ts", sa.String(64), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("review_posts")
    op.drop_table("answer_feedback")
    op.drop_table("conversation_threads")
    op.drop_table("deliveries")
