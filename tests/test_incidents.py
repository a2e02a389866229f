"""The incident register through its service: reports filed and triaged by the policy's rules,
never held back by what the reporter does not know, changed only by reviewers (but notes), its
history append-only and every change in the audit trail; on SQLite and PostgreSQL."""

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import text

from knowledge.incidents.events import IncidentAcknowledged, IncidentReported, IncidentResolved
from knowledge.incidents.models import INCIDENT_CHARS, Incident, IncidentEvent
from knowledge.incidents.register import IncidentError, IncidentRegister, InvalidReport
from knowledge.incidents.triage import triage
from knowledge.incidents.vocabulary import IncidentStatus, Severity
from knowledge.inventory.asks import most_asked_unregistered
from knowledge.inventory.audit import trail
from knowledge.inventory.events import EventBus
from knowledge.inventory.matching import name_key
from knowledge.inventory.models import AppendOnlyError, Tool
from knowledge.inventory.review import NotAuthorised

REVIEWER = "alice"


@pytest.fixture
def database_class():
    from bot.wiring import GovbotDatabase  # the incident register's tables come with govbot's database

    return GovbotDatabase


@pytest.fixture
def heard():
    return []


@pytest.fixture
def register(database, heard):
    events = EventBus()
    events.subscribe(object, heard.append, audience="test")
    return IncidentRegister(database, {REVIEWER}, events)


def add_tool(database, name: str, aliases: list[str]) -> None:
    with database.writing() as session:
        session.add(Tool(name=name, name_key=name_key(name), aliases=aliases, status="approved"))


def report(register, **fields):
    return register.report({"summary": "Something went wrong with an AI tool", "reporter_id": "U1", **fields})


def test_a_pasted_api_key_is_severity_2_rotate_now_and_report_within_the_hour(register, heard):
    incident = report(register, data_involved=["secrets"], kind="data_exposed", tool="not sure")
    assert incident.severity == Severity.high and incident.status == IncidentStatus.open
    assert incident.report_due_at - incident.reported_at == timedelta(hours=1)
    assert any(step.startswith("Rotate or revoke") for step in incident.next_steps)
    assert any("within one hour" in step and "security incident form" in step for step in incident.next_steps)
    assert "AI Incident Reporting §3.1" in incident.triage_reasons[0]
    assert heard == [IncidentReported(incident)]


def test_personal_data_is_reported_immediately_and_involves_the_dpo():
    moment = datetime(2026, 12, 1, 10, tzinfo=UTC)
    verdict = triage("data_exposed", ["personal", "internal"], moment)
    assert verdict.severity == Severity.high
    assert verdict.report_due_at == moment and any(") immediately, without" in step for step in verdict.next_steps)
    assert "the DPO" in verdict.involves and "Security Operations and the DPO" in verdict.next_steps[-1]
    assert "§6.1" in verdict.reasons[0]


def test_confidential_data_gives_a_day_and_a_near_miss_is_low():
    moment = datetime(2026, 12, 1, 10, tzinfo=UTC)
    confidential = triage("data_exposed", ["confidential"], moment)
    assert confidential.report_due_at == moment + timedelta(hours=24)
    near_miss = triage("near_miss", ["none"], moment)
    assert near_miss.severity == Severity.low
    assert not any("security incident form" in step for step in near_miss.next_steps)
    assert near_miss.next_steps[0].startswith("Nothing more to file")
    assert "§2.6" in near_miss.reasons[0]
    # A "near miss" in which a secret did go in is not one: the stricter rule wins.
    assert triage("near_miss", ["secrets"], moment).severity == Severity.high


def test_not_knowing_anything_still_files_a_medium_incident_due_in_24_hours(register):
    incident = report(register, kind="not sure", data_involved="not sure", occurred="not sure", tool="")
    assert incident.severity == Severity.medium
    assert incident.kind == "not_sure" and incident.data_involved == ["not_sure"] and incident.tool_name == ""
    assert incident.occurred == "not sure" and incident.occurred_at is None
    assert any("Find out which data" in step for step in incident.next_steps)


def test_the_team_acknowledges_by_business_time():
    """§4.2 by severity (the calendar's edge cases: tests/test_business_time.py)."""
    friday_evening = datetime(2026, 12, 4, 17, 0, tzinfo=UTC)  # 17:00 in London: half an hour left

    def acknowledge_by(kind: str, data: str) -> tuple[Severity, datetime]:
        verdict = triage(kind, [data], friday_evening)
        return verdict.severity, verdict.acknowledge_due_at

    assert acknowledge_by("harmful_output", "secrets") == (Severity.high, datetime(2026, 12, 7, 12, 30, tzinfo=UTC))
    assert acknowledge_by("harmful_output", "internal") == (Severity.medium, datetime(2026, 12, 7, 17, tzinfo=UTC))
    assert acknowledge_by("near_miss", "none") == (Severity.low, datetime(2026, 12, 9, 17, tzinfo=UTC))


def test_a_tool_of_the_inventory_is_linked_and_an_unregistered_one_counted(register, database):
    add_tool(database, "ChatGPT Enterprise", aliases=["ChatGPT"])
    known = report(register, tool="chatgpt")
    assert known.tool_name == "ChatGPT Enterprise" and known.is_tool_registered
    unknown = report(register, tool="DeepSeek Chat")
    assert unknown.tool_id is None and unknown.tool_name == "DeepSeek Chat"
    report(register, tool="deepseek chat")
    (asked,) = most_asked_unregistered(database)
    assert (asked.name, asked.count) == ("DeepSeek Chat", 2)


def test_the_same_submission_twice_files_one_incident(register, heard):
    first = register.report({"summary": "x", "reporter_id": "U1"}, "view-1")
    again = register.report({"summary": "x", "reporter_id": "U1"}, "view-1")
    assert again.id == first.id and len(register.list()) == 1 and len(heard) == 1


@pytest.mark.parametrize(
    "fields, field, message",
    [
        ({"summary": "   "}, "summary", "say what happened"),
        ({"summary": "\x00\u200b"}, "summary", "say what happened"),  # control characters only
        ({"summary": "x" * (INCIDENT_CHARS["summary"] + 1)}, "summary", "at most 5,000"),
        ({"affected": "y" * 2001}, "affected", "at most 2,000"),
        ({"data_involved": ["secrets", "gossip"]}, "data_involved", "'gossip' is not one of"),
        ({"data_involved": 42}, "data_involved", "must be text"),
        ({"kind": "alien invasion"}, "kind", "one of"),
        ({"occurred": "2999-01-01"}, "occurred", "in the future"),
        ({"tool": ["ChatGPT"]}, "tool", "must be text"),
        ({"reporter_id": ""}, "reporter_id", "required"),
    ],
)
def test_a_broken_report_says_what_is_wrong_and_files_nothing(register, fields, field, message):
    with pytest.raises(InvalidReport) as refused:
        report(register, **fields)
    assert message in refused.value.errors[field]
    assert register.list() == []


def test_hostile_text_is_kept_as_text_without_control_characters(register):
    incident = report(register, summary="<!channel> pasted\x07 keys\u202e", affected="<@U999> & co")
    assert incident.summary == "<!channel> pasted keys" and incident.affected == "<@U999> & co"


def test_the_team_acknowledges_assigns_notes_and_resolves_each_audited(register, database, heard):
    incident = report(register, tool="Claude", data_involved=["internal"])
    register.acknowledge(incident.id, REVIEWER)
    register.assign(incident.id, "Bob (Security Operations)", REVIEWER)
    register.add_note(incident.id, "Vendor asked to delete the chat", REVIEWER)
    register.add_note(incident.id, "It was about 20 rows", "U1")  # the reporter adds details later
    resolved = register.resolve(incident.id, "No approved tool for the task; Claude Enterprise now offered", REVIEWER)
    assert resolved.status == IncidentStatus.resolved and resolved.resolved_by == REVIEWER
    assert resolved.acknowledged_at <= resolved.resolved_at and resolved.assignee == "Bob (Security Operations)"
    assert [e.action for e in resolved.events] == ["reported", "acknowledged", "assigned", "note", "note", "resolved"]
    assert resolved.events[-1].comment.startswith("No approved tool")
    assert isinstance(heard[1], IncidentAcknowledged) and isinstance(heard[-1], IncidentResolved)
    with database.reading() as session:
        entries = [e for e in trail(session) if e.action.startswith("incident")]
    assert [e.action for e in entries] == [
        "incident reported",
        "incident acknowledged",
        "incident assigned",
        "incident note",
        "incident note",
        "incident resolved",
    ]
    assert all(e.comment.startswith(f"incident #{incident.id}") and e.tool_name == "Claude" for e in entries)
    assert [i.id for i in register.list(status="resolved")] == [incident.id] and register.list(status="open") == []


def test_only_reviewers_acknowledge_assign_and_resolve(register):
    incident = report(register)
    for change in (
        lambda: register.acknowledge(incident.id, "U1"),
        lambda: register.assign(incident.id, "U1", "U1"),
        lambda: register.resolve(incident.id, "because", "U1"),
        lambda: register.add_note(incident.id, "a stranger's note", "U2"),
    ):
        with pytest.raises(NotAuthorised):
            change()
    assert register.get(incident.id).events[-1].action == "reported"


def test_refused_changes_say_why(register):
    incident = report(register)
    with pytest.raises(IncidentError, match="root cause is required"):
        register.resolve(incident.id, "  ", REVIEWER)
    with pytest.raises(IncidentError, match="at most 3,000"):
        register.add_note(incident.id, "n" * 3001, REVIEWER)
    register.acknowledge(incident.id, REVIEWER)
    with pytest.raises(IncidentError, match="already acknowledged by alice"):
        register.acknowledge(incident.id, REVIEWER)
    register.resolve(incident.id, "Training gap", REVIEWER)
    with pytest.raises(IncidentError, match="already resolved"):
        register.resolve(incident.id, "again", REVIEWER)
    with pytest.raises(IncidentError, match="no incident #999"):
        register.acknowledge(999, REVIEWER)


def test_the_history_is_append_only_in_the_application_and_the_database(register, database):
    incident = report(register)
    with pytest.raises(AppendOnlyError):
        with database.writing() as session:
            session.delete(session.get(IncidentEvent, incident.events[0].id))
    with pytest.raises(Exception, match="append-only"):
        with database.writing() as session:
            session.execute(text("UPDATE incident_events SET comment = 'rewritten'"))
    with database.reading() as session:
        assert session.get(Incident, incident.id).events[0].comment == "Severity 3 – Medium"


def test_the_list_puts_the_most_severe_first(register):
    low = report(register, kind="near_miss", data_involved=["none"])
    high = report(register, data_involved=["secrets"])
    assert [i.id for i in register.list()] == [high.id, low.id]
    assert [i.id for i in register.list(severity=4)] == [low.id]


def test_two_reviewers_acknowledging_at_once_one_wins_and_the_other_is_told(database):
    import threading

    register = IncidentRegister(database, {"alice", "bob"}, EventBus())
    incident = report(register)
    outcomes: dict[str, str] = {}
    start = threading.Barrier(2)

    def acknowledge(reviewer: str) -> None:
        start.wait()
        try:
            register.acknowledge(incident.id, reviewer)
            outcomes[reviewer] = "acknowledged"
        except IncidentError as error:
            outcomes[reviewer] = str(error)

    threads = [threading.Thread(target=acknowledge, args=(name,)) for name in ("alice", "bob")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    (winner,) = [name for name, outcome in outcomes.items() if outcome == "acknowledged"]
    (loser,) = set(outcomes) - {winner}
    assert outcomes[loser] == f"incident #{incident.id} is already acknowledged by {winner}"
    assert [e.action for e in register.get(incident.id).events] == ["reported", "acknowledged"]


@pytest.mark.parametrize(
    "question, expected",
    [
        (
            "I accidentally pasted a customer list into ChatGPT, what should I do?",
            {"data_involved": ["personal"], "kind": "data_exposed", "tool": "ChatGPT Enterprise"},
        ),
        ("I put our API key in a chatbot", {"data_involved": ["secrets"], "kind": "data_exposed"}),
        (
            "I nearly pasted client source code into a free tool",
            {"data_involved": ["confidential"], "kind": "near_miss"},
        ),
        ("Our support bot fell for a prompt injection", {"kind": "prompt_injection"}),
        ("<!channel> something odd", {}),
    ],
)
def test_a_question_prefills_what_it_says(database, question, expected):
    from knowledge.incidents.prefill import prefill_from_question
    from knowledge.inventory.directory import ToolDirectory

    add_tool(database, "ChatGPT Enterprise", aliases=["ChatGPT"])
    assert prefill_from_question(question, ToolDirectory(database)) == {"summary": question, **expected}


def test_the_handler_raises_or_lowers_the_severity_with_a_reason(register, database):
    incident = report(register, data_involved=["personal"])
    raised = register.set_severity(incident.id, 1, "Over 100 customers' records", REVIEWER)
    assert raised.severity == Severity.critical
    assert raised.acknowledge_due_at == raised.reported_at + timedelta(hours=1)  # 24/7 for Severity 1
    assert raised.events[-1].comment == "Severity 2 – High → Severity 1 – Critical: Over 100 customers' records"
    with database.reading() as session:
        assert trail(session)[-1].action == "incident severity"
    for level, reason, message in (
        ("9", "x", "1 \\(critical\\)"),
        ("high", "x", "1 \\(critical\\)"),
        (3, " ", "say why"),
        (1, "again", "already Severity 1"),
    ):
        with pytest.raises(IncidentError, match=message):
            register.set_severity(incident.id, level, reason, REVIEWER)
    with pytest.raises(NotAuthorised):
        register.set_severity(incident.id, 4, "trust me", "U1")
    register.resolve(incident.id, "Training gap", REVIEWER)
    with pytest.raises(IncidentError, match="resolved"):
        register.set_severity(incident.id, 4, "later", REVIEWER)


def test_the_third_incident_with_one_tool_in_a_quarter_calls_for_a_re_review(register, database):
    add_tool(database, "Otter.ai", aliases=[])
    first, second = report(register, tool="Otter.ai"), report(register, tool="otter.ai")
    report(register, tool="Some Other Tool")
    third = report(register, tool="Otter.ai")
    assert not any("§7.3" in reason for reason in first.triage_reasons + second.triage_reasons)
    assert third.triage_reasons[-1].startswith("incident 3 involving Otter.ai this quarter")
    assert "out-of-cycle re-review" in third.triage_reasons[-1]
