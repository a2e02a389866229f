"""Slack hears of a change wherever it is made: the same subscriber to the inventory's events tells
it of a decision in Slack and of a withdrawal or an answer on the command line, and one refused
call neither stops the others nor undoes the change."""

from __future__ import annotations

import json

from tests.slack.conftest import REVIEW_CHANNEL, REVIEWER, USER
from tests.slack.test_registration import action_ids, file_request, review_post
from tests.slack.test_review import govbot_cli, status_of, updated_post


def file_request_told(app) -> tuple[int, dict]:
    """A request filed in Slack, once its filing is told in full (the review post's place saved)."""
    request_id, post = file_request(app)
    (confirmed,) = app.slack.wait_for("chat.postMessage", where=lambda c: c.args["channel"] == USER)
    assert f"request #{request_id}" in json.dumps(confirmed.args["blocks"])
    return request_id, post


def test_a_withdrawal_on_the_command_line_shows_on_the_review_post_and_the_requesters_home(slack_app):
    request_id, _ = file_request_told(slack_app)
    result = govbot_cli(slack_app, "review", "withdraw", str(request_id), "--by", USER)
    assert result.exit_code == 0 and result.stderr == "", result.output

    updated = updated_post(slack_app, request_id)
    assert action_ids(updated["blocks"]) == [] and "Withdrawn by the requester" in json.dumps(updated["blocks"])
    (home,) = slack_app.slack.wait_for("views.publish", where=lambda c: c.args["user_id"] == USER)
    assert f"Request #{request_id} (Jasper) is withdrawn" in json.dumps(home.args["view"])


def test_an_answer_on_the_command_line_reaches_the_reviewers_thread(slack_app):
    request_id, post = file_request_told(slack_app)
    slack_app.govbot.workflow.decide(request_id, "needs_info", REVIEWER, "Which teams?")
    updated_post(slack_app, request_id, where=lambda c: "Needs more information" in c.args["text"])

    result = govbot_cli(slack_app, "review", "answer", str(request_id), "--by", USER, "--comment", "Marketing only")
    assert result.exit_code == 0 and result.stderr == "", result.output
    again = updated_post(slack_app, request_id, where=lambda c: "Pending review" in c.args["text"])
    assert action_ids(again["blocks"])[:1] == ["review_approve"]
    (note,) = slack_app.slack.wait_for("chat.postMessage", where=lambda c: c.args.get("thread_ts") == post["ts"])
    assert note.args["channel"] == REVIEW_CHANNEL and "Marketing only" in note.args["text"]


def test_a_request_filed_on_the_command_line_by_a_slack_user_is_confirmed_to_them(slack_app):
    def register(name: str, by: str) -> dict:
        args = ["register", "--name", name, "--vendor", name, "--purpose", "Something useful for the team", "--json"]
        return json.loads(govbot_cli(slack_app, *args, "--by", by).stdout)

    filed = register("Tabnine", USER)
    review_post(slack_app, filed["id"])
    (dm,) = slack_app.slack.wait_for("chat.postMessage", where=lambda c: c.args["channel"] == USER)
    assert f"request #{filed['id']}" in json.dumps(dm.args["blocks"])

    by_login = register("Krisp", "alice")
    review_post(slack_app, by_login["id"])  # posted for review; "alice" is nobody to DM in Slack
    assert slack_app.slack.calls_to("chat.postMessage", where=lambda c: c.args["channel"] == "alice") == []


def test_one_call_slack_refuses_is_reported_and_the_others_still_run(slack_app):
    request_id, _ = file_request_told(slack_app)
    slack_app.slack.fail("chat.update", error="message_not_found")
    result = govbot_cli(slack_app, "review", "approve", str(request_id), "--by", REVIEWER)

    assert result.exit_code == 0 and "is now approved" in result.stdout
    assert "warning: recorded, but not shown in Slack: Slack refused: message_not_found" in result.stderr
    assert status_of(slack_app, request_id) == "approved"
    slack_app.slack.wait_for(
        "chat.postMessage", where=lambda c: c.args["channel"] == USER and "Approved" in c.args["text"]
    )
    slack_app.slack.wait_for("views.publish", where=lambda c: c.args["user_id"] == USER)
