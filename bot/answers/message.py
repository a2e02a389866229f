"""What a message asks: its courtesies taken off, and the sentences that ask told from the ones
that set the scene.

"Hi govbot! Hope you're having a good week. … What should I do now? Thanks so much!" is a question
wrapped in greetings and thanks. Retrieval and the sentence scorer read every word, and words no
policy uses ("week", "hope", "thanks") look like what an unanswerable question asks about; "pls" after
a tool's name hides that nothing but the tool is asked ("deepseek pls?"). What is said to be polite
is dropped; what the person tells of their situation stays, since it often decides the answer.
"""

from __future__ import annotations

import re
from collections.abc import Callable

GREETING = re.compile(
    r"^\s*(?:hi|hey|hello|hiya|howdy|yo|morning|afternoon|evening|good (?:morning|afternoon|evening|day)|greetings)"
    r"(?:\s+(?:there|all|everyone|team|folks|guys|govbot|bot|again))*\s*(?:[!,.:;-]+\s*|$)",
    re.IGNORECASE,
)
# A sentence that is nothing but courtesy: thanks, good wishes, an apology for asking.
COURTESY_SENTENCE = re.compile(
    r"^\s*(?:(?:many |thanks? |thank you )?(?:thanks|thank you|thx|ty|cheers|ta)\b[^?]*"
    r"|much appreciated\b[^?]*|hope (?:you(?:'re| are)?|all is|this finds)\b[^?]*"
    r"|(?:sorry|apologies) (?:to bother|for (?:the )?(?:bother|long message|ramble))\b[^?]*"
    r"|have a (?:good|great|nice) \w+\b[^?]*)\s*$",
    re.IGNORECASE,
)
# A preamble that announces the question: "Quick one (well, maybe not) -", "long story short,".
PREAMBLE = re.compile(
    r"^\s*(?:(?:a )?quick (?:one|q|question)\b[^-–—:?]{0,60}[-–—:]+|long story short\s*[,:-]*"
    r"|so,?\s+basically\s*,?)\s*",
    re.IGNORECASE,
)
# A question asked indirectly: "can you tell me if chatgpt is ok to use?" asks "chatgpt is ok to use?", and the
# words around it ("tell", "know") are no part of what is asked.
INDIRECT = re.compile(
    r"^\s*(?:(?:can|could|would|will) you (?:please |pls |kindly |just )?(?:tell me|let me know|let us know|check"
    r"|confirm|clarify|advise)(?: for (?:me|us))?|do you (?:happen to )?know|does anyone know|any idea"
    r"|(?:i was|i'm|im|i am|just) wondering|i(?:'d| would) like to know|i want to know|i need to know)"
    r"\s*,?\s+(?:if|whether)\s+(?=\w)"
    # "do you think i can use claude for client data?"
    r"|^\s*(?:do|would) you (?:think|reckon)(?: that)?\s+(?=\w)",
    re.IGNORECASE,
)
# (not what is asked about: "is it ok to say please to chatgpt?")
POLITE_WORD = re.compile(
    r"\s*\b(?<!\bsay )(?<!\bsaying )(?:pls|plz|please|thx|lol|lmao|haha+|tia|btw)\b", re.IGNORECASE
)
# A rhetorical tail that asks nothing: "is anyone watching #ai-governance after half five or am i shouting into
# the void?" asks whether anyone is watching, and "void" is no word of anything asked.
RHETORICAL_TAIL = re.compile(
    r"\s*,?\s*\bor (?:am i|is it) (?:just )?(?:(?:shouting|talking|screaming|yelling|posting) (?:into the void|into"
    r" the wind|to myself|to no ?one)|imagining (?:it|things)|going mad|mad|crazy|overthinking(?: (?:it|this))?"
    r"|missing something|me)(?=\s*[?!.]*\s*$)|\s*,?\s*\bor what(?=\s*[?!]+\s*$)",
    re.IGNORECASE,
)
# "kestrel hub link", "ai awareness training duration", "how to reset my password": a question typed as the thing
# and the fact wanted, without the words that ask, which the rest reads as the question it stands for
TERSE_WORDS = 8
ASKS_ALREADY = re.compile(
    r"^\W*(?:(?:and|so|but|also|ok|okay)\W+)?(?:what|who|whom|whose|how|when|where|which|why|can|could|may|might"
    r"|should|must|shall|do|does|did|is|are|was|were|am|will|would|has|have|had|any|anyone|anybody|if|pls|please)\b",
    re.IGNORECASE,
)
HOW_TO = re.compile(r"^how to (?P<x>.+)$", re.IGNORECASE)
# a thing named alone: a few words, none of which asks or tells what is done ("dpia?" is a thing; "report it?" is not)
THING_ALONE_WORDS = 5
NOT_A_THING_ALONE = frozenset(
    """ok okay ok'd allowed fine safe can could use using used put paste pasted upload uploaded share shared send sent
    report reported need needed required must should approved banned blocked still for into to with about
    it this that them they i we you me my our your yes no not if or and vs versus help hi hello hey thanks thank
    what who how when where which why is are do does did be registered register""".split()
)
TERSE_ASKS = [
    (HOW_TO, "how do i {x}?"),
    (re.compile(r"^(?P<x>.+?) (?:link|url|web ?page|site)$", re.IGNORECASE), "where is the link to the {x}?"),
    (re.compile(r"^(?P<x>.+?) (?:phone )?(?:number|no\.?|phone|tel)$", re.IGNORECASE), "what's the {x} number?"),
    (re.compile(r"^(?P<x>.+?) (?:e-?mail(?: address)?)$", re.IGNORECASE), "what's the {x} email address?"),
    (re.compile(r"^(?P<x>.+?) contacts?$", re.IGNORECASE), "who is the contact for the {x}?"),
    (re.compile(r"^(?P<x>.+?) due(?: date)?$", re.IGNORECASE), "when is the {x} due?"),
    (re.compile(r"^(?P<x>.+?) dates?$", re.IGNORECASE), "when is the {x}?"),
    (re.compile(r"^(?P<x>.+?) (?:duration|length|how long)$", re.IGNORECASE), "how long is the {x}?"),
    (re.compile(r"^(?P<x>.+?) deadlines?$", re.IGNORECASE), "what's the deadline for the {x}?"),
    (re.compile(r"^(?P<x>.+?) (?:price|prices|pricing|costs?|fees?)$", re.IGNORECASE), "how much does the {x} cost?"),
    (re.compile(r"^(?P<x>.+?) (?:path|location|address|whereabouts)$", re.IGNORECASE), "where is the {x}?"),
    (re.compile(r"^(?P<x>.+?) (?:policy|policies)$", re.IGNORECASE), "what's the {x} policy?"),
    (
        re.compile(r"^(?P<x>.+?) (?:vs\.?|versus) (?P<y>.+)$", re.IGNORECASE),
        "what's the difference between {x} and {y}?",
    ),
]
# Where a sentence ends: not inside "A.6.2.8" or "e.g.x".
SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+|\n+")


def without_courtesies(message: str) -> str:
    """The message without its greetings, thanks and polite filler; the message as it is when
    nothing else would be left ("thanks!" alone is still something said)."""
    sentences = split_sentences(message)
    kept = []
    for sentence in sentences:
        said = RHETORICAL_TAIL.sub("", INDIRECT.sub("", PREAMBLE.sub("", GREETING.sub("", sentence))))
        if said.strip(" .!,") and not COURTESY_SENTENCE.match(said.strip(" .!")):
            kept.append(said.strip())
    if kept == sentences and not POLITE_WORD.search(message):
        return message
    text = POLITE_WORD.sub("", " ".join(kept)).strip(" ,")
    return text if re.search(r"\w", text) else message


def spelled_out(message: str, names_a_tool: Callable[[str], bool] = lambda word: False) -> str:
    """A question typed as a thing and the fact wanted ("speak up line number") as the question it stands for
    ("what's the speak up line number?"), and a thing named alone ("uk deepfake law") as what it is; any other
    message as it is (a tool named alone is its card's: "chatgpt?")."""
    said = message.strip().rstrip("?!. ").strip()
    if not said or len(said.split()) > TERSE_WORDS or SENTENCE_BREAK.search(said):
        return message
    if ASKS_ALREADY.match(said) and not HOW_TO.match(said):
        return message
    for terse, question in TERSE_ASKS:
        if (found := terse.match(said)) is not None:
            return question.format(**found.groupdict())
    words = re.findall(r"[\w'’-]+", said.lower())
    if (
        len(words) <= THING_ALONE_WORDS
        and all(re.fullmatch(r"[a-z][a-z0-9'’-]*|\d{4}", word) for word in words)
        # ("ai" is a word of some tools' names, "Adobe AI", and of most things asked about)
        and not any(word in NOT_A_THING_ALONE or (names_a_tool(word) and word != "ai") for word in words)
    ):
        return f"what is the {said}?"
    return message


ASKING = re.compile(
    r"\?\s*$|^\s*(?:(?:and|so|but|also|now)\s*,?\s+)?(?:what|who|how|when|where|which|why|can|could|may|should|must|do|does|is|are)\b",
    re.IGNORECASE,
)

REFERS_BACK = re.compile(r"\b(?:it|this|that|these|those|they|them)\b", re.IGNORECASE)
# "…score each agent on handling time. ok to go ahead?": a question this short asks about the sentence before.
SHORT_QUESTION_WORDS = 5
WH_WORD = re.compile(r"^\W*(?:what|who|whom|how|when|where|which|why)\b", re.IGNORECASE)
# "…a director keeps chasing me to approve his team's tool. what am i supposed to do?": asks what to do about
# the sentence before, which it names nothing of
WHAT_TO_DO = re.compile(
    r"^\W*(?:(?:so|ok|okay|and|then)\W+)?what (?:am i|are we|should i|should we|do i|do we|must i|must we|can i|can we)"
    r" (?:supposed to |meant to |expected to |going to |to )?do\b(?: now| here| about it| next)?\W*$",
    re.IGNORECASE,
)


def split_sentences(message: str) -> list[str]:
    return [sentence for sentence in SENTENCE_BREAK.split(message) if sentence.strip()]


def asking_sentences(message: str) -> str:
    """The sentences of a message that ask, without the ones that tell the background ("I'm a new
    contractor starting next week…"): whose words are what the answer must be about. The whole
    message when it is one sentence, or when no sentence asks."""
    sentences = split_sentences(message)
    kept = [
        sentence
        for number, sentence in enumerate(sentences)
        if ASKING.search(sentence)
        # "…score CVs. Would we be allowed to do that?", "…score each agent. Allowed?": the sentence before
        or (
            number + 1 < len(sentences)
            and ASKING.search(sentences[number + 1])
            and (
                REFERS_BACK.search(sentences[number + 1])
                or WHAT_TO_DO.match(sentences[number + 1])
                or (
                    len(sentences[number + 1].split()) <= SHORT_QUESTION_WORDS
                    and not WH_WORD.match(sentences[number + 1])  # "who do I call?" asks its own
                )
            )
        )
    ]
    return " ".join(kept) if 0 < len(kept) < len(sentences) else message
