"""Plain-text helpers shared by chunking, retrieval and the extractive answerer."""

from __future__ import annotations

import functools
import re

from knowledge.retrieval.lexical import STOPWORDS

CONTROL_ID = re.compile(r"\bA\.\d+(?:\.\d+)+\b|\b(?:GOVERN|MAP|MEASURE|MANAGE)\s+\d+\.\d+\b", re.IGNORECASE)
SECTION_NUMBER = re.compile(r"^(?:§\s*)?(\d+(?:\.\d+)*)\.?(?=\s|$)")
# A numbered section named in a question: "clause 9.2", "section 4.3", "§6.1", or a bare "10.2".
# "clause 4.1": how the numbered parts of a management-system standard are called (a company policy's
# are "sections" or "§"; its clauses are a contract's)
CLAUSE_NAMED = re.compile(r"\bclause\s+(\d+(?:\.\d+)*)\b", re.IGNORECASE)
SECTION_NAMED = re.compile(r"(?:\b(?:clause|section)\s+|§\s*)(\d+(?:\.\d+)*)\b", re.IGNORECASE)
# "clauses 1 to 3", "sections 4.1 and 4.2": several named at once, a range standing for each number in it
SECTIONS_NAMED = re.compile(
    r"(?:\b(?:clauses|sections)\s+|§§\s*)(\d+(?:\.\d+)*(?:\s*(?:,|and|or|to|through|-|–)\s*\d+(?:\.\d+)*)+)\b",
    re.IGNORECASE,
)
NAMED_IN_A_LIST = re.compile(r"(\d+(?:\.\d+)*)(?=\s*(?:(to|through|-|–)\s*(\d+)\b)?)")
LONGEST_RANGE = 12
BARE_SECTION_NAMED = re.compile(r"(?<![\w.§])(\d+\.\d+(?:\.\d+)*)(?![\w.]*\d)")
_SENTENCE_END = re.compile(r"(?<=[.!?:;])[\"')\]]*\s+(?=[\"'(\[*_]*[A-Z0-9§])")
LIST_ITEM = re.compile(r"^\s*(?:[-*+•]|\d+[.)])\s+")
TABLE_DIVIDER = re.compile(r"^\|?[\s:|-]+\|?$")  # the row under a table's header: "|---|---|"
TABLE_HEADERS_CACHED = 512


# The standard the shipped guidance is about. Naming it in a question ("what does ISO 42001
# expect from suppliers?") tells nothing about which section answers, yet it pulls retrieval
# toward the one document with the standard in its title.
_STANDARD_NAME = re.compile(
    r"\b(?:(?:under|in|by|of|per|from)\s+)?ISO(?:\s*/\s*IEC)?[\s-]*42001(?::\d{4})?\b", re.IGNORECASE
)
_WORD = re.compile(r"[^\W\d_]+")
# Words that ask about a subject without naming one: "what does ISO 42001 require?" is about the
# standard itself, and keeps its name.
_ASKING_WORDS = STOPWORDS | frozenset(
    """tell explain say says mean means require requires required expect expects cover covers want wants
    need needs overview summary summarise summarize describe please""".split()
)


def search_terms(question: str) -> str:
    """The question as retrieval should read it: without the name of the standard, unless the
    question is about nothing else."""
    stripped = " ".join(_STANDARD_NAME.sub(" ", question).split())
    if any(word not in _ASKING_WORDS for word in _WORD.findall(stripped.lower())):
        return stripped
    return question


def names_the_standard(text: str) -> bool:
    """Whether a text names ISO/IEC 42001 (a question, or a document's title)."""
    return bool(_STANDARD_NAME.search(text))


def controls_named(text: str) -> set[str]:
    """The control ids a text names ("A.6.2.8", "govern 1.2" -> "GOVERN 1.2")."""
    return {normalise_control_id(match) for match in CONTROL_ID.findall(text)}


def sections_named(question: str, bare: bool = False) -> set[str]:
    """The section numbers a question names ("clause 9.2", "§6.1"); with `bare`, also a number
    said alone ("how does 10.2 corrective action work?"), which may be something else."""
    named = set(SECTION_NAMED.findall(question))
    for listed in SECTIONS_NAMED.finditer(question):
        for number in NAMED_IN_A_LIST.finditer(listed.group(1)):
            named.add(number.group(1))
            first, last = number.group(1), number.group(3)
            if last and first.isdigit() and int(first) < int(last) <= int(first) + LONGEST_RANGE:
                named.update(str(n) for n in range(int(first) + 1, int(last)))
    return named | set(BARE_SECTION_NAMED.findall(question)) if bare else named


def clauses_named(question: str) -> set[str]:
    """The numbers a question names as clauses ("clause 4.1")."""
    return set(CLAUSE_NAMED.findall(question))


def normalise_control_id(text: str) -> str:
    return " ".join(text.upper().split())


def control_id_in(heading: str) -> str | None:
    match = CONTROL_ID.search(heading)
    return normalise_control_id(match.group()) if match else None


def section_number_in(heading: str) -> str | None:
    match = SECTION_NUMBER.match(heading.strip())
    return match.group(1) if match else None


def split_sentences(paragraph: str) -> list[str]:
    """Sentences of a paragraph; a list's items are split into theirs, and a table's row is one whatever its
    cells say ("…an AI system; AI output causing serious harm…" is one row, not two sentences)."""
    sentences = []
    lines = paragraph.split("\n")
    if any(line.lstrip().startswith("|") for line in lines) or (
        len(lines) > 1 and any(LIST_ITEM.match(line) for line in lines)
    ):
        for line in lines:
            if line.lstrip().startswith("|"):
                if line.strip() != "|":  # a row's stray closing bar, left on a line of its own
                    sentences.append(line.strip())
            elif line.strip():
                sentences += [part for part in _SENTENCE_END.split(line.strip()) if part.strip()]
        return sentences
    text = " ".join(line.strip() for line in lines)
    return [part.strip() for part in _SENTENCE_END.split(text) if part.strip()]


def hard_wrap(text: str, width: int) -> list[str]:
    """Split an overlong run of text at spaces (or anywhere, if it has none) into pieces ≤ width."""
    pieces = []
    while len(text) > width:
        cut = text.rfind(" ", 0, width)
        cut = cut if cut > width // 2 else width
        pieces.append(text[:cut].strip())
        text = text[cut:].strip()
    if text:
        pieces.append(text)
    return pieces


@functools.lru_cache(maxsize=TABLE_HEADERS_CACHED)  # the scorer asks it of the same chunks on every question
def table_header(text: str) -> tuple[str, str] | None:
    """The header row of the first table in a text and the divider under it ("| Tier | Target |",
    "|---|---|"); None without a table."""
    lines = [line.strip() for line in text.split("\n")]
    return next(
        (
            (line, below)
            for line, below in zip(lines, lines[1:], strict=False)
            if line.startswith("|") and TABLE_DIVIDER.match(below)
        ),
        None,
    )
