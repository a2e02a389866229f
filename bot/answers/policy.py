"""Answers from the policy text: the sentence that decides the question first, then at most two
supporting quotes, each cited; or, when no sentence answers, nothing (the caller says "I don't know").

Where the deciding sentence gives a direct rule — a deadline or a frequency asked for, or a
prohibition of what the question asks permission for — the lead says so plainly before quoting it
("Within 24 hours: “…” [1]", "No: “Never …” [1]"). A verdict that might rest on a misread is not
given: a question with an "if" in it gets the rule, not a "No".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container
from dataclasses import dataclass, replace
from typing import overload

from bot.answers.sentences import (
    DEADLINE,
    DURATION,
    FREQUENCY,
    NUMBER,
    RETAINED,
    ROW_LEVEL,
    SEVERITY,
    Scored,
    fact_asked,
)
from bot.reply import Citation, Line, Passage
from knowledge.retrieval.index import Hit
from knowledge.retrieval.lexical import tokenize
from knowledge.retrieval.text import split_sentences

# Calibrated by bench/answers.py on its development split: the lowest sentence score at which
# answerable questions are answered while the questions the documents do not answer are refused.
ANSWER_THRESHOLD = 0.49
SUPPORT_MARGIN = 0.1  # a supporting quote scores within this of the lead
FACT_MARGIN = 0.15  # "how long…?": a sentence giving a duration leads over a better-scored one within this
MAX_SUPPORT = 2
# a word nearly as rare as the question's rarest names the case a later sentence of a quote refuses
# ("disciplinary" of "…take notes in a disciplinary hearing?", not "meeting" of "…for meeting minutes?")
CASE_SHARE = 0.75
EITHER_FIGURE = re.compile(rf"\b{NUMBER} or\s*$", re.IGNORECASE)  # what comes before "48 hours" in "24 or 48 hours"
NEAR_CHARS = 40  # how far after a deadline the words it is said of may be
ASKS_PERMISSION = re.compile(
    r"^\s*(?:(?:hey|so|ok|okay|quick question)[,:]?\s+)*"
    r"(?:can|may|could|cn|am i allowed|are we allowed|is it (?:ok|okay|fine|allowed|alright|acceptable)|"
    r"ok to|okay to|is it possible to)\b",
    re.IGNORECASE,
)
# a sentence giving examples of a situation, and the words of a rule (what may, must or does not happen)
EXAMPLES = re.compile(r"\b(?:for example|for instance|such as|e\.g\.)", re.IGNORECASE)
RULE_WORDS = re.compile(
    r"\b(?:must|may|should|never|not|cannot|only|need|needs|required|requires|allowed|permitted|prohibited)\b|n't\b",
    re.IGNORECASE,
)
CONDITIONAL = re.compile(r"\b(?:if|as long as|provided|unless|only when)\b", re.IGNORECASE)
PROHIBITS = re.compile(
    r"^(?:never|do not|don't|you must not|you may not|no one may|nobody may)\b"
    r"|\b(?:must not|may not|must never|must also not|may also not|is prohibited|are prohibited|"
    r"is not permitted|are not permitted|is not allowed|are not allowed)\b",
    re.IGNORECASE,
)


class Sources:
    """The citations of one answer, numbered in the order they are first quoted."""

    def __init__(self) -> None:
        self.citations: list[Citation] = []
        self._numbers: dict[tuple, int] = {}

    def cite(self, hit: Hit) -> int:
        key = hit.section_key
        if key not in self._numbers:
            self._numbers[key] = len(self.citations)
            self.citations.append(Citation(hit.source, hit.title, hit.section, hit.control_id, hit.score, hit.heading))
        return self._numbers[key]

    @overload
    def quote(self, sentence: Scored) -> Passage: ...
    @overload
    def quote(self, sentence: str, hit: Hit) -> Passage: ...  # text of `hit` that is no scored sentence

    def quote(self, sentence: Scored | str, hit: Hit | None = None) -> Passage:
        if isinstance(sentence, Scored):
            return Passage(sentence.text, self.cite(sentence.hit))
        if hit is None:
            raise TypeError("quoting plain text needs the section it comes from")
        return Passage(sentence, self.cite(hit))

    def line(self, sentence: Scored, says: str = "") -> Line:
        return Line(says, self.quote(sentence))

    def also(self, hits: list[Hit], limit: int) -> None:
        """List retrieved sections that were not quoted too (up to `limit` citations in all), so
        that retrieval can be audited."""
        for hit in hits:
            if len(self.citations) >= limit:
                return
            self.cite(hit)


def numbered_as_shown(
    citations: list[Citation], lead: list[Line], support: list[Line], referred: dict[int, int] | None = None
) -> tuple[list[Citation], list[Line], list[Line], dict[int, int]]:
    """The citations renumbered in the order they are first shown, the sections cited without a quote
    after them: an answer of two parts quotes its second part's lead before the first part's support,
    and "[2]" must not come before "[1]". `referred` maps a lead line to a citation its words point at
    (a data verdict's "[1]", the table row it quotes), shown there. Returns the new numbering too."""
    referred = referred or {}
    order: list[int] = []
    for position, line in enumerate([*lead, *support]):
        for number in (referred.get(position), line.quote.citation if line.quote else None):
            if number is not None and number not in order:
                order.append(number)
    order += [number for number in range(len(citations)) if number not in order]
    renumbered = {old: new for new, old in enumerate(order)}

    def moved(line: Line) -> Line:
        if line.quote is None:
            return line
        return replace(line, quote=replace(line.quote, citation=renumbered[line.quote.citation]))

    return (
        [citations[number] for number in order],
        [moved(line) for line in lead],
        [moved(line) for line in support],
        renumbered,
    )


@dataclass
class Found:
    """What the policy text says to one question: the deciding sentence and its support."""

    lead: Scored | None
    support: list[Scored]
    # what the question is about is known from its own words, so its best sentence answers whatever its
    # score: it names the control its best section is about ("A.6.2.8?"), or a personal edition whose
    # rule the sentence states (see Assistant.read_policy)
    subject_known: bool = False

    @property
    def confidence(self) -> float:
        """The lead's score; none for a lead that lacks the number or duration asked for, which
        no threshold would let answer."""
        return self.lead.score if self.lead and not self.lead.lacks else 0.0

    @property
    def answers(self) -> bool:
        """A sentence answers when it scores well enough and, asked "how many…?" or "how long…?",
        gives a number or a duration: one that shares every word but gives none does not answer."""
        if self.lead is None:
            return False
        return not self.lead.lacks and (self.subject_known or self.lead.score >= ANSWER_THRESHOLD)

    @property
    def deciding(self) -> Scored | None:
        """The lead when it answers the question, else None."""
        return self.lead if self.answers else None


def find(scored: list[Scored], exclude: Container[str] = frozenset(), rule_wanted: bool = False) -> Found:
    """The best sentence and up to two supporting ones (near it in score, not repeating it). With
    `rule_wanted` (the question asks whether something may be done), a best sentence that only gives
    examples of a situation ("…for example a CRM that starts drafting sales emails, an applicant tracking
    system that offers CV ranking…") gives way to the rule for it that follows ("The existing approval of
    the product does not cover the new AI feature…"), which it then supports."""
    candidates = [s for s in scored if s.text not in exclude]
    if not candidates:
        return Found(None, [])
    lead = candidates[0]
    if rule_wanted and EXAMPLES.search(lead.text) and not RULE_WORDS.search(lead.text):
        rule = next(
            (
                s
                for s in candidates
                if s.hit is lead.hit and s.position == lead.position + 1 and RULE_WORDS.search(s.text)
            ),
            None,
        )
        if rule is not None:  # it answers as well as the situation it is the rule for
            example, lead = lead, replace(rule, score=lead.score)
            candidates = [lead, example, *(s for s in candidates if s is not rule and s is not example)]
    stating = next((s for s in candidates if s.states), None)
    if stating is not None and not lead.states and stating.score >= lead.score - FACT_MARGIN:
        lead = stating
        candidates = [lead, *(s for s in candidates if s is not lead)]
    support: list[Scored] = []
    for sentence in candidates[1:]:
        if len(support) == MAX_SUPPORT or sentence.score < max(ANSWER_THRESHOLD, lead.score - SUPPORT_MARGIN):
            break
        if sentence.text == lead.text or any(sentence.text == s.text for s in support):
            continue
        support.append(sentence)
    return Found(lead, support)


def plain_rule(question: str, sentence: str, weight: Callable[[str], float] = lambda term: 0.0) -> str:
    """What the lead says before quoting: the deadline or frequency asked for, the severity level
    of the table row that fits, or "No" to a
    permission the sentence refuses; "" when the quote must speak for itself. A quote of several sentences
    refuses it by its first, or by a later one that speaks of what the question names in a word nearly as
    rare (`weight`, the corpus's) as the question's rarest: the case it is ("…Never use one in HR meetings
    (disciplinary, …)" refuses a disciplinary hearing, not meeting minutes)."""
    fact = fact_asked(question)
    if fact is DEADLINE:  # a time is said plainly, the event a deadline comes before is quoted
        fact = DURATION
    if fact in (DURATION, FREQUENCY, RETAINED):
        asked = set(tokenize(question))

        # "within 24 hours (within one hour for a secret…)": the one said of what the question names
        def said_of(match: re.Match) -> set[str]:  # the words after it, up to the next bracket or comma
            return set(tokenize(re.split(r"[(),;]", sentence[match.end() : match.end() + NEAR_CHARS])[0]))

        matches = sorted(fact.finditer(sentence), key=lambda m: -len(asked & said_of(m)))
        if matches:
            # "usually 24 or 48 hours": both figures, not the second alone
            alternative = EITHER_FIGURE.search(sentence, 0, matches[0].start())
            start = alternative.start() if alternative else matches[0].start()
            said = " ".join(sentence[start : matches[0].end()].split()).rstrip("'’")
            return said[0].upper() + said[1:]
    if fact is SEVERITY and (level := ROW_LEVEL.match(sentence)):  # a row of the severity table
        return f"Severity {' '.join(level.group().split())}"
    if ASKS_PERMISSION.search(question) and not CONDITIONAL.search(question) and refuses(question, sentence, weight):
        return "No"
    return ""


def refuses(question: str, quote: str, weight: Callable[[str], float]) -> bool:
    """Whether a quote refuses what the question asks leave for (see `plain_rule`)."""
    first, *rest = split_sentences(quote) or [quote]
    if PROHIBITS.search(first):
        return True
    asked, said_first = set(tokenize(question)), set(tokenize(first))
    rarest = max((weight(term) for term in asked), default=0.0)
    return any(
        weight(term) >= CASE_SHARE * rarest
        for later in rest
        if PROHIBITS.search(later)
        for term in asked & set(tokenize(later)) - said_first
    )
