"""Tool names as people type them: normalisation and fuzzy matching (rapidfuzz).

Shared by duplicate detection at registration and by "is X approved?" resolution, so that what
counts as "the same tool" is decided in one place.
"""

from __future__ import annotations

import functools
import re
from urllib.parse import urlparse

import numpy as np
from rapidfuzz import fuzz, process

# Words that say nothing about which tool is meant.
GENERIC_WORDS = frozenset(
    """a an the ai app apps tool tools thing things software service platform assistant assistants bot bots
    chatbot chatbots it this that these those one ones my our your their new some any other plan version
    model models llm llms genai generative enterprise business team teams pro plus premium workspace work
    cloud studio companion suite edition free personal online desktop web notes notetaker notetakers note taker
    takers transcriber transcribers summariser summarisers summarizer summarizers translator translators recorder
    recorders agent agents extension extensions plugin plugins office""".split()
)
SECOND_LEVEL = {"co", "com", "org", "net", "gov", "ac", "edu"}


@functools.lru_cache(maxsize=65536)  # the same inventory names are compared over and over
def name_key(name: str) -> str:
    """The identity of a name: lower case, punctuation folded to single spaces."""
    return " ".join(re.sub(r"[^\w]+", " ", name.lower()).split())


# Words a question wraps a tool name in; a name never starts or ends with one of these.
FILLER_WORDS = GENERIC_WORDS | frozenset(
    """is are was were be been being can could may might should would will do does did i we you me us
    to for of on in into with from about at by as and or but not no yes yet still already ever now
    use using used try trying install allowed approved permitted ok okay fine safe sanctioned authorised
    authorized banned blocked status register registered registering what whats which who how why when
    where please hi hey thanks put paste upload data customer client anything something stuff""".split()
)


@functools.lru_cache(maxsize=65536)
def core(name: str) -> str:
    """A name without its generic words ("Jasper AI" -> "jasper"), to compare what identifies it."""
    words = [word for word in name_key(name).split() if word not in GENERIC_WORDS]
    return " ".join(words) or name_key(name)


def is_generic(phrase: str) -> bool:
    words = name_key(phrase).split()
    return not words or all(word in GENERIC_WORDS for word in words)


def threshold(name: str) -> float:
    """Longer names tolerate a typo or two; short ones must match (almost) exactly."""
    return threshold_for_length(len(name.replace(" ", "")))


def threshold_for_length(length: int) -> float:
    return 100.0 if length <= 4 else 90.0 if length <= 6 else 85.0


def similarity(a: str, b: str) -> float:
    """0–100 between the identifying parts of two names; spacing ("mid journey") does not count."""
    a, b = core(a), core(b)
    return max(fuzz.ratio(a, b), fuzz.ratio(a.replace(" ", ""), b.replace(" ", "")))


def same_names(proposed: list[str], existing: list[str]) -> np.ndarray:
    """Whether each proposed name (rows) names the same tool as each existing one (columns): their
    identifying parts are similar enough for the shorter one's length (see threshold()). All pairs
    at once, since a registration is compared with every name and alias in the inventory."""
    if not proposed or not existing:
        return np.zeros((len(proposed), len(existing)), dtype=bool)
    cores = [core(name) for name in proposed], [core(name) for name in existing]
    spaceless = [[c.replace(" ", "") for c in side] for side in cores]
    score = np.maximum(
        process.cdist(cores[0], cores[1], scorer=fuzz.ratio, workers=1),
        process.cdist(spaceless[0], spaceless[1], scorer=fuzz.ratio, workers=1),
    )
    shorter = np.minimum.outer(*(np.array([len(c) for c in side]) for side in spaceless))
    return score >= np.vectorize(threshold_for_length, otypes=[float])(shorter)


def domain(url: str) -> str:
    """The registrable domain of a URL ("https://chat.openai.com/x" -> "openai.com"), or ""."""
    if not url:
        return ""
    host = (urlparse(url if "//" in url else f"//{url}").hostname or "").lower()
    labels = [label for label in host.split(".") if label]
    if len(labels) >= 3 and labels[-2] in SECOND_LEVEL and len(labels[-1]) == 2:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:]) if len(labels) >= 2 else host
