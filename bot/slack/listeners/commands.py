"""`/aigov`: one slash command, its first word choosing what to do.

    /aigov <question>          ask (also /aigov ask <question>)
    /aigov status <tool>       is this tool approved?
    /aigov register [name]     open the registration form
    /aigov queue               reviewers: the pending requests
    /aigov help                how to use govbot
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from slack_bolt import App

from bot.slack import ask, registration, review

if TYPE_CHECKING:
    from bot.slack.app import Govbot

COMMAND = "/aigov"


def register(app: App, govbot: Govbot) -> None:
    @app.command(COMMAND)
    def aigov(ack, command, client, respond):
        text = " ".join((command.get("text") or "").split())
        word, _, rest = text.partition(" ")
        match word.lower():
            case "" | "help":
                ask.help_command(govbot, ack, command, respond)
            case "status":
                ask.status_command(govbot, ack, command, respond, rest)
            case "register":
                registration.register_command(govbot, ack, command, client, rest)
            case "queue":
                review.queue_command(govbot, ack, command, respond)
            case "ask":
                ask.ask_command(govbot, ack, command, respond, rest)
            case _:
                ask.ask_command(govbot, ack, command, respond, text)
