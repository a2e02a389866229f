"""Serving the app: HTTP (Slack's requests on POST /slack/events, GET /healthz for load
balancers) under waitress, or Socket Mode for workspaces that cannot expose an endpoint."""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Callable
from http import HTTPStatus

from slack_bolt import App
from slack_bolt.response import BoltResponse
from sqlalchemy import text

from bot.slack.gate import Gate, Refusal
from bot.wiring import Govbot

log = logging.getLogger("govbot.slack")
EVENTS_PATH = "/slack/events"
SERVER_THREADS = 16  # requests are acknowledged fast; the answers run on Bolt's listener threads


def health(govbot: Govbot) -> tuple[bool, dict]:
    """Ready when the database answers (the index was opened at start-up, or serve would have failed)."""
    checks = {}
    try:
        with govbot.db.reading() as session:
            session.execute(text("SELECT 1"))
        checks["database"] = "ok"
    except Exception as error:  # any failure means not ready; the reason goes to the load balancer
        checks["database"] = f"error: {type(error).__name__}"
    return checks["database"] == "ok", checks


class RefusalLog:
    """Refused requests in the log: one line per kind (status) per interval, with how many more
    there were, so that a flood of hostile requests cannot flood the log too."""

    def __init__(self, interval: float = 10.0):
        self.interval = interval
        self._last: dict[int, tuple[float, int]] = {}  # status: (when last logged, refused since)
        self._lock = threading.Lock()

    def note(self, refusal: Refusal) -> None:
        now = time.monotonic()
        with self._lock:
            logged, since = self._last.get(refusal.status, (-self.interval, 0))
            if now - logged < self.interval:
                self._last[refusal.status] = (logged, since + 1)
                return
            self._last[refusal.status] = (now, 0)
        more = f" (and {since} more refused {refusal.status} in the last {now - logged:.1f}s)" if since else ""
        log.warning("refused a request to %s: %s%s", EVENTS_PATH, refusal.reason, more)


def wsgi_application(app: App, govbot: Govbot) -> Callable:
    settings = govbot.settings
    gate = Gate(settings.slack_signing_secret or "", settings.max_request_bytes)
    refusals = RefusalLog()

    def application(environ, start_response):
        path, method = environ.get("PATH_INFO"), environ.get("REQUEST_METHOD")
        if path == "/healthz" and method in ("GET", "HEAD"):
            ok, checks = health(govbot)
            body = json.dumps({"ok": ok, **checks}).encode()
            start_response("200 OK" if ok else "503 Service Unavailable", [("Content-Type", "application/json")])
            return [body]
        if path != EVENTS_PATH:
            start_response("404 Not Found", [("Content-Type", "text/plain; charset=utf-8")])
            return [b"Not Found"]
        admitted = gate.admit(environ)
        if isinstance(admitted, Refusal):
            refusals.note(admitted)
            headers = [("Content-Type", "text/plain; charset=utf-8")]
            if admitted.status == 413:  # the rest of the body is not read: the connection cannot be reused
                headers.append(("Connection", "close"))
            if admitted.status == 405:
                headers.append(("Allow", "POST"))
            start_response(admitted.status_line, headers)
            return [admitted.reason.encode()]
        response: BoltResponse = app.dispatch(admitted)
        headers = [(name, value) for name, values in response.headers.items() for value in values]
        start_response(f"{response.status} {HTTPStatus(response.status).phrase}", headers)
        return [response.body.encode("utf-8")]

    return application


def http_server(app: App, govbot: Govbot, host: str, port: int):
    """A waitress server, not yet running: `.run()` serves until `.close()`. Waitress answers a
    Content-Length over the cap with 413 as soon as it has the headers, and stops reading a
    chunked body at the cap: such bodies never reach the application."""
    from waitress import create_server

    return create_server(
        wsgi_application(app, govbot),
        host=host,
        port=port,
        threads=SERVER_THREADS,
        ident="govbot",
        max_request_body_size=govbot.settings.max_request_bytes + 1,  # waitress refuses from this size on
    )


def serve_socket_mode(app: App, app_token: str) -> None:
    from slack_bolt.adapter.socket_mode import SocketModeHandler

    SocketModeHandler(app, app_token).start()
