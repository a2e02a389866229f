"""Slack's AI-app surface (the split-view assistant thread), through bolt-python's `Assistant`
middleware: a greeting and suggested prompts when a thread starts; for each message a "thinking"
status, the answer, and the thread titled after its first question.

The middleware also receives every threaded DM reply (Slack sends both as message.im with a
thread_ts), so the same listener answers follow-ups in an ordinary DM thread.
"""

from __future__ import annotations

import logging

from slack_bolt import App, BoltContext, Say, SetStatus, SetSuggestedPrompts, SetTitle
from slack_bolt import Assistant as AssistantPane
from slack_bolt.context.assistant.thread_context import AssistantThreadContext
from slack_bolt.context.assistant.thread_context_store.store import AssistantThreadContextStore
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.slack import store
from bot.slack.blocks.common import clip, escape
from bot.slack.conversation import answer_for, first_delivery, question_in
from bot.wiring import Govbot

log = logging.getLogger("govbot.slack")
GREETING = (
    "Hi! I answer questions about our AI policy and ISO/IEC 42001, quoting the documents, and I know "
    "which AI tools are approved. Ask me anything, or pick a suggestion below."
)
# Slack shows up to four; each title is what the button says, the message what is asked.
SUGGESTED_PROMPTS = [
    {"title": "Is ChatGPT approved?", "message": "Is ChatGPT approved?"},
    {"title": "Register a tool", "message": "I'd like to register a new AI tool"},
    {
        "title": "What does ISO 42001 expect from suppliers?",
        "message": "What does ISO 42001 control A.10.3 expect from suppliers?",
    },
    {
        "title": "Can I put customer data into an AI tool?",
        "message": "Can I put customer personal data into an AI tool?",
    },
]
THINKING = "is thinking…"
TITLE_CHARS = 80


class NoThreadContext(AssistantThreadContextStore):
    """Answers do not depend on the channel the person is looking at, so the thread context is
    neither stored nor looked up (Bolt's default store costs two Web API calls per message)."""

    def save(self, *, channel_id: str, thread_ts: str, context: dict[str, str]) -> None:
        pass

    def find(self, *, channel_id: str, thread_ts: str) -> AssistantThreadContext | None:
        return None


def register(app: App, govbot: Govbot) -> None:
    pane = AssistantPane(thread_context_store=NoThreadContext())

    @pane.thread_started
    def greet(say: Say, set_suggested_prompts: SetSuggestedPrompts) -> None:
        say(GREETING)
        set_suggested_prompts(prompts=SUGGESTED_PROMPTS, title="Try asking:")

    @pane.thread_context_changed
    def context_changed() -> None:
        pass  # see NoThreadContext

    @pane.user_message
    def answer(
        body: dict, payload: dict, client: WebClient, context: BoltContext, set_status: SetStatus, set_title: SetTitle
    ) -> None:
        if not first_delivery(govbot, body):
            return
        channel, thread_ts, user = payload["channel"], payload["thread_ts"], payload["user"]
        question = question_in(payload.get("text") or "", context.bot_user_id)
        new_thread = not store.is_bot_thread(govbot.db, channel, thread_ts)
        show_status(set_status, THINKING)
        try:
            message = answer_for(govbot, user, question)
            client.chat_postMessage(channel=channel, thread_ts=thread_ts, unfurl_links=False, **message)
        except Exception:
            show_status(set_status, "")  # posting a reply clears it; a failure must not leave it spinning
            raise
        if new_thread:
            store.remember_thread(govbot.db, channel, thread_ts, user)
            try:
                set_title(clip(escape(question), TITLE_CHARS) or "Question")
            except SlackApiError as error:  # an ordinary DM thread has no title to set
                log.info("no title for %s/%s: %s", channel, thread_ts, error.response.get("error"))

    app.assistant(pane)


def show_status(set_status: SetStatus, status: str) -> None:
    """Set (or with "" clear) the "thinking" status; where there is none to set (an ordinary DM
    thread), the answer still comes."""
    try:
        set_status(status)
    except SlackApiError as error:
        log.info("no status for this thread: %s", error.response.get("error"))
