"""Reporting an AI incident in Slack, end to end: the form (from the Home tab, `/aigov incident`),
filed and triaged, posted for the governance team, the reporter told at once what to do next and
by when; the team acknowledges, assigns, notes and resolves from the post (reviewers only), the
post follows and everything is audited. Hostile, partial and oversized answers too. Real app,
real signed HTTP, a stand-in Slack recording what the app does."""

from __future__ import annotations

import json
import logging
import re

from sqlalchemy import select

from bot.slack import store
from knowledge.inventory.asks import most_asked_unregistered
from knowledge.inventory.models import AuditEvent
from tests.slack.conftest import REVIEW_CHANNEL, REVIEWER, USER
from tests.slack.test_registration import HOSTILE, action_ids, assert_inert, everything_said
from tests.standins.slack_requests import checkboxes_value, select_value, user_value

INCIDENTS = "CINCIDENTS"
HANDLER = "UHANDLER1"
STRANGER = "U0STRANGER"


def as_text(blocks) -> str:
    return json.dumps(blocks, ensure_ascii=False)


def open_form(app, **click) -> dict:
    app.sender.block_action("incident_open", None, USER, view={"id": "VHOME", "type": "home"}, **click)
    (opened,) = app.slack.wait_for("views.open", where=lambda c: c.args["view"].get("callback_id") == "incident_submit")
    assert opened.ok, opened.response
    return opened.args["view"]


def report(app, user: str = USER, view_id: str | None = None, **answers):
    """Submit the form with `answers` ({block_id: state}); unanswered blocks are sent empty, as Slack does."""
    values = {
        "summary": {"summary": None},
        "kind": {"kind": select_value(None)},
        "occurred": {"occurred": None},
        "tool": {"tool": select_value(None)},
        "tool_other": {"tool_other": None},
        "data_involved": {"data_involved": checkboxes_value([])},
        "affected": {"affected": None},
        "actions_taken": {"actions_taken": None},
    }
    values |= {block: {block: state} for block, state in answers.items()}
    reply = app.sender.view_submission("incident_submit", values, user, view_id=view_id)
    assert reply.status == 200, reply.text
    return reply.json() if reply.text else {}


def incident_post(app, incident_id: int, channel: str = REVIEW_CHANNEL) -> dict:
    app.slack.wait_for(
        "chat.postMessage",
        where=lambda c: c.ok and c.args["channel"] == channel and f"#{incident_id}:" in c.args["text"],
    )
    (message,) = [m for m in app.slack.messages(channel) if f"#{incident_id}:" in m["text"]]
    return message


def click(app, action_id: str, incident_id: int, user: str, post: dict, channel: str = REVIEW_CHANNEL):
    reply = app.sender.block_action(action_id, str(incident_id), user, channel=channel, message=post)
    assert reply.status == 200
    return reply


def said_to(app, reply) -> str:
    url = reply.sent["response_url"]
    (call,) = app.slack.wait_for("response_url", where=lambda c: url.endswith(c.args["_path"]))
    return call.args["text"]


def team_modal(app, action_id: str, incident_id: int, post: dict) -> dict:
    click(app, action_id, incident_id, REVIEWER, post)
    (call,) = app.slack.wait_for(
        "views.open",
        where=lambda c: (
            c.args["view"].get("callback_id") == "incident_team" and action_id in c.args["view"]["private_metadata"]
        ),
    )
    assert call.ok, call.response
    return call.args["view"]


def submit_team(app, modal: dict, state: dict, user: str = REVIEWER) -> dict:
    reply = app.sender.view_submission(
        "incident_team", {"incident_text": {"incident_text": state}}, user, private_metadata=modal["private_metadata"]
    )
    assert reply.status == 200
    return reply.json() if reply.text else {}


def updated(app, incident_id: int, expect: str, channel: str = REVIEW_CHANNEL) -> dict:
    app.slack.wait_for(
        "chat.update", where=lambda c: c.ok and f"#{incident_id}:" in c.args["text"] and expect in c.args["text"]
    )
    return incident_post(app, incident_id, channel)


def test_a_pasted_key_is_filed_triaged_posted_told_and_handled_to_resolution(make_slack_app):
    app = make_slack_app(incident_channel=INCIDENTS, users={HANDLER: {"real_name": "Bob"}})
    form = open_form(app)
    required = [block["block_id"] for block in form["blocks"] if block["type"] == "input" and not block["optional"]]
    assert required == ["summary"]  # nothing else holds a report back
    tool_menu = next(block for block in form["blocks"] if block.get("block_id") == "tool")
    assert [o["value"] for o in tool_menu["element"]["options"]] == [
        "Adobe Firefly",
        "ChatGPT Enterprise",
        "Midjourney",
    ]

    answer = report(
        app,
        summary="I pasted a config file with our AWS secret key into a free chatbot",
        kind=select_value("data_exposed"),
        occurred="today around 10:30",
        tool_other="FreeChat AI",
        data_involved=checkboxes_value(["secrets"]),
        affected="not sure",
    )
    # The form is replaced at once by what to do next and by when.
    assert answer["response_action"] == "update"
    shown = as_text(answer["view"])
    assert "incident #1" in shown and "Severity 2" in shown and "Rotate or revoke" in shown
    assert "within one hour" in shown and "<!date^" in shown and "AI Incident Reporting §3.1" in shown
    incident = app.govbot.incidents.get(1)
    assert (incident.severity, incident.status, incident.tool_name, incident.tool_id) == (
        2,
        "open",
        "FreeChat AI",
        None,
    )
    assert incident.reporter_id == USER and incident.affected == "not sure"

    # The reporter's DM says the same; the governance team's channel gets the post with its buttons.
    (dm,) = app.slack.wait_for("chat.postMessage", where=lambda c: c.args["channel"] == USER)
    assert "Rotate or revoke" in as_text(dm.args["blocks"])
    post = incident_post(app, 1, INCIDENTS)
    assert action_ids(post["blocks"]) == [
        "incident_ack",
        "incident_assign",
        "incident_note",
        "incident_severity",
        "incident_resolve",
    ]
    assert "FreeChat AI" in as_text(post["blocks"]) and "not in the inventory" in as_text(post["blocks"])
    assert (store.incident_post_of(app.db, 1).channel) == INCIDENTS
    assert [ask.name for ask in most_asked_unregistered(app.db)] == ["FreeChat AI"]

    # The team acknowledges, assigns, notes and resolves; the post follows, the reporter is told.
    click(app, "incident_ack", 1, REVIEWER, post, INCIDENTS)
    post = updated(app, 1, "acknowledged", INCIDENTS)
    assert action_ids(post["blocks"]) == ["incident_assign", "incident_note", "incident_severity", "incident_resolve"]
    app.slack.wait_for(
        "chat.postMessage", where=lambda c: c.args["channel"] == USER and "acknowledged" in c.args["text"]
    )

    assert submit_team(app, team_modal(app, "incident_assign", 1, post), user_value(HANDLER)) == {}
    app.slack.wait_for("chat.update", where=lambda c: f"<@{HANDLER}>" in as_text(c.args["blocks"]))
    assert (
        submit_team(
            app, team_modal(app, "incident_note", 1, post), {"type": "plain_text_input", "value": "Key rotated 10:40"}
        )
        == {}
    )
    app.slack.wait_for("chat.update", where=lambda c: "Key rotated 10:40" in as_text(c.args["blocks"]))

    resolve = team_modal(app, "incident_resolve", 1, post)
    empty = submit_team(app, resolve, {"type": "plain_text_input", "value": "  "})
    assert empty["response_action"] == "errors" and "root cause is required" in empty["errors"]["incident_text"]
    cause = "No approved code assistant; secrets scanning added"
    assert submit_team(app, resolve, {"type": "plain_text_input", "value": cause}) == {}
    post = updated(app, 1, "resolved", INCIDENTS)
    assert action_ids(post["blocks"]) == ["incident_note"] and cause in as_text(post["blocks"])
    (told,) = app.slack.wait_for(
        "chat.postMessage", where=lambda c: c.args["channel"] == USER and "resolved" in c.args["text"]
    )
    assert cause in as_text(told.args["blocks"])

    with app.db.reading() as session:
        actions = [
            e.action for e in session.scalars(select(AuditEvent).order_by(AuditEvent.id)) if "incident" in e.action
        ]
    assert actions == [
        "incident reported",
        "incident acknowledged",
        "incident assigned",
        "incident note",
        "incident resolved",
    ]


def test_without_an_incident_channel_the_post_goes_to_the_review_channel(slack_app):
    nothing = checkboxes_value(["none"])
    report(slack_app, summary="Nearly pasted a customer list", kind=select_value("near_miss"), data_involved=nothing)
    post = incident_post(slack_app, 1)
    assert "Severity 4" in post["text"]


def test_only_the_summary_is_needed_and_not_sure_is_an_answer(slack_app):
    unsure = checkboxes_value(["not_sure"])
    answer = report(slack_app, summary="Odd output", data_involved=unsure, tool_other="not sure", occurred="not sure")
    assert answer["response_action"] == "update"
    incident = slack_app.govbot.incidents.get(1)
    assert (incident.severity, incident.kind, incident.tool_name, incident.data_involved) == (
        3,
        "not_sure",
        "",
        ["not_sure"],
    )
    assert most_asked_unregistered(slack_app.db) == []  # "not sure" is not a tool


def test_broken_answers_are_shown_beside_their_fields_and_file_nothing(slack_app):
    answer = report(slack_app, summary="   ", occurred="2999-01-01", affected="x" * 2001)
    assert answer["response_action"] == "errors"
    assert set(answer["errors"]) == {"summary", "occurred", "affected"}
    assert "say what happened" in answer["errors"]["summary"] and "at most 2,000" in answer["errors"]["affected"]
    forged = report(slack_app, summary="x", kind=select_value("alien"), data_involved=checkboxes_value(["gossip"]))
    assert set(forged["errors"]) == {"kind", "data_involved"}
    malformed = slack_app.sender.view_submission(
        "incident_submit", {"summary": {"summary": {"value": ["not text"]}}}, USER
    )
    assert malformed.json()["response_action"] == "errors"
    assert slack_app.govbot.incidents.list() == []
    slack_app.slack.expect_no("chat.postMessage", within=0.5)


def test_hostile_text_is_filed_as_typed_and_never_pings(slack_app):
    hostile = dict(tool_other=HOSTILE, affected=HOSTILE, actions_taken=HOSTILE, occurred=HOSTILE)
    answer = report(slack_app, summary=f"pasted {HOSTILE}", **hostile)
    assert slack_app.govbot.incidents.get(1).summary == f"pasted {HOSTILE}"
    post = incident_post(slack_app, 1)
    click(slack_app, "incident_ack", 1, REVIEWER, post)
    updated(slack_app, 1, "acknowledged")
    assert_inert(everything_said(slack_app) + [as_text(answer["view"])])


def test_the_same_form_submitted_twice_files_one_incident_posted_once(slack_app):
    for _ in range(2):
        assert (
            report(slack_app, view_id="VSAMEFORM", summary="Sent a client a wrong forecast")["response_action"]
            == "update"
        )
    assert len(slack_app.govbot.incidents.list()) == 1
    incident_post(slack_app, 1)
    slack_app.slack.expect_no("chat.postMessage", within=0.5, where=lambda c: "#2:" in c.args["text"])


def test_someone_not_a_reviewer_pressing_the_teams_buttons_is_refused(slack_app):
    report(slack_app, summary="Prompt injection in our support bot", kind=select_value("prompt_injection"))
    post = incident_post(slack_app, 1)
    for action_id in ("incident_ack", "incident_assign", "incident_note", "incident_severity", "incident_resolve"):
        reply = click(slack_app, action_id, 1, STRANGER, post)
        assert "reviewers" in said_to(slack_app, reply)
    for action_id in ("incident_ack", "incident_assign", "incident_severity", "incident_resolve"):  # notes only
        assert "reviewers" in said_to(slack_app, click(slack_app, action_id, 1, USER, post))
    forgeries = [(STRANGER, "incident_resolve"), (STRANGER, "incident_note"), (USER, "incident_severity")]
    for user, action in forgeries:
        forged = slack_app.sender.view_submission(
            "incident_team",
            {"incident_text": {"incident_text": "because"}},
            user,
            private_metadata=json.dumps({"id": 1, "action": action}),
        ).json()
        assert forged["response_action"] == "errors" and "reviewer" in forged["errors"]["incident_text"]
    incident = slack_app.govbot.incidents.get(1)
    assert incident.status == "open" and [e.action for e in incident.events] == ["reported"]
    slack_app.slack.expect_no(
        "views.open", within=0.3, where=lambda c: c.args["view"].get("callback_id") == "incident_team"
    )


def test_the_reporter_adds_details_later_from_their_dm(slack_app):
    report(slack_app, summary="Pasted a spreadsheet into a chatbot", data_involved=checkboxes_value(["not_sure"]))
    (dm,) = slack_app.slack.wait_for("chat.postMessage", where=lambda c: c.args["channel"] == USER)
    assert action_ids(dm.args["blocks"]) == ["incident_note"]
    message = dm.response["message"] | {"ts": dm.response["ts"]}
    slack_app.sender.block_action("incident_note", "1", USER, channel=dm.response["channel"], message=message)
    (opened,) = slack_app.slack.wait_for(
        "views.open", where=lambda c: c.args["view"].get("callback_id") == "incident_team"
    )
    details = {"type": "plain_text_input", "value": "It held internal sales figures only"}
    assert submit_team(slack_app, opened.args["view"], details, user=USER) == {}
    (note,) = slack_app.govbot.incidents.get(1).events[1:]
    assert (note.actor, note.action, note.comment) == (USER, "note", "It held internal sales figures only")
    updated_post = slack_app.slack.wait_for(
        "chat.update", where=lambda c: "internal sales figures" in as_text(c.args["blocks"])
    )
    assert updated_post


def test_the_command_and_the_home_tab_open_the_form(slack_app):
    reply = slack_app.sender.command(text="incident I put a client's contract into Claude")
    assert reply.status == 200
    (opened,) = slack_app.slack.wait_for("views.open")
    summary = next(block for block in opened.args["view"]["blocks"] if block.get("block_id") == "summary")
    assert summary["element"]["initial_value"] == "I put a client's contract into Claude"
    slack_app.sender.app_home_opened(USER)
    slack_app.slack.wait_for("views.publish")
    assert "incident_open" in as_text(slack_app.slack.home_view(USER))


def test_a_failed_post_loses_nothing_and_the_reporter_is_told_to_tell_the_team(slack_app, caplog):
    slack_app.slack.fail(
        "chat.postMessage", error="channel_not_found", where=lambda c: c.args["channel"] == REVIEW_CHANNEL
    )
    with caplog.at_level(logging.ERROR, logger="govbot.slack"):
        assert report(slack_app, summary="Vendor says it was breached")["response_action"] == "update"
        (dm,) = slack_app.slack.wait_for("chat.postMessage", where=lambda c: c.args["channel"] == USER)
    reference = re.search(r"reference `([0-9a-f]+)`", as_text(dm.args["blocks"])).group(1)
    assert any(reference in record.getMessage() for record in caplog.records)
    assert slack_app.govbot.incidents.get(1).status == "open" and store.incident_post_of(slack_app.db, 1) is None
    # The next change posts it after all.
    slack_app.govbot.incidents.acknowledge(1, REVIEWER)
    assert "acknowledged" in incident_post(slack_app, 1)["text"]


def test_changes_made_on_the_command_line_show_in_slack(slack_app):
    """`govbot incident …` with SLACK_BOT_TOKEN set: the same register, the same events."""
    slack_app.govbot.incidents.report({"summary": "Wrong figures sent to a client", "reporter_id": "dana"})
    post = incident_post(slack_app, 1)
    assert "dana" in as_text(post["blocks"])
    slack_app.govbot.incidents.resolve(1, "Output was not second-checked", REVIEWER)
    assert action_ids(updated(slack_app, 1, "resolved")["blocks"]) == ["incident_note"]
    slack_app.slack.expect_no("chat.postMessage", within=0.3, where=lambda c: c.args["channel"] == "dana")


def test_a_reviewers_home_lists_the_open_incidents_most_severe_first(slack_app):
    from datetime import timedelta

    from bot.slack.blocks.incidents import open_incidents_blocks
    from knowledge.incidents.models import incident_record
    from knowledge.inventory.models import now

    report(
        slack_app,
        summary=f"Near miss {HOSTILE}",
        kind=select_value("near_miss"),
        data_involved=checkboxes_value(["none"]),
    )
    report(slack_app, summary="Pasted a token", data_involved=checkboxes_value(["secrets"]))
    slack_app.sender.app_home_opened(REVIEWER)
    (published,) = slack_app.slack.wait_for("views.publish", where=lambda c: c.args["user_id"] == REVIEWER)
    shown = as_text(published.args["view"])
    assert "Open AI incidents: 2" in shown and shown.index("*#2* Severity 2") < shown.index("*#1* Severity 4")
    assert "overdue" not in shown
    assert_inert([shown])
    slack_app.sender.app_home_opened(USER)
    (own,) = slack_app.slack.wait_for("views.publish", where=lambda c: c.args["user_id"] == USER)
    assert "Open AI incidents" not in as_text(own.args["view"])  # not a reviewer

    records = [incident_record(i) for i in slack_app.govbot.incidents.list()]
    assert "acknowledgement overdue" in as_text(open_incidents_blocks(records, now() + timedelta(days=30)))


def test_report_acknowledge_and_resolve_on_each_database(database_url, make_slack_app):
    app = make_slack_app(database_url=database_url)  # SQLite and PostgreSQL
    assert (
        report(app, summary="Pasted a token", data_involved=checkboxes_value(["secrets"]))["response_action"]
        == "update"
    )
    post = incident_post(app, 1)
    click(app, "incident_ack", 1, REVIEWER, post)
    post = updated(app, 1, "acknowledged")
    resolve = team_modal(app, "incident_resolve", 1, post)
    assert submit_team(app, resolve, {"type": "plain_text_input", "value": "Token in a shared config"}) == {}
    updated(app, 1, "resolved")
    incident = app.govbot.incidents.get(1)
    assert [e.action for e in incident.events] == ["reported", "acknowledged", "resolved"]
    assert incident.resolved_at >= incident.acknowledged_at >= incident.reported_at


def test_the_team_raises_the_severity_as_facts_emerge(slack_app):
    report(slack_app, summary="Pasted a customer extract", data_involved=checkboxes_value(["personal"]))
    post = incident_post(slack_app, 1)
    modal = team_modal(slack_app, "incident_severity", 1, post)
    levels = next(block for block in modal["blocks"] if block.get("block_id") == "incident_level")
    assert [o["value"] for o in levels["element"]["options"]] == ["1", "3", "4"]  # not its own, 2
    values = {
        "incident_level": {"incident_level": select_value("1")},
        "incident_text": {"incident_text": "The extract held 300 customers"},
    }
    sent = slack_app.sender.view_submission(
        "incident_team", values, REVIEWER, private_metadata=modal["private_metadata"]
    )
    assert sent.status == 200 and not sent.text
    post = updated(slack_app, 1, "Severity 1")
    assert "Severity 2 – High → Severity 1 – Critical: The extract held 300 customers" in as_text(post["blocks"])
    unchanged = {"incident_level": {"incident_level": select_value("1")}, "incident_text": {"incident_text": "again"}}
    again = slack_app.sender.view_submission(
        "incident_team", unchanged, REVIEWER, private_metadata=modal["private_metadata"]
    )
    assert "already Severity 1" in again.json()["errors"]["incident_text"]
