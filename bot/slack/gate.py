"""The door of POST /slack/events: what a request must be before Bolt sees it.

In this order, each step answering at once when it fails:
1. a size within the cap (413), judged from Content-Length before a byte of the body is read, and
   for a body without one by reading no more than the cap;
2. Slack's signature over the raw bytes (401): whatever the body is, an unsigned or badly signed
   request is refused before it is parsed, and a timestamp that is not a Unix time in seconds is a
   bad signature, not an error;
3. a body shaped as Slack sends it (400): UTF-8, a JSON object or form fields, an interaction
   `payload` that is a JSON object, and the fields Bolt's middleware reads before any listener
   runs of the type Slack always gives them (see _misshapen).

Bolt checks the signature again; the point of checking here first is that nothing of an unsigned
body is ever parsed. Refusals are logged as one line each, never a traceback: they are the
sender's fault, not the app's.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import re
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from slack_bolt.request import BoltRequest

log = logging.getLogger("govbot.slack")

_UNIX_SECONDS = re.compile(r"[0-9]{1,11}")  # ASCII digits only: int() would take "١٢" or " 12"


@dataclass(frozen=True)
class Refusal:
    status: int
    reason: str

    @property
    def status_line(self) -> str:
        return {400: "400 Bad Request", 401: "401 Unauthorized", 405: "405 Method Not Allowed"}.get(
            self.status, "413 Content Too Large"
        )


class Gate:
    """Admits signed, well-formed Slack requests of a bounded size, as BoltRequests."""

    def __init__(self, signing_secret: str, max_bytes: int):
        self.max_bytes = max_bytes
        self._secret = signing_secret.encode()

    def admit(self, environ: dict[str, Any]) -> BoltRequest | Refusal:
        if environ.get("REQUEST_METHOD") != "POST":
            return Refusal(405, "only POST")
        body = self._body(environ)
        if isinstance(body, Refusal):
            return body
        if not self._signed(body, environ):
            return Refusal(401, "not signed by Slack")
        try:
            text = body.decode("utf-8")
            request = BoltRequest(body=text, query=environ.get("QUERY_STRING") or "", headers=_headers(environ))
        except Exception as error:  # anything Bolt cannot make a request of is the sender's error
            return Refusal(400, f"malformed body ({type(error).__name__})")
        if not isinstance(request.body, dict) or not request.body:
            return Refusal(400, "malformed body (not a JSON object or form fields)")
        misshapen = _misshapen(request.body)
        if misshapen:
            return Refusal(400, f"malformed body ({misshapen})")
        return request

    def _body(self, environ: dict[str, Any]) -> bytes | Refusal:
        declared = environ.get("CONTENT_LENGTH") or ""
        if declared:
            if not declared.isdigit():
                return Refusal(400, "bad Content-Length")
            if int(declared) > self.max_bytes:
                return Refusal(413, f"body over {self.max_bytes} bytes")
        limit = int(declared) if declared else self.max_bytes + 1
        body = environ["wsgi.input"].read(limit) if limit else b""
        if len(body) > self.max_bytes:  # a body streamed without a length: cut off at the cap
            return Refusal(413, f"body over {self.max_bytes} bytes")
        return body

    def _signed(self, body: bytes, environ: dict[str, Any]) -> bool:
        timestamp = environ.get("HTTP_X_SLACK_REQUEST_TIMESTAMP") or ""
        signature = environ.get("HTTP_X_SLACK_SIGNATURE") or ""
        if not _UNIX_SECONDS.fullmatch(timestamp) or not signature.isascii():
            return False
        if abs(time.time() - int(timestamp)) > 300:  # Slack's replay window
            return False
        base = b"v0:" + timestamp.encode() + b":" + body  # over the raw bytes, whatever their encoding
        expected = "v0=" + hmac.new(self._secret, base, hashlib.sha256).hexdigest()
        return hmac.compare_digest(expected, signature)


# A signed body Bolt can read may still not be shaped as Slack sends it (a null where Slack
# always sends an object, an action without its id): Bolt's middleware and the listeners would
# fail on it, not refuse it. These are the fields they read before deciding what a request is.
_NULLABLE_OBJECTS = ("team", "enterprise")  # null for org-wide installs
_OBJECTS = ("event", "user", "channel", "container", "view", "message", "state")
_STRINGS = ("type", "team_id", "enterprise_id", "api_app_id", "callback_id", "token")
_COMMAND_FIELDS = ("command", "user_id", "channel_id", "response_url", "trigger_id")  # all strings in a form
_INTERACTIONS = ("block_actions", "view_submission", "view_closed", "shortcut", "message_action", "block_suggestion")


def _misshapen(body: dict[str, Any]) -> str | None:
    """What of a parsed body is not of the shape Slack sends it in, if anything."""
    for key in _NULLABLE_OBJECTS:
        if body.get(key) is not None and not isinstance(body[key], dict):
            return f"{key} is not an object"
    for key in _OBJECTS:
        if key in body and not isinstance(body[key], dict):
            return f"{key} is not an object"
    for key in _STRINGS:
        if key in body and not isinstance(body[key], str):
            return f"{key} is not a string"
    if "authorizations" in body and not _objects(body["authorizations"]):
        return "authorizations is not a list of objects"
    if "response_url" in body and not _url(body["response_url"]):
        return "a response_url that is not a URL"
    kind = body.get("type")
    if kind is None:
        if "command" in body:  # a slash command: form fields, all strings
            missing = [key for key in _COMMAND_FIELDS if not body.get(key)]
            return f"a command without {', '.join(missing)}" if missing else None
        return "neither an event, an interaction nor a command" if not body.get("ssl_check") else None
    if kind == "event_callback":
        event = body.get("event") or {}
        if not isinstance(event.get("type"), str):
            return "an event without its type"
        fields = _EVENT_FIELDS.get(event["type"], ())
        if event["type"] == "message" and event.get("subtype"):
            fields = ()  # edits, deletions, bot messages: shaped otherwise, and not answered
        if not all(isinstance(event.get(field), str) for field in fields):
            return f"a {event['type']} event without its {', '.join(fields)}"
    if kind in _INTERACTIONS:
        if not isinstance((body.get("user") or {}).get("id"), str):
            return "an interaction without its user"
        if kind == "block_actions" and not (
            _objects(body.get("actions")) and all(isinstance(a.get("action_id"), str) for a in body["actions"])
        ):
            return "block actions without action ids"
        view = body.get("view") or {}
        if "view" in body and not all(isinstance(view.get(key), str) for key in ("type", "id")):
            return "a view without its type and id"
        # A submitted view is routed by its callback id; a click on Home or in a modal is routed by
        # its action id, and Slack may leave the view's callback id out there.
        needs_callback = kind in ("view_submission", "view_closed")
        if "view" in body and not isinstance(view.get("callback_id", "" if not needs_callback else None), str):
            return "a view without its callback id"
        if not isinstance(view.get("private_metadata", ""), str) or not isinstance(view.get("state", {}), dict):
            return "a view whose metadata or state is misshapen"
        if kind in ("view_submission", "view_closed") and "view" not in body:
            return "a view submission without its view"
        in_message = (body.get("container") or {}).get("type") == "message" or "message" in body
        if kind == "block_actions" and in_message and not _url(body.get("response_url")):
            return "a click in a message without its response_url"
    return None


_EVENT_FIELDS = {  # what Slack always sends with the events govbot answers
    "app_mention": ("user", "text", "ts", "channel"),
    "message": ("user", "text", "ts", "channel"),
    "app_home_opened": ("user",),
}


def _url(value: Any) -> bool:
    return isinstance(value, str) and value.startswith(("https://", "http://"))


def _objects(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(item, dict) for item in value)


def _headers(environ: dict[str, Any]) -> dict[str, str | Sequence[str]]:
    headers: dict[str, str | Sequence[str]] = {
        key[5:].replace("_", "-").lower(): value for key, value in environ.items() if key.startswith("HTTP_")
    }
    for key in ("CONTENT_TYPE", "CONTENT_LENGTH"):
        if environ.get(key):
            headers[key.replace("_", "-").lower()] = environ[key]
    return headers
