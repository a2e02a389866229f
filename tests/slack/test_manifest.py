"""manifest.yml creates the Slack app with everything the code needs: every event it listens to is
subscribed, every Web API method it calls has its scope, the slash command and request URLs match."""

from __future__ import annotations

import re
from pathlib import Path

import yaml
from slack_sdk import WebClient

from bot.slack.listeners.assistant_pane import SUGGESTED_PROMPTS
from bot.slack.listeners.commands import COMMAND
from bot.slack.server import EVENTS_PATH

ROOT = Path(__file__).resolve().parents[2]
SLACK_CODE = sorted((ROOT / "bot" / "slack").rglob("*.py"))

# Each Web API method the app may call, and the bot scope it needs (None: no scope needed).
# A method missing here fails the test below: look its scope up in Slack's method reference.
METHOD_SCOPES = {
    "auth.test": None,
    "chat.postMessage": "chat:write",
    "chat.postEphemeral": "chat:write",
    "chat.update": "chat:write",
    "chat.getPermalink": None,
    "reactions.add": "reactions:write",
    "reactions.remove": "reactions:write",
    "views.open": None,
    "views.update": None,
    "views.push": None,
    "views.publish": None,
    "users.info": "users:read",
    "users.lookupByEmail": "users:read.email",
    "usergroups.users.list": "usergroups:read",
    "conversations.open": "im:write",
    "conversations.replies": "channels:history",
    "assistant.threads.setStatus": "assistant:write",
    "assistant.threads.setTitle": "assistant:write",
    "assistant.threads.setSuggestedPrompts": "assistant:write",
}
# Bolt's listener utilities, and the Web API method behind each.
BOLT_UTILITIES = {
    "say": "chat.postMessage",
    "set_status": "assistant.threads.setStatus",
    "set_title": "assistant.threads.setTitle",
    "set_suggested_prompts": "assistant.threads.setSuggestedPrompts",
}
EVENT_SCOPES = {
    "app_mention": "app_mentions:read",
    "message.im": "im:history",
    "message.channels": "channels:history",
    "message.groups": "groups:history",
}


def manifest() -> dict:
    return yaml.safe_load((ROOT / "manifest.yml").read_text(encoding="utf-8"))


def code() -> str:
    return "\n".join(path.read_text(encoding="utf-8") for path in SLACK_CODE)


def methods_called() -> set[str]:
    """Web API methods the Slack code calls: `client.chat_postMessage(...)` is chat.postMessage
    (whatever the WebClient is called: any attribute named like one of its API methods)."""
    source = code()
    names = set(re.findall(r"\.([a-z]+_[A-Za-z_]+)\b", source))
    methods = {name.replace("_", ".") for name in names if callable(getattr(WebClient, name, None))}
    methods |= {method for utility, method in BOLT_UTILITIES.items() if re.search(rf"\b{utility}\(", source)}
    return methods | {"auth.test"}  # Bolt checks the token at start-up


def events_listened_to() -> set[str]:
    source = code()
    events = set(re.findall(r"@app\.event\(\"([a-z_.]+)\"", source))
    if "message" in events:  # one listener for every kind of conversation the bot is in
        events = (events - {"message"}) | {"message.im", "message.channels", "message.groups"}
    if "app.assistant(" in source:  # bolt-python's Assistant middleware
        events |= {"assistant_thread_started", "assistant_thread_context_changed", "message.im"}
    return events


def test_the_manifest_is_valid_yaml_with_the_sections_slack_requires():
    app = manifest()
    assert app["_metadata"]["major_version"] == 2
    assert app["display_information"]["name"] and app["features"]["bot_user"]["display_name"]
    assert 174 <= len(app["display_information"]["long_description"]) <= 4000  # Slack's bounds
    assert len(app["display_information"]["description"]) <= 140


def test_every_event_the_app_listens_to_is_subscribed_with_its_scope():
    app = manifest()
    subscribed = set(app["settings"]["event_subscriptions"]["bot_events"])
    listened = events_listened_to()
    assert {"app_mention", "message.im", "app_home_opened", "assistant_thread_started"} <= listened  # the grep works
    assert listened <= subscribed, listened - subscribed
    scopes = set(app["oauth_config"]["scopes"]["bot"])
    assert {EVENT_SCOPES[event] for event in subscribed if event in EVENT_SCOPES} <= scopes


def test_every_web_api_method_the_app_calls_has_its_scope():
    called = methods_called()
    assert {
        "chat.postMessage",
        "reactions.add",
        "views.open",
        "assistant.threads.setStatus",
    } <= called  # the grep works
    unknown = called - METHOD_SCOPES.keys()
    assert not unknown, f"add these methods and their scopes to METHOD_SCOPES: {unknown}"
    needed = {METHOD_SCOPES[method] for method in called} - {None}
    scopes = set(manifest()["oauth_config"]["scopes"]["bot"])
    assert needed <= scopes, needed - scopes
    assert "commands" in scopes


def test_command_interactivity_and_events_go_to_the_apps_one_url():
    app = manifest()
    (command,) = app["features"]["slash_commands"]
    assert command["command"] == COMMAND
    urls = {
        command["url"],
        app["settings"]["interactivity"]["request_url"],
        app["settings"]["event_subscriptions"]["request_url"],
    }
    assert urls == {f"https://YOUR-HOST{EVENTS_PATH}"}
    assert app["settings"]["interactivity"]["is_enabled"] is True


def test_home_tab_direct_messages_and_the_ai_app_pane_are_enabled():
    app = manifest()
    home = app["features"]["app_home"]
    assert home["home_tab_enabled"] and home["messages_tab_enabled"] and not home["messages_tab_read_only_enabled"]
    pane = app["features"]["assistant_view"]
    assert pane["assistant_description"]
    assert pane["suggested_prompts"] == SUGGESTED_PROMPTS[: len(pane["suggested_prompts"])]
