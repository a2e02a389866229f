"""Configuration from the environment. Every setting has a working default."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from knowledge.embeddings import DEFAULT_MODEL

SHIPPED_POLICIES = Path(__file__).resolve().parent.parent / "policies"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="GOVBOT_", extra="ignore")

    data_dir: Path = Field(Path(".govbot"), description="Holds the index and the SQLite database.")
    policies_dir: Path = Field(SHIPPED_POLICIES, description="What `govbot ingest` reads when given no path.")
    embedding_model: str = Field(DEFAULT_MODEL, description="The bundled all-MiniLM-L6-v2, a local path, or a cached model id.")
    chroma_url: str | None = Field(None, description="A Chroma server (http://host:8000) instead of the embedded store.")
    llm: str | None = Field(None, description="provider:model for LLM synthesis, e.g. openai:gpt-4o-mini; unset = extractive.")
    llm_timeout: float = Field(30.0, gt=0, description="Seconds before an LLM call gives up (and the extractive answer is used).")
    min_score: float = Field(0.45, ge=-1, le=1, description="Cosine similarity below which the answerer says it does not know.")
    governance_channel: str = Field("#ai-governance", description="Where people are told to ask a person.")

    @field_validator("llm", "chroma_url")
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
