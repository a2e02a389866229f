"""`govbot review …` and `govbot audit`: the review of registration requests, the tool lifecycle
after it, and the trail of who did what."""

from __future__ import annotations

import json

import click

from bot.cli.runtime import BY_OPTION, REQUEST_ID, Runtime, current_user, pass_runtime
from knowledge.inventory.vocabulary import RequestStatus

# The inventory's modules are imported inside the commands (see inventory.py); a WorkflowError
# they raise is the user's to fix, and shown as such for every command (runtime.py).
DECISIONS = {  # command: (the decision, its help)
    "approve": (RequestStatus.approved, "Approve a request."),
    "approve-with-conditions": (
        RequestStatus.approved_with_conditions,
        "Approve a request with conditions (--comment states them).",
    ),
    "reject": (RequestStatus.rejected, "Reject a request (--comment says why)."),
    "needs-info": (RequestStatus.needs_info, "Ask the requester for more information (--comment asks)."),
}
REQUEST_FIELDS = [
    "id",
    "name",
    "vendor",
    "url",
    "status",
    "risk_tier",
    "risk_reasons",
    "checklist",
    "requester_id",
    "purpose",
    "teams",
    "user_count",
    "data_categories",
    "vendor_trains_on_data",
    "hosting",
    "decided_by",
    "decision_comment",
]


def describe(request) -> list[str]:
    data = ", ".join(request.data_categories) or "-"
    agreement = "yes" if request.enterprise_agreement else "no"
    lines = [
        f"#{request.id} {request.name} ({request.vendor}) — {request.status}, risk {request.risk_tier}",
        f"  requested by {request.requester_name or request.requester_id} on {request.created_at:%Y-%m-%d}",
        f"  purpose: {request.purpose}",
        f"  teams: {request.teams or '-'} · users: {request.user_count} · data: {data}",
        f"  hosting: {request.hosting} · vendor trains on data: {request.vendor_trains_on_data} · "
        f"enterprise agreement: {agreement}",
        "  risk: " + "; ".join(request.risk_reasons),
        "  review checklist: " + "; ".join(request.checklist),
    ]
    if request.decided_by:
        comment = request.decision_comment or "-"
        lines.append(f"  decided by {request.decided_by} on {request.decided_at:%Y-%m-%d}: {comment}")
    return lines


def request_record(request) -> dict:
    record = {field: getattr(request, field) for field in REQUEST_FIELDS}
    record["created_at"] = request.created_at.isoformat()
    return record


@click.group()
def review() -> None:
    """Review registration requests (reviewers: GOVBOT_REVIEWERS).

    With SLACK_BOT_TOKEN set, Slack shows what is done here: the review message is updated
    and the requester gets a direct message.

    \b
    Examples:
      govbot review list
      govbot review approve 12 --by alice
      govbot review approve-with-conditions 12 --by alice --comment "No client data"
      govbot review reject 13 --by alice --comment "Trains on our data"
      govbot review needs-info 14 --by alice --comment "Which teams?"
      govbot review due
    """


@review.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list.")
@pass_runtime
def review_list(runtime: Runtime, as_json: bool) -> None:
    """The open requests (pending and needs_info), oldest first."""
    requests = runtime.govbot.workflow.queue()
    if as_json:
        click.echo(json.dumps([request_record(r) for r in requests], indent=2, ensure_ascii=False))
        return
    if not requests:
        click.echo("The review queue is empty.")
    for r in requests:
        click.echo(f"#{r.id:<5} {r.name:30} {r.status:11} risk {r.risk_tier:10} by {r.requester_id}")


@review.command("show")
@REQUEST_ID
@pass_runtime
def review_show(runtime: Runtime, request_id: int) -> None:
    """Everything about one request."""
    click.echo("\n".join(describe(runtime.govbot.workflow.get(request_id))))


def decision_command(name: str, decision: RequestStatus, summary: str) -> click.Command:
    @click.command(name, help=summary)
    @REQUEST_ID
    @BY_OPTION
    @click.option("--comment", default="", help="Required for reject, conditions and needs-info.")
    @pass_runtime
    def command(runtime: Runtime, request_id: int, by: str | None, comment: str) -> None:
        request = runtime.govbot.workflow.decide(request_id, decision, by or current_user(), comment)
        click.echo(f"Request #{request.id} ({request.name}) is now {request.status}.")

    return command


for name, (decision, summary) in DECISIONS.items():
    review.add_command(decision_command(name, decision, summary))


@review.command("answer")
@REQUEST_ID
@BY_OPTION
@click.option("--comment", required=True, help="The information the reviewers asked for.")
@pass_runtime
def review_answer(runtime: Runtime, request_id: int, by: str | None, comment: str) -> None:
    """As the requester, answer a needs-info request (it returns to pending)."""
    request = runtime.govbot.workflow.answer(request_id, by or current_user(), comment)
    click.echo(f"Request #{request.id} is pending review again.")


@review.command("withdraw")
@REQUEST_ID
@BY_OPTION
@click.option("--comment", default="", help="Why (for the audit trail).")
@pass_runtime
def review_withdraw(runtime: Runtime, request_id: int, by: str | None, comment: str) -> None:
    """As the requester, withdraw an open request."""
    request = runtime.govbot.workflow.withdraw(request_id, by or current_user(), comment)
    click.echo(f"Request #{request.id} is withdrawn.")


@review.command("close")
@REQUEST_ID
@BY_OPTION
@click.option("--comment", default="", help="Why (for the audit trail; default: no answer after N days).")
@pass_runtime
def review_close(runtime: Runtime, request_id: int, by: str | None, comment: str) -> None:
    """As a reviewer, close (withdraw) a request whose needs_info question has gone unanswered for
    GOVBOT_NEEDS_INFO_FLAG_DAYS days."""
    days = runtime.settings.needs_info_flag_days
    request = runtime.govbot.workflow.close_unanswered(request_id, by or current_user(), days, comment)
    click.echo(f"Request #{request.id} is closed as withdrawn; the requester may submit it again.")


@review.command("retire")
@click.argument("tool_name")
@BY_OPTION
@click.option("--comment", required=True, help="Why it is retired.")
@pass_runtime
def review_retire(runtime: Runtime, tool_name: str, by: str | None, comment: str) -> None:
    """Retire an approved tool."""
    tool = runtime.govbot.workflow.retire(tool_name, by or current_user(), comment)
    click.echo(f"{tool.name} is retired.")


@review.command("due")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list.")
@pass_runtime
def review_due(runtime: Runtime, as_json: bool) -> None:
    """Approved tools past their re-review date."""
    from knowledge.inventory.queries import tool_record

    tools = runtime.govbot.workflow.due()
    if as_json:
        click.echo(json.dumps([tool_record(tool) for tool in tools], indent=2, ensure_ascii=False))
        return
    if not tools:
        click.echo("No approvals are due for re-review.")
    for tool in tools:
        click.echo(f"{tool.name:32} due {tool.next_review_due:%Y-%m-%d}  owner {tool.owner or '-'}")


@click.group(invoke_without_command=True)
@click.option("--tool", "tool_name", help="Only events about this tool.")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list.")
@click.pass_context
def audit(ctx: click.Context, tool_name: str | None, as_json: bool) -> None:
    """Print the audit trail: who did what, when, from which state to which.

    \b
    `govbot audit verify` checks that no entry was changed, removed or moved.
    """
    if ctx.invoked_subcommand is None:
        runtime = ctx.find_object(Runtime)
        assert runtime is not None  # the root command made it
        print_trail(runtime, tool_name, as_json)


def print_trail(runtime: Runtime, tool_name: str | None, as_json: bool) -> None:
    from knowledge.inventory.audit import trail
    from knowledge.inventory.queries import get_tool

    db = runtime.govbot.db
    if tool_name:  # an alias means the tool: its events are recorded under its name
        tool = get_tool(db, tool_name)
        tool_name = tool.name if tool else tool_name
    with db.reading() as session:
        events = trail(session, tool_name)
    if as_json:
        records = [
            {
                "id": e.id,
                "at": e.at.isoformat(),
                "actor": e.actor,
                "action": e.action,
                "tool": e.tool_name,
                "request_id": e.request_id,
                "from_state": e.from_state,
                "to_state": e.to_state,
                "comment": e.comment,
                "hash": e.hash,
            }
            for e in events
        ]
        click.echo(json.dumps(records, indent=2, ensure_ascii=False))
        return
    for e in events:
        change = f"{e.from_state or '-'} → {e.to_state or '-'}"
        request = f" #{e.request_id}" if e.request_id else ""
        click.echo(
            f"{e.at:%Y-%m-%d %H:%M:%S}  {e.actor:16} {e.action:14} {e.tool_name}{request}  {change}  {e.comment}"
        )


@audit.command()
@click.option("--head", "noted_head", help="A head hash noted earlier: check the chain still holds that entry.")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON object.")
@pass_runtime
def verify(runtime: Runtime, noted_head: str | None, as_json: bool) -> None:
    """Check the audit trail's hash chain; exit 1 naming the first entry where it breaks.

    \b
    Each entry's hash covers its content and the hash of the entry before it, so
    an entry edited, deleted or moved, even by a database superuser who drops the
    triggers, breaks the chain there. Note the head hash it prints somewhere the
    database's users cannot write (a ticket, a signed log); `--head` later checks
    that the chain still holds that entry, which a rewrite of the whole chain
    from some entry on would not.
    \b
      govbot audit verify
      govbot audit verify --head 3f9a…  --json
    """
    from sqlalchemy import select

    from knowledge.inventory.audit import verify as verify_chain
    from knowledge.inventory.models import AuditEvent

    with runtime.govbot.db.reading() as session:
        verdict = verify_chain(session)
        noted_missing = bool(noted_head) and not session.scalar(
            select(AuditEvent.id).where(AuditEvent.hash == (noted_head or "").strip().lower())
        )
    ok = verdict.intact and not noted_missing
    if as_json:
        report = {"ok": ok, "entries": verdict.entries, "head": verdict.head}
        report |= {"broken_at": verdict.broken_at, "reason": verdict.reason}
        if noted_head:
            report["noted_head_found"] = not noted_missing
        click.echo(json.dumps(report, indent=2))
    elif verdict.intact:
        click.echo(f"The audit trail is intact: {verdict.entries} entries. Head: {verdict.head}")
    else:
        click.echo(f"The audit trail is broken at entry {verdict.broken_at}: {verdict.reason}.")
        click.echo(f"The {verdict.entries} entries before it are intact.")
    if noted_missing and not as_json:
        click.echo(f"No entry has the noted head hash {noted_head}: the chain was rewritten or cut.")
    if not ok:
        raise click.exceptions.Exit(1)
