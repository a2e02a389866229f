"""An incident's severity, its deadlines and the reporter's next steps, from the shipped incident
policy's own rules (AI Incident Reporting, KES-AI-05; Acceptable Use §10.1), each with the
section it comes from:

    secrets exposed          rotate or revoke now, the form within one hour     §3.1, §3.4; Severity 2
    personal data            report immediately, the DPO is involved           §3.1, §4.1, §6.1; Severity 2
    restricted, confidential the form within 24 hours                           §3.2, §4.2; Severity 2
    vendor security          report immediately                                 §2.4; Severity 2
    prompt injection         disconnect the integration                         §2.5, §3.4; Severity 2
    output reached a client  tell the Account Director, not the client          §2.3, §3.4; Severity 2
    internal data, harmful   within 24 hours                                    §3.1, §4.2; Severity 3
    a near miss, no data     logged here; nothing more to file                  §2.6; Severity 4

Where several apply, the stricter rule wins (as the policy says when two conflict). A reporter who
does not know ("not sure") is never held back: the report is filed as Severity 3 and the handler
raises or lowers it as facts emerge (§4.2). Severity 1 needs facts a form cannot establish (more
than 100 people, special category data, active exploitation): the handler sets it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from knowledge.business_time import business_time_after
from knowledge.incidents.vocabulary import DataInvolved, IncidentKind, Severity

POLICY = "AI Incident Reporting"
ACCEPTABLE_USE = "AI Acceptable Use Policy"
FORM = 'the security incident form (Kestrel Hub › IT & Security › Report an incident, category "AI tool or AI system")'


@dataclass(frozen=True)
class Rule:
    """One of the policy's rules as it applies to a report."""

    severity: Severity
    reason: str
    report_within: timedelta  # the reporter's deadline for the security incident form (zero: now)
    steps: tuple[str, ...] = ()
    form_required: bool = True  # §3.2: the form is the route for anything sensitive


@dataclass(frozen=True)
class Triage:
    severity: Severity
    reasons: list[str]  # each ending with the section it comes from
    next_steps: list[str]  # the reporter's, in order
    report_due_at: datetime  # by when the reporter must have done the next step
    acknowledge_due_at: datetime  # by when the governance team must acknowledge (§4.2)
    involves: list[str] = field(default_factory=list)  # who joins (§4.1)


HOUR, DAY = timedelta(hours=1), timedelta(hours=24)
NOW = timedelta(0)

DATA_RULES = {
    DataInvolved.secrets: Rule(
        Severity.high,
        f"a secret or credential went into an AI tool: rotate it and report within one hour ({POLICY} §3.1, §4.2)",
        HOUR,
        (
            "Rotate or revoke the exposed password, key or token now, or ask its system owner to "
            f"({ACCEPTABLE_USE} §10.1, {POLICY} §3.4).",
        ),
    ),
    DataInvolved.personal: Rule(
        Severity.high,
        "personal data may be involved: report immediately; the DPO assesses it, and the 72-hour "
        f"notification clock may have started ({POLICY} §3.1, §6.1)",
        NOW,
        ("Say roughly how many people the data is about, without copying it anywhere.",),
    ),
    DataInvolved.restricted: Rule(
        Severity.high,
        f"restricted data in an AI tool is Severity 2 ({POLICY} §4.2)",
        DAY,
    ),
    DataInvolved.confidential: Rule(
        Severity.high,
        f"confidential data in an AI tool is Severity 2 ({POLICY} §4.2)",
        DAY,
    ),
    DataInvolved.internal: Rule(
        Severity.medium,
        f"internal data in an unregistered tool is Severity 3 ({POLICY} §4.2)",
        DAY,
        form_required=False,
    ),
    DataInvolved.not_sure: Rule(
        Severity.medium,
        f"which data was involved is not known yet: if you cannot tell, treat it as the higher class "
        f"({ACCEPTABLE_USE} §3.5); the handler adjusts the severity as facts emerge ({POLICY} §4.2)",
        DAY,
        ("Find out which data was involved, or ask the information owner, and add it to the incident.",),
        form_required=False,
    ),
}
KIND_RULES = {
    IncidentKind.vendor_security: Rule(
        Severity.high,
        f"a vendor or model security problem is reported immediately ({POLICY} §2.4)",
        NOW,
    ),
    IncidentKind.prompt_injection: Rule(
        Severity.high,
        f"a successful prompt injection is Severity 2 ({POLICY} §2.5, §4.2)",
        DAY,
        ("Disconnect the AI agent or integration, or revoke its access token.",),
    ),
    IncidentKind.wrong_output_reached_client: Rule(
        Severity.high,
        f"inaccurate AI output that reached a client is an incident even if nobody noticed ({POLICY} §2.3, §4.2)",
        DAY,
        ("Tell the Account Director rather than sending your own correction to the client.",),
        form_required=False,
    ),
    IncidentKind.harmful_output: Rule(
        Severity.medium,
        f"harmful or biased output caught internally is Severity 3 ({POLICY} §2.2, §4.2)",
        DAY,
        form_required=False,
    ),
}
NEAR_MISS = Rule(
    Severity.low,
    f"a near miss is recorded as Severity 4 and is one of the best sources of improvement ({POLICY} §2.6)",
    DAY,
    form_required=False,
)
UNKNOWN = Rule(
    Severity.medium,
    "every AI incident is reported within 24 hours; the handler sets the severity as facts emerge "
    f"({POLICY} §3.1, §4.2)",
    DAY,
    form_required=False,
)
CONTAINMENT = (
    f"Stop using the tool for this task and paste nothing further ({POLICY} §3.4).",
    "Note the conversation link or ID, the time and the account, then delete the conversation or "
    f"upload from the tool if you can ({POLICY} §3.4).",
)
DEADLINE_WORDS = {NOW: "immediately", HOUR: "within one hour", DAY: "within 24 hours"}
# §4.2's "Acknowledge within", by severity: (amount, business time? — the governance team's
# business hours, knowledge/business_time.py)
ACKNOWLEDGE_WITHIN = {
    Severity.critical: (timedelta(hours=1), False),  # 24/7
    Severity.high: (timedelta(hours=4), True),
    Severity.medium: (timedelta(days=1), True),
    Severity.low: (timedelta(days=3), True),
}


def triage(kind: str, data_involved: list[str], reported_at: datetime) -> Triage:
    """The policy's verdict on a report of `kind` involving `data_involved` (values of IncidentKind
    and DataInvolved), made at `reported_at`."""
    rules = [DATA_RULES[DataInvolved(data)] for data in data_involved if DataInvolved(data) in DATA_RULES]
    if kind in KIND_RULES:
        rules.append(KIND_RULES[IncidentKind(kind)])
    if not rules:
        nothing_exposed = set(data_involved) <= {DataInvolved.none, DataInvolved.public}
        rules.append(NEAR_MISS if kind == IncidentKind.near_miss and nothing_exposed else UNKNOWN)
    severity = min(rule.severity for rule in rules)
    report_within = min(rule.report_within for rule in rules)
    steps: list[str] = []
    if kind != IncidentKind.near_miss:
        steps.append(CONTAINMENT[0])
    for rule in sorted(rules, key=lambda rule: rule.report_within):
        steps.extend(step for step in rule.steps if step not in steps)
    if any(rule.form_required for rule in rules):
        steps.append(
            f"Complete {FORM} {DEADLINE_WORDS[report_within]}, without repeating the sensitive content "
            f"({POLICY} §3.2): this report tells the governance team, the form starts the security process."
        )
    if kind != IncidentKind.near_miss:
        steps.append(CONTAINMENT[1])
    involves = ["the AI Governance Lead"]
    if any(rule.form_required for rule in rules):
        involves.append("Security Operations")
    if DataInvolved.personal in data_involved:
        involves.append("the DPO")
    if kind == IncidentKind.wrong_output_reached_client:
        involves.append("the Account Director")
    if not steps:  # a near miss: the report is the record
        steps.append(f"Nothing more to file: near misses are logged and reviewed together ({POLICY} §2.6, §7.1).")
    steps.append(f"Add what you find out later to this incident. Involved now ({POLICY} §4.1): {_listed(involves)}.")
    return Triage(
        severity=severity,
        reasons=[rule.reason for rule in sorted(rules, key=lambda rule: (rule.severity, rule.report_within))],
        next_steps=steps,
        report_due_at=reported_at + report_within,
        acknowledge_due_at=acknowledge_due(severity, reported_at),
        involves=involves,
    )


def acknowledge_due(severity: Severity, reported_at: datetime) -> datetime:
    """By when the governance team acknowledges an incident of `severity` (§4.2)."""
    amount, business = ACKNOWLEDGE_WITHIN[severity]
    return business_time_after(reported_at, amount) if business else reported_at + amount


def _listed(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
