"""Question outcomes and the votes on answers; the Slack app's `answer_feedback` votes move here.

Each old vote kept the question's words but no link to what the answer was; its answer becomes an
outcome of intent "unknown", its votes votes on it, and its words are kept only where it was voted
not helpful (what outcomes keep now).

Revision ID: 0006
Revises: 0005_slack
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005_slack"
branch_labels = None
depends_on = None

TIMESTAMP = sa.DateTime(timezone=True)


def upgrade() -> None:
    outcomes = op.create_table(
        "question_outcomes",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("asked_at", TIMESTAMP, nullable=False),
        sa.Column("surface", sa.String(16), nullable=False),
        sa.Column("intent", sa.String(32), nullable=False),
        sa.Column("topic", sa.String(200), nullable=False),
        sa.Column("outcome", sa.String(16), nullable=False),
        sa.Column("confidence", sa.Float, nullable=False),
        sa.Column("tool_name", sa.String(120), nullable=True),
        sa.Column("tool_key", sa.String(120), nullable=True),
        sa.Column("asker_id", sa.String(64), nullable=True),
        sa.Column("question", sa.Text, nullable=False),
    )
    op.create_index("ix_question_outcomes_asked_at", "question_outcomes", ["asked_at"])
    op.create_index("ix_question_outcomes_tool_key", "question_outcomes", ["tool_key"])
    votes = op.create_table(
        "answer_votes",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("outcome_id", sa.Integer, sa.ForeignKey("question_outcomes.id", ondelete="CASCADE"), nullable=False),
        sa.Column("voter_id", sa.String(64), nullable=False),
        sa.Column("helpful", sa.Boolean, nullable=False),
        sa.Column("at", TIMESTAMP, nullable=False),
        sa.UniqueConstraint("outcome_id", "voter_id", name="uq_answer_votes_voter"),
    )
    move_old_votes(outcomes, votes)
    op.drop_table("answer_feedback")


def move_old_votes(outcomes: sa.Table, votes: sa.Table) -> None:
    connection = op.get_bind()
    old = sa.table(
        "answer_feedback",
        sa.column("user_id"),
        sa.column("channel"),
        sa.column("message_ts"),
        sa.column("helpful", sa.Boolean),
        sa.column("question", sa.Text),
        sa.column("at", TIMESTAMP),
    )
    by_answer: dict[tuple[str, str], list] = {}
    for row in connection.execute(sa.select(old).order_by(old.c.at)):
        by_answer.setdefault((row.channel, row.message_ts), []).append(row)
    for rows in by_answer.values():
        unhelpful = next((row.question for row in rows if not row.helpful), "")
        inserted = connection.execute(
            outcomes.insert().values(
                asked_at=rows[0].at,
                surface="slack",
                intent="unknown",
                topic="",
                outcome="answered",
                confidence=0.0,
                question=(unhelpful or "")[:300],
            )
        ).inserted_primary_key
        outcome_id = inserted[0] if inserted else None
        connection.execute(
            votes.insert(),
            [{"outcome_id": outcome_id, "voter_id": r.user_id, "helpful": r.helpful, "at": r.at} for r in rows],
        )


def downgrade() -> None:
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
    op.drop_table("answer_votes")
    op.drop_index("ix_question_outcomes_tool_key", "question_outcomes")
    op.drop_index("ix_question_outcomes_asked_at", "question_outcomes")
    op.drop_table("question_outcomes")
