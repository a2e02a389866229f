"""Teams: which team a message says its asker belongs to, and which teams a tool's approval is for.

"legal team - can we use claude to review supplier contracts?" is decided by Claude Team's condition
"Data Science and Analytics Consulting teams only", whatever the task: the approval is not for Legal.
"""

from __future__ import annotations

import re

# The teams people name themselves by, each with the words a condition names it by. A short or informal
# name ("ta", "recruitment") is read as the team a condition would name, and so is its "ops" ("legal ops").
TEAMS = {
    "sales": "Sales",
    "marketing": "Marketing",
    "legal": "Legal",
    "finance": "Finance",
    "payroll": "Payroll",
    "hr": "HR",
    "people team": "HR",
    "engineering": "Engineering",
    "eng": "Engineering",
    "product": "Product",
    "design": "Design",
    "data science": "Data Science",
    "analytics consulting": "Analytics Consulting",
    "analytics": "Analytics Consulting",
    "talent acquisition": "Talent Acquisition",
    "ta": "Talent Acquisition",
    "recruitment": "Talent Acquisition",
    "recruiting": "Talent Acquisition",
    "customer success": "Customer Success",
    "support": "Customer Support",
    "customer support": "Customer Support",
    "operations": "Operations",
    "ops": "Operations",
    "it team": "IT",
    "security": "Security",
    "procurement": "Procurement",
    "bids": "Bids",
    "bid": "Bids",
    "comms": "Communications",
    "communications": "Communications",
    "facilities": "Facilities",
    "data platform": "Data Platform",
}
KNOWN = {team.lower() for team in TEAMS.values()}
_NAMES = "|".join(sorted(map(re.escape, TEAMS), key=len, reverse=True))
_TEAM = rf"(?:the\s+|our\s+)?(?P<team>{_NAMES})(?:\s+(?:ops|operations))?(?:\s+team)?"
# Where a message says whose team asks: "legal team - can we…", "TA here: …", "i'm in bids…", "can the sales
# team use…", "is claude ok for the finance team?". Not a team's things ("summarise the sales team's pipeline").
ASKER_TEAM = [
    re.compile(rf"^\s*(?:hi|hey|hello)?[\s,!]*{_TEAM}(?:\s+here)?\s*(?:[-–—:]|,\s)", re.IGNORECASE),
    re.compile(rf"\b(?:i'?m|i am|we'?re|we are|i work)\s+(?:in|on|with|from)\s+{_TEAM}\b(?!')", re.IGNORECASE),
    re.compile(rf"\b(?:can|could|may)\s+(?:someone\s+in\s+)?{_TEAM}\s+(?:use|have|get|start)\b", re.IGNORECASE),
    re.compile(rf"\b(?:for|by)\s+{_TEAM}\s*(?:[?.!]|$)", re.IGNORECASE),
]
# "Data Science and Analytics Consulting teams only", "Marketing team's Kestrel Google Workspace accounts only"
TEAMS_ONLY = re.compile(r"^(?P<teams>.+?)\s+teams?(?:'s\b.*)?\s+only$", re.IGNORECASE)


def asker_team(message: str) -> str | None:
    """The team a message says its asker is in, as a condition would name it; None when it says none."""
    for pattern in ASKER_TEAM:
        if found := pattern.search(message):
            return TEAMS[re.sub(r"\s+", " ", found.group("team").lower())]
    return None


def teams_only(conditions: str) -> tuple[str, list[str]] | None:
    """The condition limiting a tool to some teams, and those teams ("Product and Design teams only":
    Product, Design); None when its approval is for every team."""
    for clause in re.split(r";\s*", conditions or ""):
        found = TEAMS_ONLY.match(clause.strip())
        named = re.split(r",\s*|\s+and\s+", found.group("teams")) if found else []
        # (teams by name: "custom GPTs shared within your team only" limits sharing, not who may use it)
        if named and all(team.strip().lower() in KNOWN for team in named):
            return clause.strip(), [team.strip() for team in named]
    return None


def team_left_out(conditions: str, message: str) -> tuple[str, str] | None:
    """The team a message says asks, and the condition a tool's approval leaves it out by, where the approval
    is for other teams only; None when it is for every team, the asker's team among them, or none is said."""
    limited = teams_only(conditions)
    team = asker_team(message)
    if team is None or limited is None:
        return None
    clause, teams = limited
    return None if any(team.lower() == allowed.lower() for allowed in teams) else (team, clause)


def left_out_line(tool: str, team: str, condition: str) -> str:
    return f"No: {tool} is not approved for {team}, only for the teams its conditions name: “{condition}”."
