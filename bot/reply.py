"""What the assistant answers: text for any transport, plus the structure adapters render."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

INTENTS = ("policy_question", "tool_status", "register", "help")


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
        """"AI Acceptable Use Policy, 4.2 Confidential data" — the innermost heading names the section."""
        innermost = self.heading.split(" > ")[-1] if self.heading else ""
        return f"{self.title}, {innermost}" if innermost else self.title


@dataclass(frozen=True)
class Passage:
    quote: str
    citation: int  # index into Reply.citations


@dataclass(frozen=True)
class DataVerdict:
    """May the kind of data a tool question names go into that tool, and the sentence that says so."""

    kind: str  # as the policy's table names it
    data_class: str
    allowed: bool
    line: str


@dataclass
class Reply:
    question: str
    intent: str
    text: str
    confident: bool
    citations: list[Citation] = field(default_factory=list)
    passages: list[Passage] = field(default_factory=list)
    tool: dict | None = None
    suggested_tool: str | None = None  # a tool name to prefill a registration with
    data_verdict: DataVerdict | None = None  # for a tool question that names a kind of data
    # The answer in the assistant's own words, without the quoted passages and source list that
    # `text` ends with: adapters that render `passages` and `citations` themselves show this.
    summary: str = ""

    def to_json(self) -> dict:
        return {
            "question": self.question,
            "intent": self.intent,
            "text": self.text,
            "confident": self.confident,
            "citations": [asdict(citation) for citation in self.citations],
            "tool": self.tool,
            "data": {"kind": self.data_verdict.kind, "data_class": self.data_verdict.data_class, "allowed": self.data_verdict.allowed}
            if self.data_verdict else None,
        }
