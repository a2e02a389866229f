"""The Slack Web API client govbot uses, whether serving Slack or telling it of a command's change."""

from __future__ import annotations

from slack_sdk import WebClient
from slack_sdk.http_retry.builtin_handlers import ConnectionErrorRetryHandler, RateLimitErrorRetryHandler


def web_client(token: str | None, api_url: str) -> WebClient:
    """A client for the Web API at `api_url` (SLACK_API_URL) that waits out rate limits (429 +
    Retry-After) and retries dropped connections."""
    return WebClient(
        token=token,
        base_url=api_url if api_url.endswith("/") else api_url + "/",
        timeout=15,
        retry_handlers=[RateLimitErrorRetryHandler(max_retry_count=3), ConnectionErrorRetryHandler(max_retry_count=3)],
    )
