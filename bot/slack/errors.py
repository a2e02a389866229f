"""A listener that fails (database down, index missing…) gives the person a short apology with an
error reference, and the log gets the same reference with the whole story."""

from __future__ import annotations

import logging
import secrets

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.webhook import WebhookClient

log = logging.getLogger("govbot.slack")


def who_and_where(body: dict) -> tuple[str | None, str | None]:
    """The user and channel of any Slack payload (event, command, action, view)."""
    event = body.get("event") or {}
    user = event.get("user") or body.get("user_id") or (body.get("user") or {}).get("id")
    channel = (
        event.get("channel")
        or body.get("channel_id")
        or (body.get("channel") or {}).get("id")
        or (body.get("container") or {}).get("channel_id")
    )
    return user, channel


def apology(reference: str) -> str:
    return (
        f":warning: Sorry, something went wrong on my side (error reference `{reference}`). "
        "Please try again in a minute; if it keeps happening, tell the governance team and quote the reference."
    )


def apologise(error: Exception, body: dict, client: WebClient) -> None:
    """Bolt's global error handler."""
    reference = secrets.token_hex(4)
    log.error("listener failed [ref %s] on a %s payload", reference, body.get("type") or "command", exc_info=error)
    user, channel = who_and_where(body)
    if not user:
        return
    thread_ts = (body.get("event") or {}).get("thread_ts")  # answer in the thread it was asked in
    try:
        if body.get("response_url"):  # commands and buttons: works even where the bot is not a member
            sent = WebhookClient(body["response_url"]).send(
                text=apology(reference), response_type="ephemeral", replace_original=False
            )
            if sent.status_code == 200:
                return
        if channel and not channel.startswith("D"):
            client.chat_postEphemeral(channel=channel, user=user, text=apology(reference), thread_ts=thread_ts)
        else:
            client.chat_postMessage(channel=channel or user, text=apology(reference), thread_ts=thread_ts)
    except SlackApiError as failure:
        log.error("could not tell %s about error %s: %s", user, reference, failure.response.get("error"))
    except OSError as failure:  # the connection itself failed (after the client's retries)
        log.error("could not tell %s about error %s: %s", user, reference, failure)
