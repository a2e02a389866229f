"""Who may decide registration requests: the user ids in GOVBOT_REVIEWERS, plus the members of
the Slack user group GOVBOT_REVIEWER_GROUP, looked up through the Web API and cached."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterable

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

log = logging.getLogger(__name__)
GROUP_CACHE_SECONDS = 300


class ReviewerDirectory:
    """A container of reviewer ids (`user in reviewers`), as the inventory's Workflow expects."""

    def __init__(self, user_ids: Iterable[str], group_id: str | None = None, client: WebClient | None = None):
        self.user_ids = frozenset(user_ids)
        self.group_id = group_id
        self.client = client
        self._group: frozenset[str] = frozenset()
        self._fetched_at = float("-inf")
        self._lock = threading.Lock()

    def group_members(self) -> frozenset[str]:
        if not self.group_id or self.client is None:
            return frozenset()
        with self._lock:
            if time.monotonic() - self._fetched_at > GROUP_CACHE_SECONDS:
                try:
                    response = self.client.usergroups_users_list(usergroup=self.group_id)
                    self._group = frozenset(response.get("users") or [])
                    self._fetched_at = time.monotonic()
                except SlackApiError as error:
                    # Keep the last known members: a failed lookup must neither lock reviewers out
                    # for five minutes nor let anyone in. Retry on the next check.
                    log.warning("cannot list reviewer group %s: %s", self.group_id, error.response.get("error"))
            return self._group

    def __contains__(self, user_id: object) -> bool:
        return isinstance(user_id, str) and (user_id in self.user_ids or user_id in self.group_members())

    def all(self) -> frozenset[str]:
        return self.user_ids | self.group_members()
