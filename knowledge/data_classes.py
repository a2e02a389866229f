"""Which class a kind of data has, read from the policy's own table of common data types and from
the examples each class's own section lists.

"Can I put customer data into Claude?" turns on two facts: the class of customer data, and the
highest class the tool is approved for. The first belongs to the organization's policy, not to
code: the shipped acceptable-use policy keeps it in a Markdown table (§3.5, "Data type | Default
class"), so the kinds of data are read from whatever table of that shape the knowledge base
holds, and change when the policy does. Many kinds are only in the examples of a class ("Restricted
data … Examples: - personal data about our clients' customers …, such as … driver telematics;"):
`read_listed_kinds` reads the list items of a section whose heading names a class.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from knowledge.inventory.vocabulary import DataClass
from knowledge.retrieval.lexical import tokenize

CLASS_ORDER = list(DataClass)  # least to most sensitive
# A row of a two-column Markdown table whose second cell starts with a class: "| Data type | Restricted |".
TABLE_ROW = re.compile(r"^\|\s*(?P<kind>[^|\n]+?)\s*\|\s*(?P<rule>[^|\n]+?)\s*\|\s*$", re.MULTILINE)
CLASS_WORD = re.compile(r"^(" + "|".join(CLASS_ORDER) + r")\b", re.IGNORECASE)
NEVER = re.compile(r"\bnever\b", re.IGNORECASE)
# Everyday words for what the table may name otherwise; the question keeps its own words too.
SYNONYMS = {r"\bpii\b": "personal data", r"\bpasswords?\b": "credentials", r"\bmedical\b": "health", r"\bkey\b": "keys"}
# Tokens too common in the table to tell its rows apart.
UNTELLING = frozenset({"data", "kestrel", "other"})


@dataclass(frozen=True)
class DataKind:
    """One row of the policy's table: "Customer personal data (about …)" → Restricted."""

    name: str  # as the policy writes it
    rule: str  # the class cell as written: "Restricted — never in any AI tool"
    # an example in a sentence ("Examples: intranet pages, general meeting notes, …") is named only by all the words
    # of one of its items, two at least: "meeting notes" are not all "general meeting notes", nor a take-home "case
    # study" "published case studies"
    named_in_full: bool = False

    @property
    def short_name(self) -> str:
        """The name without its explanation in brackets or its examples: "Customer personal data",
        "personal data about our clients' customers or staff"."""
        return re.split(r"\(|,? such as\b|,? including\b", self.name)[0].strip()

    @property
    def data_class(self) -> DataClass:
        word = CLASS_WORD.match(self.rule)
        if word is None:  # read_data_kinds keeps only rows that start with a class
            raise ValueError(f"the rule {self.rule!r} of {self.name!r} starts with no data class")
        return DataClass(word.group(1).lower())

    @property
    def never_allowed(self) -> bool:
        """The policy keeps this kind out of every AI tool, whatever the tool's class."""
        return bool(NEVER.search(self.rule))

    @property
    def row(self) -> str:
        return f"{self.name}: {self.rule}"

    @cached_property
    def _words(self) -> tuple[list[list[str]], set[str], set[str], set[str]]:
        """The row's words as a question is matched against them (worked out once per row): its
        name's items ("Employee salary", "health", …), their nouns, the telling words of the
        name, and those of the explanation in brackets."""
        name, _, explanation = self.name.partition("(")
        items = [_tokens(item) for item in re.split(r",|\band\b|\bor\b|\bsuch as\b|\bincluding\b", name)]
        nouns = {item[-1] for item in items if item}
        named = {token for item in items for token in item} - UNTELLING
        return items, nouns, named, set(_tokens(explanation)) - UNTELLING - named

    def allowed_in(self, highest: DataClass | str) -> bool:
        """May this kind go into a tool approved for data up to `highest`?"""
        return not self.never_allowed and CLASS_ORDER.index(self.data_class) <= CLASS_ORDER.index(DataClass(highest))


def read_data_kinds(text: str) -> list[DataKind]:
    """The rows of every "data type | class" table in `text`; header and divider rows drop out
    because their second cell names no class."""
    return [
        DataKind(match.group("kind"), match.group("rule"))
        for match in TABLE_ROW.finditer(text)
        if CLASS_WORD.match(match.group("rule"))
    ]


# A section about one class: "3.4 Restricted data", "Confidential data".
CLASS_HEADING = re.compile(r"^(?:[\d.]+\s+)?(" + "|".join(CLASS_ORDER) + r") (?:data|information)$", re.IGNORECASE)
LIST_ITEM = re.compile(r"^\s*[-*+•]\s+(?P<item>.+?)[;.]?\s*$", re.MULTILINE)
# "Examples: intranet pages, internal process guides, team plans that do not name clients, …": a class's examples
# written as a sentence, not a list
EXAMPLES = re.compile(r"\bExamples:[ \t]*(?P<items>[^.:\n]+)\.", re.IGNORECASE)
EXAMPLE_SPLIT = re.compile(r",\s*(?:and\s+)?(?![^()]*\))|(?<=\))\s+and\s+")


def read_listed_kinds(heading: str, text: str) -> list[DataKind]:
    """The examples of a section whose (innermost) heading names a class, each a kind of that class: its list
    items ("HR records on salary, health, absence, …" → Restricted) and those of a sentence of examples ("Examples:
    intranet pages, internal process guides, …" → Internal). None for any other section."""
    named = CLASS_HEADING.match(heading.split(">")[-1].strip())
    if named is None:
        return []
    data_class = named.group(1).capitalize()
    listed = [DataKind(match.group("item"), data_class) for match in LIST_ITEM.finditer(text)]
    for examples in EXAMPLES.finditer(text):
        items = [item.strip() for item in EXAMPLE_SPLIT.split(examples.group("items")) if item.strip()]
        listed += [DataKind(item, data_class, named_in_full=True) for item in items]
    return listed


_E_PLURAL = re.compile(r"\b[a-z]{3,}es\b", re.IGNORECASE)  # not "does", "goes"


def _tokens(text: str) -> list[str]:
    # The lexical stemmer makes "employee" of "employee" but "employe" of "employees": a plural of a
    # word ending in "e" is read as that word ("employees", "stores"), so that the two meet; not by
    # dropping every final e, which makes one word of two ("plane", "plans").
    return tokenize(_E_PLURAL.sub(_singular, text))


def _singular(match: re.Match) -> str:
    word = match.group()
    return word if word.lower().endswith(("ses", "xes", "zes", "ches", "shes", "ies")) else word[:-1]


def kind_of_data(question: str, kinds: list[DataKind]) -> DataKind | None:
    """The kind of data a question is about, or None when it names none.

    The question must name what a row is about: the noun of one of its items ("salary" in
    "Employee salary, health, …", "code" in "Client-owned source code"), and either all of an
    item ("passwords", "API keys") or two of the row's words ("customer data"), so neither
    "client data" nor "Copilot in VS Code" is source code. A word of a row's name counts
    twice, a word of its explanation in brackets once. On a tie the more sensitive kind wins, as
    the policy says to do when in doubt; then the row whose name the question covers more of
    ("health data": the health row, not the salary-and-health one). Where the question also names
    a more sensitive kind in words of its own ("our source code with the API keys in it"), that kind
    decides: the whole is as sensitive as its most sensitive part."""
    said_otherwise = [word for everyday, word in SYNONYMS.items() if re.search(everyday, question, re.IGNORECASE)]
    asked = set(_tokens(" ".join([question, *said_otherwise])))
    found: list[tuple[tuple[int, int, float], DataKind, set[str]]] = []
    for kind in kinds:
        items, nouns, named, explained = kind._words
        items_said = [telling for item in items if (telling := set(item) - UNTELLING) and telling <= asked]
        strength = len(asked & named) + len(asked & nouns & UNTELLING)  # "customer data": customer, and data
        if not (asked & nouns and asked & named and (items_said or strength >= 2)):
            continue
        if kind.named_in_full and not any(len(telling) >= 2 for telling in items_said):
            continue
        key = (
            2 * len(asked & named) + len(asked & explained),
            CLASS_ORDER.index(kind.data_class),
            len(asked & named) / len(named),
        )
        found.append((key, kind, asked & (named | explained) - UNTELLING))
    if not found:
        return None
    _, best, best_words = max(found, key=lambda candidate: candidate[0])
    # "our source code with the API keys in it": a second kind named in words of its own, more sensitive,
    # decides what the whole may go into
    separate = [kind for _, kind, words in found if words and not words & best_words]
    return max([best, *separate], key=lambda kind: CLASS_ORDER.index(kind.data_class))
