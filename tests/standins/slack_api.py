"""A stand-in for Slack's Web API on 127.0.0.1, for end-to-end tests and benchmarks.

It speaks the protocol slack_sdk's WebClient speaks (POST {base_url}{method}, form-encoded or JSON
body, `Authorization: Bearer xoxb-...`, JSON answers with `ok`), answers the methods govbot uses the
way Slack does (ids, timestamps, permalinks, views, Block Kit limits, error codes), records every call,
and can be told to rate-limit, fail, drop, slow down or hold back the answer to a call. Point the app at it with
`WebClient(base_url=standin.base_url)` or `SLACK_API_URL=standin.base_url`.

Response URLs (slash commands, block actions) can point here too: `standin.hooks_url` is a base for
them, and what the app posts to one is recorded as a call to the method "response_url"."""

from __future__ import annotations

import json
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl

from tests.standins.block_kit import MESSAGE_TEXT, check_message, check_view

# The workspace every stand-in pretends to be; tests/standins/slack_requests.py signs requests from it.
TEAM_ID = "T0GOVTEST"
TEAM_DOMAIN = "govbot-test"
TEAM_NAME = "Govbot Test"
APP_ID = "A0GOVBOT"
BOT_USER_ID = "U0GOVBOT"
BOT_ID = "B0GOVBOT"
BOT_NAME = "govbot"
DEFAULT_TOKEN = "xoxb-test-token"

TRIGGER_TTL = 3.0  # seconds: Slack's trigger_id expires three seconds after it is issued
MAX_PROMPTS = 4  # assistant.threads.setSuggestedPrompts takes up to four prompts
RESPONSE_URL_USES = 5  # a response_url may be used up to five times

JSON_FIELDS = ("blocks", "attachments", "view", "metadata", "prompts")  # JSON-encoded in form bodies
USER_ID = re.compile(r"^[UW][A-Z0-9]+$")


@dataclass
class Call:
    """One request the app made: `args` as Slack reads them (form fields or JSON body, JSON-encoded
    fields such as blocks and view decoded), the HTTP status answered and the JSON answer (both None
    when the connection was dropped)."""

    method: str
    args: dict
    headers: dict
    at: float
    status: int | None = None
    response: dict | None = None

    @property
    def ok(self) -> bool:
        return bool(self.response and self.response.get("ok"))


@dataclass
class _Fault:
    kind: str  # "ratelimit" | "fail" | "drop" | "slow" | "hold"
    times: int
    where: Callable[[Call], bool] | None  # which calls it applies to; None: all
    retry_after: int = 1
    error: str = "internal_error"
    seconds: float = 0.0
    release: threading.Event | None = None  # "hold": the answer goes out once it is set


@dataclass
class _Message:
    channel: str
    ts: str
    text: str
    user: str
    blocks: list | None = None
    thread_ts: str | None = None
    metadata: dict | None = None
    reactions: dict[str, set[str]] = field(default_factory=dict)

    def as_slack(self) -> dict:
        message = {"type": "message", "user": self.user, "text": self.text, "ts": self.ts, "team": TEAM_ID}
        if self.user == BOT_USER_ID:
            message.update(bot_id=BOT_ID, app_id=APP_ID)
        if self.blocks is not None:
            message["blocks"] = self.blocks
        if self.thread_ts:
            message["thread_ts"] = self.thread_ts
        if self.metadata:
            message["metadata"] = self.metadata
        if self.reactions:
            message["reactions"] = [
                {"name": name, "users": sorted(users), "count": len(users)} for name, users in self.reactions.items()
            ]
        return message


class SlackError(Exception):
    """An `ok: false` answer."""

    def __init__(self, error: str, **extra):
        super().__init__(error)
        self.body = {"ok": False, "error": error, **extra}


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 256  # bursts of concurrent calls (the load benchmark) must not overflow the backlog


class SlackAPIStandIn:
    """Slack's Web API on 127.0.0.1:<free port>, served from a background thread.

    with SlackAPIStandIn(users={"U1": {"real_name": "Ada"}}, usergroups={"S1": ["U1"]}) as slack:
        client = WebClient(token="xoxb-test-token", base_url=slack.base_url)
        client.chat_postMessage(channel="C1", text="hi")
        (call,) = slack.wait_for("chat.postMessage")
    """

    def __init__(
        self,
        token: str = DEFAULT_TOKEN,
        *,
        users: dict[str, dict] | None = None,
        usergroups: dict[str, list[str]] | None = None,
        trigger_ttl: float | None = TRIGGER_TTL,
        app_token: str | None = None,
        socket_url: str | None = None,
    ):
        self.token = token
        self.app_token = app_token  # the xapp- token apps.connections.open takes (Socket Mode)
        self.socket_url = socket_url  # the WebSocket URL it hands out (tests/standins/socket_mode.py)
        self.users: dict[str, dict] = dict(users or {})
        self.usergroups: dict[str, list[str]] = dict(usergroups or {})
        self.trigger_ttl = trigger_ttl
        self._lock = threading.Lock()
        self._changed = threading.Condition(self._lock)
        self._calls: list[Call] = []
        self._faults: dict[str, list[_Fault]] = {}
        self._holds: list[threading.Event] = []
        self._messages: dict[tuple[str, str], _Message] = {}
        self._views: dict[str, dict] = {}
        self._home: dict[str, str] = {}  # user id -> view id of their published Home tab
        self._response_url_uses: dict[str, int] = {}
        self._last_ts = 0
        self._view_count = 0
        self._hook_count = 0

        self.server = _Server(("127.0.0.1", 0), self._handler())
        port = self.server.server_address[1]
        self.url = f"http://127.0.0.1:{port}"
        self.base_url = f"{self.url}/api/"
        self.hooks_url = f"{self.url}/hooks/"
        self._thread = threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, name="slack-api-standin", daemon=True
        )
        self._thread.start()

    # -- lifecycle ----------------------------------------------------------------------------------

    def close(self) -> None:
        for release in self._holds:  # an answer still held back goes out: no handler thread is left waiting
            release.set()
        self.server.shutdown()
        self.server.server_close()

    def __enter__(self) -> SlackAPIStandIn:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- what was called ----------------------------------------------------------------------------

    @property
    def calls(self) -> list[Call]:
        with self._lock:
            return list(self._calls)

    def calls_to(self, method: str, where: Callable[[Call], bool] | None = None) -> list[Call]:
        return [c for c in self.calls if c.method == method and (where is None or where(c))]

    def wait_for(
        self, method: str, count: int = 1, timeout: float = 10, where: Callable[[Call], bool] | None = None
    ) -> list[Call]:
        """The calls to `method` (matching `where`) once there are at least `count` of them; an
        AssertionError listing what WAS called if they do not come within `timeout` seconds."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while True:
                found = [c for c in self._calls if c.method == method and (where is None or where(c))]
                if len(found) >= count:
                    return found
                left = deadline - time.monotonic()
                if left <= 0:
                    break
                self._changed.wait(left)
        raise AssertionError(
            f"expected {count} call(s) to {method}{' matching the condition' if where else ''} within {timeout}s, "
            f"got {len(found)}; calls made:\n{self.describe_calls()}"
        )

    def expect_no(self, method: str, within: float = 1.0, where: Callable[[Call], bool] | None = None) -> None:
        """Wait `within` seconds and fail if `method` (matching `where`) was called meanwhile or before."""
        time.sleep(within)
        found = self.calls_to(method, where)
        if found:
            raise AssertionError(f"{method} was called {len(found)} time(s): {[c.args for c in found]}")

    def describe_calls(self) -> str:
        lines = []
        for call in self.calls:
            outcome = "dropped" if call.status is None else f"{call.status} {json.dumps(call.response)[:160]}"
            lines.append(f"  {call.method} {json.dumps(call.args, default=str)[:200]} -> {outcome}")
        return "\n".join(lines) or "  (none)"

    def reset(self) -> None:
        """Forget calls and pending faults (messages and views posted so far stay)."""
        with self._lock:
            self._calls.clear()
            self._faults.clear()

    # -- what exists in the workspace ---------------------------------------------------------------

    def messages(self, channel: str | None = None, thread_ts: str | None = None) -> list[dict]:
        """Messages posted (or seeded) so far, oldest first, as Slack would return them."""
        with self._lock:
            found = [
                m
                for m in self._messages.values()
                if (channel is None or m.channel == channel)
                and (thread_ts is None or m.ts == thread_ts or m.thread_ts == thread_ts)
            ]
            return [m.as_slack() | {"channel": m.channel} for m in sorted(found, key=lambda m: m.ts)]

    def add_message(self, channel: str, text: str, *, user: str = BOT_USER_ID, blocks=None, thread_ts=None) -> str:
        """Seed a message as if it had been posted earlier; returns its ts."""
        with self._lock:
            ts = self._next_ts()
            self._messages[(channel, ts)] = _Message(channel, ts, text, user, blocks, thread_ts)
            return ts

    def view(self, view_id: str) -> dict:
        with self._lock:
            return self._views[view_id]

    def home_view(self, user: str) -> dict | None:
        with self._lock:
            view_id = self._home.get(user)
            return self._views[view_id] if view_id else None

    def response_url(self, kind: str = "commands") -> str:
        """A fresh response_url on this stand-in, shaped like Slack's hooks.slack.com ones."""
        with self._lock:
            self._hook_count += 1
            return f"{self.hooks_url}{kind}/{TEAM_ID}/{1000 + self._hook_count}/{self._hook_count:024x}"

    # -- fault injection: each counts down, then the method behaves normally again -------------------

    def rate_limit(self, method: str, times: int = 1, retry_after: int = 1, where=None) -> None:
        """Answer HTTP 429 with Retry-After and {"ok": false, "error": "ratelimited"}."""
        self._add_fault(method, _Fault("ratelimit", times, where, retry_after=retry_after))

    def fail(self, method: str, error: str = "internal_error", times: int = 1, where=None) -> None:
        """Answer {"ok": false, "error": error}."""
        self._add_fault(method, _Fault("fail", times, where, error=error))

    def drop(self, method: str, times: int = 1, where=None) -> None:
        """Close the connection without answering (the client sees a connection error)."""
        self._add_fault(method, _Fault("drop", times, where))

    def slow(self, method: str, seconds: float, times: int = 1, where=None) -> None:
        """Answer normally, but only after `seconds`."""
        self._add_fault(method, _Fault("slow", times, where, seconds=seconds))

    def hold(self, method: str, where=None) -> threading.Event:
        """Carry out the next matching call at once (a message it posts is there for everyone to see
        and click) but hold its answer back until the returned event is set: the app waits for Slack
        meanwhile, as over a slow network, while whatever else it does goes on. The call is recorded
        (wait_for sees it) when it is carried out."""
        release = threading.Event()
        self._holds.append(release)
        self._add_fault(method, _Fault("hold", 1, where, release=release))
        return release

    def _add_fault(self, method: str, fault: _Fault) -> None:
        with self._lock:
            self._faults.setdefault(method, []).append(fault)

    def _take_fault(self, call: Call) -> _Fault | None:
        with self._lock:
            for key in (call.method, "*"):
                for fault in self._faults.get(key, []):
                    if fault.where is None or fault.where(call):
                        fault.times -= 1
                        if fault.times <= 0:
                            self._faults[key].remove(fault)
                        return fault
        return None

    # -- HTTP ---------------------------------------------------------------------------------------

    def _handler(self):
        standin = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def do_GET(self):
                self._serve()

            def do_POST(self):
                self._serve()

            def _serve(self):
                path, _, query = self.path.partition("?")
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                headers = {k.lower(): v for k, v in self.headers.items()}
                try:
                    args = dict(parse_qsl(query, keep_blank_values=True)) | _parse_body(body, headers)
                except ValueError:
                    args = {"_unparseable_body": body.decode("utf-8", "replace")}
                if path.startswith("/api/"):
                    method = path[len("/api/") :]
                elif path.startswith("/hooks/"):
                    method = "response_url"
                    args["_path"] = path
                else:
                    self._answer(404, {"ok": False, "error": "not_found"}, {})
                    return
                call = Call(method, args, headers, time.time())
                fault = standin._take_fault(call)
                if fault and fault.kind == "drop":
                    standin._record(call)
                    self.close_connection = True
                    return  # nothing written: the server closes the socket
                if fault and fault.kind == "slow":
                    time.sleep(fault.seconds)
                extra_headers: dict[str, str] = {}
                if fault and fault.kind == "ratelimit":
                    status, answer = 429, {"ok": False, "error": "ratelimited"}
                    extra_headers["Retry-After"] = str(fault.retry_after)
                elif fault and fault.kind == "fail":
                    status, answer = 200, {"ok": False, "error": fault.error}
                else:
                    status, answer = standin._respond(method, args, headers)
                call.status, call.response = status, answer
                standin._record(call)
                if fault and fault.kind == "hold" and fault.release is not None:
                    fault.release.wait()
                self._answer(status, answer, extra_headers)

            def _answer(self, status: int, answer: dict, extra_headers: dict) -> None:
                data = json.dumps(answer).encode()
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json; charset=utf-8")
                    self.send_header("Content-Length", str(len(data)))
                    for name, value in extra_headers.items():
                        self.send_header(name, value)
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up

        return Handler

    def _record(self, call: Call) -> None:
        with self._changed:
            self._calls.append(call)
            self._changed.notify_all()

    def _respond(self, method: str, args: dict, headers: dict) -> tuple[int, dict]:
        if method == "response_url":
            return self._response_url(args)
        auth = headers.get("authorization", "")
        token = auth[len("Bearer ") :] if auth.startswith("Bearer ") else args.get("token")
        if not token:
            return 200, {"ok": False, "error": "not_authed"}
        if method == "apps.connections.open":  # the one method that takes the app-level token
            if token != self.app_token or not self.socket_url:
                return 200, {"ok": False, "error": "invalid_auth"}
            return 200, {"ok": True, "url": self.socket_url}
        if token != self.token:
            return 200, {"ok": False, "error": "invalid_auth"}
        handler = getattr(self, "_" + method.replace(".", "_"), None)
        if handler is None:
            return 200, {"ok": False, "error": "unknown_method", "req_method": method}
        try:
            with self._lock:
                return 200, {"ok": True, **handler(args)}
        except SlackError as refusal:
            return 200, refusal.body

    # -- methods (called under the lock) ------------------------------------------------------------

    def _auth_test(self, args):
        return {
            "url": f"https://{TEAM_DOMAIN}.slack.com/",
            "team": TEAM_NAME,
            "user": BOT_NAME,
            "team_id": TEAM_ID,
            "user_id": BOT_USER_ID,
            "bot_id": BOT_ID,
            "is_enterprise_install": False,
        }

    def _chat_postMessage(self, args):
        channel = self._channel(args.get("channel"))
        self._check_message(args)
        thread_ts = args.get("thread_ts") or None
        message = _Message(channel, self._next_ts(), args.get("text") or "", BOT_USER_ID, args.get("blocks"), thread_ts)
        message.metadata = args.get("metadata")
        self._messages[(channel, message.ts)] = message
        return {"channel": channel, "ts": message.ts, "message": message.as_slack()}

    def _chat_update(self, args):
        channel = self._channel(args.get("channel"))
        message = self._messages.get((channel, args.get("ts") or ""))
        if message is None:
            raise SlackError("message_not_found")
        if message.user != BOT_USER_ID:
            raise SlackError("cant_update_message")
        self._check_message(args)
        if "text" in args:
            message.text = args["text"] or ""
        if "blocks" in args:
            message.blocks = args["blocks"]
        if args.get("metadata"):
            message.metadata = args["metadata"]
        return {"channel": channel, "ts": message.ts, "text": message.text, "message": message.as_slack()}

    def _chat_postEphemeral(self, args):
        channel = self._channel(args.get("channel"))
        if not args.get("user"):
            raise SlackError("user_not_in_channel")
        self._check_message(args)
        return {"message_ts": self._next_ts(), "channel": channel}

    def _chat_getPermalink(self, args):
        channel = self._channel(args.get("channel"))
        ts = args.get("message_ts") or ""
        if not re.fullmatch(r"\d+\.\d+", ts):
            raise SlackError("message_not_found")
        permalink = f"https://{TEAM_DOMAIN}.slack.com/archives/{channel}/p{ts.replace('.', '')}"
        message = self._messages.get((channel, ts))
        if message and message.thread_ts and message.thread_ts != ts:
            permalink += f"?thread_ts={message.thread_ts}&cid={channel}"
        return {"channel": channel, "permalink": permalink}

    def _conversations_open(self, args):
        users = [u for u in (args.get("users") or "").split(",") if u]
        if args.get("channel"):
            return {"channel": {"id": args["channel"]}}
        if not users:
            raise SlackError("users_list_not_supplied")
        if any(not USER_ID.match(u) for u in users):
            raise SlackError("user_not_found")
        if len(users) == 1:
            return {"channel": {"id": _dm_channel(users[0])}, "no_op": True, "already_open": True}
        return {"channel": {"id": "G" + "".join(u[1:4] for u in sorted(users))}}

    def _conversations_replies(self, args):
        channel = self._channel(args.get("channel"))
        ts = args.get("ts") or ""
        found = sorted(
            (m for m in self._messages.values() if m.channel == channel and (m.ts == ts or m.thread_ts == ts)),
            key=lambda m: m.ts,
        )
        limit = int(args.get("limit") or 1000)
        return {"messages": [m.as_slack() for m in found][:limit], "has_more": False}

    def _conversations_history(self, args):
        channel = self._channel(args.get("channel"))
        found = sorted(
            (m for m in self._messages.values() if m.channel == channel and (not m.thread_ts or m.thread_ts == m.ts)),
            key=lambda m: m.ts,
            reverse=True,
        )
        limit = int(args.get("limit") or 100)
        return {"messages": [m.as_slack() for m in found][:limit], "has_more": False}

    def _reactions_add(self, args):
        users = self._reaction_users(args)
        if BOT_USER_ID in users:
            raise SlackError("already_reacted")
        users.add(BOT_USER_ID)
        return {}

    def _reactions_remove(self, args):
        users = self._reaction_users(args)
        if BOT_USER_ID not in users:
            raise SlackError("no_reaction")
        users.discard(BOT_USER_ID)
        return {}

    def _reaction_users(self, args) -> set[str]:
        channel = self._channel(args.get("channel"))
        name = (args.get("name") or "").strip(":")
        if not name:
            raise SlackError("invalid_name")
        ts = args.get("timestamp") or ""
        if not re.fullmatch(r"\d+\.\d+", ts):
            raise SlackError("message_not_found")
        # Messages people wrote never went through this stand-in: they exist as soon as they are reacted to.
        message = self._messages.setdefault((channel, ts), _Message(channel, ts, "", "U0SOMEONE"))
        return message.reactions.setdefault(name, set())

    def _users_info(self, args):
        user = args.get("user") or ""
        if not USER_ID.match(user):
            raise SlackError("user_not_found")
        given = self.users.get(user, {})
        real_name = given.get("real_name", f"User {user}")
        name = given.get("name", real_name.lower().replace(" ", "."))
        profile = {
            "real_name": real_name,
            "display_name": given.get("display_name", real_name),
            "email": given.get("email", f"{name}@{TEAM_DOMAIN}.example"),
            "team": TEAM_ID,
        }
        return {
            "user": {
                "id": user,
                "team_id": TEAM_ID,
                "name": name,
                "deleted": False,
                "real_name": real_name,
                "tz": given.get("tz", "Europe/London"),
                "is_admin": given.get("is_admin", False),
                "is_bot": user == BOT_USER_ID,
                "profile": profile,
            }
        }

    def _users_lookupByEmail(self, args):
        email = (args.get("email") or "").strip().lower()
        if not email:
            raise _invalid_arguments("[ERROR] missing required field: email")
        for user in self.users:
            found = self._users_info({"user": user})["user"]
            if found["profile"]["email"].lower() == email:
                return {"user": found}
        raise SlackError("users_not_found")

    def _usergroups_users_list(self, args):
        group = args.get("usergroup") or ""
        if group not in self.usergroups:
            raise SlackError("no_such_subteam")
        return {"users": list(self.usergroups[group])}

    def _views_open(self, args):
        self._check_trigger(args)
        view = self._store_view(args.get("view"))
        return {"view": view}

    def _views_push(self, args):
        self._check_trigger(args)
        view = self._store_view(args.get("view"))
        return {"view": view}

    def _views_update(self, args):
        current = self._find_view(args)
        if args.get("hash") and args["hash"] != current["hash"]:
            raise SlackError("hash_conflict")
        view = self._store_view(args.get("view"), replacing=current)
        return {"view": view}

    def _views_publish(self, args):
        user = args.get("user_id") or ""
        if not USER_ID.match(user):
            raise _invalid_arguments("[ERROR] invalid user_id")
        view = args.get("view")
        if isinstance(view, dict) and view.get("type") != "home":
            raise _invalid_arguments("[ERROR] must be home [json-pointer:/view/type]")
        current = self._views.get(self._home.get(user, ""))
        if current and args.get("hash") and args["hash"] != current["hash"]:
            raise SlackError("hash_conflict")
        stored = self._store_view(view, replacing=current)
        self._home[user] = stored["id"]
        return {"view": stored}

    def _assistant_threads_setStatus(self, args):
        self._assistant_thread(args)
        if "status" not in args:
            raise SlackError("invalid_arguments")
        return {}

    def _assistant_threads_setSuggestedPrompts(self, args):
        self._assistant_thread(args)
        prompts = args.get("prompts")
        if not isinstance(prompts, list) or not prompts or len(prompts) > MAX_PROMPTS:
            raise _invalid_arguments(f"[ERROR] 1 to {MAX_PROMPTS} prompts")
        return {}

    def _assistant_threads_setTitle(self, args):
        self._assistant_thread(args)
        if not args.get("title"):
            raise SlackError("invalid_arguments")
        return {}

    # -- helpers (called under the lock) ------------------------------------------------------------

    def _next_ts(self) -> str:
        """Slack's message timestamps: seconds.microseconds, unique and increasing."""
        micros = max(int(time.time() * 1_000_000), self._last_ts + 1)
        self._last_ts = micros
        return f"{micros // 1_000_000}.{micros % 1_000_000:06d}"

    def _channel(self, channel) -> str:
        """The channel id a message goes to: a user id means the DM with the app; a #name a channel."""
        if not channel or not isinstance(channel, str):
            raise SlackError("channel_not_found")
        if USER_ID.match(channel):
            return _dm_channel(channel)
        if re.fullmatch(r"[CGD][A-Z0-9]+", channel):
            return channel
        name = channel.lstrip("#")
        if not re.fullmatch(r"[a-z0-9_\-]{1,80}", name):
            raise SlackError("channel_not_found")
        return "C" + "".join(f"{ord(c) % 36:X}" for c in name)[:10].upper()

    def _check_message(self, args) -> None:
        if args.get("_bad_json"):
            raise SlackError("invalid_blocks_format")
        if not args.get("text") and not args.get("blocks") and not args.get("attachments"):
            raise SlackError("no_text")
        if isinstance(args.get("text"), str) and len(args["text"]) > MESSAGE_TEXT:
            raise SlackError("msg_too_long")
        problems = check_message(args)
        if problems:
            raise SlackError(
                "invalid_blocks",
                errors=[p.removeprefix("[ERROR] ") for p in problems],
                response_metadata={"messages": problems},
            )

    def _check_trigger(self, args) -> None:
        trigger = args.get("trigger_id") or args.get("interactivity_pointer")
        if not trigger:
            raise _invalid_arguments("[ERROR] missing required field: trigger_id")
        issued_ms = trigger.split(".")[0]
        # Triggers made by tests/standins/slack_requests.py begin with the epoch milliseconds they were issued.
        if self.trigger_ttl is not None and issued_ms.isdigit() and int(issued_ms) > 10**12:
            if time.time() - int(issued_ms) / 1000 > self.trigger_ttl:
                raise SlackError("expired_trigger_id")

    def _store_view(self, view, replacing: dict | None = None) -> dict:
        problems = check_view(view)
        if problems:
            raise SlackError("invalid_arguments", response_metadata={"messages": problems})
        if replacing is None:
            self._view_count += 1
            view_id = f"V{self._view_count:08d}"
        else:
            view_id = replacing["id"]
        stored = {
            "id": view_id,
            "team_id": TEAM_ID,
            "type": view["type"],
            "blocks": view.get("blocks", []),
            "private_metadata": view.get("private_metadata", ""),
            "callback_id": view.get("callback_id", ""),
            "state": {"values": {}},
            "hash": f"{time.time():.6f}.{view_id}",
            "title": view.get("title"),
            "clear_on_close": bool(view.get("clear_on_close", False)),
            "notify_on_close": bool(view.get("notify_on_close", False)),
            "close": view.get("close"),
            "submit": view.get("submit"),
            "previous_view_id": None,
            "root_view_id": (replacing or {}).get("root_view_id", view_id),
            "app_id": APP_ID,
            "external_id": view.get("external_id", ""),
            "app_installed_team_id": TEAM_ID,
            "bot_id": BOT_ID,
        }
        self._views[view_id] = stored
        return stored

    def _find_view(self, args) -> dict:
        if args.get("view_id"):
            view = self._views.get(args["view_id"])
        elif args.get("external_id"):
            view = next((v for v in self._views.values() if v["external_id"] == args["external_id"]), None)
        else:
            raise _invalid_arguments("[ERROR] view_id or external_id required")
        if view is None:
            raise SlackError("not_found")
        return view

    def _assistant_thread(self, args) -> None:
        if not args.get("channel_id") or not args.get("thread_ts"):
            raise _invalid_arguments("[ERROR] channel_id and thread_ts required")

    def _response_url(self, args) -> tuple[int, dict]:
        path = args.get("_path", "")
        with self._lock:
            uses = self._response_url_uses.get(path, 0) + 1
            self._response_url_uses[path] = uses
        if uses > RESPONSE_URL_USES:
            return 404, {"ok": False, "error": "used_url"}
        if args.get("_bad_json") or args.get("_unparseable_body"):
            return 400, {"ok": False, "error": "invalid_payload"}
        problems = check_message(args) if not args.get("delete_original") else []
        if not problems and isinstance(args.get("text"), str) and len(args["text"]) > MESSAGE_TEXT:
            return 400, {"ok": False, "error": "msg_too_long"}
        if problems:  # the status code here is this stand-in's choice; the body is Slack's
            return 400, {"ok": False, "error": "invalid_blocks", "response_metadata": {"messages": problems}}
        return 200, {"ok": True}


def _invalid_arguments(problem: str) -> SlackError:
    return SlackError("invalid_arguments", response_metadata={"messages": [problem]})


def _dm_channel(user: str) -> str:
    """The id of the DM between the app and `user` (stable, so tests can predict it)."""
    return "D" + user[1:]


def _parse_body(body: bytes, headers: dict) -> dict:
    if not body:
        return {}
    content_type = headers.get("content-type", "")
    if content_type.startswith("application/json"):
        parsed = json.loads(body)
        if not isinstance(parsed, dict):
            raise ValueError("a JSON body must be an object")
        return parsed
    if content_type.startswith("multipart/"):
        raise ValueError("multipart bodies (file uploads) are not supported by this stand-in")
    args: dict = dict(parse_qsl(body.decode("utf-8"), keep_blank_values=True))
    for name in JSON_FIELDS:
        if isinstance(args.get(name), str):
            try:
                args[name] = json.loads(args[name])
            except json.JSONDecodeError:
                args["_bad_json"] = name
    return args


def slack_api_fixture(**options):
    """A pytest fixture serving a fresh stand-in per test: `slack_api = slack_api_fixture()` in a test
    module (or conftest), then take `slack_api` as a test argument."""
    import pytest

    @pytest.fixture
    def slack_api():
        with SlackAPIStandIn(**options) as standin:
            yield standin

    return slack_api
