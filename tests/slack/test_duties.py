"""The re-review reminder in Slack, end to end: the duty DMs the Tool Owner; "Still in use —
request re-review" opens a form and files the re-review into the queue (posted for review like any
request); "No longer needed — retire" retires the tool; anyone else pressing is refused."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from knowledge.inventory import get_tool, import_csv
from knowledge.inventory.models import RegistrationRequest
from tests.conftest import write
from tests.slack.conftest import REVIEW_CHANNEL, REVIEWER, USER
from tests.slack.test_registration import HOSTILE, assert_inert, everything_said
from tests.slack.test_review import said_to

DM = "D" + USER[1:]
STRANGER = "U0MALLORY"


@pytest.fixture
def slack_app(make_slack_app):
    """Without the weekly digest, which is due every day of a week until sent (tests/slack/test_digest.py)."""
    return make_slack_app(digest_weekday="off")


def remind(app, tmp_path, owner: str = USER) -> dict:
    """Jasper, owned by `owner`, due for re-review in 20 days; the duties run; the reminder as Slack holds it."""
    due = date.today() + timedelta(days=20)
    path = write(
        tmp_path / "jasper.csv", f"name,vendor,status,owner,review_due\nJasper,Jasper AI,approved,{owner},{due}\n"
    )
    import_csv(app.db, path, "tests")
    assert app.govbot.run_duties(date.today()).count("sent") == 1
    channel = DM if owner == USER else REVIEW_CHANNEL
    (message,) = [m for m in app.slack.messages(channel) if "Jasper" in m["text"]]
    return message | {"channel": channel}


def click(app, action_id: str, user: str, message: dict):
    reply = app.sender.block_action(action_id, "Jasper", user, channel=message["channel"], message=message)
    assert reply.status == 200
    return reply


def rereview_form(app, message: dict, user: str = USER) -> dict:
    opened = len(app.slack.calls_to("views.open"))
    click(app, "duty_rereview_open", user, message)
    call = app.slack.wait_for(
        "views.open", count=opened + 1, where=lambda c: c.args["view"].get("callback_id") == "duty_rereview"
    )[-1]
    assert call.ok, call.response
    return call.args["view"]


def submit(app, form: dict, what_changed: str, user: str = USER):
    return app.sender.view_submission(
        "duty_rereview",
        {"what_changed": {"what_changed": what_changed}},
        user,
        private_metadata=form["private_metadata"],
    )


def rereviews(app) -> list[RegistrationRequest]:
    with app.db.reading() as session:
        return list(session.scalars(select(RegistrationRequest).where(RegistrationRequest.name == "Jasper")))


def test_the_owner_requests_the_re_review_and_reviewers_find_it_in_the_queue(slack_app, tmp_path):
    message = remind(slack_app, tmp_path)
    assert [e["action_id"] for e in message["blocks"][-1]["elements"]] == ["duty_rereview_open", "duty_retire"]
    form = rereview_form(slack_app, message)
    assert submit(slack_app, form, "too short").json()["response_action"] == "errors"
    reply = submit(slack_app, form, "Two more teams use it now: Sales and Support, about 40 people.")
    assert reply.status == 200 and reply.text in ("", "null")
    (request,) = rereviews(slack_app)
    assert request.status == "pending" and request.requester_id == USER
    assert "Sales and Support" in request.purpose and request.tool is not None and request.tool.name == "Jasper"
    assert [r.id for r in slack_app.govbot.workflow.queue()] == [request.id]
    slack_app.slack.wait_for(
        "chat.postMessage", where=lambda c: c.ok and c.args["channel"] == REVIEW_CHANNEL and "Jasper" in c.args["text"]
    )
    # Asked again while it waits: the same request, not a second one.
    again = submit(slack_app, rereview_form(slack_app, message), "Still forty people in Sales and Support.")
    assert again.json()["response_action"] == "update" and len(rereviews(slack_app)) == 1
    # Approving it files the tool again, with a new re-review date a year on.
    slack_app.govbot.workflow.decide(request.id, "approved", REVIEWER)
    assert get_tool(slack_app.db, "Jasper").next_review_due.date() > date.today() + timedelta(days=300)


def test_the_owner_retires_a_tool_no_longer_needed(slack_app, tmp_path):
    message = remind(slack_app, tmp_path)
    reply = click(slack_app, "duty_retire", USER, message)
    url = reply.sent["response_url"]
    (call,) = slack_app.slack.wait_for("response_url", where=lambda c: url.endswith(c.args["_path"]))
    assert call.args["replace_original"] is True and "is retired" in call.args["text"]
    assert get_tool(slack_app.db, "Jasper").status == "retired"
    slack_app.govbot.run_duties(date.today())
    slack_app.slack.wait_for("chat.postMessage", where=lambda c: c.ok and c.args["channel"] == "#ai-governance")


def test_nobody_else_may_press_the_buttons(slack_app, tmp_path):
    message = remind(slack_app, tmp_path)
    assert "Tool Owner or a governance reviewer" in said_to(
        slack_app, click(slack_app, "duty_rereview_open", STRANGER, message)
    )
    assert "Tool Owner or a governance reviewer" in said_to(
        slack_app, click(slack_app, "duty_retire", STRANGER, message)
    )
    forged = submit(slack_app, {"private_metadata": "Jasper"}, "I am the owner now, trust me.", user=STRANGER)
    assert forged.json()["response_action"] == "errors" and "Tool Owner" in str(forged.json()["errors"])
    assert get_tool(slack_app.db, "Jasper").status == "approved" and rereviews(slack_app) == []
    assert slack_app.slack.calls_to("views.open") == []


def test_a_reviewer_acts_for_an_owner_who_is_no_slack_user(slack_app, tmp_path):
    message = remind(slack_app, tmp_path, owner="Sam Jones (Marketing)")
    assert "For Sam Jones (Marketing), whom govbot cannot message" in message["blocks"][0]["text"]["text"]
    form = rereview_form(slack_app, message, user=REVIEWER)
    submit(slack_app, form, "Sam says nothing changed since last year.", user=REVIEWER)
    assert rereviews(slack_app)[0].requester_id == REVIEWER


def test_hostile_text_in_what_changed_pings_nobody(slack_app, tmp_path):
    form = rereview_form(slack_app, remind(slack_app, tmp_path))
    submit(slack_app, form, f"New teams {HOSTILE} and more")
    slack_app.slack.wait_for(
        "chat.postMessage", where=lambda c: c.ok and c.args["channel"] == REVIEW_CHANNEL and "Jasper" in c.args["text"]
    )
    assert_inert(everything_said(slack_app))


def test_a_damaged_form_or_button_changes_nothing(slack_app, tmp_path):
    message = remind(slack_app, tmp_path)
    reply = slack_app.sender.block_action("duty_retire", "No Such Tool", USER, channel=DM, message=message)
    assert "no tool named" in said_to(slack_app, reply)
    damaged = submit(slack_app, {"private_metadata": ""}, "Something changed, honestly.")
    assert damaged.json()["response_action"] == "errors"
    oversized = submit(slack_app, {"private_metadata": "Jasper"}, "x" * 20_000)
    assert oversized.json()["response_action"] == "errors" and rereviews(slack_app) == []


def test_an_owner_known_as_a_slack_user_is_shown_as_the_person(slack_app, tmp_path):
    from tests.slack.conftest import GENERAL

    remind(slack_app, tmp_path)
    reply = slack_app.sender.app_mention(user=STRANGER, channel=GENERAL, text="is Jasper approved?")
    answer = slack_app.answer_in_thread(GENERAL, reply.sent["event"]["ts"])
    assert f"Owner: <@{USER}>" in str(answer.args["blocks"])


def test_a_registration_whose_alias_names_another_tool_is_not_filed_even_anyway(slack_app):
    from tests.slack.test_registration import requests_in, submit

    reply = submit(slack_app, name="Squatter Tool", vendor="Squat Inc", aliases="Midjourney, <!channel>")
    view = reply.json()["view"]
    assert view["callback_id"] == "register_anyway"  # Midjourney is in the inventory: a duplicate first
    anyway = slack_app.sender.view_submission("register_anyway", {}, USER, private_metadata=view["private_metadata"])
    shown = str(anyway.json()["view"])
    assert "'Midjourney' already names Midjourney" in shown and "Nothing was filed" in shown
    assert requests_in(slack_app) == [] and "<!channel>" not in shown
