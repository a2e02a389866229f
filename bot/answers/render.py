"""The plain-text rendering of an answer (`Reply.text`): no markup, no transport's hints.

    Within 24 hours: “Report an AI incident as soon as you become aware of it, and in any case within 24 hours.” [1]
    “Security incident form (Kestrel Hub › IT & Security › Report an incident).” [2]
    ChatGPT Enterprise (OpenAI) is approved with conditions.

    [1] AI Incident Reporting, 3.1 Reporting deadlines (company/incident-reporting.md)
    [2] …

The lead comes first, then the card when it is the answer, the listed tools, the supporting quotes,
the card when it is context, and the sources. Adapters (the terminal, Slack) render the same
structure in their own way.
"""

from __future__ import annotations

from bot.answers.tools import bearing_line, details, headline, list_line
from bot.reply import ActionKind, Intent, Line, Reply, ToolCard


def line_text(line: Line) -> str:
    quote = f"“{line.quote.quote}” [{line.quote.citation + 1}]" if line.quote else ""
    if line.says and quote:
        return f"{line.says}: {quote}" if not line.says.endswith((".", ":", "?", "!")) else f"{line.says} {quote}"
    return line.says or quote


def card_lines(card: ToolCard, with_headline: bool = True) -> list[str]:
    """The card's lines; without its headline (and the condition that bears on the question) when
    the lead has said them."""
    lines = [headline(card), bearing_line(card)] if with_headline else []
    return [line for line in [*lines, *details(card)] if line]


def card_said(reply: Reply) -> bool:
    """Whether a line of the answer already says the card's headline ("Midjourney was rejected…",
    said of an incident as what made it one): the card then shows the rest only."""
    return reply.card is not None and any(line.says == headline(reply.card) for line in [*reply.lead, *reply.support])


def body_lines(reply: Reply) -> list[str]:
    """The answer without its list of sources: lead, card, tools, quotes."""
    lines = [line_text(line) for line in reply.lead]
    if reply.card and reply.card_leads:
        lines += card_lines(reply.card, with_headline=False)
    show_categories = len({card.category for card in reply.tools}) > 1
    lines += [f"• {list_line(card, show_categories)}" for card in reply.tools]
    lines += [line_text(line) for line in reply.support]
    if reply.card and not reply.card_leads:
        lines += card_lines(reply.card, with_headline=not card_said(reply))
    return lines


def next_steps(reply: Reply) -> list[str]:
    """What the person can do next, said so that it works wherever they asked."""
    lines = []
    for action in reply.actions:
        # (not to someone who has just said so: the lead tells them what registering takes)
        if action.kind == ActionKind.register_tool and action.tool and reply.intent != Intent.register:
            lines.append(f"To register it, say “I'd like to register {action.tool}”; the governance team reviews it.")
    return lines


def plain_text(reply: Reply) -> str:
    lines = body_lines(reply) + next_steps(reply)
    if reply.citations and reply.passages:
        quoted = sorted({passage.citation for passage in reply.passages})
        lines += ["", *(f"[{n + 1}] {reply.citations[n].label} ({reply.citations[n].source})" for n in quoted)]
    return "\n".join(lines)
