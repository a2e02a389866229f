"""What govbot keeps of the questions people ask (knowledge/questions/), on SQLite and PostgreSQL:
the minimum, one vote per person per answer, and the votes of the Slack app's old feedback table
moved over by the migration."""

import pytest
from alembic import command
from sqlalchemy import select, text

from bot.wiring import GovbotDatabase
from knowledge.questions.models import KEPT_QUESTION_CHARS, AnswerVote, QuestionOutcome
from knowledge.questions.outcomes import record_outcome, record_vote
from tests.slack.test_store import at_once


@pytest.fixture
def database_class():
    return GovbotDatabase


def ask(db, question="what is on the canteen menu?", answered=False, intent="policy_question", tool=None):
    return record_outcome(
        db,
        surface="slack",
        intent=intent,
        topic="AI Acceptable Use Policy, 3.5 Common data types",
        answered=answered,
        confidence=0.31,
        question=question,
        asker_id="U0ADA",
        unregistered_tool=tool,
    )


def outcome(db, outcome_id) -> QuestionOutcome:
    with db.reading() as session:
        return session.get(QuestionOutcome, outcome_id)


def test_an_answered_question_keeps_neither_its_words_nor_who_asked(database):
    kept = outcome(database, ask(database, "can I put customer data into Claude?", answered=True))
    assert (kept.outcome, kept.question, kept.asker_id, kept.tool_name) == ("answered", "", None, None)
    assert kept.topic == "AI Acceptable Use Policy, 3.5 Common data types" and kept.confidence == 0.31


def test_a_refused_question_keeps_its_words_clipped(database):
    long = "what is on the canteen menu " + "and more " * 100
    kept = outcome(database, ask(database, long))
    assert kept.outcome == "refused" and kept.question == " ".join(long.split())[:KEPT_QUESTION_CHARS]


def test_an_incident_never_keeps_its_words_even_refused_or_voted_down(database):
    leaked = "I pasted the prod password hunter2 into ChatGPT"
    outcome_id = ask(database, leaked, intent="incident")
    assert record_vote(database, outcome_id, "U0ADA", helpful=False, question=leaked)
    assert outcome(database, outcome_id).question == ""


def test_an_unregistered_tool_keeps_its_name_and_who_asked(database):
    kept = outcome(database, ask(database, "is <!channel> Jasper ok?", answered=True, tool="  Jasper <script>  "))
    assert (kept.tool_name, kept.tool_key, kept.asker_id) == ("Jasper <script>", "jasper script", "U0ADA")


def test_a_double_click_is_one_vote_voting_again_changes_it_and_not_helpful_keeps_the_words(database):
    outcome_id = ask(database, "is otter ok?", answered=True)
    assert at_once(6, lambda: record_vote(database, outcome_id, "U1", True, "is otter ok?")) == [True] * 6
    record_vote(database, outcome_id, "U1", False, "is otter ok?")
    record_vote(database, outcome_id, "U2", True, "is otter ok?")
    with database.reading() as session:
        votes = sorted((v.voter_id, v.helpful) for v in session.scalars(select(AnswerVote)))
    assert votes == [("U1", False), ("U2", True)]
    assert outcome(database, outcome_id).question == "is otter ok?"


def test_a_vote_on_no_recorded_outcome_is_not_counted(database):
    assert record_vote(database, 424242, "U1", True) is False


def test_the_migration_moves_the_old_feedback_votes(database_url):
    db = GovbotDatabase(database_url)
    try:
        with db.engine.connect() as connection:
            command.upgrade(db.alembic_config(connection), "0002")
            connection.commit()
        with db.engine.begin() as connection:
            for user, ts, helpful in [("U1", "1.1", True), ("U2", "1.1", False), ("U1", "2.2", True)]:
                connection.execute(
                    text(
                        "INSERT INTO answer_feedback (user_id, channel, message_ts, helpful, question, at) "
                        "VALUES (:u, 'C1', :ts, :h, 'is otter ok?', CURRENT_TIMESTAMP)"
                    ),
                    {"u": user, "ts": ts, "h": helpful},
                )
        db.migrate()
        with db.reading() as session:
            outcomes = session.scalars(select(QuestionOutcome).order_by(QuestionOutcome.id)).all()
            votes = sorted((v.outcome_id, v.voter_id, v.helpful) for v in session.scalars(select(AnswerVote)))
        assert [(o.intent, o.question) for o in outcomes] == [("unknown", "is otter ok?"), ("unknown", "")]
        first, second = (o.id for o in outcomes)
        assert votes == [(first, "U1", True), (first, "U2", False), (second, "U1", True)]
    finally:
        db.dispose()
