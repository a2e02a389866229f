"""Slack-shaped, signed requests against a real (minimal) Bolt app served over real HTTP.

The little app here only exercises the test infrastructure: it shows Bolt accepts what SlackSender
sends (signatures, envelopes, payload shapes) and that its Web API calls reach the stand-in."""

import json
import queue
import threading
import time
from socketserver import ThreadingMixIn
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

import pytest
from slack_bolt import App, Assistant
from slack_bolt.adapter.wsgi import SlackRequestHandler
from slack_sdk import WebClient

from tests.standins.slack_api import BOT_USER_ID, SlackAPIStandIn
from tests.standins.slack_requests import (
    SlackSender,
    select_value,
    slack_signature,
    users_value,
)

SECRET = "test-signing-secret"
TOKEN = "xoxb-test-token"


class _ThreadingWSGIServer(ThreadingMixIn, WSGIServer):
    daemon_threads = True


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture
def slack_api():
    with SlackAPIStandIn() as standin:
        yield standin


@pytest.fixture
def seen():
    """What the app's listeners received, in order."""
    return queue.Queue()


@pytest.fixture
def app(slack_api, seen):
    bolt = App(signing_secret=SECRET, client=WebClient(token=TOKEN, base_url=slack_api.base_url))

    @bolt.command("/aigov")
    def aigov(ack, command, respond, request):
        ack()
        seen.put(("command", command, request.headers))
        respond(f"You asked: {command['text']}")

    @bolt.event("app_mention")
    def mentioned(event, say, request):
        seen.put(("app_mention", event, request.headers))
        say(text="Here is the answer.", thread_ts=event.get("thread_ts") or event["ts"])

    @bolt.event("message")
    def message(event, say):
        seen.put(("message", event, None))
        say(text="got it", thread_ts=event.get("thread_ts") or event["ts"])

    @bolt.event("app_home_opened")
    def home(event, client):
        seen.put(("app_home_opened", event, None))
        client.views_publish(user_id=event["user"], view={"type": "home", "blocks": [{"type": "divider"}]})

    @bolt.action("approve")
    def approve(ack, body, respond):
        ack()
        seen.put(("approve", body, None))
        if "response_url" in body:
            respond(replace_original=True, text="Approved")

    @bolt.view("register")
    def register(ack, view, body):
        seen.put(("register", body, None))
        name = view["state"]["values"]["name"]["value"]["value"]
        if not name:
            ack(response_action="errors", errors={"name": "Give the tool a name."})
        else:
            ack()

    @bolt.view_closed("register")
    def closed(ack, body):
        ack()
        seen.put(("closed", body, None))

    assistant = Assistant()

    @assistant.thread_started
    def started(say, set_suggested_prompts, event):
        seen.put(("assistant_thread_started", event, None))
        set_suggested_prompts(prompts=[{"title": "Is ChatGPT approved?", "message": "Is ChatGPT approved?"}])

    @assistant.user_message
    def asked(say, set_status, payload):
        seen.put(("assistant_message", payload, None))
        set_status("is thinking...")
        say("Here is the answer.")

    bolt.assistant(assistant)
    return bolt


@pytest.fixture
def events_url(app):
    server = make_server(
        "127.0.0.1", 0, SlackRequestHandler(app), server_class=_ThreadingWSGIServer, handler_class=_QuietHandler
    )
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/slack/events"
    server.shutdown()
    server.server_close()


@pytest.fixture
def sender(events_url, slack_api):
    return SlackSender(events_url, SECRET, hooks_url=slack_api.hooks_url)


def next_seen(seen, kind, timeout=5):
    got_kind, payload, headers = seen.get(timeout=timeout)
    assert got_kind == kind
    return payload, headers


# -- signatures ------------------------------------------------------------------------------------


def test_the_v0_signature_matches_slacks_documented_example():
    # docs.slack.dev "Verifying requests from Slack": the worked example's secret, timestamp and body.
    body = (
        b"token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V"
        b"&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text="
        b"&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN"
        b"&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c"
    )
    assert slack_signature("8f742231b10e8888abcd99yyyzzz85a5", "1531420618", body) == (
        "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503"
    )


def test_a_signed_command_is_acknowledged_and_its_fields_arrive(sender, seen, slack_api):
    reply = sender.command(text="status ChatGPT", user_id="U0ADA", channel_id="C0GENERAL")
    assert reply.status == 200 and 0 < reply.elapsed < 3
    command, _ = next_seen(seen, "command")
    assert {k: command[k] for k in ("command", "text", "user_id", "channel_id", "team_id", "api_app_id")} == {
        "command": "/aigov",
        "text": "status ChatGPT",
        "user_id": "U0ADA",
        "channel_id": "C0GENERAL",
        "team_id": "T0GOVTEST",
        "api_app_id": "A0GOVBOT",
    }
    assert set(command) >= {
        "token",
        "team_domain",
        "channel_name",
        "user_name",
        "is_enterprise_install",
        "response_url",
        "trigger_id",
    }
    (hook,) = slack_api.wait_for("response_url")
    assert hook.args["text"] == "You asked: status ChatGPT" and hook.args["_path"] in command["response_url"]


@pytest.mark.parametrize(
    "how",
    ["unsigned", "wrong secret", "tampered body", "stale timestamp"],
)
def test_requests_that_are_not_signed_by_slack_get_401_and_reach_no_listener(sender, seen, how):
    body = "command=%2Faigov&text=hi&user_id=U0ADA&team_id=T0GOVTEST&channel_id=C0GENERAL&trigger_id=1.2.3"
    form = "application/x-www-form-urlencoded"
    now = str(int(time.time()))
    if how == "unsigned":
        reply = sender.post(body, form, sign=False)
    elif how == "wrong secret":
        reply = sender.post(body, form, signature=slack_signature("not-the-secret", now, body.encode()), timestamp=now)
    elif how == "tampered body":
        reply = sender.post(body + "x", form, signature=slack_signature(SECRET, now, body.encode()), timestamp=now)
    else:  # correctly signed, but six minutes old: Slack's replay window is five
        reply = sender.post(body, form, timestamp=int(time.time()) - 360)
    assert reply.status == 401
    assert seen.empty()


def test_url_verification_echoes_the_challenge(sender):
    reply = sender.url_verification("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P")
    assert reply.status == 200 and "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P" in reply.text


# -- events ----------------------------------------------------------------------------------------


def test_an_app_mention_is_acknowledged_and_answered_in_its_thread_on_the_standin(sender, seen, slack_api):
    reply = sender.app_mention(user="U0ADA", channel="C0GENERAL", text="is ChatGPT approved?")
    assert reply.status == 200
    event, _ = next_seen(seen, "app_mention")
    assert event["text"] == f"<@{BOT_USER_ID}> is ChatGPT approved?" and event["channel"] == "C0GENERAL"
    assert reply.sent["event"] == event and reply.sent["authorizations"][0]["user_id"] == BOT_USER_ID
    (answer,) = slack_api.wait_for("chat.postMessage", where=lambda c: c.args.get("thread_ts") == event["ts"])
    assert answer.args["channel"] == "C0GENERAL" and answer.args["text"] == "Here is the answer."


def test_a_retried_event_carries_slacks_retry_headers_and_the_same_event_id(sender, seen):
    first = sender.app_mention(user="U0ADA", channel="C0GENERAL", text="hello")
    next_seen(seen, "app_mention")
    again = sender.event(first.sent["event"], event_id=first.sent["event_id"], retry_num=1, retry_reason="http_timeout")
    assert again.status == 200 and again.sent["event_id"] == first.sent["event_id"]
    _, headers = next_seen(seen, "app_mention")
    assert headers["x-slack-retry-num"] == ["1"] and headers["x-slack-retry-reason"] == ["http_timeout"]


def test_a_direct_message_and_a_thread_reply_reach_the_message_listener(sender, seen, slack_api):
    sender.dm(user="U0ADA", text="what is the policy on code assistants?")
    event, _ = next_seen(seen, "message")
    assert event["channel_type"] == "im" and event["channel"].startswith("D") and "thread_ts" not in event
    sender.thread_message(
        user="U0ADA", channel="C0GENERAL", text="and for customer data?", thread_ts="1712345678.000100"
    )
    event, _ = next_seen(seen, "message")
    assert event["thread_ts"] == "1712345678.000100" and event["channel_type"] == "channel"
    slack_api.wait_for("chat.postMessage", where=lambda c: c.args.get("thread_ts") == "1712345678.000100")


def test_opening_the_home_tab_lets_the_app_publish_it(sender, seen, slack_api):
    sender.app_home_opened(user="U0ADA")
    next_seen(seen, "app_home_opened")
    slack_api.wait_for("views.publish")
    assert slack_api.home_view("U0ADA")["type"] == "home"


def test_the_assistant_thread_events_match_bolts_assistant(sender, seen, slack_api):
    sender.assistant_thread_started(user="U0ADA", channel="D0ADA", thread_ts="1712345678.000100")
    next_seen(seen, "assistant_thread_started")
    slack_api.wait_for("assistant.threads.setSuggestedPrompts")
    sender.assistant_message(user="U0ADA", channel="D0ADA", thread_ts="1712345678.000100", text="Is ChatGPT approved?")
    payload, _ = next_seen(seen, "assistant_message")
    assert payload["text"] == "Is ChatGPT approved?"
    (status,) = slack_api.wait_for("assistant.threads.setStatus")
    assert status.args | {"team_id": None} == {
        "channel_id": "D0ADA",
        "thread_ts": "1712345678.000100",
        "status": "is thinking...",
        "team_id": None,
    }
    slack_api.wait_for("chat.postMessage", where=lambda c: c.args.get("thread_ts") == "1712345678.000100")


# -- interactivity ---------------------------------------------------------------------------------


def test_a_button_click_in_a_message_is_shaped_like_slacks_block_actions(sender, seen, slack_api):
    posted = WebClient(token=TOKEN, base_url=slack_api.base_url).chat_postMessage(
        channel="C0REVIEW",
        text="New request",
        blocks=[
            {
                "type": "actions",
                "block_id": "decide",
                "elements": [
                    {
                        "type": "button",
                        "action_id": "approve",
                        "value": "REQ-7",
                        "text": {"type": "plain_text", "text": "Approve"},
                    }
                ],
            }
        ],
    )
    reply = sender.block_action("approve", "REQ-7", "U0REVIEWER", channel="C0REVIEW", message=posted["message"])
    assert reply.status == 200
    body, _ = next_seen(seen, "approve")
    assert body["actions"][0] | {"action_ts": None} == {
        "action_id": "approve",
        "block_id": "decide",
        "value": "REQ-7",
        "type": "button",
        "action_ts": None,
        "text": {"type": "plain_text", "text": "approve", "emoji": True},
    }
    assert body["user"]["id"] == "U0REVIEWER" and body["container"]["message_ts"] == posted["ts"]
    assert body["channel"]["id"] == "C0REVIEW" and body["message"]["ts"] == posted["ts"]
    (hook,) = slack_api.wait_for("response_url")
    assert hook.args == {"text": "Approved", "replace_original": True, "_path": hook.args["_path"]}


def test_a_click_in_a_view_carries_the_view_not_a_message(sender, seen):
    reply = sender.block_action("approve", "REQ-7", "U0REVIEWER", view={"id": "V0HOME", "type": "home", "blocks": []})
    assert reply.status == 200
    body, _ = next_seen(seen, "approve")
    assert body["container"] == {"type": "view", "view_id": "V0HOME"} and body["view"]["id"] == "V0HOME"
    assert "message" not in body and "response_url" not in body


def test_a_view_submission_carries_state_values_and_field_errors_come_back(sender, seen):
    values = {
        "name": {"value": "ChatGPT"},
        "data": {"value": select_value("restricted", "Restricted")},
        "owners": {"value": users_value(["U0ADA", "U0BOB"])},
    }
    reply = sender.view_submission("register", values, "U0ADA", private_metadata='{"channel": "C0GENERAL"}')
    assert reply.status == 200 and reply.text == ""
    body, _ = next_seen(seen, "register")
    state = body["view"]["state"]["values"]
    assert state["name"]["value"] == {"type": "plain_text_input", "value": "ChatGPT"}
    assert state["data"]["value"]["selected_option"]["value"] == "restricted"
    assert state["owners"]["value"] == {"type": "multi_users_select", "selected_users": ["U0ADA", "U0BOB"]}
    assert body["view"]["private_metadata"] == '{"channel": "C0GENERAL"}' and body["view"]["callback_id"] == "register"

    refused = sender.view_submission("register", {"name": {"value": None}}, "U0ADA")
    assert refused.status == 200
    assert refused.json() == {"response_action": "errors", "errors": {"name": "Give the tool a name."}}


def test_closing_a_modal_sends_view_closed(sender, seen):
    assert sender.view_closed("register", "U0ADA", is_cleared=True).status == 200
    body, _ = next_seen(seen, "closed")
    assert body["type"] == "view_closed" and body["is_cleared"] is True


def test_fields_can_be_overridden_for_hostile_input(sender, seen):
    reply = sender.block_action("approve", "<!channel>", "U0ADA", enterprise={"id": "E1", "name": "Evil"})
    assert reply.status == 200
    body, _ = next_seen(seen, "approve")
    assert body["actions"][0]["value"] == "<!channel>" and body["enterprise"] == {"id": "E1", "name": "Evil"}
    assert json.loads(json.dumps(reply.sent)) == reply.sent
