"""The assistant: a message in, a Reply out. It knows nothing of Slack or the terminal."""

from __future__ import annotations

import re
import unicodedata

from bot.extractive import passages_worth_quoting, quote
from bot.intents import classify
from bot.llm import LLMAnswerer
from bot.reply import Citation, DataVerdict, Passage, Reply
from bot.settings import DEFAULT_MIN_SCORE, Settings
from knowledge.data_classes import DataKind, kind_of_data, read_data_kinds
from knowledge.inventory.database import Database
from knowledge.retrieval.embeddings import load_embedder
from knowledge.retrieval.index import Hit, KnowledgeIndex
from knowledge.inventory import Resolution, ToolDirectory, ToolRef, approved_tools, categories, get_tool, record_unregistered_ask
from knowledge.inventory.models import APPROVED_STATES, DataClass, RequestStatus, Tool, ToolStatus
from knowledge.retrieval.text import CONTROL_ID, normalise_control_id

MAX_QUESTION_CHARS = 2000
CITATIONS_SHOWN = 5
TOOLS_LISTED = 25  # a list longer than this points to the full inventory instead
STATUS_WORDS = {
    ToolStatus.approved: "approved",
    ToolStatus.approved_with_conditions: "approved with conditions",
    ToolStatus.rejected: "rejected",
    ToolStatus.retired: "retired",
    RequestStatus.pending: "pending review",
    RequestStatus.needs_info: "waiting for more information from the requester",
}
# What the policy says about using a tool in each state: the query that finds the one sentence
# of the policy that governs it (acceptable use §4.3 in the shipped policy).
POLICY_QUERIES = {
    ToolStatus.approved: "approved tools may be used with data up to the maximum classification recorded in the inventory entry",
    ToolStatus.approved_with_conditions: "tools approved with conditions may be used only within their recorded conditions",
    ToolStatus.rejected: "rejected and retired tools must not be used for work at all, even with public data",
    ToolStatus.retired: "rejected and retired tools must not be used for work at all, even with public data",
    RequestStatus.pending: "pending and needs_info tools may be used with public data only until the request is decided",
    RequestStatus.needs_info: "pending and needs_info tools may be used with public data only until the request is decided",
    "unregistered": "a tool not in the inventory is unregistered and must be registered before use with work data",
    "register": "when you submit, the request receives an inventory reference and the status pending",
}
# Finds the policy's table of common data types and their classes (acceptable use §3.5 in the
# shipped policy), from which "can I put customer data into Claude?" gets its answer.
DATA_TABLE_QUERY = "classification of common data types: the default class of each data type"
CATEGORY_HINTS = {  # words of a question that suggest what kind of tool an unregistered one is
    "image generation": r"\b(image|images|picture|illustration|logo|art|photo|video)\b",
    "meeting assistant": r"\b(meeting|meetings|transcri\w*|call notes|minutes|note.?taker)\b",
    "translation": r"\btranslat\w*\b",
    "code assistant": r"\b(code|coding|programming|developer|ide)\b",
    "writing": r"\b(writing|grammar|proofread\w*|copy ?writing|emails?)\b",
    "search": r"\b(search|research)\b",
    "hr / recruiting": r"\b(hiring|recruit\w*|candidates?|cv|résumé|resume)\b",
}


QUOTES_INTRO = "Here is what our governance documents say:"


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
        min_score: float = DEFAULT_MIN_SCORE,
        governance_channel: str = "#ai-governance",
        llm: LLMAnswerer | None = None,
        db: Database | None = None,
    ):
        self.index = index
        self.min_score = min_score
        self.governance_channel = governance_channel
        self.llm = llm
        self.db = db
        self.directory = ToolDirectory(db) if db is not None else None
        self._policy_passages: dict[str, tuple[Citation, str] | None] = {}
        self._data_table: tuple[list[DataKind], Citation] | None = None
        self._data_table_sought = False

    @classmethod
    def from_settings(cls, settings: Settings, db: Database | None = None) -> Assistant:
        embedder = load_embedder(settings.embedding_model)
        index = KnowledgeIndex(settings.data_dir, embedder, settings.chroma_url).open_for_search()
        llm = LLMAnswerer(settings.llm, settings.llm_timeout) if settings.llm else None
        return cls(index, settings.min_score, settings.governance_channel, llm, db)

    def answer(self, question: str) -> Reply:
        question = tidy(question)
        if not question:
            raise InvalidQuestion("ask a question, e.g. “can I put customer data into ChatGPT?”")
        if len(question) > MAX_QUESTION_CHARS:
            raise InvalidQuestion(f"that question is {len(question):,} characters long; ask in under {MAX_QUESTION_CHARS:,}")
        intent = classify(question, self.directory)
        if intent.kind == "help":
            return Reply(question, "help", self.help_text(), confident=True)
        if intent.kind == "register":
            return self.answer_register(question, intent.name)
        if intent.kind == "tool_status":
            return self.answer_tool_status(question, intent.resolution, intent.name)
        if intent.kind == "tool_list":
            return self.answer_tool_list(question)
        return self.answer_policy_question(question)

    def help_text(self) -> str:
        return (
            "I answer questions about our AI policy and ISO/IEC 42001, quoting the documents and citing them.\n"
            "Try: “can I put customer data into an AI tool?”, “who reviews AI tool requests?”, "
            "“what does ISO 42001 expect from suppliers?”, “what is A.6.2.8 about?”, “is Otter approved?”, “which tools can take customer data?”.\n"
            "To add a tool to the AI inventory, say “I'd like to register <tool>”.\n"
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
        summary = synthesized or QUOTES_INTRO
        return Reply(question, "policy_question", text, confident=True, citations=citations, passages=passages, summary=summary)

    # -- the inventory --------------------------------------------------------------------------

    def policy_passage(self, situation: str) -> tuple[Citation, str] | None:
        """The policy section that governs a tool in this situation, quoted (found once, then kept)."""
        if situation not in self._policy_passages:
            query = POLICY_QUERIES[situation]
            hits = self.index.search(query, limit=1)
            self._policy_passages[situation] = (
                (Citation(hits[0].source, hits[0].title, hits[0].section, hits[0].control_id, hits[0].score, hits[0].heading),
                 quote(query, hits[0].text, self.index.lexical, max_sentences=1))
                if hits and hits[0].score >= self.min_score else None
            )  # fmt: skip
        return self._policy_passages[situation]

    def data_table(self) -> tuple[list[DataKind], Citation] | None:
        """The policy's kinds of data with their classes, and where the policy lists them (found
        once, then kept); None when the knowledge base holds no such table."""
        if not self._data_table_sought:
            for hit in self.index.search(DATA_TABLE_QUERY, limit=3):
                kinds = read_data_kinds(hit.text)
                if hit.score >= self.min_score and len(kinds) >= 2:
                    self._data_table = (kinds, Citation(hit.source, hit.title, hit.section, hit.control_id, hit.score, hit.heading))
                    break
            self._data_table_sought = True
        return self._data_table

    def data_asked_about(self, question: str) -> tuple[DataKind, Citation] | None:
        table = self.data_table()
        kind = kind_of_data(question, table[0]) if table else None
        return (kind, table[1]) if kind else None

    def _with_policy(self, question: str, lines: list[str], situation: str | None, intent: str,
                     data: tuple[DataKind, Citation] | None = None, **reply) -> Reply:  # fmt: skip
        """The reply with its quoted sources: the row of the data table the question is about
        (when it names a kind of data), then the policy sentence governing the tool's status."""
        quoted = [(data[1], data[0].row)] if data else []
        quoted += [passage] if situation and (passage := self.policy_passage(situation)) else []
        citations = [citation for citation, _ in quoted]
        passages = [Passage(text, number) for number, (_, text) in enumerate(quoted)]
        summary = "\n".join(lines)
        if quoted:
            lines += ["", *(f"“{text}” [{number}]" for number, (_, text) in enumerate(quoted, 1)), ""]
            lines += [f"[{number}] {citation.label} ({citation.source})" for number, (citation, _) in enumerate(quoted, 1)]
        return Reply(question, intent, "\n".join(lines), confident=True, citations=citations, passages=passages, summary=summary, **reply)

    def answer_tool_status(self, question: str, resolution: Resolution | None, mention: str | None) -> Reply:
        data = self.data_asked_about(question)
        if resolution is not None and resolution.ambiguous:
            names = [ref.name for ref in resolution.candidates]
            lines = [f"Which one do you mean: {_sentence_list(names)}? Ask again with the full name."]
            verdict = self._verdict_whichever(data, resolution) if data else None
            if verdict:
                lines = [verdict.line, f"For the conditions of each, ask again with its full name: {_sentence_list(names)}."]
                return self._with_policy(question, lines, None, "tool_status", data, data_verdict=verdict)
            return Reply(question, "tool_status", lines[0], confident=True)
        ref = resolution.tool if resolution else None
        if ref is None:
            return self.answer_unregistered(question, mention or "", data)
        if ref.request_id is not None:
            lines = [
                f"*{ref.name}* is not approved yet: registration request #{ref.request_id} is "
                f"{STATUS_WORDS.get(ref.status, ref.status)}. Until it is decided, use it with public data only.",
            ]
            verdict = data_verdict(data, ref.name, *self._allowed_class(ref)) if data else None
            return self._with_policy(question, _led_by(verdict, lines), ref.status, "tool_status", data, data_verdict=verdict,
                                     tool={"name": ref.name, "vendor": ref.vendor, "status": ref.status, "conditions": "", "data_classification": "public"})  # fmt: skip
        tool = get_tool(self.db, ref.name)
        vendor = f" ({tool.vendor})" if tool.vendor else ""
        status = STATUS_WORDS.get(tool.status, tool.status)
        if tool.status in APPROVED_STATES:
            lines = [f"*{tool.name}*{vendor} is {status}."]
            if tool.conditions:
                lines.append(f"Conditions: {tool.conditions}")
            lines.append(f"Data allowed: up to {tool.data_classification}.")
            details = [f"Owner: {tool.owner}" if tool.owner else "", f"next review due {tool.next_review_due:%Y-%m-%d}" if tool.next_review_due else ""]
            if any(details):
                lines.append(" · ".join(part for part in details if part) + ".")
        else:
            lines = [f"*{tool.name}*{vendor} was {status}" + (f": {tool.notes}" if tool.notes else ".") + " Don't use it for work."]
            lines += self._alternatives(tool.category, tool.name)
        verdict = data_verdict(data, tool.name, highest_class_allowed(tool), tool.conditions) if data else None
        return self._with_policy(question, _led_by(verdict, lines), tool.status, "tool_status", data, data_verdict=verdict, tool=tool.summary())

    def _allowed_class(self, ref: ToolRef) -> tuple[DataClass | None, str]:
        """The highest class a tool or requested tool may take now (None: no work data), and its conditions."""
        if ref.request_id is not None:
            return DataClass.public, ""
        tool = get_tool(self.db, ref.name)
        return highest_class_allowed(tool), tool.conditions

    def _verdict_whichever(self, data: tuple[DataKind, Citation], resolution: Resolution) -> DataVerdict | None:
        """For an ambiguous name: the data verdict when every tool it may mean gives the same one."""
        kind = data[0]
        if kind.never_allowed:
            return data_verdict(data, "", None, "")
        allowed = [self._allowed_class(ref) for ref in resolution.candidates]
        permitted = {highest is not None and kind.allowed_in(highest) for highest, _ in allowed}
        if len(permitted) > 1:
            return None  # it depends on which tool: the question back says so
        candidates = [f"*{ref.name}*" for ref in resolution.candidates]
        if permitted == {True}:
            within = ", within their conditions" if any(conditions for _, conditions in allowed) else ""
            line = f"Yes{within}, whichever you mean: {classed(kind)}, and {_sentence_list(candidates, 'and')} may all take {kind.data_class} data."
        else:
            nobody = f"neither {candidates[0]} nor {candidates[1]}" if len(candidates) == 2 else f"none of {_sentence_list(candidates)}"
            line = f"No, whichever you mean: {classed(kind)}, and {nobody} may take {kind.data_class} data."
        return DataVerdict(kind.name, str(kind.data_class), permitted == {True}, line)

    def _alternatives(self, category: str, excluding: str = "") -> list[str]:
        alternatives = approved_tools(self.db, category, excluding) if category else []
        if not alternatives:
            return []
        names = [f"*{tool.name}*" for tool in alternatives[:3]]
        return [f"Approved instead for {category}: {_sentence_list(names, 'and')}."]

    def answer_unregistered(self, question: str, name: str, data: tuple[DataKind, Citation] | None = None) -> Reply:
        record_unregistered_ask(self.db, name)
        lines = [
            f"*{name}* is not registered in our AI tool inventory, so it is not approved for work data.",
            f"To register it, say “I'd like to register {name}” (or run `govbot register --name \"{name}\"`); "
            f"the governance team reviews it. Questions: {self.governance_channel}.",
        ]
        lines += self._alternatives(self.category_asked_about(question))
        verdict = data_verdict(data, name, None, "") if data else None
        return self._with_policy(question, _led_by(verdict, lines), "unregistered", "tool_status", data, data_verdict=verdict, suggested_tool=name)

    def category_asked_about(self, question: str, hints: bool = True) -> str:
        """The category of tool a question is about: one the inventory uses, named or (with
        `hints`) hinted at."""
        named = [c for c in categories(self.db) if re.search(rf"\b{re.escape(c)}\b", question, re.IGNORECASE)]
        hinted = [c for c, pattern in CATEGORY_HINTS.items() if re.search(pattern, question, re.IGNORECASE)] if hints else []
        return next(iter(named + hinted), "")

    def answer_tool_list(self, question: str) -> Reply:
        """"Which tools are approved (for images, for customer data)?": the approved tools that fit."""
        data = self.data_asked_about(question)
        kind = data[0] if data else None
        # A question about data names it in words the hints would take for a purpose ("source code").
        category = self.category_asked_about(question, hints=kind is None)
        if kind and kind.never_allowed:
            verdict = data_verdict(data, "", None, "")
            return self._with_policy(question, [verdict.line], None, "tool_status", data, data_verdict=verdict)
        tools = [tool for tool in approved_tools(self.db, category) if not kind or kind.allowed_in(tool.data_classification)]
        for_category = f" for {category}" if category else ""
        taking = f" that may take “{kind.short_name}” ({kind.data_class} [1])" if kind else ""
        if not tools:
            lines = [f"No AI tool{for_category}{taking} is approved yet.",
                     f"To propose one, say “I'd like to register <tool>”; the governance team reviews it. Questions: {self.governance_channel}."]  # fmt: skip
            return self._with_policy(question, lines, None if kind else ToolStatus.approved, "tool_status", data)
        lines = [f"Approved AI tools{for_category}{taking}:"]
        for tool in tools[:TOOLS_LISTED]:
            how = "with conditions" if tool.status == ToolStatus.approved_with_conditions else "approved"
            lines.append(f"• *{tool.name}*" + (f" ({tool.vendor})" if tool.vendor else "")
                         + (f", {tool.category}" if tool.category and not category else "") + f": {how}, data up to {tool.data_classification}")  # fmt: skip
        if len(tools) > TOOLS_LISTED:
            lines.append(f"…and {len(tools) - TOOLS_LISTED} more: `govbot inventory list --status approved` lists them all.")
        lines.append(f"Ask about one for its conditions, e.g. “is {tools[0].name} approved?”")
        return self._with_policy(question, lines, ToolStatus.approved, "tool_status", data)

    def answer_register(self, question: str, name: str | None) -> Reply:
        what = f"*{name}*" if name else "a new AI tool"
        lines = [
            f"To register {what}, fill in the registration form: in Slack, `/aigov register"
            + (f" {name}`" if name else "`") + " opens it; in a terminal, run `govbot register"
            + (f' --name "{name}"`' if name else "`") + ". It asks what the tool is for, who will use it, what data it will"
            " touch and how the vendor treats that data; the request is then risk-triaged and reviewed.",
        ]
        return self._with_policy(question, lines, "register", "register", suggested_tool=name)


def data_verdict(data: tuple[DataKind, Citation], tool: str, allowed: DataClass | None, conditions: str) -> DataVerdict:
    """May the kind of data asked about go into the tool? `allowed` is the highest class the tool
    may take (public while its request is open), None when it may take no work data at all.
    The answer's line cites the table row, which the reply quotes first ([1])."""
    kind = data[0]
    permitted = allowed is not None and kind.allowed_in(allowed)
    if kind.never_allowed:
        line = f"No: {classed(kind)}, never to go into any AI tool."
    elif permitted:
        line = f"Yes{', within its conditions' if conditions else ''}: {classed(kind)}, and *{tool}* is approved for data up to {allowed}."
    elif allowed is None:
        line = f"No: {classed(kind)}, and *{tool}* may not be used with work data at all."
    elif allowed == DataClass.public:
        line = f"No: {classed(kind)}, and *{tool}* may be used with public data only until its review is decided."
    else:
        line = f"No: {classed(kind)}, and *{tool}* is approved for data up to {allowed} only."
    return DataVerdict(kind.name, str(kind.data_class), permitted, line)


def classed(kind: DataKind) -> str:
    """What the policy says of the data, pointing at the quoted table row ([1])."""
    return f"the policy classes “{kind.short_name}” as {kind.data_class} [1]"


def highest_class_allowed(tool: Tool) -> DataClass | None:
    """The highest class of data a tool may take now; None when it may take no work data."""
    return DataClass(tool.data_classification) if tool.status in APPROVED_STATES else None


def _led_by(verdict: DataVerdict | None, lines: list[str]) -> list[str]:
    return [verdict.line, *lines] if verdict else lines


def _sentence_list(names: list[str], conjunction: str = "or") -> str:
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} {conjunction} {names[-1]}"


def render_quotes(passages: list[Passage], citations: list[Citation]) -> str:
    lines = [QUOTES_INTRO]
    for number, passage in enumerate(passages, 1):
        lines.append(f"\n“{passage.quote}” [{number}]")
    lines.append("")
    for number, passage in enumerate(passages, 1):
        citation = citations[passage.citation]
        lines.append(f"[{number}] {citation.label} ({citation.source})")
    return "\n".join(lines)
