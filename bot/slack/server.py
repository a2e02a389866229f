"""Serving the app: HTTP (Slack's requests on POST /slack/events, GET /healthz for load
balancers) under waitress, or Socket Mode for workspaces that cannot expose an endpoint."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable

from slack_bolt import App
from slack_bolt.adapter.wsgi import SlackRequestHandler
from sqlalchemy import text

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


def wsgi_application(app: App, govbot: Govbot) -> Callable:
    slack = SlackRequestHandler(app, path=EVENTS_PATH)

    def application(environ, start_response):
        if environ.get("PATH_INFO") == "/healthz" and environ.get("REQUEST_METHOD") in ("GET", "HEAD"):
            ok, checks = health(govbot)
            body = json.dumps({"ok": ok, **checks}).encode()
            start_response("200 OK" if ok else "503 Service Unavailable", [("Content-Type", "application/json")])
            return [body]
        return slack(environ, start_response)

    return application


def http_server(app: App, govbot: Govbot, host: str, port: int):
    """A waitress server, not yet running: `.run()` serves until `.close()`."""
    from waitress import create_server

    return create_server(wsgi_application(app, govbot), host=host, port=port, threads=SERVER_THREADS, ident="govbot")


def serve_socket_mode(app: App, app_token: str) -> None:
    from slack_bolt.adapter.socket_mode import SocketModeHandler

    SocketModeHandler(app, app_token).start()
