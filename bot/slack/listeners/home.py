"""The App Home tab, published whenever someone opens it and after anything that changes what it
shows them (a decision on their request, one they made, a withdrawal)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from slack_bolt import App
from slack_sdk import WebClient

from bot.slack.blocks import home as blocks
from bot.slack.blocks.help import help_blocks
from knowledge.inventory import most_asked_unregistered

if TYPE_CHECKING:
    from bot.slack.app import Govbot, Inventory


def register(app: App, govbot: Govbot) -> None:
    @app.event("app_home_opened")
    def home_opened(event, client):
        if event.get("tab", "home") == "home" and event.get("user"):
            publish(govbot, client, event["user"])


def publish(govbot: Inventory, client: WebClient, user_id: str, notice: str = "") -> None:
    is_reviewer = user_id in govbot.reviewers
    view = blocks.home_view(
        help_blocks(govbot, is_reviewer),
        govbot.workflow.requests_of(user_id),
        is_reviewer=is_reviewer,
        queue=govbot.workflow.queue() if is_reviewer else (),
        due=govbot.workflow.due() if is_reviewer else (),
        asked=most_asked_unregistered(govbot.db, blocks.ASKED_SHOWN) if is_reviewer else (),
        notice=notice,
    )
    client.views_publish(user_id=user_id, view=view)


