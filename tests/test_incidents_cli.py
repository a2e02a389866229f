"""`govbot incident …` used as a person or a script would: reports filed with what the reporter
knows, JSON out, the team's handling restricted to reviewers, clear errors for broken input."""

import json

import pytest

from tests.cli_helpers import govbot_command, ok, refused


@pytest.fixture
def govbot(database, tmp_path):
    """`govbot ARGS…` on the test database, with alice as the reviewer."""
    env = {
        "GOVBOT_DATA_DIR": str(tmp_path / "data"),
        "GOVBOT_DATABASE_URL": database.url,
        "GOVBOT_REVIEWERS": "alice",
        "SLACK_BOT_TOKEN": "",
    }

    return govbot_command(env)


def test_report_a_pasted_key_and_see_what_to_do_by_when(govbot):
    out = ok(
        govbot(
            "incident", "report", "--what", "Pasted an API key into a chatbot", "--data", "secrets",
            "--tool", "DeepSeek", "--when", "2026-11-30", "--by", "dana",
        )
    )  # fmt: skip
    assert out.startswith("Incident #1 is filed: Severity 2 – High.")
    assert "1. Stop using the tool" in out and "Rotate or revoke" in out and "within one hour" in out
    shown = json.loads(ok(govbot("incident", "show", "1", "--json")))
    assert shown["tool"] == "DeepSeek" and shown["tool_registered"] is False
    assert shown["occurred_at"].startswith("2026-11-30T00:00:00")
    assert shown["reporter_id"] == "dana" and shown["status"] == "open"
    assert [h["action"] for h in shown["history"]] == ["reported"]
    assert "    1  DeepSeek " in ok(govbot("inventory", "asked"))  # counted as a question about it would be


def test_a_report_with_only_what_happened_is_filed(govbot):
    filed = json.loads(ok(govbot("incident", "report", "--what", "Something odd", "--data", "not sure", "--json")))
    assert filed["severity"] == 3 and filed["kind"] == "not_sure" and filed["data_involved"] == ["not_sure"]
    assert filed["tool"] == "" and filed["occurred"] == ""


def test_the_team_acknowledges_assigns_notes_and_resolves(govbot):
    ok(govbot("incident", "report", "--what", "Client list in a free chatbot", "--data", "personal,confidential"))
    ok(govbot("incident", "report", "--what", "Nearly pasted a key", "--kind", "near_miss", "--data", "none"))
    assert "is acknowledged" in ok(govbot("incident", "ack", "1", "--by", "alice"))
    assert "handled by Bob" in ok(govbot("incident", "assign", "1", "Bob", "--by", "alice"))
    ok(govbot("incident", "note", "1", "--comment", "DPO informed", "--by", "alice"))
    assert "is now Severity 1" in ok(
        govbot("incident", "severity", "1", "1", "--comment", "300 people", "--by", "alice")
    )
    assert "is resolved" in ok(govbot("incident", "resolve", "1", "--root-cause", "No approved tool", "--by", "alice"))
    listed = json.loads(ok(govbot("incident", "list", "--json")))
    assert [(i["id"], i["severity"], i["status"]) for i in listed] == [(1, 1, "resolved"), (2, 4, "open")]
    assert listed[0]["resolved_at"] and listed[0]["acknowledged_at"] and listed[0]["root_cause"] == "No approved tool"
    text = ok(govbot("incident", "show", "1"))
    assert "root cause: No approved tool" in text and "alice note: DPO informed" in text
    assert ok(govbot("incident", "list", "--status", "open")).startswith("#2 ")
    audit = json.loads(ok(govbot("audit", "--json")))
    assert [a["action"] for a in audit] == [
        "incident reported",
        "incident reported",
        "incident acknowledged",
        "incident assigned",
        "incident note",
        "incident severity",
        "incident resolved",
    ]


def test_only_reviewers_handle_incidents(govbot):
    ok(govbot("incident", "report", "--what", "x", "--by", "dana"))
    for args in (
        ["ack", "1"],
        ["assign", "1", "dana"],
        ["severity", "1", "1", "--comment", "x"],
        ["resolve", "1", "--root-cause", "x"],
    ):
        assert "mallory is not a reviewer" in refused(govbot("incident", *args, "--by", "mallory"))
    assert "is not a reviewer" in refused(govbot("incident", "ack", "1", "--by", "alice", GOVBOT_REVIEWERS=""))
    assert "Note added" in ok(govbot("incident", "note", "1", "--comment", "more details", "--by", "dana"))


@pytest.mark.parametrize(
    "args, message",
    [
        (["report", "--what", "  "], "summary: say what happened"),
        (["report", "--what", "x" * 5001], "summary: is 5,001 characters; at most 5,000"),
        (["report", "--what", "x", "--data", "gossip"], "'gossip' is not one of"),
        (["report", "--what", "x", "--kind", "aliens"], "kind: one of"),
        (["report", "--what", "x", "--when", "3000-01-01"], "occurred: is in the future"),
        (["show", "7"], "no incident #7"),
        (["ack", "7", "--by", "alice"], "no incident #7"),
        (["resolve", "7", "--root-cause", " ", "--by", "alice"], "a root cause is required"),
    ],
)
def test_broken_input_is_a_clear_error(govbot, args, message):
    assert message in refused(govbot("incident", *args))
    assert json.loads(ok(govbot("incident", "list", "--json"))) == []


@pytest.mark.parametrize(
    "args",
    [
        ["show", "0"],
        ["show", "abc"],
        ["show", "99999999999"],
        ["list", "--severity", "9"],
        ["severity", "1", "5", "--comment", "x"],
    ],
)
def test_bad_numbers_are_usage_errors(govbot, args):
    assert "Invalid value" in refused(govbot("incident", *args), code=2)


def test_hostile_text_is_printed_as_text(govbot):
    ok(govbot("incident", "report", "--what", "<!channel> \x1b[31mred\x1b[0m", "--affected", "<@U1>"))
    shown = ok(govbot("incident", "show", "1"))
    assert "\x1b" not in shown and "<!channel> [31mred[0m" in shown and "<@U1>" in shown


def test_an_answer_about_an_incident_says_how_to_report_it_from_the_terminal():
    from bot.reply import Action, ActionKind, Reply
    from bot.terminal import render

    reply = Reply("I pasted a key into ChatGPT", "incident", "Report it within one hour.", True)
    reply.actions = [Action(ActionKind.report_incident)]
    assert render(reply).endswith('In a terminal: govbot incident report --what "…" (or /aigov incident in Slack)')
