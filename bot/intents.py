"""What a message asks for: help, a tool's status, registering a tool, or a policy question."""

from __future__ import annotations

import re
from dataclasses import dataclass

from knowledge.inventory import Resolution, ToolDirectory
from knowledge.inventory.matching import FILLER_WORDS, GENERIC_WORDS, is_generic, name_key

HELP = re.compile(
    r"^\s*(?:help|\?+|hi|hello|hey|what can you do|how do i use (?:you|this|govbot)|who are you)\s*[?!.]*\s*$",
    re.IGNORECASE,
)
REGISTER = re.compile(r"\bregister\b(?:\s+(?P<name>[^?!.\n]{1,80}))?", re.IGNORECASE)
# "is X approved", "can I use X for …", "status of X", "has X been approved": X may be unregistered.
STATUS_PATTERNS = [
    re.compile(
        r"\b(?:is|are|isn'?t|aren'?t)\s+(?:the\s+)?(?P<name>[\w .&+@'-]{2,60}?)\s+(?:an?\s+)?(?:approved|allowed|permitted|ok|okay|"
        r"fine|safe|sanctioned|authori[sz]ed|banned|blocked|registered|whitelisted|compliant|rejected)\b",
        re.IGNORECASE,
    ),
    re.compile(
        r"\b(?:can|could|may)\s+(?:i|we|you|my team|our team)\s+(?:use|try|install|sign up for|connect|use the)\s+"
        r"(?P<name>[\w .&+@'-]{2,60}?)(?:\s+(?:for|to|with|at|on|in|at work)\b|\s*[?!.,]|\s*$)",
        re.IGNORECASE,
    ),
    re.compile(r"\b(?:status of|what about|thoughts on|opinion on)\s+(?P<name>[\w .&+@'-]{2,60}?)\s*(?:[?!.,]|\s+for\b|$)", re.IGNORECASE),
    re.compile(r"\bhas\s+(?P<name>[\w .&+@'-]{2,60}?)\s+been\s+(?:approved|registered|reviewed|rejected|allowed)", re.IGNORECASE),
    re.compile(r"\ballowed to use\s+(?P<name>[\w .&+@'-]{2,60}?)(?:\s+(?:for|to|with|at|on|in)\b|\s*[?!.,]|\s*$)", re.IGNORECASE),
]
# "which AI tools are approved?", "what can I use for transcription?": a list, not one tool.
TOOL_LIST_PATTERNS = [
    re.compile(
        r"\b(?:which|what)\s+(?:\w+\s+){0,2}?(?:tools?|apps?|services?|assistants?|chatbots?|options?|software)\b"
        r".{0,60}?\b(?:approved|allowed|permitted|sanctioned|available|ok|okay|can|could|may)\b",
        re.IGNORECASE,
    ),
    re.compile(r"\bwhat\s+(?:can|could|may|should)\s+(?:i|we)\s+use\s+(?:for|to|with)\b", re.IGNORECASE),
    re.compile(r"\b(?:is|are)\s+there\s+(?:an?|any)\s+(?:approved\s+|allowed\s+)?(?:ai\s+)?(?:tools?|apps?|options?)\b", re.IGNORECASE),
    re.compile(r"^\s*(?:list|show)\b.{0,40}\b(?:tools|apps)\b", re.IGNORECASE),
]
MAX_NAME_WORDS = 4


@dataclass
class Intent:
    kind: str  # help | tool_status | tool_list | register | policy_question
    resolution: Resolution | None = None
    name: str | None = None  # the tool as the person named it (for unregistered tools and registration)


def tool_name_in(phrase: str | None) -> str | None:
    """A plausible tool name from a captured phrase, or None for "it", "AI", "customer data" and the like."""
    if not phrase:
        return None
    words = phrase.strip(" '\"").split()
    while words and words[0].lower() in FILLER_WORDS:
        words = words[1:]
    while words and words[-1].lower() in FILLER_WORDS and not _names_a_product(words):
        words = words[:-1]
    name = " ".join(words)
    if not name or is_generic(name) or len(words) > MAX_NAME_WORDS:
        return None
    if any(word in FILLER_WORDS - GENERIC_WORDS for word in name_key(name).split()):
        return None  # "customer data in it", "this for work": a sentence, not a name ("Character.ai" is one)
    return name


def _names_a_product(words: list[str]) -> bool:
    """"Jasper AI" is a product's name; the "AI" of "ChatGPT as an AI" is not part of one."""
    return len(words) > 1 and words[-1].lower() == "ai" and words[-2].lower() not in FILLER_WORDS


def classify(question: str, directory: ToolDirectory | None) -> Intent:
    if HELP.match(question):
        return Intent("help")
    register = REGISTER.search(question)
    if register:
        return Intent("register", name=tool_name_in(register.group("name")))
    if directory is None:
        return Intent("policy_question")
    resolution = directory.resolve(question)
    if resolution.tool or resolution.ambiguous:
        return Intent("tool_status", resolution=resolution, name=resolution.mention)
    if any(pattern.search(question) for pattern in TOOL_LIST_PATTERNS):
        return Intent("tool_list")
    for pattern in STATUS_PATTERNS:
        match = pattern.search(question)
        name = tool_name_in(match.group("name")) if match else None
        if name:
            return Intent("tool_status", resolution=resolution, name=name)
    return Intent("policy_question")
