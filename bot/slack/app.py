"""The Bolt app: built here, its listeners registered from bot/slack/listeners/.

govbot = Govbot.create(settings, db, assistant)    # bot/wiring.py
app = build_app(govbot)
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from slack_bolt import App

from bot.slack.errors import apologise
from bot.slack.listeners import register_listeners
from bot.wiring import Govbot

LISTENER_THREADS = 8  # answers are CPU-bound on the embedding model; more threads only queue


def build_app(govbot: Govbot) -> App:
    """The app for `govbot` (which must have Slack configured). Bolt checks the token at once
    (auth.test): a wrong one raises slack_sdk's SlackApiError."""
    app = App(
        client=govbot.slack.client,
        signing_secret=govbot.settings.slack_signing_secret,
        listener_executor=ThreadPoolExecutor(max_workers=LISTENER_THREADS, thread_name_prefix="govbot-listener"),
    )
    app.error(apologise)
    register_listeners(app, govbot)
    return app
