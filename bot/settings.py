"""Configuration from the environment. Every setting has a working default."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from knowledge.embeddings import DEFAULT_MODEL

SHIPPED_POLICIES = Path(__file__).resolve().parent.parent / "policies"
# Calibrated by bench/retrieval.py: the highest share of answerable questions answered while every
# unanswerable one is still refused.
DEFAULT_MIN_SCORE = 0.37


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="GOVBOT_", extra="ignore", populate_by_name=True)

    data_dir: Path = Field(Path(".govbot"), description="Holds the index and the SQLite database.")
    policies_dir: Path = Field(SHIPPED_POLICIES, description="What `govbot ingest` reads when given no path.")
    embedding_model: str = Field(DEFAULT_MODEL, description="The bundled all-MiniLM-L6-v2, a local path, or a cached model id.")
    chroma_url: str | None = Field(None, description="A Chroma server (http://host:8000) instead of the embedded store.")
    llm: str | None = Field(None, description="provider:model for LLM synthesis, e.g. openai:gpt-4o-mini; unset = extractive.")
    llm_timeout: float = Field(30.0, gt=0, description="Seconds before an LLM call gives up (and the extractive answer is used).")
    min_score: float = Field(DEFAULT_MIN_SCORE, ge=-1, le=1, description="Cosine similarity below which a section is not used for the fixed lookups (data table, status rules, incident procedure).")
    governance_channel: str = Field("#ai-governance", description="Where people are told to ask a person.")
    database_url: str | None = Field(None, description="SQLAlchemy URL of the inventory database; default SQLite in the data dir.")
    reviewers: str = Field("", description="Comma-separated user ids allowed to decide registration requests.")
    rereview_months: int = Field(12, ge=1, le=120, description="Months after approval until a tool falls due for re-review.")
    # Slack: the SLACK_* names are Slack's own conventions, so they carry no GOVBOT_ prefix.
    slack_bot_token: str | None = Field(None, validation_alias="SLACK_BOT_TOKEN", description="The bot token (xoxb-…).")
    slack_signing_secret: str | None = Field(None, validation_alias="SLACK_SIGNING_SECRET", description="Verifies that requests come from Slack.")
    slack_app_token: str | None = Field(None, validation_alias="SLACK_APP_TOKEN", description="The app-level token (xapp-…) for Socket Mode.")
    slack_api_url: str = Field("https://slack.com/api/", validation_alias="SLACK_API_URL", description="Slack's Web API base URL (GovSlack and tests use another).")
    review_channel: str | None = Field(None, description="Channel id where new registration requests are posted for review.")
    reviewer_group: str | None = Field(None, description="A Slack user group id whose members are reviewers too.")

    @property
    def reviewer_ids(self) -> set[str]:
        return {reviewer.strip() for reviewer in self.reviewers.split(",") if reviewer.strip()}

    @property
    def database(self) -> str:
        from knowledge.database import default_url

        return self.database_url or default_url(self.data_dir)

    @field_validator(
        "llm", "chroma_url", "database_url", "slack_bot_token", "slack_signing_secret", "slack_app_token",
        "review_channel", "reviewer_group",
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
