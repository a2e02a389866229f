"""Changes made outside Slack (on the command line), shown in Slack as if they were made there:
a new request is posted for review, a decision updates the review post and reaches the requester
in a DM, an answer to a needs_info question goes back to the reviewers, and the Home tabs that
list the request are published again.

Only when SLACK_BOT_TOKEN is set. Best effort: the change is recorded already, so a Slack failure
is returned as a message for the caller to show, never raised.
"""

from __future__ import annotations

from slack_sdk.errors import SlackApiError

from bot.settings import Settings
from bot.slack import home, review, store
from bot.slack.app import Inventory
from bot.slack.blocks.review import SLACK_USER_ID
from knowledge.inventory.database import Database
from knowledge.inventory.models import RegistrationRequest, RequestStatus
from knowledge.inventory.review import DECISIONS


def tell_slack(settings: Settings, db: Database, request: RegistrationRequest, answer: str | None = None) -> str | None:
    """Show `request`'s latest change in Slack; None when done (or Slack is not configured), else
    what went wrong."""
    if not settings.slack_bot_token:
        return None
    inventory = Inventory.create(settings, db)
    client = inventory.client
    try:
        if answer is not None:
            review.renotify_reviewers(settings, db, client, request, answer)
        elif request.status == RequestStatus.pending:
            # The same claim as a request filed in Slack: announced once, whoever gets there first.
            if store.claim_delivery(db, f"announce-request:{request.id}"):
                review.post_for_review(settings, db, client, request)
        else:
            review.refresh_review_post(settings, db, client, request)
            if request.status in DECISIONS:
                review.dm_requester(client, request)
        # The Home tabs that list this request: the requester's, and the deciding reviewer's queue.
        for user in dict.fromkeys([request.requester_id, request.decided_by]):
            if user and SLACK_USER_ID.fullmatch(user):
                home.publish(inventory, client, user)
    except SlackApiError as error:
        return f"Slack refused: {error.response.get('error')}"
    except Exception as error:  # a connection that never came back after the client's retries
        return f"cannot reach Slack at {settings.slack_api_url}: {error}"
    return None
