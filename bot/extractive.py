"""The default answerer: quote the sentences of the best passages that bear on the question.

No generation: every sentence shown is a sentence of a cited document, trimmed to the ones whose
informative words overlap the question (weighted by how rare they are in the corpus).
"""

from __future__ import annotations

import re

from knowledge.retrieval.index import Hit
from knowledge.retrieval.lexical import LexicalIndex, tokenize
from knowledge.retrieval.text import split_sentences

MAX_PASSAGES = 3
RUNNER_UP_MARGIN = 0.06  # a second passage is quoted only if it is nearly as relevant as the first
MAX_QUOTE_CHARS = 480
_MARKUP = re.compile(r"\*\*|__|`")
_LIST_MARK = re.compile(r"^\s*(?:[-*+•]|\d+[.)])\s+")


def clean(sentence: str) -> str:
    return " ".join(_LIST_MARK.sub("", _MARKUP.sub("", sentence)).split())


def passages_worth_quoting(hits: list[Hit], min_score: float) -> list[Hit]:
    if not hits:
        return []
    floor = max(min_score, hits[0].score - RUNNER_UP_MARGIN)
    return [hits[0]] + [hit for hit in hits[1:] if hit.score >= floor][: MAX_PASSAGES - 1]


def quote(question: str, text: str, lexical: LexicalIndex, max_sentences: int = 3) -> str:
    """Up to `max_sentences` sentences of `text` that matter for `question`, in their original order."""
    sentences = [clean(s) for paragraph in text.split("\n\n") for s in split_sentences(paragraph)]
    sentences = [s for s in sentences if s]
    if not sentences:
        return ""
    wanted = {token: lexical.weight(token) for token in set(tokenize(question))}

    def overlap(position: int) -> float:
        present = set(tokenize(sentences[position]))
        return sum(weight for token, weight in wanted.items() if token in present)

    # Sentences sharing informative words with the question, most overlapping first (earlier
    # first on ties); when none does, the passage's opening says what it is about.
    ranked = sorted((p for p in range(len(sentences)) if overlap(p) > 0), key=lambda p: (-overlap(p), p))
    if not ranked:
        ranked = list(range(len(sentences)))
    chosen: list[int] = []
    length = 0
    for position in ranked:
        if chosen and length + len(sentences[position]) > MAX_QUOTE_CHARS:
            continue
        chosen.append(position)
        length += len(sentences[position])
        if len(chosen) == max_sentences:
            break
    chosen.sort()
    parts = []
    for number, position in enumerate(chosen):
        if number and position != chosen[number - 1] + 1:
            parts.append("…")
        parts.append(sentences[position])
    text = " ".join(parts)
    if len(text) > MAX_QUOTE_CHARS:  # one very long sentence
        text = text[: MAX_QUOTE_CHARS - 1].rsplit(" ", 1)[0] + "…"
    return text
