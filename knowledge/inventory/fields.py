"""Text fields as people fill them in (a Slack form, a terminal prompt, a CSV cell): how long each
may be, how it is cleaned, and what counts as a web address. Registration, review and the CSV
import all check against these, and the database columns are sized by the same table."""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import urlparse

FIELD_CHARS = {
    "name": 120,
    "vendor": 120,
    "url": 500,
    "category": 80,
    "owner": 200,
    "aliases": 2000,  # all of a tool's other names, as one CSV cell holds them
    "conditions": 3000,
    "notes": 3000,
    "comment": 3000,  # a reviewer's comment, which becomes a tool's conditions or notes
    "requester_id": 64,
    "requester_name": 200,
    "purpose": 3000,
    "teams": 300,
    "integrations": 2000,
    "details": 5000,
}


def clean_text(value: object) -> str:
    """Strip control and invisible formatting characters; fold whitespace runs (not newlines)."""
    text = "" if value is None else str(value)
    text = "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch)[0] != "C")
    return "\n".join(" ".join(line.split()) for line in text.strip().splitlines()).strip()


def is_web_address(url: str) -> bool:
    """http(s), a dotted host name, and nothing that could break out of a link (<, >, |, quotes)."""
    if not re.fullmatch(r"https?://[^\s/?#<>|\"'`\\]+\.[^\s/?#<>|\"'`\\]+([/?#][^\s<>|\"`\\]*)?", url, re.IGNORECASE):
        return False
    host = urlparse(url).hostname or ""
    return bool(re.fullmatch(r"[\w-]+(\.[\w-]+)+", host))
