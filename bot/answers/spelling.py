"""Typos in a question's key words, put right before anything reads it.

"waht is the dedline to reprot an ai incidnet" reads, to retrieval and to the sentence scorer, as a
question about four words the documents never use — and a word the documents never use is what an
unanswerable question looks like ("upload size limit"), so a typo made govbot refuse. A word that is
neither an English word (the embedding model's word list) nor one of the documents' own words, and
that is one slip (a letter missing, extra, swapped with its neighbour or mistyped) away from one,
is read as that word. Names stay as written: a capitalised word mid-sentence is not corrected, nor
the words of a tool's name in the inventory, however written ("is trint ok?" is not about "print"),
and a British spelling of an English word ("categorise"), which the word list spells the American way.
"""

from __future__ import annotations

import functools
import re
import string
from collections.abc import Callable, Iterable

from knowledge.retrieval.lexical import STOPWORDS, tokenize

WORD = re.compile(r"[A-Za-z]+(?:'[a-z]+)?")
MIN_CHARS = 4  # shorter words have too many neighbours one slip away…
SWAPPED_WORD_CHARS = 3  # …but for two letters swapped in a small word ("cna", "teh", "adn")
# Below this, only two swapped letters count as a slip ("waht"): a four-letter word has many
# neighbours one letter apart ("diem": "dime", "cost": "most").
SHORT_CHARS = 5
LETTERS = string.ascii_lowercase
# A slip in a word formed from a known one is looked for only in a word this long, whose ending is one of these.
DERIVED_MIN_CHARS = 8
DERIVING_ENDINGS = ("ment", "ments", "ation", "ations", "ness")
# Slack shorthand, read as the words it stands for ("what hrs is the channel watched?") where the
# documents do not use it themselves.
SHORTHAND = {
    "hrs": "hours",
    "mins": "minutes",
    "secs": "seconds",
    "wks": "weeks",
    "mths": "months",
    "yrs": "years",
    "u": "you",
    "ur": "your",
    "bc": "because",
    "cuz": "because",
    "coz": "because",
    "abt": "about",
    "ppl": "people",
    "msg": "message",
    "msgs": "messages",
    "mgr": "manager",
    "dept": "department",
    "acct": "account",
    "creds": "credentials",
    "pwd": "password",
    "convo": "conversation",
    "convos": "conversations",
    "reqs": "requirements",
    "govt": "government",
    "approx": "approximately",
    "pic": "picture",
    "pics": "pictures",
    "sev": "severity",
    "hw": "how",
    "secops": "security operations",
    "infra": "infrastructure",
    "prod": "production",
    "config": "configuration",
    "configs": "configurations",
    # contractions typed without their apostrophe, which the nearest English word would otherwise
    # replace ("whats" -> "hats", "arent" -> "agent", "wasnt" -> "want")
    **{
        word.replace("'", ""): word
        for word in (
            "what's that's who's how's where's when's there's isn't aren't wasn't doesn't didn't hasn't "
            "haven't shouldn't couldn't wouldn't you're they're i'm i've we've"
        ).split()
    },
    "wats": "what's",
    "dont": "don't",
    "cant": "can't",
}
SENTENCE_END = re.compile(r"[.!?]\s*$")
# A word after one of these names a thing: "has the hse put out guidance?" is not about "the she"
DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|our|my|your|their|its|this|that|these|those)\s+$", re.IGNORECASE)
# …and after one of these a verb cannot follow: "are they on aws, azure or gcp?" is not "on was"
PREPOSITION_BEFORE = re.compile(r"\b(?:on|in|at|to|from|with|by|for|of|via|into|onto|than)\s+$", re.IGNORECASE)
AUXILIARIES = frozenset("was are can has had did may its".split())


class Speller:
    def __init__(
        self,
        words: Iterable[str],
        in_corpus: Callable[[str], bool],
        english: Iterable[str] = (),
        dictionary: Iterable[str] = (),
    ):
        """`words`: the words a question may mean (English words and the corpus's own); `in_corpus`
        tells the corpus's words, preferred when a slip fits more than one. `english`, the English
        words among them: the corpus's words are stems, and "clas" (of "class") is no word to keep.
        `dictionary`: more English words, kept as written but never offered as what a slip means: a
        dictionary's every form and rare word ("expires", "scrum", "docker"), which the short list of
        `words` lacks and would otherwise put "right" ("empires", "serum", "decker"), while its rare
        words are no likelier meaning of a slip ("mistrial" of "mistral")."""
        self.words = {word.lower() for word in words if word.isalpha()} | STOPWORDS
        self.english = {word.lower() for word in english if word.isalpha()}
        self.dictionary = {word.lower() for word in dictionary if word.isalpha()}
        self.in_corpus = in_corpus

    def correct(
        self,
        question: str,
        is_name: Callable[[str], bool] = lambda word: False,
        name_slots: Iterable[tuple[int, int]] = (),
    ) -> str:
        """The question with each misspelt word replaced by the word it most likely means; a word
        `is_name` tells (lower case) is a name, kept as written (asked only of a word about to be
        corrected, since looking names up may cost a query). A word within one of `name_slots` (spans of
        the question where a product's name stands: "is canva approved?") is a name the documents may never
        have heard of, put right only to a name `is_name` tells ("is chatgtp ok?"), never to an English word
        ("canvas", "king" of "kling")."""
        slots = list(name_slots)
        pieces, last = [], 0
        for match in WORD.finditer(question):
            word = match.group()
            before = question[: match.start()]
            fixed = self.word(
                word,
                mid_sentence=bool(before.strip()) and not SENTENCE_END.search(before),
                names_a_thing=bool(DETERMINER_BEFORE.search(before)),
                after_preposition=bool(PREPOSITION_BEFORE.search(before)),
            )
            in_slot = any(start <= match.start() and match.end() <= end for start, end in slots)
            # (a name, or what follows a dot: a file's extension ".msg", a domain's "otter.ai"; or a name's place, where
            # the word meant is no tool's)
            if fixed != word and (
                is_name(word.lower()) or before.endswith(".") or (in_slot and not is_name(fixed.lower()))
            ):
                fixed = word
            pieces.append(question[last : match.start()] + fixed)
            last = match.end()
        pieces.append(question[last:])
        return "".join(pieces)

    def unknown_words(self, text: str) -> set[str]:
        """The words of `text`, lower-cased, that are neither English nor the corpus's own, as kept after
        correcting: the names of things the documents never speak of ("salesforce", "figma")."""
        return {
            lower
            for word in WORD.findall(text)
            if len(lower := word.partition("'")[0].lower()) >= MIN_CHARS
            and not self.known(lower)
            and lower not in SHORTHAND
            # nor a slip left as typed ("wich", "aproved"), which may mean a word the documents use
            and not any(slip in self.words for slip in slips(lower))
        }

    def known(self, lower: str) -> bool:
        """An English word, one of the corpus's, or the British spelling of an English one ("categorise",
        "prioritised"): no slip."""
        return (
            lower in self.words
            or lower in self.dictionary
            or self.in_corpus(lower)
            or american(lower) in self.words
            or american(lower) in self.dictionary
        )

    def derived(self, word: str) -> bool:
        """Whether a word is an English word with a noun's ending added ("acknowledgement", "escalations")."""
        return any(
            word.endswith(ending) and len(word) - len(ending) > MIN_CHARS and word[: -len(ending)] in self.english
            for ending in DERIVING_ENDINGS
        )

    def word(self, word: str, mid_sentence: bool, names_a_thing: bool = False, after_preposition: bool = False) -> str:
        stem, apostrophe, ending = word.partition("'")
        if apostrophe:  # "clinet's": the word before its ending
            return self.word(stem, mid_sentence, names_a_thing, after_preposition) + apostrophe + ending
        lower = word.lower()
        if lower in SHORTHAND and not self.in_corpus(lower):
            return SHORTHAND[lower]
        if (
            len(lower) == SWAPPED_WORD_CHARS
            and lower not in self.words
            and lower.isalpha()
            and lower.islower()
            and not names_a_thing  # (where a thing is named, a short word is an acronym: "the hse", not "the she")
        ):
            # "cna i use…": a short word is put right only to a small word of the language, letters swapped
            return next(
                (
                    c
                    for c in slips(lower, swaps_only=True)
                    if c in STOPWORDS and not (after_preposition and c in AUXILIARIES)
                ),
                word,
            )
        if (
            self.english
            and lower not in self.english
            and lower not in self.dictionary
            and f"{lower}s" in self.english
            and tokenize(f"{lower}s") == [lower]
        ):
            return word + "s"  # "what data clas is payroll?": a double letter typed once, which stems alike
        if len(lower) < MIN_CHARS or self.known(lower):
            return word
        if (mid_sentence and word[0].isupper()) or any(ch.isupper() for ch in word[1:]):
            return word  # a name ("Rotterdam", "HubSpot"), not a slip
        candidates = [c for c in slips(lower, swaps_only=len(lower) < SHORT_CHARS) if c in self.words]
        if not candidates and len(lower) >= DERIVED_MIN_CHARS and not self.derived(lower):
            # "acknowlegement": a slip of a word formed from a known one ("acknowledge" + "ment"), which
            # neither word list holds whole (a word so formed, "rostering", is no slip)
            candidates = [c for c in slips(lower) if self.derived(c)]
        if not candidates:
            return word
        best = next((c for c in candidates if self.in_corpus(c)), candidates[0])
        return best.capitalize() if word[0].isupper() else best


BRITISH = [
    (re.compile(r"is(e|es|ed|ing|ation|ations)$"), r"iz\1"),
    (re.compile(r"ys(e|es|ed|ing)$"), r"yz\1"),
    (re.compile(r"our(s|ed|ing|ite|ites|able)?$"), r"or\1"),
    (re.compile(r"([^aeiou])re(s|d)?$"), r"\1er\2"),
    (re.compile(r"ll(ed|ing|er|ers)$"), r"l\1"),
    (re.compile(r"ogue(s)?$"), r"og\1"),
]


def american(word: str) -> str:
    """The American spelling of a British one ("categorise" -> "categorize", "labelled" -> "labeled"),
    for the English word list (the embedding model's), which spells the American way."""
    for pattern, replacement in BRITISH:
        if pattern.search(word):
            return pattern.sub(replacement, word)
    return word


def slips(word: str, swaps_only: bool = False) -> list[str]:
    """Every word one slip away, the likeliest slips first: two letters swapped, a letter left
    out, a letter doubled or added, a letter mistyped."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    swapped = [a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1 and b[0] != b[1]]
    if swaps_only:
        return swapped
    missing = [a + ch + b for a, b in splits for ch in LETTERS]
    # a word is begun on purpose: a letter added before its first is a slip only when it doubles it ("ccode"),
    # where "xcode" is a name of its own, not "code"
    extra = [a + b[1:] for a, b in splits if b and (a or b[1:2] == b[0])]
    # (and mistyped anywhere but first: "shopper" is no slip of "chopper")
    mistyped = [a + ch + b[1:] for a, b in splits if a and b for ch in LETTERS if ch != b[0]]
    return list(dict.fromkeys([*swapped, *missing, *extra, *mistyped]))


@functools.cache
def dictionary_words() -> frozenset[str]:
    """English words in all their forms: pyspellchecker's English word list (about 160,000 words, which
    leaves out the common misspellings), read from the package's own data, offline."""
    from spellchecker import SpellChecker

    return frozenset(SpellChecker(language="en").word_frequency.dictionary)
