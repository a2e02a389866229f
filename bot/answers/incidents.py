"""Answers to something that already happened — data pasted into the wrong tool, a key exposed, a
vendor breached, wrong output sent to a client: the incident procedure first, whatever tool the
question names.

The lead is the policy's sentence with the reporting deadline that fits the case best (one hour
for a credential, immediately for personal data, 24 hours otherwise; a deadline said of one case is
never given for another), then where to report it when
that sentence does not say, then the first containment step. The sentences come from the sections
the question retrieves and from the policy's incident procedure, found once by the queries below
(acceptable use §10.1 and incident reporting §3 in the shipped policies).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.answers.data import CREDENTIALS
from bot.answers.policy import find
from bot.answers.sentences import DURATION, ROW_LEVEL, Scored, SentenceScorer, topic_of
from knowledge.retrieval.index import Hit, KnowledgeIndex
from knowledge.retrieval.lexical import tokenize

PROCEDURE_QUERIES = [
    "if you pasted something you should not have into an AI tool act straight away and report it",
    "reporting deadlines for an AI incident: report within 24 hours",
    "where to report an AI incident: the security incident form",
    "immediate containment steps while you report an AI incident",
]
PROCEDURE_SECTIONS = 2  # per query
# The policy's account of what counts as an incident: the section this query finds first, and the
# sections under it (data put into the wrong tool, harmful output, prompt injection, near misses…).
KINDS_QUERY = "what counts as an AI incident"
KINDS_SECTIONS = 12  # sections read for the kinds: the account of what counts and its subsections
KIND_RANKS = 20  # how far down the question's own retrieval its kind's section may rank
# Below this, the best sentence of the kind's section is about something else (a case that fits
# no kind well: the procedure alone answers).
KIND_MIN_SCORE = 0.25
# The policy's table of severity levels: its rows ("2 – High: …") say what each level covers and how fast it is met
SEVERITY_QUERY = "severity levels of an AI incident: critical, high, medium, low, acknowledge within"
SEVERITY_SECTIONS = 3
# Data someone put into a tool ("pasted a salary sheet into gemini"), and the words that rank its kind of incident
DATA_ENTERED = re.compile(
    r"\b(?:pasted|uploaded|fed|dropped|put|typed|entered|copied|dumped|loaded|attached)\b[^.?!]{0,60}"
    r"\b(?:into|in to|in|to)\b",
    re.IGNORECASE,
)
DATA_ENTERED_TOPIC = "work data entered into an AI tool"
REPORTS = re.compile(r"\breport(?:s|ed|ing)?\b", re.IGNORECASE)  # not "the reporter"
# "a SOC 2 Type II report issued within the last 12 months", "delaying a report beyond 24 hours": a
# report the sentence names, not one it asks for ("The Tool Owner must report … within ten business days")
NAMES_A_REPORT = re.compile(
    r"\b(?:a|an|the|this|that|its|their|our|your|any|each|every)\s+"
    r"(?:(?!(?:must|will|should|to|can|may|shall|would|could|and|or)\b)[\w/-]+\s+){0,4}$",
    re.IGNORECASE,
)
DEADLINE_AFTER_CHARS = 90  # "Report an AI incident as soon as you become aware of it, and in any case within 24 hours"
ROUTE = re.compile(r"\bincident form\b|\bon-call\b|#[a-z][\w-]+|\bSecurity Operations\b", re.IGNORECASE)
STEP = re.compile(
    r"^(?:stop|rotate|revoke|note|record|delete|disconnect|tell|remove|do not|if it was)\b", re.IGNORECASE
)
CASE_AFTER = re.compile(r"\s+(?:any|if|when|whenever|where)\b", re.IGNORECASE)
REPORT_EARLY = re.compile(r"^\W*(?:\S+\s+){0,6}report", re.IGNORECASE)
# Personal data by the names people give it
PERSONAL_DATA = (
    r"\bpersonal (?:data|details|info\w*)\b|\bpii\b|\baddress(?:es)?\b|\bsalar(?:y|ies)\b|\bhealth\b|\bcvs?\b"
    r"|\brésumés?\b|\bresumes\b|\bpayroll\b|\bsick\b"
)
# The case an incident is, in the words the procedure uses for it (people named are read as their data).
CASES = {
    CREDENTIALS: "secret credential",
    rf"{PERSONAL_DATA}|\bcustomers?\b|\bloyalty\b|\bstaff\b|\bemployees?\b|\bcandidates?\b|\bapplicants?\b": (
        "personal data breach"
    ),
    r"\bvendors?\b|\bbreach(?:ed)?\b|\bhacked\b|\bcompromised\b"
    r"|\bgot into\b": "vendor security breach account compromise",
    r"\bwrong\b|\binaccurate\b|\bincorrect\b|\bmistakes?\b|\bclient\b": "output reached a client",
}
_CASES = [(re.compile(pattern, re.IGNORECASE), words) for pattern, words in CASES.items()]
# A deadline said of one case ("Suspected personal data breach: report immediately.", "Exposed
# credentials or secrets: … report within one hour") is that case's, named before it says to report.
CASE_NAMED = {
    "personal data breach": re.compile(r"\bpersonal data\b", re.IGNORECASE),
    "secret credential": re.compile(r"\bsecrets?\b|\bcredentials?\b|\bpasswords?\b|\bkeys?\b", re.IGNORECASE),
}


# A case told in so many words, for which a deadline set for that case is given before any other: a key or a
# password is a secret, and addresses or salaries are personal data; "the client's customers got their parcels
# late" tells of customers, not of their data.
CASE_TOLD = {
    "secret credential": re.compile(CREDENTIALS, re.IGNORECASE),
    "personal data breach": re.compile(
        rf"{PERSONAL_DATA}|\bphone numbers?\b"
        r"|\b(?:customer|client|staff|employee|candidate|patient)s?'? (?:list|names|details|records|data)\b",
        re.IGNORECASE,
    ),
}
# "Report it within 24 hours (within one hour for a secret or credential, immediately for personal data)": a
# deadline the sentence gives for a case of its own, after its general one
DEADLINE_FOR_CASE = re.compile(rf"(?P<deadline>{DURATION.pattern})\s+for\s+(?P<case>[^,;()]+)", re.IGNORECASE)


def says_to_report_within(sentence: str) -> bool:
    """Whether a sentence sets a deadline to report: a time after "report" ("Report … within 24 hours",
    "report immediately"), not one said before it ("the GDPR 72-hour clock … a day's delay in reporting")."""
    return _deadline_to_report(sentence) is not None


def deadline_in(sentence: str) -> re.Match | None:
    """The time a sentence gives to report in ("…rotate or revoke them immediately and report within one
    hour": within one hour), else the first it gives."""
    return _deadline_to_report(sentence) or DURATION.search(sentence)


def deadline_for_case(sentence: str, cases: tuple[str, ...]) -> re.Match | None:
    """The time a sentence gives to report in for one of the question's `cases`, if it gives one: said for it
    ("…within one hour for a secret or credential" of a leaked key), or said of it before it says to report
    ("Exposed credentials or secrets: … report within one hour")."""
    for said in DEADLINE_FOR_CASE.finditer(sentence):
        if _cases_named(said.group("case")) & set(cases):
            return DURATION.search(sentence, said.start("deadline"), said.end("deadline"))
    return deadline_in(sentence) if _cases_named_before_report(sentence) & set(cases) else None


def _cases_named(text: str) -> set[str]:
    """The cases a text names in the procedure's words for them (CASE_NAMED)."""
    return {case for case, named in CASE_NAMED.items() if named.search(text)}


def _cases_named_before_report(sentence: str) -> set[str]:
    """The cases a sentence names before it says to report ("Suspected personal data breach: report…")."""
    report = REPORTS.search(sentence)
    return _cases_named(sentence[: report.start()] if report else "")


def _deadline_to_report(sentence: str) -> re.Match | None:
    """The first time given after a "report" that asks for one (not "a SOC 2 report issued within…")."""
    after = (
        _deadline_after(sentence, report)
        for report in REPORTS.finditer(sentence)
        if not NAMES_A_REPORT.search(sentence, 0, report.start())
    )
    return next((match for match in after if match), None)


def _deadline_after(sentence: str, report: re.Match) -> re.Match | None:
    """The time a sentence gives within DEADLINE_AFTER_CHARS after this "report", if any."""
    return DURATION.search(sentence, report.end(), report.end() + DEADLINE_AFTER_CHARS)


def cases_of(question: str) -> list[str]:
    """The cases the question tells of, each in the words the incident procedure uses for it."""
    return [words for pattern, words in _CASES if pattern.search(question)]


def reading(question: str, said: str | None = None) -> str:
    """A message as the incident procedure reads it: as said (the question, or retrieval's topic of it),
    then the cases it tells of in the procedure's words."""
    return " ".join([question if said is None else said, *cases_of(question)])


def fits_the_case(sentence: str, cases: list[str]) -> bool:
    """Whether a deadline sentence is said of the question's `cases`: one said of a particular case
    (before it says to report) fits only a question about that case, and one that names its case after
    the deadline ("Report immediately if you learn of a security problem affecting an AI vendor…")
    fits only a question whose case it names."""
    report = REPORTS.search(sentence)
    deadline = _deadline_after(sentence, report) if report else None
    if deadline is not None and CASE_AFTER.match(sentence, deadline.end()):
        return bool(set(tokenize(sentence[deadline.end() :])) & set(tokenize(" ".join(cases))))
    return _cases_named_before_report(sentence) <= set(cases)


@dataclass
class Procedure:
    """The incident procedure for one question: the deadline sentence, where to report (when the
    deadline sentence does not say) and the first step."""

    deadline: Scored | None
    route: Scored | None
    step: Scored | None
    cases: tuple[str, ...] = ()  # the cases told in so many words (CASE_TOLD), in the procedure's words

    @property
    def lines(self) -> list[Scored]:
        return [s for s in (self.deadline, self.route, self.step) if s is not None]

    def kind_said(self, kind: Scored) -> str:
        """ "Report it within 24 hours. It counts as an incident under “Prompt injection…”:": the
        deadline in govbot's words (the procedure's for the case told, else the kind's own where its sentence
        gives one, "Report immediately if you learn of a security problem…"), and the kind of incident it is, by
        its section's title."""
        # a deadline the procedure sets for the very case told comes first: tighter deadlines "apply in some cases"
        case = deadline_for_case(self.deadline.text, self.cases) if self.deadline else None
        match = case or deadline_in(kind.text) or (deadline_in(self.deadline.text) if self.deadline else None)
        report = f"{_report_it(match)}." if match else "Report it."
        under = f" under “{topic_of(kind.hit.heading)}”" if ">" in kind.hit.heading else ""
        return f"{report} It counts as an incident{under}:"

    def says(self) -> str:
        """The lead's own words: "Report it within 24 hours", unless the quote starts by saying so."""
        if self.deadline is None or REPORT_EARLY.search(self.deadline.text):
            return ""
        match = deadline_for_case(self.deadline.text, self.cases) or deadline_in(self.deadline.text)
        return _report_it(match) if match else ""


class IncidentProcedure:
    def __init__(self, index: KnowledgeIndex, scorer: SentenceScorer, min_score: float):
        self.index = index
        self.scorer = scorer
        self.min_score = min_score
        self._sections: list[Hit] | None = None
        self._kinds: list[Hit] | None = None
        self._severity_rows: dict[int, Scored] | None = None

    def sections(self) -> list[Hit]:
        """The sections that set out the procedure (found once, then kept)."""
        if self._sections is None:
            found: dict[tuple, Hit] = {}
            for query in PROCEDURE_QUERIES:
                for hit in self.index.search(query, limit=PROCEDURE_SECTIONS):
                    if hit.score >= self.min_score:
                        found.setdefault(hit.section_key, hit)
            self._sections = list(found.values())
        return self._sections

    def kinds(self) -> list[Hit]:
        """The sections that say what counts as an incident (found once, then kept)."""
        if self._kinds is None:
            hits = [hit for hit in self.index.search(KINDS_QUERY, limit=KINDS_SECTIONS) if hit.score >= self.min_score]
            top = _top_heading(hits[0]) if hits else None
            self._kinds = [hit for hit in hits if _top_heading(hit) == top]
        return self._kinds

    def severity_row(self, level: int) -> Scored | None:
        """The severity table's row for `level` ("2 – High: …"), if the documents have the table (read once)."""
        if self._severity_rows is None:
            hits = [
                hit for hit in self.index.search(SEVERITY_QUERY, limit=SEVERITY_SECTIONS) if hit.score >= self.min_score
            ]
            self._severity_rows = {}
            for scored in self.scorer.score(SEVERITY_QUERY, hits):
                if found := ROW_LEVEL.match(scored.text):
                    self._severity_rows.setdefault(int(found.group()[0]), scored)
        return self._severity_rows.get(level)

    def kind_of(self, question: str, topic: str, ignore: str) -> Scored | None:
        """The sentence that says the case the question tells of counts as an incident, if one does:
        from the section on incidents of its kind that retrieval ranks first for the question (the
        case is told in the background, "…hidden white text in the pdf. report or not?", so the whole
        question is read)."""
        kinds = {hit.section_key for hit in self.kinds()}
        # ("i pasted a client list into chatgpt, do i need to report it?": data put into a tool, whatever the data
        # says of clients; not output that reached one)
        ranked_by = f"{topic} {DATA_ENTERED_TOPIC}" if DATA_ENTERED.search(question) else topic
        section = next(
            (hit for hit in self.index.search(ranked_by, limit=KIND_RANKS) if hit.section_key in kinds), None
        )
        read = reading(question, topic)
        # A long message may rank none of them well (the checksum that does not match is a few words
        # among many): then every kind's sentences are read, and the best, if good enough, says which.
        for sections in ([section] if section is not None else [], self.kinds()):
            scored = self.scorer.score(read, sections, ignore=ignore, asked=question)
            if scored and scored[0].score >= KIND_MIN_SCORE:
                return scored[0]
        return None

    def answer_within(self, question: str, asked: str, ignore: str) -> Scored | None:
        """The sentence of the procedure's sections that answers a question about one of its steps,
        if one does."""
        return find(self.scorer.score(question, self.sections(), ignore=ignore, asked=asked)).deciding

    def readings(self, question: str, kind_topic: str | None = None) -> list[str]:
        """What `for_question` reads of a message, and `kind_of` when it is to be asked with this topic: for
        an answer to embed together with its own reading (SentenceScorer.read_together)."""
        return [reading(question), *([reading(question, kind_topic)] if kind_topic is not None else [])]

    def for_question(self, question: str, hits: list[Hit]) -> Procedure:
        """The procedure sentences that fit the question best, from its own sections and the procedure's."""
        sections = list({hit.section_key: hit for hit in [*hits[:3], *self.sections()]}.values())
        cases = cases_of(question)
        scored = self.scorer.score(reading(question), sections)  # in the procedure's words too
        # a deadline to report an incident is the incident procedure's: "The Tool Owner must report the
        # following to the reviewers within ten business days: a security breach…" is another duty
        procedure = {hit.section_key for hit in [*self.sections(), *self.kinds()]}
        deadlines = (s for s in scored if s.hit.section_key in procedure and says_to_report_within(s.text))
        deadline = next((s for s in deadlines if fits_the_case(s.text, cases)), None)
        route = None
        if deadline is None or not ROUTE.search(deadline.text):
            route = next(
                (s for s in scored if s is not deadline and REPORTS.search(s.text) and ROUTE.search(s.text)), None
            )
        step = next((s for s in scored if s not in (deadline, route) and STEP.search(s.text)), None)
        told = tuple(case for case in cases if case in CASE_TOLD and CASE_TOLD[case].search(question))
        return Procedure(deadline, route, step, told)


def _report_it(deadline: re.Match) -> str:
    """ "Report it within 24 hours", from the time a sentence gives."""
    return f"Report it {' '.join(deadline.group().split())}"


def _top_heading(hit: Hit) -> str:
    return hit.heading.split(">")[0].strip()
