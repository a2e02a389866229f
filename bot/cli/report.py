"""`govbot report`: the governance report (knowledge/reports/) as Markdown, HTML or JSON."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import click

from bot.cli.runtime import GovbotError, Runtime, pass_runtime

FORMATS = ("md", "html", "json")


@click.command()
@click.option(
    "--since",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    default=None,
    help="Start of the period (YYYY-MM-DD, UTC; at most 366 days back); default: 28 days ago. It ends now.",
)
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="md", show_default=True)
@click.option(
    "--output",
    type=click.Path(dir_okay=False, writable=True, path_type=Path),
    default=None,
    help="Write the report to this file instead of printing it.",
)
@click.option(
    "--no-gap-analysis", "without_gaps", is_flag=True, help="Leave out the ISO/IEC 42001 gap analysis (no model load)."
)
@pass_runtime
def report(runtime: Runtime, since: datetime | None, fmt: str, output: Path | None, without_gaps: bool) -> None:
    """The governance report, for the governance team, leadership or an auditor.

    \b
    Sections: the inventory by status and risk tier; decisions in the period and
    their turnaround against the policy's targets (its "Tier | Target" table);
    requests waiting too long; re-reviews overdue and due; incidents (when the
    database has an incident register); the shadow-AI radar (unregistered tools
    people ask about, per week, who asked); what the knowledge base fails to
    answer, by topic; and the ISO/IEC 42001 gap analysis of the organization's
    own policies (`--format json` has one entry per control). HTML is a single
    self-contained file with charts, to send as it is.

    \b
    Examples:
      govbot report
      govbot report --since 2026-10-01 --format html --output report.html
      govbot report --format json | jq '.iso42001.controls[] | select(.verdict == "missing")'
    """
    from knowledge.inventory.models import now
    from knowledge.reports.html import render_html
    from knowledge.reports.markdown import render_markdown
    from knowledge.reports.period import Period
    from knowledge.reports.report import build_report
    from knowledge.reports.targets import turnaround_targets

    settings = runtime.settings
    until = now()
    try:
        period = Period.ending(until, since.replace(tzinfo=UTC) if since else None)
    except ValueError as error:
        raise click.BadParameter(str(error), param_hint="--since") from None
    govbot = runtime.govbot
    gaps = None if without_gaps else gap_analysis(runtime)
    built = build_report(govbot.db, period, turnaround_targets(settings.policies_dir), settings.duties, gaps=gaps)
    if fmt == "json":
        text = json.dumps(built, ensure_ascii=False, indent=2) + "\n"
    else:
        text = render_html(built) if fmt == "html" else render_markdown(built)
    if output is None:
        click.echo(text, nl=False)
        return
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as error:
        raise GovbotError(f"cannot write {output}: {error.strerror or error}") from None
    click.echo(f"report written to {output}", err=True)


def gap_analysis(runtime: Runtime) -> dict | None:
    """The gap analysis of the knowledge index, or None (said on stderr) when there is no index."""
    from knowledge.retrieval.index import KnowledgeIndexError

    try:
        return runtime.govbot.gap_analysis()
    except KnowledgeIndexError as error:
        click.echo(f"no gap analysis: {error}", err=True)
        return None
