"""Answers from the AI tool inventory: a tool's card, "may this data go into it?", the approved
tools that fit a purpose, and registering a tool.

The inventory decides whether a tool may be used; the policy decides what each status means and
which class each kind of data has. Lines here are plain text: adapters add their own emphasis.
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from bot.answers.data import kind_asked_about
from bot.answers.intents import FAKE_CONTENT, HANDLES_DATA, IMPERSONATION, REVIEWED_AGAIN, owner_asked
from bot.reply import DataVerdict, ToolCard
from knowledge.data_classes import CLASS_ORDER, DataKind, read_data_kinds, read_listed_kinds
from knowledge.inventory.database import Database
from knowledge.inventory.directory import ToolRef
from knowledge.inventory.models import APPROVED_STATES, DataClass, RequestStatus, Tool, ToolStatus, now
from knowledge.inventory.queries import approved_tools, categories, get_tool
from knowledge.retrieval.index import Hit
from knowledge.retrieval.lexical import LexicalIndex, tokenize

TOOLS_LISTED = 25  # a list longer than this points to the full inventory instead
ALTERNATIVES_SHOWN = 3
STATUS_WORDS: dict[str, str] = {  # by ToolStatus or RequestStatus, both str enums
    ToolStatus.approved: "approved",
    ToolStatus.approved_with_conditions: "approved with conditions",
    ToolStatus.rejected: "rejected",
    ToolStatus.retired: "retired",
    RequestStatus.pending: "pending review",
    RequestStatus.needs_info: "waiting for more information from the requester",
}
PEOPLE_DECISIONS = "decisions about people"  # a situation of STATUS_RULE_QUERIES, beside the tool statuses
# What the policy says about using a tool in each state: the query that finds the one sentence
# of the policy that governs it (acceptable use §4.3 in the shipped policy).
STATUS_RULE_QUERIES = {
    ToolStatus.approved: (
        "approved tools may be used with data up to the maximum classification recorded in the inventory entry"
    ),
    ToolStatus.approved_with_conditions: (
        "tools approved with conditions may be used only within their recorded conditions"
    ),
    ToolStatus.rejected: "rejected and retired tools must not be used for work at all, even with public data",
    ToolStatus.retired: "rejected and retired tools must not be used for work at all, even with public data",
    RequestStatus.pending: (
        "pending and needs_info tools may be used with public data only until the request is decided"
    ),
    RequestStatus.needs_info: (
        "pending and needs_info tools may be used with public data only until the request is decided"
    ),
    "unregistered": "a tool not in the inventory is unregistered and must be registered before use with work data",
    "register": "when you submit, the request receives an inventory reference and the status pending",
    # what a new use of a tool the inventory holds is (registration §2.1 in the shipped policy)
    "beyond scope": (
        "what must be registered: using an already-approved tool beyond its recorded scope is a material change"
    ),
    # what decides whether an AI may decide about people (acceptable use §6.2 in the shipped policy)
    PEOPLE_DECISIONS: "never make a decision about an individual solely on the basis of AI output",
    # what decides whether an AI may write reviews, testimonials or someone's words (acceptable use §6.3)
    FAKE_CONTENT: "do not create fake reviews, testimonials, survey responses, references or citations",
    IMPERSONATION: "do not use AI to impersonate a real person, messages written to look as if someone else wrote them",
    # what the client's contract allows, as the message says the Customer Contract Register records it (data
    # handling §3.1 in the shipped policy)
    "contract not addressed": "AI processing not addressed in the contract register: ask the Account Director",
    "contract permitted with notice": (
        "AI processing permitted with notice once the Account Director confirms the client has been notified"
    ),
    "contract consent required": "AI processing consent required: only after written client consent for the tool",
    "contract prohibited": "AI processing prohibited by the client contract: no AI tools on this client's data",
    "contract not found": "if you cannot find the client in the contract register, ask the Account Director",
}
# Finds the policy's table of common data types and their classes (acceptable use §3.5 in the
# shipped policy), from which "can I put customer data into Claude?" gets its answer.
DATA_TABLE_QUERY = "classification of common data types: the default class of each data type"
CLASS_SECTION_QUERY = "{} data examples"  # the section of each class, whose examples are kinds of data too
CATEGORY_HINTS = {  # words of a question that suggest what kind of tool an unregistered one is
    "general assistant": r"\b(chat ?bots?|chat (?:assistants?|tools?|apps?)|general(?:-purpose)? assistants?)\b",
    "image generation": r"\b(image|images|picture|illustration|logo|art|photo)\b",
    "meeting assistant": r"\b(meeting|meetings|transcri\w*|call notes|minutes|note.?taker)\b",
    "translation": r"\btranslat\w*\b",
    "code assistant": r"\b(code|coding|programming|developer|ide)\b",
    "writing": r"\b(writing|grammar|proofread\w*|copy ?writing|emails?)\b",
    "search": r"\b(search|research)\b",
    "hr / recruiting": r"\b(hiring|recruit\w*|candidates?|cv|résumé|resume)\b",
}
# Words of a status question that say nothing about which condition of a tool bears on it.
ASKING_WORDS = frozenset(
    tokenize(
        "is are approved allowed permitted ok okay fine safe use using used can could may might still we i my our "
        "the a an for with in on off at to it this that work kestrel tool tools ai data put paste upload allowed "
        "status get gets got getting does do did when why how what"
    )
)
# "Who's the tool owner for Perplexity?", "when is Otter up for re-review?": a field of the card
# asked for in so many words is said in its first line, not left to the details below it.
DATA_CLASS_ASKED = re.compile(
    r"\b(?:max(?:imum)?|highest|top) (?:data )?(?:class\w*|level)\b|\bdata class\w*|\bclassification\b"
    r"|\bwhat (?:class|level) of data\b",
    re.IGNORECASE,
)
REVIEW_ASKED = re.compile(rf"\b(?:{REVIEWED_AGAIN})\b|\bre-?review\w*\b|\bexpir\w*", re.IGNORECASE)
BEARING_SHARE = 0.3  # a condition must share this much of the question's remaining weight to bear on it
PLAIN_SHARE = 2  # …or this many of its words, said plainly
STEM_CHARS = 6  # two forms of one word begin alike this far ("summarise", "summaries")
AGENT_NOUN = re.compile(r"e?(?:er|or)s?")  # what follows a verb to name who does it ("reader", "translators")
RELATIVE_CHARS = 5  # …where both are this long at least ("train", "training")
THING_WORDS = 2  # the words of a task's object that say what it is ("scanned pdfs", "a client workshop")…
THING_WEIGHT = 2.5  # …where rarer than this in the corpus ("audio", not "team" or "client")
NOTE_SHARE = 0.5  # a sentence of a tool's notes must share this much of what a question asks, beyond what it is for


def card_of(db: Database, ref: ToolRef, alternatives: bool = True) -> ToolCard:
    """The card of a tool the resolver found: its inventory entry, or its open registration request."""
    if ref.request_id is not None:
        return ToolCard(
            ref.name, str(ref.status), ref.vendor, ref.category, data_classification="public", request_id=ref.request_id
        )
    tool = _registered(db, ref)
    card = ToolCard(
        tool.name,
        str(tool.status),
        tool.vendor,
        tool.category,
        tool.conditions,
        tool.data_classification,
        tool.owner,
        f"{tool.next_review_due:%Y-%m-%d}" if tool.next_review_due else "",
        tool.notes,
    )
    if tool.status in APPROVED_STATES and tool.next_review_due is not None and tool.next_review_due < now():
        card = _replace(card, review_overdue_days=max(1, (now() - tool.next_review_due).days))
    if alternatives and tool.status not in APPROVED_STATES and tool.category:
        others = tuple(other.name for other in approved_tools(db, tool.category, tool.name)[:ALTERNATIVES_SHOWN])
        card = _replace(card, alternatives=others, alternatives_for=tool.category if others else "")
    return card


def _registered(db: Database, ref: ToolRef) -> Tool:
    """The inventory entry of a tool the resolver found (one that is not only a request)."""
    tool = get_tool(db, ref.name)
    if tool is None:  # the directory rereads the inventory as it resolves, and tools are never deleted
        raise LookupError(f"{ref.name!r} was found by the tool directory but is not in the inventory")
    return tool


def unregistered_card(db: Database, name: str, question: str) -> ToolCard:
    category = category_asked_about(db, question)
    others = tuple(tool.name for tool in approved_tools(db, category)[:ALTERNATIVES_SHOWN]) if category else ()
    return ToolCard(name, "unregistered", alternatives=others, alternatives_for=category if others else "")


def _replace(card: ToolCard, **changes) -> ToolCard:
    from dataclasses import replace

    return replace(card, **changes)


# "Claude Code, integrations and MCP connectors need separate registration": parts of a tool that its
# approval does not cover.
SEPARATE_REGISTRATION = re.compile(
    r"^(?P<features>.+?)\s+needs?\s+(?:separate|its own|their own)\s+(?:registration|approval)\b", re.IGNORECASE
)


def clauses_of(conditions: str | None) -> list[str]:
    """The clauses of a tool's recorded conditions ("Kestrel SSO only; no restricted data; …")."""
    return [clause.strip() for clause in re.split(r";\s*", conditions or "")]


def _bearing_by_words(card: ToolCard) -> list[str]:
    """The clauses that bear on a question by the words they share with it: not one naming parts that
    need their own registration, which bears only on the parts it names (not_covered)."""
    return [clause for clause in clauses_of(card.conditions) if not SEPARATE_REGISTRATION.match(clause)]


def not_covered(card: ToolCard, question: str) -> tuple[str, str] | None:
    """The part of the tool the question names that its approval does not cover, and the condition
    saying so ("can I run Claude Code against our repo?": "Claude Code"), else None. A part is named
    as recorded, in so many words ("claude code", not "code … claude"), singular or plural."""
    for clause in clauses_of(card.conditions):
        recorded = SEPARATE_REGISTRATION.match(clause)
        if recorded is None:
            continue
        for feature in re.split(r",\s*|\s+(?:and|or)\s+", recorded.group("features")):
            words = re.findall(r"[\w]+", feature.lower())
            if not words:
                continue
            *first, last = words
            said = r"\W*".join([*map(re.escape, first), re.escape(last.removesuffix("s")) + "s?"])
            if re.search(rf"\b{said}\b", question, re.IGNORECASE):
                return feature.strip(), clause
    return None


# "drafting and checking job adverts only": the one kind of work an approval is for
PURPOSE_ONLY = re.compile(r"^(?:\w+ing)(?:\s+(?:and|or)\s+\w+ing)*\s+(?P<work>[\w\s-]+?)\s+only$", re.IGNORECASE)


def purpose_left_out(card: ToolCard, thing: str) -> str | None:
    """The condition limiting a tool to one kind of work, where what it is asked to work on (`thing`: "our
    internal newsletter") shares none of that work's words ("job adverts"); else None."""
    asked = set(tokenize(thing))
    for clause in clauses_of(card.conditions):
        if (limited := PURPOSE_ONLY.match(clause)) and asked and not asked & set(tokenize(limited.group("work"))):
            return clause
    return None


def purpose_left_out_line(card: ToolCard, condition: str) -> str:
    return f"No: {card.name}'s approval does not cover that: “{condition}”."


TAKING_NOTES = re.compile(r"\b(?:take|takes|taking|took|taken) (?:the |some |any |meeting )?notes\b", re.IGNORECASE)


def with_bearing(card: ToolCard, question: str, lexical: LexicalIndex) -> ToolCard:
    """The card with the recorded condition that bears on the question ("can I use Otter in a
    client call?": "no client calls"), when one shares enough of what the question asks."""
    if not card.conditions:
        return card
    if (uncovered := not_covered(card, question)) is not None:
        return _replace(card, bearing=uncovered[1])
    # ("can zoom ai companion take notes in a client meeting?": taking notes is what a meeting assistant is for, and
    # says nothing of which meeting; the stemmer reads "notes" apart from "note-taking" anyway)
    if "meeting" in card.category.lower():
        question = TAKING_NOTES.sub(" ", question)
    wanted = {
        t: lexical.weight(t) or 1.0
        for t in set(tokenize(question)) - ASKING_WORDS - set(tokenize(f"{card.name} {card.vendor}"))
    }
    total = sum(wanted.values())
    if not total:
        return card
    # what the tool is for says nothing of the question alone: "…per meeting" of a meeting assistant does not
    # bear on translating a meeting live
    what_it_is_for = set(tokenize(card.category))
    best, best_share = "", 0.0
    for clause in _bearing_by_words(card):
        present = set(tokenize(clause))
        if not (wanted.keys() & present) - what_it_is_for:
            continue
        share = sum(weight for token, weight in wanted.items() if token in present) / total
        if share > best_share:
            best, best_share = clause, share
    return _replace(card, bearing=best) if best_share >= BEARING_SHARE else card


# A tool's notes say what it keeps in words of their own ("Texts deleted after translation")
KEEPING = re.compile(r"keep|kept|stor|retain|retention|delet|hold|held|stay", re.IGNORECASE)


def with_note(card: ToolCard, question: str, lexical: LexicalIndex, verb: str = "") -> ToolCard:
    """The card with the sentence of its notes that bears on the question ("does deepl pro keep the
    stuff we translate?": "Texts deleted after translation…"), where no condition does: one sharing
    enough of what the question asks beyond what the tool is for (a translator's "translate"), a form
    of a word counting ("train": "training"). Asked what the tool does with data (`verb`: "does firefly
    train on our images?"), only a sentence that speaks of doing it bears ("no images of real people" does not)."""
    if card.bearing or not card.notes:
        return card
    # (every word of handling it says: "does zoom use our meeting content to train its ai?" asks of training too)
    handled: list[str] = []
    if HANDLES_DATA.fullmatch(verb):
        words = re.findall(r"[a-z]+", question.lower())
        handled = [token for word in words if HANDLES_DATA.fullmatch(word) for token in tokenize(word)]
    what_it_is_for = set(tokenize(card.category))
    known = {
        t: lexical.weight(t)
        for t in sorted(set(tokenize(question)) - ASKING_WORDS - set(tokenize(f"{card.name} {card.vendor}")))
        if not any(same_word(t, word) for word in what_it_is_for)
    }
    # a word the documents never use ("keep the formatting") weighs as much as the rarest they do
    rarest = max(known.values(), default=0.0) or 1.0
    wanted = {t: weight or rarest for t, weight in known.items()}
    total = sum(wanted.values())
    best, best_share = "", 0.0
    for sentence in re.split(r"(?<=[.!?])\s+", card.notes):
        noted = set(tokenize(sentence))
        if handled and not any(same_word(token, word) for token in handled for word in noted):
            continue
        share = sum(weight for token, weight in wanted.items() if any(same_word(token, word) for word in noted))
        if total and share / total > best_share:
            best, best_share = sentence.strip(), share / total
    return _replace(card, noted=best) if best_share >= NOTE_SHARE else card


def same_word(asked: str, noted: str) -> bool:
    """Two forms of one word ("train", "training"; "translate", "translation"), or two words for
    keeping data ("keep", "deleted")."""
    if asked == noted or (KEEPING.match(asked) and KEEPING.match(noted)):
        return True
    shorter = min(len(asked), len(noted))
    common = len(os.path.commonprefix([asked, noted]))
    return shorter >= RELATIVE_CHARS and common >= min(STEM_CHARS, shorter)


def speaks_of(card: ToolCard, word: str) -> bool:
    """Whether what the inventory records of a tool (its category, conditions and notes) uses a form of
    `word` ("summarise": "summaries labelled and checked…")."""
    stem = word.lower()[:STEM_CHARS]
    return any(recorded.startswith(stem) for recorded in _recorded_words(card))


def _recorded_words(card: ToolCard) -> list[str]:
    """The words of what the inventory records of a tool: its category, conditions and notes."""
    return re.findall(r"[a-z]+", f"{card.category} {card.conditions} {card.notes}".lower())


def speaks_of_task(card: ToolCard, verb: str, thing: str, lexical: LexicalIndex) -> bool:
    """Whether what the inventory records of a tool speaks of a task asked of it: of the verb, and of the
    thing it is done to, where one of that thing's first words is rare enough to say what it is. "Can
    deepl pro translate audio files?" asks what the product can do: its entry speaks of translating, not
    of audio. "Can zoom ai summarise our team retro?" says nothing the corpus knows of the thing (a
    common "team", an unknown "retro"), and the verb decides. A verb that is no word of its own ("can
    otter in our weekly catch-ups…": "in") is left to the words after it."""
    # (a plural the stemmer leaves whole, "pdfs", is read as its singular)
    words = [word if lexical.weight(word) else word.removesuffix("s") for word in tokenize(thing)[:THING_WORDS]]
    said = [word for word in words if lexical.weight(word) >= THING_WEIGHT]
    return all(_does(card, word) for word in tokenize(verb)) and (
        not said or any(speaks_of(card, word) for word in said)
    )


def _does(card: ToolCard, verb: str) -> bool:
    """Whether what the inventory records of a tool uses a form of `verb` other than its doer: "can deepl read
    handwriting?" asks what the tool does, of which "checked by a qualified reader", a person, says nothing."""
    stem = verb.lower()[:STEM_CHARS]
    base = verb.lower().removesuffix("e")
    return any(
        recorded.startswith(stem) and not AGENT_NOUN.fullmatch(recorded.removeprefix(base))
        for recorded in _recorded_words(card)
    )


def headline(card: ToolCard) -> str:
    """The card's first line: what the inventory says of the tool, in a sentence."""
    status = STATUS_WORDS.get(card.status, card.status)
    vendor = f" ({card.vendor})" if card.vendor else ""
    if card.status == "unregistered":
        return f"{card.name} is not registered in our AI tool inventory, so it is not approved for work data."
    if card.request_id is not None:
        return (
            f"{card.name} is not approved yet: registration request #{card.request_id} is {status}. "
            "Until it is decided, use it with public data only."
        )
    if card.status in APPROVED_STATES:
        return f"{card.name}{vendor} is {status}."
    return f"{card.name}{vendor} was {status}" + (f": {card.notes}" if card.notes else ".") + " Don't use it for work."


def details(card: ToolCard) -> list[str]:
    """The card's further lines: conditions, data, owner and review date, or what to use instead."""
    lines = []
    if card.status in APPROVED_STATES and card.review_overdue_days:
        days = card.review_overdue_days
        lines.append(
            f"Its re-review is overdue: it was due on {card.next_review} ({days} day{'s' if days != 1 else ''} ago). "
            "The approval stands until the reviewers decide, but check with its owner or the governance team "
            "before relying on it for something new."
        )
    if card.status in APPROVED_STATES:
        if card.conditions:
            lines.append(f"Conditions: {card.conditions}")
        lines.append(f"Data allowed: up to {card.data_classification}.")
        facts = [
            f"Owner: {card.owner}" if card.owner else "",
            f"next review due {card.next_review}" if card.next_review else "",
        ]
        if any(facts):
            lines.append(" · ".join(fact for fact in facts if fact) + ".")
    if card.alternatives:
        lines.append(f"Approved instead for {card.alternatives_for}: {sentence_list(list(card.alternatives), 'and')}.")
    return lines


def asks_owner_or_review(question: str) -> bool:
    """Whether the question asks, in so many words, who owns a tool or when it is next reviewed."""
    return owner_asked(question) or bool(REVIEW_ASKED.search(question))


def asked_field_line(card: ToolCard, question: str) -> str:
    """The owner, the highest class of data or the next review date, when the question asks for it in
    so many words."""
    said = []
    if card.data_classification and card.status in APPROVED_STATES and DATA_CLASS_ASKED.search(question):
        said.append(f"It is approved for data up to {card.data_classification}.")
    if card.owner and owner_asked(question):
        said.append(f"Its owner is {card.owner}.")
    if card.next_review and REVIEW_ASKED.search(question):
        said.append(f"Its next review is due {card.next_review}.")
    return " ".join(said)


CLIENT_DATA = re.compile(r"\bclient (?:data|repositor\w*)\b", re.IGNORECASE)


def condition_on_class(conditions: str, kind: DataKind) -> str:
    """The recorded condition on the data asked about: the one that names its class ("restricted
    data only under Data Handling §2.3 (DPIA for personal data…)", "no restricted data"), else, for a
    client's data, the one on client data ("check the Customer Contract Register before using client
    data"). A "Yes, within its conditions" that left it out would hide the condition this data must meet."""
    clauses = clauses_of(conditions)
    word = re.compile(rf"\b{re.escape(str(kind.data_class))}\b", re.IGNORECASE)
    of_clients = re.search(r"\bclients?\b", kind.name, re.IGNORECASE)
    return next((clause for clause in clauses if word.search(clause)), "") or next(
        (clause for clause in clauses if of_clients and CLIENT_DATA.search(clause)), ""
    )


# "no candidate or employee personal data": a recorded condition ruling out data, by whose data it is
RULES_OUT_DATA = re.compile(r"^\s*no\b[^;]*\bdata\b", re.IGNORECASE)
# the words of such a condition that say no whose: "no personal data" rules out every kind the policy calls personal;
# a class ("no restricted data") is the class's to decide, whatever a kind's name says of classes
NOT_WHOSE = frozenset(
    tokenize("no or and nor any data details information records personal public internal confidential restricted")
)


def condition_ruling_out(conditions: str, kind: DataKind) -> str:
    """The recorded condition that rules out data of this kind: one whose words of whose data it is ("candidate",
    "employee") are in the kind's name ("Employee directory details"), or, saying no whose, rules out personal data
    of a kind named personal. A "Yes, within its conditions" over it would contradict the tool's own entry."""
    named = set(tokenize(kind.name))
    for clause in clauses_of(conditions):
        if not RULES_OUT_DATA.match(clause):
            continue
        said = set(tokenize(clause))
        whose = said - NOT_WHOSE
        if (whose & named) if whose else {"personal"} & said & named:
            return clause
    return ""


def _shared(card: ToolCard, question: str, clause: str) -> set[str]:
    """The words of the question (besides the tool's name and words that only ask) a clause shares."""
    named = set(tokenize(f"{card.name} {card.vendor}"))
    return (set(tokenize(question)) - ASKING_WORDS - named) & set(tokenize(clause))


def bears_plainly(card: ToolCard, question: str) -> bool:
    """Whether the condition that bears on the question shares two or more of its words (besides the
    tool's name): "check the translation" and "translations checked by a qualified reader", not
    "extension" alone ("is the extension available for Safari?" is not answered by "extension disabled
    on HR sites")."""
    return bool(card.bearing) and len(_shared(card, question, card.bearing)) >= PLAIN_SHARE


def condition_told(card: ToolCard, question: str, lexical: LexicalIndex) -> str:
    """The recorded condition a long account of what happened says most of, when it says two or more of
    its words ("otter auto-joined a client call": "internal Kestrel meetings only, no client calls…");
    "" when none does. Unlike with_bearing, not a share of the whole message, which tells much else."""
    best, best_weight = "", 0.0
    for clause in _bearing_by_words(card):
        shared = _shared(card, question, clause)
        weight = sum(lexical.weight(token) or 1.0 for token in shared)
        if len(shared) >= PLAIN_SHARE and weight > best_weight:
            best, best_weight = clause, weight
    return best


def condition_told_line(card: ToolCard, condition: str) -> str:
    # Said as bearing on what happened, not as broken: shared words cannot tell which.
    return f"{card.name} is approved on a condition that bears on this: “{condition}”."


def not_covered_line(card: ToolCard, feature: str) -> str:
    return f"{card.name}'s approval does not cover {feature}: “{card.bearing}”."


def bearing_line(card: ToolCard) -> str:
    if card.noted:
        return f"Its inventory entry notes: “{card.noted}”"
    return f"One of its conditions bears on this: “{card.bearing}”." if card.bearing else ""


def category_asked_about(db: Database, question: str, hints: bool = True) -> str:
    """The category of tool a question is about: one the inventory uses, named or (with
    `hints`) hinted at."""
    named = [c for c in categories(db) if re.search(rf"\b{re.escape(c)}\b", question, re.IGNORECASE)]
    hinted = (
        [c for c, pattern in CATEGORY_HINTS.items() if re.search(pattern, question, re.IGNORECASE)] if hints else []
    )
    return next(iter(named + hinted), "")


# -- may this data go into that tool? ---------------------------------------------------------------


@dataclass(frozen=True)
class DataTable:
    """The policy's kinds of data with their classes: the rows of its table (in the section `hit`)
    and the examples listed under each class (`listed`: each kind with the section that lists it)."""

    kinds: list[DataKind]
    hit: Hit
    listed: dict[DataKind, Hit] = field(default_factory=dict)

    @classmethod
    def find(cls, hits: list[Hit], min_score: float, class_sections: Sequence[Hit] = ()) -> DataTable | None:
        for hit in hits:
            kinds = read_data_kinds(hit.text)
            if hit.score >= min_score and len(kinds) >= 2:
                listed = {
                    kind: section
                    for section in class_sections
                    for kind in read_listed_kinds(section.heading, section.text)
                }
                return cls(kinds, hit, listed)
        return None

    def kind_in(self, question: str) -> DataKind | None:
        """The row of the table the question is about, else the listed example it is about."""
        return kind_asked_about(question, self.kinds) or kind_asked_about(question, list(self.listed))

    def row_named(self, name: str) -> str | None:
        """What is quoted for the kind of this name (a DataVerdict's kind), if the table has it."""
        kind = next((kind for kind in [*self.kinds, *self.listed] if kind.name == name), None)
        return self.quote_of(kind)[0] if kind is not None else None

    def quote_of(self, kind: DataKind) -> tuple[str, Hit]:
        """What is quoted for a kind and the section it is cited from: a listed example as written,
        from the section listing it; a table row as "kind: class", from the table's."""
        if kind in self.listed:
            return kind.name, self.listed[kind]
        return kind.row, self.hit


def highest_class_allowed(db: Database, ref: ToolRef) -> tuple[DataClass | None, str]:
    """The highest class a tool or requested tool may take now (None: no work data), and its conditions."""
    if ref.request_id is not None:
        return DataClass.public, ""
    tool = _registered(db, ref)
    return _allowed(tool), tool.conditions


def _allowed(tool: Tool) -> DataClass | None:
    return DataClass(tool.data_classification) if tool.status in APPROVED_STATES else None


# Where a verdict points at the table row it quotes: the row's citation number, "[1]" as written (the
# row is cited first in an answer of one part); Assistant._reply puts the number the row is cited as.
ROW_REFERENCE = "[1]"


# "their ai processing field in the contract register just says 'not addressed'", "i can't find them anywhere in
# the customer contract register": what the message says the register records for the client, by STATUS_RULE_QUERIES
# key; a register that permits it leaves the tool's status and the data's class to decide
_NOT_FOUND = (
    r"\b(?:can'?t|cannot|can not|couldn'?t|could not|don'?t|do not) (?:\w+ )?(?:find|see)\b[^.?!]{0,60}\bregister\b"
    r"|\b(?:not|isn'?t|aren'?t|never) (?:in|on|listed in|been added to) the (?:customer )?contract register\b"
)
_PROHIBITED = r"\bregister\b[^.?!]{0,40}\b(?:says?|shows?|has|is|as) (?:it'?s )?['\"‘“]?prohibited\b"
CONTRACT_TOLD = [
    (state, re.compile(told, re.IGNORECASE))
    for state, told in (
        ("contract not addressed", r"\bnot addressed\b"),
        ("contract permitted with notice", r"\bpermitted with notice\b"),
        ("contract consent required", r"\bconsent required\b"),
        ("contract not found", _NOT_FOUND),
        ("contract prohibited", _PROHIBITED),
    )
]
# How the sentence found for a situation of STATUS_RULE_QUERIES reads when it is that rule: documents with no such
# rule have a nearest sentence on something else, which is not quoted as the rule (situations not listed here are
# the tool statuses, whose rules every policy set has)
RULE_READS = {
    situation: re.compile(reads, re.IGNORECASE)
    for situation, reads in (
        (PEOPLE_DECISIONS, r"\bdecisions?\b[^.;]{0,40}\b(?:individuals?|people|persons?|employees?)\b"),
        (FAKE_CONTENT, r"\bfake\b[^.;]{0,20}\b(?:reviews|testimonials)\b"),
        (IMPERSONATION, r"\bimpersonate\b"),
        ("contract not addressed", r"\bnot addressed\b"),
        ("contract permitted with notice", r"\bnotice\b|\bnotified\b"),
        ("contract consent required", r"\bconsent\b"),
        ("contract not found", r"\b(?:cannot|can't|not) find\b|\bnot (?:in|listed in) the register\b"),
        ("contract prohibited", r"\bprohibit"),
        ("beyond scope", r"\bbeyond its recorded scope\b"),
    )
}


def contract_told(message: str) -> str | None:
    """What the message says the Customer Contract Register records for the client, as a STATUS_RULE_QUERIES key."""
    if not re.search(r"\bregister\b", message, re.IGNORECASE):
        return None
    return next((state for state, told in CONTRACT_TOLD if told.search(message)), None)


def classed(kind: DataKind) -> str:
    """What the policy says of the data, pointing at the quoted table row."""
    return f"the policy classes “{kind.short_name}” as {kind.data_class} {ROW_REFERENCE}"


# Why a tool may take no work data at all, by its status: what a question asking whether it is approved needs
NO_WORK_DATA = {
    "unregistered": "{tool} is not registered in our AI tool inventory",
    "rejected": "{tool} was rejected",
    "retired": "{tool} has been retired",
}


def data_verdict(
    kind: DataKind, tool: str, allowed: DataClass | None, conditions: str, status: str = ""
) -> DataVerdict:
    """May this kind of data go into the tool? `allowed` is the highest class the tool may take
    (public while its request is open), None when it may take no work data at all, for which its
    `status` says why; a condition of its approval may rule the kind out whatever its class. The line
    cites the table row, which the answer quotes first ([1])."""
    permitted = allowed is not None and kind.allowed_in(allowed)
    contract = " and the client's contract allows it" if "contract" in kind.rule.lower() else ""
    ruled_out = condition_ruling_out(conditions, kind) if permitted and not kind.never_allowed else ""
    if kind.never_allowed:
        line = f"No: {classed(kind)}, never to go into any AI tool."
    elif ruled_out:
        # "can i paste staff names and job titles into textio?": internal data, which Textio may take, but not
        # employees' personal data ("no candidate or employee personal data")
        permitted = False
        line = f"No: {classed(kind)}, but {tool} is approved on the condition “{ruled_out}”."
    elif permitted:
        within = f", within its conditions{contract}" if conditions or contract else ""
        line = f"Yes{within}: {classed(kind)}, and {tool} is approved for data up to {allowed}."
    elif allowed is None and kind.data_class == DataClass.public:
        # public data may go into any tool but a rejected or retired one (Acceptable Use §4.3)
        why = NO_WORK_DATA.get(status, "{tool} is not approved").format(tool=tool)
        permitted = status not in ("rejected", "retired")
        line = (
            f"Yes: {classed(kind)}, and public data may go into {tool}, though {why}."
            if permitted
            else f"No: {classed(kind)}, but {why}: it may not be used for Kestrel work at all, even with public data."
        )
    elif allowed is None and status in NO_WORK_DATA:
        why = NO_WORK_DATA[status].format(tool=tool)
        line = f"No: {classed(kind)}, and {why}: it may not be used with work data at all."
    elif allowed is None:
        line = f"No: {classed(kind)}, and {tool} may not be used with work data at all."
    elif allowed == DataClass.public:
        line = f"No: {classed(kind)}, and {tool} may be used with public data only until its review is decided."
    else:
        line = f"No: {classed(kind)}, and {tool} is approved for data up to {allowed} only."
    return DataVerdict(kind.name, str(kind.data_class), permitted, line)


def beyond_approval(kind: DataKind, tool: str, allowed: DataClass) -> str:
    """What put data of this kind into an approved tool outside its approval (said before the quoted row)."""
    if kind.never_allowed:
        return "The policy says this never goes into any AI tool"
    return f"{tool} is approved for data up to {allowed} only, and the policy classes this as {kind.data_class}"


def verdict_whichever(db: Database, kind: DataKind, candidates: list[ToolRef]) -> DataVerdict | None:
    """For an ambiguous name: the data verdict when every tool it may mean gives the same one."""
    if kind.never_allowed:
        return data_verdict(kind, "", None, "")
    allowed = [highest_class_allowed(db, ref) for ref in candidates]
    permitted = {highest is not None and kind.allowed_in(highest) for highest, _ in allowed}
    if len(permitted) > 1:
        return None  # it depends on which tool: the question back says so
    names = [ref.name for ref in candidates]
    if permitted == {True}:
        within = ", within their conditions" if any(conditions for _, conditions in allowed) else ""
        line = (
            f"Yes{within}, whichever you mean: {classed(kind)}, "
            f"and {sentence_list(names, 'and')} may all take {kind.data_class} data."
        )
    else:
        line = f"No, whichever you mean: {classed(kind)}, and {none_of(names)} may take {kind.data_class} data."
    return DataVerdict(kind.name, str(kind.data_class), permitted == {True}, line)


HOW_MANY = re.compile(r"\bhow many\b", re.IGNORECASE)
# "can i use copilot on restricted data?": a class named outright, not a kind of data the table classes
CLASS_NAMED = re.compile(
    r"\b(public|internal|confidential|restricted)[- ](?:data|info|information|files?|documents?|docs|material)\b",
    re.IGNORECASE,
)


def class_named(question: str) -> DataClass | None:
    """The one data class a question names outright ("…on restricted data?"), if it names one."""
    named = {DataClass(found.group(1).lower()) for found in CLASS_NAMED.finditer(question)}
    return named.pop() if len(named) == 1 else None


def class_verdict_whichever(db: Database, data_class: DataClass, candidates: list[ToolRef]) -> DataVerdict:
    """For an ambiguous name and a class named outright: whether data of that class may go into each tool it may
    mean, one verdict when all agree ("No, whichever you mean: …"), each tool's when they differ."""
    allowed = [(ref.name, *highest_class_allowed(db, ref)) for ref in candidates]
    names = [name for name, _, _ in allowed]
    may = [
        highest is not None and CLASS_ORDER.index(data_class) <= CLASS_ORDER.index(highest) for _, highest, _ in allowed
    ]
    kind = f"{data_class} data"
    if all(may):
        within = ", within their conditions" if any(conditions for _, _, conditions in allowed) else ""
        every = "both" if len(names) == 2 else "all"
        line = f"Yes{within}, whichever you mean: {sentence_list(names, 'and')} may {every} take {kind}."
    elif not any(may):
        line = f"No, whichever you mean: {none_of(names)} may take {kind}."
    else:
        each = [
            f"{name} may take {kind}" if permitted else f"{name} may not ({up_to(highest)} only)"
            for (name, highest, _), permitted in zip(allowed, may, strict=True)
        ]
        line = f"It depends which you mean: {'; '.join(each)}."
    return DataVerdict(kind, str(data_class), all(may), line)


# "what data can i put into copilot?": the highest class allowed is what is asked
WHAT_DATA_ASKED = re.compile(
    r"\b(?:what|which)\s+(?:kinds?\s+of\s+|sorts?\s+of\s+|types?\s+of\s+|classes\s+of\s+)?(?:data|info\w*)\b"
    r"|\bhow sensitive\b|\bwhat (?:data )?class(?:es)?\b",
    re.IGNORECASE,
)


def classes_whichever(db: Database, candidates: list[ToolRef]) -> str:
    """For an ambiguous name asked what data it may take: each tool's highest class, one line when they agree."""
    allowed = [(ref.name, highest_class_allowed(db, ref)[0]) for ref in candidates]
    if len({highest for _, highest in allowed}) == 1:
        names = sentence_list([name for name, _ in allowed], "and")
        highest = allowed[0][1]
        return f"Whichever you mean: {names} {'are' if len(allowed) > 1 else 'is'} {up_to(highest)}."
    return "It depends which you mean: " + "; ".join(f"{name} is {up_to(highest)}" for name, highest in allowed) + "."


def up_to(highest: DataClass | None) -> str:
    return f"approved for data up to {highest}" if highest is not None else "approved for no work data at all"


# -- which tools are approved? ---------------------------------------------------------------------------


# "which ai can i use to make a podcast?", "…approved for data analysis?": what a tool is wanted for, said last
# ("what ai tool can make diagrams?": what it is to do)
PURPOSE_ASKED = re.compile(
    r"(?:\b(?:for|to)|\b(?:tools?|ai|apps?)\s+(?:that\s+)?(?:can|could|will|does|do)(?!\s+(?:i|we|you|they|the|our"
    r"|my|staff|people|everyone)\b))\s+(?P<purpose>[\w' -]{2,60}?)\s*[?!.]*\s*$",
    re.IGNORECASE,
)
# (…not whom or where it is for: "approved for work", "…for the finance team", "ok to use?")
NO_PURPOSE = re.compile(
    r"^(?:(?:the |our |my )?(?:work|use|using|kestrel|me|us|everyone|staff|employees|people|it|this|that|now"
    r"|(?:[\w&/-]+ ){0,3}(?:team|department|dept|function)s?)|use(?: it| them)?|try)$",
    re.IGNORECASE,
)
# "what ai tools are approved for the finance team?": whom the list is for
TEAM_ASKED = re.compile(
    r"\b(?:for|in|on|to|can|could|may|should|does|do)\s+(?:the |our |my )?(?P<team>[a-z][\w&/ -]{1,30}?)"
    r"\s+(?:team|department|dept|function)\b",
    re.IGNORECASE,
)
# "Data Science and Analytics Consulting teams only", "Marketing team's … accounts only": a tool kept to some teams
# (not "Kestrel DeepL Pro team account only": an account of the tool's, for whichever team)
TEAMS_ONLY = re.compile(
    r"\b(?P<teams>[A-Z][\w&]*(?: (?:and )?[A-Z][\w&]*)*) (?:teams? only\b|team's\b[^;]{0,60}?\bonly\b)"
)


def purpose_unrecorded(question: str) -> str:
    """What a list of tools is asked for ("making music"), where it is no kind of tool the inventory files them
    under: a purpose the list answers only when a category or a kind of data says it (see tool_list)."""
    found = PURPOSE_ASKED.search(question)
    if found is None or NO_PURPOSE.match(found["purpose"].strip()) or TEAM_ASKED.search(question):
        return ""
    return found["purpose"].strip()


def teams_kept_to(conditions: str) -> list[str]:
    """The teams a tool's conditions keep it to ("Product", "Design"); none where they keep it to none."""
    return [team for found in TEAMS_ONLY.finditer(conditions) for team in found["teams"].split(" and ")]


def for_the_team(team: str, conditions: str) -> bool:
    """Whether a team may use a tool, as far as its conditions keep it to some teams."""
    kept_to = teams_kept_to(conditions)
    return not kept_to or any(team.lower() in kept.lower() or kept.lower() in team.lower() for kept in kept_to)


def tool_list(db: Database, question: str, kind: DataKind | None, besides: str = "") -> tuple[str, list[ToolCard]]:
    """ "Which tools are approved (for images, for customer data)?": the line that introduces the
    list, and the approved tools that fit (none when the data may go into no tool), `besides` one named aside
    ("which image tools are approved besides firefly?")."""
    # A question about data names it in words the hints would take for a purpose ("source code").
    category = category_asked_about(db, question, hints=kind is None)
    if kind and kind.never_allowed:
        return data_verdict(kind, "", None, "").line, []
    fitting = [tool for tool in approved_tools(db, category) if not kind or kind.allowed_in(tool.data_classification)]
    team = TEAM_ASKED.search(question)
    if team:  # (a tool kept to other teams is none of theirs: "Product and Design teams only")
        fitting = [tool for tool in fitting if for_the_team(team["team"], tool.conditions)]
    tools = [tool for tool in fitting if tool.name != besides]
    for_category = f" for {category}" if category else f" for the {team['team']} team" if team else ""
    taking = f" that may take “{kind.short_name}” ({kind.data_class} [1])" if kind else ""
    # (said only of a tool the list would hold: "image tools besides Claude Team" sets aside nothing)
    aside = f" besides {besides}" if len(tools) < len(fitting) else ""
    if not tools:
        return f"No AI tool{for_category}{taking} is approved{aside or ' yet'}.", []
    cards = [
        ToolCard(t.name, str(t.status), t.vendor, t.category, t.conditions, t.data_classification, t.owner)
        for t in tools
    ]
    if HOW_MANY.search(question):
        counted = f"{len(cards)} AI tools are" if len(cards) > 1 else "One AI tool is"
        return f"{counted} approved{for_category}{taking}{aside}:", cards
    return f"Approved AI tools{for_category}{taking}{aside}:", cards


def list_line(card: ToolCard, show_category: bool) -> str:
    """One tool of a list, without its name's emphasis: "Notion AI (Notion Labs), productivity suite:
    approved, data up to internal"."""
    how = "with conditions" if card.status == ToolStatus.approved_with_conditions else "approved"
    vendor = f" ({card.vendor})" if card.vendor else ""
    category = f", {card.category}" if show_category and card.category else ""
    return f"{card.name}{vendor}{category}: {how}, data up to {card.data_classification}"


def none_of(names: list[str]) -> str:
    """ "neither A nor B", "none of A, B or C": of the tools a name may mean, that not one may."""
    return f"neither {names[0]} nor {names[1]}" if len(names) == 2 else f"none of {sentence_list(names)}"


def sentence_list(names: list[str], conjunction: str = "or") -> str:
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} {conjunction} {names[-1]}"
