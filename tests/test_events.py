"""The inventory tells subscribers what happened: one typed event per change, after it is committed;
a subscriber that fails neither undoes the change nor keeps the others from hearing of it."""

import threading

import pytest

from knowledge.inventory.events import (
    EventBus,
    InformationProvided,
    InformationRequested,
    InventoryImported,
    RequestDecided,
    RequestFiled,
    RequestWithdrawn,
    SubscriberFailed,
    ToolRetired,
)
from knowledge.inventory.importing import import_csv
from knowledge.inventory.registration import register
from knowledge.inventory.review import Workflow
from tests.inventory_helpers import SHIPPED_INVENTORY, form

EVERY_EVENT = (
    RequestFiled,
    RequestDecided,
    InformationRequested,
    InformationProvided,
    RequestWithdrawn,
    ToolRetired,
    InventoryImported,
)


@pytest.fixture
def heard():
    """A bus that records every event, and the list it records them in."""
    events, seen = EventBus(), []
    for event_type in EVERY_EVENT:
        events.subscribe(event_type, seen.append, audience="the test")
    return events, seen


def test_each_change_publishes_its_event(database, heard):
    events, seen = heard
    workflow = Workflow(database, {"alice"}, events=events)
    filed = register(database, form(), events=events).request
    workflow.decide(filed.id, "needs_info", "alice", "Which teams?")
    workflow.answer(filed.id, "U123", "Marketing, 12 people")
    workflow.decide(filed.id, "approved", "alice")
    second = register(database, form(name="Tabnine", vendor="Tabnine", url=""), events=events).request
    workflow.withdraw(second.id, "U123")
    workflow.retire("Jasper", "alice", "Replaced")
    import_csv(database, SHIPPED_INVENTORY, "alice", events=events)

    assert [type(event) for event in seen] == [
        RequestFiled,
        InformationRequested,
        InformationProvided,
        RequestDecided,
        RequestFiled,
        RequestWithdrawn,
        ToolRetired,
        InventoryImported,
    ]
    assert seen[1].request.decision_comment == "Which teams?" and seen[2].answer == "Marketing, 12 people"
    assert seen[3].request.status == "approved" and seen[3].request.tool.name == "Jasper"
    assert (seen[6].tool.status, seen[6].by, seen[6].comment) == ("retired", "alice", "Replaced")
    assert len(seen[7].added) == 18 and seen[7].updated == () and seen[7].by == "alice"


def test_what_changes_nothing_publishes_nothing(database, heard):
    events, seen = heard
    register(database, form(), events=events)
    assert register(database, form(), events=events).kind == "resubmitted"
    assert register(database, form(name="Jasper.ai"), events=events).kind == "duplicate"
    import_csv(database, SHIPPED_INVENTORY, "alice", events=events)
    import_csv(database, SHIPPED_INVENTORY, "alice", events=events)  # all 18 unchanged
    assert [type(event) for event in seen] == [RequestFiled, InventoryImported]


def test_subscribers_hear_of_a_change_once_it_is_committed(database):
    events, statuses = EventBus(), []
    workflow = Workflow(database, {"alice"}, events=events)
    events.subscribe(RequestDecided, lambda event: statuses.append(workflow.get(event.request.id).status), audience="x")
    request = register(database, form()).request
    workflow.decide(request.id, "rejected", "alice", "Trains on our data")
    assert statuses == ["rejected"]  # read back from the database, in another session


def test_a_failing_subscriber_is_reported_and_the_change_stands(database):
    failures, told = [], []
    events = EventBus(on_failure=failures.append)

    def unreachable(event):
        raise ConnectionError("Slack is down")

    events.subscribe(RequestDecided, unreachable, audience="Slack")
    events.subscribe(RequestDecided, told.append, audience="reminders")
    workflow = Workflow(database, {"alice"}, events=events)
    request = register(database, form()).request

    decided = workflow.decide(request.id, "approved", "alice")
    assert decided.status == "approved" and workflow.get(request.id).status == "approved"
    (failure,) = failures
    assert isinstance(failure, SubscriberFailed) and failure.audience == "Slack"
    assert str(failure.error) == "Slack is down" and failure.event.request.id == request.id
    assert [event.request.id for event in told] == [request.id]  # the next subscriber still heard


def test_held_events_reach_subscribers_when_the_block_ends_even_after_an_error(heard):
    events, seen = heard
    with events.held():
        events.publish(ToolRetired(None, "alice", "one"))
        with events.held():  # an inner hold is part of the outer one
            events.publish(ToolRetired(None, "alice", "two"))
        assert seen == []
    assert [event.comment for event in seen] == ["one", "two"]

    with pytest.raises(RuntimeError), events.held():
        events.publish(ToolRetired(None, "alice", "three"))
        raise RuntimeError("the caller failed after the change was committed")
    assert [event.comment for event in seen] == ["one", "two", "three"]


def test_a_hold_is_per_thread(heard):
    events, seen = heard
    with events.held():
        other = threading.Thread(target=lambda: events.publish(ToolRetired(None, "bob", "elsewhere")))
        other.start()
        other.join()
        assert [event.comment for event in seen] == ["elsewhere"]
    assert [event.comment for event in seen] == ["elsewhere"]
