"""The Bolt listeners, one module per Slack surface:

    commands.py        /aigov: ask, status, register, queue, help
    ask.py             mentions, direct messages, thread follow-ups; the buttons under an answer
    assistant_pane.py  Slack's AI-app split view
    registration.py    the registration form and its buttons
    review.py          decisions (buttons, comment modal), the requester's answer and withdrawal
    home.py            the App Home tab
    duties.py          the re-review reminder's buttons (request re-review, retire)
    incidents.py       reporting an AI incident (the form) and the governance team's buttons on it

They parse Slack's payloads, call govbot's core through `Govbot` (bot/wiring.py) and answer with
Block Kit from bot/slack/blocks/. What they share lives beside them: bot/slack/conversation.py
(answering a question) and bot/slack/messenger.py (review posts, DMs, Home); the ids that tie
Block Kit to a listener are in bot/slack/actions.py.
"""

from __future__ import annotations

from slack_bolt import App

from bot.slack.listeners import ask, assistant_pane, commands, duties, home, incidents, registration, review
from bot.wiring import Govbot


def register_listeners(app: App, govbot: Govbot) -> None:
    for surface in (commands, ask, assistant_pane, registration, review, home, duties, incidents):
        surface.register(app, govbot)
