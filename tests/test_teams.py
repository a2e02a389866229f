"""Which team a message says asks, and which teams an approval is for."""

import pytest

from bot.answers.teams import asker_team, team_left_out, teams_only

CLAUDE = "Kestrel Claude Team workspace only; Data Science and Analytics Consulting teams only; no restricted data"


@pytest.mark.parametrize(
    "message, team",
    [
        ("legal team - can we use claude to review supplier contracts?", "Legal"),
        ("TA here: can textio draft this?", "Talent Acquisition"),
        ("i'm in bids and need a proposal tool", "Bids"),
        ("can the sales team use claude?", "Sales"),
        ("is gemini ok for the finance team?", "Finance"),
        ("ops team here - are we allowed on claude?", "Operations"),
        # no team said: a pronoun, people in general, a team's things, a tool's own name
        ("can it use my files?", None),
        ("can people use chatgpt at home?", None),
        ("can claude summarise the sales team's pipeline?", None),
        ("is claude team approved?", None),
        ("", None),
    ],
)
def test_the_team_a_message_says_asks(message, team):
    assert asker_team(message) == team


def test_an_approval_names_its_teams_by_a_condition():
    assert teams_only(CLAUDE) == (
        "Data Science and Analytics Consulting teams only",
        ["Data Science", "Analytics Consulting"],
    )
    assert teams_only("Marketing team's Kestrel Google Workspace accounts only")[1] == ["Marketing"]
    # sharing within "your team" limits sharing, not who may use the tool; nor does an account named "Team"
    assert teams_only("custom GPTs shared within your team only; Kestrel Claude Team workspace only") is None
    assert teams_only("") is None


def test_a_team_the_approval_does_not_name_is_left_out():
    assert team_left_out(CLAUDE, "finance here - can i use claude?") == (
        "Finance",
        "Data Science and Analytics Consulting teams only",
    )
    assert team_left_out(CLAUDE, "analytics here - can i use claude?") is None
    assert team_left_out(CLAUDE, "can i use claude?") is None
    assert team_left_out("no restricted data", "finance here - can i use it?") is None
    assert team_left_out(CLAUDE, "x" * 100_000 + " - can i?") is None  # an oversized message: no team, no hang
