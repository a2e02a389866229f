"""A scheduled duty's message (a reminder, an escalation, an announcement) and the re-review form
its buttons open. Plain values in, Block Kit out."""

from __future__ import annotations

from bot.slack.actions import REREVIEW_CALLBACK, REREVIEW_OPEN, RETIRE_OWN, WHAT_CHANGED_BLOCK
from bot.slack.blocks.common import MODAL_TITLE_CHARS, button, escape, plain, sections
from bot.slack.blocks.review import SLACK_USER_ID
from knowledge.duties.kinds import Action, Notice

ICONS = {
    "rereview_reminder": ":calendar:",
    "rereview_overdue": ":rotating_light:",
    "needs_info_reminder": ":hourglass_flowing_sand:",
    "needs_info_flag": ":hourglass:",
    "retirement": ":no_entry_sign:",
}


def notice_text(notice: Notice, unreachable: str = "") -> str:
    """The notice as inert mrkdwn; the person it concerns, when a Slack user, as a mention."""
    text = escape(notice.text)
    if SLACK_USER_ID.fullmatch(notice.recipient):
        text = text.replace(notice.recipient, f"<@{notice.recipient}>")
    if unreachable:
        text += f"\n_For {escape(unreachable)}, whom govbot cannot message in Slack._"
    return f"{ICONS.get(notice.kind, ':bell:')} {text}"


def notice_message(notice: Notice, unreachable: str = "") -> tuple[str, list[dict]]:
    """(fallback text, blocks): the notice, and the buttons of what its reader may do about it."""
    blocks = sections(notice_text(notice, unreachable))[:10]
    buttons = []
    if Action.rereview in notice.actions:
        buttons.append(button("Still in use — request re-review", REREVIEW_OPEN, notice.tool, style="primary"))
    if Action.retire in notice.actions:
        buttons.append(button("No longer needed — retire", RETIRE_OWN, notice.tool, style="danger"))
    if buttons:
        blocks.append({"type": "actions", "elements": buttons})
    return notice.text[:300], blocks


def rereview_modal(tool: str) -> dict:
    """What changed since the last review: the re-review request's content."""
    return {
        "type": "modal",
        "callback_id": REREVIEW_CALLBACK,
        "private_metadata": tool[:200],
        "title": plain("Request re-review", MODAL_TITLE_CHARS),
        "submit": plain("File it", MODAL_TITLE_CHARS),
        "close": plain("Cancel", MODAL_TITLE_CHARS),
        "blocks": [
            *sections(f"*{escape(tool)}* is still in use. The reviewers re-review it with what you tell them here."),
            {
                "type": "input",
                "block_id": WHAT_CHANGED_BLOCK,
                "label": plain("What changed since the last review?", 2000),
                "hint": plain(
                    "Users and teams, data categories, integrations, incidents, vendor changes; "
                    "or that nothing changed.",
                    2000,
                ),
                "element": {
                    "type": "plain_text_input",
                    "action_id": WHAT_CHANGED_BLOCK,
                    "multiline": True,
                    "max_length": 3000,
                },
            },
        ],
    }


def retired_text(tool: str) -> str:
    return f":wastebasket: *{escape(tool)}* is retired: thank you. It is announced in the governance channel."
