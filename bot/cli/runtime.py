"""What every command shares: the settings and govbot's parts, each made once per run and only
when a command needs it (`govbot --help` loads no model and opens no database), and errors that
are the user's to fix shown as `Error: …` without a traceback, mapped here for every command."""

from __future__ import annotations

import getpass
from functools import cached_property
from typing import TYPE_CHECKING

import click
from pydantic import ValidationError

from bot.settings import Settings

if TYPE_CHECKING:
    from bot.wiring import Govbot
    from knowledge.inventory.events import SubscriberFailed


class GovbotError(click.ClickException):
    """An error for the user: printed as `Error: …` with exit status 1, no traceback."""


def users_to_fix() -> tuple[type[Exception], ...]:
    """The errors whose message tells the user what to do (a missing index, a request that cannot
    become approved, an unusable database…). Imported when one is on its way, not before."""
    from bot.llm import LLMConfigurationError
    from ingest.pipeline import IngestError
    from knowledge.inventory.database import DatabaseError
    from knowledge.inventory.review import WorkflowError
    from knowledge.retrieval.embeddings import EmbeddingModelError
    from knowledge.retrieval.index import KnowledgeIndexError

    return (DatabaseError, EmbeddingModelError, IngestError, KnowledgeIndexError, LLMConfigurationError, WorkflowError)


class CommandGroup(click.Group):
    """A group whose commands' user errors become GovbotError (subgroups are invoked through it)."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except click.ClickException:
            raise
        except Exception as error:
            if isinstance(error, users_to_fix()):
                raise GovbotError(str(error)) from None
            raise


def env_name(loc: tuple) -> str:
    """The environment variable behind a setting's error location (SLACK_* names carry no prefix)."""
    name = "_".join(str(part) for part in loc)
    return name if name.isupper() else f"GOVBOT_{name.upper()}"


def warn(failure: SubscriberFailed) -> None:
    """A change is recorded, but someone who should hear of it did not (Slack is down, say)."""
    click.echo(f"warning: recorded, but not shown in {failure.audience}: {failure.error}", err=True)


class Runtime:
    """What a command works with (`@pass_runtime`): one per run of `govbot`."""

    def __init__(self, ctx: click.Context):
        self.ctx = ctx

    @cached_property
    def settings(self) -> Settings:
        try:
            return Settings()
        except ValidationError as error:
            problems = "; ".join(f"{env_name(e['loc'])}: {e['msg']}" for e in error.errors())
            raise GovbotError(f"invalid configuration: {problems}") from None

    @cached_property
    def govbot(self) -> Govbot:
        """Govbot's parts (bot/wiring.py), the database opened and migrated."""
        from bot.wiring import Govbot

        govbot = Govbot.create(self.settings, on_failure=warn)
        # What a command changed is told to subscribers (Slack) once the command has said what it
        # did: their warnings come after its own output.
        self.ctx.with_resource(govbot.events.held())
        return govbot


pass_runtime = click.make_pass_decorator(Runtime)


def current_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


BY_OPTION = click.option("--by", "by", default=None, help="Who is acting (default: your login name).")
JSON_OPTION = click.option("--json", "as_json", is_flag=True, help="Print JSON.")
# A request number as the database can hold it: anything else is a usage error, not a crash.
REQUEST_ID = click.argument("request_id", type=click.IntRange(1, 2**31 - 1))
