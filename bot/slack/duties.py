"""Scheduled duties sent through Slack: the duties' DutySender. A person is messaged directly
when the inventory names them as a Slack user; otherwise the notice goes to the review channel,
saying whom it was for. Slack refusing raises (the notice stays due); Slack out of reach raises
SenderUnavailable (the run stops trying).

A notice is posted as its text (blocks/duties.py), unless the sender was given a richer message
for its kind: the weekly digest's is the governance report's digest (blocks/report.py), composed
when it is sent by what the composition root (bot/wiring.py) passes in `messages`."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from slack_sdk.errors import SlackApiError

from bot.slack.blocks.duties import notice_message
from bot.slack.blocks.review import SLACK_USER_ID
from bot.slack.messenger import Messenger
from knowledge.duties.kinds import Audience, Notice
from knowledge.duties.runner import SenderUnavailable

MessageFor = Callable[[Notice], dict]  # a notice → chat.postMessage's `text` and `blocks`


class NotSent(RuntimeError):
    pass


class SlackDutySender:
    def __init__(self, slack: Messenger, messages: Mapping[str, MessageFor] | None = None):
        self.slack = slack
        self.messages = dict(messages or {})

    def _where(self, notice: Notice) -> tuple[str, str]:
        """(channel, whom it was meant for when that person cannot be messaged)."""
        if notice.audience == Audience.person:
            user = notice.recipient.removeprefix("<@").removesuffix(">")
            if SLACK_USER_ID.fullmatch(user):
                return user, ""
            if self.slack.review_channel:
                return self.slack.review_channel, notice.recipient or "nobody on record"
            raise NotSent(f"{notice.recipient or 'nobody'} is not a Slack user and GOVBOT_REVIEW_CHANNEL is not set")
        if notice.audience == Audience.governance_channel:
            return self.slack.governance_channel, ""
        if not self.slack.review_channel:
            raise NotSent(f"{notice.kind} goes to the review channel: set GOVBOT_REVIEW_CHANNEL")
        return self.slack.review_channel, ""

    def _message(self, notice: Notice, unreachable: str) -> dict:
        if (compose := self.messages.get(notice.kind)) is not None:
            return compose(notice)
        text, blocks = notice_message(notice, unreachable)
        return {"text": text, "blocks": blocks}

    def deliver(self, notice: Notice) -> None:
        channel, unreachable = self._where(notice)
        message = self._message(notice, unreachable)
        try:
            self.slack.client.chat_postMessage(channel=channel, unfurl_links=False, unfurl_media=False, **message)
        except SlackApiError as error:
            raise NotSent(f"Slack refused: {error.response.get('error')}") from None
        except OSError as error:  # the connection itself, after the client's own retries
            raise SenderUnavailable(f"cannot reach Slack: {error}") from None
