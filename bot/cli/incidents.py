"""`govbot incident …`: report an AI incident, and the governance team's handling of it."""

from __future__ import annotations

import json

import click

from bot.cli.runtime import BY_OPTION, JSON_OPTION, Runtime, current_user, pass_runtime
from knowledge.incidents.vocabulary import DataInvolved, IncidentKind, IncidentStatus, Severity

INCIDENT_ID = click.argument("incident_id", type=click.IntRange(1, 2**31 - 1))


def describe(incident) -> list[str]:
    severity = Severity(incident.severity).label
    unregistered = " (not in the inventory)" if incident.tool_name and not incident.is_tool_registered else ""
    lines = [
        f"#{incident.id} {severity} — {incident.status} · {incident.kind}",
        f"  reported by {incident.reporter_name or incident.reporter_id} at {incident.reported_at:%Y-%m-%d %H:%M} UTC",
        f"  what happened: {incident.summary}",
        f"  when: {incident.occurred or '-'}",
        f"  tool: {incident.tool_name or '-'}{unregistered}",
        f"  data involved: {', '.join(incident.data_involved) or '-'}",
        f"  others affected: {incident.affected or '-'}",
        f"  done so far: {incident.actions_taken or '-'}",
        f"  handler: {incident.assignee or '-'} · acknowledge by {incident.acknowledge_due_at:%Y-%m-%d %H:%M} UTC",
        "  triage: " + "; ".join(incident.triage_reasons),
        "  reporter's next steps:",
        *(f"    {n}. {step}" for n, step in enumerate(incident.next_steps, 1)),
    ]
    if incident.root_cause:
        lines.append(f"  root cause: {incident.root_cause}")
    lines.append("  history:")
    for event in incident.events:
        comment = f": {event.comment}" if event.comment else ""
        lines.append(f"    {event.at:%Y-%m-%d %H:%M:%S}  {event.actor} {event.action}{comment}")
    return lines


@click.group()
def incident() -> None:
    """Report an AI incident, and handle it (reviewers: GOVBOT_REVIEWERS).

    A report is triaged by the incident policy's rules: its severity, what to do next and by
    when. Only --what is required; leave out, or answer "not sure" to, whatever you do not know.
    Reviewers acknowledge, assign, add notes and resolve with a root cause. With SLACK_BOT_TOKEN
    set, the incident is posted to GOVBOT_INCIDENT_CHANNEL and its message follows each change.

    \b
    Examples:
      govbot incident report --what "Pasted an API key into ChatGPT" --data secrets --tool ChatGPT
      govbot incident list --status open
      govbot incident ack 3 --by alice
      govbot incident assign 3 "Bob (Security Operations)" --by alice
      govbot incident note 3 --comment "Key rotated at 10:40" --by alice
      govbot incident severity 3 1 --comment "Over 100 customers' records" --by alice
      govbot incident resolve 3 --root-cause "No approved code assistant for the team" --by alice
    """


@incident.command("report")
@click.option("--what", "summary", required=True, help="What happened (no secrets or personal data in it).")
@click.option("--when", "occurred", default="", help='When: a date (2026-11-30), words, or "not sure".')
@click.option("--tool", default="", help="The AI tool: its inventory name, or any name.")
@click.option(
    "--data",
    "data_involved",
    multiple=True,
    help=f"The data involved (repeatable): {', '.join(DataInvolved)}.",
)
@click.option("--kind", default="", help=f"What kind of incident: {', '.join(IncidentKind)}.")
@click.option("--affected", default="", help="Who else is affected (people, clients, teams).")
@click.option("--done", "actions_taken", default="", help="What was done so far (a key rotated, a chat deleted).")
@BY_OPTION
@JSON_OPTION
@pass_runtime
def incident_report(runtime: Runtime, by: str | None, as_json: bool, **report: str) -> None:
    """Report an AI incident: filed, triaged, and the next steps printed."""
    data = [item for value in report.pop("data_involved") for item in value.split(",")]  # type: ignore[attr-defined]
    reporter = by or current_user()
    filed = runtime.govbot.incidents.report({**report, "data_involved": data, "reporter_id": reporter})
    if as_json:
        from knowledge.incidents.models import incident_record

        click.echo(json.dumps(incident_record(filed), indent=2, ensure_ascii=False))
        return
    click.echo(f"Incident #{filed.id} is filed: {Severity(filed.severity).label}.")
    click.echo(f"Do next (by {filed.report_due_at:%Y-%m-%d %H:%M} UTC):")
    for n, step in enumerate(filed.next_steps, 1):
        click.echo(f"  {n}. {step}")


@incident.command("list")
@click.option("--status", type=click.Choice(list(IncidentStatus)), help="Only incidents in this state.")
@click.option("--severity", type=click.IntRange(1, 4), help="Only incidents of this severity (1 is critical).")
@JSON_OPTION
@pass_runtime
def incident_list(runtime: Runtime, status: str | None, severity: int | None, as_json: bool) -> None:
    """The incidents, most severe first, then oldest."""
    incidents = runtime.govbot.incidents.list(status, severity)
    if as_json:
        from knowledge.incidents.models import incident_record

        click.echo(json.dumps([incident_record(i) for i in incidents], indent=2, ensure_ascii=False))
        return
    if not incidents:
        click.echo("No incidents.")
    for i in incidents:
        summary = i.summary.splitlines()[0][:60]
        click.echo(
            f"#{i.id:<5} sev {i.severity} {i.status:12} {i.reported_at:%Y-%m-%d} {i.tool_name or '-':20} {summary}"
        )


@incident.command("show")
@INCIDENT_ID
@JSON_OPTION
@pass_runtime
def incident_show(runtime: Runtime, incident_id: int, as_json: bool) -> None:
    """Everything about one incident, with its history."""
    found = runtime.govbot.incidents.get(incident_id)
    if as_json:
        from knowledge.incidents.models import incident_record

        click.echo(json.dumps(incident_record(found), indent=2, ensure_ascii=False))
        return
    click.echo("\n".join(describe(found)))


@incident.command("ack")
@INCIDENT_ID
@BY_OPTION
@pass_runtime
def incident_ack(runtime: Runtime, incident_id: int, by: str | None) -> None:
    """Acknowledge an incident (reviewers)."""
    found = runtime.govbot.incidents.acknowledge(incident_id, by or current_user())
    click.echo(f"Incident #{found.id} is acknowledged.")


@incident.command("assign")
@INCIDENT_ID
@click.argument("handler")
@BY_OPTION
@pass_runtime
def incident_assign(runtime: Runtime, incident_id: int, handler: str, by: str | None) -> None:
    """Name the incident's handler (reviewers)."""
    found = runtime.govbot.incidents.assign(incident_id, handler, by or current_user())
    click.echo(f"Incident #{found.id} is handled by {found.assignee}.")


@incident.command("note")
@INCIDENT_ID
@click.option("--comment", required=True, help="The note.")
@BY_OPTION
@pass_runtime
def incident_note(runtime: Runtime, incident_id: int, comment: str, by: str | None) -> None:
    """Add a note to an incident's history (reviewers, or its reporter)."""
    found = runtime.govbot.incidents.add_note(incident_id, comment, by or current_user())
    click.echo(f"Note added to incident #{found.id}.")


@incident.command("severity")
@INCIDENT_ID
@click.argument("level", type=click.IntRange(1, 4))
@click.option("--comment", required=True, help="Why it changes (the facts that emerged).")
@BY_OPTION
@pass_runtime
def incident_severity(runtime: Runtime, incident_id: int, level: int, comment: str, by: str | None) -> None:
    """Raise or lower an incident's severity, 1 (critical) to 4 (low) (reviewers)."""
    found = runtime.govbot.incidents.set_severity(incident_id, level, comment, by or current_user())
    click.echo(f"Incident #{found.id} is now {Severity(found.severity).label}.")


@incident.command("resolve")
@INCIDENT_ID
@click.option("--root-cause", "root_cause", required=True, help="Why it happened (what made it easy to do).")
@BY_OPTION
@pass_runtime
def incident_resolve(runtime: Runtime, incident_id: int, root_cause: str, by: str | None) -> None:
    """Resolve an incident with its root cause (reviewers)."""
    found = runtime.govbot.incidents.resolve(incident_id, root_cause, by or current_user())
    click.echo(f"Incident #{found.id} is resolved.")
