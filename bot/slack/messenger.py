"""What govbot says in Slack beyond a listener's own reply, for the listeners and the notifier
alike: each request's post in the review channel (posted, then kept showing its state), the
requester's direct messages, the Home tab, the registration form.

It takes plain values and records and renders them with blocks/; whoever calls it decides what to
do when Slack refuses (a listener apologises, the notifier reports).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Container

from slack_sdk import WebClient

from bot.slack import store
from bot.slack.blocks import forms
from bot.slack.blocks import home as home_blocks
from bot.slack.blocks import review as review_blocks
from bot.slack.blocks.help import help_blocks
from bot.slack.blocks.review import SLACK_USER_ID
from knowledge.incidents.models import incident_record
from knowledge.incidents.register import open_incidents
from knowledge.inventory.asks import most_asked_unregistered
from knowledge.inventory.database import Database
from knowledge.inventory.models import RegistrationRequest, RequestStatus
from knowledge.inventory.review import Workflow

log = logging.getLogger("govbot.slack")


class Messenger:
    def __init__(
        self,
        client: WebClient,
        db: Database,
        workflow: Workflow,
        reviewers: Container[str],
        *,
        review_channel: str | None,
        governance_channel: str,
    ):
        self.client = client
        self.db = db
        self.workflow = workflow
        self.reviewers = reviewers
        self.review_channel = review_channel
        self.governance_channel = governance_channel
        # The gap analysis for reviewers' Home tabs (bot/wiring.py sets it: it needs the index).
        self.gap_analysis: Callable[[], dict | None] = lambda: None

    def help_blocks(self, user_id: str | None) -> list[dict]:
        """How to use govbot, as `user_id` may use it (reviewers are told about reviewing)."""
        return help_blocks(self.governance_channel, self.review_channel, user_id in self.reviewers)

    # -- the review channel ----------------------------------------------------------------------

    def post_for_review(self, request: RegistrationRequest) -> None:
        """Post a request to the review channel and remember where (to show the outcome there later)."""
        if not self.review_channel:
            log.warning("GOVBOT_REVIEW_CHANNEL is not set: request #%s is only in the review queue", request.id)
            return
        text, message = review_blocks.review_message(request)
        response = self.client.chat_postMessage(
            channel=self.review_channel, text=text, blocks=message, unfurl_links=False, unfurl_media=False
        )
        store.save_review_post(self.db, request.id, response["channel"], response["ts"])
        # A reviewer may click before the location above is saved: the decision's refresh then
        # finds no post, and the click's finds it saved and assumes it refreshed. Whoever saves
        # last shows the state as it is now.
        current = self.workflow.get(request.id)
        if current.status != request.status:
            text, message = review_blocks.review_message(current)
            self.client.chat_update(channel=response["channel"], ts=response["ts"], text=text, blocks=message)

    def refresh_review_post(self, request: RegistrationRequest, clicked: tuple[str, str] | None = None) -> None:
        """Show the request's current state on its review post: the outcome instead of the buttons,
        or the buttons again once a needs_info question is answered. The post is where the store
        says, or else `clicked`, the review-channel message (channel, ts) a reviewer clicked (its
        location may not be saved yet); a pending request that never made it there is posted now."""
        post = store.review_post_of(self.db, request.id)
        where = (post.channel, post.ts) if post else clicked if clicked and clicked[0] == self.review_channel else None
        if where is None:
            if request.status == RequestStatus.pending:
                self.post_for_review(request)
            return
        text, message = review_blocks.review_message(request)
        self.client.chat_update(channel=where[0], ts=where[1], text=text, blocks=message)

    def refresh_clicked_post(self, request: RegistrationRequest, clicked: tuple[str, str]) -> None:
        """Show the outcome on the review-channel message a reviewer clicked, when the store does not
        know where the request was posted (when it does, that post was refreshed already)."""
        if store.review_post_of(self.db, request.id) is None:
            self.refresh_review_post(request, clicked)

    def answer_in_review_thread(self, request: RegistrationRequest, answer: str) -> None:
        """The requester's answer to the reviewers' question, in the thread of the request's post."""
        post = store.review_post_of(self.db, request.id)
        if post is not None:
            text = review_blocks.answered_notice(request, answer)
            self.client.chat_postMessage(channel=post.channel, thread_ts=post.ts, text=text)

    # -- the requester ---------------------------------------------------------------------------

    def confirm_filed(self, request: RegistrationRequest, problem: str = "") -> None:
        """The requester's confirmation: request number, risk tier and reasons, what happens next,
        and `problem` when it could not be posted for review."""
        if not SLACK_USER_ID.fullmatch(request.requester_id):
            return  # registered on the command line by a login name: not a Slack user
        next_steps = forms.next_steps(self.review_channel)
        text, message = review_blocks.filed_message(request, next_steps, problem)
        self.client.chat_postMessage(channel=request.requester_id, text=text, blocks=message)

    def tell_decision(self, request: RegistrationRequest) -> None:
        """The requester's news: the outcome and the reviewer's comment, or the question to answer."""
        if not SLACK_USER_ID.fullmatch(request.requester_id):
            return
        text, message = review_blocks.decision_message(request)
        self.client.chat_postMessage(channel=request.requester_id, text=text, blocks=message)

    def open_registration_form(self, trigger_id: str, name: str | None = None) -> None:
        """The registration form, its name prefilled (from `/aigov register X`, a button)."""
        self.client.views_open(trigger_id=trigger_id, view=forms.registration_modal(name))

    # -- the Home tab ----------------------------------------------------------------------------

    def publish_home(self, user_id: str, notice: str = "") -> None:
        """Publish `user_id`'s Home tab as it is now, `notice` at its top."""
        is_reviewer = user_id in self.reviewers
        view = home_blocks.home_view(
            self.help_blocks(user_id),
            self.workflow.requests_of(user_id),
            is_reviewer=is_reviewer,
            queue=self.workflow.queue() if is_reviewer else (),
            due=self.workflow.due() if is_reviewer else (),
            asked=most_asked_unregistered(self.db, home_blocks.ASKED_SHOWN) if is_reviewer else (),
            notice=notice,
            incidents=[incident_record(i) for i in open_incidents(self.db)] if is_reviewer else (),
            gaps=self.gap_analysis() if is_reviewer else None,
        )
        self.client.views_publish(user_id=user_id, view=view)
