"""An answer as a Slack message: the lead (with a tool's verdict when the answer is about one),
each quote with its citation under it, the tool card, and the buttons its actions call for
("Report it now", which opens the incident form, "Register it", "Ask the governance team", feedback).

Everything shown comes from a person (the question, tool names they typed) or a document, so all
of it is escaped; only the markup added here is live.
"""

from __future__ import annotations

import json
import re

from bot.answers.render import card_lines, card_said, line_text
from bot.answers.tools import list_line
from bot.reply import ActionKind, Citation, Line, Reply, ToolCard
from bot.slack.actions import ESCALATE, FEEDBACK_HELPFUL, FEEDBACK_UNHELPFUL, INCIDENT_OPEN, REGISTER_OPEN
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
from bot.slack.blocks.review import SLACK_USER_ID

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


def question_value(question: str, outcome: int | None = None) -> str:
    """The question carried in a button's value (JSON), shortened until it fits Slack's limit; on
    the feedback buttons, with the id of the answer's recorded outcome."""
    kept = question
    while True:
        value = json.dumps({"q": kept} if outcome is None else {"o": outcome, "q": kept}, ensure_ascii=False)
        if len(value) <= BUTTON_VALUE_CHARS:
            return value
        kept = kept[: len(kept) - max(1, len(value) - BUTTON_VALUE_CHARS)]


def question_of(value: str | None) -> str:
    """The question a button carries; "" for a value that is not ours (never trust a payload)."""
    question = _carried(value).get("q", "")
    return question if isinstance(question, str) else ""


def outcome_of(value: str | None) -> int | None:
    """The recorded outcome a feedback button carries; None for an answer recorded without one."""
    outcome = _carried(value).get("o")
    return outcome if isinstance(outcome, int) and not isinstance(outcome, bool) and 0 < outcome < 2**31 else None


def _carried(value: str | None) -> dict:
    try:
        carried = json.loads(value or "")
    except ValueError:
        return {}
    return carried if isinstance(carried, dict) else {}


def citation_line(number: int, citation: Citation) -> str:
    """ "[1] *AI Acceptable Use Policy* · §4.1 Checking a tool's status · `company/acceptable-use.md`"."""
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


def emphasised(text: str, names: list[str]) -> str:
    """Escaped text with the first mention of each tool name in bold (not the vendor's "Jasper AI" after "Jasper")."""
    shown = escape(text)
    for name in sorted({n for n in names if n}, key=len, reverse=True):
        shown = re.sub(rf"(?<![\w*]){re.escape(escape(name))}(?![\w*])", lambda m: f"*{m.group()}*", shown, count=1)
    return shown


def names_in(reply: Reply) -> list[str]:
    card = reply.card
    return [card.name, *card.alternatives] if card else [tool.name for tool in reply.tools]


def line_blocks(line: Line, reply: Reply) -> list[dict]:
    """One line of the answer: govbot's words, then the quote with its citation under it."""
    blocks = sections(emphasised(line.says, names_in(reply))) if line.says else []
    if line.quote:
        blocks.append(quote_block(line.quote.quote))
        citation = reply.citations[line.quote.citation]
        blocks.append({"type": "context", "elements": [mrkdwn(citation_line(line.quote.citation + 1, citation))]})
    return blocks


def verdict_of(card: ToolCard) -> str:
    return UNREGISTERED if not card.registered else VERDICTS.get(card.status, "")


def card_blocks(card: ToolCard, with_headline: bool) -> list[dict]:
    lines = card_lines(card, with_headline)
    if with_headline and (verdict := verdict_of(card)):
        lines = [verdict, *lines]
    text = emphasised("\n".join(lines), [card.name, *card.alternatives])
    if SLACK_USER_ID.fullmatch(card.owner):  # an owner the inventory knows as a Slack user: shown as the person
        text = text.replace(f"Owner: {card.owner}", f"Owner: <@{card.owner}>")
    return sections(text) if lines else []


def body_blocks(reply: Reply) -> list[dict]:
    """The answer itself: the lead (with the verdict on a tool it is about), the card, the listed
    tools, the supporting quotes, then a tool's card given as context."""
    blocks: list[dict] = []
    for number, line in enumerate(reply.lead):
        shown = line_blocks(line, reply)
        if number == 0 and reply.card and reply.card_leads and (verdict := verdict_of(reply.card)):
            if line.says:  # the verdict above the lead's own words
                shown[0] = {"type": "section", "text": mrkdwn(f"{verdict}\n{shown[0]['text']['text']}")}
            else:
                shown = sections(verdict) + shown
        blocks += shown
    if reply.card and reply.card_leads:
        blocks += card_blocks(reply.card, with_headline=False)
    if reply.tools:
        show_categories = len({card.category for card in reply.tools}) > 1
        blocks += sections(
            "\n".join(
                f"• *{escape(tool.name)}*{escape(list_line(tool, show_categories)[len(tool.name) :])}"
                for tool in reply.tools
            )
        )
    for line in reply.support:
        blocks += line_blocks(line, reply)
    if reply.card and not reply.card_leads:
        blocks += card_blocks(reply.card, with_headline=not card_said(reply))
    return blocks


def action_buttons(reply: Reply, outcome: int | None) -> list[dict]:
    value = question_value(reply.question)
    kinds = {action.kind for action in reply.actions}
    if ActionKind.report_incident in kinds:
        # The question fills in the reporter's own form (and is shown to nobody else).
        escalate = button("Report it now", INCIDENT_OPEN, value, style="primary")
    else:
        escalate = button("Ask the governance team", ESCALATE, value, style=None if reply.confident else "primary")
    feedback = [
        button(":thumbsup: Helpful", FEEDBACK_HELPFUL, question_value(reply.question, outcome)),
        button(":thumbsdown: Not helpful", FEEDBACK_UNHELPFUL, question_value(reply.question, outcome)),
    ]
    if not reply.confident:
        return [escalate, *feedback]  # a person is the better answer: offer them first
    elements = [escalate, *feedback] if ActionKind.report_incident in kinds else [*feedback, escalate]
    register = next((action for action in reply.actions if action.kind == ActionKind.register_tool), None)
    if register is not None:
        name = (register.tool or "")[:TOOL_NAME_CHARS]
        label = "Register it" if name else "Register a tool"
        elements.insert(0, button(label, REGISTER_OPEN, name, style="primary"))
    return elements


def answer_message(reply: Reply, outcome: int | None = None) -> dict:
    """chat.postMessage / respond() arguments: `text` (the notification fallback) and `blocks`;
    the feedback buttons carry `outcome`, the id of the answer's recorded outcome."""
    actions = {"type": "actions", "block_id": "answer_actions", "elements": action_buttons(reply, outcome)}
    blocks = cap_blocks(
        body_blocks(reply),
        MESSAGE_BLOCKS - 1,
        note="_The answer is longer than one message holds; ask a narrower question for the rest._",
    )
    return {"text": notification_text(reply), "blocks": [*blocks, actions]}


def notification_text(reply: Reply) -> str:
    """What a notification or a screen reader announces: the answer's first line, with its quote."""
    first = line_text(reply.lead[0]).splitlines()[0] if reply.lead and line_text(reply.lead[0]) else "govbot answered"
    return clip(emphasised(first, names_in(reply)), NOTIFICATION_CHARS)


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
