"""Which sentence of the retrieved sections answers the question.

Retrieval ranks sections; an answer needs the one sentence that decides the question ("within 24
hours", "switch it off if anyone objects"), wherever it sits in the best few sections. Every
sentence of those sections is scored by meaning (cosine similarity of its embedding with the
question's) and by shared terms (the share of the question's informative words, weighted by how
rare they are in the corpus, that the sentence or its heading contains), plus a little for the
rank of its section, and a little when it states the kind of fact the question asks for (a
duration for "how long", a role for "who").

Sentences are embedded once per chunk and kept (`SentenceBank`): a warm answer embeds only the
question.
"""

from __future__ import annotations

import bisect
import functools
import re
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from bot.answers.intents import (
    AGAIN,
    MESSAGE_START,
    NEAR_MISS,
    OWNER_SPEAKING,
    PRODUCT_HOW_TO,
    SEVERITY_LEVEL_ASKED,
    WRITTEN_AS_SOMEONE_ELSE,
)
from knowledge.inventory.matching import name_key
from knowledge.retrieval.embeddings import Embedder
from knowledge.retrieval.index import Hit
from knowledge.retrieval.lexical import LexicalIndex, tokenize
from knowledge.retrieval.text import LIST_ITEM, TABLE_DIVIDER, search_terms, split_sentences, table_header

MEANING_WEIGHT = 0.55
TERMS_WEIGHT = 0.35
RANK_WEIGHT = 0.05  # the first section's sentences get this much more than the fifth's
FACT_WEIGHT = 0.08  # a sentence stating the kind of fact asked for ("how long" -> a duration)
# "How many people use Copilot?", "how much is a seat?": a sentence without a number, a duration or
# a frequency does not answer a question asking for one, however many of its words it shares.
FACT_MISSING_PENALTY = 0.08
# "What does Brazil's AI law say?", "what exchange rate do we use?": a name the documents never use, or a
# word they never use for the thing asked for, is what the question is about, and no sentence of theirs
# can answer for it.
UNKNOWN_NAME_PENALTY = 0.12
HEADING_SHARE = 0.75  # a term found only in the sentence's heading counts three quarters
TITLE_SHARE = 0.6  # …and one found only in its document's title, a little less
POSITION_WEIGHT = 0.03  # a section's opening sentence often states its rule
# "I'm the tool owner - what does A.6.2.6 want me to set up?": the paragraph written for the asker
# ("For tool owners. …") answers before what the control expects of everyone.
AUDIENCE_WEIGHT = 0.05
AUDIENCE = re.compile(r"^For (?P<audience>tool owners|employees)\.")
FRAGMENT_PENALTY = 0.04  # a short list item in lower case ("the date and time, with time zone;") does not stand alone
FRAGMENT_WORDS = 8
UNKNOWN_MIN_CHARS = (
    4  # a word the corpus never uses counts against an answer ("size", "parental"), but not "lol" or "wat"
)
VERSION_TOKEN = re.compile(r"v\d+", re.IGNORECASE)  # "v7", as tokenised
FORM_CODE = re.compile(r"[a-z]{1,3}\d{1,4}")  # a form or document named by a code ("where can i download my p60?")
ACRONYM_CHARS = 3  # …but a thing asked for ("which wms…?", "which crm…?") may be that short
UNKNOWN_WEIGHT = 1.0  # …as much as its rarest known word
# A word the corpus does not use may still be a form of one it does ("promoted" of "promotion",
# "timestamped" of "timestamp"): the light stemmer of the lexical index leaves such pairs apart.
RELATIVE_MIN_CHARS = 5  # the shared beginning of two forms of one word
MAX_RELATIVES = 6
MAX_BANK_CHUNKS = 4096
TERMS_CACHED = 65536  # sentences and headings whose terms are kept
# texts of the question read for everyday words: those of one answer (its parts, asked and retrieved as)
EVERYDAY_CACHED = 64
# questions whose fact asked is kept: each is asked of the router, the policy answer and the scorer alike
FACTS_CACHED = 64
# "…take to complete?": the time a task takes to do (EFFORT_ASKED), which is no turnaround
TAKES_TO_DO = r"(?: me| us| people)? to (?:complete|finish|do|go through|fill (?:in|out)|read|watch|sit)\b"
# "who's our account manager at anthropic?": the person who looks after a customer, not a login
ACCOUNT_HOLDER = re.compile(r"\baccount (?:manager|rep|representative|exec|executive)s?\b", re.IGNORECASE)
# "why does chatgpt keep logging me out?": signing in or out, read as the policies' words for it, not logs kept
# ("Specify what your system logs…")
SIGNING_IN = re.compile(
    # (not what logging is on: "switch off prompt logging on our self-hosted llm")
    r"\blog(?:s|ged|ging)?\s+(?:(?:me|us|you|him|her|them|people|everyone)\s+)?(?:in|out|off|on to|onto)\b"
    r"|\blog-?(?:in|out|on)s?\b",
    re.IGNORECASE,
)
# Leave taken, read as the policies' word for it: "when they're on leave" is an absence, not "Restricted data may not
# leave the UK"
ON_LEAVE = re.compile(
    r"\bon (?:annual |parental |sick |maternity |paternity |study |garden )?leave\b"
    r"|\b(?:annual|parental|sick|maternity|paternity|compassionate|study|garden) leave\b",
    re.IGNORECASE,
)
# Everyday words for what the policies say otherwise, added to a question's terms (not to its meaning).
EVERYDAY = {
    r"\bbreak(?:s|ing)?\b|\bbroke\b": "breach",
    r"\bon purpose\b|\bintentional\w*|\bknowingly\b": "deliberate",
    r"\b(?:user|product|vendor|technical|tech|api) docs\b": "documentation",
    r"\b(?:get|be|am|are) in trouble\b|\bfired\b|\bsacked\b|\bpunish\w*": "disciplinary",
    # "does govbot nudge me?", "will anyone chase it?"
    r"\bnudges?\b|\bnudging\b|\bchas(?:e|es|ing)\b|\bchasers?\b": "remind reminds reminder",
    # "midjourney got rejected, … can we ask again?"
    rf"\b(?:{AGAIN})\b": "new request",
    r"\bEU\b|\beurope\b": "EEA European",
    r"\bnote-?takers?\b|\bnotetakers?\b|\brecorders?\b": "note-taker meeting",
    r"\bwrote\b|\bwritten\b|\bdrafted\b": "generated",
    r"\bcompulsory\b|\bmandatory\b|\bobligatory\b": "must required",
    # "who's in charge of all this ai governance stuff?"
    r"\bin charge\b": "runs responsible accountable",
    r"\bdisclaimers?\b|\bai statement\b": "label labelled",
    # "do i have to label the output?": AI-generated content marked as such, not data labelled for training
    r"\blabel(?:s|led|ling)? (?:(?:the|my|our|this|that|its|any|all|ai|chatgpt|claude|gemini|copilot)\s+)*"
    r"(?:outputs?|content|deliverables?|reports?|drafts?|text|images?|documents?|decks?|slides?|summar(?:y|ies))\b": (
        "labelling ai-generated content statement"
    ),
    # "is there a set sentence we put in client reports…?", "a standard wording for the ai disclosure?"
    r"\b(?:set|standard|stock|fixed|agreed|boilerplate) (?:sentences?|lines?|wording|text|blurb|phrases?)\b"
    r"|\bwording\b|\bboilerplate\b": "statement",
    r"\b(?:themselves|ourselves|myself|yourself|himself|herself)\b": "own",
    r"\bjournalists?\b|\bthe media\b|\bnewspapers?\b": "press external statements",
    r"\bPRs?\b": "pull-request",
    r"\bpic(?:ture)?s?\b|\bphotos?\b": "images photographs",
    # "cameras to guess shoppers' religion from their faces": biometric categorisation, which infers
    r"\bguess(?:es|ing|ed)?\b": "infer",
    r"\bfrom (?:their |people's |peoples |customers' |shoppers' |staff's |someone's )?faces?\b": "biometric",
    # "our ai vendor just got bought by another company": an acquisition of the vendor
    # (not "we bought a licence": the vendor is bought, not something from it)
    r"\b(?:got|been|was|were|being|is) (?:bought|acquired|taken over)\b|\bbought out\b|\bbuyout\b|\btakeover\b": (
        "acquisition change of control"
    ),
    # "chatgpt enterprise is super slow today, who do i tell?"
    r"\b(?:slow|sluggish|laggy|lagging|crawling|timing out|timed out|unresponsive)\b": "slowdowns outages",
    r"\bword for word\b|\bplagiari\w*|\bverbatim\b|\bcopied (?:from|off)\b|\bripped off\b"
    # "firefly gave me an image that's basically a famous cartoon mouse"
    r"|\bfamous (?:cartoon|character|logo|brand|artwork|painting|photo|song)\w*|\bcartoon (?:mouse|character)s?\b"
    r"|\b(?:knock-?offs?|look-?alikes?|rip-?offs?)\b": "infringe copyright",
    r"\bprank\w*|\bfake\b|\bpretend\w*|\bpass(?:ed|ing)? (?:it |them )?off\b": "deceptive impersonate genuine",
    r"\bredo\b|\brepeat\w*": "refresher annual",
    # "a director keeps chasing me to approve his team's tool" (not "who do i chase about my request?")
    r"\b(?:keeps?|kept) (?:chasing|pushing|hassling|nagging|badgering)\b"
    r"|\b(?:chasing|pushing|hassling|nagging|badgering|pressuring|leaning on) (?:me|us)\b"
    r"|\bpressure from\b": "pressured",
    # "…weird records. easiest thing is to just drop them?" (not "drop in", "drop off", "drop me a line")
    r"\bdrop(?:s|ped|ping)?\b(?!\s+(?:in|by|off|out|me|us|a line)\b)": "remove",
    r"\bpeople\b|\beveryone\b|\battendees\b": "participants members",
    r"\bsay\b|\btell\b": "disclose tell",
    r"\bredundan\w*": "redundancy",
    r"\bdecid\w*": "decision decide",
    r"\bhir(?:e|es|ing)\b": "recruitment",
    r"\bstaff\b|\bemployees?\b": "employee staff",
    r"\bmy own\b|\bown (?:card|account|subscription)\b|\bpersonal\b(?! data)|\bprivate\b": "personal consumer account",
    r"\bcvs?\b|\brésumés?\b|\bresumes\b|\bapplicants?\b": "recruitment candidates",
    r"\brank\w*|\bscreen(?:s|ed|ing)?\b|\bscor(?:e|es|ed|ing)\b": "shortlist",
    r"\bfix\w*|\bcorrect(?:s|ed|ing)?\b": "correction",
    r"\bturn(?:s|ed|ing)? on\b|\bswitch(?:es|ed|ing)? on\b|\bactivat\w*": "enabled",
    r"\bfree (?:version|tier|plan|account|edition|app)s?\b|\bthe free \w+\b": "free consumer personal account tiers",
    r"\bsomeone else'?s\b|\bsomebody else'?s\b|\bother people'?s\b|\bcopied from\b": "third-party",
    r"\bchunks?\b|\bsnippets?\b": "block substantial",
    r"\bgmail\b|\bhotmail\b|\bicloud\b|\byahoo\b|\bpersonal e-?mail\b": "personal email address",
    r"\bdeep ?fakes?\b|\bclon\w+ (?:voice|video)|\bface ?swap\w*": "impersonate face-swapped cloned",
    WRITTEN_AS_SOMEONE_ELSE: "impersonate someone else wrote",
    r"\bICO\b": "Information Commissioner's Office regulators",
    # "a contractor who left in june logged into our self-hosted llm": someone no longer entitled to it
    r"\b(?:who|that) (?:has |had )?left (?:us|kestrel|the company|in \w+|last \w+)\b": "unauthorised access",
    r"\bhugging ?face\b|\bmodel hubs?\b": "internet open-source models",
    # "can i run a model locally with ollama on my work laptop…?"
    r"\bollama\b|\bllama\b|\blm ?studio\b|\bgpt4all\b|\bllamafile\b|\bopen[- ]weights?\b": "open-source model",
    r"\b(?:run|runs|running|host|hosts|hosted|hosting|install|installed|installing)\s+(?:[\w-]+\s+){0,4}?locally\b"
    r"|\blocally[- ](?:hosted|run)\b|\blocal (?:models?|llms?)\b"
    r"|\bon (?:my|our|a) (?:own )?(?:work )?(?:laptop|machine|pc|desktop|computer)\b|\bon-?prem\w*": "self-hosted",
    # ("how many days does a high risk review take?" asks the same in its unit)
    rf"\bhow (?:long|many (?:(?:business|working|calendar) )?(?:days|weeks)) (?:does|do|will|would) .{{1,40}}\btake\b"
    rf"(?!{TAKES_TO_DO})|\bhow long to (?:get|hear)\b"
    r"|\bhow long (?:till|until|before) .{0,40}\b(?:decided|approved|reviewed|decision|approval|hear\w*|answer\w*)\b"
    r"|\bhow (?:soon|quickly) will (?:i|we) (?:hear|get)\b": "turnaround target",
    # "…flags when someone sounds stressed or irritated": what a person feels, which the policies call emotions
    r"\b(?:sounds?|seems?|looks?|gets?|getting|feels?|feeling) (?:\w+ )?(?:stressed|irritated|angry|annoyed|frustrated"
    r"|upset|happy|unhappy|sad|anxious|nervous|bored|engaged|disengaged)\b|\bmoods?\b|\bsentiment of (?:staff|employees"
    r"|agents|workers|colleagues)\b": "emotions infer",
    # "is there any regular update…?": one that comes round on a schedule, which the policies name by its period
    r"\bregular\b": "quarterly monthly weekly annual",
    r"\byearly\b|\b(?:every|each|per|once a) year\b": "annual annually",
    # "is anyone actually watching #ai-governance after half five?"
    r"\bwatch(?:es|ing|ed)?\b(?! (?:out|for)\b)|\bkeep(?:s|ing)? (?:an eye on|tabs on)\b|\bmanned\b|\bstaffed\b": (
        "monitor monitors"
    ),
    r"\bhalf (?:past )?(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b"
    r"|\bafter (?:hours|work)\b|\bevenings?\b|\bovernight\b": "business hours",
    r"\bnpm\b|\bpip\b|\bpackages?\b|\blibrar(?:y|ies)\b|\bdependenc(?:y|ies)\b": "package dependencies",
    r"\bautomatic\w*|\bby itself\b|\bon (?:its|their) own\b|\bautonomous\w*": "agent act own",
    r"\b(?:own|have|hold|holds|owns) (?:a few |some |any )?shares\b|\bshareholder\b|\ba stake in\b": (
        "financial interest"
    ),
    r"\bsubs?\b(?!-)|\bsubscriptions?\b": "subscription personal account",
    r"\blog(?:s|ged|ging)? ?(?:in|on)(?:to)?\b|\bsign(?:s|ed|ing)? ?in(?:to)?\b": "login",
    r"\bsign(?:s|ed|ing)?[ -]?off\b": "approve approves approval",
    r"\bstraight (?:from|into|to|onto|off)\b": "directly",
    # ("can a trial be extended beyond 30 days?": "one extension to 60 days")
    r"\bextend(?:s|ed|ing)?\b": "extension",
    r"\b(?:isn'?t|is not|aren'?t|are not) (?:in|on|listed in)\b|\bmissing from\b": "cannot find listed",
    r"\bslightly (?:wrong|off|incorrect)\b"
    r"|\b(?:small|minor|tiny|little) (?:errors?|mistakes?|slips?|inaccurac\w+)\b": "minor",
    r"\bwrong\b|\bincorrect\b|\bmade[- ]up\b|\bhallucinat\w*": "inaccurate",
    # "…saying he was sacked for fraud, which isn't true": a false claim about someone
    r"\b(?:isn'?t|is not|wasn'?t|was not|not) (?:even )?true\b|\buntrue\b"
    r"|\bfalse(?:ly)? (?:claims?|accus\w*|said|says)\b|\blies about\b|\bslander\w*|\blibel\w*": "defamatory inaccurate",
    # "deck hasn't gone out yet": output caught before it left Kestrel
    r"\b(?:has ?n[o']t|have ?n[o']t|not) (?:yet )?(?:gone out|been sent|been shared|left)\b"
    r"|\bnot (?:sent|shared|gone out) yet\b|\bbefore it (?:went|got sent)\b"
    r"|\bcaught (?:it |them )?(?:in time|before)\b": "caught before it left",
    r"\b(?:much|any|advance|enough|prior|early) (?:warning|heads[- ]up)\b": "notice",
    r"\bsit(?:s|ting)? in(?: on)?\b|\bsat in(?: on)?\b": "invite adviser panel",
    r"\b(?:part of|in|for) (?:my|your|their|our) jobs?\b": "role",
    r"\bcover(?:s|ing)? for\b|\bstand(?:s|ing)? in for\b"
    r"|\bon (?:holiday|leave|vacation)\b|\bout of office\b": "deputy absences",
    r"\bnew (?:starters?|joiners?|hires?)\b|\bonboarding\b": "new joiners",
    r"\bpromot\w*": "promotion",
    r"\bfavou?r(?:s|ed|ing)?\b|\bunfair\w*|\bprejudic\w*": "bias biased discriminatory",
    r"\bpick(?:s|ed|ing)?\b|\bchoos\w*|\bselect(?:s|ed|ing)?\b": "selection decision",
    r"\bmeanwhile\b|\bin the meantime\b|\bwhile (?:i|we) wait\b": "pending until decided",
    r"\b(?:says?|said) (?:it'?s |that'?s |it is |the \w+ is )?(?:fine|ok|okay)\b": "colleague saying fine approval",
    r"\bwhat goes in\b|\bwhat (?:should|do|must) (?:i|we) (?:put|include|write)\b": "include",
    r"\bchecksums?\b|\bsha-?\d+\b|\bhash(?:es)? (?:doesn'?t|does not|don'?t) match\b": "tampered",
    r"\b(?:stick|sticks|sticking|hang|hangs|hanging|stay|stays|staying) (?:around|about)\b": "kept retention",
    # "should I just email them a correction?": sending one's own message to them
    r"\b(?:e-?mail|message|reply(?:-all)?(?: to)?|write to) (?:them|the client|the customer|everyone)\b": "sending",
    r"\bproofs?\b": "evidence",
    r"\bhearings?\b": "meeting",  # "a grievance hearing" is an HR meeting
    r"\b(?:written|final) warnings?\b": "disciplinary decisions about people",
    NEAR_MISS.pattern: "near miss",  # "nearly uploaded the payroll file"
    r"\bcap(?:s|ped)?\b": "limit maximum",  # "is there a cap on how many tools one person can own?"
    # "…before we load them into the client's product master": AI output fed into a system of record
    r"\bload(?:s|ed|ing)? (?:[\w'’-]+ ){0,4}?(?:into|onto)\b": "loaded system of record",
}
_EVERYDAY = [(re.compile(pattern, re.IGNORECASE), words) for pattern, words in EVERYDAY.items()]
# "keep old assessments", "give our data back" (given back in other words: "return")
TASK_FILLER = "old new current existing latest previous any all every each whole full back"
PARTICLES = frozenset("off up out in on into over down away".split())  # the second word of "sign off"
# Words that ask without saying what about ("what does the policy expect…?", "do I need to…"), as
# written: "fine" asks ("is that fine?"), "fines" do not ("what fines can the EU hand out?").
ASKING_WORDS = frozenset(
    "explain say says mean means require requires required expect expects cover covers want wants need needs "
    "overview summary summarise describe please happen happens ok okay fine allowed right thing stuff often long "
    "fast quickly soon much many problem issue get gets got getting meant supposed".split()
)
_WORD = re.compile(r"[\w'’-]+")
# Words that colour a message without saying what it is about ("does the policy even apply to interns
# lol", "do i really have to…"): rare in the policies, so they would weigh as much as the topic.
FILLER_WORDS = frozenset(
    "even anyway anyways actually really basically literally honestly seriously still lol tho though pls plz "
    "kinda sorta maybe probably quite pretty super totally definitely technically lowkey yeah yep hey hi "
    "thanks cheers ugh hmm wondering guys folks now kind sort roughly approximately approx ballpark".split()
)


def asking_tokens(text: str) -> set[str]:
    """The terms of `text` that come only from words that ask ("fine", but not when "fines" is
    there too, whose term is the same)."""
    words = _WORD.findall(text.lower())
    asking = {word for word in words if word in ASKING_WORDS or word in FILLER_WORDS}
    return set(tokenize(" ".join(asking))) - set(tokenize(" ".join(set(words) - asking)))


_MARKUP = re.compile(r"\*\*|__|`")
SENTENCE_ENDS = ".!?:;)\"'”’"
LEANS_BACK = re.compile(
    r"^(?:This|These|That|Those|It|Its|Such|They|Them|Their|Otherwise|However|Even then|In particular|Therefore"
    r"|The same (?:applies|goes|is true)|Also|So)\b"
    # "Never use one in HR meetings": "one" is what the sentence before names
    r"|^(?:Never|Do not|Don't|Always|Only) (?:use|install|run|switch on|turn on|start) (?:one|them|it)\b"
    # "Hiring tools … nearly always do.": what they do is what the sentence before says
    r"|^[^;]*\b(?:always|usually|often|also|normally|generally|typically|rarely|seldom|sometimes)"
    r" (?:do|does|is|are|can|will|would|should|must|may|need to|have to)[.!]$"
)
MAX_JOINED_CHARS = 520
ITEM_NUMBER = re.compile(r"\d+[.)]")
# A rule that lists what it allows or forbids ("You must not sign in…, connect it…, or tell a client…")
RULE_OPENING = re.compile(
    r"^(?:[^,;:]{0,60}?\b(?:must not|may not|must never|must|may only|may|should not|should|never|do not|cannot)\b"
    r"|never|do not|don't)",
    re.IGNORECASE,
)
ENUMERATION = re.compile(r",\s+(?:(?:and|or)\s+)?|;\s+(?:(?:and|or)\s+)?")
MIN_ENUMERATED = 3  # parts of a list in a sentence
SUBORDINATE = re.compile(
    r"(?:because|such as|which|that|who|whose|where|when|while|unless|if|including|for example|e\.g\.|so that"
    r"|although|though|but|as|since|until|then|otherwise|even)\b",
    re.IGNORECASE,
)
MIN_PART_WORDS = 3  # a part shorter than this says too little to be read alone
ITEM_TITLE = re.compile(rf"{LIST_ITEM.pattern}\*\*(.+?)\*\*")  # a list item's bold opening
SHORT_SENTENCE_WORDS = 8
_SECTION_NUMBER = re.compile(r"^\s*(?:[A-Z]?\.?\d+(?:\.\d+)*\.?|[A-Z]\.\d+(?:\.\d+)*)\s+")
# number words, in figures ("one" aside: "no one" counts nothing)
NUMBER_WORDS = dict(
    zip(
        "two three four five six seven eight nine ten twelve fourteen fifteen twenty thirty sixty ninety".split(),
        "2 3 4 5 6 7 8 9 10 12 14 15 20 30 60 90".split(),
        strict=True,
    )
)
NUMBER = rf"(?:\d+|one|{'|'.join(NUMBER_WORDS)})"
DURATION = re.compile(
    # (not how often: "every two years")
    r"(?<!\bevery)(?<!\bevery )\b(?:within|after|before|at least|at most|up to|no more than|for|by|of)?\s*"
    rf"{NUMBER}[- ](?:business |working |calendar )?"
    r"(?:hours?|days?|weeks?|months?|years?)\b(?:'|’)?"
    r"|\bimmediately\b|\bstraight away\b|\bthe same day\b|\bwithout undue delay\b"
    # "the two ran side by side for a month": one of the unit, said with "for", "within" or "after"
    r"|\b(?:within|after|for) an? (?:business |working |calendar )?(?:hour|day|week|fortnight|month|year)\b",
    re.IGNORECASE,
)
MEMBERS = re.compile(r"\bmembers?\b|\bmembership\b|\bmade up of\b|\bconsists? of\b|\bsits? on\b|\bcompris", re.I)
# a deadline: a time, or the event it comes before ("before their first registration is approved")
DEADLINE = re.compile(
    rf"{DURATION.pattern}|\b(?:before|by) (?:the|their|its|your|his|her|a|an|any|it|they|you|we|first|starting|use)\b",
    re.IGNORECASE,
)
FREQUENCY = re.compile(
    r"\b(?:once|twice) a (?:year|quarter|month|week)\b|\bannual(?:ly)?\b|\bquarterly\b|\bweekly\b"
    r"|\b(?:yearly|monthly|daily|fortnightly|biannually|biennially)\b"
    r"|\bevery (?:year|quarter|month|week|\w+ years?|\w+ months?)\b"
    r"|\beach (?:year|quarter)\b|\bin (?:March|June|September|December)\b"
    r"|\bat least (?:once(?: a (?:year|quarter|month|week))?|annually)\b"
    r"|\bwithin 12 months\b|\b(?:\d+|six|twelve)-(?:month|year|week)\b",
    re.IGNORECASE,
)
OFFERS_A_CHOICE = re.compile(r"\bor\b", re.IGNORECASE)
ROLE = re.compile(
    r"\b(?:Lead|Officer|Owner|[Rr]eviewers?|[Dd]eput(?:y|ies)|Head(?:-| )of|Director|[Cc]ounsel|CISO|DPO"
    r"|Security Operations|steering group|panel|team"
    r"|Team|manager|Legal|Procurement|Information Security|Internal Audit|Finance|HR|IT"
    # who a rule is for: "new joiners and contractors complete…", "any Kestrel employee can register…"
    # ("…a public figure or anyone else": whom a rule protects, not who does it)
    r"|employees? (?:can|must|may|should)|joiners|contractors?|[Ee]veryone|[Aa]nyone(?! else)|requesters?|users|owners?"
    r"|leaders)\b"
)
# A limit is a figure: digits, or a number word ("ten named users") — "one" only of a unit of time, since
# "never use one in HR meetings" gives none.
LIMIT = re.compile(
    r"\d+|%|\b(?:two|three|four|five|six|seven|eight|nine|ten|twelve|fourteen|fifteen|twenty|thirty|sixty|ninety)\b"
    r"|\bone (?:hour|day|week|month|year)\b",
    re.IGNORECASE,
)
# a bound that leaves what it counts to the words before it ("…if one owner has more than ten."), not
# one that says ("no more than ten named users" counts users, not days; "more than 5,000 people")
BARE_BOUND = re.compile(
    rf"\b(?:more|fewer|less) than (?:\d+(?:,\d{{3}})*|{NUMBER})(?!,\d)(?=\s*(?:[.;,)]|$))", re.IGNORECASE
)
AMOUNT = re.compile(
    rf"[£$€]\s?\d|\b(?:\d+(?:,\d{{3}})*|{NUMBER})\s?(?:people|records|users|pages|members|reviewers)\b|\bpercent\b|%"
    rf"|{BARE_BOUND.pattern}",
    re.IGNORECASE,
)
CLOCK = re.compile(r"\b\d{1,2}[:.]\d{2}\b|\b\d{1,2} ?(?:am|pm)\b", re.IGNORECASE)
MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
# A date: "2026-09-01", "1 September", "September 2026", "in 2027".
DATE = re.compile(
    rf"\b\d{{4}}-\d{{2}}(?:-\d{{2}})?\b|\b\d{{1,2}}(?:st|nd|rd|th)? {MONTH}\b|\b{MONTH} \d{{1,2}}(?:st|nd|rd|th)?\b"
    rf"|\b{MONTH} \d{{4}}\b|\b(?:19|20)\d{{2}}\b"
)
# (not the day a document was last reviewed, which its byline gives: that is no next occasion)
NEXT_DATE = re.compile(rf"(?<!reviewed: )(?<!updated: )(?:{DATE.pattern}|\b{MONTH}\b)")
HOW_TO = re.compile(rf"{MESSAGE_START}\W*how (?:do|can|should|would) (?:i|we|you)\b", re.IGNORECASE)
PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")
EXAMPLES_ONLY = re.compile(r"^Examples?:")  # the opening of a list of what a data class holds
# "This includes general chat assistants (ChatGPT, Claude, Gemini), AI features inside products (…), code assistants
# (…)…": a catalogue of kinds, each with its examples in brackets, which says what counts as one and nothing of what
# any of them does ("does fireflies.ai join teams calls?", "can copilot write sql?")
CATALOGUE = re.compile(r"^(?:This|It|These|They) (?:includes?|covers?)\b(?=(?:[^()]*\([^()]*\)){3})")
CATALOGUE_ASKED = re.compile(
    r"\b(?:counts?|counted|included|includes?|covers?|covered|appl(?:y|ies)|scope|examples?|kinds?|sorts?|types?"
    r"|categor(?:y|ies)|what (?:is|are|'s|’s) (?:an? )?(?:ai|a\.i\.)"
    r"|an? (?:ai|a\.i\.) (?:tool|thing|product|system))\b",
    re.IGNORECASE,
)
# "will ai put translators out of work?", "is ai going to take my job?", "is ai conscious?": what AI will do to the
# world, or what it is at heart, which no rule of ours states
SPECULATION_ASKED = re.compile(
    r"^\W*(?:(?:honestly|seriously|realistically|genuinely|so)\W+)?(?:(?:will|is|are|could|would|does|do) )?"
    r"(?:(?:generative|gen) )?(?:ai|agi|llms?|robots|machines|superintelligence)\b"
    r"(?! (?:tools?|systems?|features?|use)\b)"
    # ("do you think ai is conscious?", read as "ai is conscious?")
    r"(?: (?:is|are|will|would|could))?"
    r"(?: (?:ever|eventually|soon|really|actually|likely|going to|gonna|one day|someday)){0,2}"
    r" (?:be (?=conscious|sentient|alive|dangerous|a bubble|overhyped|an existential))?"
    r"(?:take|replace|put|kill|destroy|steal|end|wipe|surpass|overtake|outsmart|rule|conscious|sentient|alive"
    r"|think|feel|dream|understand|a bubble|overhyped|dangerous|an existential)\b",
    re.IGNORECASE,
)
# the kind of fact of both ("what AI will do", "a sum to work out"): none that a rule states
NO_RULE_STATES = re.compile(r"(?!)")
# "what's 17.5% of 3,240?", "whats 12 x 30": a sum to work out, which no sentence states
CALCULATION_ASKED = re.compile(
    r"^\W*(?:what(?:'s|’s|s| is)|how much is|calculate|work out)\s+(?:[£$€]?\d[\d.,]*\s*(?:%|percent)?\s*"
    r"(?:of|x|times|plus|minus|divided by|over|[-+*/×÷])\s*[£$€]?\d[\d.,]*)\W*$",
    re.IGNORECASE,
)
# "what's an embedding?": what a term means, which a sentence defining it says ("A near miss is an event…",
# "…impact assessment (DPIA)"), not one that merely uses it ("models, prompts, embeddings and…")
DEFINITION_ASKED = re.compile(
    r"\bwhat(?:'s|’s|s| is)\s+(?:an?)\s+(?!(?:good|bad|safe|quick|easy|better|best|fair|reasonable|realistic|sensible"
    r"|typical|normal|standard|common|simple|decent|proper)\b)(?P<term>[a-z-]+(?:\s+[a-z0-9-]+){0,4}?)\s*(?:\?|$|[.!,;])",
    re.IGNORECASE,
)
# "what's fine-tuning?", "what is generative ai?": a term asked bare, the whole message (the documents' own
# definitions are sought as before; this only keeps a sentence that uses the term from passing for one)
BARE_DEFINITION_ASKED = re.compile(
    r"^\W*(?:so,? |ok,? |and )?what(?:'s|’s|s| is) (?!(?:the|our|my|your|this|that|it|its|their|a|an|up|new|next"
    r"|wrong|right|allowed|required|needed|expected|happening|going|covered|included|approved|banned|left|done"
    r"|meant|possible|better|best|worse|worst|ok|okay|fine"
    # (nor a standard by its number: "what is iso 42001?" is answered by what the documents on it say)
    r"|iso|iec|bs|en|nist|ieee)(?![\w-]))"
    r"(?P<bare>[a-z][a-z-]+(?: [a-z0-9][a-z0-9-]*)?)\s*\?*\s*$",
    re.IGNORECASE,
)
DEFINITION = re.compile(r"(?!)")  # the kind of fact: what defines the term asked is read from the question
# "what actually is mcp?", "what does soc 2 type ii actually mean?", "how does the eu ai act define a gpai
# model?": the same, asked without an article (which the adverb or "mean" makes a definition: "what is required?"
# is not one), and not what something means for someone ("what does A.9.4 mean for me?")
NOT_A_TERM = (
    r"(?:the|our|my|your|this|that|it|its|their|these|those|he|she|they|them|we|you|i|me|us|going|happening"
    r"|meant|supposed|needed|required|expected|allowed|covered|included|involved|done)"
)
TERM_WORD = rf"(?!{NOT_A_TERM}\b)[a-z0-9-]+"  # a word of a term: "what's actually meant to go in it?" asks none
MEANING_ASKED = re.compile(
    r"\bwhat(?:'s|’s|s)?\s+(?:actually|exactly|even|really)(?:\s+(?:is|are))?\s+(?:an?\s+)?"
    rf"(?P<term>{TERM_WORD}(?:\s+{TERM_WORD}){{0,4}}?)\s*(?:\?|$|[.!,;])"
    rf"|\bwhat (?:does|do) (?P<meant>{TERM_WORD}(?:\s+{TERM_WORD}){{0,3}}?)\s+"
    r"(?:actually |even |really |exactly )?(?:mean|stand for)\s*(?:\?|$|[.!,;])"
    r"|\bhow (?:does|do) [\w'’. -]{1,40}? define (?:an?\s+|the\s+)?['‘\"“]?"
    rf"(?P<defined>{TERM_WORD}(?:\s+{TERM_WORD}){{0,3}}?)['’\"”]?(?:\s+(?:exactly|precisely|actually))?\s*(?:\?|$|[.!,;])"
    # "what counts as a 'novel type of tool'…?", "does a vpn-only endpoint count as 'exposed to the internet'?", "who's
    # 'the relevant director' for…?": a term the documents use, quoted to ask what it takes in, which only a sentence
    # defining it says (not one using it: "…for example for a novel type of tool")
    r"|(?:\b(?:counts?|counted|qualif(?:y|ies)) as|\bdefinition (?:of|for)|\bmeant by|\bwho(?:'s|’s| is))"
    r" (?:an? |the )?"
    r"['‘\"“](?P<quoted>[^'’\"”]{3,60})['’\"”]",
    re.IGNORECASE,
)


# "what does rag stand for in ai?", "what's dpia short for?": the words an abbreviation is made of, which only a
# sentence spelling them out says (not one merely using it: "…the UK and EU GDPR is required")
EXPANSION_ASKED = re.compile(
    r"\bwhat (?:does|do|did) (?P<abbreviation>[a-z0-9&.-]{2,10}) (?:actually |even |really |exactly )?stand for\b"
    r"|\bwhat(?:'s|’s|s| is) (?P<short>[a-z0-9&.-]{2,10}) (?:short|an? (?:acronym|abbreviation)) for\b",
    re.IGNORECASE,
)
JOINING_WORDS = (
    r"(?:(?:of|the|and|for|on|in|to|a|an|&)\s+)*"  # "Data Protection Impact Assessment", "Tools and Procedures"
)


def abbreviations_asked(question: str) -> list[str]:
    """The abbreviations whose full words a question asks ("what does rag stand for?": "rag")."""
    return [found.group("abbreviation") or found.group("short") for found in EXPANSION_ASKED.finditer(question)]


def spells_out(abbreviation: str) -> re.Pattern:
    """How a sentence spelling out `abbreviation` reads: words with its letters as initials, or it in brackets after
    them ("… single sign-on (SSO)")."""
    letters = [letter for letter in abbreviation if letter.isalnum()]
    initials = rf"\w*[\s/-]+{JOINING_WORDS}".join(re.escape(letter) for letter in letters)
    return re.compile(rf"\b{initials}\w*|\w\s*\({re.escape(abbreviation)}\)", re.IGNORECASE)


def terms_to_define(question: str) -> list[str]:
    """The terms whose meaning a question asks ("what's an embedding?": "embedding")."""
    return [found.group("term") for found in DEFINITION_ASKED.finditer(question)] + [
        found.group("term") or found.group("meant") or found.group("defined") or found.group("quoted")
        for found in MEANING_ASKED.finditer(question)
    ]


def defines(term: str) -> re.Pattern:
    """How a sentence defining `term` reads: "X is / means…", the term in quotes or not ("AI incidents are handled…"
    tells of them, not what one is), "X: …" opening it, "X — …", "X (…)", "… (X)", "called X"."""
    said = rf"{re.escape(term)}s?"
    return re.compile(
        rf"\b{re.escape(term)}[\"”'’]?\s+(?:is|means?|refers? to|describes?)\b|^\W*{said}\s*:"
        rf"|\b{said}\s*(?:[—–]|\((?![§\d]))"
        rf"|\((?:an?\s+)?{said}\)"
        rf"|\b(?:called|known as)\s+(?:an?\s+)?{said}\b",
        re.IGNORECASE,
    )


# A name in the question: a capitalised word that does not begin a sentence ("Brazil's", "Lisbon"),
# or, typed in lower case, a word the documents never use that owns something ("switzerland's law").
NAME_WORD = re.compile(r"(?<![.?!:]\s)(?<!^)(?<![.?!:])\b[A-Z][a-z]{2,}(?:'s|’s)?\b")
POSSESSIVE_WORD = re.compile(r"\b[a-z]{3,}(?='s\b|’s\b)")
# "is NIST AI RMF mandatory?": an acronym written as one names something, wherever it stands (an officer's title,
# "the CEO", names a role, which the documents may name otherwise)
ACRONYM_WORD = re.compile(r"\b(?!C[A-Z]O\b)[A-Z]{3,6}s?\b")
# "does fireflies.ai store data in the eu?": a product named by its web address, in any case
WEB_NAME = re.compile(r"\b([a-z][\w-]+)\.(?:ai|io|app|com|co|so)\b", re.IGNORECASE)
# "is kestrel in scope of nis2?": a name written as letters and a number, in any case ("gpt4", "nis2")
IDENTIFIER_WORD = re.compile(r"\b[a-z]{2,}\d{1,2}[a-z]?\b", re.IGNORECASE)
# "does iso/iec 42005 change…?": a standard named by its number, which the documents cite or do not
# (a technical report's or specification's number too: "iso/iec tr 24027")
STANDARD_NUMBER = re.compile(
    r"\b(?:iso|iec|bs|en|nist(?: sp)?|ieee)\s*(?:/\s*iec\s*)?(?:(?:tr|ts|pas)\s*)?[- ]?(\d{3,6})\b", re.IGNORECASE
)
GOVERNED_BY = "42001"  # the standard govbot answers on, whichever documents are indexed
# "the ai act ban on reading employees' emotions, is that article 5(1)(f) exactly? need the precise reference": a
# provision down to its paragraphs, asked to be confirmed or given, which only a sentence citing it so states
PROVISION = re.compile(r"\b\d+\(\d+\)(?:\([a-z]+\))*", re.IGNORECASE)
PROVISION_ASKED = re.compile(
    r"\b(?:exact(?:ly)?|precise(?:ly)?|reference|citation|cite)\b"
    r"|\b(?:which|what) (?:[\w-]+ )?(?:article|section|paragraph|clause)\b",
    re.IGNORECASE,
)
ARTICLE_ASKED = re.compile(r"\b(?:which|what) (?:[\w-]+ ){0,2}?article\b|\barticle (?:number|no\.?)", re.IGNORECASE)
ARTICLE_NUMBERED = re.compile(r"\b(?:article|art\.?) ?(\d+)\b", re.IGNORECASE)
# (an article whose content is asked, not one that sets the scene: "mapping our article 22 position - does kestrel…?")
ARTICLE_ABOUT = re.compile(
    r"\b(?:what(?:'s|’s|s| is| does| do)|explain|summari[sz]e|tell me about)\s+(?:the\s+)?(?:article|art\.?) ?(\d+)\b",
    re.IGNORECASE,
)
# "does canada have an ai law…?": what a yes-or-no question is about, however written
SUBJECT_WORD = re.compile(r"^(?:does|did|has) ([a-z]{4,})\b(?= (?!(?:and|or)\b)[a-z])", re.IGNORECASE)
# "is chatgpt still banned in italy?": a ban or a law where the documents never go (a word they never use)
# is another country's or body's, of which neither the inventory nor a sentence of theirs speaks
BANNED_IN = re.compile(
    r"\b(?:banned|blocked|illegal|legal|lawful|outlawed|prohibited|regulated) in ([a-z]{3,})\b", re.IGNORECASE
)
# "what does the records retention schedule say about timesheets?": what a document is asked to say something of;
# "does the eu ai act cover military ai?": what a law or rule is asked to reach
SAID_ABOUT = re.compile(
    r"\b(?:(?:say|says|said|mention|mentions|cover|covers) (?:anything )?(?:about|on|regarding|for) "
    r"|(?:cover|covers|apply to|applies to|apply in|applies in|extend to|extends to|exempt|exempts)\s+)"
    r"(?:the |our |a |an |any )?"
    r"((?:[a-z][a-z-]* ){0,2}[a-z][a-z-]*)\s*(?:\?|$|[.!,;])",
    re.IGNORECASE,
)
# "what does the eu ai act say about using ai for dynamic pricing in shops?": what a source says of a topic, however
# long and whatever follows it, whose rarest word a sentence saying it speaks of, however it names the source
TOPIC_SAID_ABOUT = re.compile(
    r"\b(?:say|says|said|think|thinks|recommend|recommends) (?:anything )?about (?:using |the |a |an |our )?"
    r"((?:[a-z][a-z-]* ){0,4}[a-z][a-z-]*)",
    re.IGNORECASE,
)
# "how long is the retention period for old payslips on the hr portal?": what a measure is asked of
MEASURE_OF = re.compile(
    r"\b(?:retention(?: period)?|deadline|time limit|notice period|budget|fee|cost|price)s? (?:for|of|on) "
    r"(?:the |our |a |an |any |my |old |new )?((?:[a-z][a-z'’-]* ){0,2}?[a-z][a-z-]*)"
    r"\s*(?:\?|$|[.!,;]|(?=\s(?:on|in|at|from|under|when|if|before|after|once|until|kept|stored|held|is|are)\b))",
    re.IGNORECASE,
)
# "how do i request a sabbatical?", "how can i book a parking space?": what a how-to question is to be done to
HOW_TO_OBJECT = re.compile(
    # ("how do i request time off in lieu?": a thing without an article, after the verb)
    # ("how do contractors get a kestrel laptop?": of people of a kind, likewise)
    r"\bhow (?:do|can|should|would) (?:i|we|you|contractors|staff|employees|interns|new (?:joiners|starters|hires)"
    r"|managers|people) (?:(?:[a-z]+ ){1,2}?(?:a|an|the|my|our|some|their)\s+"
    r"|(?:request|book|claim|apply for|get|order|arrange|sort out) (?!(?:it|this|that|them|one|to|a|an|the)\b))"
    # (up to what it is for or of: "how do i get on the distribution list for the quarterly update?"; but with
    # what it is on or in, when that ends the question: "how do i report a mistake on my payslip?")
    r"((?:[a-z][a-z-]* ){0,2}[a-z][a-z-]*(?: (?:on|in|of) (?:my|our|the|a|an) [a-z][a-z0-9-]*(?=\s*(?:\?|$)))?)"
    r"\s*(?:\?|$|[.!,;]|(?=\s(?:for|of|on|in|to|from|with|about)\b))",
    re.IGNORECASE,
)
# an example a sentence quotes ("…for example "summarise inbound client RFPs of up to 50 pages"")
QUOTED_EXAMPLE = re.compile(
    # (and the examples after it: '…for instance "no more than X…" or "every recommendation shows the top three…"')
    r"\b(?:for example|for instance|e\.g\.|such as),?\s*(?:\"[^\"]*\"|“[^”]*”)"
    r"(?:,?\s*(?:or|and)\s*(?:\"[^\"]*\"|“[^”]*”))*"
)
# "how long is onboarding for new grads?": what lasts how long, which the policies must speak of in its own words
HOW_LONG_IS = re.compile(
    r"\bhow long (?:is|are|was|will be) (?:the |a |an |our |my |your )?((?:[a-z][a-z-]* ){0,2}?[a-z][a-z-]*)"
    r"\s*(?:\?|$|[.!,;]|(?=\s(?:for|of|at|in|on|here|usually|normally|typically)\b))",
    re.IGNORECASE,
)
# "what's the deadline for notifying our cyber insurer…?": who is to be notified, whom a sentence on notifying someone
# else (the client) does not speak of
NOTIFIED = re.compile(
    r"\b(?:notify|notifying|notified|notification to|inform|informing|informed)\s+(?:the |our |an? |any |their |its )?"
    r"((?:[a-z][a-z-]* ){0,2}?[a-z][a-z-]*)\s*(?:\?|$|[.!,;]|(?=\s(?:about|of|that|if|when|within|before|after|for|in"
    r"|on|by|and|or)\b))",
    re.IGNORECASE,
)
# "how often are iso 42001 surveillance audits?": what comes round how often, which a sentence on another kind of it
# ("Each year internal audit samples…") does not speak of
HOW_OFTEN_OF = re.compile(
    r"\bhow often (?:is|are|was|were) (?:the |our |a |an |kestrel'?s |kestrel’s )?"
    r"((?:[a-z0-9][a-z0-9-]* ){0,3}?[a-z][a-z-]*)"
    r"\s*(?:\?|$|[.!,;]|(?=\s(?:held|run|done|carried|conducted|performed|for|at|in|on|here|usually|normally|typically"
    r"|supposed|meant|required|needed)\b))",
    re.IGNORECASE,
)
# "who do i ask about my laptop refresh?": whom to ask about a thing, each of whose words a sentence must speak of (a
# sentence on "refreshed vendor evidence" says nothing of laptops)
WHO_TO_ASK_ABOUT = re.compile(
    r"\bwho (?:do|should|can|could|would) (?:i|we) (?:ask|contact|talk to|speak to|speak with|email|ping|go to"
    r"|reach out to|message|chat to|chat with) (?:about|regarding|re|on) (?:my |our |the |a |an |this |that )?"
    r"((?:[a-z][a-z-]* ){0,2}?[a-z][a-z-]*)\s*(?:\?|$|[.!,;]|(?=\s(?:for|at|in|on|with|from|if|when|before|after)\b))",
    re.IGNORECASE,
)
# "how long is the tool owner training?": what lasts how long, whose head ("training") a sentence must speak of, however
# common a word (any word of the thing asked would let "…reminds the Tool Owner 30 days before" answer)
SPAN_WORDS = "window windows period periods term terms time span cycle cycles duration length limit"
LASTING_THING = re.compile(
    r"\bhow long (?:is|are|was|were|will be) (?:the |a |an |our |my |your )?((?:[a-z0-9][a-z0-9-]* ){0,3}?"
    # (the thing, not what is said of it: "how long are prompt logs kept for…?", "…valid for?")
    r"(?!(?:kept|retained|stored|held|archived|saved|valid|open|active|available|live|needed|required|allowed|given"
    r"|left|due|ed|[a-z]+ed)\b)[a-z][a-z-]*)"
    r"\s*(?:\?|$|[.!,;]|(?=\s(?:for|of|at|in|on|here|usually|normally|typically)\b))",
    re.IGNORECASE,
)
# "how long is an iso 42001 certificate valid for?": how long something stays valid, which a sentence must say as such
VALIDITY_ASKED = re.compile(r"\bhow long (?:is|are|was|were|will|would|does|do)\b[^?.!]{0,60}\bvalid\b", re.IGNORECASE)
# "how big is the ICO fine if we miss the 72-hour deadline?": what a size is asked of, which a sentence sizing something
# else ("…about more than 100 people…") does not speak of
SIZE_OF = re.compile(
    r"\bhow (?:big|large|high|heavy|steep|severe|hefty) (?:is|are|was|were|would be|will be|could be|can be)"
    r" (?:the |a |an |our |their |its |any )?(?:[a-z][a-z-]* ){0,2}?([a-z][a-z-]*)"  # (its head: "fine" of "ico fine")
    r"\s*(?:\?|$|[.!,;]|(?=\s(?:for|of|at|in|on|if|when|we|i|they|under)\b))",
    re.IGNORECASE,
)
# "how long are ai risk register entries kept?": what is kept, which a sentence on how long something else is kept
# does not speak of
KEPT_THING = re.compile(
    r"\bhow long (?:are|is|were|was) (?:the |our |my |an? |any )?((?:[a-z][a-z-]* ){0,3}?[a-z][a-z-]*)"
    r" (?:kept|retained|stored|held|archived|saved)\b",
    re.IGNORECASE,
)
# ("how long do we keep invoices under the records retention schedule?": likewise, said of who keeps it)
KEPT_BY_US = re.compile(
    r"\bhow long (?:do|does|should|must|will|can|did) (?:we|you|i|they|kestrel|(?:the |our )?(?:[\w-]+ ){1,3}?)"
    r"(?:keep|retain|store|hold|archive|save)"
    r" (?:the |our |my |an? |any |their )?((?:[a-z][a-z-]* ){0,2}?[a-z][a-z-]*)"
    r"\s*(?:\?|$|[.!,;]|(?=\s(?:for|under|in|on|at|after|before|once|according)\b))",
    re.IGNORECASE,
)
# "how do i get access to the vpn?", "who grants read access to the contract register?": what access is asked to,
# which a sentence on who may get access to something else ("…before they get access") does not speak of
ACCESS_TO = re.compile(
    r"\baccess (?:to|for|on) (?:the |our |a |an |my |their |your |kestrel's |kestrels )?"
    r"((?:[a-z][a-z'-]* ){0,5}?[a-z][a-z-]*)"
    r"\s*(?:\?|$|[.!,;]|(?=\s(?:for|of|on|in|to|from|with|so|and|or|is|are|who)\b))",
    re.IGNORECASE,
)
VERB_STEM_CHARS = 4  # the letters of a verb that its forms share ("dele" of deletion, "chan" of changed)
ACCESS_SAID = re.compile(r"\baccess", re.IGNORECASE)  # (a sentence that speaks of access at all)
# "where's the defibrillator in the amsterdam office?", "where do i find the first aid kit?": what is to be found
WHERE_IS = re.compile(
    r"\bwhere(?:'s|’s|s| is| are| do we keep| is our"
    r"| (?:do|can|would|should) (?:i|we) (?:find|get|download|view|collect|pick up))\s+(?:the |our |a |an |my )?"
    # (not what is done there: "where are tool retirements announced?")
    # (the fewest words that end before what follows: "the user docs | for claude", "the ai impact assessment template |
    # kept")
    r"((?:[a-z][a-z-]* ){0,3}?[a-z][a-z0-9-]*)(?<!ed)\s*(?:\?|$|[.!,;]|\s(?:in|on|at|for|kept|stored|located|held|based"
    r"|sitting|sat)\b)",
    re.IGNORECASE,
)
# "can you give me the link to the customer contract register?": where it is online
LINK_OF = r"\b(?:link|url|web address|web page|webpage)\s+(?:to|for|of)\b"
LINK_TO = re.compile(
    rf"{LINK_OF}\s+(?:the |our |a |an |my )?"
    r"((?:[a-z][a-z-]* ){0,2}[a-z][a-z0-9-]*)\s*(?:\?|$|[.!,;]|\s(?:in|on|at|for)\b)",
    re.IGNORECASE,
)

# "where is kestrel headquartered?", "where's the head office?": a head office, which a sentence naming where a
# subsidiary is ("Kestrel Analytics B.V. in Amsterdam") does not place
HEADQUARTERS = re.compile(r"\bheadquarter(?:s|ed)?\b|\bhead ?office\b|\bhq\b|\bregistered office\b", re.IGNORECASE)
WHERE_PRONOUNS = frozenset("that this it they them those these one".split())  # no thing said where it is


def head_asked(asking: re.Pattern[str], question: str) -> re.Pattern[str] | None:
    """Any form of the word the thing a question asks where or when of ends with ("office" of "the amsterdam office",
    "doc" of "the user docs": "documentation", "meet" of "the steering group meeting": "meets"), but not that word
    with an "-er" ("Officer"); none where it says no thing."""
    found = asking.search(question)
    head = found.group(1).split()[-1].lower() if found else ""
    if not head or head in WHERE_PRONOUNS:
        return None
    stem = tokenize(head)[0] if tokenize(head) else head
    stem = stem[:-1] if stem.endswith("s") and not stem.endswith("ss") else stem
    return re.compile(rf"\b{re.escape(stem)}(?!rs?\b)\w*", re.IGNORECASE)


PLACED_NEXT_TO = 50  # characters between a thing and the place a sentence says it is ("… template is on the Hub")
LIST_BREAK = re.compile(r"[;:]")  # where a list's item or a row's label ends


def places_it(sentence: str, heading: str, thing: re.Pattern[str]) -> bool:
    """Whether a sentence (under its heading) says where the thing asked of is: a place that is not the thing's own name
    ("As for that record in the Records Retention Schedule" does not say where the schedule is), said next to the thing
    ("The DPIA template is on the Kestrel Hub"; not "Its main components are: the six policies in the AI policy set…;
    …; the AI risk register…", which places something else), or anywhere in a sentence under a heading naming it."""
    places = [place for place in PLACE.finditer(sentence) if not thing.search(place.group())]
    if not thing.search(sentence):
        return bool(thing.search(heading)) and bool(places)

    def next_to(place: re.Match[str], named: re.Match[str]) -> bool:
        # (not across the end of a list's item or a row's label: "…workflow run through govbot; the AI risk register")
        between = sentence[min(named.end(), place.end()) : max(named.start(), place.start())]
        apart = max(place.start() - named.end(), named.start() - place.end())
        return apart <= PLACED_NEXT_TO and not LIST_BREAK.search(between)

    # ("…listed in your tool's inventory entry and in the development checklist", "…using the standard template"): the
    # thing named as where something else is, or what it is done with, is not itself placed
    named_as_itself = [
        named for named in thing.finditer(sentence) if not NAMED_AS_CONTAINER.search(sentence[: named.start()])
    ]
    return any(next_to(place, named) for place in places for named in named_as_itself)


NAMED_AS_CONTAINER = re.compile(
    r"\b(?:in|on|into|from|using|with|via|through|under)\s+(?:the |a |an |your |its |their |our |each )?"
    r"(?:[\w'’-]+ ){0,3}$",
    re.IGNORECASE,
)
SUPERLATIVE = re.compile(r"\w+est|max|maximum|minimum|min")  # "what's the longest an exception can last?"
# "what's the policy on remote work?", "is there any guidance about flexible hours?": the topic a rule is asked on
TOPIC_ASKED = re.compile(
    r"\b(?:policy|policies|rules?|guidance|guidelines|stance|position) (?:on|about|for|regarding|around|covering) "
    r"(?:the |our |using |a |an )?((?:[a-z][a-z-]* ){0,4}[a-z][a-z-]*)\s*(?:\?|$|[.!,;])",
    re.IGNORECASE,
)
# "what's the bring your own device policy?", "what's the email retention policy?": a whole policy asked for by its
# topic, which a sentence silent on the topic's rarest word is not (a document titled with it speaks of it)
# ("does the vpn policy cover contractors?", "who owns the backup policy?": likewise, whatever is asked of it)
POLICY_NAMED = re.compile(
    r"\b(?:what(?:'s|’s|s| is| are)|tell me(?: about)?|explain|summari[sz]e|is there(?: a| an| any)?"
    r"|do we have(?: a| an| any)?|where(?:'s|’s| is| can i find)"
    r"|(?:does|do|did|will|would|can|could|is|are|was)(?= (?:the|our|kestrel'?s|kestrel’s) )"
    r"|who (?:owns|wrote|approved|approves|maintains|signs off)|when (?:was|is|does|did))"
    r" (?:the |our |kestrel'?s |kestrel’s )?((?:[a-z][a-z-]* ){0,3}[a-z][a-z-]*)"
    r" (?:policy|policies|rules|guidelines|procedure)\b",
    re.IGNORECASE,
)
# "what exchange rate do we use…?", "which desk in the amsterdam office…?": the thing a question asks
# for, in the words after its "which" or "what" up to the verb or preposition that follows them.
THING_ASKED = re.compile(
    # ("is there a naming convention for…?": whether there is such a thing, which a sentence silent on it does not say)
    r"\b(?:which|what(?:'s|s| is| are| was)?(?: the| our| your| a| an)?|how (?:many|much)"
    r"|is there (?:a|an|any)(?! (?:way|chance|reason|need|problem|issue|risk)\b))"
    # "what should i put in…?" asks what to do, not which thing: no pronoun nor auxiliary verb begins the thing
    r" (?!(?:that|this|it|they|he|she|you|i|we|there|do|does|did|should|must|can|could|will|would|shall|may|might"
    r"|went|goes|go|came|comes|happened|happens|happen|got|gets)\b)"
    r"((?:[a-z][a-z-]* ){0,2}[a-z][a-z-]*)"
    r" (?=(?:do|does|did|is|are|was|were|should|must|can|will|would|has|have|for|of|in|on|at|to|we|i|they|you"
    # ("which storage bucket holds the synthetic dataset?")
    r"|holds|keeps|stores|hosts|houses)\b)",
    re.IGNORECASE,
)
# "how does kestrel measure the roi of its ai tools?": what is measured, which a rule on measuring other things
# does not say
MEASURE_TAKEN = re.compile(
    r"\bhow (?:do|does|did|should|would|will) (?:[\w-]+ ){1,2}(?:measure|calculate|track|work out|estimate|quantify)"
    r" (?:the |our |its |their |a |an )?((?:[a-z][a-z-]* )?[a-z][a-z-]*) (?=(?:of|for|on|from|across|in)\b)",
    re.IGNORECASE,
)
# "what's the turing test?", "whats rlhf?": the whole question names the thing asked
WHAT_IS_NAMED = re.compile(
    r"^\W*what(?:'s|’s|s| is| are| was| were)\s+(?:the |a |an )?((?:[a-z][a-z0-9-]* ){0,3}[a-z][a-z0-9-]*)\W*$",
    re.IGNORECASE,
)
# "does the uk have its own ai act yet?": what something is asked to have, which a sentence silent on it does not say
# ("does the no-blame protection cover her as well?": no thing)
_NOT_THE_THING = (
    r"(?!(?:for|of|in|on|at|to|with|about|from|by|yet|already|now|still|or|and|that|which|as|too|also|either)\b)"
)
HAS_ASKED = re.compile(
    rf"{MESSAGE_START}\W*(?:does|do|did|has|have) (?!(?:i|we|you|they|it|this|that|anyone|someone|there)\b)"
    r"(?:[\w.'’-]+ ){1,5}?"
    # ("does kestrel run some kind of internal data academy…?": what it is asked to run or offer; "does iso 42001
    # require an ai ethics board…?": what it is asked to require)
    r"(?:actually |already |still |ever |yet |really |also )?"
    # ("does legal's standard ai contract schedule include a liability cap?": what it is asked to hold)
    # ("does kestrel do a cycle to work scheme?": what it does as a thing it offers)
    r"(?:have|had|got|offer|hold|run|provide|require|mandate|expect|include|cover|contain|do(?= (?:a|an|any) )"
    # ("has kestrel signed the eu ai pact?": what it is asked to have signed up to)
    r"|signed(?: up to)?|joined|adopted|endorsed|ratified)"
    r"(?! (?:to|us|me|them|you|that|this|it|off|up|in|on)\b) "
    r"(?:(?:a|an|any|its|their|our|his|her|own|the|some) )*(?:(?:kind|sort|type)s? of )?"
    rf"((?:{_NOT_THE_THING}[a-z][a-z-]* ){{0,2}}{_NOT_THE_THING}[a-z][a-z-]*)",
    re.IGNORECASE,
)
# "is iso 42001 a harmonised standard under the eu ai act?": what kind of thing something is asked to be, in words the
# documents may never use
IS_A_ASKED = re.compile(
    rf"{MESSAGE_START}\W*(?:is|are) (?!(?:i|we|you|they|it|this|that|there)\b)"
    # (the subject a name or a noun, not a phrase with its own "a": "is data from a public sector client…?")
    r"(?:(?!(?:from|of|for|in|on|with|by|to|about|at)\b)[\w.'’/-]+ ){1,4}?(?:a|an) "
    r"((?:[a-z][a-z-]* ){0,2}[a-z][a-z-]*)"
    r"\s*(?:\?|$|[.!,;]|(?=\s(?:under|for|in|on|at|of|to|by|according|as|within|or)\b))",
    re.IGNORECASE,
)
# "does the ai act open-source exemption cover the llama models we host?": the thing a question asks what it covers or
# requires, in words the documents may never use
SUBJECT_ASKED = re.compile(
    rf"{MESSAGE_START}\W*(?:does|do|did|will|would|can|could) (?:the|our|a|an|this|that) "
    r"((?:[a-z0-9][a-z0-9-]* ){0,4}?[a-z][a-z-]*) (?=(?:actually |also |still |even )?(?:cover|apply|include|require"
    r"|mean|allow|affect|protect|extend|exempt)s?\b)",
    re.IGNORECASE,
)
# "is the tuesday review panel recorded?": a state asked of a thing, which a sentence silent on it does not say
# (whether it may be used, the inventory's words for it, is asked otherwise)
STATE_ASKED = re.compile(
    rf"{MESSAGE_START}\W*(?:and |so |but )?(?:is|are|was|were) (?!(?:i|we|you|they|it|this|that|there)\b)"
    r"(?:the |our |a |an |my |their |its )?(?:[\w'’-]+ ){1,4}?"
    r"(?!(?:used|allowed|approved|permitted|banned|blocked|registered|covered|rejected|retired|needed|required"
    r"|supposed|expected|meant|based|called|named|involved|concerned|interested|worried|owned|licen[cs]ed|sanctioned"
    r"|authori[sz]ed|whitelisted|listed|included)\b)"
    r"(\w+ed|\w+en)\s*(?:[?.!]|$)"
    # "can the 20 business day appeal window be extended if…?": a change asked of a thing, likewise
    r"|\b(?:can|could|will|would) (?!(?:i|we|you|they|it|this|that|there)\b)(?:the |our |a |an |my |their |its )?"
    # (not a role given: "could a contractor be named as tool owner?" asks who may hold it)
    # ("can the one-month deadline for a subject access request covering ai chat logs be extended…?")
    r"(?:[\w'’-]+ ){1,14}?be (?!(?:used|allowed|approved|permitted|shared|put|pasted|uploaded|given|sent)\b)"
    r"(?!(?:named|appointed|nominated|assigned|designated) as\b)(\w+ed)\b",
    re.IGNORECASE | re.MULTILINE,
)
# "which steering group member is the exec sponsor for…?": the role the one asked for holds, which a sentence naming
# the members does not give
WHICH_IS_THE = re.compile(
    r"\bwhich (?:[a-z-]+ ){0,3}?(?:is|are|was) (?:the|our) ((?:[a-z][a-z-]* ){0,2}?[a-z][a-z-]*)"
    r"\s*(?:[?.!,;]|$|(?=\s(?:for|of|on|in|at|to)\b))",
    re.IGNORECASE,
)
# "do i get a certificate when i finish the e-learning?": what one is asked to get, which a sentence silent on it
# does not say one gets
GET_ASKED = re.compile(
    # ("can we get a refund on unused claude team seats…?")
    r"\b(?:do|does|will|would|did|can|could) (?:i|we|you|they|he|she|everyone|people|staff|employees"
    # ("does the amsterdam team get a separate dutch-language privacy notice?")
    r"|(?:the|our|my|new) (?:[a-z-]+ ){0,2}?(?:team|teams|staff|employees|joiners|starters|managers|reviewers|owners))"
    r" (?:get|receive|earn) (?:a|an|any|some|their|our|my|your) ((?:[a-z][a-z-]* ){0,4}?[a-z][a-z-]*)"
    r"\s*(?:[?.!,;]|$|(?=\s(?:for|of|on|in|to|from|with|when|if|after|once|about|covering|or)\b))",
    re.IGNORECASE,
)
# "can i use a personal usb stick?", "can we use my own laptop for client work?": what one asks to use or bring,
# which a rule on something else used ("Never use a personal or free consumer AI account…") does not speak of
USE_OBJECT = re.compile(
    r"\b(?:can|could|may|should) (?:i|we|you|staff|people|contractors) (?:still |also |even )?"
    r"(?:use|bring|plug in|connect|take) (?:a |an |my |our |your |the |their )?(?:own |personal |private |home |work )?"
    r"((?:[a-z][a-z-]* ){0,1}[a-z][a-z0-9-]*)"
    r"\s*(?:[?!.,;]|$|(?=\s(?:for|at|to|in|on|with|when|while|during|if|instead|from|into|outside|abroad)\b))",
    re.IGNORECASE,
)
# "how do i request a copilot licence?", "who has a spare chatgpt licence?": a licence as a seat of a product, which a
# sentence on the licence terms of models or code ("Open-model licences vary widely.") does not speak of
LICENCE_AS_SEAT = re.compile(
    r"\b(?:request|get|have|need|order|buy|assign|apply for|spare|free up|give (?:me|us|someone))\s+"
    r"(?:a|an|my|our|the|one|spare|extra|another|more)?\s*(?:[\w.-]+\s+){0,3}?(?:licen[cs]e|seat)s?\b",
    re.IGNORECASE,
)
LICENCE_TERMS = re.compile(
    r"\b(?:open[- ]model|open[- ]source|permissive|community|compatible|model|dataset|code)\s+licen[cs]es?\b"
    r"|\blicen[cs]es?\s+(?:review|text|terms|of (?:each|the|any) (?:model|dataset))\b",
    re.IGNORECASE,
)
# "when are the quarterly results published?": what is published, held or due when
WHEN_IS = re.compile(
    r"\bwhen (?:is|are|was|were|does|do|will) (?:the |our |a |an |my |next |the next )?"
    r"((?:[a-z][a-z-]* ){0,2}[a-z][a-z-]*)"
    r" (?:published|released|due|held|announced|sent|out|paid|open|opens|closed|closes|happening|starting|ending)\b",
    re.IGNORECASE,
)
PEOPLE_DOING = re.compile(r"(?:people|persons|members|staff|employees|folks|reviewers|users) [a-z]+$", re.IGNORECASE)
# "is there an approved library of prompts for…?": a thing of a kind, which a sentence on another kind ("the
# standard answer library") does not say exists
KIND_OF_THING_ASKED = re.compile(
    r"\b(?:is|are) there (?:an?|any|some) (?:[a-z-]+ ){0,2}?[a-z-]+ of ([a-z][a-z-]*)\b", re.IGNORECASE
)
# "does the e-learning count towards my off-the-job training hours?": what something is asked to count towards,
# which a sentence silent on it does not say
COUNTS_TOWARDS = re.compile(
    r"\bcount(?:s|ed|ing)? (?:towards?|toward) (?:(?:my|our|the|your|their|any|a|an) )?"
    r"((?:[a-z][a-z-]* ){0,3}[a-z][a-z-]*)",
    re.IGNORECASE,
)
LANGUAGES = (
    r"dutch|portuguese|german|french|spanish|italian|polish|arabic|japanese|chinese|mandarin|cantonese|welsh|irish"
    r"|hindi|urdu|korean|russian|ukrainian|turkish|swedish|danish|norwegian|finnish|greek|czech|hungarian|romanian"
    r"|hebrew|english|braille|bsl|sign language|catalan|basque|galician|flemish|vietnamese|thai|indonesian|malay"
    r"|tagalog|filipino|swahili|bengali|punjabi|tamil|persian|farsi|slovak|slovenian|croatian|serbian|bulgarian"
    r"|lithuanian|latvian|estonian|icelandic|afrikaans|latin"
)
# "is the e-learning available in dutch?": a language something comes in, which a sentence silent on it does not say
# ("…write job ads in French?": after what is made, too, where nothing follows that the language could qualify, as
# "in dutch law" would be)
LANGUAGE_ASKED = re.compile(
    r"\b(?:available|offered|provided|delivered|taught|run|held|given|translated|published|written|there|exists?"
    r"|comes?|version|answer|reply|respond|speak|talk|chat|work|transcribe|summari[sz]e|[a-z]+(?= in (?:"
    + LANGUAGES
    + r")(?:\s*$|\s*[^\w\s]|\s+(?:or|and|for|too|please|as well|if|so|instead|rather|not|only)\b)))"
    # ("does the contract schedule come in a dutch version?")
    r" in (?:an? (?=(?:" + LANGUAGES + r") (?:version|translation|edition)s?\b))?(?P<language>" + LANGUAGES + r")\b",
    re.IGNORECASE,
)
# "can otter transcribe spanish?", "does copilot understand welsh?": a language something is to work in, likewise
LANGUAGE_WORKED_IN = re.compile(
    r"\b(?:transcrib\w*|translat\w*|understand\w*|speak\w*|read\w*|support\w*|handl\w*|recogni[sz]\w*)\s+"
    # (the language alone: "…translate german contracts?" asks leave to translate contracts)
    r"(?P<language>" + LANGUAGES + r")\b(?=\s*(?:$|[^\w\s]|(?:or|and|too|as well|please)\b))",
    re.IGNORECASE,
)
# "is the browser extension available for safari?", "does it run on linux?": a platform something comes on, which a
# sentence silent on it does not say
PLATFORMS = (
    r"safari|firefox|chrome|chromium|edge|brave|opera|vivaldi|arc|mac|macs|macos|os x|windows|linux|ubuntu|ios|ipados"
    r"|android|iphones?|ipads?|chromebooks?|apple watch|vision pro|smart ?tvs?|tablets?|mobile|desktop"
)
PLATFORM_ASKED = re.compile(
    r"\b(?:available|offered|supported|support|there|exists?|comes?|works?|runs?|installs?|installed|installable"
    r"|downloadable|download|app|apps|version|extension|plugin|plug-in|add-on)"
    r" (?:for|on|in|with) (?:the |an? |my |our )?(?P<platform>" + PLATFORMS + r")\b",
    re.IGNORECASE,
)
# "is iso 42001 mandatory in the uk?", "is the eu ai act legally binding here?": whether a standard or a law binds,
# which only a sentence naming it says (not "…a data processing agreement… is required")
BINDING_ASKED = re.compile(
    r"^\W*(?:is|are) (?:the |an? )?(?P<subject>iso(?:/iec)? ?\d{4,5}(?: certification)?|(?:[\w-]+ ){0,3}?"
    r"(?:act|regulation|directive|standard|framework|rmf|law|code of practice))"
    r" (?:actually |really |even |now |still )?(?:mandatory|compulsory|obligatory|required|binding|enforceable"
    r"|a legal (?:requirement|obligation)|legally (?:required|binding|enforceable)|the law|law)\b",
    re.IGNORECASE,
)
# words of a standard's or a law's name that say not which ("eu" of "the eu ai act")
BINDING_FILLER = frozenset({"ai", "certification", "eu", "uk", "us", "european"})
# "can deepl pro translate into ukrainian?", "…translate scanned documents into ukrainian?": a language translated
# into, which a tool's entry may not speak of (not what of ours is translated: "…translate our newsletter into…?"
# asks leave to give it to the tool)
TRANSLATED_INTO = re.compile(
    r"\btranslat\w*\s+(?:(?!(?:our|my|the|their|his|her|your|this|that|these|those|client)\b)[\w'’-]+\s+){0,3}?"
    r"(?:(?:in)?to|from)\s+(?P<language>" + LANGUAGES + r")\b",
    re.IGNORECASE,
)
# "do we get paid extra for being on the on-call rota?": pay, of which a sentence answering speaks
PAY_ASKED = re.compile(
    r"\b(?:get|getting|be|being|are|is) paid\b|\b(?:extra|more|additional|overtime|on-call|standby|holiday) pay\b"
    # "are contractors paid for the time they spend on the e-learning?"
    r"|\b(?:are|is|were|was) (?:[\w-]+ ){1,2}paid (?:for|to|extra|while|during)\b"
    r"|\b(?:allowances?|bonus(?:es)?|stipends?|overtime)\b",
    re.IGNORECASE,
)
# "can otter sync meeting notes into notion?": how one product works with another, of which a sentence answering
# speaks by naming the other
WORKS_WITH = re.compile(
    r"\b(?:sync|syncs|synced|syncing|integrat\w*|connect|connects|connected|connecting|plug|plugs|plugged|plugging"
    r"|export\w*|import\w*)\b"
    r"[^?.!]{0,40}?\b(?:with|into|to|from|in)\b",
    re.IGNORECASE,
)
PAY_WORDS = "pay paid salary salaries allowance bonus overtime compensation remuneration stipend"
# "how many reviewers does a high-risk request need?": what is counted, which a count of something else
# ("personal data about more than 5,000 people") does not give (not a unit: "how many days…?" asks a duration)
COUNT_OF = re.compile(
    r"\bhow many (?:[a-z-]+ ){0,2}?(?!(?:(?:business|working|calendar) )?(?:seconds|minutes|hours|days|weeks|months"
    r"|years|times)\b)([a-z]*(?:people|staff)|[a-z]+s)\b",
    re.IGNORECASE,
)
# a number and the few words after it, which say what it counts ("one reviewer from each…")
# ("…built on one client's data": one of them, not how many there are)
COUNTED = re.compile(rf"\b(?:\d+(?:,\d{{3}})*|{NUMBER})\b(?!\s+[\w-]+['’]s\b)((?:\s+[\w-]+){{1,3}})", re.IGNORECASE)
# "how many days of annual leave…?": what is counted in that unit
MEASURED_OF = re.compile(
    r"\bhow (?:many|much) (?:\w+ )?(?:days|hours|weeks|months|years|minutes|times|pounds|euros) of"
    r" ((?:[a-z][a-z-]* ){0,2}[a-z][a-z-]*)",
    re.IGNORECASE,
)
# "guess shoppers' religion from their faces", "someone's age from their face": what is inferred, which a rule on
# inferring other things ("…to infer race, political opinions…, religion…") does not speak of
INFERRED_FROM = re.compile(
    r"\b(?:guess|infer|predict|detect|work out|determine|estimate|tell)(?:s|es|ed|ing)? "
    r"(?:(?:their|people's|peoples|someone's|shoppers'|customers'|staff's|employees'|a person's|each|the) )?"
    r"([a-z]+) from\b",
    re.IGNORECASE,
)
# the words an object ends before: what it is about or for ("tell the reviewers about new vendor terms" -> "reviewers")
OBJECT_ENDS = "about|for|on|of|to|with|in|into|from|after|before|by|at|and|or|if|when|so"
# an object of up to three words, up to those
OBJECT = rf"(?:(?!(?:{OBJECT_ENDS})\b)[a-z][a-z-]*\s?){{1,3}}"
# "how many days does the tool owner get to set up the retention settings?", "how long does IT take to set up sso?":
# what the time is given for, of which the sentence giving it speaks
TIME_TO_DO = re.compile(
    r"\bhow (?:many (?:\w+ )?(?:days|hours|weeks|months)|long|much time) (?:do|does|did|will|would|has|have)"
    r" [\w'’ -]{1,40}? (?:get|have|got|take) to (?:\w+ )?(?:(?:up|out|in|on|back|off) )?"
    r"(?:the |a |an |our |their |its |my )?"
    # (the task's object, up to what it is about or for: "tell the reviewers about new vendor terms")
    rf"({OBJECT})",
    re.IGNORECASE,
)
# "how many days can i work from home?": how long one may do something, said of that thing
TIME_ALLOWED = re.compile(
    r"\bhow (?:many (?:\w+ )?(?:days|hours|weeks|months)(?: (?:a|per|each) (?:week|month|year))?|long)"
    r" (?:can|may|could) (?:i|we|you|staff|employees|people|someone|they) (?!(?:keep|use|have|extend)\b)"
    r"((?:(?!(?:about|for|on|of|to|with|into|after|before|by|at|and|or|if|when|so)\b)[a-z][a-z-]*\s?){1,3})",
    re.IGNORECASE,
)
# "how much notice do i need to give for holiday?": what notice is given for
NOTICE_FOR = re.compile(
    # ("…before taking annual leave?": what is done after the notice)
    # ("how many days notice do i need to give for annual leave?": the same, counted)
    r"\bhow (?:much|many (?:days|weeks|hours)(?:'|’)?) (?:advance )?(?:notice|warning|lead time)\b[^?.!]{0,40}?"
    r"\b(?:for|before(?: taking| booking| going on)?) (?:a |an |the |my |our |their |some )?"
    r"((?:(?!(?:about|on|of|to|with|into|after|before|by|at|and|or|if|when|so)\b)[a-z][a-z-]*\s?){1,2})"
    # ("how much notice do i have to give if i resign?": what is done after it, said as a case)
    r"|\bhow much (?:advance )?notice\b[^?.!]{0,40}?\b(?:if|when) (?:i|you|we|someone|an employee|staff)"
    r" (?:want to |decide to |choose to )?([a-z][a-z-]*)",
    re.IGNORECASE,
)
# "how fast does a sev 2 incident get acknowledged?": the task, said of what it is done to (a reading of "have to
# acknowledge" likewise lost more than it gained: "have to finsh the training", "have to give our data back")
TIME_TO_BE_DONE = re.compile(
    r"\bhow (?:long|fast|quickly|soon) (?:does|do|will|would|is|are|should|must) (?:a |an |the |my |our |their )?"
    r"[\w'’ -]{1,40}? (?:get|gets|be) ([a-z]+ed)\b",
    re.IGNORECASE,
)
# "how long does the ico usually take to reply…?": a time in practice, said only where a sentence gives an aim,
# a target or what usually happens
# "what's the cheapest ai transcription tool?", "which is the most accurate translator?": a ranking of things on a
# measure, which only a sentence speaking of that measure makes ("the fastest way to report…" asks how, not a ranking)
RANKED_ON = {
    r"cheapest|priciest|most expensive|least expensive|lowest[- ]cost|best[- ]value": r"cheap|cost|pric|£|\$|€|value",
    r"fastest|slowest|quickest": r"fast|slow|quick|speed",
    r"most accurate|least accurate": r"accura|error",
    r"most popular|least popular|most used|least used|most widely used|highest[- ]rated|best[- ]rated": (
        r"popular|most used|widely used|rated|rating"
    ),
}
RANKING_ASKED = [
    (
        re.compile(rf"\b(?:{ranking})\b(?! (?:way|ways|route|option|thing|place|channel|time)\b)", re.IGNORECASE),
        re.compile(rf"\b(?:{measure})", re.IGNORECASE),
    )
    for ranking, measure in RANKED_ON.items()
]
TYPICAL_ASKED = re.compile(
    r"\bhow (?:long|many (?:\w+ )?(?:hours|days|weeks|months)|much time|quickly|fast|soon)"
    r" (?:does|do|did|will|would|is|are) [^?.!]{1,60}?\b(?:usually|normally|typically|generally|on average)\b",
    re.IGNORECASE,
)
TYPICAL = re.compile(
    r"\b(?:aims?|aiming|usually|normally|typically|generally|on average|average|median|targets?|expects?|expected)\b",
    re.IGNORECASE,
)
# "whats the difference between the uk gdpr and the eu gdpr?": how two things differ, which only a sentence naming
# both and setting one against the other says ("Kestrel is subject to both…" names both, and contrasts nothing)
DIFFERENCE_ASKED = re.compile(
    r"\b(?:difference|differences|diff|distinction) between (?:the |a |an )?(?P<one>[\w'’ -]{2,40}?)"
    r" and (?:the |a |an )?(?P<other>[\w'’ -]{2,40}?)(?=\s*(?:\?|$|[.!,;:]|\bor\b))",
    re.IGNORECASE,
)
CONTRAST = re.compile(
    r"\b(?:unlike|whereas|while|but|however|differs?|different|differences?|distinction|rather than|instead|than"
    r"|only|not|except|as for)\b",
    re.IGNORECASE,
)
# "who covers for the dpo when they're on leave?": who acts in someone's place, which only a sentence naming a deputy,
# a successor or an absence says (not what the DPO does)
DEPUTY_ASKED = re.compile(
    r"\bwho (?:covers? for|deputi[sz]es?|(?:stands?|fills?|steps?) in for|takes? over)\b", re.IGNORECASE
)
DEPUTY_WORDS = "deputy deputies deputise absence absences successor successors"
# "who signs off a new headcount request for my team?": what is signed off, of which the sentence naming who speaks
WHO_DOES = re.compile(
    # (not "who decides whether the insurers are told?": what is decided is a question of its own)
    r"\bwho (?:signs? off|approves?|decides?|owns?|handles?|authori[sz]es?|sanctions?|manages?|maintains?|runs?|reviews"
    # "who chairs the works council?": what is chaired, of which the sentence naming who speaks
    r"|chairs|leads|heads(?: up)?|oversees|coordinates"
    r"|administers?|looks? after|wrote|created|invented|founded|built|designed"
    # "who do i report a workplace injury to?": what is reported, of which the sentence naming to whom speaks
    r"|(?:do|should|would|can|must) (?:i|we|you) (?:report|tell|escalate|flag|raise))"
    # ("who reviews and signs off my timesheet?": two verbs of one object)
    r"(?: and (?:signs? off|approves?|reviews?|checks?|decides?|owns?|manages?))? (?:on )?"
    r"(?!(?:whether|if|what|which|how|who|when|where)\b)"
    r"(?:(?:a|an|the|my|our|their|new|any) )*"
    rf"({OBJECT})",
    re.IGNORECASE,
)
# an object with the words before it, for WHO_ACTS (which also ends it at "each" or "every": "…signs the contracts each
# year" — how often is no part of what is done)
OBJECT_WORDS = (
    r"(?:(?:a|an|the|my|our|their|new|any|kestrel['’]s) )*"
    rf"(?:(?!(?:{OBJECT_ENDS}|each|every)\b)[a-z][a-z-]*\s?){{1,3}}"
)
# "who translates the ai policies into portuguese?", "which team sets up the isolated environment…?": what someone
# does, of which the sentence naming who speaks, in its verb or its object (the verb too, unlike WHO_DOES's, since any
# verb may be asked: "translates" is what "the policy applies to everyone" does not say)
WHO_ACTS = re.compile(
    r"(?:\bwho|\bwhich (?:[\w-]+ )?(?:team|department|function|group|person|people))"
    r"(?: (?:at|in|from) (?:the |our )?[\w'’.-]+(?: [\w'’.-]+){0,3}?)?"
    r" (?:actually |originally |usually |normally |really |first )?"
    r"(?!(?:is|was|does|has|gets|needs|sits|says|knows|thinks|means|counts|wants|uses|used)\b)"
    # ("who keeps track of which sub-processors we use?": an idiom's noun is no task; what it is of is)
    rf"(?:(?:keeps?|kept|takes?|took) (?:track|care|charge|note|stock|ownership) of ({OBJECT_WORDS})"
    # (not "who decides whether the insurers are told?": what is decided is a question of its own)
    rf"|([a-z]{{3,}}(?:s|ed)(?: (?:up|off|out|after|over))? (?!(?:whether|if|what|which|how|who|when|where)\b)"
    rf"{OBJECT_WORDS})"
    # ("who can sign a client contract on behalf of kestrel?": who may do it, likewise)
    rf"|(?:can|may|could|is allowed to|is able to) ((?!(?:be|see|use|i|we|you|help|tell|answer)\b)[a-z]{{3,}}"
    rf"(?: (?:up|off|out|after|over))? (?!(?:whether|if|what|which|how|who|when|where)\b){OBJECT_WORDS}))",
    re.IGNORECASE,
)
# "who owns the acceptable use policy?", "who's the owner of the risk register?": said only by a sentence of owning
# (…or "which team owns the internal model registry?")
OWNER_OF = re.compile(
    r"\bwho(?:'s|’s| is|s)? (?:owns?|the owner of)\b|\bwhich (?:[\w-]+ )?(?:team|department|function|group|person)"
    r" owns\b",
    re.IGNORECASE,
)
# what a document's byline says of it: who owns it, its version, when it was last reviewed
DOCUMENT_NAMED = re.compile(
    r"\b(?:polic(?:y|ies)|procedures?|guidance|standards?|documents?|handbook|playbook|kes-ai-\d+)\b", re.IGNORECASE
)
# when a document was last reviewed, as asked ("…last updated", "…updated last")
REVIEWED_LAST = r"last (?:reviewed|updated|revised)|(?:reviewed|updated|revised) last"
# who keeps a document current, as asked
KEPT_BY = r"\bwho (?:maintains|looks after|keeps)\b"
DOCUMENT_FACT = re.compile(
    r"\b(?:who(?:'s|’s| is|s)? (?:owns?|the owner of|wrote|maintains|responsible for)|owner of|(?:what|which|latest) "
    rf"version|version (?:of|number)|(?:policy|document|reference) (?:number|id)|{REVIEWED_LAST})\b",
    re.IGNORECASE,
)
# "who is the owner of the incident reporting policy?": the role its byline names ("Owner: AI Governance Lead"),
# not a person's name
# ("who wrote the ai acceptable use policy?": the byline names its owner, who answers for it)
DOCUMENT_OWNER_ASKED = re.compile(
    rf"(?:{OWNER_OF.pattern}|\bwho (?:wrote|writes)\b|{KEPT_BY})(?=[^?.!]*{DOCUMENT_NAMED.pattern})",
    re.IGNORECASE,
)


# "the travel policy", "our incident reporting procedure": the words naming which document
# the kinds of document a question calls by name ("the uk government's ai white paper")
CALLED_KINDS = r"polic(?:y|ies)|procedures?|handbook|playbook|white ?papers?|green papers?"
DOCUMENT_CALLED = re.compile(
    rf"\b(?:the|our|kestrel['’]?s)\s+((?:[a-z][a-z'’-]*\s+){{1,4}}?)(?:{CALLED_KINDS})\b",
    re.IGNORECASE,
)


def document_words(question: str) -> frozenset[str]:
    """The words a question names a document by ("travel" of "the travel policy"), besides "AI"."""
    return frozenset(
        term for found in DOCUMENT_CALLED.finditer(question) for term in terms_of(found.group(1)) - terms_of("ai")
    )


# what a byline states, asked of a document: its owner, its version, its last review (not "when is the next version…?")
BYLINE_FACT_ASKED = re.compile(
    # (not who wrote it: the byline names an owner, not an author)
    rf"{OWNER_OF.pattern}|{KEPT_BY}|\b(?:what|which|latest|current) version\b|\bversion number\b"
    rf"|\b(?:{REVIEWED_LAST})\b",
    re.IGNORECASE,
)


def byline_of_the_document_asked(question: str, scored: Sequence[Scored]) -> Scored | None:
    """Of the sentences scored for a question asking what a byline states of a document it names ("who owns the
    incident reporting policy?"), that document's byline; None otherwise."""
    named = document_words(question)
    if not named or not BYLINE_FACT_ASKED.search(question):
        return None
    return next(
        (s for s in scored if BYLINE_CLEANED.match(s.text) and not s.lacks and named <= terms_of(s.hit.title)), None
    )


def byline_of_another_document(question: str, sentence: Scored | None) -> bool:
    """Whether `sentence` is the byline of a document other than the one a question names ("what version is the Data
    Protection Policy on?": "Policy KES-AI-03 · Version 1.4 · Owner: AI Governance Lead (with the Data Protection
    Officer)…" is Data Handling's)."""
    named = document_words(question)
    return (
        sentence is not None
        and bool(named)
        and bool(BYLINE_CLEANED.match(sentence.text))
        and not named <= terms_of(sentence.hit.title)
    )


# A list of four or more short items, "a, b, c and d" (or "…or d"), of which a sentence does not speak item by item
ITEM_OF_A_LIST = r"[\w'’-]+(?: [\w'’-]+){0,3}"
LONG_LIST = re.compile(rf"(?:\b{ITEM_OF_A_LIST}, ){{3,}}(?:{ITEM_OF_A_LIST},? )?(?:and|or) [\w'’-]+(?: [\w'’-]+)?")


def of_another_document(question: str, sentence: Scored | None, hits: Sequence[Hit]) -> bool:
    """Whether a question asks of a document by name that none of the documents retrieved is ("does the vpn policy
    cover contractors?") and the passage `sentence` is from does not speak of all that name: "The policy applies to
    everyone…" is the AI Acceptable Use Policy's scope, no VPN policy's ("what's the meeting recorder policy?" is
    answered in "AI meeting assistants and note-takers", which speaks of recording; "…the ai acceptable use
    policy…" is a document held, of which another may speak)."""
    named = document_words(question)
    if sentence is None or not named or any(named <= terms_of(hit.title) for hit in [*hits, sentence.hit]):
        return False
    # ("what's the disciplinary policy?": a passage citing "…action under the Disciplinary Policy" does not say it)
    passage = f"{sentence.hit.heading} {sentence.hit.text}"
    for called in DOCUMENT_CALLED.finditer(question):
        cited = rf"\b{re.escape(called.group(1).strip())}\s+(?:{CALLED_KINDS}|standards?)\b"
        passage = re.sub(cited, " ", passage, flags=re.IGNORECASE)
    # ("what's the password policy?": "Never paste… passwords, API keys, access tokens, private keys… into any AI tool"
    # names passwords as one of many things, and is no rule on them)
    return not named <= terms_of(LONG_LIST.sub(" ", passage))


def asks_of_a_document(question: str) -> bool:
    """Whether a question asks what a document's byline says: its owner, version or last review."""
    return bool(DOCUMENT_FACT.search(question) and DOCUMENT_NAMED.search(question))


OWNING = re.compile(r"\b(?:co-)?own(?:s|er|ers|ed|ership)?\b|\baccountab", re.IGNORECASE)
# "is alcohol ever allowed on expenses?": what is asked to be allowed, which a rule on something else allowed does not
# speak of where the documents never name it
ALLOWED_SUBJECT = re.compile(
    rf"{MESSAGE_START}\W*(?:is|are) (?:the |a |an |any )?((?:[a-z][a-z-]* ){{0,2}}?[a-z][a-z-]*) "
    r"(?:ever |still |actually |really |even )?(?:allowed|permitted|banned|forbidden|prohibited)\b",
    re.IGNORECASE,
)
# "how do i request a new monitor?", "can i get a second screen?": a piece of office kit asked for as a thing, said as
# one ("your monitor", "external monitors"), not as the verb ("Monitor the supplier…", "to monitor drift")
KIT_ASKED = re.compile(
    r"\b(?:a|an|the|my|our|new|second|extra|spare|replacement|external|bigger|another) "
    r"(?P<kit>monitor|screen|keyboard|mouse|headset|charger|dock|printer|webcam|desk)s?\b",
    re.IGNORECASE,
)
KIT_SAID = (
    r"\b(?:a|an|the|my|your|our|their|new|second|extra|spare|personal|managed|external|work|own)\s+(?:[\w-]+\s+)?"
    r"{kit}s?\b"
)
# "who manages the kestrel hub?": who looks after a thing, which a sentence saying only where the hub is does not say
MANAGER_ASKED = re.compile(
    r"\bwho(?:'s|’s| is)? (?:manages?|maintains?|runs?|administers?|looks? after|is responsible for|keeps? up)\b",
    re.IGNORECASE,
)
MANAGING = re.compile(
    r"\b(?:manag|maintain|run|ran|administ|own|co-own|responsib|accountab|look\w* after|keep|kept|oversee|oversaw"
    r"|lead|led|chair|head|coordinat|curat|publish|update)\w*",
    re.IGNORECASE,
)
# "when's my probation review due?": what is due, of which the sentence giving the date speaks
DUE_ASKED = re.compile(
    r"\bwhen(?:'s|’s| is| are|s) (?:my|our|the|your|this year's|this years|next) (?:next )?"
    r"((?:[a-z][a-z-]* ){0,2}[a-z][a-z-]*) (?:due|happening|scheduled|held)\b"
    # "when do self-reviews close?"
    r"|\bwhen (?:do|does|will) (?:the |my |our |this year's |this years )?((?:[a-z][a-z-]* ){0,2}[a-z][a-z-]*)"
    r" (?:close|open|start|end|begin|finish|run)\b",
    re.IGNORECASE,
)
# "how long does the bid team usually take…?": who or what takes the time, of which a sentence must speak
# "my own", "a personal", "the free": an edition other than the company's, which the rule on personal accounts covers
PERSONAL_EDITION = r"(?:(?:my|our|your|a|an|the) )?(?:own|personal|private|free|home|consumer)"
TAKES_ASKED = re.compile(
    # "how long does it take chatgpt to answer?", "…for the reviewers to decide?": the taker after "it"
    r"\bhow (?:long|much time) (?:does|do|will|would|did|should) it (?:usually |normally |typically |generally )?"
    r"take (?:for )?(?:the |a |an |our )?((?:[a-z][\w.'’-]* ){0,2}?[a-z][\w.'’-]*) to\b|"
    r"\bhow (?:long|many (?:minutes|hours|days|weeks|months)|much) (?:does|do|will|would|did|should|is|are)"
    # ("how long does iso 42001 certification take?": a name's number is one of its words)
    r" ((?:[a-z0-9][\w'’-]* ){0,8}?[a-z][\w'’-]*) (?:usually |normally |typically |generally )?(?:take|cost|charge)s?\b"
    # "does notion ai cost extra?": what the product costs
    r"|^(?:does|do|will|would) ((?:[a-z][\w.'’-]* ){0,3}?[a-z][\w.'’-]*) (?:actually |also |still )?"
    r"(?:cost|charge)s?\b"
    # "does otter.ai have a SOC 2 report?": what the product or its vendor has
    r"|^(?:does|do|did|has) (?!(?:we|i|you|they)\b)((?:[a-z][\w.'’-]* ){0,3}?[a-z][\w.'’-]*)"
    r" (?:actually |already |still |ever )?(?:have|had|got|offer|hold)\b(?! to\b)"
    # "does copilot in excel work on a mac?", "does notion ai integrate with jira?": what the product works with
    r"|^(?:does|do|will|would) ((?:[a-z][\w.'’-]* ){0,3}?[a-z][\w.'’-]*) (?:actually |also |still )?"
    # (not "does otter work with personal accounts?", which asks whether one may)
    r"(?:work|run|integrate|sync|connect)s?\b(?= (?:on|in|with|offline|without|inside)\b)"
    rf"(?! \w+ {PERSONAL_EDITION}\b)"
    # "does otter support dutch?", "can chatgpt enterprise browse the web?": what the product can do
    r"|^(?:does|do|will|would|can|could) (?!(?:i|we|you|they|it|this|that|my|our|your|anyone|someone)\b)"
    r"((?:[a-z][\w.'’-]* ){0,3}?[a-z][\w.'’-]*) (?:actually |also |still |even )?"
    # (not "does chatgpt enterprise support confidential data?", which asks whether it may take it)
    r"(?:supports?\b(?! (?:[\w-]+ ){0,2}(?:data|information|details|records|files?|documents?|meetings?|calls?)\b)"
    r"|(?:understand|speak|recogni[sz]e|cite|detect|browse|check for|check)s?\b)"
    # (not "does grammarly support personal accounts?", which asks whether one may)
    rf"(?! (?:\w+ )?{PERSONAL_EDITION} (?:\w+ )?"
    r"(?:accounts?|subscriptions?|plans?|editions?|versions?|logins?|e-?mails?|devices?|laptops?|phones?)\b)"
    # "is perplexity ai a us company?", "is firefly trained only on adobe stock?": what the product is
    r"|^(?:is|are|was|were) ((?:[a-z][\w.'’-]* ){0,3}?[a-z][\w.'’-]*) (?:actually |really |still )?"
    r"(?:an? (?!(?:good|bad|safe|ok|okay|fine|problem|issue|risk|thing|option|choice|tool|way|go|must)\b)\w+"
    r"|trained|built|made|based|hosted|headquartered"
    r"|owned|developed|located|certified|compliant|open[- ]source|free|paid|expensive|cheap)\b(?! (?:to|for|of)\b)"
    # "can i change the time zone in otter?", "can i export a claude chat as a pdf?": a setting or a format of the
    # product, which only a sentence naming it could give
    r"|^(?:can|could|how (?:do|can)) (?:i|we|you) (?:change|set|adjust|customi[sz]e|configure|rename|resize)\b"
    r"[^?.!]{1,40}? (?:in|on) ((?:[a-z][\w.'’-]* ){0,3}?[a-z][\w.'’-]*)\s*\??$"
    r"|^(?:can|could|how (?:do|can)) (?:i|we|you) (?:export|download|save|convert) (?:an? |the |my |our )?"
    r"((?:[a-z][\w.'’-]* ){0,3}?[a-z][\w.'’-]*) (?:chats?|conversations?|transcripts?|notes|summar\w+|outputs?"
    r"|images?|files?|documents?|translations?|threads?) (?:as|to|into) (?:an? )?"
    r"(?:pdfs?|docx?|csv|word|excel|markdown|txt|pptx?|png|jpe?g|svg)\b"
    # "what does hirevue cost?", "how much is a claude team seat?": what the product costs
    r"|\bwhat (?:does|do|will|would) ((?:[a-z][\w.'’-]* ){0,3}?[a-z][\w.'’-]*) (?:actually )?(?:cost|charge)s?\b"
    r"|\bhow much (?:is|are) (?:an? |the |our )?((?:[a-z][\w.'’-]* ){0,3}?[a-z][\w.'’-]*)"
    r"(?: (?:licen[cs]es?|seats?|subscriptions?|plans?))?(?: (?:per|a|each) (?:month|year|user|person|seat))?\s*\??$"
    # "where is the otter.ai data stored?": where the product keeps what it holds
    r"|\bwhere (?:is|are|does|do) (?:the |our |my )?((?:[a-z][\w.'’-]* ){0,3}?[a-z][\w.'’-]*?)(?:['’]s)? (?:data"
    r"|recordings?|transcripts?|files?|prompts?|content|chats?|history|info\w*|uploads?)"
    r" (?:get |actually |physically )?(?:stored|kept|hosted|processed|held|saved|go|live)\b"
    # "how long is the otter contract?": the product's contract, licence or trial
    r"|\bhow long (?:is|are|does|do) (?:the |our |a |an )?((?:[a-z][\w.'’-]* ){0,3}?[a-z][\w.'’-]*?)(?:['’]s)?"
    r" (?:contract|licen[cs]e|subscription|agreement|trial|term|renewal)s?(?: (?:last|run|for))?\s*\??$"
    # "do we have a copilot studio licence?": what the company holds of the product
    r"|^\W*(?:do|does|did) (?:we|kestrel|our team|my team|the company) (?:actually |already |still )?(?:have|own|hold"
    r"|pay for|buy) (?:a |an |any |the )?((?:[a-z][\w.'’-]* ){0,3}?[a-z][\w.'’-]*?)"
    r" (?:licen[cs]es?|seats?|subscriptions?|accounts?|contracts?|plans?)\b"
    # "how does chatgpt work?": how the product works
    r"|^\W*how (?:does|do) (?:the |an? )?((?:[a-z][\w.'’-]* ){0,3}?[a-z][\w.'’-]*) (?:actually |even |really )?work"
    r"\s*[?!.]*$"
    # "how do i install copilot in vs code?", "how do i turn off copilot in word?": how to work the product itself
    r"|^\W*how (?:do|can|should|would) (?:i|we|you) (?:install|uninstall|set up|turn on|turn off|switch on|switch off"
    r"|enable|disable|update|download|activate|deactivate|log ?in to|sign ?in to|log ?into|sign ?into|open)"
    r" ((?:[a-z][\w.'’-]* ){0,3}?[a-z][\w.'’-]*)(?= (?:in|on|for|from|at|so|when|if)\b|\s*\??$)"
    # "how many people use copilot?", "how many licences of copilot are left?": how widely the product is used
    r"|\bhow many (?:people|users|staff|employees|seats|licen[cs]es|colleagues|of us)"
    r"(?: (?:at kestrel|here|in total|in the company))?"
    r" (?:actually |currently |already |still )?(?:use|have|are using|are on|of|for|on) (?:the )?"
    r"((?:[a-z][\w.'’-]* ){0,3}?[a-z][\w.'’-]*)(?= (?:are|is|do|does|today|now|right|at|so|in|left|yet)\b|\s*\??$)",
    re.IGNORECASE,
)
CHOICE_ENDS = re.compile(r"\s+(?:for|in|on|at|with|to|of|from|by|when|if|because|since|so)\s+", re.IGNORECASE)
# "who's kestrel's ceo?", "who's the cto on the ethics board?": a role whose holder is asked for
ROLE_ASKED = re.compile(
    r"\bwho(?:'s|’s|s| is| are| was)\s+(?:the |our )?(?:(?:[a-z-]+ ){0,2}[a-z-]+['’]s )?"
    r"((?:[a-z][a-z-]* ){0,2}[a-z][a-z-]*)\s*(?:[?.!]|$|\s(?:of|on|at|for|in)\b)",
    re.IGNORECASE,
)
ROLE_MIN_CHARS = 2
# "who at deepl do we chase for deletion certificates?", "who's our account manager at openai?", "our contact person
# at the ico?": someone at another organisation, whom none of our own roles is
AT_A_BODY = re.compile(
    r"\bwho(?:['’]s)?\b(?! (?:[\w'’-]+ ){0,3}?(?:looks?|looking|looked|good|better|best|bad|aim(?:s|ed)?|points?) at\b)"
    r"(?: [\w'’-]+){0,4}? at (?:the |a |an |our |their )?(?P<body>[a-z][\w&.-]*(?: [a-z][\w&.-]*)?)",
    re.IGNORECASE,
)
# "who does the group dpo report to?": whom a post answers to, said only by a sentence that speaks of reporting
REPORTING_LINE_ASKED = re.compile(
    r"\bwho(?:m)? (?:does|do|did|will|should) (?!(?:i|we|you|they)\b)[\w'’ -]{2,40}? report(?:ing)? (?:in)?to\b"
    r"|\breporting line\b|\breports? (?:in)?to who(?:m)?\b|\bline manager of\b",
    re.IGNORECASE,
)
REPORTS_TO = re.compile(
    r"\breport(?:s|ing|ed)? (?:directly )?(?:in)?to\b|\banswerable to\b|\bline manager\b", re.IGNORECASE
)
# "how long does legal take to review a vendor's dpa?", "how quickly does a tool owner have to…?": the time a role or a
# team takes, which a time said of someone else's duty ("The Tool Owner must report… within ten business days") is not
TIME_TAKEN_BY = re.compile(
    r"\bhow (?:long|quickly|fast|soon) (?:does|do|will|would|should|did) (?:the |our |a |an )?"
    r"(?P<actor>(?!(?:i|we|you|it|this|that|they|someone)\b)[\w'’-]+(?: [\w'’-]+){0,2}?) "
    r"(?:usually |normally |typically |actually )?(?:take|have|get|need)\b",
    re.IGNORECASE,
)
# "whats the data science guild's slack channel?": a thing of an owner's, which a sentence not naming the owner (nor its
# section) does not say ("#ai-governance is the single place to ask about AI")
OWNERS_THING_ASKED = re.compile(
    r"\bwhat(?:'s|’s|s| is| are) (?:the |our )?(?P<owner>[\w-]+(?: [\w-]+){0,3}?)['’]s (?!own\b)[\w-]+", re.IGNORECASE
)
# a role said to exist ("…each has an owner"), not who holds it ("A requester… may appeal" says who)
SOME_ONE_BEFORE = re.compile(r"\b(?:has|have|includes?|needs?) an?\s+$", re.IGNORECASE)
# (the other organisations the documents speak of by kind or by name, other than the tools' vendors)
OTHER_BODIES = frozenset(
    "ico regulator regulators authority authorities autoriteit persoonsgegevens vendor vendors supplier suppliers "
    "client clients customer customers provider providers".split()
)
ROLE_ANY_CASE = re.compile(ROLE.pattern, re.IGNORECASE)
# "…a written warning or straight to a final written warning?", "…hour, day, week?": a question offering
# choices, decided only by a sentence that speaks of one of them (CHOICES_OFFERED).
CHOICE = re.compile(
    r"((?:[\w'’-]+[()]? [(]?){0,3}[\w'’-]+)[)]?\s*,?\s+or\s+"
    # ("…or is it already covered?" asks yes or no, not which)
    r"(?!(?:is|are|do|does|did|can|could|should|would|will|not|i|we|you|they|it)\b)(?:(?:just|only) )?"
    r"((?:[\w'’-]+ ){0,5}[\w'’-]+)\s*(?:\?|$)"
    r"|\b(\w+), (\w+),? (?:or )?(\w+)\s*(?:\?|$)"
    # "…on my phone or does it have to be a kestrel laptop?", "…a teams call or does everyone have to be in the room?"
    r"|((?:[\w'’-]+ ){0,3}[\w'’-]+)\s*,?\s+or (?:does|do|must|should|will) (?:it|everyone|we|i|they|you|people)"
    r" (?:have to|need to|has to|needs to|got to) be (?:(?:on|in|at|from) )?(?:an? |the |our |my )?"
    r"(?:[\w'’-]+ ){0,2}([\w'’-]+)\s*(?:\?|$)"
    # "…by simple majority, or does the chair get a casting vote?": the other choice said as a question of its own
    r"|((?:[\w'’-]+ ){0,3}[\w'’-]+)\s*,?\s+or (?:is|are|do|does|can|could|will|would) "
    # (not "…or is there something yearly?", "…or are we meant to keep those?": whether, or what we do)
    r"(?:it|the|they|this|that|he|she)\b\s*((?:[\w'’-]+ ){0,6}[\w'’-]+)\s*(?:\?|$)",
    re.IGNORECASE,
)
SHARED_NOUN = re.compile(r"\s+ones?\s*$", re.IGNORECASE)  # "…or just square ones": the noun of the choice before
QUOTED = re.compile(r"(?:^|\s)['‘\"“]([^'’\"”]{3,300})['’\"”]")
QUOTE_WORDS = 6  # a quote this long is of a sentence read, not a term asked about ("what does 'restricted' mean?")
# what the message says it knows already: "i know they've got 30 days to do the e-learning"
KNOWN = re.compile(r"\bi (?:know|understand|realise|realize|get that)\b(?: that)?([^.?!;]{5,200})", re.IGNORECASE)
NEGATION = re.compile(r"\b(?:not|never|no|nor|neither|cannot)\b|n't\b", re.IGNORECASE)
# "Will I get in trouble…?": a question about what follows for the person, answered by a sentence about it.
CONSEQUENCE_ASKED = re.compile(
    # ("what happens if a treatment action goes past its due date?" asks what a process does, not what follows
    # for someone)
    r"\b(?:trouble|disciplin\w*|fired|sacked|punish\w*|blamed?|consequences?|penalt\w*)\b"
    r"|\bwhat happens (?:to (?:me|us|them|him|her)\b"
    r"|if (?:i|we|you|they|he|she|someone|somebody|my|our|a colleague)\b)",
    re.IGNORECASE,
)
CONSEQUENCE = re.compile(
    r"\b(?:disciplinary|no-blame|blame|dismissal|penalis\w*|consequences?|sanctions?|learning opportunit\w*)\b",
    re.IGNORECASE,
)
# "What are the rules for note-takers?", "what does ISO 42001 expect for internal audit?": a question
# about what is required, answered by a sentence that requires something, not one that describes.
RULES_ASKED = re.compile(
    r"\b(?:rules?|requirements?|key points|dos and don'?ts|expect(?:s|ed|ations?)?)\b"
    # "do we really need to spell out that it's ai?": whether something is required, which a rule says
    # (not what to do: "do i need to do anything?", "what am i supposed to do?", "do we need to tell staff anything?")
    # (nor whether to report, which is whether it is an incident: "…do we still have to report it?")
    r"|(?<!what )\b(?:do|does|will|are|am) (?:i|we|you|they|it|this|that) "
    r"(?:(?:really|actually|still|even|honestly|also) ){0,2}"
    r"(?:need|have|required|obliged|supposed) to\b(?! (?:do|report)\b)(?![^?.!]*\banything\b)"
    r"|\bmust (?:i|we)\b",
    re.IGNORECASE,
)
RULE = re.compile(
    r"\b(?:must|never|only|do not|don't|may not|required|need to|needs to|has to|have to)\b"
    # (an instruction, also one addressed to its readers: "For employees. Read the AI policy once…")
    r"|^(?:For (?:employees|tool owners)\.\s+)?"
    r"(?:Tell|Use|Check|Remove|Switch|Stop|Report|Register|Ask|Keep|Mark|Label|Read|Complete|Include|Follow|Record)\b",
    re.IGNORECASE,
)
SEVERITY_ROW = r"[1-4] [–-] (?:Critical|High|Medium|Low)\b"  # a row of the severity table: "3 – Medium"
SEVERITY = re.compile(rf"\b{SEVERITY_ROW}|\bSeverity [1-4]\b", re.IGNORECASE)
SEVERITY_HEADING = re.compile(r"\bseverity levels?\b", re.IGNORECASE)  # the section holding the table
TABLE_ROW_LEVEL = re.compile(rf"^\|\s*{SEVERITY_ROW}", re.IGNORECASE | re.MULTILINE)  # as the chunk holds it
# "What severity is that?", "is this a sev 2?": a row of the severity table, or a sentence naming a level,
# answers; of a level the message gives ("my sev 3 was closed - do I get a review?"), one naming that level.
HOW_SERIOUS = r"\bhow (?:serious|severe)\b"
SEVERITY_ASKED = re.compile(rf"{SEVERITY_LEVEL_ASKED}|{HOW_SERIOUS}", re.IGNORECASE)
# A level asked for or asked to confirm ("what severity…?", "is this a sev 2?"), not one the message gives
LEVEL_IN_QUESTION = re.compile(
    r"\b(?:what|which) severity\b"
    # (not a level the message supposes: "if an incident is severity 2, how quickly does it get acknowledged?")
    r"|^(?![^?]*\b(?:if|when|once|suppose|say)\b[^?.!,]{0,30}\b(?:is|gets?|was)\s+"
    r"(?:rated |classed |classified |graded )?(?:as )?(?:an? )?sev(?:erity)?\s*[1-4]\b)"
    r"[\s\S]*?\b(?:is|be|count as|counts as|treat (?:it|this|that) as) (?:this |it |that )?(?:an? )?sev",
    re.IGNORECASE,
)
# …and a severity asked for in any words, as against a level named to say which case is meant
SEVERITY_NAMED_AS_ASKED = re.compile(rf"{LEVEL_IN_QUESTION.pattern}|{HOW_SERIOUS}", re.IGNORECASE)
# The levels a text names: "my sev 3", "Severity 1 and 2 incidents", a row of the table ("3 – Medium").
LEVELS = re.compile(
    rf"\bsev(?:erity)?\s*([1-4](?:\s*(?:,|and|or|to|[–-])\s*[1-4])*)\b|^({SEVERITY_ROW})",
    re.IGNORECASE,
)
ROW_LEVEL = re.compile(SEVERITY_ROW, re.IGNORECASE)  # a row of the severity table, matched at a sentence's start
BYLINE = re.compile(r"^\s*\*[^*]+·[^*]+\*\s*$")
BYLINE_CLEANED = re.compile(r"^[^·]+(?: · [^·]+)+$")  # as quoted, without its italics
# "what risk tier is notion ai?", "is otter high risk?": a tier asked of the tool the question names, which is
# decided request by request and which the inventory does not record; a rule on how tiers are reached is not it
TIER_ASKED = re.compile(
    r"\b(?:what|which)\b(?:'s|s)?[^?.!]{0,40}?\b(?:tier|risk (?:level|rating|category|class))\b"
    r"|\b(?:is|was|are)\b[^?.!]{1,60}?\b(?:high|low|medium)[- ]risk\s*[?.!]*\s*$",
    re.IGNORECASE,
)
# a post held by one person ("the application owner in IT"), not a body nor a rota
POST_WORDS = (
    r"(?:officer|counsel|director|head|ceo|cfo|cto|coo|ciso|dpo|president|vp|manager|contact|owner|secretary"
    r"|coordinator|administrator|champion|partner|representative|rep|buddy|mentor)"
)
HOLDS_POST = rf"{POST_WORDS}\b"
# a person's name asked for: "who…?", "the name of the lead's deputy"
PERSON_ASKED = re.compile(
    r"\bwho\b|\bby name\b|\bnames? of (?:the |our |my )?(?:[\w'’-]+ ){0,4}?"
    rf"(?:{HOLDS_POST}|deputy|deputies|lead|chair|reviewers?|analysts?|person|people|colleague)"
    # ("what's the dpo's name?")
    rf"|\b(?:{POST_WORDS}|deputy|lead|chair|reviewer|analyst)['’]s? (?:full |actual |real |first |last )?"
    r"(?:names?|surname)\b",
    re.IGNORECASE,
)
# "Which ticketing system does Security Operations use?", "what model does Perplexity run?", "who is our
# DPO at the moment? need an actual name": a question asking to name a particular thing, answered only
# by a sentence that names one the question does not (NAME).
# "which privacy reviewer signed off the deepl pro approval?": who decided one case, which only a name says (and no
# inventory entry records)
WHO_DECIDED = re.compile(
    # (asked, not said of someone: "…by the same reviewers who approved the tool?")
    r"(?:(?:^|[,;:?.!-]\s*|\b(?:and|so|but|then)\s+)who"
    # ("which tuesday panel approved perplexity?": the body that decided)
    r"|\bwhich (?:[\w-]+ ){0,2}?(?:reviewer|person|people|member|one|lead|manager|officer|director|panel|committee"
    r"|board|group)s?"
    # ("who was the reviewer that rejected midjourney?")
    r"|(?:^|[,;:?.!-]\s*)who (?:was|were|is) the (?:[\w-]+ ){0,2}?(?:reviewer|person|people|member|one|lead|manager"
    r"|officer|director)s? (?:that|who))"
    r" (?:(?:from|in|at) (?:the )?[\w-]+ )?(?:actually |originally |first |personally )?"
    # ("who proposed adding govbot to slack in the first place?"; "…, who from people sat in on the panel?")
    r"(?:signed off|approved|reviewed|rejected|assessed|okayed|decided|proposed|suggested|introduced|came up with"
    r"|pushed for|sat (?:in|on)|attended|joined|requested|asked for)\b",
    re.IGNORECASE,
)
# ("who on the bid team owns the library day to day? need a name")
AUTHORITY_ASKED = re.compile(
    r"\b(?:who(?:'s|’s| is| are| would be| will be)|which) (?:the |our )?(?:[\w-]+ ){0,4}?"
    r"(?:authority|authorities|regulator|regulators|watchdog|supervisor)\b",
    re.IGNORECASE,
)
BY_NAME = re.compile(
    r"\bby name\b|\b(?:actual|full|exact) names?\b|\b(?:need|want|give me|tell me) (?:a|the|their|his|her) names?\b",
    re.IGNORECASE,
)
ENTITY_ASKED = re.compile(
    # (not "do we keep a list of which ai sub-processors are used…?", which asks whether there is such a list)
    r"(?<!\blist of )(?<!\brecord of )(?<!\bregister of )(?<!\blog of )"
    r"\b(?:which|what)\s+(?:\w+\s+){0,2}?(?:system|body|firm|company|vendor|provider|sub-?processors?|model"
    r"|model version|platform|software|insurer|auditor|laptop|product|brand|ai|algorithm|technology|tech|stack"
    r"|framework|library|database|llm|engine|browser|device|operating system|phone|scanner|checker|linter|service"
    # ("which hub page shows the re-review due dates?", "which dashboard shows the governance metrics?")
    r"|dashboard|page|spreadsheet|folder|site|report)s?\s+"
    r"(?:actually |really |currently )?"
    r"(?:does|do|did|is|are|will|can|could|runs?|issued|audited|audits|certified|certifies|provides|hosts|sits|powers"
    # ("which insurer holds our cyber policy?")
    r"|holds|covers|insures|underwrites|supplies|makes|made|builds|built|sells|owns|handles|shows|lists|tracks)\b"
    # "what tool is the risk register kept in?", "which clients have a right to…?": what a question opens by
    # asking which one is (not "…where staff get told which ai tools are used", which asks where)
    rf"|{MESSAGE_START}\W*(?:which|what)\s+(?:\w+\s+){{0,2}}?(?:tool|app|application|website|client|customer|team|department|office"
    r"|depot|country|countries)s?\s+"
    r"(?:does|do|did|is|are|has|have)\b"
    rf"|{WHO_DECIDED.pattern}"
    # ("who are the two information security reviewers on the panel?": which people, their number and post told)
    r"|\bwho(?: are|'re|’re) (?:the|our) (?:two|three|four|five|six|seven|eight|\d+) [\w-]+"
    # ("who are the two legal people on the review panel right now?": who they are now, which only names say)
    r"|\bwho(?: is|'s|’s|s| are) (?:our|the) [\w ]{2,50}? (?:at the moment|right now|currently|these days|rn|atm)\b"
    # ("who is the current ai governance lead?": who holds the post now, which only a name says)
    r"|\bwho(?: is|'s|’s|s| are) (?:our |the )?(?:current|present|new)\b"
    # ("who is the ai governance lead's current deputy?")
    r"|\bwho(?: is|'s|’s|s| are) (?:our |the )?(?:[\w-]+ ){0,4}?[\w-]+['’]s? (?:current|present|new|acting)\b"
    # "which us states' automated hiring rules does legal check?": which places, which only their names say
    r"|\bwhich (?:us |eu |uk |european |american )?(?:states|jurisdictions|countries|cities)['’]? "
    r"(?:[\w-]+ ){0,3}?(?:does|do|did|are|is|has|have)\b"
    # ("which of the governance analysts does the re-review scheduling?": which one of people the documents count)
    r"|\bwhich (?:one )?of (?:the |our )(?:[\w-]+ ){0,3}?(?:analysts|reviewers|members|people|leads|officers|managers"
    r"|directors|deputies|counsels)\b"
    # ("which kestrel-managed cloud account should api spend go through, whats its name or id?": which one it is)
    r"|\bwhat(?:'s|’s|s| is) its (?:name|id|identifier|account (?:name|id|number))\b"
    # ("which two people are the legal reviewers on the panel?": which people, their number told)
    r"|\bwhich (?:two|three|four|five|six|seven|eight|\d+) (?:people|persons|members|individuals|reviewers)\b"
    r"|\bwhich (?:\w+ )?(?:people|persons|members|individuals|reviewers?|analysts?|person)\b[^?]*"
    r"\b(?:at the moment|right now|currently|these days|rn|atm)\b"
    # ("who took the minutes at the last steering group?": who did it on one occasion, likewise)
    r"|\bwho\b[^?.!]{0,50}\b(?:at|in|during|for) (?:the |our )?(?:last|previous|latest|most recent)"
    r" (?!(?:minute|moment|second)s?\b)"
    # "who were the reviewers that signed off chatgpt?": who they were on one occasion, which only names say
    r"|\bwho (?:were|was) the\b"
    # "who approved chatgpt enterprise?": who decided on one occasion, which only a name says
    # ("who signed the letter confirming ai21 deleted our wordtune data?")
    r"|^\W*who (?:actually |originally |first )?(?:approved|rejected|signed off|reviewed|registered|requested|bought"
    r"|signed|sent|wrote|drafted|negotiated)\b"
    # "who's the internal auditor for this year's audit?": who holds it this time, which only a name says
    r"|\bwho(?:'s|’s|s| is| are)\b[^?.!]{0,60}\b(?:this|next|last) (?:year|quarter|month)['’]s\b"
    r"|\bwho (?:first )?(?:coined|invented|founded|discovered|came up with)\b"
    # "who's our chief people officer?", "who heads up the bid team?": who holds a post the documents describe,
    # which only a name says ("the Chief People Officer" sits on the steering group, but who is it?)
    rf"|\bwho(?:'s|’s|s| is)\s+(?:the |our |my |kestrel['’]s )?(?:[a-z-]+ ){{0,3}}{HOLDS_POST}"
    # "who's kestrel's biggest client?": which one it is, which only its name says
    r"|\bwho(?:'s|’s|s| is| are)\s+(?:the |our |kestrel['’]s )?(?:biggest|largest|main|top|oldest|newest|first)\s+\w+"
    r"|\bwho (?:heads|runs|leads|manages)(?: up)? (?:the |our )?(?:[a-z-]+ ){0,3}"
    r"(?:team|department|function|guild|office|division)\b"
    # "whats currently the top risk on the register?": what it is now, which only its name says
    r"|\bwhat(?:'s|s| is| are) (?:currently|right now|at the moment)\b"
    r"|\bwhat(?:'s|s| is| are) (?:the|our) [\w ]{2,60}? (?:at the moment|right now|currently)\b"
    rf"|{BY_NAME.pattern}|\bnames? of (?:our|the) (?!tool\b)|\bwho (?:exactly|specifically)\b"
    # "who's our cyber insurer?": an organisation outside, which only its name says (Legal notifies insurers)
    r"|\bwho(?:'s|’s|s| is| are)\s+(?:our|the|kestrel['’]s)\s+(?:[\w-]+ ){0,2}(?:insurer|auditor|bank|broker|landlord"
    r"|law firm|solicitor|registrar|certification body|certifier|reseller|lawyer|accountant|provider|supplier)s?\b"
    r"|\bwho insures\b"
    # "what's the dpo's name?", "who runs perplexity as ceo?": who holds a post, which only a name says
    rf"|\bwhat(?:'s|’s|s| is| are)\s+(?:the |our |my |kestrel['’]s )?(?:[\w-]+ ){{0,3}}?[\w-]+['’]s?"
    r" (?:full |actual |real |first |last )?(?:names?|surname)\b"
    # (not who takes a post over: "who takes over as tool owner if i leave?" is the rule on successors' to say)
    rf"|\bwho (?:runs|leads|heads|manages|serves|is)\b[^?.!]{{0,40}}\bas (?:the |its |their |our )?(?:[a-z-]+ ){{0,2}}"
    rf"{HOLDS_POST}"
    # "who's my analyst for our notion ai re-review?", "which analyst is looking after my request?": who handles one's
    # own case, which only a record of it says
    r"|\bwho(?:'s|’s|s| is) (?:my|our) (?:[\w-]+ )?(?:analyst|handler|case officer|caseworker)\b"
    r"|\bwhich (?:analyst|reviewer|handler|person|one) is (?:looking after|handling|dealing with|reviewing|assigned to"
    r"|on) (?:my|our)\b"
    # "who in the learning team co-runs the training?": a person within a team, which the team's name does not say
    r"|\bwho in (?:the |our )?[\w -]{2,30}? (?:team|department|function)\b"
    r"|\bwhat(?:'s| is| are)? (?:the |that |this |it )?(?:\w+ ){0,8}?called\b",
    re.IGNORECASE,
)
THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)  # what a name follows when it names no person
# "the Learning team", "the Information Security reviewers": a team or the people in a role, not anyone's name
TEAM_AFTER = re.compile(
    r"\s+(?:team|function|department|office|group|panel|unit|reviewer|lead|owner|officer|member|approver|handler)s?\b"
    r"|\s+staff\b",
    re.IGNORECASE,
)
# "Sales Operations", "the Data Platform": the name of a part of the organisation, not of anyone in it
BODY_NAMED = re.compile(
    r"\b(?:Team|Function|Department|Office|Group|Panel|Unit|Operations|Services|Platform|Guild|Desk|Board|Committee"
    r"|Council|Centre|Center)s?$"
)
REFERS_TO_A_POLICY = re.compile(r"[\w '&-]{0,40}§")  # what follows a name in "Data Handling for AI Systems §6.1"
CALENDAR_WORD = re.compile(rf"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?|{MONTH}")
NUMBERED_AFTER = re.compile(r"\s+\d")
PLURAL_END = re.compile(r"(?<=[a-z])s\b(?=\W*$)")
PART_OF_AN_IDENTIFIER = re.compile(r"\b(?:[A-Z]{2,}|\d+)\s+$")
# "based in Manchester", "in the London or Frankfurt regions": where, not who nor which
PLACE_BEFORE = re.compile(r"\b(?:in|at|from|near)\s+(?:the\s+)?(?:[A-Z][\w-]*,?\s+(?:(?:or|and)\s+)?)*$")
SPECIFIC_WEIGHT = 1.0  # a name's word rarer than this in the corpus names something ("Hub", not "Kestrel")
NAME = re.compile(r"(?<!^)(?<![.:;!?]\s)\b[A-Z][\w.&-]*[a-z0-9][\w.&-]*(?:\s+[A-Z][\w.&-]+)*")
# "what's the number?", "phone number for the on-call?": a number to call, or where to find it
PHONE_ASKED = re.compile(
    r"\bwhat(?:'s| is) (?:the|our) (?:[\w-]+ ){0,4}?number\b|\bphone number\b"
    r"|\bnumber (?:to|do i|should i|can i) (?:call|ring|phone)\b",
    re.IGNORECASE,
)
PHONE = re.compile(r"\+?\d[\d ()-]{6,}\d|\bnumber is (?:on|in|at|listed)\b", re.IGNORECASE)
# "what's the ai governance lead's email?", "email address for security operations?": an address to write to, or
# where to find it ("…monitor #ai-governance" is a channel, not an email address)
EMAIL_ASKED = re.compile(
    r"\be-?mail address\b"
    r"|\b(?!(?:what|that|it|there|who|where|how|here|let|he|she)\b)[a-z]+(?:'s|’s) e-?mail"
    r"\s*(?:[?!.,;]|$|(?:so|for|to|please|pls)\b)"
    r"|\bwhat(?:'s|’s|s| is) (?:the |their |his |her )?e-?mail (?:for|of|to)\b",
    re.IGNORECASE,
)
EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+\.[\w.]+|\be-?mail (?:address )?is (?:on|in|at|listed)\b", re.IGNORECASE)
PLACE_CHARS = 60  # how far after "number is on" the places it is found are said
# "what's kestrel's ICO registration number?", "our VAT number": an identifier, which only a sentence giving a
# code of letters and digits answers
IDENTIFIER_ASKED = re.compile(
    r"\b(?:registration|vat|company|companies house|licen[cs]e|account|policy|reference|tax|duns|lei|eori|ico)"
    r" (?:no\.?|number|id|code)\b"
    # "what's the inventory reference for chatgpt enterprise?": a record's own reference, likewise
    r"|\bwhat(?:'s|’s|s| is) (?:the|our|my|its) (?:inventory|request|ticket|case|incident) (?:reference|ref|id)\b"
    # "what's the deepl api key?", "what's the office wifi password?": a secret, which no document gives
    # (…of a product or place: "what's the api key for chatgpt?", "…the password to the shared otter account?")
    r"|\bwhat(?:'s|’s|s| is) (?:the|our|my) (?:[\w-]+ ){0,2}(?:api key|licen[cs]e key|product key|password|passcode"
    r"|pin)(?: (?:for|to|of|on) [\w .'’-]{1,40})?\s*[?!.]*\s*$",
    re.IGNORECASE,
)
IDENTIFIER = re.compile(r"\b[A-Z]{1,4}[- ]?\d{5,}\b|\b\d{6,}\b|\b(?:GB|NL)\s?\d{3}\s?\d{4}\s?\d{2}\b")
# "where do i find the bid team's answer library?", "wheres the dpia template?": only a place answers - a channel,
# a path or address, a system or page it is on or in, a named town or region
PLACE_ASKED = re.compile(
    r"\bwhere(?:'s|’s|s| is| are| do| does| did| can| could| should| would| will| exactly)\b"
    rf"(?! (?:i|we|you) (?:stand|start)\b)|{LINK_OF}",
    re.IGNORECASE,
)
PLACE_FRAMING = frozenset(
    "on in at from via through into to under our your its their each the "
    "lists records holds shows sets out names says".split()  # "the … notice lists"
)
PLACE = re.compile(
    r"(?P<address>#[a-z][\w-]+|\w+ ›|\bhttps?://\S+|\bwww\.\S+|\b[\w.-]+@[\w-]+\.[\w.]+)"
    r"|\b(?i:on|in|at|from|via|through|into|to|under) (?:the |our |a |your |its |their |each )?(?:[\w'’-]+ ){0,3}?"
    r"(?i:Hub|intranet|SharePoint|Confluence|Jira|ServiceNow|Workday|portal|channel|site|drive|folder|page|tab|regions?"
    r"|tenancy|workspace|repository|repo|register|inventory|library|wiki|form|mailbox|inbox|handbook|Home|log"
    r"|minutes|record|file|system|Slack|govbot|app|database|document history)\b"
    # ("meets quarterly, in March, June…": a month or a day is when, not where)
    r"|\b(?i:in|at|from) (?!(?:Kestrel|Annex|ISO|Severity|Clause|Section|Appendix|Table)\b)"
    rf"(?!{CALENDAR_WORD.pattern}\b)[A-Z][a-z]{{2,}}\b"
    # "The employee privacy notice lists the categories of AI tools…": where it is said, as what says it
    r"|\b(?i:the) (?:[\w'’-]+ ){0,3}?(?i:notice|register|inventory|handbook|intranet|wiki|library|statement)"
    r" (?i:lists|records|holds|shows|sets out|names|says)\b"
    # "…must forward them to Security Operations the same day": where a thing is to go, as who it is sent to
    r"|\b(?i:forward|send|pass|escalate|refer|report)(?i:s|ed|ing)? (?:(?i:it|them|this|these|those) )?(?i:on )?"
    r"(?i:to) (?:the )?(?:[A-Z][\w-]*(?: [A-Z][\w-]*)*)\b",
)
# "otter or zoom ai companion - which one writes better summaries?", "is chatgpt smarter than claude?": which
# does its job better, which only a sentence preferring one says (not "which is better for client data?", a
# question of what each may take)
MERIT = (
    r"(?:better|best|worse|faster|cheaper|smarter|safer|more secure|more accurate|less accurate|more reliable|easier)"
)
# (not "which is better for client data?", a question of what each may take)
NOT_OF_DATA = r"(?! (?:for|with|on) (?:[\w-]+ ){0,2}(?:data|information|files?|details|records))"
MERIT_ASKED = re.compile(
    # "in your opinion which is safer…?": what govbot thinks, which only a sentence preferring one says
    r"\bin your (?:honest )?(?:opinion|view)\b|\bwhat(?:'s|’s| is) your (?:opinion|view|take)\b|"
    # "is notion ai or chatgpt better at meeting notes?", "whats the lead's favourite ai tool?"
    rf"\b(?:is|are) [\w.-]+(?: [\w.-]+){{0,3}} or [\w.-]+(?: [\w.-]+){{0,3}} {MERIT}\b{NOT_OF_DATA}|\bfavou?rite\b|"
    # "whats the best ai note taker on the market rn if u had to pick one", "be honest, are note-takers creepy?"
    r"\b(?:the )?best [\w -]{1,40}?\b(?:on the market|out there)\b|\bif (?:you|u) had to (?:pick|choose)\b"
    # "is llama any good at sql?"
    rf"|\b(?:is|are) [\w .'’-]{{2,40}}? (?:any|much) good\b{NOT_OF_DATA}"
    r"|^\W*(?:be honest|honestly|tbh),? (?:are|is|do|does|would|should|isn'?t|aren'?t|don'?t|doesn'?t|wouldn'?t)\b|"
    # "isn't the personal account rule a bit much?": what govbot thinks of a rule, which no rule says
    r"\b(?:is|isn'?t|are|aren'?t) (?:the|this|that|our) (?:[\w'’-]+ ){0,4}?(?:rule|policy|requirement|process|ban"
    r"|restriction)s? (?:a bit much|a bit harsh|overkill|too strict|over the top|excessive|pointless|ridiculous"
    r"|a joke)\b|"
    rf"\bwhich (?:one |of (?:them|the two|these) |tool |is |does |would |do )?(?:[\w-]+ ){{0,3}}?{MERIT}\b{NOT_OF_DATA}"
    rf"|(?:^|[.?!,;:-] *)(?:is|are) [\w-]+(?: [\w-]+){{0,3}} {MERIT} th[ae]n\b",
    re.IGNORECASE,
)
# how a meeting is held ("is the review panel on teams or in person?")
MEETING_MODE = re.compile(
    r"\b(?:in[- ]person|online|virtual(?:ly)?|remote(?:ly)?|hybrid|video ?call|face[- ]to[- ]face|on teams|on zoom)\b",
    re.IGNORECASE,
)
DISTANCE = re.compile(r"\b\d+(?:[.,]\d+)? ?(?:km|kilometres|kilometers|miles|metres|meters)\b", re.IGNORECASE)
VERSION_NUMBER = re.compile(r"\b(?:version|v)\s?\d+(?:\.\d+)*\b", re.IGNORECASE)
PREFERENCE = re.compile(r"\b(?:better|prefer(?:red|ably|s)?|rather than|in preference to)\b", re.IGNORECASE)
# "what file types can I upload to Claude?": which formats, which only a sentence naming one says; so
# does "can I upload Excel files to Perplexity?", whether it takes files of a format (of no kind of data)
FORMAT_ASKED = re.compile(
    r"\b(?:what|which) (?:(?:kinds?|types?|sorts?) of files|file ?types?|file formats?|formats?|file extensions?)\b"
    r"(?= (?:can|could|does|do|will|is|are)\b)"
    r"|\b(?:can|could|may) (?:i|we|you) (?:upload|attach|import|open|drop|add|feed)\s+(?:(?:an?|my|our|some) )?"
    r"(?:(?:pdf|docx?|xlsx?|csv|pptx?|txt|json|png|jpe?g|mp3|mp4|wav|m4a)s?"
    r"|(?:excel|word|powerpoint|pdf|csv|image|audio|video|zip) (?:files?|docs?|documents?|spreadsheets?|workbooks?))"
    r"(?= (?:in)?to\b)"
    # "can i upload an outlook .msg file…?", "can deepl pro translate .srt subtitle files?": a type by its extension
    r"|(?<![\w.])\.[a-z0-9]{2,5}(?: [a-z-]+){0,2} files?\b",
    re.IGNORECASE,
)
FORMAT = re.compile(
    r"\b(?:pdf|docx?|xlsx?|csv|pptx?|txt|json|xml|html?|markdown|png|jpe?g|gif|svg|mp3|mp4|wav|m4a|zip)s?\b"
    r"|\.(?:pdf|docx?|xlsx?|csv|pptx?|txt|json|png|jpe?g|mp3|mp4|wav)\b",
    re.IGNORECASE,
)
# "is there a set wording we put in the pr description?": only words given to use answer (quoted: 'such as:
# "Parts of this document were prepared…"'), not a rule to mention something
WORDING_ASKED = re.compile(
    r"\b(?:is there|are there|do we have|what(?:'s|’s| is| are))(?: an?| the| our| any)? (?:set|standard|stock|fixed"
    r"|agreed|exact|specific|particular|approved|official|template) (?:sentences?|lines?|wording|text|blurb|phrases?"
    r"|disclaimers?|statements?)\b|\bwhat (?:exact )?(?:wording|words)\b|\bexact wording\b",
    re.IGNORECASE,
)
WORDING = re.compile(r"[\"“]\w+\W+\w+\W+\w+")
# "why was the needs_info reminder set at 14 days?", "why is notion ai capped at internal data?": a reason answers,
# which a sentence giving only the rule ("govbot reminds you after 14 days") does not state
REASON_ASKED = re.compile(
    r"(?:^|[.?!;:–—-]\s*|\b(?:and|but|so)\s+)\W*(?:why|how come)\b(?!\s+not\b)"
    r"|\bwhat(?:'s|’s| is| was) the (?:reason|rationale|reasoning|thinking)\b",
    re.IGNORECASE,
)
REASON = re.compile(
    r"\bbecause\b|\bso that\b|\bso (?:nobody|no one|people|that|we|they)\b|\bsince\b|\bin order to\b|\breasons?\b"
    r"|\bto (?:avoid|prevent|protect|ensure|make sure|reduce|limit|stop)\b|\bwhy\b",
    re.IGNORECASE,
)
# "whats in the exit plan template?", "what's actually on the leaver checklist?": what a document holds, which a
# sentence only naming it ("High-risk tools must have a documented exit plan") does not say; one listing or
# describing what goes in it does
DOCUMENT_KINDS = (
    r"(?:checklist|template|form|questionnaire|schedule|pack|agenda|playbook|script|deck|slides|e-?learning|module"
    r"|course|scorecard|library)s?"
)
CONTENTS_ASKED = re.compile(
    r"\bwhat(?:'s|’s|s| is| are|(?: questions| sections| fields| items| topics) (?:are|is))? (?:actually |exactly "
    rf"|even )?(?:on|in) (?:the|our|this|that|a|an|their) ((?:[\w'’-]+ ){{0,4}}?{DOCUMENT_KINDS})\b",
    re.IGNORECASE,
)
# "what does the supplier scorecard for ai vendors look like?": likewise ("what does the bid team's standard answer
# library say when a client asks…?": what it says, which only a sentence quoting or listing it gives)
CONTENTS_LOOK_ASKED = re.compile(
    rf"\bwhat (?:does|do|would|will) (?:the|our|a|an|this|that|their) ((?:[\w'’-]+ ){{0,4}}?{DOCUMENT_KINDS})"
    r"(?: [^?.!]{0,30})? (?:look like|say|says)\b",
    re.IGNORECASE,
)
# "does the dpia template ask for a data flow diagram?": whether a document holds one thing, which only a sentence
# listing what it holds, that thing among them, says
CONTENTS_HELD_ASKED = re.compile(
    # (asked yes or no, not "what does the vendor questionnaire ask about…?")
    r"(?<!what )(?<!which )(?<!how )(?<!why )(?<!where )(?<!when )"
    rf"\b(?:does|do|will|would) (?:the|our|a|an|this|that) (?:[\w'’-]+ ){{0,4}}?{DOCUMENT_KINDS} (?:actually |also "
    r"|even |still )?(?:ask (?:for|about)|include|cover|contain|mention|list|have (?:a|an|any) (?:section|field|box"
    r"|question|page|part) (?:on|for|about)) ((?:[\w'’-]+ ){0,5}?[\w'’-]+)(?=\s*(?:[,?.!;]|$|\b(?:or|and)\b))",
    re.IGNORECASE,
)
CONTENTS = re.compile(
    r":\s+\S|\b(?:includ\w*|cover\w*|contain\w*|lists?|sets? out|asks? (?:for|about|whether)|records?|such as"
    r"|made up of|consists? of|must (?:state|show|say|give|describe|record|set out))\b",
    re.IGNORECASE,
)
REASON_REACH = 80  # characters after "so that" in which a reason says what it is for
_COUNT = re.compile(rf"\b(?:\d+|{'|'.join(NUMBER_WORDS)})\b", re.IGNORECASE)


def numbers_in(text: str) -> set[str]:
    """The whole numbers a text says, in figures ("ten" -> "10")."""
    return {NUMBER_WORDS.get(found.lower(), found) for found in _COUNT.findall(text)}


# "how long does the e-learning take to complete?": the time it takes, not the deadline to do it by
EFFORT_ASKED = re.compile(
    rf"\bhow long (?:does|will|would|did) (?:it|that|this|the [\w -]{{1,40}}?) (?:\w+ )?take{TAKES_TO_DO}"
    r"|\bhow long is (?:the|that|this) [\w -]{0,40}?(?:course|e-?learning|training|module|session|induction|quiz)\b"
    # ("how long does the ai awareness e-learning take?": the course itself, not a request through it)
    r"|\bhow long (?:does|will|would|did) (?:the|that|this|our|my) [\w -]{0,40}?"
    r"(?:course|e-?learning|training|module|induction|quiz|exam|workshop|refresher) (?:\w+ )?take\s*(?:[?.!,;]|$)",
    re.IGNORECASE,
)
SPENT = re.compile(
    rf"(?<!within )(?<!by )(?<!before )(?<!after )\b(?:{NUMBER}|a|half an?)[- ](?:minutes?|hours?|days?|weeks?)\b"
    r"|\b(?:half|full)[- ]day\b",
    re.IGNORECASE,
)
RETENTION_ASKED = re.compile(
    r"\bhow long (?:do|does|did|will|would|is|are|am|should|must|can|have|has)\b[^?.]{0,80}?"
    r"\b(?:keep|kept|retain\w*|stor(?:e|ed)|stays?|held|hold|archived)\b",
    re.IGNORECASE,
)
# What a question asking how long something is kept says: of a limit or a time asked without these words ("what's
# the longest meeting otter can record?"), how long something is kept ("recordings: 30 days") says nothing
KEEPING = re.compile(
    r"\b(?:keep\w*|kept|retain\w*|retention|stor(?:e|es|ed|age)|stays?|held|hold|archiv\w*|delet\w*|history"
    r"|backups?|purg\w*|logs?|logged|(?:stick|hang)s? around|remains?|linger\w*|lasts?)\b",
    re.IGNORECASE,
)
# "what's the monthly spending limit on my card?": a sum or a limit asked per period, which only a sentence giving one
# per that period says ("less than £2,000 a year" does not)
PER_PERIOD = re.compile(
    r"\b(?:(?P<hour>hourly|per hour|an hour|each hour)|(?P<day>daily|per day|a day|each day)"
    r"|(?P<week>weekly|per week|a week|each week)|(?P<month>monthly|per month|a month|each month)"
    r"|(?P<year>yearly|annual(?:ly)?|per year|a year|each year|per annum))\b",
    re.IGNORECASE,
)
SPENDING_LIMIT = re.compile(r"\b(?:spending|spend) (?:limit|cap)s?\b|\bbudgets?\b|\ballowances?\b", re.IGNORECASE)
# "how much does the deepl pro contract cost us a year?": what one tool costs, which a rule on what any tool may cost
# does not say (not "…can i spend on it with a company card?", which that rule answers)
PRICE_ASKED = re.compile(
    r"\b(?:cost|costs|costing|price|priced|pricing)\b"
    # ("…? and how much per member"): a price said by what it is paid for
    r"|\bhow much (?:is it |does it cost )?(?:per|a|an|each|for (?:a|an|each)) (?:member|seat|user|licen[cs]e|month"
    r"|year|head|person)\b",
    re.IGNORECASE,
)
PRICE_RULE_ASKED = re.compile(
    r"\b(?:spend|spending|limit|threshold|cap|card|budget|approv\w*|allowed|may|can i|can we|buy|buying|purchas\w*"
    r"|procur\w*|route|sign[- ]?off)\b",
    re.IGNORECASE,
)
# "where do the steering group meetings take place?": where people meet, which a place records are kept does not say
MEETING_PLACE_ASKED = re.compile(r"\b(?:take place|held|meet|meets|meeting|gather)\b", re.IGNORECASE)
RECORDS_KEPT_IN = re.compile(
    r"\b(?:register|inventory|form|log|record|minutes|file|database|library|wiki|document history|mailbox|inbox"
    r"|handbook|folder|drive|repository|repo|system|page|tab)\b",
    re.IGNORECASE,
)
RETENTION_HEADING = re.compile(r"\bretention\b|\bretain\w*|\bdeletion\b", re.IGNORECASE)
RETAINED = re.compile(
    rf"(?<!within )(?<!by )(?<!before )(?<!after )(?<!every )\b{NUMBER}[- ](?:business |working |calendar )?"
    r"(?:hours?|days?|weeks?|months?|years?)\b|\bindefinitely\b|\bpermanently\b",
    re.IGNORECASE,
)
# "…a platform at roughly £80k/yr - what's the buying route?": a sum the message gives, and the bands a
# sentence sets ("Over £50,000: Competitive tender and CFO approval"), of which only the one it falls in answers
_MONEY = r"[£€$]\s?(\d[\d,]*(?:\.\d+)?)\s*(k|m|million|thousand)?\b"
MONEY = re.compile(_MONEY, re.IGNORECASE)
BAND = re.compile(
    r"\b(?P<bound>under|below|less than|up to|over|above|more than|at least)\s+[£€$]\s?\d[\d,]*"
    r"|[£€$]\s?\d[\d,]*\s*(?:to|-|–)\s*[£€$]\s?\d[\d,]*",
    re.IGNORECASE,
)
_SCALE = {"k": 1e3, "thousand": 1e3, "m": 1e6, "million": 1e6}


def sums_in(text: str) -> list[float]:
    """The sums of money a text gives ("£80k" -> 80000.0)."""
    return [float(number.replace(",", "")) * _SCALE.get(scale.lower(), 1) for number, scale in MONEY.findall(text)]


def bands_in(sentence: str) -> list[tuple[float, float]]:
    """The bands of money a sentence sets: "Under £10,000" -> (0, 10000), "£10,000 to £50,000" ->
    (10000, 50000), "Over £50,000" -> (50000, inf)."""
    bands = []
    for band in BAND.finditer(sentence):
        sums = sums_in(band.group())
        bound = (band.group("bound") or "").lower()
        if not bound and len(sums) == 2:
            bands.append((sums[0], sums[1]))
        elif bound in ("under", "below", "less than", "up to"):
            bands.append((0.0, sums[0]))
        elif bound:
            bands.append((sums[0], float("inf")))
    return bands


# "how much did we spend on AI subscriptions last year?", "how many DPIAs has the DPO signed off so far this
# year?": a figure of what happened in a period, which a rule does not state; only a sentence telling of that
# period could
PERIOD = (
    r"(?:(?:last|this|past|previous) (?:year|quarter|month|week)|so far|to date|in (?:19|20)\d{2}"
    r"|(?:in|during|for|last|this) q[1-4]\b"
    r"|last (?:jan(?:uary)?|feb(?:ruary)?|march|april|june|july|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?"
    r"|nov(?:ember)?|dec(?:ember)?)(?:['’]s)?(?![\w-]))"
)
LAST_OCCASION = r"(?:last|latest|previous|most recent|recent|first) "
CAME_OF = r"(?:decide|agree|find|found|conclude|approve|reject|recommend|say|said|change)\w*"
# who at work may be asked about as using a tool ("the ceo", "my manager", "our competitors")
SOMEONE_AT_WORK = (
    r"ceo|cfo|cto|coo|cio|ciso|boss|manager|director|board|leadership|execs?|executives?|colleagues?|teammates?"
    r"|competitors?"
)
DEPARTMENTS = (
    r"customer support|customer service|support|sales|marketing|finance|hr|people team|legal|engineering"
    r"|it(?= team| department)|procurement"
    r"|operations|data science|analytics|product|design|recruitment|recruiting|comms|communications"
)
RECORD_ASKED = re.compile(
    # "is kestrel hiring right now?", "has hirevue been bought by another company?": what is happening to the company
    # or a vendor, which a rule does not say
    r"\b(?:is|are) (?:kestrel|we|the (?:company|business|firm)) (?:currently |still )?(?:hiring|recruiting|growing"
    r"|expanding|profitable|doing well|for sale|being (?:bought|sold|acquired))\b"
    r"|\b(?:has|have|was|were) (?:[\w.'’-]+ ){1,3}(?:been |got |gotten )?(?:bought|acquired|sold|taken over|merged)"
    r" (?:by|to|with)\b"
    # "has notion ai's scope changed at all since it was approved?": what changed since, which only a record says
    r"|\bha(?:s|ve) [\w.'’ -]{1,40}? changed (?:at all |much |any )?since\b"
    # "whats the most popular ai tool at kestrel rn?", "which control did internal audit flag most often?", "what's
    # the most common reason requests get rejected?": a tally of what happened, which a rule does not keep
    r"|\bmost (?:popular|used)\b|\b(?:did|do|does|have|has) [^?.!]{1,60}\bmost often\b|\bmost common reasons?\b"
    # ("which ai tools does the lisbon delivery centre use most?")
    r"|\b(?:does|do|did) [^?.!]{1,60}\buse (?:the )?most\b"
    # "who else in my team uses claude?", "who here has a copilot licence?": who uses a tool, which no rule records
    r"|\bwho (?:else (?:(?:in|on|at|from) (?:my|our|the) [\w-]+ |here |at kestrel )?"
    r"|(?:(?:in|on|at|from) (?:my|our|the) [\w-]+ |here |at kestrel ))"
    r"(?:uses|is using|has used|already uses|has (?:a |an )?(?:[\w.-]+ )?(?:licen[cs]e|seat|account)s?)\b"
    # "are we iso 27001 certified?": what the company holds, which a rule asking it of vendors does not say
    r"|\b(?:are|is) (?:we|kestrel|the (?:company|business|firm)) (?:already |currently |actually |now |still )?"
    r"(?:[\w/ .-]{1,25} )?(?:certified|accredited|audited)\b"
    # ("how long does it take to get iso 42001 certified?": how it would go for us, likewise; not what a vendor needs,
    # "do vendors need to get soc 2 certified?")
    r"|\b(?:(?:we|kestrel) (?:get|become|getting|becoming)|take (?:us |kestrel )?to (?:get|become))"
    r" (?:[\w/ .-]{1,25} )?(?:certified|accredited)\b"
    # "did trint have any incidents before it was retired?": what happened with a tool, likewise
    r"|\b(?:did|has|have) (?!(?:i|you)\b)[\w.'’ -]{1,30}? (?:ever )?(?:had|have) (?:any |an? |many )?"
    r"(?:incidents?|breach(?:es)?|outages?|problems|issues|complaints|leaks?)\b"
    # "who was the tool owner for wordtune before james?": who held a post before, likewise
    r"|\bwho (?:was|were) (?:the )?[\w' -]{2,40}? (?:before|until|prior to)\b"
    # "what's my training completion status?": where one's own record stands, which no rule keeps
    r"|\bwhat(?:'s|’s|s| is) my (?:[\w-]+ ){0,3}?(?:status|progress|score|result|mark)s?\b"
    r"(?<!\brequest status)(?<!\bregistration status)(?<!\bsubmission status)(?<!\bticket status)"
    # "what does kestrel analytics do?": what the company's business is, which no rule says
    r"|\bwhat (?:does|do) (?:kestrel(?: analytics)?|the (?:company|business|firm)|our (?:company|business|firm))"
    r" (?:actually |even |really |exactly )?do\s*[?!.]*\s*$"
    # "how many ppl use claude team day to day?", "what's the most common use?": who uses a tool and how, likewise
    r"|\bhow many (?:people|ppl|staff|users|employees|colleagues|of us|folks|teams)"
    r" (?:\w+ )?(?:use|are using|have used|actually use)\b"
    r"|\bmost (?:common|popular|frequent) (?:uses?|use cases?|prompts?|questions?)\b"
    # "whats the legal basis we recorded for our attrition model?": what was recorded in one case, likewise
    r"|\bwhat(?:'s|’s|s| is| was)? (?:[\w-]+ ){0,3}(?:did |have |has )?(?:we|they|kestrel|the team)"
    r" (?:recorded|wrote down|logged|agreed|chose|picked|set) for (?:our|the|their|its)\b"
    # "how many members turned up to the last steering group meeting?", "…affected in the last data breach…?": what
    # happened on an occasion past, likewise (not one told of: "i pasted data into chatgpt in the last meeting…")
    r"|\b(?:how many|how much|who|what|which|did|was|were)\b[^?.!,;]{0,60}?"
    r"\b(?:at|in|from|of|during|after|to|by) the (?:last|latest|most recent|previous|past) (?:[\w-]+ ){0,3}?"
    r"(?:meeting|incident|breach|audit|outage|session|panel|all-hands|town hall|survey|review meeting)s?\b"
    # "what are the top risks in the ai risk register atm?": what a register holds now, likewise (not the inventory,
    # whose entries govbot reads)
    r"|\b(?:in|on) (?:the |our )?(?:[\w-]+ ){0,3}(?:register|registry|queue|backlog|log)\b[^?.!]{0,20}?"
    r"\b(?:atm|rn|right now|at the moment|currently|today|so far)\b"
    # ("which open-source models are already in our internal model registry?")
    r"|\b(?:already|currently) (?:in|on) (?:the |our )?(?:[\w-]+ ){0,3}(?:register|registry|queue|backlog|log)\b"
    # "has anyone re-requested deepseek since it got rejected?": what someone did, likewise
    r"|\bha(?:s|ve) (?:anyone|anybody|someone|somebody|other teams|any other teams?) (?:else )?(?:ever |already )?"
    # ("has anyone registered notion ai?" asks whether it is in the inventory)
    r"(?!(?:registered|requested|submitted|approved|rejected)\b)[\w-]+ed\b"
    # ("did anyone appeal the hirevue rejection?")
    r"|\bdid (?:anyone|anybody|someone|somebody|any other teams?) (?:else )?(?:ever )?"
    r"(?!(?:register|request|submit)\b)[a-z]{3,}\b"
    # "has the steering group ever accepted residual risk…?", "has there been an extraordinary meeting this year?",
    # "is there a dpia on file for deepl pro?", "has a dpia been done for m365 copilot?": likewise
    # (not what changed, which a dated change record says)
    r"|\bha(?:s|ve) (?:the |our |a |an )?(?:[\w-]+ ){1,3}?ever (?!(?:changed|updated|revised|amended)\b)[a-z]+ed\b"
    r"|\bha(?:s|ve) there (?:ever )?been\b"
    r"|\bon file\b"
    r"|\bha(?:s|ve) (?:a|an|the|any) (?:[\w-]+ ){1,3}?been (?:done|completed|carried out|signed off|run)"
    r" (?:for|on)\b"
    # "is the ai policy being updated?": what is under way, likewise
    r"|\b(?:is|are) (?:the |our )?[\w' -]{2,40}? (?:being|getting) (?:updated|revised|rewritten|changed|replaced|redone"
    r"|refreshed|redesigned|reviewed)\b"
    # "which companies use hirevue?": who else uses a product, likewise
    r"|\bwhich (?:other )?(?:companies|firms|organi[sz]ations|businesses|competitors|banks|retailers|brands)"
    r" (?:also |already |still )?(?:use|are using|have used|rely on)\b"
    # "is the ceo using chatgpt?", "does my manager use copilot?": whether someone uses a tool, likewise
    rf"|\b(?:is|are) (?:the |my |our )(?:[\w-]+ )?(?:{SOMEONE_AT_WORK}|team|clients?)(?: team)?"
    r" (?:already |currently |still |even )?(?:using|on)\b"
    # ("is customer support using ai to draft replies?": a department named without an article)
    rf"|\b(?:is|are) (?:the |our )?(?:{DEPARTMENTS})(?: team| department)?"
    r" (?:already |currently |still |even |actually )?using\b"
    rf"|\b(?:does|do) (?:the |my |our )(?:[\w-]+ )?(?:{SOMEONE_AT_WORK})"
    r" (?:already |currently |still |even |actually )?use\b"
    # ("is notion ai used by the finance team?", said the other way round)
    r"|\b(?:is|are) [\w .'’-]{2,40}? (?:already |currently |still |even |actually )?(?:being )?used by"
    rf" (?:the |my |our )(?:[\w-]+ )?(?:{SOMEONE_AT_WORK}|team|clients?|department)\b"
    # "why was grammarly approved?": the reasons recorded for one decision, which a rule on decisions does not give (a
    # rejected tool's entry states its reasons)
    r"|\bwhy (?:was|were|did) [\w .'’-]{2,40}? (?:get |ever |even )?(?:approved|accepted|allowed|chosen|picked|selected"
    r"|bought)\b"
    # "what's our ai strategy for next year?", "is there an ai budget for my team?": a plan or an allotment, which a
    # rule does not make
    r"|\b(?:strategy|roadmap|plans?|priorities)\b[^?.!]{0,30}\b(?:for |in )?(?:next|the coming|this) (?:year|quarter)\b"
    r"|\b(?:is there|do (?:we|i) have|does (?:my|our|the) [\w-]+ have) (?:an? |any )?(?:[\w-]+ )?budget\b"
    # "whats govbot's uptime been this month?", "whats the weirdest ai incident we've had?": likewise
    r"|\bwhat(?:'s|s| is| has)\b[^?.!]{1,40}\bbeen (?:like )?(?:this|last|so far)\b"
    r"|\b[a-z]+est (?:[\w-]+ ){1,3}(?:we'?ve|we have|kestrel has|we) (?:ever )?had\b"
    # "which of our clients send us driver telematics data?": which ones they are, which only a record of them names
    # ("which clients have given written consent for claude team?": which ones did, likewise)
    r"|\bwhich (?:clients|customers|suppliers|vendors|partners) (?:have|has|had) (?:already )?(?:given|signed|agreed"
    r"|consented|opted|asked|said|objected|complained)\b"
    r"|\bwhich (?:of )?(?:our |kestrel'?s |the )(?:clients|customers|client accounts|suppliers|vendors|partners"
    r"|competitors)\b(?! (?:must|should|need|needs|have to|has to|can|may|are allowed|require)\b)|"
    # ("what's the company's revenue this year?")
    rf"\b(?:how (?:many|much|big)|what(?:'s|s| is| was) (?:the|our) (?:[\w'’]+ ){{0,3}}"
    r"(?:budget|spend|total|number|count|revenue|turnover|profit|headcount|sales|rate))"
    rf"\b[^?.!]{{0,80}}?\b{PERIOD}\b"
    # "how much does kestrel spend on ai tools each year?": what was spent, which a limit on spending does not say
    r"|\bhow much (?:do|does|did) (?:we|kestrel|the (?:company|business|firm)|our [\w-]+(?: [\w-]+)?) "
    r"(?:actually |really |currently )?(?:spend|pay out|pay)\b(?! for a\b)"
    # "how many tool requests are stuck in needs_info at the moment?": a count of now, which a rule does not give
    # (not a measure of a rule: "how many days is the appeal window currently?")
    r"|\bhow many (?!(?:business |working |calendar )?(?:days|hours|weeks|months|years|minutes)\b)"
    r"[^?.!]{0,80}?\b(?:at the moment|right now)\b"
    # "how much notice did they actually give before wordtune's retirement?", "how many business days did the claude
    # team review take?": the measure of one past occasion, which a rule ("normally at least 30 days") does not give
    # ("how long did the review of chatgpt enterprise take?")
    # ("…we had a spend spike - how much did that end up costing us?")
    r"|\bhow (?:much|many|long)\b[^?.!]{0,40}?\bdid (?:they|we|it|that|this|kestrel|the [\w-]+(?: [\w-]+){0,4}) "
    r"(?:actually |really |end up |finally )?(?:give|take|get|need|last|spend|cost|costing|run)\b"
    # "who was the handler on the gemini incident in march?", "what did the works council say when they were
    # consulted?": one past occasion, dated or told, which a rule does not say
    r"|\b(?:who|what|which|when|how)\b[^?.!]{0,60}?\b(?:was|were|did)\b[^?.!]{0,60}?"
    r"\b(?:in (?:jan(?:uary)?|feb(?:ruary)?|march|april|june|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?"
    r"|nov(?:ember)?|dec(?:ember)?)|yesterday|last (?:year|month|week|quarter|time))\b"
    r"|\bwhat did (?:the |our )?[\w' -]{2,40}? (?:say|think|decide|conclude|recommend)\b[^?.!]{0,40}?\bwhen\b"
    # "what does the dpo's breach log say about last year's ai incidents?": what a record holds of one period
    rf"|\bwhat (?:does|do|did) [^?.!]{{1,40}}? (?:say|show|tell|record|list)\b[^?.!]{{0,60}}\b{PERIOD}"
    # "did we hit the 90% turnaround target last quarter?", "what did the steering group decide at last december's
    # review?": how it went on one occasion, which a rule does not say
    # ("is the dpo actually hitting the ten business day aim this year?": how it is going, likewise)
    r"|\b(?:did|have|has|had|is|are) (?:we|they|kestrel|the [\w-]+(?: [\w-]+)?) (?:\w+ ){0,2}?"
    r"(?:hit|meet|met|miss|missed|achieved?|reach(?:ed)?|pass(?:ed)?|fail(?:ed)?|beat|exceed(?:ed)?|grant(?:ed)?"
    r"|approved?|decided?|agreed?|find|found|reject(?:ed)?|hitting|meeting|missing|achieving|reaching|beating"
    r"|exceeding)"
    rf"\b[^?.!]{{0,80}}?\b{PERIOD}\b"
    r"|\b(?:what|which) (?:\w+ ){0,2}(?:did|has|have) [^?.!]{0,60}\b(?:decide|agree|find|conclude|approve|reject)\w*"
    rf"\b[^?.!]{{0,60}}\b{PERIOD}"
    # "which model did they go with for the promo-uplift feature, and what did they rule out?": what one team chose,
    # which no rule on choosing says
    r"|\b(?:what|which) (?:[\w'’-]+ ){0,3}did (?:they|we|kestrel|reviewers|the [\w-]+(?: [\w-]+){0,2}) "
    r"(?:end up |finally |eventually |actually |originally )?"
    r"(?:go (?:with|for)|choose|pick|settle on|opt for|rule out|decide (?:on|against|not to)|land on|rely on|look at"
    # ("which annex a controls did we exclude and why?": what one organisation left out)
    r"|exclude|leave out|leave off|drop|include|add)\b"
    # "what did the last management review decide?", "what were the findings of the latest internal audit?": what
    # came of the last occasion, likewise
    # ("what did the post-incident review for the last sev 2 conclude?")
    rf"|\b(?:what|which) (?:\w+ ){{0,2}}(?:did|has|have) (?:[^?.!]{{0,40}}\b)?(?:the |our )?{LAST_OCCASION}"
    rf"[^?.!]{{0,60}}\b{CAME_OF}"
    # "what's the longest any ai incident has taken to get closed?": the extreme of what happened, likewise
    r"|\bwhat(?:'s|’s|s| is| was) the (?:longest|shortest|most|fewest|least|biggest|largest|highest|lowest|worst"
    r"|quickest|fastest|slowest)\b[^?.!]{0,40}\b(?:any|ever|has|have|had|did)\b"
    rf"|\b(?:what|which) (?:\w+ ){{0,2}}(?:was|were) (?:the )?(?:{CAME_OF}|outcomes?|results?|findings?|decisions?)"
    rf" (?:at|of|in|from|by) (?:the |our )?{LAST_OCCASION}"
    # "what was the last sev 1 incident about?": what the last occasion was, likewise
    rf"|\bwhat (?:was|were) (?:the |our )?{LAST_OCCASION}"
    # "has anyone been fired for misusing ai?": whether it has happened, likewise
    r"|\b(?:has|have) (?:anyone|anybody|someone|somebody|people|staff|employees)"
    r" (?:(?:ever|already|actually|really|yet) )*(?:been|got|gotten)"
    r" \w+ed\b"
    # "…requests actually met the turnaround target last quarter?": how it went in one period, likewise
    rf"|\b(?:met|missed|hit|achieved|reached|exceeded|beat|passed|failed)\b[^?.!]{{0,60}}\b{PERIOD}"
    # "how many personal data breaches have we notified to the ico?": a count of what was done, likewise
    r"|\bhow many\b[^?.!]{0,60}\b(?:have|has) (?:we|kestrel|they|the [\w-]+(?: [\w-]+){0,2}) (?:ever |already )?"
    r"(?!got\b)"
    r"(?:\w+ed|had|seen|done|made|sent|taken|run|lost|given|written|won|told|said)\b"
    # "what severity was the most recent incident…?", "who got the most recent policy exception?": the last occasion
    rf"|\b(?:what|which|who|when)\b[^?.!]{{0,40}}\b(?:was|were) (?:the |our ){LAST_OCCASION}"
    # "who was kestrel's first ai governance lead?", "when did the first version of the … policy come out?": who held
    # a post once, or when a first one came, likewise
    r"|\bwho (?:was|were) (?:the |our |[\w-]+['’]s )(?:first|previous|former|original|founding|last)\b"
    r"|\bwhen (?:did|was|were) (?:the |our |[\w-]+['’]s )(?:first|previous|former|original|founding)\b"
    rf"|\bwho (?:got|received|had|filed|raised|requested|asked for|reported) (?:the |our |a ){LAST_OCCASION}"
    # "which annex a controls have we excluded…?": what one organisation chose
    r"|\b(?:what|which) (?:[\w-]+ ){0,3}(?:have|has) (?:they|we|kestrel) (?:excluded|left out|included|chosen|picked"
    r"|dropped|added|ruled out)\b"
    # "what evidence did the reviewers rely on…?", "what did otter.ai say in their vendor questionnaire…?": what was
    # said or relied on once, which a rule does not say (not "what did i do wrong?", asked of the one asking)
    r"|\bwhat (?:[\w-]+ ){0,2}did (?!(?:i|you)\b)(?:[\w.'’-]+ ){1,10}?(?:say|said|record|rely on|base \w+ on|check"
    # ("what error-rate threshold did the data owner agree for the invoice batches?": what was agreed in one case)
    r"|look at|note|write|flag|score|rate|list|conclude|find|ask for|cite|recommend|propose|suggest|do|agree|set"
    r"|decide|choose|pick)\b"
    # "did openai give us a pen test summary…?", "did hirevue offer to switch off the scoring?", "did anyone actually
    # use deepseek before it got rejected?": what a vendor or someone did once, likewise (not what the one asking did)
    # ("did the works council ever come back with their view…?", "did the guild change the checklist after the
    # audit?", "…an outage on friday - did it hit our team account?")
    r"|\bdid (?!(?:i|you)\b)(?:[\w.'’-]+ ){1,5}?(?:ever )?(?:give|send|provide|share|offer|submit|pass|fail|sign"
    r"|come ba?c?k|get its|get their|change|update|revise|hit|affect)\b"
    # ("did anything new get approved while i was away?": what happened in one period)
    r"|\bdid (?:anything|anyone|anybody|something|any [\w-]+) (?:new |else )?get\b"
    r"|\bdid (?:anyone|anybody|someone|somebody|people|staff)\b[^?.!]{0,40}\b(?:use|used|try|tried|buy|bought|pay"
    r"|install|sign up)\b"
    # "back when trint was approved, was it allowed for client interviews?": how it was then
    r"|\bback when\b"
    # "which note-taker bots has IT kicked out of meetings this year?": what was done in one period
    rf"|\b(?:what|which|who|how many)\b[^?.!]{{0,60}}\b(?:has|have|did)\b[^?.!]{{0,60}}?\b\w+(?:ed|en)\b"
    rf"[^?.!]{{0,60}}\b{PERIOD}"
    rf"|\bwhat came (?:out )?of (?:the |our )?{LAST_OCCASION}"
    # "was the june steering group meeting actually quorate?": how one dated occasion went
    r"|^\W*(?:was|were|did) (?:the |our |last )?(?:jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?:['’]s)? [\w-]+"
    # "how long has the current dpo been in post?": how long it has been so, which no rule says
    r"|\bhow long (?:has|have) (?:the |our |my )?[\w'’ -]{1,40}? been (?:in (?:post|the (?:role|job|post))|here"
    r"|at kestrel|with (?:us|kestrel|the company)|around|doing|working|running)\b"
    # "when does deepl's iso 27001 certificate expire?": a date in one party's own document, which no rule says
    r"|\bwhen (?:does|do|did|will) [\w.-]+['’]s? (?:[\w-]+ ){0,3}(?:certificate|certification|report|contract"
    r"|agreement|dpa|licen[cs]e|subscription|assessment)s? (?:expire|lapse|run out|end|renew|come up)"
    # "has the dpo's office started on our dpia…?", "has my appeal reached the reviewers yet?": where one's own case
    # has got to, which only a record of it says
    r"|\b(?:has|have|did) (?:the |our |my )?[\w.'’ -]{1,40}? (?:started|begun|looked at|picked up|got (?:round )?to"
    r"|gotten to|responded to|replied to|actioned|processed|assigned|received|seen)\b[^?.!]{0,40}?\b(?:my|our)\b"
    r"|\b(?:has|have|did|is) (?:my|our) [\w'’ -]{1,40}? (?:reached|been (?:seen|looked at|picked up|assigned|approved"
    r"|rejected|reviewed|received|read|processed)|got (?:to|through)|gone through|arrived|landed|made it)\b"
    # "will the acceptable use policy change next year?", "are we planning to hire more analysts?": a plan, which only
    # a record of it tells
    r"|\bwill (?:the |our )?[\w -]{2,40}? "
    r"(?:change|be (?:changed|updated|revised|replaced|dropped|scrapped|extended))\b"
    r"|\b(?:is|are) (?:we|kestrel|they|the [\w-]+(?: [\w-]+){0,2}) (?:planning|going|thinking of|considering)"
    r" (?:to|on)\b|\bany plans? to\b"
    # ("is kestrel planning an IPO?": what it plans, likewise)
    r"|\b(?:is|are) (?:we|kestrel|the (?:company|business|firm)) (?:planning|considering|thinking (?:of|about))"
    r" (?:an?|the|any|some)\b"
    # "is Kestrel a member of the Partnership on AI?", "which other companies use govbot?": what the organisation
    # belongs to, or who else does what it does, which only a record of it says
    r"|\b(?:is|are) (?:we|kestrel|the (?:company|business|firm)) (?:a |an )?(?:member|members|signatory|signatories"
    r"|part|partner) (?:of|to|in)\b"
    r"|\bwhich other (?:companies|firms|organi[sz]ations|businesses|consultancies|clients|customers|teams)\b"
    # "does anyone on kestrel's board have an ai background?", "does kestrel have its own soc 2 report?": what some
    # person has, or what the organisation itself holds (a rule asks it of vendors), which only a record says
    r"|\b(?:does|do|has|have) (?:anyone|anybody|someone|somebody|any of) (?:on|in|at|from|of) [^?.!]{1,40}?"
    r"\b(?:have|has|hold|know|speak|own)\b"
    r"|\b(?:does|do|has|have) (?:kestrel|we|the company) (?:\w+ )?(?:have|hold|got) (?:its|our|their) own "
    r"(?:[\w-]+ ){0,4}(?:certificat\w*|certification|report|accreditation|audit|attestation)s?\b"
    # "is the governance lead happy with how tool owners handle re-reviews?": how someone feels, likewise
    r"|\b(?:is|are) (?:the |our )?[\w -]{2,40}? (?:happy|unhappy|satisfied|pleased|worried|concerned|annoyed"
    r"|frustrated) (?:with|about)\b"
    # "…a gap analysis…, and what did it find?": what one occasion found, likewise
    r"|\bwhat (?:did|has|have) (?:it|they|the [\w-]+(?: [\w-]+){0,2})"
    r" (?:find|found|conclude|show|flag|uncover|turn up)\b"
    # "what triggered the last unscheduled review?": what brought about one occasion, likewise
    rf"|\bwhat (?:triggered|caused|prompted|led to|started) (?:the |our )?{LAST_OCCASION}"
    # "which vendors signed the standard schedule without changes?": which ones did something once, likewise
    r"|\bwhich (?:[\w-]+ ){0,2}?(?:vendors|suppliers|clients|customers|teams|departments|sites|people|staff|employees)"
    r" (?:have |has )?(?:signed|agreed|accepted|objected|complained|refused|got|received|had|took|ran|won|lost)\b"
    # "who first requested github copilot business?", "…review for the zoom summary - who facilitated it?": who did
    # it that once, which no rule on who does it names
    r"|\bwho (?:first|originally|initially) (?:requested|asked for|proposed|suggested|registered|raised|brought in"
    r"|introduced|pushed for|came up with|signed up for|bought)\b"
    r"|\bwho (?:facilitated|led|ran|chaired|handled|investigated|wrote up) (?:it|that|them)\b"
    # "what corrective actions came out of it?", "what was the outcome and what did the ICO order them to do?": what
    # came of one occasion (not what a procedure yields: "what comes out of a post-incident review?")
    r"|\bwhat (?:[\w-]+ ){0,3}came (?:out )?of (?:it|that|them)\b"
    r"|\bwhat (?:was|were) the (?:outcome|result|verdict|ruling|upshot|fine|penalty|settlement)s?\b"
    r"|\bwhat (?:[\w-]+ ){0,2}did (?!(?:i|you)\b)(?:[\w.'’-]+ ){1,6}?(?:order|tell|instruct|fine|make) (?:them|us|it"
    r"|him|her)\b"
    # "are the september steering group minutes out yet?": whether it has happened yet, which no rule says
    r"|\b(?:is|are|has|have)\b[^?.!]{0,60}\b(?:out|published|available|ready|circulated|released|posted|shared"
    r"|sent out)\s+yet\b"
    # "why was midjourney even registered in the first place?", "were people already using it on personal accounts
    # before it got rejected?": why and how it was then
    r"|\bwhy (?:was|were|did)\b[^?.!]{0,60}\b(?:even|ever|in the first place|originally)\b"
    r"|\b(?:was|were) (?:people|staff|anyone|anybody|employees|colleagues|teams?|they|we) (?:already |actually "
    r"|still |really )?(?:using|doing|running|trying|paying)\b"
    # "what's their ai processing field actually set to in the contract register?": the value one record holds
    r"|\bwhat(?:'s|’s|s| is| are) (?:their|its|the|our|his|her) [\w'’ -]{1,40}? (?:actually |currently |really )?"
    r"set to\b"
    # "how many active notion ai users do we have?", "how many people actually use claude?": a count of now
    r"|\bhow many (?:active|current|licensed|paying|monthly|daily|weekly) (?:[\w-]+ ){0,3}(?:users|seats|licen[cs]es"
    r"|accounts)\b"
    r"|\bhow many (?:people|staff|employees|colleagues|of us|teams) (?:actually |currently |really )?use\b"
    # "how many incidents has govbot itself caused?": a count of what it has done
    r"|\bhow many\b[^?.!]{0,60}\b(?:have|has) [\w.-]+ (?:itself|themselves) \w+ed\b"
    # "what was the triage reason code for the last rejected request?": of the last occasion, likewise
    rf"|\b(?:what|which|who|when)\b[^?.!]{{0,40}}\b(?:was|were)\b[^?.!]{{0,40}}\b(?:for|of|in|on|from|by|about) "
    rf"(?:the |our ){LAST_OCCASION}"
    # "which of our ai vendors hold iso 42001 certification?": which ones have it now, which only their records say
    r"|\bwhich (?:of (?:our|the|kestrel's) )?(?:[\w-]+ ){0,2}?(?:vendors|suppliers|providers)"
    r" (?:hold|have|has|are|got)\b"
    # "which annex a controls are we weakest on?": how one organisation is doing, which no rule says
    r"|\b(?:are|is|were) (?:we|kestrel|our [\w-]+(?: [\w-]+)?) (?:the )?(?:weakest|strongest|worst|best|behind"
    r"|ahead|lagging|falling short|doing (?:well|badly|ok|okay|better|worse))\b"
    # "is the incident reporting policy getting a rewrite after this year's audit?", "is the annual training being
    # redesigned?": a plan for a document or a programme, which only a record of it tells
    r"|\b(?:is|are) (?:the |our )?[\w'’ -]{2,50}? (?:getting|going to get|due|due for|in line for) (?:a |an )?"
    r"(?:rewrite|re-write|update|refresh|overhaul|redesign|revamp|revision|makeover)\b"
    r"|\b(?:is|are) (?:the |our )?[\w'’ -]{2,50}? being (?:redesigned|rewritten|revamped|overhauled|reworked"
    r"|refreshed|retired|scrapped|replaced)\b"
    # "has the eu ai act readiness project finished yet?", "has talent acquisition found a replacement for hirevue
    # yet?": how far one piece of work has got, likewise (not the one asking: "have i finished…")
    r"|\b(?:has|have) (?!(?:i|you)\b)(?:the |our )?[\w'’ -]{2,50}? (?:finished|completed|concluded|wrapped up|ended"
    r"|gone live|launched|found|hired|picked|chosen|settled on)\b[^?.!]{0,40}\byet\b"
    # "whats the status of the generative assistant feature that was being built…?", "…the new york times lawsuit
    # against openai?": where a project or a case stands, likewise (not a request's status, which the register holds)
    r"|\b(?:that|which) (?:was|were) being (?:built|developed|planned|piloted|trialled|tested|worked on|designed"
    r"|written)\b"
    r"|\bstatus of (?:the |that |this )?[\w'’ -]{0,40}?(?:lawsuit|court case|litigation|investigation|project"
    r"|programme|program|migration|roll-?out)\b"
    # "what happened with the prompt injection thing last month?", "did trint get bought after we dropped them?",
    # "…got sued in illinois, how did that end?", "…a bug years back? how bad was that": how one occasion went
    r"|\bwhat(?:'s| has)? happened (?:with|to)\b"
    r"|\bdid (?!(?:i|you)\b)[\w.'’ -]{1,50}? get (?:fixed|resolved|sorted|bought|acquired|sued|fined|settled"
    r"|patched|shut down|taken down)\b"
    r"|\bhow did (?:that|it|this|they|the [\w-]+(?: [\w-]+)?) (?:end|go|turn out|pan out|play out|get resolved)\b"
    r"|\bhow (?:bad|serious|big|widespread) (?:was|were) (?:that|it|this|they)\b"
    # "was there a big chatgpt outage last month?", "was the quarterly report late going to the steering group last
    # time?", "did last year's management review lead to any changes…?": one period's events, likewise (not "was it
    # ok that i…", asked of what the one asking did)
    rf"|\b(?:was|were) there (?:a |an |any )[^?.!]{{1,60}}\b(?:{PERIOD}|last time)"
    rf"|^\W*(?:was|were|did) (?!(?:i|you|it|that|this)\b)[^?.!]{{1,80}}\blast time\b"
    r"|\bdid (?:the |our )?(?:last|this|past|previous) (?:year|quarter|month|week)['’]s\b"
    # "has anyone on the review panel ever had to step aside?": whether it has ever happened, likewise
    r"|\b(?:has|have) (?:anyone|anybody|someone|somebody)(?: (?:on|in|at|from) [\w'’ -]{1,40}?)? ever\b"
    # "which director did the lead escalate the last overdue re-review to?": one occasion, likewise
    rf"|\b(?:what|which|who)\b[^?.!]{{0,40}}\bdid\b[^?.!]{{0,40}}\b(?:the |our ){LAST_OCCASION}"
    # "has the dutch autoriteit persoonsgegevens published any guidance on ai chatbots?": what a body has put out
    r"|\b(?:has|have) (?!(?:i|you|we)\b)(?:the |our )?[\w'’ -]{2,50}? (?:published|issued|released|put out"
    r"|announced) (?:any|anything|new)\b"
    # "is there an ai lunch and learn this month?": an event in one period, which only a record or a calendar says
    r"|^\W*(?:is|are) there (?:an? |any )[^?.!]{1,60}\b(?:this|next) (?:week|month|quarter|year)\b",
    re.IGNORECASE,
)
RECORD = re.compile(rf"\b{PERIOD}\b", re.IGNORECASE)
# "is there a word limit on the business purpose box?", "what's the upload size limit?": a limit of words or
# of size, which only a sentence speaking of words or size states
# ("whats the max tokens per request?": likewise what is counted to a maximum)
LIMIT_OF = re.compile(
    r"\b([a-z]+)[- ]limits?\b|\b(?:max|maximum|min|minimum) (?:number of |no\.? of )?([a-z]{3,}s)\b", re.IGNORECASE
)
LIMIT_REACH = 20  # characters either side of a figure that say what it is of
SUBJECT_WORDS = 3  # the first words of a sentence, which say what it is about ("Company cards may…")
# "what does the ICO's AI guidance say about explaining decisions?": what another source says, which a sentence
# of ours states only where it names that source (in its words or its heading); a source the documents name
# often ("ISO 42001", "the contract register") is theirs to speak for
SOURCE_ASKED = re.compile(
    # (not who asks: "what do i write in a client report to say ai was used?")
    r"\bwhat (?:does|do|did) (?P<source>(?!(?:i|we|you|they|he|she)\b)[\w'’. -]{1,60}?) (?:actually |really )?"
    r"(?:say|says|said|require|expect|want|mean|conclude|recommend)\b"
    r"|\baccording to (?P<according>[\w'’. -]{1,40}?)(?:[,?.!;]|$)"
    # "whats in microsoft's responsible ai standard?"
    r"|\bwhat(?:'s|’s|s| is) in (?P<inside>[\w'’. -]{1,40}?)(?:[,?.!;]|$)"
    # "does the uk advertising standards authority require ai images in ads to be labelled?": likewise, asked yes or no
    rf"|{MESSAGE_START}\W*(?:does|do|did) (?P<requirer>the [\w'’. -]{{1,60}}?) (?:actually |really )?"
    r"(?:require|expect|mandate|say|allow|ban|prohibit)\b"
    # "whats the ico's view on legitimate interests for training ai?": its view, likewise
    r"|\bwhat(?:'s|’s|s| is| are) (?P<view>(?:the )?[\w.-]+(?: [\w.-]+){0,2}['’]s) (?:official |current |latest )?"
    r"(?:view|views|position|stance|take|guidance|advice|opinion|line) on\b"
    # "how does the ico define anonymisation in its guidance?": its wording, likewise
    r"|\bhow (?:does|do|did) (?P<definer>the [\w'’. -]{1,40}?) (?:actually |really )?(?:define|interpret|describe)\b"
    # "who is the DPO at OpenAI?": who holds a post at another organisation, which a sentence naming the post at ours
    # does not say
    r"|\bwho(?:'s|’s| is| are) (?:the |their |its )?[\w -]{2,30}? at (?P<employer>(?!kestrel\b)[\w.&'’-]+)\s*[?.!]*\s*$"
    # "how do other consultancies grade ai incident severity?", "how does amazon decide who owns an ai tool?": how
    # others go about it, which our rule on it does not say (read as another's practice only where the documents
    # never name them: see SentenceScorer.source_asked)
    # ("what did samsung change in its ai rules after…?": what another did, likewise)
    r"|\b(?:how (?:do|does|did|would|will)|what (?:did|has|have)) (?P<practice>other [\w-]+(?: [\w-]+)?"
    r"|(?!(?:i|we|you|they|he|she|it|kestrel"
    r"|the|our|my|your|this|that|these|those|people|staff|employees|teams?|reviewers|owners|managers)\b)[\w.'’-]+)"
    r" (?:actually |really |usually |normally |typically )?(?:handle|decide|manage|grade|approach|govern|deal with"
    r"|treat|classify|rate|score|assess|check|vet|audit|change|changed|introduce|introduced|ban|banned)\b",
    re.IGNORECASE,
)
SOURCE_WEIGHT = 2.5
OWN_WAYS = re.compile(r"\b(?:its|their) own\b", re.IGNORECASE)
TOOL_TAKES = "<the tool asked about>"  # what a sentence naming the tool says, among its terms
THING_PHRASE_TOKENS = 3  # an everyday phrase this short says the thing asked in other words
THING_WEIGHT = 2.5  # the rarest word of a thing asked for this rare must be in the sentence that says which
# the words for where a thing is online ("the url for the incident form"), which the place given answers
LINK_WORDS = "link links url urls"
FACT_WORDS = (
    "deadline deadlines date dates time times hours number figure amount limit price cost period duration"
    f" {LINK_WORDS} location"
)
UNITS = (
    "second seconds minute minutes hour hours day days week weeks month months year years business working "
    "calendar often long much many money pounds euros percent gbp eur "
    # what a figure is of ("what threshold…?" is answered by "more than 100 people")
    "threshold thresholds limit limits size maximum minimum max min cap rate fee fees length level amount "
    "budget value percentage score share proportion"
)
THING_FILLER = (
    "do does did am is are was i we you actually meant supposed exactly really even expected needed required "
    "involved happening going key main important major basic general overall exact specific relevant "
    "kind kinds sort sorts type types"  # "which kinds of tools…": what follows "of" is the thing
    # "what's the policy on personal accounts?": the rule asked is what a sentence states, whatever it calls it
    " policy policies rule rules guidance guideline guidelines stance position"
    # "does the standard expect an internal audit programme?": an activity asked for, whatever its frame is called
    " programme programmes program programs procedure procedures framework frameworks"
)
SOURCE_FILLER = "actually itself really exactly even now currently"
# "…to hit fridays deadline", "missing the deadline": a deadline the message tells of, not one it asks for
DEADLINE_TO_MEET = re.compile(
    r"\b(?:hit|meet|meeting|miss|missed|missing|make|making|beat|beating)\s+"
    r"(?:(?:a|the|my|our|this|that|their|his|her|[\w-]+['’]s|[a-z]+days)\s+)?deadlines?\b",
    re.IGNORECASE,
)
# What a question asks for, and how a sentence that answers it reads.
FACT_KINDS = [
    (SPECULATION_ASKED, NO_RULE_STATES),
    (CALCULATION_ASKED, NO_RULE_STATES),
    (PHONE_ASKED, PHONE),
    (EMAIL_ASKED, EMAIL),
    (IDENTIFIER_ASKED, IDENTIFIER),
    (DEFINITION_ASKED, DEFINITION),
    (EXPANSION_ASKED, DEFINITION),
    (MEANING_ASKED, DEFINITION),
    (BARE_DEFINITION_ASKED, DEFINITION),
    (PLACE_ASKED, PLACE),
    (MERIT_ASKED, PREFERENCE),
    # "is the tuesday review panel on teams or in person?": how it meets, which only a sentence saying so answers
    (
        re.compile(
            r"\bin[- ]person\b[^?.!]{0,40}\bor\b|\bor (?:is it |it's |its )?in[- ]person\b|\bface[- ]to[- ]face or\b"
            r"|\bor (?:is it |it's |its )?(?:online|virtual|remote|hybrid)\b",
            re.IGNORECASE,
        ),
        MEETING_MODE,
    ),
    # "how far is lisbon from amsterdam?": a distance
    (
        re.compile(r"\bhow far (?:is|are|away)\b|\bdistance (?:from|between)\b", re.IGNORECASE),
        DISTANCE,
    ),
    # "which version of the anonymisation checklist are we on?": a version number
    (re.compile(r"\b(?:which|what) version (?:of|are|is|do)\b|\bversion number\b", re.IGNORECASE), VERSION_NUMBER),
    (FORMAT_ASKED, FORMAT),
    (WORDING_ASKED, WORDING),
    (REASON_ASKED, REASON),
    (CONTENTS_ASKED, CONTENTS),
    (CONTENTS_LOOK_ASKED, CONTENTS),
    (CONTENTS_HELD_ASKED, CONTENTS),
    (DOCUMENT_OWNER_ASKED, ROLE),
    (ENTITY_ASKED, NAME),
    # "which team has the most overdue re-reviews?", "which custom gpts get used the most?", "which vendor had the most
    # incidents?": which one leads a count of records, which only a record of them says
    (
        re.compile(
            r"\bwhich\b[^?.!]{1,60}?\bthe (?:most|least|fewest|highest|lowest)\b"
            # ("which function's reviewers are slowest to sign off requests?")
            r"|\bwhich\b[^?.!]{1,60}?\b(?:are|is|were|was) (?:the )?(?:slowest|fastest|quickest|busiest|worst|best)\b"
            # ("what are the current top risks on the ai risk register?": what a record holds now)
            r"|\bwhat(?:'s|’s|s| is| are) (?:the |our )?current (?:top|biggest|main|highest|largest)\b"
            # "has the eu ai office actually fined anyone yet?": what a body has done so far, which only a record says
            r"|\b(?:has|have) (?:the |an? )?(?:[\w'’-]+ ){1,4}?(?:ever |actually |already |yet )?"
            r"(?:fined|sued|banned|sanctioned|prosecuted|penali[sz]ed|punished|investigated)"
            r" (?:anyone|anybody|any\w*|a company|companies)\b",
            re.IGNORECASE,
        ),
        RECORD,
    ),
    (RECORD_ASKED, RECORD),
    # "what's the exact date of the December meeting?", "when was it issued?", "what's the deadline for this
    # year's refresher?": only a date answers
    (
        re.compile(
            r"\b(?:exact|what|which) (?:date|day|month|week)\b|\bon what date\b|\bwhen (?:was|were|did)\b|\bwhat year\b"
            r"|\bwhen exactly\b|\bexactly when\b"
            # "is claude code likely to be approved soon?": when a decision will come, which no rule foretells
            r"|\b(?:likely|going|expected) to (?:be |get )?(?:approved|rejected|allowed|registered|decided)\b"
            r"|\b(?:approved|decided|rejected) soon\b"
            # "when is the iso 42001 certification audit?": the day of an event ("six years" is no day)
            r"|\bwhen(?:'s|’s| is| are) (?:the |our |this year's |next )?(?:[\w-]+ ){0,3}"
            r"(?:audit|conference|party|launch|event|all-hands|offsite|kick-?off)s?\b"
            r"|\bdeadline\b[^?.!]{0,40}\b(?:this|next) (?:year|month|quarter)"
            # "when do the current reviewers' terms run out?": the day of what holds now
            r"|\bwhen (?:do|does|will|is|are) (?:the |our |my )?current\b"
            # "when is the mid-year performance review this year?": a day in that year
            r"|\bwhen(?:'s|’s| is| are)\b[^?.!]{1,60}\b(?:this|next) (?:year|month|quarter|week)\b"
            r"|\b(?:this|next) (?:year|month|quarter)(?:['’]?s)?\b[^?.!]{0,40}\bdeadline\b"
            # "when does the eu ai act come into force?": the day it happens (when an approval expires, a time after
            # something may say)
            r"|\bwhen (?:does|do|did|will|would)\b[^?.!]{1,60}?\b(?:come (?:into|in to) (?:force|effect)|take effect"
            r"|get published|be published)\b"
            # "is the eu ai act in force yet?", "when does the eu ai act apply to general-purpose ai?": likewise
            r"|\b(?:is|are) (?:the )?[\w .'’-]{2,40}? (?:in force|in effect|live|enforced|being enforced)"
            r" (?:yet|now|already)\b"
            r"|\bwhen (?:does|do|will) [^?.!]{0,40}?\b(?:act|regulation|law|directive)(?:['’]s)?\b[^?.!]{0,40}?"
            r"\b(?:apply|applying|kick in|bite)\b"
            # "what's the contract end date for textio?": a date asked for by name
            r"|\b(?:what|which)(?:'s|’s|s| is| was| are) (?:the |our |its |their )?(?:[\w-]+ ){0,2}?"
            r"(?:end|start|renewal|expiry|expiration|go-live|launch|release|cut-?off|termination) date\b"
            # "has any client ever objected when…?": what happened once, which only a dated record tells
            rf"|{MESSAGE_START}\W*(?:has|have|did) (?:[\w.'’-]+ ){{1,3}}ever\b"
            # ("was duet ai ever rolled out…?"; whether a tool was ever approved, its entry's status says)
            rf"|{MESSAGE_START}\W*(?:was|were) (?:[\w.'’-]+ ){{1,3}}ever\b(?! (?:been )?(?:approved|rejected|registered"
            r"|allowed|banned|retired)\s*[?!.]*\s*$)",
            re.IGNORECASE,
        ),
        DATE,
    ),
    # "when's the next half-day reviewer induction running?": the date of the next occasion, or its month ("at
    # its December meeting"); how often it happens ("annual") does not say when the next one is
    (re.compile(r"\bwhen(?:'s|’s| is| are| does| do| will)? (?:the |our )?next\b", re.IGNORECASE), NEXT_DATE),
    (SEVERITY_ASKED, SEVERITY),
    (EFFORT_ASKED, SPENT),
    # "what hours is the channel watched?": a time of day answers
    (
        re.compile(
            r"\bwhat (?:hours|times?)\b|\bwhat time of day\b|\bopening hours\b|\bhours of (?:cover|service)\b",
            re.IGNORECASE,
        ),
        CLOCK,
    ),
    (re.compile(r"\bhow often\b|\bfrequen\w*|\bhow regularly\b|\bhow many times\b", re.IGNORECASE), FREQUENCY),
    # "how long does the DPO's office keep entries in the breach log?": how long something is kept, which a
    # deadline to do something ("notifies … within 72 hours") does not say
    (RETENTION_ASKED, RETAINED),
    # "when do tool owners have to finish the owner training by?": a deadline, which an event may set ("before
    # their first registration is approved") as well as a time
    (re.compile(r"\bwhen\b[^?.!]{0,80}\bby\s*(?:\?|$)|\bby when\b", re.IGNORECASE), DEADLINE),
    (
        re.compile(
            r"\bhow (?:long|fast|quick|quickly|soon|many (?:(?:business|working|calendar|clear) )?(?:hours|days|weeks"
            r"|months))\b|\bdeadline\b|\bby when\b"
            r"|\bhow much (?:warning|notice|time|lead time|heads[- ]up)\b"
            # "how far in advance do infosec need the ciso's approval…?"
            r"|\bhow (?:far|much|long) (?:in advance|ahead|beforehand)\b"
            r"|\bwhen (?:do|must|should|will|is)\b|\bwithin how\b|\bretention\b|\bkept\b",
            re.IGNORECASE,
        ),
        DURATION,
    ),
    # "whos actually on the ai steering group?": its members, not whatever role a sentence names
    (
        re.compile(
            r"\bwho(?:'s|’s|s| is| are| sits?)\s+(?:actually\s+|even\s+|really\s+)?(?:on|in)\s+"
            r"(?:the|our|this|that|[\w-]+['’]s)(?!\w)"
            r"|\bwho(?:'s|’s|s| is| are) (?:the )?members\b|\bwhat(?:'s|’s|s| is) the (?:membership|make-?up)\b",
            re.IGNORECASE,
        ),
        MEMBERS,
    ),
    (
        re.compile(
            r"^\s*(?:who|whom)\b"
            r"|\bwho (?:is|are|can|may|should|must|decides?|approves?|chairs?|owns?|triages?|reviews?|signs?"
            r"|does|do|handles?|runs?|answers?|fills?|deals?|looks after|takes? care)\b"
            # ("is it legal or procurement who keeps the signed dpas?": which of them, a role or a team)
            r"|\b(?:is|was) it (?:[\w'’-]+ ){1,4}?or (?:[\w'’-]+ ){1,4}?(?:who|that)\b"
            # ("which team sets up…?", "whose job is it to…?": likewise a role or a team answers)
            r"|^\W*which (?:[\w-]+ )?(?:team|department|function|group) (?!(?:is|are|was|were|has|have)\b)"
            r"|\bwhose (?:job|responsibility|role|task) is (?:it|that) to\b",
            re.IGNORECASE,
        ),
        ROLE,
    ),
    # "what's the governance team's budget?", "what's our median time to contain?": a figure answers
    (
        re.compile(
            r"\bhow much\b|\bhow many\b|\bcost\b|\bthe (?:[\w-]+ ){0,3}costs\b|\bprice\b"
            r"|\bpass (?:mark|rate|score|grade)\b"
            r"|\bwhat (?:score|mark|grade|rating)\b"
            r"|\bwhat(?:'s|s| is| was)\b[^?.]{0,40}\bbudget\b(?!\s+alert)"
            # "what's kestrel's revenue?": a figure of the business
            r"|\bwhat(?:'s|s| is| was| are| were)\b[^?.]{0,40}\b(?:revenue|turnover|profits?|headcount|valuation"
            r"|share price|stock price|market cap\w*)\b"
            r"|\b(?:median|average)\b|\bwhat (?:percentage|percent|proportion|share)\b|\bwhat %"
            r"|\bwhat fines\b|\bhow (?:big|large|much) (?:a |the )?fines?\b|\bmaximum fines?\b"
            # ("how big is the ico fine if we miss the 72-hour deadline?")
            r"|\bhow (?:big|large|much|high) (?:is|are|was|were|would be|could be|will be) (?:the |a |an |our )?"
            r"(?:[\w'’-]+ ){0,3}?(?:fines?|penalty|penalties)\b"
            # "whats the eu ai act fine if we don't…?": the fine, a sum ("is it fine if…?" asks leave)
            r"|\bwhat(?:'s|’s|s| is| was| are| were| would be) the (?:(?!(?:is|it|are|be|this|that)\b)[\w'’-]+ ){0,4}?"
            r"fines?\b"
            # ("whats the % cutoff for a deliverable counting as 'substantially' ai generated?")
            r"|\bwhat(?:'s|’s|s| is) the (?:%|percent(?:age)?) (?:cut-?off|threshold|figure|limit)\b"
            # "is there a % cutoff for when a deliverable counts as 'substantially generated'?", "is there a £ figure
            # for 'unexpected spend'?": whether a figure is set, which only a sentence giving one says
            r"|\bis there an? (?:%|percent(?:age)?|£|\$|€|numeric(?:al)?|number|figure|cut-?off|threshold)"
            r"(?: (?:cut-?off|threshold|figure|limit|number|value))?\b"
            # "what does the learning team pay per person for the e-learning?": what is paid, a sum
            r"|\bwhat (?:do|does|did) (?:[\w'’-]+ ){1,3}(?:pay|charge|spend)\b(?! attention)",
            re.IGNORECASE,
        ),
        AMOUNT,
    ),
    # "what's the longest meeting it can summarise?", "what are the limits for a trial?": a number answers
    (
        re.compile(
            # (not one the message gives: "i know the max is 15 days, but…")
            r"\b(?:longest|shortest|largest|biggest|smallest|maximum|minimum|max|how (?:big|large))\b"
            r"(?!\s+(?:is|was|being|of)\s+(?:\d|a |an |one|two|three|four|five|six|seven|eight|nine|ten))"
            r"|(?<!credit )(?<!spending )\blimits?\b|\bthresholds?\b",
            re.IGNORECASE,
        ),
        LIMIT,
    ),
    (CONSEQUENCE_ASKED, CONSEQUENCE),
    (RULES_ASKED, RULE),
]


# "After the 90 days, how long does it stay in backups?": a figure the question already says is not the
# one a "how long / how many…" question asks for (see SentenceScorer.score).
HOW_TO_VERB = re.compile(r"\bhow (?:do|can|should|would|could) (?:i|we|you) (?P<verb>[a-z]{3,})\b", re.IGNORECASE)
# verbs that say little of what is done, or that the policies say in many ways ("put" data "into" a tool)
GENERIC_VERBS = frozenset(
    """get do make use find know see go have be put paste upload share send give take tell ask handle deal start keep
    let avoid stay sort work become proceed begin ensure stop manage actually even still best also just really safely
    legally properly correctly quickly go about""".split()
)
ASKS_HOW = re.compile(r"\bhow (?:long|many|much|soon|often|fast|quick|quickly)\b", re.IGNORECASE)
_FACT_WORD = re.compile(r"[a-z0-9£$€%]+")
_FRAMING = frozenset("within after before at least most up to no more than for by of the a".split())


@functools.lru_cache(maxsize=EVERYDAY_CACHED)
def everyday_phrases(text: str) -> tuple[tuple[tuple[str, ...], frozenset[str]], ...]:
    """The everyday phrases in `text`, each as its tokens and the policies' words for it. Read several
    times for each answer, so kept a while."""
    return tuple(
        (tuple(tokenize(match.group())), frozenset(tokenize(words)))
        for pattern, words in _EVERYDAY
        for match in pattern.finditer(text)
    )


def everyday_alternatives(text: str, longest: int | None = None) -> dict[str, set[str]]:
    """The policies' words for each token of the everyday phrases in `text` (of phrases of at most
    `longest` tokens, if given)."""
    alternatives: dict[str, set[str]] = {}
    for tokens, words in everyday_phrases(text):
        if longest is None or len(tokens) <= longest:
            for token in tokens:
                # ("new joiners": "joiners" is not said by "new" alone, in "register new tools")
                alternatives.setdefault(token, set()).update(words - (set(tokens) - {token}))
    return alternatives


def _said(text: str) -> set[str]:
    """The words and figures of a fact as said ("within 24 hours" -> {"24", "hours"}), for telling
    whether the question already says it."""
    return set(_FACT_WORD.findall(text.lower())) - _FRAMING


def _with_singulars(words: set[str]) -> set[str]:
    """The words with the singular of each plural ("reviewers", "reviewer")."""
    return words | {word[:-1] for word in words if word.endswith("s")}


def canonical(token: str) -> str:
    """A term as matched between question and sentence: the lexical stem without a final "e", so
    that "deadline" meets "deadlines" (stemmed "deadlin") and "use" meets "used"."""
    return token[:-1] if len(token) > 3 and token.endswith("e") else token


@functools.lru_cache(maxsize=TERMS_CACHED)
def terms_of(text: str) -> frozenset[str]:
    """The terms of a text, as matched (kept: the same sentences are read for question after question)."""
    return frozenset(canonical(token) for token in tokenize(text))


# words for people counted: people at large are counted in any of them ("how many people…?": "more than 5,000
# individuals", "eight members"), though reviewers only as reviewers
# "how many people are in the data science guild?": the members of a group, counted
COUNT_IN_GROUP = re.compile(
    r"\bhow many (?:people|ppl|members|staff|employees|folks|persons) (?:are|sit|serve|work) (?:in|on) (?:the |our )?"
    r"(?!(?:team|company|kestrel)\b)[\w-]",
    re.IGNORECASE,
)
PEOPLE_AT_LARGE = terms_of("people individuals persons")
PEOPLE_COUNTED = terms_of("people individuals persons members staff employees users reviewers colleagues participants")


def clean(sentence: str, columns: Sequence[str] = ()) -> str:
    """A sentence as quoted: without list marks, Markdown emphasis or table pipes. A row of a grid (`columns`, its
    header's cells, four or more) says which column each cell is in ("approved_with_conditions — Public: Yes…;
    Internal: As for approved…"): its cells alone do not say which is which."""
    text = LIST_ITEM.sub("", _MARKUP.sub("", sentence))
    if BYLINE.match(text):
        text = text.strip()[1:-1]
    if text.lstrip().startswith("|"):
        cells = _cells(text)
        if len(columns) >= GRID_COLUMNS and len(cells) == len(columns) and all(columns[1:]):
            named = [f"{column}: {cell}" for column, cell in zip(columns[1:], cells[1:], strict=True) if cell]
            text = f"{cells[0]} — {'; '.join(named)}"
        else:
            text = ": ".join(cell for cell in cells if cell)
    return " ".join(text.split())


GRID_COLUMNS = 4  # a table this wide is read by its column names; a narrower one's cells say what they are


def _cells(row: str) -> list[str]:
    return [" ".join(cell.split()) for cell in row.strip().strip("|").split("|")]


def row_examples(sentence: str) -> list[str]:
    """The examples a table row lists in a cell, each read with the row's first cell ("2 – High:
    exposed credentials"): a row of the severity table names a dozen situations, and the one a
    question describes is lost in the meaning of the whole row."""
    text = _MARKUP.sub("", sentence)
    if not text.lstrip().startswith("|"):
        return []
    cells = [cell for cell in _cells(text) if cell]
    examples = [part.strip() for cell in cells[1:] if ";" in cell for part in cell.split(";") if part.strip()]
    return [f"{cells[0]}: {example}" for example in examples]


def enumerated(sentence: str) -> list[str]:
    """The actions a rule lists in one sentence, each read with the rule's opening ("You must not … tell
    a client the tool is being used for their work"): in a list of five, the one a question asks about
    is lost in the meaning of the whole."""
    rule = RULE_OPENING.search(sentence)
    if rule is None:
        return []
    opening, rest = sentence[: rule.end()], sentence[rule.end() :]
    parts = [part.strip(" .;") for part in ENUMERATION.split(rest)]
    # "…, because choices made here, such as which records to drop, can…": clauses, not a list
    if len(parts) < MIN_ENUMERATED or any(SUBORDINATE.match(part) for part in parts):
        return []
    return [f"{opening} {part}" for part in parts if len(part.split()) >= MIN_PART_WORDS]


QUOTE_MARKS = "\"“‘'"


def _split(paragraph: str) -> list[str]:
    """Sentences of a paragraph, as `split_sentences` finds them, with a policy's byline kept whole and a
    numbered item's number kept with its item."""
    if BYLINE.match(paragraph):  # "*Policy KES-AI-01 · Version 2.1 · Owner: AI Governance Lead · Last reviewed: …*"
        return [paragraph.strip()]
    return _numbered(split_sentences(paragraph))


def _numbered(sentences: list[str]) -> list[str]:
    """A numbered list item's number ("1.", which reads as a sentence of its own) kept with its item."""
    joined: list[str] = []
    for sentence in sentences:
        if joined and ITEM_NUMBER.fullmatch(joined[-1].strip()):
            joined[-1] = f"{joined[-1].strip()} {sentence}"
        else:
            joined.append(sentence)
    return joined


BARE_LABEL = re.compile(r"\W*(?:[\w'’-]+\s+){0,2}[\w'’-]+\s*:\s*")


def sentences_of(text: str, topic: str) -> list[tuple[str, list[str]]]:
    """The sentences of a chunk, cleaned, each with what else is read for its meaning: a table row's
    examples after the section's `topic`, a list item as it reads alone; table dividers dropped. A
    sentence that leans on the one before it ("This covers recruitment shortlists…") is quoted with
    it, never without it."""
    found: list[tuple[str, list[str]]] = []
    introduces = ""  # the sentence a list follows ("When a tool is retired…, the Tool Owner:")
    # "Five principles sit behind every rule in this policy:" says nothing alone: it is quoted with the
    # title of each item that follows it ("**Registered tools only for work data.** A tool that…")
    heads: dict[int, list[str]] = {}
    introduced_at = 0
    for paragraph in text.split("\n\n"):
        previous = ""
        columns: list[str] = []
        for sentence in _split(paragraph):
            if TABLE_DIVIDER.match(sentence.strip()):
                # the row above a divider is a table's header ("Tier: Target"), which states nothing
                if found and previous.lstrip().startswith("|") and found[-1][0] == clean(previous):
                    found.pop()
                columns = _cells(_MARKUP.sub("", previous)) if previous.lstrip().startswith("|") else []
                continue
            previous = sentence
            cleaned = clean(sentence, columns)
            if len(cleaned) <= 2:
                continue
            item = bool(LIST_ITEM.match(sentence))
            if item and introduces and cleaned[:1].islower() and len(introduces) + len(cleaned) < MAX_JOINED_CHARS:
                # "obtains a deletion certificate within 60 days;" says nothing alone: it is quoted after
                # what it continues ("…the Tool Owner: obtains a deletion certificate within 60 days;"),
                # and means what it means alone too (a long opening would drown it)
                found.append((f"{introduces} {cleaned}", [read_in_context(cleaned, topic)]))
                continue
            if (
                not item
                and introduces
                and cleaned[:1] in QUOTE_MARKS
                and found
                and found[-1][0] == introduces
                and len(introduces) + len(cleaned) < MAX_JOINED_CHARS
            ):
                # "…include a statement such as:" says nothing without the words it gives, quoted after it
                found[-1] = (f"{introduces} {cleaned}", found[-1][1])
                introduces = ""
                continue
            # (a label ending in a colon, "**High risk:**", names a case, and the cases alone say nothing:
            # "…depends on the risk tier: Low risk: Medium risk: High risk:")
            if introduces and (title := ITEM_TITLE.match(sentence)) and not title.group(1).rstrip().endswith(":"):
                heads.setdefault(introduced_at, []).append(clean(title.group(1)))
            if not item:
                introduces = cleaned if cleaned.endswith(":") else ""
                introduced_at = len(found)
            if (
                found
                and LEANS_BACK.match(cleaned)
                # (not on a line that ends no sentence: "…Last reviewed: 2026-09-01*" above "This policy sets out…")
                and found[-1][0].rstrip()[-1:] in SENTENCE_ENDS
                and len(found[-1][0]) + len(cleaned) <= MAX_JOINED_CHARS
            ):
                found[-1] = (f"{found[-1][0]} {cleaned}", found[-1][1])
            else:
                found.append(
                    (cleaned, [f"{topic}: {example}" for example in row_examples(sentence)] + enumerated(cleaned))
                )
    for at, items in heads.items():
        joined = f"{found[at][0]} {' '.join(items)}"
        if len(joined) <= MAX_JOINED_CHARS:
            found[at] = (joined, found[at][1])
    # "Examples:", "In addition:" say nothing alone (the items after them are read with them)
    return [(sentence, extra) for sentence, extra in found if not BARE_LABEL.fullmatch(sentence)]


def topic_of(heading: str) -> str:
    """What a section is about, from the last part of its heading ("6.3 Turnaround targets")."""
    return _SECTION_NUMBER.sub("", heading.split(">")[-1]).strip()


def read_in_context(sentence: str, topic: str) -> str:
    """What is embedded for a sentence: a short fragment without a full stop (a table row, "High: 20
    business days") means little alone, so it is read after its section's topic; a sentence, however
    short ("Use an approved alternative instead."), stands alone."""
    fragment = len(sentence.split()) < SHORT_SENTENCE_WORDS and not sentence.rstrip().endswith((".", "!", "?"))
    return f"{topic}: {sentence}" if topic and fragment else sentence


@functools.lru_cache(maxsize=FACTS_CACHED)
def fact_asked(question: str) -> re.Pattern | None:
    """The shape of the fact a question asks for ("how long" -> a duration), or None. Where it asks in
    two ways, the first said is what it asks ("how big a fine for missing the 72-hour deadline?" asks
    for an amount; the deadline is what it is about)."""
    # ("…to hit fridays deadline, is that ok?": a deadline to meet is told, not asked for; blanked out in place)
    question = DEADLINE_TO_MEET.sub(lambda met: " " * len(met.group()), question)
    found = [
        (match.start(), order, answer)
        for order, (asks, answer) in enumerate(FACT_KINDS)
        if (match := asks.search(question))
    ]
    if len(found) > 1 and not SEVERITY_NAMED_AS_ASKED.search(question):
        # ("for a sev 3, how long does the handler have to…?": the level tells which case, the time is asked)
        found = [kind for kind in found if kind[2] is not SEVERITY]
    if BY_NAME.search(question) or AUTHORITY_ASKED.search(question):
        # ("who chairs the steering group, by name?": a name, whichever way the question opens; "who's the market
        # surveillance authority in the netherlands?": which body, which "the relevant … authority" does not name)
        return NAME
    if any(kind[2] is RECORD for kind in found):
        # ("what percentage of registration requests met the turnaround target last quarter?": a figure of one period,
        # which only a record of that period gives)
        return RECORD
    return min(found, key=lambda kind: kind[:2])[2] if found else None


def _tasks_said(question: str) -> list[str]:
    """The phrases saying what a time, a due date or a decision is asked of (see SentenceScorer.task_asked)."""
    return [
        next(group for group in match.groups() if group)
        for match in [
            *TIME_TO_DO.finditer(question),
            *TIME_TO_BE_DONE.finditer(question),
            *TIME_ALLOWED.finditer(question),
            *NOTICE_FOR.finditer(question),
            *DUE_ASKED.finditer(question),
            *WHO_DOES.finditer(question),
            # (a verb WHO_DOES knows leaves its object to say what is done: "sign off" is what "approve" says)
            *(WHO_ACTS.finditer(question) if not WHO_DOES.search(question) else []),
            *MEASURE_OF.finditer(question),
        ]
    ]


def counts_unknown(token: str) -> bool:
    """Whether a word the corpus never uses counts against an answer: a word of four letters or more, or a
    version ("v7")."""
    if VERSION_TOKEN.fullmatch(token):  # "is midjourney v7 out yet?": a version the documents never name
        return True
    return len(token) >= UNKNOWN_MIN_CHARS and token.isalpha()


def contrasts(sentence: str, present: frozenset[str], contrasted: list[str]) -> bool:
    """Whether a sentence speaks of what tells each side apart and, of two sides, sets one against the other."""
    return all(term in present for term in contrasted) and (len(contrasted) < 2 or bool(CONTRAST.search(sentence)))


# A fact of these kinds asked for is answered only by a sentence that states one.
REQUIRED_FACTS = (
    NO_RULE_STATES,
    DEFINITION,
    AMOUNT,
    CLOCK,
    DATE,
    NEXT_DATE,
    DURATION,
    DEADLINE,
    FREQUENCY,
    LIMIT,
    SEVERITY,
    NAME,
    ROLE,
    PHONE,
    EMAIL,
    IDENTIFIER,
    PLACE,
    PREFERENCE,
    FORMAT,
    WORDING,
    REASON,
    CONTENTS,
    SPENT,
    RETAINED,
    RECORD,
    MEMBERS,
    MEETING_MODE,
    VERSION_NUMBER,
    DISTANCE,
)


# Facts stated as a measure, which says what it measures ("09:00 to 17:30" for "what hours…?")
MEASURES = (AMOUNT, CLOCK, DATE, NEXT_DATE, DURATION, DEADLINE, FREQUENCY, LIMIT, SPENT, RETAINED, RECORD)


def periods_in(text: str) -> set[str]:
    """The periods a text counts per ("monthly", "a year"): hour, day, week, month or year."""
    return {period for found in PER_PERIOD.finditer(text) for period, said in found.groupdict().items() if said}


def levels_named(text: str) -> set[str]:
    """The severity levels a text names ("Severity 1 and 2 incidents" -> {"1", "2"})."""
    return {
        level for found in LEVELS.finditer(text) for level in re.findall(r"[1-4]", found.group(1) or found.group(2))
    }


def asks_for_a_fact(question: str) -> bool:
    """Whether the question asks for a figure, a duration, a name or another particular fact."""
    return fact_asked(question) in REQUIRED_FACTS


@dataclass(frozen=True)
class Scored:
    """A sentence of a retrieved section and how well it answers the question."""

    text: str
    hit: Hit
    rank: int  # the rank of its section in the retrieval, 0 = best
    position: int  # its position within the chunk
    meaning: float
    terms: float
    score: float
    states: bool = False  # it states the kind of fact asked for (a duration for "how long")
    lacks: bool = False  # a number, duration or frequency was asked for, and it does not give one


class SentenceBank:
    """The sentences of each chunk and how each reads to the embedding model, worked out once per
    chunk: a sentence's vector, and for a table row also one per example it lists."""

    def __init__(self, embedder: Embedder):
        self.embedder = embedder
        self._chunks: dict[str, tuple[list[str], np.ndarray, np.ndarray]] = {}
        self._lock = threading.Lock()

    def of(self, hits: list[Hit]) -> list[tuple[list[str], np.ndarray, np.ndarray]]:
        """For each hit: its sentences, their vectors, and for each extra vector (a table row's
        examples, a list item alone) the index of the sentence it belongs to."""
        missing = [hit for hit in hits if hit.chunk_id not in self._chunks]
        if missing:
            topics = {hit.chunk_id: topic_of(hit.heading) for hit in missing}
            split = {hit.chunk_id: sentences_of(hit.text, topics[hit.chunk_id]) for hit in missing}
            texts = []
            for chunk_id, found in split.items():
                texts += [read_in_context(sentence, topics[chunk_id]) for sentence, _ in found]
                texts += [reading for _, readings in found for reading in readings]
            vectors = self.embedder.embed_documents(texts) if texts else np.zeros((0, 1))
            with self._lock:
                if len(self._chunks) + len(split) > MAX_BANK_CHUNKS:
                    self._chunks.clear()  # a corpus this large re-embeds what it needs again
                offset = 0
                for chunk_id, found in split.items():
                    owners = np.array(
                        [*range(len(found)), *(i for i, (_, readings) in enumerate(found) for _ in readings)], dtype=int
                    )
                    self._chunks[chunk_id] = (
                        [sentence for sentence, _ in found],
                        vectors[offset : offset + len(owners)],
                        owners,
                    )
                    offset += len(owners)
        return [self._chunks[hit.chunk_id] for hit in hits]


class SentenceScorer:
    def __init__(
        self,
        bank: SentenceBank,
        lexical: LexicalIndex,
        rest: Callable[[list[Hit]], list[list[Hit]]] | None = None,
        is_tool_word: Callable[[str], bool] = lambda word: False,
        intros: Callable[[list[Hit]], list[list[Hit]]] | None = None,
        without_tool_names: Callable[[str], str] = lambda text: text,
        openings: Callable[[list[Hit]], list[list[Hit]]] | None = None,
    ):
        self.bank = bank
        self.lexical = lexical
        self.rest = rest  # the other chunks of each hit's section (KnowledgeIndex.rest_of_sections)
        self.intros = intros  # the preamble of the section above each hit's (KnowledgeIndex.intros_above)
        self.openings = openings  # the opening of each hit's document, its byline (KnowledgeIndex.openings)
        self.is_tool_word = is_tool_word  # a word of a tool's name in the inventory
        self.without_tool_names = without_tool_names  # a text with the inventory's tool names taken out
        self._vocabulary: list[str] = []
        self._vocabulary_of: object = None  # the term table the vocabulary was read from

    def relatives(self, token: str) -> frozenset[str]:
        """The corpus's words that are another form of a word it does not use: one begins with the
        other, which is at least RELATIVE_MIN_CHARS long ("promot" -> "promotion")."""
        if len(token) < RELATIVE_MIN_CHARS or not token.isalpha():
            return frozenset()
        if self._vocabulary_of is not self.lexical.idf:
            self._vocabulary = sorted(word for word in self.lexical.idf if word.isalpha())
            self._vocabulary_of = self.lexical.idf
        found: set[str] = set()
        start = bisect.bisect_left(self._vocabulary, token[:RELATIVE_MIN_CHARS])
        for word in self._vocabulary[start:]:
            if not word.startswith(token[:RELATIVE_MIN_CHARS]) or len(found) == MAX_RELATIVES:
                break
            if word.startswith(token) or (token.startswith(word) and len(word) >= RELATIVE_MIN_CHARS):
                found.add(word)
        return frozenset(found)

    def unknown_names(self, question: str, ignore: str = "") -> set[str]:
        """The names in the question that the documents never use, nor any form of them (a place,
        a company, a person): `ignore` (a tool's name, answered by the inventory) aside."""
        ignored = set(tokenize(ignore))
        tokens = {
            token
            for name in [
                *(match.group() for match in NAME_WORD.finditer(question.strip())),
                *(match.group() for match in POSSESSIVE_WORD.finditer(question)),
                *(match.group() for match in ACRONYM_WORD.finditer(question)),
                *(match.group() for match in IDENTIFIER_WORD.finditer(question)),
                *(match.group(1) for match in WEB_NAME.finditer(question)),
                *(match.group(1) for match in SUBJECT_WORD.finditer(question.strip())),
                *(match.group(1) for match in BANNED_IN.finditer(question)),
            ]
            for token in tokenize(re.sub(r"['’]s$", "", name))
        }
        return {
            canonical(token)
            for token in tokens - ignored
            if not self.lexical.weight(token) and not self.relatives(token)
        }

    def unknown_standards(self, question: str) -> set[str]:
        """The numbers of standards the question names that the documents never cite ("iso/iec 42005"):
        no sentence of theirs says what such a standard asks, however close its neighbour's number."""
        return {
            number
            for number in STANDARD_NUMBER.findall(question)
            if number != GOVERNED_BY and not self.lexical.weight(number)
        }

    def unknown_things(self, question: str, ignore: str = "") -> set[str]:
        """The words describing what the question asks for, or the topic it asks a rule on, that the documents
        never use, nor any form of them ("exchange" of "what exchange rate do we use?", "remote" of "what's the
        policy on remote work?"): no sentence of theirs is about it."""
        # ("what's the deadline for…?": a word for the fact asked, which the fact stated says, in whatever words)
        # (a thing asked for may be named by a short acronym: "which wms do our depots run?")
        # (…and what a how-to question is to be done to is such a thing: "how do i request a sabbatical?", and what
        # is to be found where: "where's the defibrillator…?")
        # ("what's the minimum group size…?": the measure a figure is asked in is a word for the fact, like "limit")
        fact_words = f"{FACT_WORDS} {UNITS}" if fact_asked(question) in MEASURES else FACT_WORDS
        return (
            self._unknown_in(
                [
                    match.group(1)
                    for pattern in (THING_ASKED, ACCESS_TO, WHAT_IS_NAMED, MEASURE_TAKEN, POLICY_NAMED)
                    for match in pattern.finditer(question)
                ],
                f"{ignore} {fact_words}",
                ACRONYM_CHARS,
                question,
            )
            | self._unknown_in(
                [
                    match.group(1)
                    for pattern in (
                        TOPIC_ASKED,
                        HOW_TO_OBJECT,
                        USE_OBJECT,
                        SAID_ABOUT,
                        TOPIC_SAID_ABOUT,
                        MEASURE_OF,
                        GET_ASKED,
                        WHERE_IS,
                        WHICH_IS_THE,
                        HAS_ASKED,
                        KEPT_BY_US,
                        IS_A_ASKED,
                        SUBJECT_ASKED,
                        ALLOWED_SUBJECT,
                    )
                    for match in pattern.finditer(question)
                ],
                f"{ignore} {fact_words}",
                UNKNOWN_MIN_CHARS,
                question,
            )
            | self._unknown_in(
                [match.group(1) for match in HOW_LONG_IS.finditer(question)],
                f"{ignore} {fact_words}",
                UNKNOWN_MIN_CHARS,
                question,
                everyday=False,
            )
        )

    def thing_asked(self, question: str, ignore: str = "") -> frozenset[str]:
        """The rarest word of what a "which/what …" question asks for ("ticket" of "which ticketing system
        does security operations use?", "ai act" of "does the uk have its own ai act?"), when it is a rare one: a
        sentence silent on it does not say which.
        Likewise the language or platform something is asked to come in ("available in dutch?", "…for safari?"), the
        other product one is asked to work with ("sync … into notion?"), what is guessed from something ("religion
        from their faces") and pay ("paid extra for…?", said in any of its words); what a how-to question is to be
        done to ("how do i get on the distribution list…?"), what one is asked to get ("do i get a certificate…?")
        and a state or change asked of a thing ("is the review panel recorded?", "can the appeal window be
        extended?")."""
        # "what hours…?", "how many days…?": the measure stated says which; not so "how much warning…?"
        measures = UNITS if fact_asked(question) in MEASURES else ""
        ignored = set(tokenize(f"{ignore} {THING_FILLER} {FACT_WORDS} {measures}"))
        asking = (
            THING_ASKED,
            MEASURED_OF,
            MEASURE_TAKEN,
            KEPT_THING,
            KEPT_BY_US,
            # ("where can i download the synthetic loyalty dataset?": not a sentence on synthetic datasets at large)
            WHERE_IS,
            HAS_ASKED,
            COUNTS_TOWARDS,
            HOW_TO_OBJECT,
            GET_ASKED,
            ACCESS_TO,
            TOPIC_SAID_ABOUT,
            TOPIC_ASKED,
            POLICY_NAMED,
            MEASURE_OF,
            HOW_OFTEN_OF,
            NOTIFIED,
        )
        # ("how many people sit on the review panel?": a count of people, whose verb says no thing asked)
        said = [
            match.group(1)
            for pattern in asking
            for match in pattern.finditer(question)
            if not PEOPLE_DOING.match(match.group(1))
        ]
        found = self.telling_words(said, ignored)
        # ("what does the supplier scorecard look like?": a document the documents never name, none of theirs lists;
        # its word they never use is the one a sentence must say, not "supplier", which many do)
        documents = [
            match.group(1)
            for pattern in (CONTENTS_ASKED, CONTENTS_LOOK_ASKED, CONTENTS_HELD_ASKED)
            for match in pattern.finditer(question)
        ]
        named = self.telling_words(documents, ignored, never_used=True)
        found |= {word for word in named if not self.lexical.weight(word)} or named
        found |= {
            canonical(token)
            for pattern in (LANGUAGE_ASKED, LANGUAGE_WORKED_IN)
            for language in pattern.finditer(question)
            for token in tokenize(language["language"])
        }
        found |= {canonical(token) for platform in PLATFORM_ASKED.finditer(question) for token in tokenize(platform[1])}
        for binding in BINDING_ASKED.finditer(question):
            # (its rarest word, however common: "42001" of "iso 42001", which the standard govbot answers on is)
            subject = [token for token in tokenize(binding["subject"]) if token not in ignored | BINDING_FILLER]
            if subject:
                found.add(canonical(max(subject, key=self.lexical.weight)))
        found |= {canonical(token) for inferred in INFERRED_FROM.finditer(question) for token in tokenize(inferred[1])}
        found |= {
            canonical(token) for state in STATE_ASKED.finditer(question) for token in tokenize(state[1] or state[2])
        }
        if WORKS_WITH.search(question):  # the other product's name (not the one asked about, `ignore`)
            found |= {
                canonical(token) for token in tokenize(question) if self.is_tool_word(token) and token not in ignored
            }
        if VALIDITY_ASKED.search(question):
            found.add(canonical("valid"))
        # (what a size is asked of is its head, however common a word: "fine" of "how big is the ico fine…?")
        found |= {canonical(token) for size in SIZE_OF.finditer(question) for token in tokenize(size[1])}
        if PAY_ASKED.search(question):  # (any word for pay speaks of it)
            found |= {canonical(term) for term in terms_of(PAY_WORDS)}
        return frozenset(found)

    def heads_asked(self, question: str, ignore: str = "") -> frozenset[str]:
        """The head word of what lasts, is kept or comes round ("training" of "how long is the tool owner
        training?", "audits" of "how often are iso 42001 surveillance audits?"), which a sentence (or its section's
        heading) must speak of, however common a word."""
        # ("how long is the appeal window?": a word for the time itself leaves the head to the word before it)
        ignored = set(tokenize(f"{ignore} {THING_FILLER} {FACT_WORDS} {SPAN_WORDS}"))
        heads = frozenset(
            canonical(tokens[-1])
            for pattern in (LASTING_THING, KEPT_THING, HOW_OFTEN_OF)
            for found in pattern.finditer(question)
            if (tokens := [token for token in tokenize(found[1]) if token not in ignored])
            and not self.is_tool_word(tokens[-1])
        )
        # (whom to ask about a thing: every word of it)
        return heads | {
            canonical(token)
            for found in WHO_TO_ASK_ABOUT.finditer(question)
            for token in tokenize(found[1])
            if token not in ignored and not self.is_tool_word(token)
        }

    def task_asked(self, question: str, ignore: str = "") -> frozenset[str]:
        """What a time asked for is given for, what is due, or what someone signs off ("how long does IT take to set
        up sso?", "when's my probation review due?", "who signs off a new headcount request?"): its rarest word,
        when a rare one, and any word the documents never use. The passage giving the answer speaks of it, if not
        the sentence ("Targets are measured… to decision")."""
        measures = UNITS if fact_asked(question) in MEASURES else ""
        ignored = set(tokenize(f"{ignore} {THING_FILLER} {FACT_WORDS} {measures} {TASK_FILLER} {' '.join(PARTICLES)}"))
        found = self.telling_words(_tasks_said(question), ignored, never_used=True)
        if DEPUTY_ASKED.search(question):
            found |= {canonical(term) for term in terms_of(DEPUTY_WORDS)}
        return frozenset(found)

    def unknown_tasks(self, question: str) -> set[str]:
        """The words of what a time, a due date or a decision is asked of that the documents never use ("flexible"
        of "who reviews flexible working requests?"): no sentence of theirs is about it."""
        return self._unknown_in(_tasks_said(question), "", UNKNOWN_MIN_CHARS, question)

    def telling_words(self, phrases: list[str], ignored: set[str], never_used: bool = False) -> set[str]:
        """Of each phrase, the rarest word (a tool's words, `ignored` and words that only ask aside), when it
        is a rare one; with `never_used`, also every word the documents never use."""
        found: set[str] = set()
        for phrase in phrases:
            # (a word the light stemmer cuts apart from the corpus's form of it weighs as that form: "invoic" of
            # "invoices" as "invoice", which are one term as matched)
            weighed = {
                canonical(token): self.lexical.weight(token) or self.lexical.weight(f"{token}e")
                for token in set(tokenize(phrase)) - ignored - asking_tokens(phrase)
                if not self.is_tool_word(token)
            }
            if never_used:
                found |= {token for token, weight in weighed.items() if not weight}
            if weighed and (rarest := max(weighed, key=lambda t: (weighed[t], t))) and weighed[rarest] >= THING_WEIGHT:
                found.add(rarest)
        return found

    def contrasted(self, question: str) -> list[str]:
        """What tells apart the two things a "difference between" question names: the rarest term each has that
        the other has not ("uk" and "eu" of "the uk gdpr and the eu gdpr", "source" of "open-source models").
        One side naming nothing of its own ("approved and approved_with_conditions") leaves the other's alone."""
        found = DIFFERENCE_ASKED.search(question)
        if not found:
            return []
        one, other = (set(tokenize(side.replace("_", " "))) for side in found.group("one", "other"))
        return [
            canonical(max(side, key=lambda token: (self.lexical.weight(token), token)))
            for side in (one - other, other - one)
            if side
        ]

    def taker(self, question: str, ignore: str = "") -> frozenset[str]:
        """The rare words of who or what takes the time or costs the sum a "how long does … take?", "how much
        does … cost?" question asks ("bid" of "how long does the bid team usually take…?"): a sentence about
        none of them says another's. A tool of the inventory is said as TOOL_TAKES: its name must be said."""
        named = set(tokenize(ignore))
        ignored = named | set(tokenize(THING_FILLER))
        words: set[str] = set()
        for match in TAKES_ASKED.finditer(question.strip()):
            subject = next(group for group in match.groups() if group)
            tokens = set(tokenize(subject)) - asking_tokens(subject)
            # ("how long does a review of chatgpt take?" is the review's time, not the tool's; a tool's name is
            # read as typed, since its words are not stems: "Grammarly Business")
            typed = [word for word in re.findall(r"[\w.'’-]+", subject.lower()) if set(tokenize(word)) & tokens]
            if tokens and (
                all(self.is_tool_word(token) or token in named for token in tokens)
                or all(self.is_tool_word(word) or set(tokenize(word)) <= named for word in typed)
            ):
                words.add(TOOL_TAKES)
            # (a word the documents never use is as telling as a rare one: "is character.ai free?")
            words |= {
                canonical(token)
                for token in tokens - ignored
                if not self.is_tool_word(token)
                and ((weight := self.lexical.weight(token)) >= THING_WEIGHT or not weight)
            }
        return frozenset(words)

    def names_a_person(self, name: str) -> bool:
        """Whether a name found in a sentence is a person's: a first name and a surname, both rare words, and
        not the name of a part of the organisation ("Sales Operations")."""
        name = name.rstrip(".")
        words = name.split()
        return (
            len(words) >= 2
            and not BODY_NAMED.search(name)
            and all(
                word[:1].isupper()
                and not word.isupper()  # ("Annex III", "the CISO": a part of a text, a post)
                and word.isalpha()
                and all(self.lexical.weight(term) >= SPECIFIC_WEIGHT for term in terms_of(word) or ["-"])
                for word in words
            )
        )

    def unknown_roles(self, question: str, ignore: str = "") -> set[str]:
        """The words of a role whose holder is asked for that the documents never use ("ceo" of "who's
        kestrel's ceo?"): no sentence of theirs says who holds it. A short word counts here (a role's
        initials), where elsewhere it is more likely Slack's shorthand ("lol")."""
        return self._unknown_in(
            [match.group(1) for match in ROLE_ASKED.finditer(question)], ignore, ROLE_MIN_CHARS, question
        )

    def body_asked_of(self, question: str) -> frozenset[str]:
        """The words of another organisation a who-question asks about ("openai" of "who's our account manager at
        openai?"): a vendor of the inventory, a regulator, a client or a supplier; none for one of our own
        ("who at legal…?", "who at kestrel…?")."""
        return frozenset(
            token
            for found in AT_A_BODY.finditer(question)
            if not ROLE_ANY_CASE.search(found["body"])
            and "kestrel" not in (tokens := tokenize(found["body"]))
            and any(self.is_tool_word(token) or token in OTHER_BODIES for token in tokens)
            for token in tokens
        )

    def _unknown_in(
        self, things: list[str], ignore: str, shortest: int, question: str, everyday: bool = True
    ) -> set[str]:
        # said in everyday words the policies say otherwise, alone or in a phrase around it ("how much warning"),
        # unless `everyday` is false: how long onboarding lasts is not said by what new joiners must do by when
        ignored = set(tokenize(ignore)) | set(tokenize(THING_FILLER))
        if everyday:
            ignored |= set(everyday_alternatives(question))
        return {
            token
            for thing in things
            for token in set(tokenize(thing)) - ignored - asking_tokens(thing)
            # (an acronym written as one may be short: "how do i connect to the VPN?", not "lol")
            if (
                len(token) >= shortest
                or (len(token) >= ACRONYM_CHARS and re.search(rf"\b{token.upper()}\b", question) is not None)
            )
            and (token.isalpha() or FORM_CODE.fullmatch(token))
            and not self.lexical.weight(token)
            and not self.relatives(token)
            and not self.is_tool_word(token)
            and not SUPERLATIVE.fullmatch(token)
        }

    def choices_offered(self, question: str, ignore: str = "") -> frozenset[str]:
        """The words of the choices a question offers ("…by email or on paper?"), that a
        sentence deciding it speaks of; none when a choice is a tool or says nothing of its own."""
        return frozenset(token for choice in self.choices_apart(question, ignore) for token in choice)

    def choices_apart(self, question: str, ignore: str = "") -> list[tuple[str, ...]]:
        """The words of each choice a question offers, in their order, one tuple per choice (see
        `choices_offered`)."""
        ignored = set(tokenize(ignore)) | {token for token in tokenize(question) if self.is_tool_word(token)}
        choices = []
        for match in CHOICE.finditer(question):
            first, *others = [choice for choice in match.groups() if choice]
            # of the words after "or", those before a preposition ("…e3 or e5 for the copilot licences?": "e5")
            others = [CHOICE_ENDS.split(choice, maxsplit=1)[0] for choice in others]
            # of the words before "or", the last is the first choice ("sign off a DPIA by email or on paper?"),
            # but for the thing that "ones" stands for ("16:9 images or just square ones?": "16:9", not images)
            shared = any(SHARED_NOUN.search(choice) for choice in others)
            first_words = [token for token in tokenize(first) if token not in ignored]
            offered = [first_words[-2:-1] if shared and len(first_words) > 1 else first_words[-1:]]
            others = [SHARED_NOUN.sub("", choice) for choice in others]
            offered += [
                [token for token in tokenize(choice) if token not in ignored and token not in asking_tokens(choice)]
                for choice in others
            ]
            # ("is internal audit done in-house or by an outside audit firm?": "audit" is what both are of, and tells
            # neither apart; the words of this choice's own question, not of another's)
            rest = set(tokenize(question[: match.start()] + " " + question[match.end() :]))
            # (a tool's name is no choice the policies tell apart, and a list of three that one is struck from keeps the
            # other two: "…head office, manchester or london?", where "office" is of "Office Copilot")
            this = [[token for token in choice if token not in rest] or choice for choice in offered]
            kept = [choice for choice in this if choice]
            choices += kept if len(this) > 2 and len(kept) >= 2 else this
        if not choices or not all(choices):
            return []
        return [tuple(dict.fromkeys(canonical(token) for token in choice)) for choice in choices]

    def source_asked(self, question: str) -> frozenset[str]:
        """The rare terms of another source whose words a question asks for ("the ICO's AI guidance": "ico"),
        the owner alone where it is said as one ("openai's usage policy": "openai")."""
        terms: set[str] = set()
        for found in SOURCE_ASKED.finditer(question):
            if practice := found.group("practice"):
                # (all of "other consultancies"; of a name alone, one the documents never use: "amazon", not "govbot")
                other = practice.lower().startswith("other ")
                terms |= {
                    term
                    for term in terms_of(practice) - terms_of(f"{SOURCE_FILLER} other")
                    # ("how does microsoft govern its own ai use?": a name the documents use, asked of its own ways)
                    if other or not self.lexical.weight(term) or OWN_WAYS.search(question, found.end())
                }
                continue
            source = (
                found.group("source")
                or found.group("according")
                or found.group("inside")
                or found.group("requirer")
                or found.group("employer")
                or found.group("definer")
                or found.group("view")
            )
            owner = re.match(r"(?:the )?(.+?)['’]s\b", source, re.IGNORECASE)
            # (a name the documents never use is another source's, "what does the FCA expect?"; not the standard
            # govbot answers on, "what does ISO 42001 control A.10.3 expect?", whatever the documents indexed)
            ours = GOVERNED_BY in source
            terms |= {
                term
                for term in terms_of(owner.group(1) if owner else source) - terms_of(SOURCE_FILLER)
                if (weight := self.lexical.weight(term)) >= SOURCE_WEIGHT or (not ours and not weight)
            }
            if owner and not ours:
                # "the ico's ai and data protection risk toolkit": a document of its owner's that the documents never
                # name, which a sentence naming the owner ("consult the ICO") does not speak for
                terms |= {
                    term
                    for term in terms_of(source[owner.end() :]) - terms_of(SOURCE_FILLER)
                    if counts_unknown(term) and not self.lexical.weight(term) and not self.relatives(term)
                }
        return frozenset(terms)

    def question_vector(self, question: str) -> np.ndarray:
        return self.bank.embedder.embed_query(search_terms(question))

    def read_together(self, questions: list[str]) -> None:
        """Embed at once the readings of a message that retrieval and scoring are about to use, one
        batch instead of a call each (Embedder.embed_queries)."""
        self.bank.embedder.embed_queries([search_terms(question) for question in questions])

    def alternatives(self, question: str) -> list[str]:
        """The policies' words for everyday words of the question ("break the policy": "breach")."""
        return [words for pattern, words in _EVERYDAY if pattern.search(question)]

    def weights(self, question: str, ignore: str = "") -> dict[str, tuple[float, frozenset[str]]]:
        """The question's informative terms, how rare each is, and the words that say the same in
        the policies' language; `ignore` (a tool's name) drops out. A word the corpus never uses
        weighs as much as the question's rarest known word: it is what the documents cannot answer
        ("upload size limit")."""
        text = SIGNING_IN.sub(
            " sign in ", ACCOUNT_HOLDER.sub(" vendor contact ", ON_LEAVE.sub(" absence ", search_terms(question)))
        )
        alternatives = everyday_alternatives(text)
        # "sign off": the phrase is read as its policy word, and "off" alone is no term ("switched off")
        particles = {token for tokens, _ in everyday_phrases(text) for token in tokens[1:] if token in PARTICLES}
        tokens = set(tokenize(text)) - set(tokenize(ignore)) - asking_tokens(text) - particles
        for token in tokens:
            if not self.lexical.weight(token) and (relatives := self.relatives(token)):
                alternatives.setdefault(token, set()).update(relatives)
        known = {token: self.lexical.weight(token) for token in sorted(tokens)}  # one order of summing
        rarest = max(known.values(), default=0.0)
        weights: dict[str, tuple[float, frozenset[str]]] = {}
        for token, weight in known.items():
            if weight == 0 and not counts_unknown(token) and not alternatives.get(token):
                continue
            weight = (
                weight
                or max([self.lexical.weight(a) for a in alternatives.get(token, ())] + [0.0])
                or UNKNOWN_WEIGHT * rarest
            )
            said_otherwise = frozenset(canonical(a) for a in alternatives.get(token, ()))
            # two forms of one word ("stores", "store") are one term: the heavier weight, both sets of words
            if (other := weights.get(canonical(token))) is not None:
                weight, said_otherwise = max(weight, other[0]), said_otherwise | other[1]
            weights[canonical(token)] = (weight, said_otherwise)
        return weights

    def score(
        self,
        question: str,
        hits: list[Hit],
        ignore: str = "",
        asked: str = "",
        tool: str = "",
        whole: bool = False,
        told: str = "",
    ) -> list[Scored]:
        """Every sentence of `hits`, best answer first. `question` is read for its meaning (as
        retrieval read it); `asked`, when given, is the question in the person's own words, whose
        terms are weighed and which says what kind of fact is asked for. The words of `tool` (the
        full name of the tool asked about) still count as asked, but a sentence gets no credit for
        them where it merely names the tool: naming a tool answers nothing about it ("AI Companion"
        of "Zoom AI Companion"), while "the enterprise version" is still about editions. With `whole`,
        every chunk of each hit's section is read, not only the one retrieved. `told` is the whole message
        as the person wrote it, the background to `asked` included: what it already says is not what it asks."""
        if not hits:
            return []
        vector = self.question_vector(question)
        # "…? how fast does that need to happen?": a question whose own words say nothing of what it is
        # about is about what the words around it say
        wanted = self.weights(asked or question, ignore) or self.weights(question, ignore)
        naming = re.compile(re.escape(tool), re.IGNORECASE) if tool.strip() else None

        def terms_said(text: str) -> frozenset[str]:
            return terms_of(naming.sub(" ", text) if naming else text)

        # "does otter work on microsoft teams calls or only zoom?": of a question about one tool, a word of other
        # tools' names is said of something else ("Microsoft Teams", Zoom the platform): a sentence that says it
        # only inside those tools' names ("Microsoft 365 Copilot, Zoom AI Companion") does not speak of it
        named_elsewhere = {term for term in wanted if self.is_tool_word(term)} if naming else set()

        # who holds a role, or which thing it is, where the documents never use its words ("who's kestrel's
        # ceo?", "what exchange rate do we use?"): no sentence says
        never_said = (
            self.unknown_roles(asked or question, ignore)
            | self.unknown_things(asked or question, ignore)
            | self.unknown_standards(asked or question)
            | self.unknown_tasks(asked or question)
        )
        unknown_names = self.unknown_names(asked or question, ignore) | never_said
        # an unknown role too short to be weighed as a word ("ceo") weighs as much as the rarest word asked
        rarest = max((weight for weight, _ in wanted.values()), default=0.0)
        for token in {canonical(token) for token in unknown_names} - wanted.keys():
            wanted[token] = (UNKNOWN_WEIGHT * rarest or 1.0, frozenset())
        total = sum(weight for weight, _ in wanted.values()) or 1.0
        fact = fact_asked(asked or question)
        if BY_NAME.search(told):
            # ("who on the bid team owns the library day to day? need a name": a name, asked for beside the question)
            fact = NAME
        # a fact of these kinds asked for is answered only by a sentence that states one
        fact_required = fact in REQUIRED_FACTS
        # a name the message already says, in its question or around it ("…aws, azure or gcp? i know it's the
        # london and frankfurt regions"), is not the one it asks for
        asked_terms = terms_of(f"{question} {asked}") if fact in (NAME, PHONE) else frozenset()
        # "who is our DPO at the moment?": a person is asked for, whom "based in Manchester" does not name
        # (…or "whats the name of the ai governance lead's current deputy?", whom "Kestrel Analytics Ltd" does not name)
        asks_who = fact is NAME and bool(PERSON_ASKED.search(asked or question))
        # "after the 90 days, how long does it stay in backups?", "i know the max is 15 days, but for the really
        # serious ones how many days?": a figure the message already says is not the one it asks for ("is it
        # 24 hours?" asks to confirm it, and is answered by it)
        message = told or asked or question  # `told` holds `asked`, the background with it
        provisions = PROVISION.findall(message) if PROVISION_ASKED.search(asked or question) else []
        # "which gdpr article requires a dpia?", "what's article 14 of the eu ai act about?": an article, which a
        # sentence citing none, or another, does not give
        article_asked = bool(ARTICLE_ASKED.search(asked or question))
        articles = ARTICLE_ABOUT.findall(asked or question)
        # ("who audits the dpo's breach log?": "…recorded in the DPO's breach log" names only the role the question
        # does; not so of a choice between roles, "the lead or the dpo?", which one side of it answers)
        question_words = (
            _said(message)
            if ASKS_HOW.search(asked or question)
            # ("the half-day reviewer induction" names the reviewers "who runs the induction for new reviewers?" does;
            # not so "contractors in their teams" the contractor asking "contractor here, who…?": who else is meant; nor
            # a role the background names, "a client rang their account director…", who may be the one asked for)
            else _with_singulars(_said(asked or question))
            if fact is ROLE and not OFFERS_A_CHOICE.search(asked or question)
            else set()
        )
        # (what a place asked for is told against, worked out once rather than for each place of each sentence)
        message_lowered, words_of_message = (message.lower(), _said(message)) if fact is PLACE else ("", set())
        # "the guidance gives 'no more than X percentage-point gap…' as an example - what's our actual X?": a
        # sentence the message quotes at length has been read, and the question asks beyond it
        quoted = [" ".join(q.lower().split()) for q in QUOTED.findall(told) if len(q.split()) >= QUOTE_WORDS]
        # "i know they've got 30 days to do the e-learning, but is there anything before day one?": a deadline
        # the message says it knows is not what it asks
        # (…and one it quotes: "sev 2 is meant to be acknowledged within '4 business hours' - whose hours?")
        known = {
            word
            for clause in [*KNOWN.findall(told), *(q for q in QUOTED.findall(told) if DURATION.search(q))]
            for word in _said(clause)
        }
        sums_given = sums_in(message)
        numbers_told = numbers_in(asked or question) if fact is REASON else set()
        # "handler just closed my sev 3 - do i have to sit through a post-incident review?": the level the
        # message gives is what it asks about, and only a sentence of that level speaks to it
        levels_told = levels_named(asked or question) if not LEVEL_IN_QUESTION.search(asked or question) else set()
        levels_given = levels_told if fact is SEVERITY else set()
        tier_of_the_tool = naming is not None and bool(TIER_ASKED.search(asked or question))
        price_of_the_tool = (
            naming is not None
            and bool(PRICE_ASKED.search(asked or question))
            and not PRICE_RULE_ASKED.search(asked or question)
        )
        access_asked = bool(ACCESS_TO.search(asked or question))
        # "how do i request a new monitor?": a piece of kit asked for, which "Monitor the supplier for changes…" (the
        # verb) does not speak of
        kit = next((found["kit"].lower() for found in KIT_ASKED.finditer(asked or question)), "")
        kit_said = re.compile(KIT_SAID.format(kit=re.escape(kit)), re.IGNORECASE) if kit else None
        seat_asked = bool(LICENCE_AS_SEAT.search(asked or question))
        # "how do i reset my password?": how to work something, which a sentence that does not speak of doing it ("Never
        # paste… passwords…") does not say
        worked = PRODUCT_HOW_TO.search(asked or question)
        working = (
            re.compile(rf"\b{re.escape(worked['verb'][:VERB_STEM_CHARS])}", re.IGNORECASE)
            if worked and worked["verb"]
            else None
        )
        # "how do i train a machine learning model?": how to do something, which a sentence (or its heading) that does
        # not speak of doing it, in any form or the policies' word for it, does not say
        done = HOW_TO_VERB.search(asked or question)
        doing = (
            re.compile(
                "|".join(
                    rf"\b{re.escape(word[:VERB_STEM_CHARS])}"
                    for word in {done["verb"].lower()}
                    | {alternative for words in everyday_alternatives(done["verb"]).values() for alternative in words}
                ),
                re.IGNORECASE,
            )
            if done and done["verb"].lower() not in GENERIC_VERBS
            else None
        )
        # "where is the amsterdam office?": a place is said of the thing asked where, which the sentence names (not
        # only its town: "…a privacy counsel in Amsterdam"), in any form but another word ("Officer")
        placed = (
            (
                HEADQUARTERS
                if HEADQUARTERS.search(asked or question)
                else head_asked(WHERE_IS, asked or question) or head_asked(LINK_TO, asked or question)
            )
            if fact is PLACE
            else None
        )
        # "when are the quarterly results published?": likewise what is published when ("The steering group meets
        # quarterly…" is not)
        timed = head_asked(WHEN_IS, asked or question)

        # the word before "limit" is what is limited ("word limit"), other than time, which a duration states
        limited = (
            {
                term
                for found in LIMIT_OF.finditer(asked or question)
                for term in terms_of(found.group(1) or found.group(2))
            }
            - terms_of("time")
            if fact is LIMIT
            else set()
        )
        counted = (
            {
                form
                for found in COUNT_OF.finditer(asked or question)
                for term in terms_of(found.group(1))
                # ("how many people…?": "more than 5,000 individuals" counts them in another word)
                for form in {term} | self.relatives(term) | (PEOPLE_COUNTED if term in PEOPLE_AT_LARGE else set())
            }
            if fact is AMOUNT
            else set()
        )
        members_counted = fact is AMOUNT and bool(COUNT_IN_GROUP.search(asked or question))
        defined = (
            terms_to_define(asked or question)
            or [found["bare"] for found in BARE_DEFINITION_ASKED.finditer(asked or question)]
            if fact is DEFINITION
            else []
        )
        spelt_out = abbreviations_asked(asked or question) if fact is DEFINITION else []
        definitions = [spells_out(term) for term in spelt_out] or [defines(term) for term in defined]
        # (a section headed with an abbreviation does not spell it out)
        # (…by its heading's first words: "Data for training or fine-tuning Kestrel models" is about something else)
        terms_defined = [
            re.compile(
                rf"(?:^|> )[\d.\s]*(?:(?:what|who) (?:is|are|counts as) )?(?:an? |the )?{re.escape(term)}s?\b",
                re.IGNORECASE,
            )
            for term in defined
            if not spelt_out
        ]
        source = self.source_asked(asked or question)
        roles_asked = [found.group(1) for found in ROLE_ASKED.finditer(asked or question)] if fact is ROLE else []
        role_words = {word for role in roles_asked for word in _said(role)}
        body_asked = self.body_asked_of(asked or question) if fact is ROLE or asks_who else frozenset()
        # (the organisation named as the role's own, "DeepL's…", "…at DeepL": read once, not once per sentence)
        names_the_body = (
            re.compile(
                "|".join(
                    rf"\b{re.escape(body)}['’]s\b|\b(?:at|from) (?:the )?{re.escape(body)}\b" for body in body_asked
                ),
                re.IGNORECASE,
            )
            if body_asked
            else None
        )
        reporting_line_asked = fact in (ROLE, NAME) and bool(REPORTING_LINE_ASKED.search(asked or question))
        owner_named = frozenset(
            term
            for found in OWNERS_THING_ASKED.finditer(asked or question)
            if not any(self.is_tool_word(token) for token in tokenize(found["owner"]))
            for term in terms_of(found["owner"]) - terms_of("kestrel")
        )
        taken_by = next(
            (
                terms_of(found["actor"])
                for found in TIME_TAKEN_BY.finditer(asked or question)
                if ROLE_ANY_CASE.search(found["actor"])
            ),
            frozenset(),
        )
        thing = self.thing_asked(asked or question, ignore)
        heads = self.heads_asked(asked or question, ignore)
        kind_of_thing = frozenset(
            canonical(token)
            for found in KIND_OF_THING_ASKED.finditer(asked or question)
            for token in tokenize(found[1])
            if not self.is_tool_word(token)
        )
        taker = self.taker(asked or question, ignore)
        task = self.task_asked(asked or question, ignore)
        owner_asked = bool(OWNER_OF.search(asked or question) or DOCUMENT_OWNER_ASKED.search(asked or question))
        manager_asked = bool(MANAGER_ASKED.search(asked or question))
        contrasted = self.contrasted(asked or question)
        # the thing in the policies' words: a short phrase's ("sign off": "approve"), not those of a long one
        # that every word of it would get ("how long does the bid team usually take": "turnaround target")
        said_otherwise = {
            canonical(word)
            for token, words in everyday_alternatives(search_terms(asked or question), THING_PHRASE_TOKENS).items()
            if canonical(token) in thing | taker | task
            for word in words
        }

        # ("how do i appeal a rejected tool request?": "…may appeal a rejection…" speaks of it in another form)
        forms = {word: {word} | self.relatives(word) for word in thing | kind_of_thing | task | taker | heads}

        def silent_on(words: frozenset[str], present: frozenset[str], heading: frozenset[str]) -> bool:
            """Whether a sentence says nothing of the thing asked, in its own words, another form of them or the
            policies' words for it."""
            return bool(
                words and not any(forms[word] & (present | heading) for word in words) and not said_otherwise & present
            )

        # "where do the steering group meetings take place?": where people meet, not where records are kept
        meeting_place_asked = fact is PLACE and bool(MEETING_PLACE_ASKED.search(asked or question))

        def states_fact(sentence: str) -> bool:
            # (not in an example it quotes: "…for example "summarise inbound client RFPs of up to 50 pages"" gives no
            # page limit)
            sentence = QUOTED_EXAMPLE.sub(" ", sentence)
            # "who at deepl do we chase…?": a role of ours ("the Tool Owner: obtains a deletion certificate") is not
            # someone at another organisation, whom a sentence names as theirs ("DeepL's…", "…at DeepL")
            if names_the_body and not names_the_body.search(sentence):
                return False
            if reporting_line_asked and not REPORTS_TO.search(sentence):
                return False
            if taken_by and not taken_by <= terms_said(sentence):
                return False
            if numbers_told:
                # "why is the minimum group size ten and not five?": "…aggregating so that no reported group has fewer
                # than ten individuals" says the rule again, not why the figure is what it is
                return any(
                    not numbers_told & numbers_in(sentence[found.end() : found.end() + REASON_REACH])
                    for found in REASON.finditer(sentence)
                )
            if limited:  # a figure said of what is limited ("up to 200 words"), not one beside it ("plain words")
                return (
                    any(
                        limited <= terms_said(sentence[max(found.start() - LIMIT_REACH, 0) : found.end() + LIMIT_REACH])
                        for found in LIMIT.finditer(sentence)
                    )
                    # (or a bound leaving it to the words before: "…more than ten.")
                    or bool(BARE_BOUND.search(sentence))
                    # (…or of the sentence's subject: "Company cards may be used only for … less than £2,000 a year")
                    or (
                        limited <= terms_said(" ".join(sentence.split()[:SUBJECT_WORDS]))
                        and bool(LIMIT.search(sentence))
                    )
                )
            if members_counted and not MEMBERS.search(sentence):
                # ("how many people are in the data science guild?": its members, not "…fewer than ten individuals")
                return False
            if counted:  # a count of what is asked, or a bound that leaves it to the words before
                return any(terms_of(found.group(1)) & counted for found in COUNTED.finditer(sentence)) or bool(
                    BARE_BOUND.search(sentence)
                )
            if definitions:
                return any(definition.search(sentence) for definition in definitions)
            if levels_given:
                return bool(levels_given & levels_named(sentence))
            if fact is PHONE:
                # a number, or where to find one that the message does not already say it cannot use ("the
                # back of my building pass is worn off and I can't get onto the Hub")
                return any(
                    not found.group().lower().startswith("number")
                    or any(
                        self.lexical.weight(term) >= SPECIFIC_WEIGHT
                        for term in terms_of(sentence[found.end() : found.end() + PLACE_CHARS]) - asked_terms
                    )
                    for found in PHONE.finditer(sentence)
                )
            if fact is PLACE:  # a place the message does not already say ("based in Manchester" of the DPO)
                return any(
                    found.group("address").lower() not in message_lowered
                    if found.group("address")
                    else _said(found.group()) - words_of_message - PLACE_FRAMING
                    for found in PLACE.finditer(sentence)
                    # (where people meet is no place records are kept: "…from the AI risk register")
                    if not (meeting_place_asked and RECORDS_KEPT_IN.search(found.group()))
                )
            if fact is NAME:  # a name the question does not already say, and not the organisation's own
                return any(
                    self.lexical.weight(term) >= SPECIFIC_WEIGHT
                    for name in NAME.finditer(sentence)
                    # a person asked for is named by a first name and a surname, both rare words ("GPUs" names a
                    # thing, "the Data Platform" a team)
                    # (…not one after "the": "the Dutch Autoriteit Persoonsgegevens" is a body)
                    if (
                        not asks_who
                        or (self.names_a_person(name.group()) and not THE_BEFORE.search(sentence, 0, name.start()))
                    )
                    # "the Data Protection Officer" is a role, not who holds it; so are "the Account Directors"
                    and not ROLE.search(PLURAL_END.sub("", name.group()))
                    and not TEAM_AFTER.match(sentence, name.end())  # nor is "the Learning team" anyone's name
                    # nor is the end of a standard's identifier ("SOC 2 Type II") the name of who issues it
                    and not PART_OF_AN_IDENTIFIER.search(sentence, 0, name.start())
                    # ("…run in the London or Frankfurt regions": where, not which model version nor who)
                    and not PLACE_BEFORE.search(sentence, 0, name.start())
                    and not CALENDAR_WORD.fullmatch(name.group().rstrip("."))  # "on Tuesdays" names a day, not who
                    # nor is a label with its number ("Severity 1", "Step 2"): a level or a step, not which one it is
                    and not NUMBERED_AFTER.match(sentence, name.end())
                    # nor is a plural of an acronym ("model APIs", "GPUs"): a kind of thing, not which one
                    and not PLURAL_ACRONYM.fullmatch(name.group())
                    # nor is a policy referred to ("as set out in Data Handling for AI Systems §6.1")
                    and not REFERS_TO_A_POLICY.match(sentence, name.end())
                    # nor is a tool of our own inventory what is asked for ("which sub-processors does Otter use?")
                    and not all(self.is_tool_word(word) for word in name_key(name.group()).split())
                    # nor one the message already says in part ("Kestrel Analytics Ltd" of "kestrel's biggest client")
                    if not terms_of(name.group()) & asked_terms
                    for term in terms_of(name.group())
                )
            # "who's the privacy counsel in amsterdam?": "…supported by a privacy counsel in Amsterdam" says there
            # is one, not who
            if any(
                re.search(rf"\b(?:a|an)\s+{re.escape(role)}\b", sentence, re.IGNORECASE)
                and not re.search(rf"\bthe\s+(?:[\w-]+\s+){{0,2}}?{re.escape(role)}\b", sentence, re.IGNORECASE)
                for role in roles_asked
            ):
                return False
            # ("who's the technical owner for…?": "the technical owner runs…" names only the role asked; "who maintains
            # the records retention schedule?": "…each has an owner" says there is one, not who)
            return fact is not None and any(
                _said(match.group()) - question_words - role_words
                for match in fact.finditer(sentence)
                if not (fact is ROLE and SOME_ONE_BEFORE.search(sentence, 0, match.start()))
            )

        choices = self.choices_offered(asked or question, ignore)
        how_to = bool(HOW_TO.search(asked or question))
        not_of_keeping = fact in (LIMIT, DURATION) and not KEEPING.search(message)
        figure_asked = fact in (AMOUNT, LIMIT) or bool(SPENDING_LIMIT.search(asked or question))
        periods_asked = periods_in(asked or question) if figure_asked else set()
        typical_asked = bool(TYPICAL_ASKED.search(asked or question))
        ranked_on = [measure for ranking, measure in RANKING_ASKED if ranking.search(asked or question)]
        owner_speaking = bool(OWNER_SPEAKING.search(asked or question))
        scored = []
        # ("how fast does a sev 2 get acknowledged?": a chunk of the severity table is read with the rest of it, for
        # the row of the level asked, which another chunk may hold)
        read_whole = (
            hits
            if whole
            else [
                hit
                for hit in hits
                if levels_told and (TABLE_ROW_LEVEL.search(hit.text) or SEVERITY_HEADING.search(hit.heading))
            ]
        )
        rest = dict(zip(read_whole, self.rest(read_whole), strict=True)) if read_whole and self.rest else {}
        whole_tables = {*rest, *(chunk for more in rest.values() for chunk in more)}  # every row of the table is read
        # (the section named, "clause 4.4", answers for itself: not the preamble of the clause above it)
        above = dict(zip(hits[:1], self.intros(hits[:1]), strict=True)) if self.intros and not whole else {}
        # "who owns the acceptable use policy?": a document's owner, version and last review are in the byline under
        # its title, which search ranks low
        if self.openings and asks_of_a_document(asked or question):
            # (of the document named: "who is the owner of the travel policy?" is not answered by the byline of the AI
            # acceptable use policy)
            named = document_words(asked or question)
            for hit, opening in zip(hits, self.openings(hits), strict=True):
                if not named or named & terms_of(hit.title):
                    above[hit] = [*above.get(hit, []), *opening]
        chunks = [
            (rank, chunk) for rank, hit in enumerate(hits) for chunk in [hit, *rest.get(hit, []), *above.get(hit, [])]
        ]
        said: set[tuple] = set()
        banked = self.bank.of([chunk for _, chunk in chunks])
        for (rank, hit), (sentences, vectors, owners) in zip(chunks, banked, strict=True):
            if not sentences:
                continue
            heading = terms_said(f"{hit.title} {hit.heading}")
            # (a document's title is what all its sentences are about, less so any one of them: "how often is the
            # management review?" is answered under "9.3 Management review", not under "9.2 Internal audit" of "…the
            # management system in brief")
            section_heading = terms_said(hit.heading)
            section = terms_said(hit.text) if task else frozenset()
            # a row of the severity table says what its columns are ("Acknowledge within" of "2 – High: …: 4 business
            # hours"), wherever the chunk holding it starts (the chunker repeats a table's header)
            header = table_header(hit.text) if TABLE_ROW_LEVEL.search(hit.text) else None
            columns = terms_said(clean(header[0])) if header else frozenset()
            # a section headed with the term asked ("2.6 Near misses", "High risk") says what it is
            defined_here = any(term.search(hit.heading) for term in terms_defined)
            # a table row means what its best-fitting example means
            meanings = np.full(len(sentences), -1.0)
            np.maximum.at(meanings, owners, vectors @ vector)
            audience = ""  # whom the paragraph is written for, from its "For tool owners." opening
            for position, sentence in enumerate(sentences):
                if written_for := AUDIENCE.match(sentence):
                    audience = written_for.group("audience")
                if (hit.section_key, sentence) in said:  # chunks of a section overlap
                    continue
                said.add((hit.section_key, sentence))
                present = terms_said(sentence) | (columns if ROW_LEVEL.match(sentence) else frozenset())
                if named_elsewhere & present:
                    present -= named_elsewhere - terms_of(self.without_tool_names(sentence))
                terms = (
                    sum(
                        w
                        if t in present or alts & present
                        else HEADING_SHARE * w
                        if t in section_heading or alts & section_heading
                        else TITLE_SHARE * w
                        if t in heading or alts & heading
                        else 0.0
                        for t, (w, alts) in wanted.items()
                    )
                    / total
                )
                fits = [low <= amount <= high for low, high in bands_in(sentence) for amount in sums_given]
                # (a band the sum told falls in states a sum, not why it is that sum: "why is the card limit £2,000?")
                states = 1.0 if states_fact(sentence) or (any(fits) and fact is not REASON) or defined_here else 0.0
                # asked for a fact of a kind it does not state; or to choose, and it speaks of no choice
                # offered nor denies them all ("…a written warning or a final one?" - "you will not face
                # disciplinary action")
                lacks = (
                    (fact_required and not states)
                    or (bool(fits) and not any(fits))  # a band the sum given does not fall in
                    or bool(choices and not choices & present and not NEGATION.search(sentence))
                    or any(q in " ".join(sentence.lower().split()) for q in quoted)
                    or bool(source - present - heading)
                    or bool(owner_named - present - heading)
                    or bool(never_said)
                    or bool(provisions and not any(provision in sentence for provision in provisions))
                    or (article_asked and not ARTICLE_NUMBERED.search(sentence))
                    or bool(articles and not set(articles) & set(ARTICLE_NUMBERED.findall(sentence)))
                    # "how do i change the bank details payroll pays into?": a list of what a class holds says
                    # nothing of how to do anything
                    or bool(how_to and EXAMPLES_ONLY.match(sentence))
                    or bool(CATALOGUE.match(sentence) and not CATALOGUE_ASKED.search(asked or question))
                    # "how long does the ico usually take to reply…?": what happens in practice, which a deadline
                    # set for something else does not say; an aim or a target does ("the DPO aims to respond…")
                    or (typical_asked and not (TYPICAL.search(sentence) or TYPICAL.search(hit.heading)))
                    or any(not measure.search(sentence) for measure in ranked_on)
                    or (not_of_keeping and bool(RETENTION_HEADING.search(hit.heading)))
                    # ("*ISO/IEC 42001 Annex A guidance · Kestrel Analytics AI Governance*": what a document is, said
                    # under its title, which states nothing; a byline giving its owner or version does)
                    or bool(BYLINE_CLEANED.match(sentence) and ":" not in sentence)
                    # "The … thresholds apply to AI purchases by annual contract value:": what introduces a list or a
                    # table, without it, states nothing (unless it states the fact asked: "The panel has eight members,
                    # two from each of four functions:")
                    or (sentence.rstrip().endswith(":") and not states)
                    or ((tier_of_the_tool or price_of_the_tool) and not (naming and naming.search(sentence)))
                    or (access_asked and not ACCESS_SAID.search(sentence))
                    or (seat_asked and bool(LICENCE_TERMS.search(sentence)))
                    or bool(working and not working.search(sentence))
                    or bool(doing and not doing.search(f"{sentence} {hit.heading}"))
                    or bool(placed and not places_it(sentence, hit.heading, placed))
                    or bool(timed and not timed.search(f"{sentence} {hit.heading}"))
                    # "who owns the acceptable use policy?": who it applies to is no owner
                    or (owner_asked and not (OWNING.search(sentence) or OWNING.search(hit.heading)))
                    or bool(kit_said and not kit_said.search(sentence))
                    or (manager_asked and not MANAGING.search(sentence))
                    or bool(periods_asked and not periods_in(sentence) & periods_asked)
                    # "which ticketing system does security operations use?": not a sentence silent on tickets
                    or silent_on(thing, present, heading)
                    or silent_on(kind_of_thing, present, heading)
                    or any(silent_on(frozenset({head}), present, section_heading) for head in heads)
                    # ("for a sev 3, how long…?": what Severity 1 and 2 incidents receive is not said of it; a row of
                    # the severity table is read as the table, for the level asked, unless the whole table is read)
                    or bool(
                        levels_told
                        and (not ROW_LEVEL.match(sentence) or hit in whole_tables)
                        and (levels := levels_named(sentence))
                        and not levels & levels_told
                    )
                    # (a table's row or a list's item is read with its passage: "Medium: 10 business days" under
                    # "Targets are measured… to decision"; a sentence of its own says what it is about itself)
                    or silent_on(task, present, heading | (section if ": " in sentence else frozenset()))
                    or bool(contrasted and not contrasts(sentence, present, contrasted))
                    or (
                        silent_on(taker, present, heading)
                        and not (TOOL_TAKES in taker and naming and naming.search(sentence))
                    )
                    or (
                        bool(known and (figures := [_said(d.group()) for d in DURATION.finditer(sentence)]))
                        and all(figure <= known for figure in figures)
                    )
                )
                meaning = float(meanings[position])
                fragment = sentence[:1].islower() and len(sentence.split()) < FRAGMENT_WORDS
                score = (
                    MEANING_WEIGHT * meaning
                    + TERMS_WEIGHT * terms
                    + FACT_WEIGHT * states
                    + RANK_WEIGHT * (1 - rank / max(len(hits) - 1, 1))
                    + POSITION_WEIGHT / (1 + position)
                    + AUDIENCE_WEIGHT * (owner_speaking and audience == "tool owners")
                    - FRAGMENT_PENALTY * fragment
                    - FACT_MISSING_PENALTY * lacks
                    - UNKNOWN_NAME_PENALTY * bool(unknown_names - present)
                )
                scored.append(Scored(sentence, hit, rank, position, meaning, terms, score, bool(states), lacks))
        scored.sort(key=lambda s: (-s.score, s.rank, s.position))
        return scored
