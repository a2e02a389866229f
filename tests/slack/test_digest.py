"""The weekly digest, posted to the review channel through the real Web API client against the
stand-in: the week's figures from a database of known content (tests/report_fixture.py), hostile
names inert, the askers counted and never mentioned, once per ISO week, again after a failure."""

from __future__ import annotations

import json

import pytest
from slack_sdk.errors import SlackApiError

from bot.slack.digest import DigestNotPosted, post_weekly_digest
from tests.report_fixture import UNTIL, fill
from tests.slack.conftest import REVIEW_CHANNEL
from tests.slack.test_registration import assert_inert, mrkdwn_texts


@pytest.fixture
def filled_app(slack_app):
    fill(slack_app.db)
    return slack_app


def test_the_digest_of_the_week_is_posted_to_the_review_channel(filled_app):
    ts = post_weekly_digest(filled_app.govbot, at=UNTIL, with_gap_analysis=False)
    (posted,) = filled_app.slack.calls_to("chat.postMessage", where=lambda c: c.args["channel"] == REVIEW_CHANNEL)
    assert posted.ok and posted.response["ts"] == ts  # within Slack's limits: the stand-in checks them
    shown = "\n".join(mrkdwn_texts(posted.args))
    # 23 to 30 November: one decision (the rejection, late), the request waiting since 2 November,
    # two re-reviews overdue, Jasper asked twice by two people.
    assert "*Decisions:* 1, 0 of 1 within the policy's target." in shown
    assert "late: #3 *Bad Tool* (high), 39.0 business days against 20" in shown
    assert "#4 *Waiting Tool* (low): 20.1 business days, target 5" in shown
    assert "*Re-reviews overdue:* 2 (1 by more than 30 days)" in shown
    assert "*&lt;!channel&gt; Evil GPT*, owner Owner &lt;@U999&gt;: 5 days overdue" in shown
    assert "*Jasper*: asked 2 times this week by 2 people (5 in all)" in shown
    assert "*Incidents:* not available (no incident register in this database)." in shown
    assert_inert(mrkdwn_texts(posted.args))
    assert "U1" not in json.dumps(posted.args) and "U2" not in json.dumps(posted.args)  # counted, not mentioned


def test_the_digest_is_posted_once_a_week_and_again_after_slack_failed(filled_app):
    filled_app.slack.fail("chat.postMessage", error="not_in_channel", times=1)
    with pytest.raises(SlackApiError):
        post_weekly_digest(filled_app.govbot, at=UNTIL, with_gap_analysis=False)
    assert post_weekly_digest(filled_app.govbot, at=UNTIL, with_gap_analysis=False) is not None
    assert post_weekly_digest(filled_app.govbot, at=UNTIL, with_gap_analysis=False) is None  # the same week
    delivered = filled_app.slack.calls_to("chat.postMessage", where=lambda c: c.ok)
    assert len(delivered) == 1


def test_the_digest_carries_the_gap_analysis_in_brief(filled_app):
    post_weekly_digest(filled_app.govbot, at=UNTIL)
    (posted,) = filled_app.slack.calls_to("chat.postMessage", where=lambda c: c.ok)
    missing = filled_app.govbot.gap_analysis()
    count = sum(c["verdict"] == "missing" for c in missing["controls"])
    assert f"{count} missing (" in "\n".join(mrkdwn_texts(posted.args))


def test_without_a_review_channel_the_digest_says_what_to_set(make_slack_app):
    app = make_slack_app(review_channel=None)
    with pytest.raises(DigestNotPosted, match="GOVBOT_REVIEW_CHANNEL"):
        post_weekly_digest(app.govbot, at=UNTIL)
    assert app.slack.calls_to("chat.postMessage") == []
