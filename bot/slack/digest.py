"""Posting the weekly digest to the review channel: what the weekly duty runs.

    post_weekly_digest(govbot)                  # the week up to now; once per ISO week
    post_weekly_digest(govbot, at=some_monday)  # the week up to then

The content is the governance report's (knowledge/reports/digest.py), rendered by
blocks/report.py. Posting twice in one ISO week posts once (a duty run again, two replicas): the
week is claimed first, and released if Slack refuses, so that the next run tries again.
"""

from __future__ import annotations

import logging
from datetime import datetime

from bot.slack import store
from bot.slack.blocks.report import digest_message
from bot.wiring import Govbot
from knowledge.inventory.models import now
from knowledge.reports.digest import weekly_digest
from knowledge.reports.period import week_of
from knowledge.reports.targets import turnaround_targets

log = logging.getLogger("govbot.slack")


class DigestNotPosted(RuntimeError):
    """The digest has nowhere to go (no review channel); the message says what to set."""


def post_weekly_digest(govbot: Govbot, at: datetime | None = None, with_gap_analysis: bool = True) -> str | None:
    """Post the digest of the seven days up to `at` (default now); the message's ts, or None when
    this ISO week's digest was posted already."""
    channel = govbot.settings.review_channel
    if not channel:
        raise DigestNotPosted("the weekly digest goes to the review channel: set GOVBOT_REVIEW_CHANNEL")
    moment = at or now()
    claim = f"digest:{week_of(moment)}"
    if not store.claim_delivery(govbot.db, claim):
        log.info("the digest of %s was posted already", week_of(moment))
        return None
    try:
        gaps = govbot.gap_analysis_for_home() if with_gap_analysis else None
        digest = weekly_digest(govbot.db, moment, turnaround_targets(govbot.settings.policies_dir), gaps=gaps)
        response = govbot.slack.client.chat_postMessage(
            channel=channel, unfurl_links=False, unfurl_media=False, **digest_message(digest)
        )
    except Exception:
        store.release_delivery(govbot.db, claim)  # not posted: the next run must try again
        raise
    return response["ts"]
