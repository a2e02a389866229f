"""Who an e-mail address is in Slack (`users.lookupByEmail`), for an imported register's owners
and requesters: the inventory's PeopleDirectory, answered by the Web API."""

from __future__ import annotations

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from knowledge.inventory.people import PeopleUnavailable


class SlackPeople:
    def __init__(self, client: WebClient):
        self.client = client

    def user_for_email(self, email: str) -> str | None:
        try:
            return self.client.users_lookupByEmail(email=email)["user"]["id"]
        except SlackApiError as error:
            if error.response.get("error") == "users_not_found":
                return None
            raise PeopleUnavailable(f"Slack refused: {error.response.get('error')}") from None
        except OSError as error:  # the connection itself, after the client's own retries
            raise PeopleUnavailable(f"cannot reach Slack: {error}") from None
