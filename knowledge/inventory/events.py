"""What happens in the inventory, as typed events, and the bus that tells whoever listens.

Registration, review and import publish an event once their change is committed; subscribers
react to it (the Slack notifier posts and DMs; reminders and incidents can listen the same way):

    events = EventBus(on_failure=warn)
    events.subscribe(RequestDecided, tell_the_requester, audience="Slack")
    Workflow(db, reviewers, events=events).decide(12, "approved", "alice")  # → tell_the_requester(event)

A subscriber that fails never undoes the change, and never keeps the next subscriber from
hearing of it: the bus hands the failure to `on_failure` (the command line prints a warning,
`govbot serve` logs it) and goes on.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TypeVar

from knowledge.inventory.models import RegistrationRequest, Tool

log = logging.getLogger("govbot.events")


@dataclass(frozen=True)
class RequestFiled:
    """A new registration request, risk-triaged and waiting for a reviewer."""

    request: RegistrationRequest


@dataclass(frozen=True)
class RequestDecided:
    """A reviewer approved (with or without conditions) or rejected a request; the tool is filed."""

    request: RegistrationRequest


@dataclass(frozen=True)
class InformationRequested:
    """A reviewer asked the requester for more information (the request is needs_info)."""

    request: RegistrationRequest


@dataclass(frozen=True)
class InformationProvided:
    """The requester answered the reviewers' question; the request is pending again."""

    request: RegistrationRequest
    answer: str


@dataclass(frozen=True)
class RequestWithdrawn:
    request: RegistrationRequest


@dataclass(frozen=True)
class ToolRetired:
    tool: Tool
    by: str
    comment: str


@dataclass(frozen=True)
class InventoryImported:
    """Tools added or changed from a file (a status changed from a file is a decision too)."""

    added: tuple[str, ...]
    updated: tuple[str, ...]
    by: str


InventoryEvent = (
    RequestFiled
    | RequestDecided
    | InformationRequested
    | InformationProvided
    | RequestWithdrawn
    | ToolRetired
    | InventoryImported
)
# The bus carries any typed event: the inventory's above, and other parts' of their own (the
# incident register's: knowledge/incidents/events.py).
Event = TypeVar("Event")


@dataclass(frozen=True)
class SubscriberFailed:
    """A subscriber could not do its part: `audience` is who was not told ("Slack")."""

    audience: str
    event: object
    error: Exception


def log_failure(failure: SubscriberFailed) -> None:
    log.error(
        "%s was not told of %s: %s",
        failure.audience,
        type(failure.event).__name__,
        failure.error,
        exc_info=failure.error,
    )


@dataclass(frozen=True)
class _Subscription:
    event_type: type
    handler: Callable
    audience: str


class EventBus:
    """In-process and synchronous: subscribers run in the publisher's thread, one after another,
    in the order they subscribed (unless the publisher holds its events; see `held`)."""

    def __init__(self, on_failure: Callable[[SubscriberFailed], None] = log_failure):
        self.on_failure = on_failure
        self._subscriptions: list[_Subscription] = []
        self._holding = threading.local()

    def subscribe(self, event_type: type[Event], handler: Callable[[Event], None], *, audience: str) -> None:
        self._subscriptions.append(_Subscription(event_type, handler, audience))

    def publish(self, event: object) -> None:
        held = getattr(self._holding, "events", None)
        if held is not None:
            held.append(event)
            return
        for subscription in list(self._subscriptions):
            if isinstance(event, subscription.event_type):
                try:
                    subscription.handler(event)
                except Exception as error:  # whatever it is, the change stands: report it, go on
                    self.on_failure(SubscriberFailed(subscription.audience, event, error))

    @contextmanager
    def held(self) -> Iterator[None]:
        """Events this thread publishes inside the block reach their subscribers when it ends
        (also when it ends in an error: what was committed stands). For a caller that must answer
        first: a Slack form's acknowledgement cannot wait for the messages the change sends."""
        if getattr(self._holding, "events", None) is not None:
            yield  # already held further out: released there
            return
        self._holding.events = held = list[object]()
        try:
            yield
        finally:
            self._holding.events = None
            for event in held:
                self.publish(event)
