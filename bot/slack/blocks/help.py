"""How to use govbot, in one message: `/aigov help`, "help" in a DM, and the App Home."""

from __future__ import annotations

from bot.slack.blocks.common import HEADER_CHARS, escape, mrkdwn, plain

HELP_TEXT = "How to use govbot: ask about our AI policy, check a tool, register a tool."


def help_blocks(governance_channel: str, review_channel: str | None, is_reviewer: bool) -> list[dict]:
    """`governance_channel`: where people ask a person; `review_channel`: where requests are posted."""
    governance = escape(governance_channel)
    review = review_channel
    topics = [
        (
            ":speech_balloon: *Ask about AI policy and ISO/IEC 42001*",
            "Mention me in a channel (I answer in the thread), send me a direct message, or type "
            "`/aigov &lt;question&gt;`. Follow-up questions in the same thread don't need a mention. "
            "Answers quote our documents and cite each passage (document, section, control). "
            "Tell me whether an answer helped with the :thumbsup: / :thumbsdown: buttons; "
            "*Ask the governance team* passes your question to a person.",
        ),
        (
            ":mag: *Check a tool*",
            "`/aigov status &lt;tool&gt;`, or just ask: “is Otter approved?”, “can I put customer data into Claude?”, "
            "“which tools are approved for transcription?”. You get its status, conditions, the data allowed and its "
            "owner; a yes or no when you name the data; the approved tools that fit when you ask which.",
        ),
        (
            ":memo: *Register a tool*",
            "`/aigov register [name]`, the *Register it* button on an answer about an unregistered tool, "
            "or say “I'd like to register &lt;tool&gt;”. The form is risk-triaged and reviewed; you get a DM "
            "when it is decided.",
        ),
        (
            ":rotating_light: *Report an AI incident*",
            "`/aigov incident`, the *Report an AI incident* button on your Home tab, or *Report it now* under "
            "an answer about something that went wrong. Answer what you know (“not sure” is fine); I tell "
            "you at once what to do next and by when. Honest, prompt reports are no-blame.",
        ),
        (
            ":house: *Your Home tab*",
            "Open govbot's Home tab to see how to use it and the status of your own registration requests.",
        ),
    ]
    if is_reviewer:
        where = f" in <#{review}>" if review else ""
        topics.append(
            (
                ":ballot_box_with_check: *Reviewing (you are a reviewer)*",
                f"New requests are posted{where} with their risk tier and Annex A checklist: Approve, "
                "Approve with conditions, Reject or Need more info. `/aigov queue` lists the pending requests; "
                "your Home tab shows them too, with re-reviews falling due and the unregistered tools "
                "people ask about most.",
            )
        )
    blocks: list[dict] = [{"type": "header", "text": plain("govbot: AI governance in Slack", HEADER_CHARS)}]
    blocks += [{"type": "section", "text": mrkdwn(f"{title}\n{body}")} for title, body in topics]
    blocks.append(
        {
            "type": "context",
            "elements": [mrkdwn(f"When I don't know, I say so. People answer in {governance}.")],
        }
    )
    return blocks
