"""Reviewing in Slack, end to end: the decision buttons on the review-channel post, the comment
modal, refusals for non-reviewers, two reviewers at once, the requester's DM and answer, and
`/aigov queue`. Real app, real signed HTTP, a stand-in Slack recording what the app does."""

from __future__ import annotations

import json
import re
import threading

from sqlalchemy import select

from knowledge.inventory.models import AuditEvent
from tests.slack.conftest import REVIEW_CHANNEL, REVIEWER, USER
from tests.slack.test_registration import (
    HOSTILE,
    action_ids,
    assert_inert,
    everything_said,
    file_request,
    review_post,
    submit,
)

OTHER_REVIEWER = "UREVIEWER2"
TABNINE = dict(
    name="Tabnine", vendor="Tabnine", url=None, aliases=None, purpose="Code completion in the IDE for developers"
)
DM = "D" + USER[1:]  # the requester's DM with the app, as the stand-in names it


def status_of(app, request_id: int) -> str:
    return app.govbot.workflow.get(request_id).status


def click(app, action_id: str, request_id: int, user: str, message: dict, channel: str = REVIEW_CHANNEL, **fields):
    reply = app.sender.block_action(action_id, str(request_id), user, channel=channel, message=message, **fields)
    assert reply.status == 200
    return reply


def said_to(app, reply) -> str:
    """What the app answered privately to a click (through the click's response_url)."""
    url = reply.sent["response_url"]
    (call,) = app.slack.wait_for("response_url", where=lambda c: url.endswith(c.args["_path"]))
    assert call.args.get("response_type") == "ephemeral" and not call.args.get("replace_original")
    return call.args["text"]


def updated_post(app, request_id: int, where=lambda call: True) -> dict:
    """The review post after the app's chat.update of it."""
    app.slack.wait_for("chat.update", where=lambda c: c.ok and f"#{request_id}:" in c.args["text"] and where(c))
    return review_post(app, request_id)


def open_decision_modal(app, action_id: str, request_id: int, reviewer: str, post: dict) -> dict:
    click(app, action_id, request_id, reviewer, post)
    (call,) = app.slack.wait_for("views.open", where=lambda c: c.args["view"].get("callback_id") == "review_decision")
    assert call.ok, call.response
    return call.args["view"]


def submit_decision(app, modal: dict, reviewer: str, comment: str | None):
    return app.sender.view_submission(
        "review_decision", {"comment": {"comment": comment}}, reviewer, private_metadata=modal["private_metadata"]
    )


def decisions_recorded(app, request_id: int) -> list[AuditEvent]:
    with app.db.reading() as session:
        query = select(AuditEvent).where(AuditEvent.request_id == request_id, AuditEvent.action == "decided")
        return list(session.scalars(query))


# -- refusals ------------------------------------------------------------------------------------


def test_a_non_reviewer_clicking_any_decision_is_refused_privately_and_nothing_changes(slack_app):
    request_id, post = file_request(slack_app)
    for action_id in ("review_approve", "review_conditions", "review_reject", "review_needs_info"):
        reply = click(slack_app, action_id, request_id, "U0MALLORY", post)
        assert "Only the governance reviewers" in said_to(slack_app, reply)
    assert status_of(slack_app, request_id) == "pending"
    assert decisions_recorded(slack_app, request_id) == []
    assert slack_app.slack.calls_to("views.open") == [] and slack_app.slack.calls_to("chat.update") == []


def test_a_forged_decision_modal_from_a_non_reviewer_is_refused(slack_app):
    request_id, _ = file_request(slack_app)
    metadata = json.dumps({"id": request_id, "decision": "rejected"})
    reply = slack_app.sender.view_submission(
        "review_decision", {"comment": {"comment": "no"}}, "U0MALLORY", private_metadata=metadata
    )
    assert reply.json()["response_action"] == "errors" and "comment" in reply.json()["errors"]
    assert status_of(slack_app, request_id) == "pending"


def test_queue_is_for_reviewers_only_and_lists_open_requests_with_their_buttons(slack_app):
    first, _ = file_request(slack_app)
    second, _ = file_request(slack_app, **TABNINE)

    refused = slack_app.sender.command(text="queue", user_id=USER)
    assert "Only the governance reviewers" in said_to_command(slack_app, refused)["text"]

    listed = said_to_command(slack_app, slack_app.sender.command(text="queue", user_id=REVIEWER))
    assert listed["response_type"] == "ephemeral"
    assert action_ids(listed["blocks"]).count("review_approve") == 2
    shown = json.dumps(listed["blocks"])
    assert f"#{first} Jasper" in shown and f"#{second} Tabnine" in shown


def said_to_command(app, reply) -> dict:
    url = reply.sent["response_url"]
    (call,) = app.slack.wait_for("response_url", where=lambda c: url.endswith(c.args["_path"]))
    return call.args


# -- deciding --------------------------------------------------------------------------------------


def test_approve_decides_at_once_updates_the_post_and_tells_the_requester(slack_app):
    request_id, post = file_request(slack_app)
    click(slack_app, "review_approve", request_id, REVIEWER, post)

    updated = updated_post(slack_app, request_id)
    assert action_ids(updated["blocks"]) == []  # the buttons are gone
    assert f"Approved by <@{REVIEWER}>" in json.dumps(updated["blocks"])
    assert status_of(slack_app, request_id) == "approved"
    (dm,) = slack_app.slack.wait_for(
        "chat.postMessage", where=lambda c: c.args["channel"] == USER and "approved" in c.args["text"].lower()
    )
    assert f"request #{request_id}" in json.dumps(dm.args["blocks"]) and "is approved" in json.dumps(dm.args["blocks"])
    # The requester's Home tab follows: the request shows as approved.
    slack_app.slack.wait_for(
        "views.publish", where=lambda c: c.args["user_id"] == USER and "Approved" in json.dumps(c.args["view"])
    )


def test_reject_asks_for_a_comment_in_a_modal_and_refuses_an_empty_one(slack_app):
    request_id, post = file_request(slack_app)
    modal = open_decision_modal(slack_app, "review_reject", request_id, REVIEWER, post)
    metadata = json.loads(modal["private_metadata"])  # which request, which decision, which message
    assert (metadata["id"], metadata["decision"], metadata["channel"], metadata["ts"]) == (
        request_id,
        "rejected",
        REVIEW_CHANNEL,
        post["ts"],
    )

    for empty in (None, "   \n "):
        reply = submit_decision(slack_app, modal, REVIEWER, empty)
        assert reply.json() == {
            "response_action": "errors",
            "errors": {"comment": "Write a comment: the requester will read it."},
        }
    assert status_of(slack_app, request_id) == "pending"

    reply = submit_decision(slack_app, modal, REVIEWER, f"The vendor trains on our data {HOSTILE}")
    assert reply.status == 200 and reply.text == ""  # the modal closes
    updated = updated_post(slack_app, request_id)
    assert action_ids(updated["blocks"]) == []
    shown = json.dumps(updated["blocks"])
    assert f"Rejected by <@{REVIEWER}>" in shown and "The vendor trains on our data &lt;!channel&gt;" in shown
    (dm,) = slack_app.slack.wait_for(
        "chat.postMessage", where=lambda c: c.args["channel"] == USER and "Rejected" in c.args["text"]
    )
    assert "The vendor trains on our data &lt;!channel&gt;" in json.dumps(dm.args["blocks"])
    assert status_of(slack_app, request_id) == "rejected"
    assert_inert(everything_said(slack_app))


def test_a_comment_over_the_limit_is_refused_on_the_field(slack_app):
    request_id, post = file_request(slack_app)
    modal = open_decision_modal(slack_app, "review_reject", request_id, REVIEWER, post)
    reply = submit_decision(slack_app, modal, REVIEWER, "x" * 100_000)
    answer = reply.json()
    assert answer["response_action"] == "errors" and "at most 3,000" in answer["errors"]["comment"]
    assert status_of(slack_app, request_id) == "pending"


def test_approve_with_conditions_records_the_conditions_on_the_tool(slack_app):
    request_id, post = file_request(slack_app)
    modal = open_decision_modal(slack_app, "review_conditions", request_id, REVIEWER, post)
    submit_decision(slack_app, modal, REVIEWER, "Marketing team only; no client data")

    updated = updated_post(slack_app, request_id)
    assert "Conditions*: Marketing team only; no client data" in json.dumps(updated["blocks"])
    from knowledge.inventory import get_tool

    tool = get_tool(slack_app.db, "Jasper")
    assert tool.status == "approved_with_conditions" and tool.conditions == "Marketing team only; no client data"


def test_needs_info_then_the_requesters_answer_puts_it_back_to_pending_for_the_reviewers(slack_app):
    request_id, post = file_request(slack_app)
    modal = open_decision_modal(slack_app, "review_needs_info", request_id, REVIEWER, post)
    submit_decision(slack_app, modal, REVIEWER, "Which client data, if any?")
    waiting = updated_post(slack_app, request_id)
    assert action_ids(waiting["blocks"]) == [] and "Waiting for the requester" in json.dumps(waiting["blocks"])

    (dm,) = slack_app.slack.wait_for(
        "chat.postMessage", where=lambda c: c.args["channel"] == USER and "Needs more information" in c.args["text"]
    )
    assert action_ids(dm.args["blocks"]) == ["review_answer_open"]
    assert "Which client data, if any?" in json.dumps(dm.args["blocks"])
    dm_message = next(m for m in slack_app.slack.messages(DM) if m["ts"] == dm.response["ts"])

    # Someone else cannot answer for the requester.
    refused = click(slack_app, "review_answer_open", request_id, "U0MALLORY", dm_message, channel=DM)
    assert "Only the person who registered" in said_to(slack_app, refused)

    click(slack_app, "review_answer_open", request_id, USER, dm_message, channel=DM)
    (opened,) = slack_app.slack.wait_for(
        "views.open", where=lambda c: c.args["view"].get("callback_id") == "review_answer"
    )
    answer_modal = opened.args["view"]
    assert "Which client data, if any?" in json.dumps(answer_modal["blocks"])

    empty = slack_app.sender.view_submission(
        "review_answer", {"comment": {"comment": ""}}, USER, private_metadata=answer_modal["private_metadata"]
    )
    assert empty.json()["response_action"] == "errors"
    reply = slack_app.sender.view_submission(
        "review_answer",
        {"comment": {"comment": "None: only our own published copy"}},
        USER,
        private_metadata=answer_modal["private_metadata"],
    )
    assert reply.text == ""
    assert status_of(slack_app, request_id) == "pending"

    again = updated_post(slack_app, request_id, where=lambda c: "Pending review" in c.args["text"])
    assert action_ids(again["blocks"]) == ["review_approve", "review_conditions", "review_reject", "review_needs_info"]
    (note,) = slack_app.slack.wait_for("chat.postMessage", where=lambda c: c.args.get("thread_ts") == post["ts"])
    assert note.args["channel"] == REVIEW_CHANNEL and "None: only our own published copy" in note.args["text"]


def test_two_reviewers_approving_at_once_make_one_decision_and_the_second_is_told_who_was_first(make_slack_app):
    app = make_slack_app(reviewers=f"{REVIEWER},{OTHER_REVIEWER}")
    request_id, post = file_request(app)
    replies: dict[str, object] = {}
    start = threading.Barrier(2)

    def approve(reviewer):
        start.wait()
        replies[reviewer] = click(app, "review_approve", request_id, reviewer, post)

    threads = [threading.Thread(target=approve, args=(reviewer,)) for reviewer in (REVIEWER, OTHER_REVIEWER)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    (told,) = app.slack.wait_for("response_url", where=lambda c: "already decided" in c.args.get("text", ""))
    updated = updated_post(app, request_id)
    (decision,) = decisions_recorded(app, request_id)
    first = decision.actor
    second = OTHER_REVIEWER if first == REVIEWER else REVIEWER
    assert replies[second].sent["response_url"].endswith(told.args["_path"])
    assert f"already decided by <@{first}>" in told.args["text"] and "Approved" in told.args["text"]
    assert f"Approved by <@{first}>" in json.dumps(updated["blocks"])
    assert status_of(app, request_id) == "approved"


def test_a_click_before_the_posts_location_is_saved_still_leaves_the_post_showing_the_decision(slack_app):
    """The race of commit 1bb329b, forced. Slack has the review post (the reviewer sees it and
    approves) but its answer to chat.postMessage, and with it the post's saved location, is held
    back until the decision is recorded and its own refresh has found no post; the click's refresh
    is held back (at the requester's DM) until the location is saved, so that it finds it saved and
    leaves the post to whoever saved it. The post must end up showing the decision, without buttons."""
    slack = slack_app.slack

    def review_post_call(call) -> bool:
        return call.args.get("channel") == REVIEW_CHANNEL and not call.args.get("thread_ts")

    def decision_dm(call) -> bool:
        return call.args.get("channel") == USER and "approved" in call.args.get("text", "").lower()

    def filed_dm(call) -> bool:
        return call.args.get("channel") == USER and "is filed as request" in call.args.get("text", "")

    post_answered = slack.hold("chat.postMessage", where=review_post_call)
    click_goes_on = slack.hold("chat.postMessage", where=decision_dm)
    try:
        reply = submit(slack_app)
        request_id = int(re.search(r"request #(\d+)", json.dumps(reply.json()["view"])).group(1))
        post = review_post(slack_app, request_id)  # in Slack; the app is still waiting for the answer
        click(slack_app, "review_approve", request_id, REVIEWER, post)
        slack.wait_for("chat.postMessage", where=decision_dm)  # decided; the click's thread waits for Slack
        assert status_of(slack_app, request_id) == "approved"
        assert slack.calls_to("chat.update") == []  # the decision's refresh found no post to update
        post_answered.set()
        slack.wait_for("chat.postMessage", where=filed_dm)  # the location is saved (filing's next step)
    finally:
        post_answered.set()
        click_goes_on.set()
    slack.wait_for("views.publish", where=lambda c: c.args["user_id"] == REVIEWER)  # the click's last step but one

    shown = review_post(slack_app, request_id)
    assert action_ids(shown["blocks"]) == []
    assert f"Approved by <@{REVIEWER}>" in json.dumps(shown["blocks"])


def test_a_decision_modal_submitted_after_someone_else_decided_shows_who_did(make_slack_app):
    app = make_slack_app(reviewers=f"{REVIEWER},{OTHER_REVIEWER}")
    request_id, post = file_request(app)
    modal = open_decision_modal(app, "review_reject", request_id, OTHER_REVIEWER, post)
    click(app, "review_approve", request_id, REVIEWER, post)
    updated_post(app, request_id)

    reply = submit_decision(app, modal, OTHER_REVIEWER, "Too risky")
    answer = reply.json()
    assert answer["response_action"] == "update"
    assert f"already decided by <@{REVIEWER}>" in json.dumps(answer["view"])
    assert status_of(app, request_id) == "approved"
    assert [d.actor for d in decisions_recorded(app, request_id)] == [REVIEWER]


def test_clicking_a_decided_request_says_so_instead_of_opening_a_modal(slack_app):
    request_id, post = file_request(slack_app)
    click(slack_app, "review_approve", request_id, REVIEWER, post)
    updated_post(slack_app, request_id)
    reply = click(slack_app, "review_reject", request_id, REVIEWER, post)  # a stale copy of the message
    assert "already decided" in said_to(slack_app, reply)
    assert slack_app.slack.calls_to("views.open") == []


def test_a_member_of_the_reviewer_group_may_decide(make_slack_app):
    app = make_slack_app(reviewers="", reviewer_group="S0REVIEWERS", usergroups={"S0REVIEWERS": ["U0GRACE"]})
    request_id, post = file_request(app)
    click(app, "review_approve", request_id, "U0GRACE", post)
    updated = updated_post(app, request_id)
    assert "Approved by <@U0GRACE>" in json.dumps(updated["blocks"])
    assert app.slack.calls_to("usergroups.users.list")[0].args["usergroup"] == "S0REVIEWERS"

    second, post = file_request(app, **TABNINE)
    reply = click(app, "review_approve", second, USER, post)
    assert "Only the governance reviewers" in said_to(app, reply)


def test_approving_from_the_queue_list_refreshes_the_list(slack_app):
    request_id, _ = file_request(slack_app)
    listed = said_to_command(slack_app, slack_app.sender.command(text="queue", user_id=REVIEWER))
    ephemeral = {"type": "message", "ts": "1700000000.000100", "text": listed["text"], "blocks": listed["blocks"]}
    container = {"type": "message", "message_ts": ephemeral["ts"], "channel_id": "C0GENERAL", "is_ephemeral": True}
    reply = click(
        slack_app, "review_approve", request_id, REVIEWER, ephemeral, channel="C0GENERAL", container=container
    )

    url = reply.sent["response_url"]
    (refreshed,) = slack_app.slack.wait_for("response_url", where=lambda c: url.endswith(c.args["_path"]))
    assert refreshed.args["replace_original"] is True and "queue is empty" in refreshed.args["text"]
    assert status_of(slack_app, request_id) == "approved"


# -- decisions made on the command line ----------------------------------------------------------


def govbot_cli(app, *args, **env):
    """`govbot ARGS…` on the running app's database and Slack, as a reviewer at a terminal would run it."""
    from click.testing import CliRunner

    from bot.cli import cli

    settings = app.govbot.settings
    environment = {
        "GOVBOT_DATA_DIR": str(settings.data_dir),
        "GOVBOT_DATABASE_URL": settings.database_url,
        "GOVBOT_REVIEWERS": REVIEWER,
        "GOVBOT_REVIEW_CHANNEL": REVIEW_CHANNEL,
        "SLACK_BOT_TOKEN": settings.slack_bot_token,
        "SLACK_API_URL": settings.slack_api_url,
    } | env
    return CliRunner().invoke(cli, list(args), env=environment, catch_exceptions=False)


def test_a_decision_on_the_command_line_updates_the_review_post_and_tells_the_requester(slack_app):
    request_id, _ = file_request(slack_app)
    result = govbot_cli(
        slack_app, "review", "reject", str(request_id), "--by", REVIEWER, "--comment", "Trains on <!channel> data"
    )
    assert result.exit_code == 0 and result.stderr == "", result.output
    updated = updated_post(slack_app, request_id)
    assert action_ids(updated["blocks"]) == [] and f"Rejected by <@{REVIEWER}>" in json.dumps(updated["blocks"])
    (dm,) = slack_app.slack.wait_for(
        "chat.postMessage", where=lambda c: c.args["channel"] == USER and "rejected" in c.args["text"].lower()
    )
    assert "Trains on &lt;!channel&gt; data" in json.dumps(dm.args["blocks"])
    assert_inert(dm.args)
    # Both Home tabs that list the request follow: the requester's shows it rejected.
    (home,) = slack_app.slack.wait_for("views.publish", where=lambda c: c.args["user_id"] == USER)
    assert "Rejected" in json.dumps(home.args["view"])
    slack_app.slack.wait_for("views.publish", where=lambda c: c.args["user_id"] == REVIEWER)


def test_a_request_filed_on_the_command_line_is_posted_for_review_once(slack_app):
    args = [
        "register",
        "--name",
        "Tabnine",
        "--vendor",
        "Tabnine",
        "--purpose",
        "Code completion in the IDE",
        "--by",
        "U0CLI",
        "--json",
    ]
    first = json.loads(govbot_cli(slack_app, *args).stdout)
    again = json.loads(govbot_cli(slack_app, *args).stdout)
    assert (first["outcome"], again["outcome"], again["id"]) == ("filed", "resubmitted", first["id"])
    post = review_post(slack_app, first["id"])
    assert action_ids(post["blocks"])[:1] == ["review_approve"]
    assert len([m for m in slack_app.slack.messages(REVIEW_CHANNEL) if f"#{first['id']}:" in m["text"]]) == 1


def test_when_slack_cannot_be_reached_the_command_line_decision_stands_with_a_warning(slack_app):
    request_id, _ = file_request(slack_app)
    result = govbot_cli(
        slack_app, "review", "approve", str(request_id), "--by", REVIEWER, SLACK_API_URL="http://127.0.0.1:9/api/"
    )
    assert result.exit_code == 0 and "is now approved" in result.stdout
    assert "warning: recorded, but not shown in Slack: cannot reach Slack at http://127.0.0.1:9/api/" in result.stderr
    assert status_of(slack_app, request_id) == "approved"
