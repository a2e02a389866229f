"""The App Home tab, published whenever someone opens it (and, by the notifier and the review
listeners, after anything that changes what it shows them)."""

from __future__ import annotations

from slack_bolt import App

from bot.wiring import Govbot


def register(app: App, govbot: Govbot) -> None:
    @app.event("app_home_opened")
    def home_opened(event: dict) -> None:
        if event.get("tab", "home") == "home" and event.get("user"):
            govbot.slack.publish_home(event["user"])
