"""`govbot duties …`: what govbot's policy says it does on its own, done once when due."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

import click

from bot.cli.runtime import GovbotError, Runtime, pass_runtime

TODAY_OPTION = click.option(
    "--today",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    default=None,
    help="Act as if it were this day (YYYY-MM-DD), for testing; default: today (UTC).",
)


def _day(today: datetime | None) -> date:
    return today.date() if today else datetime.now(UTC).date()


def _record(item) -> dict:
    notice = item.notice
    return {
        "kind": notice.kind,
        "state": item.state,
        "to": notice.audience.value,
        "recipient": notice.recipient,
        "tool": notice.tool,
        "request": notice.request_id,
        "occurrence": notice.occurrence,
        "text": notice.text,
        **({"problem": item.problem} if item.problem else {}),
    }


@click.group()
def duties() -> None:
    """Scheduled duties: re-review reminders and escalations, needs_info reminders, retirement
    announcements, the weekly governance digest. Each is sent once however often, and on however
    many machines, they run.

    \b
    rereview_reminder    the Tool Owner (DM), GOVBOT_REREVIEW_REMINDER_DAYS before due
    rereview_overdue     the review channel, at each of GOVBOT_OVERDUE_ESCALATION_DAYS overdue
    needs_info_reminder  the requester (DM), GOVBOT_NEEDS_INFO_REMINDER_DAYS after the question
    needs_info_flag      the review channel, GOVBOT_NEEDS_INFO_FLAG_DAYS after it: may be closed
    retirement           the governance channel, a tool retired in the last 7 days
    weekly_digest        the review channel, the report of the week before: once a week,
                         from GOVBOT_DIGEST_WEEKDAY (monday) on; off: no digest

    \b
    Run them from cron (`govbot duties run` every hour), a Kubernetes CronJob, or let
    `govbot serve` run them (GOVBOT_DUTIES_IN_SERVE, GOVBOT_DUTIES_INTERVAL_MINUTES).
    """


@duties.command("run")
@click.option("--dry-run", is_flag=True, help="Say what is due; send nothing, claim nothing.")
@TODAY_OPTION
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@pass_runtime
def duties_run(runtime: Runtime, dry_run: bool, today: datetime | None, as_json: bool) -> None:
    """Perform every duty due (through Slack), each once. Exit status 1 when one could not be sent
    (it stays due: the next run tries again)."""
    govbot = runtime.govbot
    if govbot.messenger is None and not dry_run:
        raise GovbotError("duties are sent through Slack: set SLACK_BOT_TOKEN (or use --dry-run)")
    report = govbot.run_duties(_day(today), dry_run)
    if as_json:
        click.echo(json.dumps([_record(item) for item in report.performed], indent=2, ensure_ascii=False))
    else:
        for item in report.performed:
            if item.state != "done":
                problem = f" ({item.problem})" if item.problem else ""
                click.echo(f"{item.state:7} {item.notice.kind:20} {item.notice.tool or item.notice.subject}{problem}")
        click.echo(
            f"{report.count('sent')} sent, {report.count('due')} due, {report.count('failed')} failed, "
            f"{report.count('done')} done before"
        )
    if report.count("failed"):
        raise GovbotError(f"{report.count('failed')} duty(ies) not sent: they stay due for the next run")


@duties.command("list")
@TODAY_OPTION
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@pass_runtime
def duties_list(runtime: Runtime, today: datetime | None, as_json: bool) -> None:
    """Every duty due today, and whether it was done (sent), is being done (claimed) or is due."""
    from knowledge.duties.runner import due_duties

    govbot = runtime.govbot
    listed = due_duties(govbot.db, govbot.duties, _day(today), govbot.settings.duties)
    if as_json:
        click.echo(json.dumps([_record(item) for item in listed], indent=2, ensure_ascii=False))
        return
    for item in listed:
        notice = item.notice
        click.echo(f"{item.state:7} {notice.kind:20} {notice.tool or notice.subject:32} {item.problem}".rstrip())
