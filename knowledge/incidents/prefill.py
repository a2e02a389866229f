"""A report started from a question ("I pasted a customer list into ChatGPT, what should I do?"):
the answers the question already gives, for the reporter to check and correct in the form.
A guess, never a verdict: the reporter submits what the form says, and triage reads that."""

from __future__ import annotations

import re

from knowledge.incidents.vocabulary import DataInvolved, IncidentKind
from knowledge.inventory.directory import ToolDirectory

# The words the policy's own examples use for each kind of data (Acceptable Use §3.5, §7.1).
DATA_WORDS = {
    DataInvolved.secrets: r"passwords?|api[ -]?keys?|access tokens?|tokens?|secrets?|credentials?|private keys?"
    r"|connection strings?|session cookies?|recovery codes?",
    DataInvolved.personal: r"personal data|pii|customer (?:list|data|names|emails?|records?)|patients?|salar(?:y|ies)"
    r"|health data|cvs?|résumés?|resumes?|home address(?:es)?",
    DataInvolved.confidential: r"confidential|source code|client code|contracts?",
}
NEAR_MISS = r"\b(?:almost|nearly|about to|just before|before I (?:pressed|hit|sent))\b"
PROMPT_INJECTION = r"\bprompt injection|injected instructions?\b"


def prefill_from_question(question: str, directory: ToolDirectory | None = None) -> dict:
    """Form fields the question answers: summary (the question), and where it says so, the kind,
    the data involved and the inventory tool it names."""
    found: dict = {"summary": question.strip()}
    data = [kind for kind, words in DATA_WORDS.items() if re.search(rf"\b(?:{words})\b", question, re.IGNORECASE)]
    if data:
        found["data_involved"] = [str(kind) for kind in data]
    if re.search(NEAR_MISS, question, re.IGNORECASE):
        found["kind"] = IncidentKind.near_miss
    elif re.search(PROMPT_INJECTION, question, re.IGNORECASE):
        found["kind"] = IncidentKind.prompt_injection
    elif data:
        found["kind"] = IncidentKind.data_exposed
    if directory is not None:
        resolution = directory.resolve(question)
        if resolution.tool is not None and resolution.tool.request_id is None:
            found["tool"] = resolution.tool.name
    return found
