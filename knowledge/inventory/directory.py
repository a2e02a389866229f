"""Which tool people mean: an in-memory snapshot of the inventory's names, aliases and vendors,
matched against a question with typos tolerated (rapidfuzz). An open registration request counts
as a tool too, so that "is Jasper approved?" finds the request that is pending."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process
from sqlalchemy import func, select

from knowledge.inventory.database import Database
from knowledge.inventory.matching import FILLER_WORDS, GENERIC_WORDS, name_key, threshold
from knowledge.inventory.models import OPEN_REQUEST_STATES, RegistrationRequest, Tool

MAX_TOKEN_TOOLS = 3  # a name word shared by more tools than this does not identify one
# "who's in the office on which days": a word of a name said as a place, after one of these and "the", is the
# place ("Office Copilot" is no office one goes into)
PLACE_PREPOSITIONS = frozenset("in at to into from near around outside inside across".split())


@dataclass(frozen=True)
class ToolRef:
    """A tool (or an open registration request) as the resolver knows it."""

    name: str
    vendor: str
    status: str
    category: str
    request_id: int | None = None  # set for a tool only known through an open request


@dataclass
class Resolution:
    """Which tool a question means: one `tool`, several `candidates` (ambiguous), or none."""

    tool: ToolRef | None = None
    candidates: list[ToolRef] = field(default_factory=list)
    mention: str = ""  # the words of the question that named it

    @property
    def ambiguous(self) -> bool:
        return self.tool is None and len(self.candidates) > 1


class ToolDirectory:
    """An in-memory snapshot of names, aliases and vendors, reloaded when the inventory changes."""

    def __init__(self, db: Database):
        self.db = db
        self._stamp: tuple | None = None  # what the inventory looked like when last read
        self._names: list[str] = []  # normalised names and aliases
        self._owners: list[ToolRef] = []  # the tool each name belongs to
        self._vendors: dict[str, list[ToolRef]] = {}
        self._tokens: dict[str, set[ToolRef]] = {}  # distinctive name words -> tools
        self._words: dict[ToolRef, set[str]] = {}  # every word of a tool's names and aliases
        self._name_words: frozenset[str] = frozenset()  # the words of all of them
        self._holding = threading.local()  # set while one unit of work reads a snapshot (see held)
        self._long_names: re.Pattern | None = None  # names of two words or more, longest first (see without_names)
        self._long_names_of: object = None  # the names they were read from

    @contextmanager
    def held(self) -> Iterator[None]:
        """Read the inventory once and use that snapshot until the block ends: one answer looks its
        tools up many times (every part, every word the speller or the scorer asks about), and each
        look-up would otherwise ask the database whether the inventory changed. Per thread."""
        self._refresh()
        self._holding.active = getattr(self._holding, "active", 0) + 1
        try:
            yield
        finally:
            self._holding.active -= 1

    def _refresh(self) -> None:
        if getattr(self._holding, "active", 0):
            return
        with self.db.reading() as session:
            stamp = tuple(  # one round trip: this runs before every answer
                session.execute(
                    select(
                        select(func.count(Tool.id)).scalar_subquery(),
                        select(func.max(Tool.updated_at)).scalar_subquery(),
                        select(func.count(RegistrationRequest.id)).scalar_subquery(),
                        select(func.max(RegistrationRequest.updated_at)).scalar_subquery(),
                    )
                ).one()
            )
            if stamp == self._stamp:
                return
            refs: list[tuple[ToolRef, list[str]]] = []
            known = set()
            for tool in session.scalars(select(Tool)):
                refs.append((ToolRef(tool.name, tool.vendor, tool.status, tool.category), [tool.name, *tool.aliases]))
                known.add(tool.name_key)
            for request in session.scalars(
                select(RegistrationRequest).where(RegistrationRequest.status.in_(OPEN_REQUEST_STATES))
            ):
                if name_key(request.name) not in known and request.tool_id is None:
                    ref = ToolRef(request.name, request.vendor, request.status, request.category, request.id)
                    refs.append((ref, [request.name, *request.aliases]))
        names: list[str] = []
        owners: list[ToolRef] = []
        vendors: dict[str, list[ToolRef]] = {}
        tokens: dict[str, set[ToolRef]] = {}
        words: dict[ToolRef, set[str]] = {}
        for ref, spellings in refs:
            name = name_key(spellings[0])
            joined = {*name.split(), name.replace(" ", "")}
            for number, spelling in enumerate(spellings):
                key = name_key(spelling)
                if key:
                    names.append(key)
                    owners.append(ref)
                    words.setdefault(ref, set()).update(key.split())
                    # Every word of the name, but only the first of an alias: "HireVue video
                    # interviews" does not make "video" mean HireVue. An alias that spells the name
                    # apart ("chat gpt", "Hire Vue") gives none: "chat" or "hire" alone is no name.
                    spelled_apart = number > 0 and " " in key and key.replace(" ", "") in joined
                    for word in key.split()[: 0 if spelled_apart else None if number == 0 else 1]:
                        if len(word) >= 4 and word not in GENERIC_WORDS:
                            tokens.setdefault(word, set()).add(ref)
            if ref.vendor:
                vendors.setdefault(name_key(ref.vendor), []).append(ref)
        # A word that several tools share ("notes", "copilot" in a big inventory) tells nothing apart.
        tokens = {word: refs for word, refs in tokens.items() if len(refs) <= MAX_TOKEN_TOOLS}
        self._names, self._owners, self._vendors, self._tokens, self._words = names, owners, vendors, tokens, words
        self._name_words = frozenset(word for spelt in words.values() for word in spelt)
        self._stamp = stamp

    def name_words(self) -> frozenset[str]:
        """Every word of every tool's names and aliases (normalised), registered or requested."""
        self._refresh()
        return self._name_words

    def without_names(self, text: str) -> str:
        """The text, normalised, with every name of two words or more taken out ("Microsoft 365 Copilot",
        "Zoom AI Companion"): what it says besides naming tools. A one-word name stays, as it is often a
        word of its own ("Zoom calls")."""
        self._refresh()
        if self._long_names_of is not self._names:
            long = sorted({name for name in self._names if " " in name}, key=len, reverse=True)
            self._long_names = re.compile(rf"\b(?:{'|'.join(map(re.escape, long))})\b") if long else None
            self._long_names_of = self._names
        key = name_key(text)
        return self._long_names.sub(" ", key) if self._long_names else key

    def words_of(self, tool: ToolRef) -> frozenset[str]:
        """Every word of one tool's names and aliases (normalised)."""
        self._refresh()
        return frozenset(self._words.get(tool, ()))

    def resolve(self, text: str) -> Resolution:
        self._refresh()
        words = name_key(text).split()
        spans = {" ".join(words[i : i + n]) for n in range(1, 5) for i in range(len(words) - n + 1)}
        # A name never starts or ends with a filler word, unless it is the whole name ("Zoom AI Companion").
        exact = set(self._names)
        # Shortest first, so that of two equally good mentions the same one is taken on every run (a
        # set's order changes with the interpreter's hash seed): the shorter, whose words are surely the
        # name, while "enterprise" of "chatgpt enterprise" may still be what is asked ("the enterprise
        # version").
        grams = sorted(
            (
                gram
                for gram in spans
                if gram in exact or (gram.split()[0] not in FILLER_WORDS and gram.split()[-1] not in FILLER_WORDS)
            ),
            key=lambda gram: (len(gram), gram),
        )
        best: dict[ToolRef, tuple[float, str]] = {}
        if grams and self._names:
            # Whole names and aliases, typos tolerated by length (see matching.threshold).
            scores = process.cdist(grams, self._names, scorer=fuzz.ratio, score_cutoff=80, workers=1)
            spaceless = process.cdist(
                [g.replace(" ", "") for g in grams],
                [n.replace(" ", "") for n in self._names],
                scorer=fuzz.ratio,
                score_cutoff=80,
                workers=1,
            )
            for row, gram in enumerate(grams):
                for column in set(scores[row].nonzero()[0]) | set(spaceless[row].nonzero()[0]):
                    score = max(scores[row][column], spaceless[row][column])
                    if score >= threshold(self._names[column]):
                        ref = self._owners[column]
                        if score > best.get(ref, (0, ""))[0]:
                            best[ref] = (score, gram)
        if best:
            top = max(score for score, _ in best.values())
            leaders = [ref for ref, (score, _) in best.items() if score >= top - 2]
            if len(leaders) == 1:
                return Resolution(leaders[0], leaders, best[leaders[0]][1])
            return Resolution(None, sorted(leaders, key=lambda r: r.name), best[leaders[0]][1])
        # A distinctive word of a name ("firefly" for Adobe Firefly), else a vendor; but not when
        # the word beside it makes it another product's name ("Google Translate" is not Gemini for
        # Google, "Le Chat" is not ChatGPT, whose alias "chat gpt" begins with "chat").
        said = " ".join(words)
        for lookup in (self._tokens, self._vendors):
            for gram in grams:
                before, _, after = said.partition(gram)
                before_words = before.split()
                if len(before_words) >= 2 and before_words[-2] in PLACE_PREPOSITIONS and before_words[-1] == "the":
                    continue
                refs = sorted(set(lookup.get(gram, ())), key=lambda r: r.name)
                for beside in (before_words[-1:], after.split()[:1]):
                    if beside and len(beside[0]) > 1 and beside[0] not in FILLER_WORDS:
                        refs = [ref for ref in refs if beside[0] in self._words.get(ref, ())]
                if refs:
                    return Resolution(refs[0] if len(refs) == 1 else None, refs, gram)
        return Resolution()
