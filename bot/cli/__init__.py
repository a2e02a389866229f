"""The govbot command line. Its help text is the documentation: `govbot --help`.

knowledge_base.py  ingest, ask, chat, status: the governance documents and questions to them
inventory.py       inventory import | export | list | show | asked
registration.py    register
review.py          review list | show | approve | … | retire | due, and audit
serve.py           serve: the Slack app
duties.py          duties run | list: reminders, escalations, announcements
incidents.py       incident report | list | show | ack | assign | note | severity | resolve
report.py          report: the governance report (Markdown, HTML, JSON)
runtime.py         what every command shares: settings and govbot's parts made once, errors
                   that are the user's to fix shown as `Error: …`
"""

from __future__ import annotations

import logging

import click

from bot.cli.duties import duties
from bot.cli.incidents import incident
from bot.cli.inventory import inventory
from bot.cli.knowledge_base import ask, chat, ingest, status
from bot.cli.registration import register
from bot.cli.report import report
from bot.cli.review import audit, review
from bot.cli.runtime import CommandGroup, Runtime
from bot.cli.serve import serve
from bot.settings import environment_help


@click.group(cls=CommandGroup, epilog=environment_help())
@click.version_option(package_name="govbot")
@click.option("-v", "--verbose", is_flag=True, help="Log what happens (to stderr).")
@click.pass_context
def cli(ctx: click.Context, verbose: bool) -> None:
    """govbot: an AI-governance assistant.

    It answers questions from your AI policy and ISO/IEC 42001 guidance, quoting and
    citing them, and keeps the AI tool inventory with its review. Start with
    `govbot ingest`, then `govbot ask "…"` or `govbot chat`.
    """
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s"
    )
    ctx.obj = Runtime(ctx)


for command in (ingest, ask, chat, status, inventory, register, review, audit, serve, report):
    cli.add_command(command)
cli.add_command(duties)  # scheduled duties (bot/cli/duties.py)
cli.add_command(incident)


def main() -> None:
    cli(prog_name="govbot")
