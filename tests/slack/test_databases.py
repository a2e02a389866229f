"""The Slack app end to end on each database it supports: the other Slack tests use SQLite; this
one runs a whole registration, review and status question on SQLite and on PostgreSQL."""

import json

from tests.slack.conftest import GENERAL, REVIEWER, USER
from tests.slack.test_registration import action_ids, file_request, requests_in
from tests.slack.test_review import click, updated_post


def test_register_review_and_ask_on_each_database(
    database_url, make_slack_app
):  # the app stops before its database goes
    app = make_slack_app(database_url=database_url)
    request_id, post = file_request(app, name="Jasper")
    assert action_ids(post["blocks"])[:1] == ["review_approve"]
    click(app, "review_approve", request_id, REVIEWER, post)
    assert f"Approved by <@{REVIEWER}>" in json.dumps(updated_post(app, request_id)["blocks"])
    assert [r.status for r in requests_in(app)] == ["approved"]

    asked = app.sender.app_mention(user=USER, channel=GENERAL, text="is Jasper approved?")
    thread = asked.sent["event"]["ts"]
    answer = app.answer_in_thread(GENERAL, thread)
    assert "*Jasper* (Jasper AI) is approved" in answer.args["text"]
    again = app.sender.event(
        asked.sent["event"], event_id=asked.sent["event_id"], retry_num=1, retry_reason="http_timeout"
    )
    assert again.status == 200
    app.slack.expect_no(
        "chat.postMessage", within=0.5, where=lambda c: c.args.get("thread_ts") == thread and c is not answer
    )
