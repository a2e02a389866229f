"""The review workflow: who may decide what, the state machine, concurrent decisions, re-review dates."""

import threading
import uuid
from datetime import timedelta

import pytest

from knowledge.inventory import audit, get_tool, import_csv, list_tools
from knowledge.inventory.models import months_later, now
from knowledge.inventory.registration import register
from knowledge.inventory.review import AlreadyDecided, NotAuthorised, NotFound, Workflow, WorkflowError
from tests.inventory_helpers import SHIPPED_INVENTORY, form

REVIEWERS = {f"reviewer{n}" for n in range(8)} | {"alice"}


@pytest.fixture
def workflow(database) -> Workflow:
    return Workflow(database, REVIEWERS, rereview_months=6)


@pytest.fixture
def request_id(database) -> int:
    return register(database, form()).request.id


def trail(workflow, name="Jasper"):
    with workflow.db.reading() as session:
        return [(e.actor, e.action, e.from_state, e.to_state) for e in audit.trail(session, name)]


# -- who decides, and with what ---------------------------------------------------------------------


def test_approval_files_the_tool_with_a_re_review_date(workflow, request_id):
    decided = workflow.decide(request_id, "approved", "alice")
    assert (decided.status, decided.decided_by) == ("approved", "alice")
    tool = get_tool(workflow.db, "Jasper")
    assert (tool.status, tool.vendor, tool.owner, tool.risk_tier) == ("approved", "Jasper AI", "Ada Lovelace", "low")
    assert tool.decided_at == decided.decided_at
    assert tool.next_review_due == months_later(decided.decided_at, 6)
    assert trail(workflow)[-2:] == [
        ("alice", "decided", "pending", "approved"),
        ("alice", "tool added", None, "approved"),
    ]


def test_conditions_become_the_tools_conditions(workflow, request_id):
    workflow.decide(request_id, "approved_with_conditions", "alice", "Marketing team only; no client data")
    tool = get_tool(workflow.db, "Jasper")
    assert tool.status == "approved_with_conditions" and tool.conditions == "Marketing team only; no client data"


def test_a_rejection_is_kept_in_the_inventory_with_its_reason(workflow, request_id):
    workflow.decide(request_id, "rejected", "alice", "Trains on customer data")
    tool = get_tool(workflow.db, "Jasper")
    assert tool.status == "rejected" and tool.notes == "Trains on customer data" and tool.next_review_due is None


def test_only_reviewers_decide(workflow, request_id):
    with pytest.raises(NotAuthorised, match="mallory is not a reviewer.*GOVBOT_REVIEWERS"):
        workflow.decide(request_id, "approved", "mallory")
    with pytest.raises(NotAuthorised):
        workflow.decide(request_id, "approved", "U123")  # not even the requester
    assert workflow.get(request_id).status == "pending"


def test_nobody_decides_when_no_reviewers_are_configured(database, request_id):
    with pytest.raises(NotAuthorised):
        Workflow(database, set()).decide(request_id, "approved", "alice")


def test_a_comment_is_required_to_reject_set_conditions_or_ask(workflow, request_id):
    for decision in ("approved_with_conditions", "rejected", "needs_info"):
        for comment in ("", "   ", "\x00\u200b"):
            with pytest.raises(WorkflowError, match=f"a comment is required to decide {decision}"):
                workflow.decide(request_id, decision, "alice", comment)
    assert workflow.get(request_id).status == "pending"


def test_comments_are_bounded_and_cleaned(workflow, request_id):
    with pytest.raises(WorkflowError, match="at most 3,000"):
        workflow.decide(request_id, "rejected", "alice", "x" * 100_000)
    decided = workflow.decide(request_id, "rejected", "alice", "<!channel> no\x1b[31m way")
    assert decided.decision_comment == "<!channel> no[31m way"


def test_only_review_decisions_can_be_decided(workflow, request_id):
    for decision in ("pending", "withdrawn", "retired", "maybe", ""):
        with pytest.raises(WorkflowError, match="decision"):
            workflow.decide(request_id, decision, "alice", "because")
    assert workflow.get(request_id).status == "pending"


def test_unknown_requests_are_reported(workflow):
    for act in (
        lambda: workflow.decide(999, "approved", "alice"),
        lambda: workflow.answer(999, "U123", "more"),
        lambda: workflow.withdraw(999, "U123"),
        lambda: workflow.get(999),
    ):
        with pytest.raises(NotFound, match="no registration request #999"):
            act()


# -- the state machine ---------------------------------------------------------------------------


def test_needs_info_then_answer_returns_to_pending_then_approval(workflow, request_id):
    workflow.decide(request_id, "needs_info", "alice", "Which teams will use it?")
    with pytest.raises(NotAuthorised, match="only the requester"):
        workflow.answer(request_id, "U999", "All of them")
    answered = workflow.answer(request_id, "U123", "Marketing only, 12 people")
    assert answered.status == "pending" and "Marketing only, 12 people" in answered.details
    assert workflow.decide(request_id, "approved", "reviewer1").status == "approved"
    assert [step[1:] for step in trail(workflow)] == [
        ("registered", None, "pending"),
        ("decided", "pending", "needs_info"),
        ("answered", "needs_info", "pending"),
        ("decided", "pending", "approved"),
        ("tool added", None, "approved"),
    ]


def test_an_answer_needs_a_question_and_text(workflow, request_id):
    with pytest.raises(WorkflowError, match="pending: it cannot become pending"):
        workflow.answer(request_id, "U123", "unasked")
    workflow.decide(request_id, "needs_info", "alice", "Which teams?")
    with pytest.raises(WorkflowError, match="write the information"):
        workflow.answer(request_id, "U123", "  ")


@pytest.mark.parametrize("state", ["pending", "needs_info"])
def test_the_requester_withdraws_an_open_request(workflow, request_id, state):
    if state == "needs_info":
        workflow.decide(request_id, "needs_info", "alice", "Which teams?")
    with pytest.raises(NotAuthorised, match="only the requester"):
        workflow.withdraw(request_id, "alice")
    assert workflow.withdraw(request_id, "U123", "not needed any more").status == "withdrawn"
    assert trail(workflow)[-1] == ("U123", "withdrew", state, "withdrawn")


def test_a_decided_request_cannot_be_decided_again_and_says_by_whom(workflow, database):
    for first, name in (("approved", "Jasper"), ("approved_with_conditions", "Tabnine"), ("rejected", "Runway")):
        request_id = register(
            database, form(name=name, vendor=f"{name} Inc", url=f"https://{name.lower()}.com")
        ).request.id
        workflow.decide(request_id, first, "alice", "noted")
        for decision in ("approved", "approved_with_conditions", "rejected", "needs_info"):
            with pytest.raises(AlreadyDecided, match=f"already decided by alice: {first}") as refused:
                workflow.decide(request_id, decision, "reviewer1", "late")
            assert refused.value.decided_by == "alice"
        with pytest.raises(WorkflowError, match=f"is {first}: it cannot become withdrawn"):
            workflow.withdraw(request_id, "U123")
        with pytest.raises(WorkflowError, match=f"is {first}: it cannot become pending"):
            workflow.answer(request_id, "U123", "more")
        assert workflow.get(request_id).status == first


def test_a_question_waiting_for_an_answer_is_not_decided_over(workflow, request_id):
    workflow.decide(request_id, "needs_info", "alice", "Which teams?")
    with pytest.raises(AlreadyDecided, match="already decided by alice: needs_info"):
        workflow.decide(request_id, "approved", "reviewer1")


def test_a_withdrawn_request_is_closed(workflow, request_id):
    workflow.withdraw(request_id, "U123")
    with pytest.raises(WorkflowError, match="is withdrawn: it cannot become approved") as refused:
        workflow.decide(request_id, "approved", "alice")
    assert not isinstance(refused.value, AlreadyDecided)  # nobody decided it
    with pytest.raises(WorkflowError, match="is withdrawn"):
        workflow.withdraw(request_id, "U123")


def test_approved_tools_retire_and_retired_ones_stay_retired(workflow, request_id):
    workflow.decide(request_id, "approved", "alice")
    with pytest.raises(NotAuthorised):
        workflow.retire("Jasper", "U123", "done")
    with pytest.raises(WorkflowError, match="comment is required"):
        workflow.retire("Jasper", "alice", "")
    retired = workflow.retire("jasper", "alice", "Replaced by Grammarly")
    assert retired.status == "retired" and retired.next_review_due is None
    with pytest.raises(WorkflowError, match="Jasper is retired: only approved tools can be retired"):
        workflow.retire("Jasper", "alice", "again")
    with pytest.raises(NotFound, match="no tool named 'Nope'"):
        workflow.retire("Nope", "alice", "x")
    assert trail(workflow)[-1] == ("alice", "retired", "approved", "retired")


def test_rejected_tools_cannot_be_retired(workflow, request_id):
    workflow.decide(request_id, "rejected", "alice", "No")
    with pytest.raises(WorkflowError, match="only approved tools"):
        workflow.retire("Jasper", "alice", "x")


def test_queue_and_requests_of(workflow, database):
    first = register(database, form()).request.id
    second = register(
        database, form(name="Fireflies", vendor="Fireflies.ai", url="https://fireflies.ai", requester_id="U7")
    ).request.id
    third = register(database, form(name="Tabnine", vendor="Tabnine Ltd", url="https://tabnine.com")).request.id
    workflow.decide(third, "approved", "alice")
    workflow.decide(second, "needs_info", "alice", "Which meetings?")
    assert [r.id for r in workflow.queue()] == [first, second]
    assert [r.id for r in workflow.requests_of("U123")] == [third, first]


# -- re-review ------------------------------------------------------------------------------------


def test_approvals_fall_due_after_the_configured_months(workflow, request_id):
    decided = workflow.decide(request_id, "approved", "alice")
    assert workflow.due() == []
    assert workflow.due(at=decided.decided_at + timedelta(days=170)) == []
    due = workflow.due(at=months_later(decided.decided_at, 6) + timedelta(seconds=1))
    assert [tool.name for tool in due] == ["Jasper"]
    assert due[0].next_review_due > now()  # a real, timezone-aware date, comparable to now


def test_imported_approvals_fall_due_and_rejections_never(database):
    import_csv(database, SHIPPED_INVENTORY, "loader", rereview_months=12)
    workflow = Workflow(database, REVIEWERS)
    due = workflow.due(at=months_later(now(), 12) + timedelta(days=1))
    assert {tool.status for tool in due} == {"approved", "approved_with_conditions"}
    assert len(due) == 13 and "Midjourney" not in {tool.name for tool in due}


# -- two reviewers at once -------------------------------------------------------------------------


def test_concurrent_decisions_exactly_one_wins_and_the_others_learn_who(workflow, request_id):
    decisions = ["approved", "rejected", "approved_with_conditions", "needs_info"] * 2
    reviewers = sorted(REVIEWERS - {"alice"})
    barrier = threading.Barrier(len(reviewers))
    wins, losses, crashes = [], [], []

    def decide(reviewer, decision):
        barrier.wait()
        try:
            wins.append(workflow.decide(request_id, decision, reviewer, f"{reviewer} says {decision}"))
        except AlreadyDecided as refused:
            losses.append(refused)
        except Exception as error:  # anything else is a bug
            crashes.append(error)

    threads = [threading.Thread(target=decide, args=pair) for pair in zip(reviewers, decisions)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert crashes == []
    [winner] = wins
    assert len(losses) == 7
    assert all(loss.decided_by == winner.decided_by and winner.decided_by in str(loss) for loss in losses)
    stored = workflow.get(request_id)
    assert (stored.status, stored.decided_by) == (winner.status, winner.decided_by)
    decided_events = [step for step in trail(workflow) if step[1] == "decided"]
    assert decided_events == [(winner.decided_by, "decided", "pending", winner.status)]


def test_a_withdrawal_racing_a_decision_is_either_or_never_a_crash(workflow, database):
    for _ in range(10):
        name = f"Tool {uuid.uuid4().hex}"
        request_id = register(
            database, form(name=name, vendor=name, url=f"https://{uuid.uuid4().hex}.example")
        ).request.id
        barrier, results = threading.Barrier(2), []

        def act(kind):
            barrier.wait()
            try:
                if kind == "decide":
                    workflow.decide(request_id, "approved", "alice")
                else:
                    workflow.withdraw(request_id, "U123")
                results.append(f"{kind} done")
            except WorkflowError:
                results.append(f"{kind} refused")
            except Exception as error:  # StaleDataError and the like: the bug
                results.append(f"{kind} crashed: {error!r}")

        threads = [threading.Thread(target=act, args=(kind,)) for kind in ("decide", "withdraw")]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert sorted(results) in (["decide done", "withdraw refused"], ["decide refused", "withdraw done"])
        assert workflow.get(request_id).status in ("approved", "withdrawn")


def test_two_requests_for_the_same_new_tool_approved_at_once_make_one_tool(workflow, database):
    for _ in range(5):  # the race is narrow: give it several chances to happen
        name = f"Tool {uuid.uuid4().hex}"
        site = f"https://{uuid.uuid4().hex}.example"
        first = register(database, form(name=name, vendor=name, url=site, aliases="")).request.id
        second = register(
            database, form(name=name, vendor=name, url=site, aliases="", requester_id="U999"), allow_duplicate=True
        ).request.id
        barrier, results = threading.Barrier(2), []

        def approve(request_id, reviewer):
            barrier.wait()
            try:
                results.append(workflow.decide(request_id, "approved", reviewer).status)
            except Exception as error:  # an IntegrityError here is the bug
                results.append(repr(error))

        threads = [threading.Thread(target=approve, args=pair) for pair in ((first, "alice"), (second, "reviewer1"))]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert results == ["approved", "approved"]
        assert [tool.name for tool in list_tools(database) if tool.name == name] == [name]


def test_approving_a_tool_that_was_rejected_drops_the_old_rejection_reason(workflow, database, request_id):
    workflow.decide(request_id, "rejected", "alice", "No enterprise agreement yet")
    again = register(database, form(purpose="Now with an enterprise agreement"), allow_duplicate=True).request.id
    workflow.decide(again, "approved", "alice")
    tool = get_tool(database, "Jasper")
    assert (tool.status, tool.notes) == ("approved", "")
    with database.reading() as session:
        assert "No enterprise agreement yet" in [event.comment for event in audit.trail(session, "Jasper")]


def test_deciding_a_tool_filed_anyway_as_different_leaves_the_look_alike_alone(workflow, database):
    import_csv(database, SHIPPED_INVENTORY, "loader")
    before = get_tool(database, "ChatGPT Enterprise")
    outcome = register(
        database, form(name="ChatGPT", vendor="OpenAI", url="https://openai.com/edu"), allow_duplicate=True
    )
    assert outcome.kind == "filed" and outcome.request.tool.name == "ChatGPT Enterprise"
    workflow.decide(outcome.request.id, "rejected", "alice", "Edu plan is for schools")
    after = get_tool(database, "ChatGPT Enterprise")
    assert (after.status, after.url, after.notes, after.aliases) == (
        before.status,
        before.url,
        before.notes,
        before.aliases,
    )
    assert [tool.status for tool in list_tools(database) if tool.name == "ChatGPT"] == ["rejected"]
