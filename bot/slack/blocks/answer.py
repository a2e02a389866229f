"""An answer as a Slack message: the verdict or answer text, each quoted passage with its
citation, and the buttons (feedback, "Ask the governance team", "Register it").

Everything shown comes from a person (the question, tool names they typed) or a document, so all
of it is escaped; only the markup added here is live.
"""

from __future__ import annotations

import json

from bot.reply import Citation, Reply
from bot.slack.blocks.common import (
    BUTTON_VALUE_CHARS,
    MESSAGE_BLOCKS,
    SECTION_CHARS,
    button,
    cap_blocks,
    clip,
    escape,
    mrkdwn,
    sections,
)

FEEDBACK_HELPFUL = "feedback_helpful"
FEEDBACK_UNHELPFUL = "feedback_unhelpful"
ESCALATE = "escalate"
REGISTER_OPEN = "register_open"
TOOL_NAME_CHARS = 120  # registration's limit on a tool name
NOTIFICATION_CHARS = 300  # the `text` fallback: what a notification or screen reader announces

VERDICTS = {
    "approved": ":white_check_mark: *Approved*",
    "approved_with_conditions": ":large_yellow_circle: *Approved with conditions*",
    "rejected": ":no_entry: *Rejected*",
    "retired": ":no_entry: *Retired*",
    "pending": ":hourglass_flowing_sand: *Pending review*",
    "needs_info": ":hourglass_flowing_sand: *Waiting for information*",
}
UNREGISTERED = ":grey_question: *Not registered*"


def question_value(question: str) -> str:
    """The question carried in a button's value (JSON), shortened until it fits Slack's limit."""
    kept = question
    while True:
        value = json.dumps({"q": kept}, ensure_ascii=False)
        if len(value) <= BUTTON_VALUE_CHARS:
            return value
        kept = kept[: len(kept) - max(1, len(value) - BUTTON_VALUE_CHARS)]


def question_of(value: str | None) -> str:
    """The question a button carries; "" for a value that is not ours (never trust a payload)."""
    try:
        question = json.loads(value or "").get("q", "")
    except (ValueError, AttributeError):
        return ""
    return question if isinstance(question, str) else ""


def citation_line(number: int, citation: Citation) -> str:
    """"[1] *AI Acceptable Use Policy* · §4.1 Checking a tool's status · `company/acceptable-use.md`"."""
    innermost = citation.heading.split(" > ")[-1].strip() if citation.heading else ""
    parts = [f"*{escape(citation.title)}*"]
    if citation.control_id:
        name = innermost if innermost.startswith(citation.control_id) else f"{citation.control_id} {innermost}"
        parts.append(f"control {escape(name.strip())}")
    elif citation.section:
        name = innermost if innermost.startswith(citation.section) else f"{citation.section} {innermost}"
        parts.append(f"§{escape(name.strip())}")
    elif innermost:
        parts.append(escape(innermost))
    parts.append(f"`{escape(citation.source)}`")
    return f"[{number}] " + " · ".join(parts)


def quote_block(quote: str) -> dict:
    lines = escape(quote).splitlines() or [" "]
    return {"type": "section", "text": mrkdwn("\n".join(f"> {line}" for line in lines))}


def unregistered(reply: Reply) -> bool:
    return reply.intent == "tool_status" and reply.tool is None and reply.suggested_tool is not None


def body_blocks(reply: Reply) -> list[dict]:
    """The answer itself: verdict and text, then the quoted passages with their citations."""
    body = escape(reply.summary or reply.text)
    if reply.tool is not None:
        verdict = VERDICTS.get(str(reply.tool.get("status")), "")
        body = f"{verdict}\n{body}" if verdict else body
    elif unregistered(reply):
        body = f"{UNREGISTERED}\n{body}"
    blocks = sections(body)
    for number, passage in enumerate(reply.passages, 1):
        blocks.append(quote_block(passage.quote))
        citation = reply.citations[passage.citation]
        blocks.append({"type": "context", "elements": [mrkdwn(citation_line(number, citation))]})
    return blocks


def action_buttons(reply: Reply) -> list[dict]:
    value = question_value(reply.question)
    escalate = button("Ask the governance team", ESCALATE, value, style=None if reply.confident else "primary")
    feedback = [
        button(":thumbsup: Helpful", FEEDBACK_HELPFUL, value),
        button(":thumbsdown: Not helpful", FEEDBACK_UNHELPFUL, value),
    ]
    if not reply.confident:
        return [escalate, *feedback]  # a person is the better answer: offer them first
    elements = [*feedback, escalate]
    if reply.intent == "register" or unregistered(reply):
        name = (reply.suggested_tool or "")[:TOOL_NAME_CHARS]
        label = "Register it" if name else "Register a tool"
        elements.insert(0, button(label, REGISTER_OPEN, name, style="primary"))
    return elements


def answer_message(reply: Reply) -> dict:
    """chat.postMessage / respond() arguments: `text` (the notification fallback) and `blocks`."""
    actions = {"type": "actions", "block_id": "answer_actions", "elements": action_buttons(reply)}
    blocks = cap_blocks(body_blocks(reply), MESSAGE_BLOCKS - 1, note="_The answer is longer than one message holds; ask a narrower question for the rest._")
    return {"text": notification_text(reply), "blocks": [*blocks, actions]}


def notification_text(reply: Reply) -> str:
    """What a notification or a screen reader announces: the answer's first line, and the first
    quote when the answer is quotes."""
    lines = (reply.summary or reply.text).strip().splitlines()
    first = lines[0] if lines else "govbot answered"
    if reply.passages:
        first = f"{first} “{reply.passages[0].quote}”"
    return clip(escape(first), NOTIFICATION_CHARS)


def refusal_message(message: str) -> dict:
    """A question the assistant will not take (empty, too long): the reason, escaped."""
    text = f":information_source: {escape(message)}"
    return {"text": clip(text, SECTION_CHARS), "blocks": sections(text)[:1]}


def working_message() -> str:
    return ":hourglass_flowing_sand: Looking that up…"


def escalation_message(question: str, asker: str, permalink: str | None, channel: str | None) -> dict:
    """The question, posted in the review channel for a person to answer: with a link to the thread
    it was asked in, else the channel (an ephemeral answer has no link), else a DM (no link either)."""
    if permalink:
        where = f"reply in <{permalink}|the thread>"
    elif channel:
        where = f"asked in <#{channel}>; reply to them there or directly"
    else:
        where = "asked in a direct message with govbot; reply to them directly"
    text = f":raising_hand: <@{asker}> asked govbot a question for the governance team ({where}):"
    blocks = [
        {"type": "section", "text": mrkdwn(text)},
        quote_block(question or " "),
    ]
    return {"text": clip(f"<@{asker}> asked: {escape(question)}", NOTIFICATION_CHARS), "blocks": blocks}
