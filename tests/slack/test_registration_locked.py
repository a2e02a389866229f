"""A registration submitted while another process holds SQLite's write lock (issue 12, finding 9):
Slack gets its answer in time whatever the database does, and the person is told the truth,
filed with its number once it is, or not filed when the lock outlasts the wait."""

from __future__ import annotations

import json
import subprocess
import sys
import time

from sqlalchemy import func, select

from knowledge.inventory.models import RegistrationRequest, Tool
from tests.slack.conftest import USER
from tests.slack.test_registration import form

HOLD_THE_LOCK = """
import sqlite3, sys, time
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("BEGIN IMMEDIATE")  # the write lock, as a long write transaction holds it
connection.execute("UPDATE tools SET notes = notes")
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
connection.execute("ROLLBACK")
"""


def hold_write_lock(app, seconds: float) -> subprocess.Popen:
    """Another process holding the database's write lock for `seconds` (returns once it holds it)."""
    path = app.db.engine.url.database
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_THE_LOCK, path, str(seconds)], stdout=subprocess.PIPE, text=True
    )
    assert holder.stdout.readline().strip() == "locked"
    return holder


def open_form(app) -> str:
    """Open the registration form as Slack would (the view the submission will come from)."""
    app.sender.command(text="register", user_id=USER)
    (opened,) = app.slack.wait_for("views.open")
    return opened.response["view"]["id"]


def count(app, model) -> int:
    with app.db.reading() as session:  # WAL: reads go on while the lock is held
        return session.scalar(select(func.count()).select_from(model))


def texts(view: dict) -> str:
    return json.dumps(view["blocks"])


def test_a_registration_while_the_lock_is_held_is_acknowledged_at_once_and_filed_after(make_slack_app):
    app = make_slack_app()
    view_id = open_form(app)
    holder = hold_write_lock(app, 5.0)  # longer than Slack's 3 s, shorter than the database's 30 s wait
    try:
        reply = app.sender.view_submission("register_submit", form(name="Otter.ai"), USER, view_id=view_id)
        filed_when_answered = count(app, RegistrationRequest)
        assert reply.status == 200
        ack = reply.json()
        assert ack["response_action"] == "update" and ack["view"]["title"]["text"] == "Filing…"
        assert "being filed" in texts(ack["view"]) and "Filed as" not in texts(ack["view"])
        assert filed_when_answered == 0  # the answer was Slack's acknowledgement, not the filing
    finally:
        holder.wait(timeout=30)
    (updated,) = app.slack.wait_for("views.update", timeout=40)
    assert updated.args["view_id"] == view_id
    (request,) = app.govbot.workflow.queue()
    assert f"Filed as *request #{request.id}*" in texts(updated.args["view"])
    dm = app.slack.wait_for("chat.postMessage", where=lambda c: c.args["channel"] == USER)
    assert f"#{request.id}" in dm[0].args["text"] and "not filed" not in dm[0].args["text"]
    print(f"acknowledged in {reply.elapsed * 1000:.0f} ms while the lock was held 5 s")


def test_a_lock_held_past_the_wait_is_told_as_not_filed_and_loses_nothing(make_slack_app):
    app = make_slack_app(database_lock_timeout=2.0)
    view_id = open_form(app)
    tools = count(app, Tool)
    holder = hold_write_lock(app, 6.0)  # outlasts Slack's 3 s and the 2 s the filing may wait
    try:
        reply = app.sender.view_submission("register_submit", form(name="Otter.ai"), USER, view_id=view_id)
        assert reply.status == 200 and reply.json()["view"]["title"]["text"] == "Filing…"
        (updated,) = app.slack.wait_for("views.update", timeout=20)
        assert "Not filed" in json.dumps(updated.args["view"]["title"])
        assert "Nothing was filed" in texts(updated.args["view"])
        (dm,) = app.slack.wait_for("chat.postMessage", where=lambda c: c.args["channel"] == USER)
        assert "*not filed*" in dm.args["text"] and "submit it again" in dm.args["text"]
        assert "Otter.ai" in dm.args["text"]
    finally:
        holder.wait(timeout=30)
    assert count(app, RegistrationRequest) == 0 and count(app, Tool) == tools
    assert app.slack.calls_to("chat.postMessage", where=lambda c: c.args["channel"] != USER) == []
    # The lock gone, the same form files as usual, answered at once.
    again = app.sender.view_submission("register_submit", form(name="Otter.ai"), USER)
    assert again.json()["response_action"] == "update" and "Filed as" in texts(again.json()["view"])
    assert count(app, RegistrationRequest) == 1


def test_without_a_lock_the_outcome_is_the_answer_itself(make_slack_app):
    """The usual case is unchanged: no "Filing…" step, no views.update afterwards."""
    app = make_slack_app()
    reply = app.sender.view_submission("register_submit", form(name="Otter.ai"), USER)
    assert "Filed as" in texts(reply.json()["view"])
    time.sleep(0.5)
    assert app.slack.calls_to("views.update") == []
