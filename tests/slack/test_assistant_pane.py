"""Slack's AI-app surface: the split-view assistant thread, through bolt-python's Assistant."""

from __future__ import annotations

import time

from tests.slack.conftest import USER
from tests.slack.test_ask import buttons, texts

PANE = "D0ADA"  # the assistant thread lives in the user's DM with the app


def start_thread(slack_app) -> str:
    thread_ts = slack_app.sender.ts()
    reply = slack_app.sender.assistant_thread_started(USER, PANE, thread_ts)
    assert reply.status == 200
    return thread_ts


def test_a_new_thread_gets_a_greeting_and_suggested_prompts(slack_app):
    thread_ts = start_thread(slack_app)
    (greeting,) = slack_app.slack.wait_for("chat.postMessage")
    assert (greeting.args["channel"], greeting.args["thread_ts"]) == (PANE, thread_ts)
    assert "AI policy" in greeting.args["text"]
    (prompts,) = slack_app.slack.wait_for("assistant.threads.setSuggestedPrompts")
    assert (prompts.args["channel_id"], prompts.args["thread_ts"]) == (PANE, thread_ts) and prompts.ok
    titles = [prompt["title"] for prompt in prompts.args["prompts"]]
    assert titles[:3] == ["Is ChatGPT approved?", "Register a tool", "What does ISO 42001 expect from suppliers?"]


def test_a_message_shows_thinking_then_the_answer_and_titles_the_thread(slack_app):
    thread_ts = start_thread(slack_app)
    slack_app.slack.wait_for("chat.postMessage")
    slack_app.sender.assistant_message(USER, PANE, thread_ts, "Is ChatGPT approved?")

    (_, answer) = slack_app.slack.wait_for("chat.postMessage", count=2)
    (status,) = slack_app.slack.calls_to("assistant.threads.setStatus")
    (title,) = slack_app.slack.wait_for("assistant.threads.setTitle")
    assert status.args["status"] == "is thinking…" and status.at < answer.at
    assert (answer.args["channel"], answer.args["thread_ts"]) == (PANE, thread_ts)
    assert "*Approved with conditions*" in texts(answer.args["blocks"])
    assert (title.args["title"], title.args["thread_ts"]) == ("Is ChatGPT approved?", thread_ts)

    # The thread keeps its first title.
    slack_app.sender.assistant_message(USER, PANE, thread_ts, "What about Midjourney?")
    slack_app.slack.wait_for("chat.postMessage", count=3)
    slack_app.slack.expect_no("assistant.threads.setTitle", within=0.5, where=lambda c: c is not title)


def test_the_suggested_prompts_are_answered(slack_app):
    """Each suggested prompt, sent as Slack sends it, gets a real answer (not "I don't know")."""
    thread_ts = start_thread(slack_app)
    (prompts,) = slack_app.slack.wait_for("assistant.threads.setSuggestedPrompts")
    for prompt in prompts.args["prompts"]:
        slack_app.sender.assistant_message(USER, PANE, thread_ts, prompt["message"])
    answers = slack_app.slack.wait_for("chat.postMessage", count=1 + len(prompts.args["prompts"]))[1:]
    for answer in answers:
        assert "I don't know" not in texts(answer.args["blocks"]), answer.args["text"]


def test_register_a_tool_leads_to_the_registration_form(slack_app):
    thread_ts = start_thread(slack_app)
    slack_app.sender.assistant_message(USER, PANE, thread_ts, "I'd like to register a new AI tool")
    (_, answer) = slack_app.slack.wait_for("chat.postMessage", count=2)
    register = buttons(answer.args["blocks"])[0]
    assert (register["action_id"], register["text"]["text"]) == ("register_open", "Register a tool")

    message = answer.response["message"] | {"ts": answer.response["ts"]}
    slack_app.sender.block_action("register_open", register.get("value", ""), USER, channel=PANE, message=message)
    (opened,) = slack_app.slack.wait_for("views.open")
    assert opened.ok and opened.args["view"]["type"] == "modal"


def test_a_context_change_needs_no_web_api_calls(slack_app):
    thread_ts = start_thread(slack_app)
    slack_app.slack.wait_for("assistant.threads.setSuggestedPrompts")
    slack_app.slack.reset()
    event = {
        "type": "assistant_thread_context_changed",
        "assistant_thread": {
            "user_id": USER,
            "channel_id": PANE,
            "thread_ts": thread_ts,
            "context": {"channel_id": "C0OTHER", "team_id": "T0GOVTEST", "enterprise_id": None},
        },
        "event_ts": slack_app.sender.ts(),
    }
    assert slack_app.sender.event(event).status == 200
    time.sleep(0.5)
    assert slack_app.slack.calls == []  # Bolt's default would read the thread and update a message
