"""The weekly digest is a scheduled duty: `govbot duties run` (or `Govbot.run_duties`) posts the
governance report's digest of the week before to the review channel, through the real Web API
client against the stand-in — once per ISO week however many runs, again on the next run when
Slack refused, listed by a dry run, and with a clear reason when there is no review channel. The
week's figures come from a database of known content (tests/report_fixture.py): hostile names
inert, the askers counted and never mentioned."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from click.testing import CliRunner
from sqlalchemy import select

from bot.cli import cli
from knowledge.duties.ledger import DutyRecord
from tests.report_fixture import fill
from tests.slack.conftest import REVIEW_CHANNEL, TOKEN
from tests.slack.test_registration import assert_inert, mrkdwn_texts

MONDAY = date(2026, 11, 30)  # its digest: the ISO week of 23 to 29 November (2026-W48)


@pytest.fixture
def filled_app(slack_app):
    fill(slack_app.db)
    return slack_app


def digests(app) -> list:
    """The digests Slack accepted (the duties' other notices go to the review channel too)."""
    return app.slack.calls_to(
        "chat.postMessage", where=lambda c: c.ok and c.args["text"].startswith("AI governance, the week to")
    )


def digest_rows(app) -> list[tuple[str, str]]:
    with app.db.reading() as session:
        query = select(DutyRecord).where(DutyRecord.kind == "weekly_digest")
        return [(row.occurrence, row.state) for row in session.scalars(query)]


def state_of_digest(report) -> list[tuple[str, str]]:
    return [(p.state, p.problem) for p in report.performed if p.notice.kind == "weekly_digest"]


def cli_env(app, **extra: str) -> dict[str, str]:
    settings = app.govbot.settings
    return {
        "GOVBOT_DATABASE_URL": settings.database,
        "GOVBOT_DATA_DIR": str(settings.data_dir),
        "GOVBOT_REVIEW_CHANNEL": REVIEW_CHANNEL,
        "GOVBOT_REVIEWERS": settings.reviewers,
        "SLACK_BOT_TOKEN": TOKEN,
        "SLACK_API_URL": str(settings.slack_api_url),
        **extra,
    }


def test_the_digest_duty_posts_the_week_before_to_the_review_channel(filled_app):
    report = filled_app.govbot.run_duties(MONDAY)
    assert state_of_digest(report) == [("sent", "")]
    (posted,) = digests(filled_app)
    assert posted.args["channel"] == REVIEW_CHANNEL  # within Slack's limits: the stand-in checks them
    shown = "\n".join(mrkdwn_texts(posted.args))
    # 23 to 30 November (midnight): one decision (the rejection, late), the request waiting since
    # 2 November, two re-reviews overdue, Jasper asked twice by two people, one incident reported.
    assert "AI governance: the week to 2026-11-30" in json.dumps(posted.args["blocks"])
    assert "*Decisions:* 1, 0 of 1 within the policy's target." in shown
    assert "late: #3 *Bad Tool* (high), 39.0 business days against 20" in shown
    assert "#4 *Waiting Tool* (low): 19.6 business days, target 5" in shown
    assert "*Re-reviews overdue:* 2 (1 by more than 30 days)" in shown
    assert "*&lt;!channel&gt; Evil GPT*, owner Owner &lt;@U999&gt;: 4 days overdue" in shown
    assert "*Jasper*: asked 2 times this week by 2 people (6 in all)" in shown
    assert "*Incidents:* 3 open; 1 reported and 0 closed this week." in shown
    assert "• high: 2 open, 0 new" in shown and "• medium: 1 open, 1 new" in shown
    gaps = filled_app.govbot.gap_analysis()  # the gap analysis in one line
    missing = sum(c["verdict"] == "missing" for c in gaps["controls"])
    assert f"{missing} missing (" in shown
    assert_inert(mrkdwn_texts(posted.args))
    assert "U1" not in json.dumps(posted.args) and "U2" not in json.dumps(posted.args)  # counted, not mentioned
    assert digest_rows(filled_app) == [("2026-W49", "sent")]


def test_the_digest_is_posted_once_a_week_and_on_the_next_run_after_slack_refused(filled_app):
    filled_app.slack.fail(
        "chat.postMessage", error="not_in_channel", where=lambda c: c.args["text"].startswith("AI governance")
    )
    failed = filled_app.govbot.run_duties(MONDAY)
    assert state_of_digest(failed) == [("failed", "Slack refused: not_in_channel")]
    assert digests(filled_app) == [] and digest_rows(filled_app) == []  # nothing marked that was not sent
    runner, env = CliRunner(), cli_env(filled_app)
    listed = runner.invoke(cli, ["duties", "run", "--dry-run", "--today", MONDAY.isoformat()], env=env)
    assert listed.exit_code == 0 and "due     weekly_digest        governance digest" in listed.stdout
    assert digests(filled_app) == []
    sent = runner.invoke(cli, ["duties", "run", "--today", MONDAY.isoformat()], env=env)
    assert sent.exit_code == 0, sent.output
    assert "sent    weekly_digest        governance digest" in sent.stdout
    # Again that day, later that week, on a second replica: the week's digest is sent.
    again = runner.invoke(cli, ["duties", "run", "--today", MONDAY.isoformat()], env=env)
    assert again.exit_code == 0 and "weekly_digest" not in again.stdout
    ((state, _),) = state_of_digest(filled_app.govbot.run_duties(MONDAY + timedelta(days=3)))
    assert state == "done"
    assert len(digests(filled_app)) == 1
    # The next week has its own.
    assert state_of_digest(filled_app.govbot.run_duties(MONDAY + timedelta(days=7))) == [("sent", "")]
    assert [d.args["text"][:37] for d in digests(filled_app)] == ["AI governance, the week to 2026-11-30"] + [
        "AI governance, the week to 2026-12-07"
    ]
    assert digest_rows(filled_app) == [("2026-W49", "sent"), ("2026-W50", "sent")]


def test_the_digest_falls_due_on_its_weekday_and_stays_due_that_week(make_slack_app):
    app = make_slack_app(digest_weekday="Wednesday")
    assert state_of_digest(app.govbot.run_duties(MONDAY, dry_run=True)) == []
    assert state_of_digest(app.govbot.run_duties(MONDAY + timedelta(days=1), dry_run=True)) == []
    for later in (2, 6):  # Wednesday, and Sunday (not sent on Wednesday: still due)
        assert state_of_digest(app.govbot.run_duties(MONDAY + timedelta(days=later), dry_run=True)) == [("due", "")]
    off = make_slack_app(digest_weekday="off")
    assert state_of_digest(off.govbot.run_duties(MONDAY + timedelta(days=6), dry_run=True)) == []


def test_without_a_review_channel_the_digest_says_what_to_set_and_stays_due(make_slack_app):
    app = make_slack_app(review_channel=None)
    ((state, problem),) = state_of_digest(app.govbot.run_duties(MONDAY))
    assert state == "failed" and problem == "weekly_digest goes to the review channel: set GOVBOT_REVIEW_CHANNEL"
    assert digests(app) == [] and digest_rows(app) == []
    result = CliRunner().invoke(
        cli, ["duties", "run", "--today", MONDAY.isoformat()], env=cli_env(app) | {"GOVBOT_REVIEW_CHANNEL": ""}
    )
    assert result.exit_code == 1 and "set GOVBOT_REVIEW_CHANNEL" in result.output
