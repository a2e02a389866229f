"""Slack hears of every change to the inventory, wherever it was made (a button in Slack, a command
in a terminal): a subscriber to the inventory's events (knowledge/inventory/events.py).

    filed                   posted to the review channel (once, however often the form arrives),
                            and confirmed to the requester in a DM
    decided, info asked     the review post shows the outcome, the requester gets a DM, and the
                            Home tabs of requester and reviewer are published again
    info provided           the review post gets its buttons back, the answer goes in its thread
    withdrawn               the review post says so, the requester's Home tab too

Telling Slack is several calls. One that Slack refuses is logged and the others still run; once
Slack cannot be reached at all the rest are not tried. Then NotShownInSlack says what went wrong,
and the event bus reports it the way its owner chose (the CLI prints a warning, serve logs it):
the change itself is committed already and stands.
"""

from __future__ import annotations

import logging
import secrets
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from slack_sdk.errors import SlackApiError

from bot.slack import store
from bot.slack.blocks.common import escape
from bot.slack.blocks.review import SLACK_USER_ID
from bot.slack.messenger import Messenger
from knowledge.inventory.events import (
    EventBus,
    InformationProvided,
    InformationRequested,
    RequestDecided,
    RequestFiled,
    RequestWithdrawn,
)
from knowledge.inventory.models import RegistrationRequest

log = logging.getLogger("govbot.slack")
AUDIENCE = "Slack"


class NotShownInSlack(RuntimeError):
    """The change is recorded, but Slack does not show it: the message says why."""


class Steps:
    """Runs the calls that tell Slack of one event (see the module's docstring)."""

    def __init__(self, api_url: str):
        self.api_url = api_url
        self.problems: list[str] = []
        self.unreachable = False

    def __call__(self, what: str, call: Callable, *args, **kwargs) -> bool:
        """Run one call; False when it failed (or was not tried: Slack is out of reach)."""
        if self.unreachable:
            return False
        try:
            call(*args, **kwargs)
            return True
        except SlackApiError as error:
            log.error("%s failed: %s", what, error.response.get("error"))
            self.problems.append(f"Slack refused: {error.response.get('error')}")
        except OSError as error:  # the connection itself, after the client's own retries
            log.error("%s failed: %s", what, error)
            self.problems.append(f"cannot reach Slack at {self.api_url}: {error}")
            self.unreachable = True
        except Exception as error:  # a bug here must not cost the other steps
            log.error("%s failed: %r", what, error, exc_info=True)
            self.problems.append(f"{what} failed: {error!r}")
        return False


class SlackNotifier:
    def __init__(self, slack: Messenger, api_url: str):
        self.slack = slack
        self.api_url = api_url

    def subscribe_to(self, events: EventBus) -> None:
        events.subscribe(RequestFiled, self.request_filed, audience=AUDIENCE)
        events.subscribe(RequestDecided, self.request_decided, audience=AUDIENCE)
        events.subscribe(InformationRequested, self.request_decided, audience=AUDIENCE)
        events.subscribe(InformationProvided, self.information_provided, audience=AUDIENCE)
        events.subscribe(RequestWithdrawn, self.request_withdrawn, audience=AUDIENCE)

    @contextmanager
    def steps(self) -> Iterator[Steps]:
        step = Steps(self.api_url)
        yield step
        if step.problems:
            raise NotShownInSlack("; ".join(dict.fromkeys(step.problems)))

    def request_filed(self, event: RequestFiled) -> None:
        request = event.request
        # The same claim wherever it was filed: announced once, whoever gets there first.
        if not store.claim_delivery(self.slack.db, f"announce-request:{request.id}"):
            return
        with self.steps() as step:
            reference = secrets.token_hex(4)
            problem = ""
            if not step(
                f"posting request #{request.id} for review [ref {reference}]", self.slack.post_for_review, request
            ):
                problem = (
                    ":warning: The request is in the review queue, but posting it to the reviewers' channel failed "
                    f"(reference `{reference}`); they will still see it in their queue."
                )
            step(
                f"confirming request #{request.id} to {request.requester_id}",
                self.slack.confirm_filed,
                request,
                problem,
            )

    def request_decided(self, event: RequestDecided | InformationRequested) -> None:
        request = event.request
        with self.steps() as step:
            step(f"updating the review post of #{request.id}", self.slack.refresh_review_post, request)
            step(f"telling {request.requester_id} about #{request.id}", self.slack.tell_decision, request)
            self._publish_homes(step, request)

    def information_provided(self, event: InformationProvided) -> None:
        request = event.request
        with self.steps() as step:
            step(f"updating the review post of #{request.id}", self.slack.refresh_review_post, request)
            step(f"posting the answer to #{request.id}", self.slack.answer_in_review_thread, request, event.answer)
            self._publish_homes(step, request)

    def request_withdrawn(self, event: RequestWithdrawn) -> None:
        request = event.request
        notice = f":wastebasket: Request #{request.id} ({escape(request.name)}) is withdrawn."
        with self.steps() as step:
            step(f"updating the review post of #{request.id}", self.slack.refresh_review_post, request)
            self._publish_homes(step, request, notice)

    def _publish_homes(self, step: Steps, request: RegistrationRequest, requester_notice: str = "") -> None:
        """The Home tabs that list the request: the requester's, and the reviewer's who decided it."""
        for user in dict.fromkeys([request.requester_id, request.decided_by]):
            if user and SLACK_USER_ID.fullmatch(user):  # not a login name from the command line
                notice = requester_notice if user == request.requester_id else ""
                step(f"refreshing the Home of {user}", self.slack.publish_home, user, notice)
