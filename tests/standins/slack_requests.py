"""Requests shaped like Slack's, signed like Slack's, sent to the app's one events URL.

Slack sends Events API callbacks as JSON, slash commands as form fields, and interactivity
(block_actions, view_submission, view_closed) as one form field `payload=<json>`, each signed with
the app's signing secret: X-Slack-Signature = "v0=" + hex HMAC-SHA256(secret, "v0:{timestamp}:{body}")
with X-Slack-Request-Timestamp = the Unix time in seconds (docs.slack.dev "Verifying requests from
Slack"). Field shapes follow Slack's payload references and bolt-python's own scenario tests.

    sender = SlackSender("http://127.0.0.1:3000/slack/events", "signing-secret", hooks_url=slack_api.hooks_url)
    reply = sender.app_mention(user="U0ADA", channel="C0GENERAL", text="is ChatGPT approved?")
    assert reply.status == 200 and reply.elapsed < 3
    event_ts = reply.sent["event"]["ts"]   # what was sent, to find the answer in its thread
"""

from __future__ import annotations

import hashlib
import hmac
import http.client
import itertools
import json
import secrets
import threading
import time
import uuid
from dataclasses import dataclass, field
from urllib.parse import urlencode, urlsplit

from tests.standins.slack_api import APP_ID, BOT_USER_ID, TEAM_DOMAIN, TEAM_ID

USER_AGENT = "Slackbot 1.0 (+https://api.slack.com/robots)"
VERIFICATION_TOKEN = "Jhj5dZrVaK7ZwHHjRyZWjbDl"  # Slack's deprecated token, still sent in every payload


@dataclass
class Reply:
    """The app's HTTP answer to one request, and what was sent."""

    status: int
    headers: dict[str, str]
    text: str
    elapsed: float  # seconds from sending the request to the full response
    sent: dict = field(default_factory=dict)  # the payload sent (event envelope, command fields, interaction)

    def json(self):
        return json.loads(self.text)


def slack_signature(signing_secret: str, timestamp: str, body: bytes) -> str:
    """Slack's v0 request signature."""
    base = b"v0:" + timestamp.encode() + b":" + body
    return "v0=" + hmac.new(signing_secret.encode(), base, hashlib.sha256).hexdigest()


# -- view_submission state values, as Slack reports each kind of input element ---------------------


def text_value(value: str | None) -> dict:
    return {"type": "plain_text_input", "value": value}


def select_value(value: str | None, text: str | None = None) -> dict:
    option = (
        None
        if value is None
        else {"text": {"type": "plain_text", "text": text or value, "emoji": True}, "value": value}
    )
    return {"type": "static_select", "selected_option": option}


def multi_select_value(values: list[str]) -> dict:
    options = [{"text": {"type": "plain_text", "text": v, "emoji": True}, "value": v} for v in values]
    return {"type": "multi_static_select", "selected_options": options}


def checkboxes_value(values: list[str]) -> dict:
    options = [{"text": {"type": "mrkdwn", "text": v, "verbatim": False}, "value": v} for v in values]
    return {"type": "checkboxes", "selected_options": options}


def radio_value(value: str | None) -> dict:
    option = None if value is None else {"text": {"type": "plain_text", "text": value, "emoji": True}, "value": value}
    return {"type": "radio_buttons", "selected_option": option}


def users_value(user_ids: list[str]) -> dict:
    return {"type": "multi_users_select", "selected_users": list(user_ids)}


def user_value(user_id: str | None) -> dict:
    return {"type": "users_select", "selected_user": user_id}


def date_value(day: str | None) -> dict:
    return {"type": "datepicker", "selected_date": day}


class SlackSender:
    """Sends Slack-shaped, signed requests to one URL and returns the app's replies."""

    def __init__(
        self,
        url: str,
        signing_secret: str,
        *,
        hooks_url: str | None = None,
        timeout: float = 10.0,
        team_id: str = TEAM_ID,
        team_domain: str = TEAM_DOMAIN,
        api_app_id: str = APP_ID,
        bot_user_id: str = BOT_USER_ID,
    ):
        self.url = url
        self.signing_secret = signing_secret
        self.hooks_url = hooks_url or "https://hooks.slack.com/"  # give the stand-in's hooks_url to record replies
        self.timeout = timeout
        self.team_id, self.team_domain, self.api_app_id, self.bot_user_id = (
            team_id,
            team_domain,
            api_app_id,
            bot_user_id,
        )
        self._counter = itertools.count(1)
        self._lock = threading.Lock()
        self._last_ts = 0

    # -- the transport --------------------------------------------------------------------------------

    def post(
        self,
        body: bytes | str,
        content_type: str,
        *,
        timestamp: int | str | None = None,
        signature: str | None = None,
        sign: bool = True,
        headers: dict[str, str] | None = None,
    ) -> Reply:
        """POST a raw body. Signed with the current time unless told otherwise: `timestamp` to send
        another (e.g. a stale one), `signature` to send a given one, `sign=False` for none at all."""
        data = body.encode() if isinstance(body, str) else body
        all_headers = {"Content-Type": content_type, "User-Agent": USER_AGENT, "Accept": "application/json,*/*"}
        if sign:
            stamp = str(int(time.time()) if timestamp is None else timestamp)
            all_headers["X-Slack-Request-Timestamp"] = stamp
            all_headers["X-Slack-Signature"] = signature or slack_signature(self.signing_secret, stamp, data)
        all_headers.update(headers or {})
        parts = urlsplit(self.url)
        path = parts.path + (f"?{parts.query}" if parts.query else "")
        connection = http.client.HTTPConnection(parts.hostname, parts.port or 80, timeout=self.timeout)
        started = time.perf_counter()
        try:
            connection.request("POST", path or "/", body=data, headers=all_headers)
            response = connection.getresponse()
            text = response.read().decode("utf-8", "replace")
            elapsed = time.perf_counter() - started
            return Reply(response.status, {k.lower(): v for k, v in response.getheaders()}, text, elapsed)
        finally:
            connection.close()

    def _json(self, payload: dict, headers: dict[str, str] | None = None) -> Reply:
        reply = self.post(json.dumps(payload), "application/json", headers=headers)
        reply.sent = payload
        return reply

    def _form(self, fields: dict) -> Reply:
        reply = self.post(urlencode(fields), "application/x-www-form-urlencoded")
        reply.sent = fields
        return reply

    def _interaction(self, payload: dict) -> Reply:
        reply = self.post(urlencode({"payload": json.dumps(payload)}), "application/x-www-form-urlencoded")
        reply.sent = payload
        return reply

    # -- ids Slack makes ------------------------------------------------------------------------------

    def ts(self) -> str:
        """A fresh message timestamp (seconds.microseconds), unique and increasing."""
        with self._lock:
            micros = max(int(time.time() * 1_000_000), self._last_ts + 1)
            self._last_ts = micros
        return f"{micros // 1_000_000}.{micros % 1_000_000:06d}"

    def trigger_id(self) -> str:
        # Begins with the epoch milliseconds it was issued at: the Web API stand-in expires it after 3 s.
        return f"{int(time.time() * 1000)}.{next(self._counter)}.{secrets.token_hex(16)}"

    def event_id(self) -> str:
        return "Ev" + secrets.token_hex(5).upper()

    def response_url(self, kind: str) -> str:
        n = next(self._counter)
        return f"{self.hooks_url}{kind}/{self.team_id}/{1000 + n}/{secrets.token_hex(12)}"

    def user(self, user_id: str, name: str | None = None) -> dict:
        name = name or user_id.lower()
        return {"id": user_id, "username": name, "name": name, "team_id": self.team_id}

    # -- Events API -----------------------------------------------------------------------------------

    def url_verification(self, challenge: str | None = None) -> Reply:
        challenge = challenge or secrets.token_urlsafe(32)
        return self._json({"token": VERIFICATION_TOKEN, "challenge": challenge, "type": "url_verification"})

    def event(
        self, event: dict, event_id: str | None = None, retry_num: int | None = None, retry_reason: str | None = None
    ) -> Reply:
        """An event_callback envelope around `event`; pass the same event_id with retry_num to
        replay it as Slack's retries do (X-Slack-Retry-Num / X-Slack-Retry-Reason)."""
        headers = {}
        if retry_num is not None:
            headers["X-Slack-Retry-Num"] = str(retry_num)
            headers["X-Slack-Retry-Reason"] = retry_reason or "http_timeout"
        return self._json(self.event_callback(event, event_id), headers)

    def event_callback(self, event: dict, event_id: str | None = None) -> dict:
        """The event_callback body Slack wraps `event` in (posted over HTTP, or carried by a Socket
        Mode envelope)."""
        return {
            "token": VERIFICATION_TOKEN,
            "team_id": self.team_id,
            "context_team_id": self.team_id,
            "context_enterprise_id": None,
            "api_app_id": self.api_app_id,
            "event": event,
            "type": "event_callback",
            "event_id": event_id or self.event_id(),
            "event_time": int(time.time()),
            "authorizations": [
                {
                    "enterprise_id": None,
                    "team_id": self.team_id,
                    "user_id": self.bot_user_id,
                    "is_bot": True,
                    "is_enterprise_install": False,
                }
            ],
            "is_ext_shared_channel": False,
            "event_context": "4-" + secrets.token_urlsafe(24),
        }

    def _message_fields(self, user: str, text: str, ts: str | None) -> dict:
        ts = ts or self.ts()
        return {
            "client_msg_id": str(uuid.uuid4()),
            "type": "message",
            "text": text,
            "user": user,
            "ts": ts,
            "blocks": [_rich_text(text)],
            "team": self.team_id,
            "event_ts": ts,
        }

    def app_mention(
        self, user: str, channel: str, text: str, ts: str | None = None, thread_ts: str | None = None, **fields
    ) -> Reply:
        """The bot mentioned in a channel; `text` gets the "<@BOT> " prefix people type unless it has one."""
        return self.event(self.mention_event(user, channel, text, ts, thread_ts, **fields))

    def mention_event(
        self, user: str, channel: str, text: str, ts: str | None = None, thread_ts: str | None = None, **fields
    ) -> dict:
        """The app_mention event of app_mention(), not sent."""
        if f"<@{self.bot_user_id}>" not in text:
            text = f"<@{self.bot_user_id}> {text}"
        event = self._message_fields(user, text, ts) | {"type": "app_mention", "channel": channel}
        if thread_ts:
            event["thread_ts"] = thread_ts
            event["parent_user_id"] = fields.pop("parent_user_id", user)
        return event | fields

    def dm(self, user: str, text: str, ts: str | None = None, channel: str | None = None, **fields) -> Reply:
        """A direct message to the bot (message.im)."""
        event = self._message_fields(user, text, ts) | {"channel": channel or "D" + user[1:], "channel_type": "im"}
        return self.event(event | fields)

    def thread_message(
        self,
        user: str,
        channel: str,
        text: str,
        thread_ts: str,
        ts: str | None = None,
        channel_type: str = "channel",
        parent_user_id: str | None = None,
        **fields,
    ) -> Reply:
        """A reply in a thread (message.channels / message.groups / message.im), without a mention."""
        event = self._message_fields(user, text, ts) | {
            "channel": channel,
            "channel_type": channel_type,
            "thread_ts": thread_ts,
            "parent_user_id": parent_user_id or self.bot_user_id,
        }
        return self.event(event | fields)

    def app_home_opened(self, user: str, tab: str = "home", view: dict | None = None, **fields) -> Reply:
        event = {"type": "app_home_opened", "user": user, "channel": "D" + user[1:], "tab": tab, "event_ts": self.ts()}
        if view is not None:
            event["view"] = view
        return self.event(event | fields)

    def assistant_thread_started(
        self, user: str, channel: str, thread_ts: str, context: dict | None = None, **fields
    ) -> Reply:
        """The user opened the split-view assistant; `context` is the channel they were looking at."""
        event = {
            "type": "assistant_thread_started",
            "assistant_thread": {
                "user_id": user,
                "context": context
                if context is not None
                else {"channel_id": "C0GENERAL", "team_id": self.team_id, "enterprise_id": None},
                "channel_id": channel,
                "thread_ts": thread_ts,
            },
            "event_ts": self.ts(),
        }
        return self.event(event | fields)

    def assistant_message(
        self, user: str, channel: str, thread_ts: str, text: str, ts: str | None = None, **fields
    ) -> Reply:
        """A message the user typed in an assistant thread (message.im in the thread, no bot_id)."""
        event = self._message_fields(user, text, ts) | {
            "user_team": self.team_id,
            "source_team": self.team_id,
            "user_profile": {},
            "thread_ts": thread_ts,
            "parent_user_id": user,
            "channel": channel,
            "channel_type": "im",
        }
        return self.event(event | fields)

    # -- slash commands -------------------------------------------------------------------------------

    def command(
        self,
        command: str = "/aigov",
        text: str = "",
        user_id: str = "U0ADA",
        user_name: str | None = None,
        channel_id: str = "C0GENERAL",
        channel_name: str = "general",
        trigger_id: str | None = None,
        response_url: str | None = None,
        **fields,
    ) -> Reply:
        body = {
            "token": VERIFICATION_TOKEN,
            "team_id": self.team_id,
            "team_domain": self.team_domain,
            "channel_id": channel_id,
            "channel_name": channel_name,
            "user_id": user_id,
            "user_name": user_name or user_id.lower(),
            "command": command,
            "text": text,
            "api_app_id": self.api_app_id,
            "is_enterprise_install": "false",
            "response_url": response_url or self.response_url("commands"),
            "trigger_id": trigger_id or self.trigger_id(),
        }
        return self._form(body | fields)

    # -- interactivity ------------------------------------------------------------------------------

    def block_action(
        self,
        action_id: str,
        value: str | None,
        user: str,
        *,
        block_id: str | None = None,
        channel: str = "C0GENERAL",
        message: dict | None = None,
        view: dict | None = None,
        container: dict | None = None,
        trigger_id: str | None = None,
        action: dict | None = None,
        **fields,
    ) -> Reply:
        """A button click. In a message by default (pass `message`, e.g. a posted message with its ts
        and blocks); pass `view` for a click in a modal or the Home tab. `action` adds to the action
        (e.g. a select's selected_option); `fields` override or add top-level fields."""
        action_ts = self.ts()
        clicked = {
            "action_id": action_id,
            "block_id": block_id or _find_block_id(message or view, action_id) or secrets.token_urlsafe(4),
            "text": {"type": "plain_text", "text": action_id, "emoji": True},
            "value": value,
            "type": "button",
            "action_ts": action_ts,
        } | (action or {})
        if value is None:
            clicked.pop("value")
        payload = {
            "type": "block_actions",
            "user": self.user(user),
            "api_app_id": self.api_app_id,
            "token": VERIFICATION_TOKEN,
            "trigger_id": trigger_id or self.trigger_id(),
            "team": {"id": self.team_id, "domain": self.team_domain},
            "enterprise": None,
            "is_enterprise_install": False,
            "state": {"values": {}},
            "actions": [clicked],
        }
        if view is not None:
            payload["container"] = container or {"type": "view", "view_id": view.get("id", "V0VIEW")}
            payload["view"] = view
        else:
            message = message or {
                "type": "message",
                "ts": self.ts(),
                "user": self.bot_user_id,
                "text": "",
                "blocks": [],
            }
            payload["container"] = container or {
                "type": "message",
                "message_ts": message["ts"],
                "channel_id": channel,
                "is_ephemeral": False,
            }
            payload["channel"] = {"id": channel, "name": "general" if channel == "C0GENERAL" else channel.lower()}
            payload["message"] = message
            payload["response_url"] = self.response_url("actions")
        return self._interaction(payload | fields)

    def _view(self, callback_id: str, view_id: str | None, private_metadata: str, state: dict, **view_fields) -> dict:
        view_id = view_id or "V" + secrets.token_hex(5).upper()
        return {
            "id": view_id,
            "team_id": self.team_id,
            "type": "modal",
            "blocks": [],
            "private_metadata": private_metadata,
            "callback_id": callback_id,
            "state": state,
            "hash": f"{int(time.time())}.{secrets.token_hex(4)}",
            "title": {"type": "plain_text", "text": "govbot", "emoji": True},
            "clear_on_close": False,
            "notify_on_close": False,
            "close": {"type": "plain_text", "text": "Cancel", "emoji": True},
            "submit": {"type": "plain_text", "text": "Submit", "emoji": True},
            "previous_view_id": None,
            "root_view_id": view_id,
            "app_id": self.api_app_id,
            "external_id": "",
            "app_installed_team_id": self.team_id,
            "bot_id": "B0GOVBOT",
        } | view_fields

    def view_submission(
        self,
        callback_id: str,
        values: dict,
        user: str,
        private_metadata: str = "",
        view_id: str | None = None,
        *,
        blocks: list | None = None,
        **fields,
    ) -> Reply:
        """A modal submitted. `values` is view.state.values, {block_id: {action_id: state}}; a state
        may be a plain string (a plain_text_input's value) or one of the *_value helpers above."""
        state = {
            block_id: {
                action_id: text_value(v) if v is None or isinstance(v, str) else v for action_id, v in actions.items()
            }
            for block_id, actions in values.items()
        }
        view = self._view(callback_id, view_id, private_metadata, {"values": state}, blocks=blocks or [])
        payload = {
            "type": "view_submission",
            "team": {"id": self.team_id, "domain": self.team_domain},
            "user": self.user(user),
            "api_app_id": self.api_app_id,
            "token": VERIFICATION_TOKEN,
            "trigger_id": self.trigger_id(),
            "view": view,
            "response_urls": [],
            "is_enterprise_install": False,
            "enterprise": None,
        }
        return self._interaction(payload | fields)

    def view_closed(
        self,
        callback_id: str,
        user: str,
        private_metadata: str = "",
        view_id: str | None = None,
        is_cleared: bool = False,
        **fields,
    ) -> Reply:
        payload = {
            "type": "view_closed",
            "team": {"id": self.team_id, "domain": self.team_domain},
            "user": self.user(user),
            "api_app_id": self.api_app_id,
            "token": VERIFICATION_TOKEN,
            "view": self._view(callback_id, view_id, private_metadata, {"values": {}}),
            "is_cleared": is_cleared,
            "is_enterprise_install": False,
            "enterprise": None,
        }
        return self._interaction(payload | fields)


def _rich_text(text: str) -> dict:
    """The rich_text block Slack adds to a typed message."""
    return {
        "type": "rich_text",
        "block_id": secrets.token_urlsafe(3)[:4],
        "elements": [{"type": "rich_text_section", "elements": [{"type": "text", "text": text}]}],
    }


def _find_block_id(surface: dict | None, action_id: str) -> str | None:
    """The block holding the element with `action_id` in a message or view, as Slack would report it."""
    for block in (surface or {}).get("blocks") or []:
        elements = list(block.get("elements") or []) + [block.get("accessory") or {}, block.get("element") or {}]
        if any(isinstance(e, dict) and e.get("action_id") == action_id for e in elements):
            return block.get("block_id")
    return None
