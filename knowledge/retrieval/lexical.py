"""BM25 over chunk texts, with a tokenizer that keeps identifiers whole.

Generic tokenizers split "A.10.3" into "a", "10", "3" and throw most of it away; here control ids
("a.10.3"), section numbers ("4.2") and tool names ("m365") are single tokens, so a question that
names one matches it exactly.
"""

from __future__ import annotations

import json
import math
import os
import re
from collections import Counter
from pathlib import Path

TOKEN = re.compile(r"[a-z]+\.\d+(?:\.\d+)*|\d+(?:\.\d+)+|[a-z0-9]+(?:'[a-z]+)?", re.IGNORECASE)

STOPWORDS = frozenset(
    """a about after all also am an and any are as at be been before being but by can could did do
    does doing for from had has have having he her here hers him his how i if in into is it its just
    me might more most must my no nor not of on once only or other our ours out over own same she
    should so some such than that the their theirs them then there these they this those through to
    too under until up very was we were what when where which while who whom why will with would you
    your yours i'm i'd it's let's""".split()
)


def _stem(word: str) -> str:
    """A light suffix stripper: enough to match "approvals"/"approved"/"approving" to "approv"."""
    if len(word) <= 4 or not word.isalpha():
        return word
    for suffix in ("ations", "ation", "ings", "ing", "ies", "ied", "ers", "ed", "es", "er", "ly", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            stem = word[: -len(suffix)]
            if suffix in ("ies", "ied"):
                stem += "y"
            return stem
    return word


def tokenize(text: str) -> list[str]:
    tokens = []
    for match in TOKEN.finditer(text.lower()):
        token = match.group().removesuffix("'s")
        if token in STOPWORDS:
            continue
        tokens.append(_stem(token))
    return tokens


class LexicalIndex:
    """Okapi BM25 over a fixed set of documents; rebuilt whole when the corpus changes.

    Each document may carry a small record (`fields`) that is kept with the index and handed back
    as is: the caller's ranking facts about a document, so that ranking a lexical match needs no
    trip to the store the texts came from."""

    FORMAT = 2

    def __init__(
        self,
        postings: dict[str, dict[str, int]],
        lengths: dict[str, int],
        corpus_version: str | None,
        fields: dict[str, dict] | None = None,
    ):
        self.postings = postings  # token -> {doc id: term frequency}
        self.lengths = lengths  # doc id -> number of tokens
        self.corpus_version = corpus_version
        self.fields = fields or {}  # doc id -> the caller's record for it
        self.k1, self.b = 1.2, 0.75
        count = len(lengths)
        self.average_length = (sum(lengths.values()) / count) if count else 0.0
        self.idf = {
            token: math.log(1 + (count - len(docs) + 0.5) / (len(docs) + 0.5)) for token, docs in postings.items()
        }

    @classmethod
    def build(
        cls, texts: dict[str, str], corpus_version: str | None = None, fields: dict[str, dict] | None = None
    ) -> LexicalIndex:
        postings: dict[str, dict[str, int]] = {}
        lengths: dict[str, int] = {}
        for doc_id, text in texts.items():
            counts = Counter(tokenize(text))
            lengths[doc_id] = sum(counts.values())
            for token, frequency in counts.items():
                postings.setdefault(token, {})[doc_id] = frequency
        return cls(postings, lengths, corpus_version, fields)

    def __len__(self) -> int:
        return len(self.lengths)

    def search(self, query: str, limit: int) -> list[tuple[str, float]]:
        scores: dict[str, float] = {}
        for token in sorted(set(tokenize(query))):  # one order of summing, so equal scores tie exactly
            docs = self.postings.get(token)
            if not docs:
                continue
            idf = self.idf[token]
            for doc_id, frequency in docs.items():
                norm = self.k1 * (1 - self.b + self.b * self.lengths[doc_id] / self.average_length)
                scores[doc_id] = scores.get(doc_id, 0.0) + idf * frequency * (self.k1 + 1) / (frequency + norm)
        ranked = sorted(scores.items(), key=lambda item: (-item[1], item[0]))
        return ranked[:limit]

    def weight(self, token: str) -> float:
        """How informative a (tokenized) term is in this corpus; unknown terms weigh nothing."""
        return self.idf.get(token, 0.0)

    def save(self, path: Path) -> None:
        payload = {
            "format": self.FORMAT,
            "corpus_version": self.corpus_version,
            "lengths": self.lengths,
            "postings": self.postings,
            "fields": self.fields,
        }
        temporary = path.with_suffix(".tmp")
        temporary.write_text(json.dumps(payload, separators=(",", ":")), encoding="utf-8")
        os.replace(temporary, path)

    @classmethod
    def load(cls, path: Path) -> LexicalIndex | None:
        """The saved index, or None when there is none or it is unreadable (it is rebuilt then)."""
        try:
            payload = json.loads(path.read_text(encoding="utf-8"))
            if payload.get("format") != cls.FORMAT:
                return None
            return cls(payload["postings"], payload["lengths"], payload["corpus_version"], payload["fields"])
        except (OSError, ValueError, KeyError, TypeError):
            return None
