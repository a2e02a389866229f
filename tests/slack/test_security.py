"""Robustness and security of the Slack app: signatures, retries, escaping, Block Kit limits, rate
limits and dropped connections, failing listeners, and `govbot serve` as a real process."""

from __future__ import annotations

import json
import logging
import os
import re
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlencode

import pytest
from sqlalchemy import text

from bot.llm import LLMAnswerer
from tests.slack.conftest import GENERAL, REVIEW_CHANNEL, SIGNING_SECRET, TOKEN, USER
from tests.slack.test_ask import CUSTOMER_DATA, ask_in_channel, buttons, posted_message, texts
from tests.standins.network import free_port
from tests.standins.slack_api import SlackAPIStandIn
from tests.standins.slack_requests import SlackSender
from tests.standins.socket_mode import SocketModeStandIn

GOVBOT = Path(sys.executable).parent / "govbot"
HOSTILE = ["<!channel>", "<!here>", "<@U123>", "<http://evil|bank>"]


def shown_strings(call) -> list[str]:
    """Everything of a Web API call (or response_url post) that Slack would render."""
    found = [call.args[key] for key in ("text", "title", "status") if isinstance(call.args.get(key), str)]
    for key in ("blocks", "view", "prompts"):
        if call.args.get(key):
            found.append(texts(call.args[key] if isinstance(call.args[key], list) else [call.args[key]]))
    for prompt in call.args.get("prompts") or []:
        found += [prompt.get("title", ""), prompt.get("message", "")]
    return found


# -- signatures ------------------------------------------------------------------------------------------


def signed_requests(sender: SlackSender) -> dict[str, tuple[bytes, str]]:
    """One request of each kind Slack sends, as raw bodies to sign (or not)."""
    envelope = {
        "token": "x",
        "team_id": "T0GOVTEST",
        "api_app_id": "A0GOVBOT",
        "type": "event_callback",
        "event_id": "Ev0SIG",
        "event_time": int(time.time()),
        "authorizations": [{"team_id": "T0GOVTEST", "user_id": "U0GOVBOT", "is_bot": True}],
        "event": {
            "type": "app_mention",
            "user": USER,
            "channel": GENERAL,
            "text": f"<@U0GOVBOT> {CUSTOMER_DATA}",
            "ts": sender.ts(),
        },
    }
    command = (
        f"command=%2Faigov&text=status+ChatGPT&user_id={USER}&channel_id={GENERAL}&team_id=T0GOVTEST"
        "&response_url=http%3A%2F%2F127.0.0.1%3A9%2Fhook&trigger_id=1.2.3"
    )
    action = {
        "type": "block_actions",
        "user": {"id": USER},
        "team": {"id": "T0GOVTEST"},
        "api_app_id": "A0GOVBOT",
        "actions": [{"action_id": "escalate", "value": json.dumps({"q": CUSTOMER_DATA}), "type": "button"}],
        "container": {"type": "message", "channel_id": GENERAL, "message_ts": sender.ts()},
        "channel": {"id": GENERAL},
    }
    return {
        "event": (json.dumps(envelope).encode(), "application/json"),
        "command": (command.encode(), "application/x-www-form-urlencoded"),
        "action": (urlencode({"payload": json.dumps(action)}).encode(), "application/x-www-form-urlencoded"),
    }


@pytest.mark.parametrize("how", ["unsigned", "wrongly signed", "stale"])
def test_requests_not_signed_by_slack_are_refused_and_change_nothing(slack_app, how):
    sender = slack_app.sender
    for kind, (body, content_type) in signed_requests(sender).items():
        if how == "unsigned":
            reply = sender.post(body, content_type, sign=False)
        elif how == "wrongly signed":
            reply = SlackSender(slack_app.url, "not-the-secret").post(body, content_type)
        else:  # signed correctly, but six minutes ago: a replayed capture
            reply = sender.post(body, content_type, timestamp=int(time.time()) - 360)
        assert reply.status == 401, kind
    time.sleep(1.0)
    assert [call.method for call in slack_app.slack.calls] == ["auth.test"]  # only the start-up check
    with slack_app.db.reading() as session:
        assert session.execute(text("SELECT count(*) FROM deliveries")).scalar() == 0


# -- retries: one event, one answer ------------------------------------------------------------------------


@pytest.mark.parametrize("where", ["mention", "dm", "assistant thread"])
def test_an_event_delivered_again_by_slack_is_answered_once(slack_app, where):
    sender = slack_app.sender
    if where == "mention":
        first = sender.app_mention(user=USER, channel=GENERAL, text=CUSTOMER_DATA)
    elif where == "dm":
        first = sender.dm(USER, CUSTOMER_DATA)
    else:
        first = sender.assistant_message(USER, "D0ADA", sender.ts(), CUSTOMER_DATA)
    for retry in (1, 2, 3):
        again = sender.event(
            first.sent["event"], event_id=first.sent["event_id"], retry_num=retry, retry_reason="http_timeout"
        )
        assert again.status == 200
    (answer,) = slack_app.slack.wait_for("chat.postMessage")
    slack_app.slack.expect_no("chat.postMessage", within=1.5, where=lambda c: c is not answer)


# -- acknowledged within three seconds, however slow the answer ----------------------------------------------


def test_slack_gets_its_acknowledgement_at_once_while_a_slow_answer_is_prepared(make_slack_app, llm_provider):
    slack_app = make_slack_app(llm=LLMAnswerer("openai:gpt-standin", timeout=20))
    llm_provider.reply("Customer personal data must never go into a consumer chatbot [1].", delay=4.0)
    llm_provider.reply("Customer personal data must never go into a consumer chatbot [1].", delay=4.0)

    mention = slack_app.sender.app_mention(user=USER, channel=GENERAL, text=CUSTOMER_DATA)
    command = slack_app.sender.command(text=CUSTOMER_DATA, user_id=USER)
    assert mention.status == command.status == 200
    assert mention.elapsed < 1.0 and command.elapsed < 1.0  # Slack gives up after 3 s
    answer = slack_app.answer_in_thread(GENERAL, mention.sent["event"]["ts"])
    (responded,) = slack_app.slack.wait_for("response_url")
    assert "must never go into a consumer chatbot [1]" in texts(answer.args["blocks"])
    assert "must never go into a consumer chatbot [1]" in texts(responded.args["blocks"])


# -- Block Kit limits ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("sentences", [120, 4000])
def test_long_answers_are_split_into_sections_and_capped_at_fifty_blocks(make_slack_app, llm_provider, sentences):
    slack_app = make_slack_app(llm=LLMAnswerer("openai:gpt-standin", timeout=20))
    long_answer = " ".join(f"Rule {n}: customer personal data is restricted [1]." for n in range(sentences))
    llm_provider.reply(long_answer)
    _, answer = ask_in_channel(slack_app, CUSTOMER_DATA)
    assert answer.ok  # the stand-in refuses what Slack refuses (invalid_blocks)
    blocks = answer.args["blocks"]
    assert len(blocks) <= 50 and all(len(b.get("text", {}).get("text", "")) <= 3000 for b in blocks)
    body = [b["text"]["text"] for b in blocks if b["type"] == "section" and "Rule" in b["text"]["text"]]
    assert len(body) >= 2
    if sentences == 120:  # fits in one message: nothing lost
        assert " ".join(body) == long_answer
    else:
        assert "longer than one message holds" in texts(blocks)
    assert blocks[-1]["type"] == "actions"  # the buttons survive the cut


# -- escaping ------------------------------------------------------------------------------------------------------


def test_user_text_never_pings_or_disguises_links_anywhere_it_is_shown(slack_app):
    hostile = " ".join(HOSTILE)
    sender = slack_app.sender
    _, answer = ask_in_channel(slack_app, f"is {hostile} approved for customer personal data?")
    sender.block_action(
        "escalate",
        next(b for b in buttons(answer.args["blocks"]) if b["action_id"] == "escalate")["value"],
        USER,
        channel=GENERAL,
        message=posted_message(answer),
    )
    sender.command(text=f"status {hostile}", user_id=USER)
    sender.command(text=f"ask {hostile}", user_id=USER)
    sender.dm(USER, "I'd like to register <!channel>")
    thread_ts = sender.ts()
    sender.assistant_message(USER, "D0ADA", thread_ts, f"{hostile} what must I do with customer personal data?")

    slack_app.slack.wait_for("chat.postMessage", where=lambda c: c.args["channel"] == REVIEW_CHANNEL)
    slack_app.slack.wait_for("response_url", count=3)
    slack_app.slack.wait_for("assistant.threads.setTitle")
    slack_app.slack.wait_for("chat.postMessage", count=4)

    shown = [s for call in slack_app.slack.calls for s in shown_strings(call)]
    for raw in HOSTILE:
        assert not [s for s in shown if raw in s], raw
    escaped = "&lt;!channel&gt;"
    (review_post,) = slack_app.slack.calls_to("chat.postMessage", where=lambda c: c.args["channel"] == REVIEW_CHANNEL)
    (title,) = slack_app.slack.calls_to("assistant.threads.setTitle")
    status = next(
        c for c in slack_app.slack.calls_to("response_url") if "not registered" in texts(c.args.get("blocks") or [])
    )
    for call in (review_post, title, status):  # the text was shown, made inert
        assert any(escaped in s for s in shown_strings(call)), call.args


# -- rate limits and dropped connections ----------------------------------------------------------------------------


@pytest.mark.parametrize("fault", ["rate limited", "connection dropped"])
def test_the_answer_arrives_exactly_once_through_rate_limits_and_dropped_connections(slack_app, fault):
    if fault == "rate limited":
        slack_app.slack.rate_limit("chat.postMessage", times=1, retry_after=1)
    else:
        slack_app.slack.drop("chat.postMessage", times=1)
    reply = slack_app.sender.app_mention(user=USER, channel=GENERAL, text=CUSTOMER_DATA)
    ts = reply.sent["event"]["ts"]
    slack_app.answer_in_thread(GENERAL, ts)
    attempts = slack_app.slack.calls_to("chat.postMessage")
    assert [call.status for call in attempts] == ([429, 200] if fault == "rate limited" else [None, 200])
    time.sleep(0.5)
    assert len([m for m in slack_app.slack.messages(GENERAL, ts) if m["ts"] != ts]) == 1


# -- a failing listener ---------------------------------------------------------------------------------------------


def break_database(db) -> None:
    """Drop every table, as if the database had been wiped under the running app."""
    with db.engine.begin() as connection:
        connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
        tables = [row[0] for row in connection.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'")]
        for table in tables:
            connection.exec_driver_sql(f'DROP TABLE IF EXISTS "{table}"')


def references_in(records: list[logging.LogRecord]) -> set[str]:
    return {m for r in records for m in re.findall(r"\[ref ([0-9a-f]{8})\]", r.getMessage())}


def test_a_failing_listener_apologises_with_an_error_reference_that_is_logged(slack_app, caplog):
    caplog.set_level(logging.ERROR, logger="govbot.slack")
    break_database(slack_app.db)

    reply = slack_app.sender.app_mention(user=USER, channel=GENERAL, text=CUSTOMER_DATA)
    (apology,) = slack_app.slack.wait_for("chat.postEphemeral")
    assert apology.args["user"] == USER and apology.args["channel"] == GENERAL
    slack_app.sender.command(text="status ChatGPT", user_id=USER)
    (private,) = slack_app.slack.wait_for("response_url", where=lambda c: "error reference" in c.args.get("text", ""))
    slack_app.sender.dm(USER, CUSTOMER_DATA)
    (in_dm,) = slack_app.slack.wait_for("chat.postMessage", where=lambda c: "error reference" in c.args.get("text", ""))

    shown = {
        m
        for call in (apology, private, in_dm)
        for m in re.findall(r"error reference `([0-9a-f]{8})`", call.args["text"])
    }
    assert len(shown) == 3
    assert shown <= references_in(caplog.records)
    assert reply.status == 200


def test_an_index_gone_from_under_the_app_gets_an_apology_not_silence(
    make_slack_app, slack_index_dir, embedder, tmp_path, caplog
):
    from knowledge.retrieval.index import KnowledgeIndex

    caplog.set_level(logging.ERROR, logger="govbot.slack")
    copy = shutil.copytree(slack_index_dir, tmp_path / "index-copy")
    slack_app = make_slack_app(index=KnowledgeIndex(copy, embedder).open_for_search())
    KnowledgeIndex(copy, embedder).open_for_writing(rebuild=True)  # an `ingest --rebuild` that stopped half-way

    slack_app.sender.dm(USER, CUSTOMER_DATA)
    (answer,) = slack_app.slack.wait_for("chat.postMessage")
    references = re.findall(r"error reference `([0-9a-f]{8})`", answer.args["text"])
    assert references and set(references) <= references_in(caplog.records)
    (added,) = slack_app.slack.calls_to("reactions.add")
    (removed,) = slack_app.slack.wait_for("reactions.remove")  # the "working" hint does not stay behind
    assert added.args == removed.args


# -- govbot serve, the real process ------------------------------------------------------------------------------------


def test_govbot_serve_answers_signed_requests_and_health_checks(slack_index_dir, tmp_path):
    data_dir = shutil.copytree(slack_index_dir, tmp_path / "data")
    port = free_port()
    with SlackAPIStandIn(TOKEN) as slack:
        env = os.environ | {
            "GOVBOT_DATA_DIR": str(data_dir),
            "SLACK_BOT_TOKEN": TOKEN,
            "SLACK_SIGNING_SECRET": SIGNING_SECRET,
            "SLACK_API_URL": slack.base_url,
            "GOVBOT_REVIEW_CHANNEL": REVIEW_CHANNEL,
            "HF_HUB_OFFLINE": "1",
        }
        server = subprocess.Popen(
            [str(GOVBOT), "serve", "--host", "127.0.0.1", "--port", str(port)],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            health = wait_until_healthy(f"http://127.0.0.1:{port}/healthz", server)
            assert health == {"ok": True, "database": "ok"}
            sender = SlackSender(f"http://127.0.0.1:{port}/slack/events", SIGNING_SECRET, hooks_url=slack.hooks_url)
            reply = sender.app_mention(user=USER, channel=GENERAL, text=CUSTOMER_DATA)
            assert reply.status == 200 and reply.elapsed < 3
            ts = reply.sent["event"]["ts"]
            (answer,) = slack.wait_for("chat.postMessage", where=lambda c: c.args.get("thread_ts") == ts, timeout=30)
            assert "must never be entered into a consumer chatbot" in texts(answer.args["blocks"])
            assert SlackSender(sender.url, "wrong").app_mention(user=USER, channel=GENERAL, text="hi").status == 401
        finally:
            server.send_signal(signal.SIGINT)
            _, stderr = server.communicate(timeout=30)
    assert server.returncode == 0, stderr
    assert f"serving Slack on http://127.0.0.1:{port}/slack/events" in stderr


def test_govbot_serve_socket_mode_answers_over_the_websocket_and_once_per_event(slack_index_dir, tmp_path):
    data_dir = shutil.copytree(slack_index_dir, tmp_path / "data")
    app_token = "xapp-1-A0GOVBOT-1-test"
    with SocketModeStandIn() as sockets, SlackAPIStandIn(TOKEN, app_token=app_token, socket_url=sockets.url) as slack:
        env = os.environ | {
            "GOVBOT_DATA_DIR": str(data_dir),
            "SLACK_BOT_TOKEN": TOKEN,
            "SLACK_APP_TOKEN": app_token,
            "SLACK_API_URL": slack.base_url,
            "HF_HUB_OFFLINE": "1",
        }
        env.pop("SLACK_SIGNING_SECRET", None)  # not needed without an HTTP endpoint
        server = subprocess.Popen(
            [str(GOVBOT), "serve", "--socket-mode"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        try:
            sockets.wait_for_connection()
            sender = SlackSender("unused: events arrive over the socket", SIGNING_SECRET)
            event = sender.mention_event(USER, GENERAL, CUSTOMER_DATA)
            callback = sender.event_callback(event)
            envelope = sockets.deliver("events_api", callback)
            assert sockets.wait_for_ack(envelope) == {"envelope_id": envelope}
            (answer,) = slack.wait_for(
                "chat.postMessage", where=lambda c: c.args.get("thread_ts") == event["ts"], timeout=30
            )
            assert "must never be entered into a consumer chatbot" in texts(answer.args["blocks"])
            # Slack re-sends an event whose acknowledgement it missed: a new envelope, the same event.
            again = sockets.deliver("events_api", callback, retry_attempt=1)
            sockets.wait_for_ack(again)
            slack.expect_no(
                "chat.postMessage",
                within=1.0,
                where=lambda c: c.args.get("thread_ts") == event["ts"] and c is not answer,
            )
        finally:
            server.send_signal(signal.SIGINT)
            _, stderr = server.communicate(timeout=30)
    assert "Traceback" not in stderr, stderr


def wait_until_healthy(url: str, server: subprocess.Popen, timeout: float = 120) -> dict:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise AssertionError(f"govbot serve exited with {server.returncode}: {server.stderr.read()}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                return json.loads(response.read())
        except OSError:
            time.sleep(0.25)
    raise AssertionError(f"govbot serve did not answer {url} within {timeout}s")


def test_govbot_serve_without_tokens_says_what_is_missing(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("SLACK_")} | {"GOVBOT_DATA_DIR": str(tmp_path)}
    result = subprocess.run([str(GOVBOT), "serve"], env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert "set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET" in result.stderr and "Traceback" not in result.stderr
    socket_mode = subprocess.run(
        [str(GOVBOT), "serve", "--socket-mode"],
        env=env | {"SLACK_BOT_TOKEN": TOKEN},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert socket_mode.returncode == 1 and "set SLACK_APP_TOKEN" in socket_mode.stderr


def test_oversized_questions_and_tool_names_get_a_clear_answer(slack_app):
    slack_app.sender.app_mention(user=USER, channel=GENERAL, text="why " * 12_000)
    slack_app.sender.command(text="status " + "Jasper" * 1_000, user_id=USER)
    (refusal,) = slack_app.slack.wait_for("chat.postMessage")
    assert refusal.ok and "characters long" in refusal.args["text"]
    (status,) = slack_app.slack.wait_for("response_url")
    assert status.status == 200 and "is not registered" in texts(status.args["blocks"])
    register = buttons(status.args["blocks"])[0]
    assert register["action_id"] == "register_open" and len(register["value"]) == 120
