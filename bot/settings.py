"""Configuration from the environment. Every setting has a working default."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from knowledge.retrieval.embeddings import DEFAULT_MODEL

if TYPE_CHECKING:
    from knowledge.duties.kinds import DutySettings

DEFAULT_MAX_REQUEST_BYTES = 1024 * 1024  # Slack's own payloads are tens of kilobytes at most

SHIPPED_POLICIES = Path(__file__).resolve().parent.parent / "policies"
# Calibrated by bench/retrieval.py: the highest share of answerable questions answered while every
# unanswerable one is still refused.
DEFAULT_MIN_SCORE = 0.37
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def setting(default, meaning: str, *, shown: str | None = None, slack: bool = False, **options):
    """A setting: `meaning` and `shown` (the default as people should read it, when printing
    the value would not do) are what `govbot --help` and the README say of it; `slack` puts it
    with the Slack settings."""
    return Field(default, description=meaning, json_schema_extra={"shown": shown, "slack": slack}, **options)


class Settings(BaseSettings):
    """Every setting govbot reads, each from an environment variable: GOVBOT_<NAME>, or for the
    Slack ones the name Slack's own tools use (their alias)."""

    model_config = SettingsConfigDict(env_prefix="GOVBOT_", extra="ignore", populate_by_name=True)

    data_dir: Path = setting(
        Path(".govbot"),
        "the index (Chroma store, BM25 cache, ingest manifest) and the SQLite database",
        shown="./.govbot",
    )
    policies_dir: Path = setting(
        SHIPPED_POLICIES, "what `govbot ingest` reads when given no path", shown="the shipped policies/"
    )
    embedding_model: str = setting(
        DEFAULT_MODEL,
        "a local sentence-transformers model path, or a model id already in the Hugging Face cache",
        shown=f"the bundled {DEFAULT_MODEL}",
    )
    chroma_url: str | None = setting(
        None, "a Chroma server, e.g. http://chroma:8000, for several replicas on one index", shown="the embedded store"
    )
    llm: str | None = setting(
        None, "provider:model for LLM synthesis through LangChain, e.g. openai:gpt-4o-mini", shown="none: answers quote"
    )
    llm_timeout: float = setting(
        30.0, "seconds before an LLM call is abandoned for the extractive answer", shown="30", gt=0
    )
    min_score: float = setting(
        DEFAULT_MIN_SCORE,
        "similarity below which a section is not used for the fixed lookups "
        "(data table, status rules, incident procedure)",
        ge=-1,
        le=1,
    )
    governance_channel: str = setting("#ai-governance", "where people are sent to ask a person")
    database_url: str | None = setting(
        None,
        "the inventory database, e.g. postgresql+psycopg://govbot@db/govbot",
        shown="SQLite govbot.db in the data dir",
    )
    database_lock_timeout: float = setting(
        30.0,
        "SQLite: seconds a change waits for another process's write lock before it fails, unsaved",
        shown="30",
        gt=0,
        le=600,
    )
    reviewers: str = setting("", "comma-separated user ids who may decide registration requests", shown="nobody")
    rereview_months: int = setting(
        12, "months after an approval until the tool falls due for re-review (1-120)", ge=1, le=120
    )
    # Slack: the SLACK_* names are Slack's own conventions, so they carry no GOVBOT_ prefix.
    slack_bot_token: str | None = setting(
        None, "the bot token (xoxb-…)", slack=True, validation_alias="SLACK_BOT_TOKEN"
    )
    slack_signing_secret: str | None = setting(
        None,
        "verifies that HTTP requests come from Slack (not needed in Socket Mode)",
        slack=True,
        validation_alias="SLACK_SIGNING_SECRET",
    )
    slack_app_token: str | None = setting(
        None,
        "the app-level token (xapp-…) for `govbot serve --socket-mode`",
        slack=True,
        validation_alias="SLACK_APP_TOKEN",
    )
    slack_api_url: str = setting(
        "https://slack.com/api/",
        "Slack's Web API base URL (GovSlack, a proxy, or the tests' stand-in)",
        slack=True,
        validation_alias="SLACK_API_URL",
    )
    max_request_bytes: int = setting(
        DEFAULT_MAX_REQUEST_BYTES,
        "the largest request body `govbot serve` reads; larger ones are answered 413 unread",
        shown="1048576 (1 MiB)",
        slack=True,
        ge=1024,
        le=64 * 1024 * 1024,
    )
    review_channel: str | None = setting(
        None, "channel id where registration requests and questions for a person are posted", slack=True
    )
    reviewer_group: str | None = setting(
        None, "a Slack user group id whose members are reviewers too (cached 5 minutes)", slack=True
    )
    # The incident register (issue 11).
    incident_channel: str | None = setting(
        None,
        "channel id where reported AI incidents are posted for the governance team",
        shown="the review channel",
        slack=True,
    )

    # Scheduled duties (`govbot duties run`, and inside `govbot serve`): the policy's numbers.
    rereview_reminder_days: int = setting(
        30, "days before a re-review falls due that its Tool Owner is reminded (DM)", ge=1, le=365
    )
    overdue_escalation_days: str = setting(
        "30,60", "days overdue at which a re-review is escalated to the review channel (each once)"
    )
    needs_info_reminder_days: int = setting(
        14, "days after reviewers asked for information that the requester is reminded", ge=1, le=365
    )
    needs_info_flag_days: int = setting(
        30, "days after reviewers asked that an unanswered request is flagged to them to close", ge=1, le=365
    )
    duties_max_messages: int = setting(
        500, "the most messages one run of the duties sends; the rest stay due for the next run", ge=1, le=100_000
    )
    digest_weekday: str = setting(
        "monday",
        "weekday the weekly governance digest is posted to the review channel (later that week if it "
        "could not be); `off`: no digest",
    )
    duties_in_serve: bool = setting(True, "`govbot serve` performs the duties itself (false: leave them to cron)")
    duties_interval_minutes: int = setting(60, "minutes between `govbot serve`'s runs of the duties", ge=1, le=1440)

    @property
    def escalation_days(self) -> tuple[int, ...]:
        return tuple(sorted({int(days) for days in self.overdue_escalation_days.split(",") if days.strip()}))

    @property
    def duties(self) -> DutySettings:
        """The policy's numbers as the duties use them, and the report counts by them."""
        from knowledge.duties.kinds import DutySettings

        return DutySettings(
            rereview_reminder_days=self.rereview_reminder_days,
            overdue_escalation_days=self.escalation_days,
            needs_info_reminder_days=self.needs_info_reminder_days,
            needs_info_flag_days=self.needs_info_flag_days,
            digest_weekday=self.digest_day,
        )

    @property
    def digest_day(self) -> int | None:
        """GOVBOT_DIGEST_WEEKDAY as an ISO weekday (1 is Monday); None when the digest is off."""
        day = self.digest_weekday.strip().lower()
        return None if day == "off" else WEEKDAYS.index(day) + 1

    @field_validator("digest_weekday")
    @classmethod
    def weekday_or_off(cls, value: str) -> str:
        if value.strip().lower() not in (*WEEKDAYS, "off"):
            raise ValueError(f"one of {', '.join(WEEKDAYS)}, or off")
        return value

    @field_validator("overdue_escalation_days")
    @classmethod
    def day_counts(cls, value: str) -> str:
        days = [part.strip() for part in value.split(",") if part.strip()]
        if not all(part.isdigit() and 1 <= int(part) <= 3650 for part in days) or len(days) > 5:
            raise ValueError(f"must be up to five day counts separated by commas, e.g. 30,60, not {value!r}")
        return value

    @property
    def reviewer_ids(self) -> set[str]:
        return {reviewer.strip() for reviewer in self.reviewers.split(",") if reviewer.strip()}

    @property
    def database(self) -> str:
        from knowledge.inventory.database import default_url

        return self.database_url or default_url(self.data_dir)

    @field_validator(
        "llm",
        "chroma_url",
        "database_url",
        "slack_bot_token",
        "slack_signing_secret",
        "slack_app_token",
        "review_channel",
        "reviewer_group",
        "incident_channel",
    )
    @classmethod
    def empty_is_unset(cls, value: str | None) -> str | None:
        return value.strip() or None if value is not None else None

    @field_validator("llm")
    @classmethod
    def provider_and_model(cls, value: str | None) -> str | None:
        if value is not None:
            provider, _, model = value.partition(":")
            if not provider.strip() or not model.strip():
                raise ValueError(f"must be provider:model (e.g. openai:gpt-4o-mini), not {value!r}")
        return value


@dataclass(frozen=True)
class Variable:
    """A setting as the environment spells it, for the documentation."""

    name: str
    default: str
    meaning: str
    slack: bool


def variables() -> list[Variable]:
    """Every setting, in the order Settings declares them."""
    found = []
    for name, field in Settings.model_fields.items():
        extra = field.json_schema_extra if isinstance(field.json_schema_extra, dict) else {}
        default = extra.get("shown") or ("unset" if field.default is None else str(field.default))
        variable = field.validation_alias if isinstance(field.validation_alias, str) else f"GOVBOT_{name.upper()}"
        found.append(Variable(variable, str(default), field.description or "", bool(extra.get("slack"))))
    return found


def environment_help() -> str:
    """The settings as `govbot --help` lists them (click's \\b keeps each block's lines as they are)."""
    width = max(len(variable.name) for variable in variables()) + 2

    def block(title: str, slack: bool) -> str:
        lines = [f"  {v.name:{width}}{v.meaning} (default: {v.default})" for v in variables() if v.slack == slack]
        return "\b\n" + title + "\n" + "\n".join(lines)

    return "\n\n".join(
        [
            block("Configuration comes from the environment (all optional):", slack=False),
            block("For Slack (`govbot serve`, and Slack shown what the command line changes):", slack=True),
        ]
    )
