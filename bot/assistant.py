"""The assistant: a message in, a Reply out. It knows nothing of Slack or the terminal."""

from __future__ import annotations

import re
import unicodedata

from bot.extractive import passages_worth_quoting, quote
from bot.llm import LLMAnswerer
from bot.reply import Citation, Passage, Reply
from bot.settings import Settings
from knowledge.embeddings import load_embedder
from knowledge.index import Hit, KnowledgeIndex
from knowledge.text import CONTROL_ID, normalise_control_id

MAX_QUESTION_CHARS = 2000
CITATIONS_SHOWN = 5
HELP = re.compile(
    r"^\s*(?:help|\?+|hi|hello|hey|what can you do|how do i use (?:you|this|govbot)|who are you)\s*[?!.]*\s*$",
    re.IGNORECASE,
)


class InvalidQuestion(ValueError):
    """A question the assistant will not take; the message is fit to show the user."""


def tidy(question: str) -> str:
    """Drop control and formatting characters (they hide text and confuse matching)."""
    kept = "".join(ch if unicodedata.category(ch)[0] != "C" or ch in "\n\t" else " " for ch in question)
    return " ".join(kept.split())


class Assistant:
    def __init__(
        self,
        index: KnowledgeIndex,
        min_score: float = 0.45,
        governance_channel: str = "#ai-governance",
        llm: LLMAnswerer | None = None,
    ):
        self.index = index
        self.min_score = min_score
        self.governance_channel = governance_channel
        self.llm = llm

    @classmethod
    def from_settings(cls, settings: Settings) -> Assistant:
        embedder = load_embedder(settings.embedding_model)
        index = KnowledgeIndex(settings.data_dir, embedder, settings.chroma_url).open_for_search()
        llm = LLMAnswerer(settings.llm, settings.llm_timeout) if settings.llm else None
        return cls(index, settings.min_score, settings.governance_channel, llm)

    def answer(self, question: str) -> Reply:
        question = tidy(question)
        if not question:
            raise InvalidQuestion("ask a question, e.g. “can I put customer data into ChatGPT?”")
        if len(question) > MAX_QUESTION_CHARS:
            raise InvalidQuestion(f"that question is {len(question):,} characters long; ask in under {MAX_QUESTION_CHARS:,}")
        if HELP.match(question):
            return Reply(question, "help", self.help_text(), confident=True)
        return self.answer_policy_question(question)

    def help_text(self) -> str:
        return (
            "I answer questions about our AI policy and ISO/IEC 42001, quoting the documents and citing them.\n"
            "Try: “can I put customer data into an AI tool?”, “who approves new AI tools?”, "
            "“what does ISO 42001 expect from suppliers?”, “what is A.6.2.8 about?”.\n"
            f"When I don't know, I say so: ask the governance team in {self.governance_channel}."
        )

    def is_confident(self, question: str, hits: list[Hit]) -> bool:
        if not hits:
            return False
        named = {normalise_control_id(match) for match in CONTROL_ID.findall(question)}
        return hits[0].score >= self.min_score or (hits[0].control_id is not None and hits[0].control_id in named)

    def answer_policy_question(self, question: str) -> Reply:
        hits = self.index.search(question, limit=CITATIONS_SHOWN)
        citations = [
            Citation(hit.source, hit.title, hit.section, hit.control_id, hit.score, hit.heading) for hit in hits
        ]
        if not self.is_confident(question, hits):
            text = (
                "I don't know: nothing in our AI policy or the ISO/IEC 42001 guidance answers that closely enough, "
                f"and I would rather not guess. Ask the governance team in {self.governance_channel}."
            )
            return Reply(question, "policy_question", text, confident=False, citations=citations)
        chosen = passages_worth_quoting(hits, self.min_score)
        passages = [Passage(quote(question, hit.text, self.index.lexical), hits.index(hit)) for hit in chosen]
        synthesized = self.llm.answer(question, chosen) if self.llm else None
        if synthesized:
            sources = "\n".join(f"[{n}] {citations[p.citation].label} ({citations[p.citation].source})" for n, p in enumerate(passages, 1))
            text = f"{synthesized}\n\n{sources}"
        else:
            text = render_quotes(passages, citations)
        return Reply(question, "policy_question", text, confident=True, citations=citations, passages=passages)


def render_quotes(passages: list[Passage], citations: list[Citation]) -> str:
    lines = ["Here is what our governance documents say:"]
    for number, passage in enumerate(passages, 1):
        lines.append(f"\n“{passage.quote}” [{number}]")
    lines.append("")
    for number, passage in enumerate(passages, 1):
        citation = citations[passage.citation]
        lines.append(f"[{number}] {citation.label} ({citation.source})")
    return "\n".join(lines)
