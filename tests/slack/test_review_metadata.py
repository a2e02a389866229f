"""A decision modal's private metadata names where it was opened from, and the app posts there
after the decision (the `/aigov queue` list, refreshed through its response_url). Issue 12,
finding 11: a response_url in the metadata is posted to only when it is Slack's."""

from __future__ import annotations

import json
import queue
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from bot.slack.listeners.clicks import slack_hook
from tests.slack.conftest import REVIEWER
from tests.slack.test_registration import file_request
from tests.slack.test_review import decisions_recorded, open_decision_modal, status_of, submit_decision


@pytest.fixture
def elsewhere():
    """A web server that is not Slack, recording every request that reaches it."""
    received: queue.Queue = queue.Queue()

    class Record(BaseHTTPRequestHandler):
        def do_POST(self):
            received.put((self.path, self.rfile.read(int(self.headers.get("Content-Length") or 0))))
            self.send_response(200)
            self.end_headers()
            self.wfile.write(b"ok")

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Record)
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}", received
    server.shutdown()
    server.server_close()


def test_a_decision_modal_whose_metadata_names_another_host_posts_nothing_there(slack_app, elsewhere):
    url, received = elsewhere
    request_id, post = file_request(slack_app)
    modal = open_decision_modal(slack_app, "review_reject", request_id, REVIEWER, post)
    metadata = json.loads(modal["private_metadata"])
    forged = metadata | {"ephemeral": True, "channel": "C0GENERAL", "ts": "1700000000.000100"}
    forged["response_url"] = f"{url}/hooks/actions/T0GOVTEST/1/steal"
    modal["private_metadata"] = json.dumps(forged)

    reply = submit_decision(slack_app, modal, REVIEWER, "Trains on our data")
    assert reply.status == 200 and reply.text == ""
    assert status_of(slack_app, request_id) == "rejected" and len(decisions_recorded(slack_app, request_id)) == 1
    slack_app.slack.wait_for("chat.update")  # the review post shows the decision: the app got that far
    with pytest.raises(queue.Empty):
        received.get(timeout=1.5)  # and the queue list it would refresh is not refreshed off Slack


def test_a_decision_modal_opened_from_the_queue_list_still_refreshes_it(slack_app):
    """The response_url Slack gave the click that opened the modal is Slack's: it is kept."""
    from tests.slack.test_review import said_to_command

    request_id, _ = file_request(slack_app)
    listed = said_to_command(slack_app, slack_app.sender.command(text="queue", user_id=REVIEWER))
    ephemeral = {"type": "message", "ts": "1700000000.000100", "text": listed["text"], "blocks": listed["blocks"]}
    container = {"type": "message", "message_ts": ephemeral["ts"], "channel_id": "C0GENERAL", "is_ephemeral": True}
    clicked = slack_app.sender.block_action(
        "review_reject", str(request_id), REVIEWER, channel="C0GENERAL", message=ephemeral, container=container
    )
    (opened,) = slack_app.slack.wait_for("views.open")
    assert json.loads(opened.args["view"]["private_metadata"])["response_url"] == clicked.sent["response_url"]
    submit_decision(slack_app, opened.args["view"], REVIEWER, "Trains on our data")
    url = clicked.sent["response_url"]
    (refreshed,) = slack_app.slack.wait_for("response_url", where=lambda c: url.endswith(c.args["_path"]))
    assert refreshed.args["replace_original"] is True and "queue is empty" in refreshed.args["text"]


API = "https://slack.com/api/"


@pytest.mark.parametrize(
    "url, allowed",
    [
        ("https://hooks.slack.com/actions/T0/1/abc", True),
        ("https://hooks.slack-gov.com/actions/T0/1/abc", True),
        ("https://hooks.slack.com:443/actions/T0/1/abc", True),
        ("http://hooks.slack.com/actions/T0/1/abc", False),
        ("https://hooks.slack.com.evil.example/actions", False),
        ("https://evil.example/?hooks.slack.com", False),
        ("https://hooks.slack.com@evil.example/actions", False),
        ("https://user@hooks.slack.com/actions", False),
        ("https://hooks.slack.com:8443/actions", False),
        ("https://hooks.slack.com:99999/actions", False),
        ("https://slack.com/api/", True),  # SLACK_API_URL's own host
        ("file:///etc/passwd", False),
        ("", False),
    ],
)
def test_only_slacks_hosts_are_response_urls(url, allowed):
    assert slack_hook(url, API) is allowed
