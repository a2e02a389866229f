"""`/aigov`: one slash command, its first word choosing what to do. Every answer is ephemeral
(shown to whoever typed the command).

    /aigov <question>          ask (also /aigov ask <question>)
    /aigov status <tool>       is this tool approved?
    /aigov register [name]     open the registration form
    /aigov queue               reviewers: the pending requests
    /aigov incident [what]     open the incident report form (prefilled with what was typed)
    /aigov help                how to use govbot
"""

from __future__ import annotations

from slack_bolt import Ack, App, Respond

from bot.assistant import tidy
from bot.outcomes import record_answer
from bot.reply import Reply
from bot.slack.blocks.answer import TOOL_NAME_CHARS, answer_message, working_message
from bot.slack.blocks.help import HELP_TEXT
from bot.slack.blocks.review import queue_message, refusal
from bot.slack.conversation import SURFACE, answer_for
from bot.slack.listeners.incidents import open_form
from bot.wiring import Govbot

COMMAND = "/aigov"


def register(app: App, govbot: Govbot) -> None:
    @app.command(COMMAND)
    def aigov(ack: Ack, command: dict, respond: Respond) -> None:
        text = " ".join((command.get("text") or "").split())
        word, _, rest = text.partition(" ")
        match word.lower():
            case "" | "help":
                help_command(govbot, ack, command, respond)
            case "status":
                status_command(govbot, ack, command, respond, rest)
            case "register":
                ack()
                govbot.slack.open_registration_form(command["trigger_id"], rest or None)
            case "queue":
                queue_command(govbot, ack, command, respond)
            case "incident":
                ack()
                open_form(govbot, command["trigger_id"], rest)
            case "ask":
                ask_command(govbot, ack, command, respond, rest)
            case _:
                ask_command(govbot, ack, command, respond, text)


class NotDelivered(RuntimeError):
    """Slack refused what was sent to a response_url (respond() reports it instead of raising)."""


def send(respond: Respond, **message) -> None:
    """respond(), failing loudly: the global error handler then apologises and logs it."""
    response = respond(**message)
    if response.status_code != 200:
        raise NotDelivered(f"response_url answered {response.status_code}: {response.body[:300]}")


def help_command(govbot: Govbot, ack: Ack, command: dict, respond: Respond) -> None:
    ack()  # first: looking up the reviewer group may take a moment
    send(respond, text=HELP_TEXT, blocks=govbot.slack.help_blocks(command.get("user_id")), response_type="ephemeral")


def ask_command(govbot: Govbot, ack: Ack, command: dict, respond: Respond, question: str) -> None:
    if not question.strip():
        help_command(govbot, ack, command, respond)
        return
    ack(text=working_message())
    send(respond, response_type="ephemeral", **answer_for(govbot, command["user_id"], question))


def status_command(govbot: Govbot, ack: Ack, command: dict, respond: Respond, tool_text: str) -> None:
    name = tidy(tool_text)[:TOOL_NAME_CHARS]
    if not name:
        ack(text="Which tool? For example: `/aigov status ChatGPT`")
        return
    ack(text=working_message())
    reply = tool_status(govbot, name)
    outcome = record_answer(govbot.db, reply, command["user_id"], SURFACE)
    send(respond, response_type="ephemeral", **answer_message(reply, outcome))


def tool_status(govbot: Govbot, name: str) -> Reply:
    """`/aigov status <name>`: the named tool's verdict, or "not registered" (with Register it)."""
    return govbot.assistant.status_of(name)


def queue_command(govbot: Govbot, ack: Ack, command: dict, respond: Respond) -> None:
    ack()
    if command.get("user_id") not in govbot.reviewers:
        respond(text=refusal(), response_type="ephemeral")
        return
    text, message = queue_message(govbot.workflow.queue())
    respond(text=text, blocks=message, response_type="ephemeral")
