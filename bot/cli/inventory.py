"""`govbot inventory …`: the AI tool inventory in and out, listed and shown."""

from __future__ import annotations

import json
from pathlib import Path

import click

from bot.cli.runtime import BY_OPTION, GovbotError, Runtime, current_user, pass_runtime
from knowledge.inventory.vocabulary import CSV_COLUMNS, REGISTER_COLUMNS, REGISTER_STATES

# The inventory's modules are imported inside the commands: the command line's other commands
# start without the database libraries. Its vocabulary (the choices below) imports nothing.
EXPORT_FORMATS = ("csv", "json")
IMPORT_HELP = f"""Import an existing register from a CSV file (all rows, or none if any row is bad).

    \b
    Columns: {",".join(CSV_COLUMNS)}
    and optionally {",".join(REGISTER_COLUMNS)}
    (only name and status are required; aliases separated by ";"; status one of
    {", ".join(REGISTER_STATES)}). A row naming a tool already in the inventory updates it.
    pending and needs_info rows are filed as open registration requests (requester: requested_by,
    or you), triaged like any request. decided_at, decided_by and review_due (YYYY-MM-DD) keep a
    migrated decision's real dates. A status set or changed by import is a review decision: where
    reviewers are configured, only a reviewer's --by may import it. With Slack configured, owner
    and requested_by e-mail addresses become the Slack users they belong to.
    A JSON file written by `inventory export --format json` imports too.
    """


@click.group()
def inventory() -> None:
    """The AI tool inventory: import, export, list, show.

    \b
    Examples:
      govbot inventory import policies/inventory.csv
      govbot inventory list --status approved
      govbot inventory show "ChatGPT Enterprise"
      govbot inventory export --format json > inventory.json
    """


@inventory.command("import", help=IMPORT_HELP)
@click.argument("csv_file", type=click.Path(path_type=Path))
@BY_OPTION
@pass_runtime
def inventory_import(runtime: Runtime, csv_file: Path, by: str | None) -> None:
    from knowledge.inventory.transfer import ImportFailed

    try:
        report = runtime.govbot.import_inventory(csv_file, by or current_user())
    except ImportFailed as error:
        for number, message in error.problems:
            where = f":{number}" if error.unit == "line" else f": record {number}"
            click.echo(f"{csv_file}{where if number else ''}: {message}", err=True)
        raise GovbotError(f"nothing imported: {len(error.problems)} problem(s) in {csv_file}") from None
    filed = f", {len(report.filed)} filed as open requests" if report.filed else ""
    click.echo(f"{len(report.added)} added, {len(report.updated)} updated, {len(report.unchanged)} unchanged{filed}")
    for email in report.unresolved:
        click.echo(f"note: no Slack user has the address {email}: kept as written", err=True)


@inventory.command("export")
@click.option("--format", "fmt", type=click.Choice(EXPORT_FORMATS), default="csv", show_default=True)
@pass_runtime
def inventory_export(runtime: Runtime, fmt: str) -> None:
    """Print the whole register, tools under review included (CSV re-imports as it is)."""
    from knowledge.inventory.transfer import export

    click.echo(export(runtime.govbot.db, fmt), nl=False)


@inventory.command("list")
@click.option("--status", type=click.Choice(REGISTER_STATES), help="Only the tools in this state.")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list.")
@pass_runtime
def inventory_list(runtime: Runtime, status: str | None, as_json: bool) -> None:
    """List the register: every tool, decided or under review (pending, needs_info), with its
    status, risk tier, request number and requester."""
    from knowledge.inventory.register import register_entries

    entries = register_entries(runtime.govbot.db, status)
    if as_json:
        click.echo(json.dumps(entries, indent=2, ensure_ascii=False))
        return
    for entry in entries:
        request = f"#{entry['request']}" if entry["request"] else ""
        click.echo(
            f"{entry['name']:32} {entry['vendor']:20} {entry['status']:26} {entry['data_classification']:13}"
            f" {entry['risk_tier'] or '':10} {request:7} {entry['requested_by'] or ''}".rstrip()
        )


@inventory.command("show")
@click.argument("name")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON object.")
@pass_runtime
def inventory_show(runtime: Runtime, name: str, as_json: bool) -> None:
    """Show one tool (by name or alias), decided or under review."""
    from knowledge.inventory.register import register_entry

    record = register_entry(runtime.govbot.db, name)
    if record is None:
        raise GovbotError(f"no tool named {name!r} in the inventory")
    if as_json:
        click.echo(json.dumps(record, indent=2, ensure_ascii=False))
        return
    for key, value in record.items():
        shown = "; ".join(value) if isinstance(value, list) else ("" if value is None else value)
        click.echo(f"{key:20} {shown}")


@inventory.command("asked")
@click.option("--limit", default=10, show_default=True)
@pass_runtime
def inventory_asked(runtime: Runtime, limit: int) -> None:
    """The unregistered tools people asked about most."""
    from knowledge.inventory.asks import most_asked_unregistered

    for ask in most_asked_unregistered(runtime.govbot.db, limit):
        click.echo(f"{ask.count:5}  {ask.name:32} last asked {ask.last_asked:%Y-%m-%d %H:%M}")
