"""What the assistant answers: a structure any transport renders, and its plain-text rendering.

An answer leads with what decides the question (`lead`: one line per part of the question), then
gives at most two supporting quotes, the tool card (the inventory's record of a tool the question
names), the data verdict, and follow-up actions. Every quote is a sentence of a cited document,
verbatim. The core writes no markup: Slack blocks (bot/slack/blocks/answer.py) and the terminal
(bot/terminal.py) format the structure their own way; `text` is the plain rendering.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from enum import StrEnum


class Intent(StrEnum):
    """What a message asks for (the `intent` of `ask --json`)."""

    help = "help"
    policy = "policy_question"
    tool_status = "tool_status"
    register = "register"
    incident = "incident"


class ActionKind(StrEnum):
    """Something the person can do next, which an adapter may offer as a button or a hint."""

    report_incident = "report_incident"
    register_tool = "register_tool"
    ask_governance = "ask_governance"


@dataclass(frozen=True)
class Citation:
    source: str
    title: str
    section: str | None
    control_id: str | None
    score: float
    heading: str = ""

    @property
    def label(self) -> str:
        """ "AI Acceptable Use Policy, 4.2 Confidential data" — the innermost heading names the section."""
        innermost = self.heading.split(" > ")[-1] if self.heading else ""
        return f"{self.title}, {innermost}" if innermost else self.title


@dataclass(frozen=True)
class Passage:
    """A quote: sentences of one cited document, verbatim, never elided."""

    quote: str
    citation: int  # index into Reply.citations


@dataclass(frozen=True)
class Line:
    """One line of the answer: govbot's own words (`says`), the quote that states it, or both."""

    says: str = ""
    quote: Passage | None = None


@dataclass(frozen=True)
class DataVerdict:
    """May the kind of data a tool question names go into that tool, and the sentence that says so."""

    kind: str  # as the policy's table names it
    data_class: str
    allowed: bool
    line: str


@dataclass(frozen=True)
class ToolCard:
    """What the inventory records about the tool a question names (or that it records nothing)."""

    name: str
    status: str  # a ToolStatus or RequestStatus value, or "unregistered"
    vendor: str = ""
    category: str = ""
    conditions: str = ""
    data_classification: str = ""
    owner: str = ""
    next_review: str = ""  # YYYY-MM-DD
    notes: str = ""
    request_id: int | None = None  # set while the tool is only an open registration request
    alternatives: tuple[str, ...] = ()  # approved tools of its category, for one that may not be used
    alternatives_for: str = ""  # that category
    bearing: str = ""  # the recorded condition that bears on the question, when one does
    noted: str = ""  # else the sentence of its notes that does ("Texts deleted after translation…")
    review_overdue_days: int = 0  # an approved tool whose re-review date has passed: by how many days

    @property
    def registered(self) -> bool:
        return self.status != "unregistered"

    def summary(self) -> dict:
        """The `tool` of `ask --json`."""
        return {
            "name": self.name,
            "vendor": self.vendor,
            "status": self.status,
            "conditions": self.conditions,
            "data_classification": self.data_classification,
        }


@dataclass(frozen=True)
class Action:
    kind: ActionKind
    tool: str | None = None  # the tool to register (register_tool)


@dataclass
class Reply:
    question: str
    intent: str
    text: str  # the plain-text rendering (bot/answers/render.py)
    confident: bool
    citations: list[Citation] = field(default_factory=list)
    lead: list[Line] = field(default_factory=list)  # what decides the question, one line per part
    support: list[Line] = field(default_factory=list)  # at most two more quotes per part
    card: ToolCard | None = None
    card_leads: bool = False  # the card is the answer (a status question), not context after it
    tools: list[ToolCard] = field(default_factory=list)  # a list of tools ("which tools are approved?")
    data_verdict: DataVerdict | None = None
    actions: list[Action] = field(default_factory=list)
    confidence: float = 0.0  # how well the best sentence answers the question (0..1); 1 for the inventory's own answers

    @property
    def tool(self) -> dict | None:
        """The tool a tool question is about, as the inventory records it (None when unregistered)."""
        return self.card.summary() if self.card and self.card.registered else None

    @property
    def suggested_tool(self) -> str | None:
        """A tool name to prefill a registration with."""
        return next((action.tool for action in self.actions if action.kind == ActionKind.register_tool), None)

    @property
    def passages(self) -> list[Passage]:
        """Every quote, in the order shown."""
        return [line.quote for line in [*self.lead, *self.support] if line.quote]

    def to_json(self) -> dict:
        return {
            "question": self.question,
            "intent": self.intent,
            "text": self.text,
            "confident": self.confident,
            "citations": [asdict(citation) for citation in self.citations],
            "tool": self.tool,
            "data": {
                "kind": self.data_verdict.kind,
                "data_class": self.data_verdict.data_class,
                "allowed": self.data_verdict.allowed,
            }
            if self.data_verdict
            else None,
            "lead": [line_json(line, self.citations) for line in self.lead],
            "quotes": [line_json(line, self.citations) for line in self.support],
            "card": asdict(self.card) if self.card else None,
            "actions": [{"kind": str(action.kind), "tool": action.tool} for action in self.actions],
            "confidence": round(self.confidence, 3),
        }


def line_json(line: Line, citations: list[Citation]) -> dict:
    """A line for `ask --json`: its words, its quote, and the number ([n]) of the quote's citation."""
    quote = line.quote
    return {
        "says": line.says,
        "quote": quote.quote if quote else None,
        "citation": quote.citation + 1 if quote else None,
    }
