"""What every listener reads from a click or a submitted modal, and how it answers whoever clicked:
where the click was (Clicked), a record's id from a button's value or a modal's private metadata,
what was typed into a modal's input, and a private note back to the clicker (tell).

Everything here comes from Slack's payload, which anyone able to sign requests controls: a malformed
value reads as missing, never as an error.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from urllib.parse import urlsplit

from slack_bolt import Respond

from bot.wiring import Govbot

log = logging.getLogger("govbot.slack")


@dataclass
class Clicked:
    """Where a button was clicked: a message (its channel and ts; ephemeral ones only reachable
    through their response_url) or a view such as the Home tab (none of these set)."""

    channel: str | None = None
    ts: str | None = None
    ephemeral: bool = False
    response_url: str | None = None

    @classmethod
    def of(cls, body: dict) -> Clicked:
        container = body.get("container") or {}
        if container.get("type") != "message":
            return cls()
        return cls(
            container.get("channel_id"),
            container.get("message_ts"),
            bool(container.get("is_ephemeral")),
            body.get("response_url"),
        )

    @classmethod
    def from_metadata(cls, metadata: dict, slack_api_url: str) -> Clicked:
        """Where the modal was opened from, as its private metadata says. What it names is posted
        to later, so a response_url is kept only when it is Slack's (see slack_hook)."""
        fields = {key: metadata.get(key) for key in ("channel", "ts", "response_url")}
        if not all(value is None or isinstance(value, str) for value in fields.values()):
            return cls()
        if fields["response_url"] and not slack_hook(fields["response_url"], slack_api_url):
            log.warning("a decision modal named a response_url off Slack's hosts; not posting to it")
            fields["response_url"] = None
        return cls(**fields, ephemeral=metadata.get("ephemeral") is True)

    @property
    def message(self) -> tuple[str, str] | None:
        """The (channel, ts) of a message that is not ephemeral (one chat.update can change)."""
        return (self.channel, self.ts) if self.channel and self.ts and not self.ephemeral else None


SLACK_HOOK_HOSTS = ("hooks.slack.com", "hooks.slack-gov.com")  # where Slack's response_urls point


def slack_hook(url: str, slack_api_url: str) -> bool:
    """Whether `url` is one of Slack's response URLs: https on Slack's hooks hosts, or on the host
    and port of SLACK_API_URL (GovSlack, a proxy, the tests' stand-in), which is trusted as Slack."""
    try:
        parts, api = urlsplit(url), urlsplit(slack_api_url)
        port, api_port = parts.port, api.port
    except ValueError:  # an unparseable port, say
        return False
    if parts.username is not None or parts.password is not None or not parts.hostname:
        return False
    if parts.scheme == "https" and parts.hostname in SLACK_HOOK_HOSTS and port in (None, 443):
        return True
    return (parts.scheme, parts.hostname, port) == (api.scheme, api.hostname, api_port)


def tell(govbot: Govbot, body: dict, respond: Respond, text: str) -> None:
    """A private note to whoever clicked, wherever they clicked: an ephemeral message beside a
    message (through its response_url), or a notice on their Home tab."""
    if Clicked.of(body).response_url:
        respond(text=text, response_type="ephemeral", replace_original=False)
    else:
        govbot.slack.publish_home(body["user"]["id"], notice=text)


def record_id(value: object) -> int | None:
    """The request or incident number a button's value or a modal's metadata names, if a plausible one."""
    try:
        number = int(str(value))
    except ValueError:
        return None
    return number if 0 < number < 2**31 else None


def private_metadata(view: dict) -> dict:
    """The JSON object a modal carries in its private_metadata (empty when missing or malformed)."""
    try:
        metadata = json.loads(view.get("private_metadata") or "{}")
    except ValueError:
        return {}
    return metadata if isinstance(metadata, dict) else {}


def input_element(view: dict, block_id: str) -> dict | None:
    """The state of a modal's input block (its element's action_id is the block's id), if any."""
    values = (view.get("state") or {}).get("values")
    block = values.get(block_id) if isinstance(values, dict) else None
    element = block.get(block_id) if isinstance(block, dict) else None
    return element if isinstance(element, dict) else None


def typed(view: dict, block_id: str) -> str:
    """The text typed into a modal's text input (empty when missing or malformed)."""
    value = (input_element(view, block_id) or {}).get("value")
    return value.strip() if isinstance(value, str) else ""
