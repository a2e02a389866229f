"""Escaping and Slack's Block Kit limits, shared by every surface.

Limits from Slack's Block Kit reference: a message holds at most 50 blocks, a modal or the Home
tab 100; a section's text at most 3,000 characters; a header's 150; a button's text 75 and its
value 2,000; a modal's title, submit and close 24; private_metadata 3,000.
"""

from __future__ import annotations

MESSAGE_BLOCKS = 50
VIEW_BLOCKS = 100
SECTION_CHARS = 3000
HEADER_CHARS = 150
BUTTON_TEXT_CHARS = 75
BUTTON_VALUE_CHARS = 2000
MODAL_TITLE_CHARS = 24
PRIVATE_METADATA_CHARS = 3000
MESSAGE_TEXT_CHARS = 40_000
ELLIPSIS = "…"


def escape(text: str) -> str:
    """User-supplied text made inert in mrkdwn: `<!channel>`, `<@U123>` and `<http://x|y>` show as
    typed and never ping anyone or disguise a link. Slack asks for exactly these three escapes."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def clip(text: str, limit: int) -> str:
    """At most `limit` characters, ending in … when cut (never cutting an &amp; escape in half)."""
    if len(text) <= limit:
        return text
    cut = text[: limit - len(ELLIPSIS)]
    amp = cut.rfind("&")
    if amp != -1 and ";" not in cut[amp:]:
        cut = cut[:amp]
    return cut + ELLIPSIS


def split_text(text: str, limit: int = SECTION_CHARS) -> list[str]:
    """Long mrkdwn cut into pieces of at most `limit` characters, at paragraph, line or word
    boundaries where there is one, never inside an &amp; escape."""
    pieces: list[str] = []
    rest = text
    while len(rest) > limit:
        window = rest[:limit]
        cut = max(window.rfind("\n\n"), window.rfind("\n"), window.rfind(" "))
        if cut < limit // 2:
            cut = limit
            amp = window.rfind("&")
            if amp != -1 and ";" not in window[amp:]:
                cut = amp
        pieces.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    if rest:
        pieces.append(rest)
    return pieces


def plain(text: str, limit: int) -> dict:
    return {"type": "plain_text", "text": clip(text, limit) or " ", "emoji": True}


def mrkdwn(text: str) -> dict:
    return {"type": "mrkdwn", "text": clip(text, SECTION_CHARS) or " "}


def sections(text: str) -> list[dict]:
    """mrkdwn of any length as as many section blocks as it takes."""
    return [{"type": "section", "text": mrkdwn(piece)} for piece in split_text(text)]


def button(text: str, action_id: str, value: str = "", style: str | None = None) -> dict:
    element = {"type": "button", "text": plain(text, BUTTON_TEXT_CHARS), "action_id": action_id}
    if value:
        element["value"] = value[:BUTTON_VALUE_CHARS]
    if style:
        element["style"] = style
    return element


def cap_blocks(blocks: list[dict], limit: int, note: str = "…more than fits here.") -> list[dict]:
    """At most `limit` blocks; when some are dropped, the last one says so."""
    if len(blocks) <= limit:
        return blocks
    return blocks[: limit - 1] + [{"type": "context", "elements": [mrkdwn(note)]}]


def notice_modal(title: str, text: str) -> dict:
    """A modal that only tells something, such as what became of a form just submitted."""
    return {
        "type": "modal",
        "title": plain(title, MODAL_TITLE_CHARS),
        "close": plain("Close", MODAL_TITLE_CHARS),
        "blocks": sections(text)[:5],
    }
