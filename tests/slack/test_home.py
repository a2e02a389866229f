"""The App Home tab, end to end: everyone's own requests (withdraw, answer), and for reviewers the
queue, re-reviews due and the most-asked unregistered tools, always within Slack's 100 blocks."""

from __future__ import annotations

import json
import re
from datetime import timedelta

from sqlalchemy import select

from knowledge.inventory import record_unregistered_ask
from knowledge.inventory.models import Tool, now
from knowledge.inventory.registration import register
from tests.slack.conftest import REVIEWER, USER
from tests.slack.test_registration import HOSTILE, action_ids, assert_inert, file_request, mrkdwn_texts

TABNINE = dict(
    name="Tabnine", vendor="Tabnine", url=None, aliases=None, purpose="Code completion in the IDE for developers"
)


def home_of(app, user: str) -> dict:
    """Open the Home tab as `user`; the view the app published."""
    app.slack.reset()
    reply = app.sender.app_home_opened(user)
    assert reply.status == 200
    (call,) = app.slack.wait_for("views.publish", where=lambda c: c.args["user_id"] == user)
    assert call.ok, call.response  # within Slack's limits: the stand-in checks them as Slack does
    app.slack.reset()  # what follows is new
    return app.slack.home_view(user)


def text_of(view: dict) -> str:
    return "\n".join(mrkdwn_texts(view)) + json.dumps(
        [b.get("text", {}).get("text") for b in view["blocks"] if b["type"] == "header"]
    )


def test_a_requester_sees_how_to_use_govbot_and_their_requests_with_what_they_can_do(slack_app):
    pending, _ = file_request(slack_app, name=f"Jasper {HOSTILE}")
    asked, _ = file_request(slack_app, **TABNINE)
    slack_app.govbot.workflow.decide(asked, "needs_info", REVIEWER, "Which repositories?")
    file_request(
        slack_app,
        user="U0BEN",
        name="Krisp",
        vendor="Krisp Technologies",
        url=None,
        aliases=None,
        purpose="Meeting notes for the sales team",
    )

    view = home_of(slack_app, USER)
    shown = text_of(view)
    assert "govbot: AI governance in Slack" in shown  # how to use it
    assert f"#{pending} Jasper &lt;!channel&gt;" in shown and "Pending review" in shown
    assert f"#{asked} Tabnine" in shown and "The reviewers ask: Which repositories?" in shown
    assert "Krisp" not in shown  # someone else's request
    assert "Review queue" not in shown  # not a reviewer
    assert action_ids(view["blocks"]) == [
        "incident_open",  # Report an AI incident
        "register_open",
        "review_answer_open",
        "review_withdraw",
        "review_withdraw",
    ]  # newest first
    assert_inert(mrkdwn_texts(view))

    slack_app.sender.block_action("review_answer_open", str(asked), USER, view=view)
    (opened,) = slack_app.slack.wait_for("views.open")
    assert opened.args["view"]["callback_id"] == "review_answer"


def test_the_messages_tab_publishes_nothing(slack_app):
    slack_app.sender.app_home_opened(USER, tab="messages")
    slack_app.slack.expect_no("views.publish", within=0.5)


def test_withdrawing_from_home_updates_the_review_post_and_the_tab(slack_app):
    request_id, post = file_request(slack_app)
    view = home_of(slack_app, USER)

    slack_app.sender.block_action("review_withdraw", str(request_id), "U0MALLORY", view=view)
    (refused,) = slack_app.slack.wait_for("views.publish", where=lambda c: c.args["user_id"] == "U0MALLORY")
    assert "only the requester" in json.dumps(refused.args["view"])
    assert slack_app.govbot.workflow.get(request_id).status == "pending"

    slack_app.sender.block_action("review_withdraw", str(request_id), USER, view=view)
    (update,) = slack_app.slack.wait_for("chat.update", where=lambda c: c.args["ts"] == post["ts"])
    assert "Withdrawn by the requester" in json.dumps(update.args["blocks"]) and action_ids(update.args["blocks"]) == []
    (published,) = slack_app.slack.wait_for("views.publish", where=lambda c: c.args["user_id"] == USER)
    assert f"Request #{request_id} (Jasper) is withdrawn" in json.dumps(published.args["view"])
    assert slack_app.govbot.workflow.get(request_id).status == "withdrawn"
    assert "review_withdraw" not in action_ids(published.args["view"]["blocks"])


def test_a_reviewers_home_with_200_pending_requests_stays_within_100_blocks(slack_app):
    for n in range(200):
        form = {
            "name": f"Tool {n:03d}",
            "vendor": "Vendor",
            "purpose": "Something useful for the team",
            "requester_id": "U0BEN",
        }
        register(slack_app.db, form, allow_duplicate=True)
    with slack_app.db.writing() as session:
        firefly = session.scalar(select(Tool).where(Tool.name == "Adobe Firefly"))
        firefly.next_review_due = now() - timedelta(days=3)
    for name, times in (("Jasper", 3), ("Perplexity", 1), ("Midjourney", 5)):  # Midjourney is in the inventory now
        for _ in range(times):
            record_unregistered_ask(slack_app.db, name)

    view = home_of(slack_app, REVIEWER)
    assert len(view["blocks"]) <= 100
    shown = text_of(view)
    assert "Review queue: 200 open" in shown
    assert "…and 180 more: use `govbot review list`" in shown
    assert action_ids(view["blocks"]).count("review_approve") == 20
    assert "Re-reviews due: 1" in shown and "*Adobe Firefly* (Adobe)" in shown
    assert "*Jasper*: asked 3 times" in shown and "*Perplexity*: asked 1 time," in shown
    assert "Midjourney" not in shown
    assert "Reviewing (you are a reviewer)" in shown


def test_a_reviewer_can_decide_from_home_and_the_tab_is_refreshed(slack_app):
    request_id, post = file_request(slack_app)
    view = home_of(slack_app, REVIEWER)
    slack_app.sender.block_action("review_approve", str(request_id), REVIEWER, view=view)

    (update,) = slack_app.slack.wait_for("chat.update")
    assert update.args["ts"] == post["ts"] and f"Approved by <@{REVIEWER}>" in json.dumps(update.args["blocks"])
    (published,) = slack_app.slack.wait_for("views.publish", where=lambda c: c.args["user_id"] == REVIEWER)
    assert "Review queue: 0 open" in json.dumps(published.args["view"])
    assert slack_app.govbot.workflow.get(request_id).status == "approved"


def test_a_non_reviewer_clicking_a_stale_decision_button_on_home_is_told_on_the_tab(slack_app):
    request_id, _ = file_request(slack_app)
    view = home_of(slack_app, REVIEWER)
    slack_app.sender.block_action("review_approve", str(request_id), USER, view=view)
    (published,) = slack_app.slack.wait_for("views.publish", where=lambda c: c.args["user_id"] == USER)
    assert "Only the governance reviewers" in json.dumps(published.args["view"])
    assert slack_app.govbot.workflow.get(request_id).status == "pending"


def test_a_reviewer_sees_the_gap_analysis_in_brief_computed_once_per_corpus_version(slack_app):
    view = home_of(slack_app, REVIEWER)
    shown = text_of(view)
    assert "ISO/IEC 42001 gap analysis" in shown
    counts = {
        verdict: int(re.search(rf"(\d+) {verdict}", shown).group(1)) for verdict in ("covered", "partial", "missing")
    }
    assert sum(counts.values()) == 65 and counts["missing"] > 0  # the test corpus is a small one
    analysis = slack_app.govbot.gap_analysis()
    missing = [c for c in analysis["controls"] if c["verdict"] == "missing"]
    assert f"*{missing[0]['control']}* {missing[0]['title']}" in shown
    assert f"…and {len(missing) - 12:,} more." in shown
    stored = json.loads((slack_app.govbot.settings.data_dir / "gap_analysis.json").read_text(encoding="utf-8"))
    assert stored["stamp"]["corpus_version"] == slack_app.govbot.assistant.index.lexical.corpus_version
    assert "gap analysis" not in text_of(home_of(slack_app, USER))  # for reviewers only
