"""The assistant: a message in, a Reply out. It knows nothing of Slack or the terminal.

An answer is planned, not routed by the first thing matched. Every question gets policy retrieval
and its sentences scored (bot/answers/sentences.py). Then:

- something that already happened (pasted, leaked, breached…) leads with the incident procedure —
  the reporting deadline that fits, where to report, the first step — whatever tool it names, the
  tool's status after it;
- a question about a tool's status, or whether something may be done with it, leads with the
  inventory's card (or the yes/no on the data it names), unless it is a policy topic (personal
  accounts, decisions about people, client disclosure…) the card does not answer;
- anything else leads with the sentence that answers it, a named tool's card after as context;
- a question with two asks gets both answered, one lead line each;
- when no sentence answers, the answer says so ("I don't know") — even when a tool is named, whose
  card is then shown as context.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime

from bot.answers import teams, tools
from bot.answers.data import PLAN_ON
from bot.answers.incidents import IncidentProcedure
from bot.answers.intents import (
    ASKS_ABOUT_A_STEP,
    ASKS_IF_FINE,
    ASKS_LEAVE,
    CAPABILITY_ASKED,
    EVERYDAY_PRODUCT_NAMES,
    OTHER_EDITION,
    PRODUCT_HOW_TO,
    Asked,
    asks_about_the_tool,
    asks_whether_incident,
    classify,
    decides_about_people,
    makes_up_content,
    name_slots,
    names_another_edition,
    no_ai_incident,
    parts_of,
    told_in_passing,
)
from bot.answers.message import asking_sentences, spelled_out, split_sentences, without_courtesies
from bot.answers.policy import ASKS_PERMISSION, PROHIBITS, Found, Sources, find, numbered_as_shown, plain_rule
from bot.answers.render import plain_text
from bot.answers.sentences import (
    AMOUNT,
    BANNED_IN,
    DATE,
    DEADLINE,
    DURATION,
    FORMAT,
    FREQUENCY,
    LANGUAGE_ASKED,
    LANGUAGE_WORKED_IN,
    LANGUAGES,
    LIMIT,
    LINK_WORDS,
    REASON,
    RECORD,
    ROLE_ASKED,
    SEVERITY,
    TRANSLATED_INTO,
    VERSION_NUMBER,
    WHO_DECIDED,
    Scored,
    SentenceBank,
    SentenceScorer,
    asks_for_a_fact,
    byline_of_another_document,
    byline_of_the_document_asked,
    canonical,
    document_words,
    fact_asked,
    levels_named,
    of_another_document,
    terms_of,
    terms_to_define,
)
from bot.answers.spelling import Speller, dictionary_words
from bot.answers.tools import DataTable
from bot.llm import LLMAnswerer
from bot.reply import Action, ActionKind, DataVerdict, Intent, Line, Reply, ToolCard
from bot.settings import DEFAULT_MIN_SCORE, Settings
from knowledge.data_classes import DataKind
from knowledge.incidents.prefill import prefill_from_question
from knowledge.incidents.triage import triage
from knowledge.incidents.vocabulary import DataInvolved, IncidentKind
from knowledge.inventory.asks import record_unregistered_ask
from knowledge.inventory.database import Database
from knowledge.inventory.directory import ToolDirectory
from knowledge.inventory.matching import FILLER_WORDS, name_key
from knowledge.inventory.models import APPROVED_STATES, DataClass, ToolStatus
from knowledge.retrieval.embeddings import load_embedder
from knowledge.retrieval.index import Hit, KnowledgeIndex
from knowledge.retrieval.lexical import STOPWORDS, tokenize
from knowledge.retrieval.text import controls_named, names_the_standard, sections_named

MAX_QUESTION_CHARS = 2000
# A recorded condition on the editions an approval does not cover ("personal Gemini app accounts
# not covered"); "personal data" is no edition.
EDITION_CONDITION = re.compile(
    r"\b(?:personal|consumer|free)\b(?!\s+data)[^;]{0,40}?\b(?:accounts?|apps?|websites?|plans?|editions?|versions?"
    r"|logins?|tiers?)\b",
    re.IGNORECASE,
)
NEXT_REVIEW = re.compile(r"\b(?:re-?review\w*|next review|review due|due|expir\w*|valid\w*)\b", re.IGNORECASE)
PART_OF_A_PRODUCT = re.compile(
    r"\b(?:which|what)\s+(?:[\w-]+\s+){0,2}?(?P<part>model|llm|engine|database|cloud|region|data cent(?:re|er)"
    r"|platform|browser|operating system|version|release"
    # ("what languages can Textio check job ads in?", "which file types can claude read?")
    r"|language|format|file type|integration|plugin|plug-in|extension|app|device|feature)s?\s+"
    r"(?:of\s+[\w .'’-]{1,30}?\s+)?"
    # ("which deepseek model version was assessed before it was rejected?")
    r"(?:does|do|did|is|are|was|were|will|runs?|can|could)\b"
    # "is claude available in slack?", "is notion ai offered as a desktop app?": another product or a form the vendor
    # offers it in (not "…available to the finance team?", whom our approval covers)
    r"|\b(?:is|are)\s+[\w .'’-]{2,40}?\s+(?:available|offered|supported|included)\s+(?:in|on|inside|within|through"
    r"|via|as)\s+(?:an?\s+|the\s+|our\s+|my\s+)?(?P<host>[\w.-]+)"
    # "is there a claude extension for chrome?", "is there a deepl pro plugin for figma?": a part the vendor offers
    r"|\bis there an? (?:[\w.-]+ ){1,3}?(?P<offered>extension|plugin|plug-in|add-?on|app|api|integration|browser|trial"
    r"|mode|feature|template|shortcut|sidebar|widget|watermark|glossary|setting|option|button|toggle|quota)s?"
    # ("is there a claude mobile app i can sign in to with sso?", "is there a notion ai app?")
    r"(?: (?:for|on|in|that|which|i|we|you)\b|\s*[?]|\s*$)"
    # ("is there templates for claude?", "are there any plugins for deepl?": the same, of several)
    r"|\b(?:is|are) there (?:any )?(?:keyboard )?(?P<several>extensions|plugins|plug-ins|add-?ons|apps|apis"
    r"|integrations|modes|features|templates|shortcuts|settings|options|widgets|glossaries) (?:for|on|in|with)\b"
    # "is there an otter free plan?": what the vendor sells, asked for no use of it (not "…can i use for work?")
    r"|\bis there an? (?:[\w.-]+ ){1,3}?(?P<sold>free (?:plan|tier|version|account))s?\s*[?]?\s*$",
    re.IGNORECASE,
)
# "what's the latest version of the grammarly desktop app?": which release of the product, which its entry records
# only where it speaks of one
PRODUCT_RELEASE = re.compile(
    r"\bwhat(?:'s|’s|s| is| are)? (?:the |its )?(?:latest|current|newest|most recent)\s+"
    r"(?P<part>version|release|build)s?\b"
    # "has deepseek put out a new model since we rejected it?": what the vendor has brought out since
    r"|\b(?:put out|brought out|released|launched|shipped|announced|come out with|dropped)\s+(?:a |an |any )?"
    r"(?:new|newer|another) (?P<novel>model|version|release|feature|app|update|product)s?\b"
    # "how often does gemini get updated?", "what's the file format claude exports?": when the vendor changes it, and
    # what it puts out
    r"|\b(?:how often|how frequently|when)\s+(?:does|do|will|is|are)\s+[\w .'’-]{2,40}?\s+(?:get\s+|be\s+)?"
    r"(?P<changed>updated|upgraded|patched|released|retrained)\b"
    r"|\b(?:file )?(?P<format>format|file type)s?\s+(?:does\s+|do\s+)?[\w .'’-]{2,40}?\s+"
    r"(?:exports?|outputs?|saves?|produces?)\b",
    re.IGNORECASE,
)
# "can I use DeepL Pro offline?", "ok to use otter on a plane with no wifi?": a way of running the product, which
# its entry answers only where it speaks of it
PRODUCT_MODE = re.compile(
    r"(?:\b(?:without|no) (?:an? |any )?|\b(?=offline))(?P<part>offline|internet|wi-?fi|signal|connection)\b",
    re.IGNORECASE,
)
# "can copilot in powerpoint use our slide template automatically?", "can zoom ai summarise a meeting after it's already
# ended?", "…during a meeting i joined late?": when or how on its own the product does it, which its entry answers
# only where it speaks of it ("OtterPilot auto-join off")
PRODUCT_BEHAVIOUR = re.compile(
    r"\b(?P<part>automatically|auto|real[- ]time|retroactively|afterwards|late)\b"
    # ("can you ask it questions mid-meeting?")
    r"|\b(?P<midway>mid-(?:meeting|call|conversation|session|way|flow|chat))\b"
    r"|\b(?:after|once) (?:it|the \w+)(?:'s|’s| has| is| was)? (?:already )?(?P<ended>ended|finished|over|closed)\b"
    # "can deepl translate a powerpoint and keep the formatting?"
    r"|\b(?:keep|keeps|keeping|preserve|preserves|retain|retains)\s+(?:the\s+|its\s+|my\s+|our\s+)?"
    r"(?:original\s+)?(?P<kept>formatting|layout|fonts|styles|styling)\b"
    # "will otter keep recording if i leave the call?": what it does when someone comes or goes
    r"|\b(?:if|when|once|after) (?P<left>(?:i|we|you|the \w+|someone|everyone|nobody|anyone) (?:leave|leaves|left"
    r"|close|closes|closed|drop(?:s|ped)? off|quit|quits|end|ends|hang up|hangs up|disconnect|disconnects|join|joins"
    r"|joined)\b)"
    # "is it ok to say please to chatgpt?": manners towards the product, of which no entry speaks
    r"|\b(?:say(?:ing)?|be(?:ing)?) (?P<manners>please|thank you|polite|rude)\b",
    re.IGNORECASE,
)
# "can I pin chats in claude team?", "can i search my old chats in gemini?": a feature of the product worked, which
# only a sentence naming the product says (not work done with data in it: "can I summarise client notes in chatgpt?")
DONE_IN_A_PRODUCT = re.compile(
    r"^\W*(?:can|could|how (?:do|can|would)) (?:i|we|you) (?:still |also |even )?"
    r"(?!(?:use|put|paste|upload|share|enter|type|feed|send|give|run|dump|load|copy|attach|import|try|access|ask|trust"
    r"|get|tell|say|show|do|keep|store|save|bring|process|handle|analy[sz]e|summari[sz]e|translate|transcribe|record"
    r"|write|draft|generate|create|make|check|review|edit|include|mention|discuss|sign|log|talk|chat)\b)"
    r"[a-z]+\b[^?.!]{0,40}? (?:in|on|inside|within) (?:the |my |our )?"
    r"(?P<product>[\w.' -]{2,40}?)\s*[?!.]*\s*$",
    re.IGNORECASE,
)
# "who's our account rep at the otter vendor?": a person of the vendor's, whom its entry does not name
VENDOR_PEOPLE = r"account (?:rep|representative|manager|executive|exec)|sales (?:rep|contact)|customer success manager"
# "how long is the chatgpt free trial?", "where's perplexity's status page?": what the vendor offers with the product,
# which only a sentence naming the product says (not Kestrel's rule on trials: "…a maximum of 30 days…")
VENDOR_THINGS = (
    r"(?:pricing|price list|refund policy|support (?:team|email|line|desk|site)|status page|roadmap|release notes"
    r"|changelog|terms of service|uptime|sla|" + VENDOR_PEOPLE + r")\b"
)
VENDORS_OWN = r"(?:'s|’s)?\s+(?:free trial|trial period|trial|free plan|free tier|free version|" + VENDOR_THINGS + ")"
# ("what's the refund policy for chatgpt?", "…our account rep at the otter vendor?": said before the name; not "the free
# version of chatgpt", an edition other than ours, which the rule on free editions decides)
VENDORS_OWN_BEFORE = VENDOR_THINGS + r"\s+(?:for|of|on|with|from|at)\s+(?:the\s+)?"
# "how accurate is chatgpt?", "how good is deepl at legal german?": how well the product works, which its entry answers
# only where it speaks of it
PRODUCT_QUALITY = re.compile(
    r"\bhow (?P<part>accurate|reliable|good|fast|quick|smart|clever|expensive|cheap|popular|well[- ]known)"
    r" (?:is|are|was|were)\b"
    # "is perplexity free?", "is deepseek open source?": what the product costs or is, asked bare (not "…for work?")
    r"|^\W*(?:is|are) [\w .'’-]{2,40}? (?:still |actually |really |even )?(?P<kind>free|paid|expensive|cheap"
    r"|open[- ]source|open[- ]weights?)\s*[?!.]*\s*$"
    # "is grammarly down?": whether the service is working now
    # ("is otter down right now? my live transcript froze…": the question, whatever is told after it)
    r"|^\W*(?:is|are) [\w .'’-]{2,40}? (?P<state>down|offline|broken|slow|having (?:issues|problems|an outage))"
    r"(?: (?:right now|rn|atm|at the moment|now|today|again|for everyone|for anyone else))?\s*(?:[?!.]|$)"
    # "are the r1 weights open?": whether the vendor publishes it
    r"|^\W*(?:and )?(?:is|are) (?:the |its |their )?[\w .'’-]{1,40}? (?P<opened>weights|model|code|source code)"
    r" (?:open|open[- ]source|public|published|downloadable)\s*(?:[?!.]|$)"
    # "which is better, notion ai or claude?": how one compares with another
    r"|\bwhich (?:one )?(?:is|'s|’s) (?P<compared>better|best|faster|cheaper|smarter|more accurate|more reliable)\b",
    re.IGNORECASE,
)
# "is our claude data stored in the eu?", "where does otter keep its recordings?": where the vendor keeps or runs the
# product's data, which its entry answers only where it speaks of it (not a rule on where data may go: "…the tool
# processes and stores the data in the UK or EEA"), asked for itself, not to ask leave ("can i…if it's hosted in
# the us?")
PRODUCT_HOSTING = re.compile(
    r"^(?!.*\b(?:can|could|may|allowed|ok|okay|permitted|should|must)\b)"
    r"(?=.*(?:\b(?:stored|hosted|kept|processed|held|saved|located)\s+(?:in|on|at|within|outside)\b"
    r"|\bwhere (?:is|are|does|do) [^?.!]{1,40}?\b(?:stored|hosted|kept|processed|held|saved|store|host|keep|process"
    r"|save)\b))",
    re.IGNORECASE | re.DOTALL,
)
# (…where its notes say so: "…data processed and stored in China…")
KEPT_IN = re.compile(
    r"\b(?:stored|hosted|processed|held|kept|runs?)\b[^.;]{0,30}?\b(?:in|on|within)\s+(?:the\s+)?(?-i:[A-Z])",
    re.IGNORECASE,
)
# "does otter transcribe meetings?", "does copilot in teams summarise calls?": what the product does on its own, which
# its entry answers only where it speaks of it (not the rule on meeting recorders: "Tell all participants…")
PRODUCT_OPERATION = re.compile(
    r"transcribes?|translates?|records?|summari[sz]es?|reads?|writes?|generates?|draws?|searche?s?|browses?"
    r"|remembers?|speaks?|understands?|detects?|joins?|integrates?|syncs?|cites?|hallucinates?",
    re.IGNORECASE,
)
# what a product does with a file or a text whatever the work (export it, read it, remember it), not the work it is
# approved for
HANDLING_VERB = re.compile(
    r"(?:export|import|print|convert|open|read|save|attach|embed|upload|download|scan|ocr|render|display|preview"
    r"|remember|retain|store|learn|forget|track|access)(?:es|s)?",
    re.IGNORECASE,
)
# "can we get a refund on unused claude team seats…?", "do staff get a discount on chatgpt plus?": something to be
# had, which its entry gives only where it speaks of it
GOT = re.compile(
    r"\b(?:can|could|do|does|will|would) (?:i|we|you|they|staff|everyone|people|my team|our team) (?:get|receive)"
    r" (?:a|an|any|some) (?P<part>[\w-]+)",
    re.IGNORECASE,
)
# "is deepseek actually blocked on our managed laptops and the office wifi?": whether it is stopped technically,
# which its entry (a decision, not a control) answers only where it speaks of it
BLOCKED_ON = re.compile(
    r"\bblocked (?:on|at|by|in|from|through) (?:the |our |my |a |all )?"
    r"(?:(?:managed|office|work|company|corporate|kestrel) )?"
    r"(?P<part>laptops?|devices?|network|wi-?fi|firewall|proxy|browsers?|phones?|machines?|computers?)\b",
    re.IGNORECASE,
)
# "is notion labs iso 42001 certified?", "does otter have soc 2?": a vendor's certification, which its entry records
# only where it speaks of it
VENDOR_CERTIFIED = re.compile(
    r"\b(?P<part>iso(?:/iec)? ?\d{4,5}|soc ?[12]|cyber essentials|hipaa|fedramp|pci(?:[- ]dss)?|csa star)\b"
    r"(?=[^?.!]{0,30}\b(?:certifi\w*|complian\w*|accredit\w*|reports?|type|attest\w*|audit\w*)\b|\s*\?)",
    re.IGNORECASE,
)
# "can i use copilot in outlook on my phone?": a device it runs on, which its entry records only where it speaks of it
ON_A_DEVICE = re.compile(
    r"\bon (?:my|our|a|an|the|your) (?:own |personal |work |company )?(?P<part>phone|iphone|android|ipad|tablet|mobile"
    r"|mac|chromebook|watch)\b",
    re.IGNORECASE,
)
# "can i use github copilot in the github.dev web editor?": where it runs, which its entry records only where it
# speaks of it ("desktop app or browser extension…")
RUNS_IN = re.compile(
    r"\buse\b[^?.!]{1,40}?\b(?:in|inside|within|from) (?:the |my |our |a |an )?(?:[\w.-]+ ){0,3}?"
    r"(?P<part>editor|ide|terminal|command line|cli|notebook|web app|desktop app|browser|sidebar)s?\b",
    re.IGNORECASE,
)
# a tool's name that says the tier bought ("ChatGPT Enterprise", "Claude Team"), which answers PLAN_ON (its entry
# records a tier otherwise only where it speaks of one)
EDITION_NAMED = re.compile(r"\b(?:team|plus|pro|business|enterprise|premium)\b", re.IGNORECASE)
# "…a google doc directly?", "…from inside outlook?": another product worked in, not a file of its kind given
INSIDE_ANOTHER = re.compile(
    r"\b(?:directly|straight (?:from|into|in)|inside|from within|integrat\w*|connect\w*|sync\w*|add-?on|plug-?in)\b",
    re.IGNORECASE,
)
# "summarise this thread for me pls", "proofread my ai policy summary": work asked on a text govbot is not given, or
# something to be made up, which no sentence of the documents answers (it answers questions; it does not write)
WORK_ON_A_TEXT = re.compile(
    r"^\W*(?:(?:can|could|would|will) you (?:pls |please )?|pls |please )?(?:summari[sz]e|proofread|proof-read"
    r"|rewrite|re-write|reword|rephrase|paraphrase|translate|shorten|tidy up|polish|edit)"
    r" (?:this|that|these|those|my|our|the following|the above|it)\b"
    # "tell me a joke about auditors pls", "write us a haiku about iso 42001": something to be made up, not asked
    r"|^\W*(?:(?:can|could|would|will) you (?:pls |please )?|pls |please )?(?:tell|give|write|make up) (?:me|us)"
    r" (?:a|an|another|some) (?:(?:short|quick|funny|good|fun) )?"
    r"(?:joke|story|poem|haiku|limerick|riddle|song|pun|fun fact)s?\b",
    re.IGNORECASE,
)
# "…for our intranet page", "…my linkedin post", "…a client pitch deck": work of ours asked of a tool, which one not
# approved may not do, whatever it can do
OUR_WORK = re.compile(r"\b(?:our|my|us|we|kestrel|clients?'?s?|colleagues?'?s?|team'?s?)\b", re.IGNORECASE)
# the words that end the phrase naming a thing worked on ("handwritten notes | if i upload a photo…")
PHRASE_END = re.compile(
    r"\b(?:if|when|while|so|because|like|such|as|in|into|on|onto|from|with|without|for|to|of|at|by|about|that|which"
    r"|who|where|and|or|but|than|against|over|under|across|through|via|per|before|after|during|between|within|inside"
    r"|using)\b|[^\w\s'-]"
)
# words that only make a question or a tense of a verb ("does", "was", "will")
AUXILIARY_VERBS = frozenset(
    "can could may might will would should must do does did is are was were has have had".split()
)
# "does govbot get trained on our questions?", "where is govbot hosted?": what govbot itself does or is
# (a note saying who decided: "Approved by the steering group…")
DECIDED_BY = re.compile(
    r"\b(?:approved|rejected|retired|decided|signed off|reviewed|assessed|okayed)\s+(?:\w+\s+)?by\b", re.IGNORECASE
)
GOVBOT_ASKED_OF = re.compile(
    # (not something of govbot's: "does govbot's 2 day triage come on top of…?")
    r"^\W*(?:does|did|is|was|will|would|has) govbot\b(?!['’]s)(?P<after>[^?.!]*)"
    r"|\b(?:who|where)\b(?P<before>[^?.!]{0,30})\bgovbot\b(?!['’]s)(?P<said_after>[^?.!]*)"
    # "can govbot book a meeting for me?", "how accurate are govbot's answers?", "what's govbot's uptime?", "is there a
    # changelog for govbot?": what it can do, how well it works, what it has
    r"|^\W*(?:can|could) govbot\b(?!['’]s)(?P<can>[^?.!]*)"
    r"|\bhow (?P<how>accurate|reliable|fast|quick|quickly|good|smart|clever|up to date|up-to-date)\b"
    r"[^?.!]{0,20}\bgovbot\b"
    r"|\bwhat(?:'s|’s| is| are) govbot(?:'s|’s) (?P<its>[^?.!]*)"
    r"|\bis there an? (?P<for_it>(?:[\w-]+ ){1,3}?)(?:for|of|on|about) govbot\b",
    re.IGNORECASE,
)
# …the words that say nothing of what it does ("does govbot actually get trained…": trained)
SAID_OF_ANYTHING = AUXILIARY_VERBS | frozenset(
    "actually ever still also even really get gets got be been being the a an".split()
)
# "is there a kestrel book allowance?", "do we have a tool for spotting deepfakes?": whether a thing exists, which a
# sentence answers only by naming it (a sentence on "budgets and plans" shares a word with "a learning budget" but says
# nothing of one)
EXISTS_ASKED = re.compile(
    r"^\W*(?:(?:hey|hi|so|ok|okay|quick q\w*)[,:!]?\s+)*"
    r"(?:is there|are there|do we have|have we got|does kestrel have) (?:a|an|any)\s+(?P<thing>[^?]+)",
    re.IGNORECASE,
)
# "…is on long term sick leave", "…is off sick": someone away, which tells no data
SOMEONE_AWAY = re.compile(
    r"\b(?:is|are|'s|’s|was|were|has been|have been|goes|went|going) (?:currently |now |still )?"
    r"(?:off sick|ill|on (?:long[- ]term )?(?:sick|maternity|paternity|parental|annual|compassionate) leave)\b",
    re.IGNORECASE,
)
# "what is the EU AI Office?": what a thing named is, and nothing more asked of it (not "what's the role of the tool
# owner?", whose first words are what is asked of the rest), which a sentence answers only by naming it
WHAT_IT_IS_ASKED = re.compile(
    # ("what are kestrel's company values?")
    r"^\W*(?:so |and )?what(?:'s|’s|s| is| are) (?:the|a|an|our|kestrel['’]?s) (?P<thing>[a-z0-9][\w'’ -]*?)\W*$",
    re.IGNORECASE,
)
# …and not a clause or a measure in place of the thing ("what's the longest a client workshop can run?")
NOT_A_THING = re.compile(
    rf"\b(?:{'|'.join(sorted(AUXILIARY_VERBS))})\b"
    r"|^(?:longest|shortest|latest|earliest|soonest|most|least|best|worst|fastest|quickest|slowest|biggest|largest"
    r"|smallest|highest|lowest|first|last|next|usual|normal|typical)\b",
    re.IGNORECASE,
)
# …but not a figure asked ("is there a max number of tools one person can own?") nor words to use ("is there a standard
# wording for the ai disclosure?"), which a sentence gives without naming
ANSWERED_WITHOUT_ITS_NAME = frozenset(
    """max maximum min minimum number limit limits cap caps quota deadline amount percentage share count
    wording sentence statement phrase text template disclaimer words""".split()
)
# words of such a phrase that say whose or which it is, not what ("a kestrel learning budget", "an approved library")
NAMES_NO_KIND = frozenset("kestrel approved official company proper specific particular dedicated separate".split())
# where the phrase naming such a thing ends, besides PHRASE_END: a clause about it ("a data sheet | we must fill in"),
# or where it is ("a register | somewhere that says…", "a page | somewhere listing…")
THING_ENDS = re.compile(
    r"\b(?:i|we|you|they|he|she|it|people|staff|everyone|somewhere|anywhere|here|around|already|currently|now|yet"
    r"|still)\b"
)
HYPHEN_INSIDE = re.compile(r"(?<=[a-z])-(?=[a-z])")
# …nor the word for a rule or a way of doing things ("is there a rule about…", "any guidance on…", "a process for
# when a vendor adds an ai feature"), which the rule itself answers without saying it is one
SAID_OF_ANY_RULE = frozenset(
    """rule rules policy policies guidance guideline guidelines requirement requirements restriction restrictions ban
    exception exceptions way ways need process processes procedure procedures step steps""".split()
)
# …nor the word for where a thing is ("is there a link to the dpia template?"), which the place given answers
SAID_OF_ANY_PLACE = frozenset(LINK_WORDS.split())
# "does anthropic tell kestrel…?", "did ai21 delete…?", "does otter's free plan share…?": what a vendor or its product
# does, asked of it (not what one may do: "can i…", "do we…")
ANOTHER_DOES = re.compile(
    r"^\W*(?:does|did|do|can|could|will|would|has|have) (?!(?:i|we|you|they|people|staff|employees|anyone|someone"
    r"|my|our|kestrel|it)\b)(?:the )?[\w.'’-]+(?: [\w.'’-]+){0,3}? (?:actually |still |ever |automatically |really )?"
    r"(?:train|tell|warn|notify|delete|move|migrate|merge|keep|store|share|sell|read|see|send|add|log|charge|refund"
    r"|come|include|offer|give|track|flag|email|let|allow)s?\b",
    re.IGNORECASE,
)
# "tell me who…", "show which file…": what a tool is asked to find out and say
ASKS_TO_BE_TOLD = re.compile(
    r"(?:tell|tells|show|shows|list|work out|figure out)\s+(?:me\s+|us\s+|you\s+)?"
    r"(?:who|whom|which|what|when|where|how|if|whether)\b",
    re.IGNORECASE,
)
REVIEWED = re.compile(r"\b(?:re-?review\w*|review\w*|approv\w*|expir\w*|valid)\b", re.IGNORECASE)
# "…not for ai stuff, just generally": a question said not to be about AI
NOT_ABOUT_AI = re.compile(
    r"\bnot (?:for|about|re|regarding|related to|to do with|specific to|just for) (?:the )?(?:ai|a\.i\.|genai)\b"
    r"|\bnothing to do with (?:ai|a\.i\.|genai)\b|\bnot (?:an? )?ai[- ](?:related|specific|question|thing|tool)\b"
    # "how do i register a new supplier that isn't an ai vendor?"
    r"|\b(?:isn'?t|is not|aren'?t|are not|not) (?:an? |using |about )?(?:ai|a\.i\.|genai)"
    r"(?: (?:vendors?|suppliers?|tools?|products?|systems?|services?|related|things?|questions?))?\b"
    r"|\bnon[- ]ai\b",
    re.IGNORECASE,
)
SECTIONS_SEARCHED = 5
# A question about a personal or free edition is known to be about the policy's rule on them from its
# own words ("my own Claude Pro", "my gmail login"), so the sentence that states it answers at a lower
# score than a sentence must reach for a question of unknown subject (ANSWER_THRESHOLD). Measured on the
# development split: the same answers and refusals anywhere from 0.36 to 0.44.
EDITION_THRESHOLD = 0.40
# …and, where no sentence reaches that, the least a rule on personal accounts must score to answer instead
EDITION_RULE_THRESHOLD = 0.25
# a rule on personal, free or consumer accounts and editions ("Never use a personal or free consumer AI account…")
EDITION_RULE = re.compile(
    r"\b(?:personal|free|consumer)\b(?:[\w ]{0,30})\b(?:accounts?|editions?|versions?|subscriptions?|logins?|plans?)\b",
    re.IGNORECASE,
)
EDITIONS_SAID = re.compile(r"\beditions?\b", re.IGNORECASE)
# what retrieval is given besides a status question about another edition, to find the rule on it
PERSONAL_EDITIONS_TOPIC = "a personal or free consumer AI account for work"
COMPANY_EDITIONS_TOPIC = "different editions of the same product"
# an edition that is no company one: "free on my student login", "chatgpt plus"
ANY_OTHER_EDITION = re.compile(
    r"\b(?:free|student|personal|consumer|home|own|plus|pro|individual|basic)\b", re.IGNORECASE
)
TELLING_WEIGHT = 1.0  # a word this rare in the policies tells what a sentence is about
SHARED_WITH_CONDITION = 2
# An inventory condition that says what may not be done ("no HR meetings") decides on its own.
LIMITS_ITSELF = re.compile(r"^\s*(?:no|never)\b|\b(?:only|not)\b", re.IGNORECASE)
PRONOUN_WORDS = frozenset("it its this that they them those these".split())
PRONOUN = re.compile(rf"\b(?:{'|'.join(sorted(PRONOUN_WORDS))})\b", re.IGNORECASE)
# "…? how many days?", "…? where's the button": words that ask after something, saying nothing of what
ASKING_AFTER = frozenset(tokenize("where which who whom whose many much long often would should will"))
REFERRING_BACK_WORDS = 1  # a part saying no more than this beside a pronoun asks of what the pronoun stands for


def _names_a_clause_of_the_standard(question: str) -> bool:
    """Whether the sections a question names are the standard's clauses ("iso 42001 clause 2"), named with it, rather
    than a policy's sections ("§6.1", "clause 4", which may be either)."""
    return names_the_standard(question) and bool(sections_named(question))


def refers_back_only(part: str) -> bool:
    """Whether a part of a question says nothing of its own but a pronoun and a word or so ("where do i download
    it?", "whats it called?")."""
    return bool(BARE_HOW_TO.match(part)) or (
        bool(PRONOUN.search(part)) and len(set(tokenize(part)) - tools.ASKING_WORDS) <= REFERRING_BACK_WORDS
    )


# "is agent mode turned on in github copilot?": how a setting stands, which a condition on it says ("…not enabled")
SETTING_STATE_ASKED = re.compile(
    r"^\W*(?:is|are|has|have)\b[^?.!]{1,60}?\b(?:(?:been )?(?:turned|switched|set) (?:on|off)|enabled|disabled"
    r"|(?:been )?(?:activated|deactivated))\b",
    re.IGNORECASE,
)
# "…a cycle-to-work scheme, and how do i sign up?": a how-to of nothing named, which is the part before's
BARE_HOW_TO = re.compile(
    r"^\W*(?:and |so )?how (?:do|can|would|should) (?:i|we|you) (?:sign up|apply|join|enrol|enroll|opt in|book"
    r"|get one|get it)\W*$",
    re.IGNORECASE,
)


# What a tool is asked to make, rather than to work on ("can copilot generate dockerfiles?")
MAKING_VERBS = frozenset("generate create produce draw draft design build make compose write suggest propose".split())
MADE_FROM = re.compile(r"\b(?:from|using|with|based on|out of|off)\b([^?!]*)", re.IGNORECASE)
# "who was the handler on the gemini incident in march, and what was the root cause?": a later part in the past tense
# asks of the occasion the part before asked about
OF_THAT_OCCASION = re.compile(
    r"^\W*(?:and |so |but )?(?:(?:what|who|which|when|how|why)\b[^?.!]{0,30}\b)?(?:was|were|did)\b"
    # ("what did the cto say at the last town hall, and is there a recording?": a record of that occasion)
    r"|^\W*(?:and |so |but )?(?:is|are) there (?:a|an|any) (?:recording|video|transcript|copy|write-?up|summary|minutes"
    r"|slides|deck|notes)s?\W*$",
    re.IGNORECASE,
)
# "…before booking flights for a client visit? whats the process": the process of what the part before asks about
FOLLOW_UP = re.compile(
    r"^\W*(?:and |so )?(?:what(?:'s|’s|s| is| are)|where(?:'s|’s| is)) the"
    r" (?:process|procedure|steps?|rules?|deadline|form|catch|policy)\W*$",
    re.IGNORECASE,
)
ASKS_CLASS = re.compile(
    r"\b(?:what|which) (?:data )?class\w*\b|\bclassif\w+"
    r"|\b(?:confidential|restricted|internal|public) or (?:confidential|restricted|internal|public)\b"
    # "is a delivery address confidential?", said of the thing ("…approved for confidential client surveys?" is not)
    r"|\bis (?:a |an |the )?[\w' -]{2,40} (?:confidential|restricted|internal|public)"
    r"(?:\s+(?:data|information|info))?(?=\s*(?:[?.!,;]|$|\bor\b|\bthen\b))",
    re.IGNORECASE,
)


class InvalidQuestion(ValueError):
    """A question the assistant will not take; the message is fit to show the user."""


def tidy(question: str) -> str:
    """Drop control and formatting characters (they hide text and confuse matching)."""
    kept = "".join(ch if unicodedata.category(ch)[0] != "C" or ch in "\n\t" else " " for ch in question)
    return " ".join(kept.split())


@dataclass
class Part:
    """The answer to one ask of a question, before it is joined with the others."""

    intent: Intent
    confident: bool
    confidence: float
    lead: list[Line] = field(default_factory=list)
    support: list[Line] = field(default_factory=list)
    card: ToolCard | None = None
    card_leads: bool = False
    tools: list[ToolCard] = field(default_factory=list)
    verdict: DataVerdict | None = None
    actions: list[Action] = field(default_factory=list)
    hits: list[Hit] = field(default_factory=list)


class Assistant:
    def __init__(
        self,
        index: KnowledgeIndex,
        min_score: float = DEFAULT_MIN_SCORE,
        governance_channel: str = "#ai-governance",
        llm: LLMAnswerer | None = None,
        db: Database | None = None,
    ):
        self.index = index
        self.min_score = min_score
        self.governance_channel = governance_channel
        self.llm = llm
        self.db = db
        self.directory = ToolDirectory(db) if db is not None else None
        self.scorer = SentenceScorer(
            SentenceBank(index.embedder),
            index.lexical,
            index.rest_of_sections,
            self.names_a_tool,
            index.intros_above,
            self.directory.without_names if self.directory is not None else lambda text: text,
            index.openings,
        )
        self.incidents = IncidentProcedure(index, self.scorer, min_score)
        self._status_rules: dict[str, tuple[Hit, str] | None] = {}
        self._data_table: DataTable | None = None
        self._data_table_sought = False
        self._speller: Speller | None = None
        self._speller_of: object = None  # the term table the speller's corpus words were read from

    @classmethod
    def from_settings(cls, settings: Settings, db: Database | None = None) -> Assistant:
        embedder = load_embedder(settings.embedding_model)
        index = KnowledgeIndex(settings.data_dir, embedder, settings.chroma_url).open_for_search()
        llm = LLMAnswerer(settings.llm, settings.llm_timeout) if settings.llm else None
        return cls(index, settings.min_score, settings.governance_channel, llm, db)

    # -- answering -----------------------------------------------------------------------------

    def answer(self, question: str) -> Reply:
        if self.directory is None:
            return self._answer(question)
        with self.directory.held():  # one snapshot of the inventory's names for the whole answer
            return self._answer(question)

    def _answer(self, question: str) -> Reply:
        question = tidy(question)
        if not question:
            raise InvalidQuestion("ask a question, e.g. “can I put customer data into ChatGPT?”")
        if len(question) > MAX_QUESTION_CHARS:
            raise InvalidQuestion(
                f"that question is {len(question):,} characters long; ask in under {MAX_QUESTION_CHARS:,}"
            )
        asked_as = question
        question = without_courtesies(question)
        question = spelled_out(
            self.speller().correct(question, self.names_a_tool, name_slots(question)), self.names_a_tool
        )
        whole = classify(question, self.directory, self.is_word)
        if whole.intent == Intent.help:
            return self._reply(asked_as, Part(Intent.help, True, 1.0, lead=[Line(self.help_text())]), Sources())
        sources = Sources()
        if whole.intent == Intent.register:
            return self._reply(asked_as, self.register(whole, sources), sources)
        asks = [whole]
        if not whole.lists_tools:
            texts = parts_of(question)
            asks = [self._carry(classify(part, self.directory, self.is_word), whole, texts[0]) for part in texts]
            asks = asks if len(asks) > 1 else [whole]
        no_ai_incident(whole, asks)
        parts: list[Part] = []
        for asked in asks:
            if parts and not parts[0].confident:
                if self.refused_with_the_first(asked, asks[0], parts[0]):
                    parts.append(self.later_part_refused())
                    continue
                if asked.context and parts[0].confidence == 0.0:
                    # "when was the last internal audit…, and did it find anything?": what "it" is (an audit on a date
                    # no sentence gives), the documents do not speak of, and the later part is read alone
                    asked.context = ""
            part = self.answer_part(asked, sources)
            refused_first = bool(parts) and not parts[0].confident
            if refused_first and part.confident and self.answers_something_else(asked, asks[0], part):
                part = self.later_part_refused()
            parts.append(part)
        return self._reply(asked_as, join(parts, self.refusal()), sources)

    def speller(self) -> Speller:
        """Typos put right against English words (the embedding model's word list), the corpus's own
        words and the everyday words for them, a dictionary's words kept as written (rebuilt when the corpus
        changes)."""
        if self._speller is None or self._speller_of is not self.index.lexical.idf:
            english = self.index.embedder.model.tokenizer.get_vocab()
            # A word the policies say otherwise ("gmail": a personal e-mail address) is meant as written.
            self._speller = Speller(
                [*english, *self.index.lexical.idf],
                lambda word: self.is_word(word) or bool(self.scorer.alternatives(word)),
                english,
                dictionary_words(),
            )
            self._speller_of = self.index.lexical.idf
        return self._speller

    def names_a_tool(self, word: str) -> bool:
        """Whether the word is one of a tool's names or aliases in the inventory."""
        return self.directory is not None and word in self.directory.name_words()

    def is_word(self, word: str) -> bool:
        """Whether the corpus uses this word (a name of an unregistered tool is not one)."""
        return all(self.index.lexical.weight(token) > 0 for token in tokenize(word))

    def status_of(self, name: str) -> Reply:
        """A tool's card, the tool named outright (`/aigov status <name>`): its inventory entry,
        "which one?" for a name that fits several, or "not registered" (with Register it)."""
        if self.directory is None:
            raise RuntimeError("a tool's status needs the inventory, and this assistant was made without one")
        question = f"status of {name}"
        resolution = self.directory.resolve(name)
        asked = Asked(question, Intent.tool_status, resolution, asks_status=True, status_phrase=True)
        asked.name = resolution.mention if resolution.tool or resolution.ambiguous else name
        sources = Sources()
        card = self.card_for(asked)
        return self._reply(question, self.tool_status(asked, [], Found(None, []), card, sources), sources)

    def _carry(self, part: Asked, whole: Asked, first: str) -> Asked:
        """ "…and who owns it?": a later part is read with the first part's words (what "it" is),
        and one that names no tool is about the tool the question names."""
        if part.text != first and (PRONOUN.search(part.text) or FOLLOW_UP.search(part.text)):
            part.context = first
        if not part.names_tool and whole.names_tool and whole.resolution is not None:
            part.resolution, part.name = whole.resolution, whole.name
            part.asks_status = part.asks_status or asks_about_the_tool(part.text)
            if part.asks_status and part.intent == Intent.policy:
                part.intent = Intent.tool_status
        return part

    def _reply(self, question: str, part: Part, sources: Sources) -> Reply:
        sources.also(part.hits, SECTIONS_SEARCHED)
        # a data verdict points at the table row it quotes ("as restricted [1]"): the row counts as shown there
        row = self._verdict_row(part)
        referred = {row[0]: row[1]} if row else {}
        citations, lead, support, renumbered = numbered_as_shown(sources.citations, part.lead, part.support, referred)
        if row and f"[{renumbered[row[1]] + 1}]" != tools.ROW_REFERENCE:
            line = lead[row[0]]
            lead[row[0]] = replace(line, says=line.says.replace(tools.ROW_REFERENCE, f"[{renumbered[row[1]] + 1}]", 1))
        reply = Reply(
            question,
            str(part.intent),
            "",
            part.confident,
            citations,
            lead,
            support,
            part.card,
            part.card_leads,
            part.tools,
            part.verdict,
            part.actions,
            part.confidence,
        )
        reply.text = plain_text(reply)
        return reply

    def _verdict_row(self, part: Part) -> tuple[int, int] | None:
        """Which lead line gives the data verdict, and the citation of the table row it quotes."""
        table = self.data_table()
        if part.verdict is None or table is None or (row := table.row_named(part.verdict.kind)) is None:
            return None
        line = next((n for n, line in enumerate(part.lead) if part.verdict.line in line.says), None)
        cited = next(
            (line.quote.citation for line in [*part.lead, *part.support] if line.quote and line.quote.quote == row),
            None,
        )
        return (line, cited) if line is not None and cited is not None else None

    def help_text(self) -> str:
        return (
            "I'm govbot, the AI governance assistant: I answer questions about our AI policy and ISO/IEC 42001, "
            "quoting the documents and citing them, and I know which AI tools are approved.\n"
            "Try: “can I put customer data into an AI tool?”, “who reviews AI tool requests?”, "
            "“what does ISO 42001 expect from suppliers?”, “what is A.6.2.8 about?”, “is Otter approved?”, "
            "“which tools can take customer data?”.\n"
            "To add a tool to the AI inventory, say “I'd like to register <tool>”.\n"
            f"When I don't know, I say so: ask the governance team in {self.governance_channel}."
        )

    def refused_with_the_first(self, asked: Asked, first: Asked, first_answered: Part) -> bool:
        """Whether a later part of a question is refused with its first, which was refused: it asks of what the first
        did, which the documents do not hold or no sentence was found to speak of."""
        unfound = first_answered.confidence == 0.0
        return bool(
            # (…whose record the documents do not hold either: "was there a chatgpt outage last month? what caused it")
            (fact_asked(first.text) is RECORD and (OF_THAT_OCCASION.search(asked.text) or refers_back_only(asked.text)))
            # "is there an official 'made with ai' badge? where do i download it?", "what does agi stand for and are we
            # close to it?": the later part asks only of what the first did, a thing no sentence was found to speak of
            # (not so "can we appeal just that one condition, and who do we send it to?", refused for want of a yes or
            # no, whose appeal a sentence speaks of)
            or ((unfound or EXISTS_ASKED.search(first.text)) and not asked.name and refers_back_only(asked.text))
            # "which wms do our depots run and has it got ai built in?": "it" is a thing the documents never name, so
            # nothing they say is about it (nor of "who reviews flexible working requests and how long does it take?")
            or (
                unfound
                and asked.context
                and PRONOUN.search(asked.text)
                and (self.scorer.unknown_things(asked.context) or self.scorer.unknown_tasks(asked.context))
            )
        )

    def answers_something_else(self, asked: Asked, first: Asked, answered: Part) -> bool:
        """Whether a later part that asks only of what the first part asked about, which was refused, is answered by a
        sentence on something else: one sharing none of the first part's telling words ("what is ISO 27701 and how
        does it relate to GDPR?" is not answered by who the DPO under the GDPR is, nor "can I carry over unused
        holiday into next year? how many days?" by a review's 5 business days)."""
        if answered.card_leads or asked.text == first.text:
            return False
        own_words = set(tokenize(asked.text)) - tools.ASKING_WORDS - ASKING_AFTER
        if not (PRONOUN.search(asked.text) or FOLLOW_UP.search(asked.text) or len(own_words) <= REFERRING_BACK_WORDS):
            return False
        quoted = next((line.quote.quote for line in answered.lead if line.quote), None)
        if quoted is None:
            return False
        # (the sentence under its heading, and each of the first part's terms in its own words or the policies' own: "a
        # dpia" is what "A Data Protection Impact Assessment must be… signed off by the DPO", under "When a DPIA is
        # required", speaks of)
        said = terms_of(" ".join([quoted, *(hit.heading for hit in answered.hits if quoted in hit.text)]))
        return not any(
            weight >= TELLING_WEIGHT and (term in said or bool(alternatives & said))
            for term, (weight, alternatives) in self.scorer.weights(first.text).items()
        )

    def later_part_refused(self) -> Part:
        """A later part of a question refused with the first, which asked of what the documents do not hold."""
        return Part(Intent.policy, False, 0.0, [Line(self.refusal())], actions=[Action(ActionKind.ask_governance)])

    def refusal(self) -> str:
        return (
            "I don't know: nothing in our AI policy or the ISO/IEC 42001 guidance answers that, "
            "and I would rather not guess. "
            f"Ask the governance team in {self.governance_channel}."
        )

    def answer_part(self, asked: Asked, sources: Sources) -> Part:
        if (asked.happened or asked.asks_to_report) and self.scorer.source_asked(asked.text):
            # "what did samsung change in its ai rules after staff leaked code into chatgpt?": what another
            # organisation did about its own incident, which our procedure does not say
            asked = replace(asked, intent=Intent.policy, happened=False, asks_to_report=False, wants_procedure=False)
        card = self.card_for(asked)
        asks_what_it_does = bool(asked.tool_verb) and not asked.asks_status
        fact = fact_asked(asked.text)
        noted_fact = False
        asks_where_kept = bool(PRODUCT_HOSTING.search(asked.text))
        if card is not None and (asks_what_it_does or fact is not None):
            with_note = tools.with_note(card, asked.text, self.index.lexical, asked.tool_verb)
            if asks_what_it_does:
                # "can otter transcribe the calls?", "can copilot in excel build pivot tables from the survey
                # export?", "can zoom ai summarise a client workshop?": whether the tool may be used for it, where
                # a condition bears on it, data is given to it or the card speaks of the task; "can chatgpt
                # enterprise make images?" asks what it can do, which the inventory does not record
                card = with_note
                worked = tokenize(f"{asked.tool_verb} {PHRASE_END.split(asked.tool_object, maxsplit=1)[0]}")
                if card.status not in APPROVED_STATES:
                    # "can midjourney upscale images?": why it may not be used ("…images public by default…") speaks
                    # of the kind of work it does ("image generation") whatever is asked of it
                    # (by its first letters: the stemmer reads "images" as "imag" and "image" as "image")
                    kind_of_work = {word[:4] for word in tokenize(card.category)}
                    worked = [word for word in worked if word[:4] not in kind_of_work]
                if card.noted and not any(tools.same_word(a, b) for a in worked for b in tokenize(card.noted)):
                    # "can firefly generate video on our creative cloud plan?": a note sharing only what the work is
                    # done on or under ("Through Kestrel Adobe Creative Cloud licences") says nothing of the work
                    card = replace(card, noted="")
                if (
                    card.bearing
                    and not (
                        terms_of(card.bearing) & terms_of(asked.tool_object) - terms_of(f"{card.name} {card.category}")
                    )
                    # ("can otter auto-join meetings?": a feature named in so many words, "OtterPilot auto-join off")
                    and not ("-" in asked.tool_verb and asked.tool_verb.lower() in card.bearing.lower())
                ):
                    # "can zoom ai companion tell me who spoke the most in a meeting?": a condition sharing only the
                    # verb and what the tool is for ("host switches it on per meeting and tells participants") says
                    # nothing of what it is asked to do
                    card = replace(card, bearing="")
                speaks = tools.speaks_of_task(card, asked.tool_verb, asked.tool_object, self.index.lexical)
                if ASKS_TO_BE_TOLD.match(f"{asked.tool_verb} {asked.tool_object}"):
                    # "can zoom ai companion tell me who spoke the most in a meeting?": what it can find out, which a
                    # condition where someone else tells ("…and tells participants") does not say, nor a note on what
                    # it works over ("can copilot in word show which sharepoint files it used?")
                    speaks = False
                    card = replace(card, bearing="", noted="")
                if speaks and (choices := self.scorer.choices_apart(asked.text, ignore=asked.name or "")):
                    # "can zoom ai companion summarise each breakout room separately or only the main room?": a
                    # choice of what it can do, of which its entry says nothing, asks what the product does; so does
                    # one of which it speaks of one side only ("…in the zoom phone app too or just meetings?")
                    speaks = all(any(tools.speaks_of(card, word) for word in choice) for choice in choices)
                if speaks and {
                    word for word in self.speller().unknown_words(asked.tool_object) if not self.names_a_tool(word)
                }:
                    # "can perplexity enterprise pro search paywalled journals like jstor?": what it is asked to do it
                    # to names something neither English nor the documents know, of which its entry cannot speak
                    speaks = False
                if speaks and self.feature_of_the_work(asked.tool_object):
                    # "can deepl translate handwritten notes?", "…the speaker notes in a powerpoint?": work of a kind
                    # its entry speaks of, narrowed by a word the documents never use, asks what the product can do
                    # ("can zoom ai summarise our team retro?" names the work itself by such a word: the verb decides)
                    speaks = False
                if (
                    speaks
                    and INSIDE_ANOTHER.search(asked.text)
                    and any(
                        word in EVERYDAY_PRODUCT_NAMES and not tools.speaks_of(card, word)
                        for word in name_key(asked.tool_object).split()
                    )
                ):
                    # "can deepl pro translate a google doc directly?": whether it works inside another product, which
                    # its entry says only where it names that product ("…translate a powerpoint?" asks leave to give it
                    # a file)
                    speaks = False
                if speaks and (into := TRANSLATED_INTO.search(asked.text) or LANGUAGE_WORKED_IN.search(asked.text)):
                    # "can deepl pro translate into ukrainian?", "can deepl pro translate welsh?": that it translates,
                    # its entry says; which languages, only where it names one
                    speaks = tools.speaks_of(card, into.group("language"))
                if card.status not in APPROVED_STATES:
                    # "can midjourney make icons for our intranet page?": leave to use it for our work, which its
                    # status refuses; "can midjourney make transparent pngs?", "…upscale images?" asks what it can do,
                    # of which an entry saying why it may not be used says nothing, whatever work it names ("images")
                    speaks = bool(OUR_WORK.search(asked.tool_object))
                asked.asks_status = bool(card.bearing or card.noted or self.kind_asked(asked) or speaks)
            # "when did hirevue get rejected?": a fact the card does not hold in a field of its own, but its notes
            # state ("Rejected 2026-04: …")
            # ("who rejected hirevue?": who decided, which a note states only where it says by whom, not any name in it,
            # "…AUP §6.2; EU AI Act Annex III…")
            if (
                fact is not None
                and with_note.noted
                and fact.search(with_note.noted)
                and not (WHO_DECIDED.search(asked.text) and not DECIDED_BY.search(with_note.noted))
            ):
                card, noted_fact = with_note, True
        if card is not None and asks_where_kept and (kept := _where_kept(card)):
            # "where is deepseek data stored?": where its notes say the vendor keeps data ("…data processed and
            # stored in China…"), the card answers
            card, noted_fact = replace(card, noted=kept), True
            asked.asks_status = True
        if card is not None and asked.other_edition:
            card = _with_edition_condition(card)
        if asked.happened or asked.asks_to_report:
            # an incident reads a long message three or four ways (retrieval's topic, the procedure's
            # words, which kind of incident it is): embedded together
            kind_topic = self.topic_of(asked, card) if _asks_which_kind(asked) else None
            self.scorer.read_together(
                [self.topic_of(asked, card, with_context=False), *self.incidents.readings(asked.text, kind_topic)]
            )
        hits, found = self.read_policy(asked, card)
        if asked.context:
            # "…and who triages it if one leaks?", "…? how long do they last": "it" may be the first
            # part's subject, or nothing the first part said; the reading that answers better wins.
            read_with_context = self.read_policy(asked, card, with_context=True)
            # ("…? whats the process": nothing of its own to read alone)
            follows_up = bool(FOLLOW_UP.search(asked.text))
            if follows_up or (read_with_context[1].answers and read_with_context[1].confidence > found.confidence):
                hits, found = read_with_context
        if (severity := self.severity_told(asked, hits, card, sources)) is not None:
            return severity
        asks_leave = any(map(ASKS_PERMISSION.search, split_sentences(asked.text)))
        asks_setting = bool(SETTING_STATE_ASKED.search(asked.text))
        if (asked.happened or asked.asks_to_report) and not self.everyday_use(asked, card):
            return self.incident(asked, hits, found, card, sources)
        if (
            card is not None
            and card.status in APPROVED_STATES
            and (asks_what_it_does or asked.asks_status or asks_leave or ASKS_LEAVE.search(asked.text))
            and (left_out := self.left_out(asked, card)) is not None
        ):
            # "legal team - can we use claude to review supplier contracts?", "can textio write our internal
            # newsletter?": an approval for other teams, or for other work, decides whatever else is asked
            return self.tool_status(asked, hits, found, replace(card, bearing=left_out[1], noted=""), sources)
        # ("how many ai tools have we approved this year?": a count of one period, which today's list does not give)
        if asked.lists_tools and self.db is not None and fact is not RECORD:
            return self.tool_list(asked, hits, sources)
        if (part := self.data_class(asked, sources)) is not None:
            return part
        candidates = self._candidate_cards(asked)  # (the entries a name fitting several tools may mean)
        if (
            _ambiguous(asked)
            and (
                (asked.status_phrase and not asked.policy_topic)
                or (asked.asks_status and (self.kind_asked(asked) or tools.asks_owner_or_review(asked.text)))
                # ("what tier of copilot are we on?": the one each name says)
                or PLAN_ON.search(asked.text)
            )
            # ("is copilot studio allowed?": an edition none of them is, which the rule on editions decides)
            and not (asked.other_edition and found.answers)
            # ("what version of copilot do we use?": a fact no entry records, whichever is meant, is no card's to give)
            and not (self.kind_asked(asked) is None and _asks_what_none_holds(asked.text, candidates))
        ):
            return self.tool_status(asked, hits, found, None, sources)
        if (
            card is not None
            # "…next week. can otter transcribe them for us?": a sentence asking leave, to which a condition speaks
            and (asked.asks_status or (card.bearing and (asks_leave or asks_setting)))
            and not (asked.other_edition and (found.answers or not card.bearing))
            # "…can I use Copilot to find which parcels were stuck longest?": a kind of data asked about is
            # the card's to answer, whatever else the task asks
            and not (
                _asks_what_a_card_does_not_hold(asked.text, card) and self.kind_asked(asked) is None and not noted_fact
            )
            # ("can i call deepseek-v3 through their api instead of the chat app?": no part of a rejected tool may be
            # used, whatever its entry says of it; whether it is blocked on the laptops, its entry does not say)
            and (
                (card.status not in APPROVED_STATES and asks_leave)
                or not _asks_which_part_a_card_is_silent_on(asked.text, card)
            )
            and not self.banned_elsewhere(asked)
            and not (self.kind_asked(asked) is None and _uses_a_feature_its_card_is_silent_on(asked, card))
        ):
            return self.tool_status(asked, hits, found, card, sources)
        # (a name fitting several tools is any of theirs: "can copilot generate videos?")
        products = [card] if card is not None else candidates
        if (
            asks_what_it_does
            and not asked.asks_status
            and not asked.policy_topic
            # ("can chatgpt decide which of my starters pass probation?", "…write a few 5 star reviews for our site?")
            and not (decides_about_people(asked) or makes_up_content(asked))
            and products
            and found.deciding is not None
            and not any(self._speaks_to(found.deciding.text, product) for product in products)
            and not self._forbids_the_work(found, asked.tool_object)
        ):
            # "can midjourney make videos now?", "can notion ai summarise a pdf attached to a page?": what the
            # product can do, which a rule that does not speak to its conditions does not say (a sentence merely
            # naming the tool gets no credit for it: see SentenceScorer.score)
            found = Found(None, [])
        if (
            products
            and all(product.registered for product in products)
            and (
                PRODUCT_HOW_TO.search(asked.text)
                or PART_OF_A_PRODUCT.search(asked.text)
                or PRODUCT_QUALITY.search(asked.text)
                or PRODUCT_RELEASE.search(asked.text)
                # ("which notion plan are we on?": what we buy, of which a sentence on editions at large says nothing)
                or PLAN_ON.search(asked.text)
                or asks_where_kept
                or PRODUCT_OPERATION.fullmatch(asked.product_verb)
                # (a feature worked in one of several tools, "can i turn on copilot agent mode?", may be what one
                # entry's condition and the rule on agents speak of)
                or (card is not None and _done_in_the_product(asked))
                or _vendors_own_asked(asked)
            )
            and found.deciding is not None
            and not any(self._names(found.deciding.text, product) for product in products)
        ):
            # "how do i export my chatgpt enterprise chat history?", "how do i cancel my otter account?": how to work
            # the product, which the policies do not describe; a rule on something else done in it ("Chat history in
            # enterprise AI tools: 90 days…") does not say (nor which part of the product it is: "what model does
            # notion ai use?"), nor how well it works: "how accurate is chatgpt?" is not "…how accurate it tends to be…"
            found = Found(None, [])
        if found.deciding is not None and not _says_what_govbot_is_asked_to_do(asked.text, found.deciding.text):
            # "does govbot get trained on the questions we ask it?", "where is govbot hosted?": what govbot itself does
            # or is, which only a sentence saying it of govbot answers ("govbot reminds the Tool Owner…"), not one on
            # the channel it answers in or its Home tab
            found = Found(None, [])
        if found.deciding is not None and not _names_the_thing_asked_of(
            asked.text, _under_its_headings(found.deciding)
        ):
            found = Found(None, [])
        return self.policy(asked, hits, found, card, sources)

    def feature_of_the_work(self, thing: str) -> str:
        """A word the documents never use that narrows what a tool is asked to work on, as a modifier of the
        phrase naming it ("handwritten" of "handwritten notes if i upload…", "speaker" of "the speaker notes in a
        powerpoint"), where the documents use the phrase's last word ("notes"; not "retro" of "our team retro");
        "" when there is none."""
        phrase = PHRASE_END.split(thing.lower(), maxsplit=1)[0].split()
        if len(phrase) < 2 or not any(map(self.index.lexical.weight, tokenize(phrase[-1]))):
            return ""  # (a thing the documents never name: what it is decides nothing, the verb does)
        for word in phrase[:-1]:
            if (
                (tokens := tokenize(word))
                and not any(map(self.index.lexical.weight, tokens))
                and not word.endswith("ly")  # ("our weekly meeting": when, not what)
                and not re.fullmatch(LANGUAGES, word)  # ("german contracts": which texts, not what it can do)
                and self.speller().known(word)
            ):
                return word
        return ""

    def _names(self, sentence: str, card: ToolCard) -> bool:
        """Whether a sentence names the tool of a card, by a word of its name that is no filler of names
        ("ChatGPT", not "Enterprise")."""
        words = {word for word in name_key(card.name).split() if len(word) > 2} - FILLER_WORDS
        return any(re.search(rf"\b{re.escape(word)}\b", sentence, re.IGNORECASE) for word in words)

    def everyday_use(self, asked: Asked, card: ToolCard | None) -> bool:
        """ "…is the csv i uploaded still attached in the morning?": data told of only in passing (see
        intents.told_in_passing), given to an approved tool that may take that data and on which none of its
        conditions bears, is the tool's everyday use, no incident."""
        return (
            told_in_passing(asked)
            and card is not None
            and card.registered
            and card.status in APPROVED_STATES
            and self.kind_asked(asked) is None
            and not tools.condition_told(card, asked.text, self.index.lexical)
        )

    def banned_elsewhere(self, asked: Asked) -> bool:
        """ "is chatgpt still banned in italy?": a ban where the documents never go is another country's or
        body's, not the inventory's status."""
        places = {canonical(token) for match in BANNED_IN.finditer(asked.text) for token in tokenize(match.group(1))}
        return bool(places & self.scorer.unknown_names(asked.text, ignore=asked.name or ""))

    def read_policy(self, asked: Asked, card: ToolCard | None, with_context: bool = False) -> tuple[list[Hit], Found]:
        """The sections retrieved for the question and what their sentences say to it."""
        topic = self.topic_of(asked, card, with_context)
        hits = self.index.search(topic, limit=SECTIONS_SEARCHED)
        # The tool's full name ("Zoom AI Companion" when "Zoom" is asked) is answered by its card: a
        # sentence that merely names the tool must not score on it.
        tool = card.name if card is not None and card.registered else ""
        # The answer must be about what is asked: the words of the sentences that tell the background
        # (a sprint, a new starter's first week) are no terms a sentence must share.
        asking = asking_sentences(asked.text)
        if with_context and asked.context and FOLLOW_UP.search(asked.text):
            asking = f"{asking_sentences(asked.context)} {asking}"  # "…? whats the process": the process of that
        # "A.6.2.8?", "clause 4 - what's expected of me?": the section named answers, whatever its score;
        # not so a figure asked of it ("A.6.2.6 - what drift threshold…?"), which a sentence must state
        if (
            self._names_only_what_is_not_held(asked.text)
            or NOT_ABOUT_AI.search(asked.text)
            or WORK_ON_A_TEXT.search(asked.text)
        ):
            # ("which password manager are we meant to use? not for ai stuff, just generally": what the policies on AI
            # say is no answer to what is said not to be about AI)
            return hits, Found(None, [])
        named = self._names_a_control(asked.text, hits)
        named_answers = named and not asks_for_a_fact(asking)
        # A long section is stored in several chunks, and the one retrieved may not hold the answer:
        # the section named ("A.2.4 - how often…?") is read whole.
        scored = self.scorer.score(
            topic,
            hits[:1] if named else hits,
            ignore=asked.name or "",
            asked=asking,
            tool=tool,
            whole=named,
            told=asked.text,
        )
        found = find(scored, rule_wanted=any(map(ASKS_PERMISSION.search, split_sentences(asking))))
        if (byline := byline_of_the_document_asked(asking, scored)) is not None:
            # "who owns the incident reporting policy?": the byline of the document named says, however well a sentence
            # on owning incidents ("…co-owns those that are not primarily security matters") shares the words
            return hits, Found(byline, [], subject_known=True)
        if byline_of_another_document(asking, found.deciding) or of_another_document(asking, found.deciding, hits):
            # "what version is the Data Protection Policy on?": of a document the documents do not hold, another's
            # byline ("Data Handling for AI Systems · Version 1.4") says nothing
            return hits, Found(None, [])
        situation = tools.PEOPLE_DECISIONS if decides_about_people(asked) else makes_up_content(asked)
        if not found.answers and situation and (situation_rule := self.status_rule(situation)) is not None:
            # "can chatgpt enterprise decide which of my new starters pass their probation?": the rule on decisions
            # about people decides, whatever the decision (probation, shifts, a secondment), which it may not name;
            # so does the rule on fake content, whatever is made up ("a few 5 star reviews for our website")
            hit, text = situation_rule
            # (what the question's own words would have it state, a probation's length, is not what decides)
            lead = next((s for s in scored if s.text == text), None) or self.scorer.score(text, [hit])[0]
            decides = replace(lead, lacks=False, score=min(lead.score, 1.0))  # (a confidence is at most 1)
            return hits, Found(decides, [s for s in found.support if s.text != text][:1], True)
        # "my own Claude Pro for…", "the free DeepL app…": of a tool named, the rule on personal and free
        # editions answers at a lower score (not of what happened with one: the incident procedure does)
        # (nor of what the vendor or its product does with one: "does anthropic tell kestrel if i sign up for claude
        # pro…?", "does the personal gemini app train on chats…?", which a rule on what we may do does not say)
        on_an_edition = (
            asked.other_edition and bool(asked.name) and not asked.happened and not ANOTHER_DOES.search(asked.text)
        )
        # (…but a sentence of it that states the fact asked does: "clause 10.1 - where do i suggest it?")
        states_it = named and found.lead is not None and found.lead.states and not found.lead.lacks
        # ("is claude pro approved?": a sentence on what "approved" means says nothing of that edition, whose
        # status the rule on editions decides)
        edition_answers = (
            on_an_edition
            and found.lead is not None
            and found.lead.score >= EDITION_THRESHOLD
            and not (asked.status_phrase and not EDITION_RULE.search(found.lead.text))
        )
        if found.lead is not None and (named_answers or states_it or edition_answers):
            return hits, Found(found.lead, found.support, subject_known=True)
        if on_an_edition and not (card is not None and card.bearing):
            # "my own adobe cc sub at home, ok to use firefly on that…?": where no sentence answers well, the rule on
            # personal and free accounts still decides what may be done with one (unless the tool's own entry
            # speaks of its other editions: "free DeepL website, apps and personal accounts not covered")
            # (of a company edition, "moving from claude team to claude enterprise", the rule on editions, not
            # the one on personal accounts)
            company_edition = not OTHER_EDITION.search(asked.text) and not ANY_OTHER_EDITION.search(asked.text)
            if asked.status_phrase:
                # "is claude pro approved?": read as a status question, retrieval finds what the statuses mean (or
                # that personal subscriptions are not expensed); the rule on using other editions decides, so it
                # is sought outright, its terms the ones weighed ("approved" is not among them)
                rule_topic = COMPANY_EDITIONS_TOPIC if company_edition else PERSONAL_EDITIONS_TOPIC
                sought = f"{topic} {rule_topic}"
                hits = self.index.search(sought, limit=SECTIONS_SEARCHED)
                scored = self.scorer.score(sought, hits, ignore=asked.name or "", asked=rule_topic, tool=tool)
            rule = _edition_rule(scored, company_edition)
            if rule is not None and rule.score >= EDITION_RULE_THRESHOLD:
                return hits, Found(rule, [s for s in found.support if s is not rule][:1], subject_known=True)
            if asked.status_phrase:
                return hits, Found(None, [])  # no sentence on what "approved" means says it of this edition
        return hits, found

    def topic_of(self, asked: Asked, card: ToolCard | None, with_context: bool = True) -> str:
        """What retrieval reads: the question with a resolved tool's name said as its kind of tool
        ("can I tell the client ChatGPT wrote it?" is about AI-written client work, not ChatGPT),
        and after the words of the first part for a later part that says "it"."""
        text = asked.text
        if card is not None and card.registered and asked.name:
            # the full name when the question says it ("Zoom AI Companion"), else the name as asked ("Zoom")
            full = re.compile(re.escape(card.name), re.IGNORECASE)
            name = full if full.search(text) else re.compile(re.escape(asked.name), re.IGNORECASE)
            text = name.sub(card.category or "AI tool", text)
        text = f"{asked.context} {text}" if asked.context and with_context else text
        # "what is an ai incident?": where the documents say what counts as one
        defined = [f"what counts as {term}" for term in terms_to_define(asked.text)]
        return " ".join([text, *defined, *self.scorer.alternatives(text)])

    def data_class(self, asked: Asked, sources: Sources) -> Part | None:
        """ "What class is a delivery address?": the row of the policy's data table, its class first."""
        if not ASKS_CLASS.search(asked.text) or asked.names_tool:
            return None
        table = self.data_table()
        kind = table.kind_in(asked.text) if table else None
        if table is None or kind is None:
            return None
        says = str(kind.data_class).capitalize() + (", never in any AI tool" if kind.never_allowed else "")
        lead = [Line(says, sources.quote(*table.quote_of(kind)))]
        return Part(Intent.policy, True, 1.0, lead, actions=[Action(ActionKind.ask_governance)])

    def _names_only_what_is_not_held(self, question: str) -> bool:
        """Whether the question names sections or controls ("clause 11 of iso 42001", "A.12.3") and none of them is
        one the documents hold: no sentence of theirs says what it says."""
        sections, controls = sections_named(question), controls_named(question)
        # ("what does iso 42001 clause 2 list as normative references?": the standard's clause, which the documents
        # on it do not hold, whatever a company policy's section 2 says)
        held = self.index.numbers_held(of_the_standard=_names_a_clause_of_the_standard(question))
        return bool(sections | controls) and not (sections & held or controls & self.index.numbers_held())

    def _names_a_control(self, question: str, hits: list[Hit]) -> bool:
        """Whether the best section is the control or numbered section the question names (a clause of the
        standard only in a document on it)."""
        if not hits:
            return False
        if hits[0].control_id is not None:
            return hits[0].control_id in controls_named(question)
        if _names_a_clause_of_the_standard(question) and not names_the_standard(hits[0].title):
            return False
        return hits[0].section is not None and hits[0].section in sections_named(question, bare=True)

    # -- policy questions ---------------------------------------------------------------------------

    def policy(self, asked: Asked, hits: list[Hit], found: Found, card: ToolCard | None, sources: Sources) -> Part:
        deciding = found.deciding
        if (
            deciding is None
            and card is not None
            and card.status in APPROVED_STATES
            and tools.bears_plainly(card, asked.text)
            and fact_asked(asked.text) is None  # "how many custom GPTs…?": a figure no condition gives
            and not CAPABILITY_ASKED.search(asked.text)
            and not _asks_which_part_a_card_is_silent_on(asked.text, card)  # "…latest version of its desktop app?"
            # ("does gemini eat into marketing's drive storage?": what the product does, of which a condition sharing
            # other words, "Drive access limited to Marketing shared drives", says nothing)
            and not (asked.product_verb and not tools.speaks_of(card, asked.product_verb))
            # ("what's the naming convention for custom gpts…?": a thing asked for that the documents never name,
            # which a condition on custom GPTs does not say)
            and not any(not tools.speaks_of(card, word) for word in self.scorer.unknown_things(asked.text))
        ):
            # "…and does anyone have to check the translation?": no sentence of the policies says, but a
            # condition the inventory records on the tool does ("…checked by a qualified reader")
            return self.tool_status(asked, hits, found, card, sources)
        if deciding is None:
            actions = [Action(ActionKind.ask_governance)]
            if card is not None and not card.registered:
                actions.append(Action(ActionKind.register_tool, card.name))
            return Part(
                Intent.policy, False, found.confidence, [Line(self.refusal())], card=card, actions=actions, hits=hits
            )
        lead = [sources.line(deciding, plain_rule(asked.text, deciding.text, self.index.lexical.weight))]
        support = [sources.line(sentence) for sentence in found.support]
        synthesized = self.llm.answer(asked.text, [s.hit for s in [deciding, *found.support]]) if self.llm else None
        if synthesized:
            lead, support = [Line(synthesized)], [*lead, *support][:3]
        actions = [Action(ActionKind.ask_governance)]
        if card is not None and not card.registered:
            actions.insert(0, Action(ActionKind.register_tool, card.name))
        return Part(Intent.policy, True, found.confidence, lead, support, card=card, actions=actions, hits=hits)

    # -- incidents ---------------------------------------------------------------------------------------

    def incident(self, asked: Asked, hits: list[Hit], found: Found, card: ToolCard | None, sources: Sources) -> Part:
        procedure = self.incidents.for_question(asked.text, hits)
        if procedure.deadline is None:  # no incident procedure in these documents: answer as a question
            return self.policy(asked, hits, found, card, sources)
        steps = procedure.lines
        deciding = found.deciding
        if asked.already_reported and not asked.wants_procedure and deciding is None:
            # "reported a sev 2 on monday - how often should the handler send me updates?": the steps to
            # report answer nothing asked after reporting
            return self.policy(asked, hits, found, card, sources)
        if deciding is None and fact_asked(asking_sentences(asked.text)) is RECORD:
            # "…a summary went out but i can't find it - what did the steering group decide at last december's
            # review?": what came of one occasion is asked, which the steps to report do not say
            return self.policy(asked, hits, found, card, sources)
        if not asked.wants_procedure and ASKS_ABOUT_A_STEP.search(asked.text):
            # "…so that counts as reported?", "should I ask ChatGPT whether it kept the data?": the
            # procedure's own sections may hold the answer to the step asked about
            own = self.incidents.answer_within(asked.text, asking_sentences(asked.text), asked.name or "")
            if own is not None and (deciding is None or own.score > deciding.score):
                deciding = own
        kind = (
            self.incidents.kind_of(asked.text, self.topic_of(asked, card), asked.name or "")
            if _asks_which_kind(asked)
            else None
        )
        # the lead, then what made it an incident, then the steps: cited in the order shown
        if kind is not None:
            # "is that actually an incident?", "nearly pasted it, anything to do?": the sentence that says
            # it is one (of its kind), then how to report it
            lead = [sources.line(kind, procedure.kind_said(kind))]
            rest = [s for s in steps[:2] if s.text != kind.text]
            leads_with_a_step = False
        elif asked.wants_procedure or deciding is None:
            lead = [sources.line(steps[0], procedure.says())]
            rest = steps[1:3]
            leads_with_a_step = True
        else:  # "will I get in trouble if I report…": that answer first, then how to report
            lead = [sources.line(deciding, plain_rule(asked.text, deciding.text, self.index.lexical.weight))]
            rest = [s for s in steps[:2] if s.text != deciding.text]
            leads_with_a_step = False
        # What made it an incident ("Midjourney was rejected", "Perplexity takes internal data only, and
        # vulnerability findings are restricted"): asked "is that a problem?", it is the answer and comes
        # straight after the lead; asked what to do, it follows the steps that say when and where to
        # report (one after the procedure's first line, both after an answer to something else).
        asks_if_fine = bool(ASKS_IF_FINE.search(asked.text)) or asks_whether_incident(asked.text)
        steps_first = 0 if asks_if_fine else 1 if leads_with_a_step else 2
        before = [sources.line(s) for s in rest[:steps_first]]
        why = self.outside_approval(asked, card, sources)
        after = [sources.line(s) for s in rest[steps_first : 1 if why else 2]]
        support = [*before, *([why] if why else []), *after]
        actions = [Action(ActionKind.report_incident), Action(ActionKind.ask_governance)]
        return Part(
            Intent.incident,
            True,
            max(found.confidence, steps[0].score),
            lead,
            support,
            card=card,
            actions=actions,
            hits=hits,
        )

    def severity_told(self, asked: Asked, hits: list[Hit], card: ToolCard | None, sources: Sources) -> Part | None:
        """ "how serious is it if someone pastes an api key into gemini?", "i pasted a customer list into my personal
        chatgpt, what severity is that?": the level the incident policy's rules give what the message tells, as
        triage gives it a report; only where the message tells data given where it may not go (a secret, anywhere;
        other data, a tool not approved for it, or a personal edition)."""
        if fact_asked(asked.text) is not SEVERITY:  # (not "…for a sev 2, how long do we have?")
            return None
        if not (asked.moves_data or asked.happened):
            return None
        told = prefill_from_question(asked.text)
        involved = {DataInvolved(data) for data in told.get("data_involved", [])}
        table = self.data_table()
        # (of whichever edition: "…into my personal claude pro?")
        kind = table.kind_in(asked.text) if table is not None else None
        if kind is not None and kind.data_class.value in set(DataInvolved):
            involved.add(DataInvolved(kind.data_class.value))
        if DataInvolved.secrets not in involved and not (involved and self._beyond_approval(asked, card, kind)):
            return None
        verdict = triage(str(told.get("kind", IncidentKind.data_exposed)), sorted(involved), datetime.now(UTC))
        row = self.incidents.severity_row(verdict.severity.value)
        said = f"{verdict.severity.label}: {verdict.reasons[0]}."
        if levels := levels_named(asked.text):  # "is that a sev 2?"
            said = f"{'Yes' if str(verdict.severity.value) in levels else 'No'}: {said}"
        lead = [Line(said)]
        support = [sources.line(row)] if row is not None else []
        if asked.happened and (procedure := self.incidents.for_question(asked.text, hits)).deadline is not None:
            support.append(sources.line(procedure.lines[0], procedure.says()))  # then how to report it
        actions = [Action(ActionKind.report_incident), Action(ActionKind.ask_governance)]
        return Part(Intent.incident, True, 1.0, lead, support, card=card, actions=actions, hits=hits)

    def _beyond_approval(self, asked: Asked, card: ToolCard | None, kind: DataKind | None) -> bool:
        """Whether data told given to a tool went where it may not: a tool not approved (or not registered), a personal
        edition, or a class above the one its approval allows."""
        if card is None:
            return False  # (no tool named: whether it was allowed, the message does not say)
        if not card.registered or card.status not in APPROVED_STATES or asked.other_edition:
            return True
        return self._class_exceeded(asked, kind) is not None

    def _class_exceeded(self, asked: Asked, kind: DataKind | None) -> DataClass | None:
        """The highest class the tool asked about may take, where data of `kind` is above it; else None."""
        ref = asked.resolution.tool if asked.resolution is not None else None
        if kind is None or ref is None:
            return None
        allowed, _ = tools.highest_class_allowed(self._inventory(), ref)
        return allowed if allowed is not None and not kind.allowed_in(allowed) else None

    def outside_approval(self, asked: Asked, card: ToolCard | None, sources: Sources) -> Line | None:
        """Why what happened is outside what the inventory allows: the tool is not approved (rejected,
        retired, pending or never registered), a recorded condition of its approval bears on what
        happened, or the kind of data it was given is above the class the tool may take. None when none
        is known to be so (an approved tool, no condition said, data of no kind named)."""
        if card is None:
            return None
        if card.status not in APPROVED_STATES:  # whichever edition was used
            return Line(tools.headline(card))
        if asked.other_edition:  # a personal edition of an approved tool: the policy's rule says why, not the card
            return None
        kind = self.kind_asked(asked)
        table = self.data_table()
        ref = asked.resolution.tool if asked.resolution is not None else None
        if kind is None or table is None or ref is None:
            # "Otter auto-joined a client call": the condition of its approval that bears on it
            condition = tools.condition_told(card, asked.text, self.index.lexical)
            return Line(tools.condition_told_line(card, condition)) if condition else None
        if (allowed := self._class_exceeded(asked, kind)) is None:
            return None
        return Line(tools.beyond_approval(kind, card.name, allowed), sources.quote(*table.quote_of(kind)))

    # -- the inventory -------------------------------------------------------------------------------------

    def card_for(self, asked: Asked) -> ToolCard | None:
        """The card of the tool the question names: its inventory entry, its open request, or
        "not registered" (an unregistered tool asked about is counted, for the governance team)."""
        if self.db is None or _ambiguous(asked):
            return None
        if asked.resolution is not None and asked.resolution.tool is not None:
            card = tools.with_bearing(tools.card_of(self.db, asked.resolution.tool), asked.text, self.index.lexical)
            if card.bearing and tools.not_covered(card, asked.text) is None:
                # "does zoom ai companion push meeting summaries into salesforce?": a condition on summaries says
                # nothing of a product the documents never name, which is what is asked about
                named = set(tokenize(asked.name or ""))
                unknown = {
                    word for word in self.speller().unknown_words(asked.text) - named if not self.names_a_tool(word)
                }
                if unknown - terms_of(card.bearing):
                    return replace(card, bearing="")
                # "is the public-code filter on github copilot set to block suggestions or just flag them?": a
                # choice of which the condition ("public-code matching filter on") says neither side; nor one
                # side, unless it rules out the rest ("…hr meetings or only internal ones?": "never in HR meetings";
                # "…an mp3 i upload, or only live calls?": "no client calls" is said of no side)
                choices = self.scorer.choices_apart(asked.text, ignore=asked.name or "")
                spoken = [choice for choice in choices if set(telling(choice)) & terms_of(card.bearing)]
                if len(spoken) < len(choices) and not (spoken and LIMITS_ITSELF.search(card.bearing)):
                    return replace(card, bearing="")
                # "who's our qualified reader for dutch contracts that go through deepl pro?": a condition naming
                # the role ("…checked by a qualified reader") does not say who holds it (the owner, its card does)
                roles = [terms_of(found.group(1)) for found in ROLE_ASKED.finditer(asked.text)]
                if any(role and role <= terms_of(card.bearing) and not role & terms_of("owner") for role in roles):
                    return replace(card, bearing="")
            return card
        if not asked.name:  # names no tool
            return None
        record_unregistered_ask(self.db, asked.name)
        return tools.unregistered_card(self.db, asked.name, asked.text)

    def tool_status(self, asked: Asked, hits: list[Hit], found: Found, card: ToolCard | None, sources: Sources) -> Part:
        table = self.data_table()
        kind = self.kind_asked(asked)
        if card is None:  # a name that fits several tools
            return self.which_one(asked, hits, kind, table, sources)
        # rejected, retired, pending, unregistered: the status decides, unless a new decision is what is asked
        decisive = card.status not in APPROVED_STATES and not asked.asks_again
        if (
            not decisive
            and kind is None
            and (asked.policy_topic or not asked.asks_status or (_forbids(found) and not asked.status_phrase))
            and not card.bearing
            and (found.answers or asked.policy_topic)
        ):
            # "my personal ChatGPT account", "Copilot to decide who gets which shifts": the rule decides,
            # and where no sentence gives it the answer is "I don't know", the card only its context;
            # "can ChatGPT scrape a competitor's website?": a rule that forbids what is asked decides too
            # (not a rule on some use of the tool, asked "is Zoom IQ ok?")
            return self.policy(asked, hits, found, card, sources)
        lead_says = plain_status = " ".join(
            said
            for said in (tools.headline(card), tools.asked_field_line(card, asked.text), tools.bearing_line(card))
            if said
        )
        verdict = None
        support: list[Line] = []
        uncovered = tools.not_covered(card, asked.text) if not decisive else None
        left_out = self.left_out(asked, card) if not decisive else None
        if left_out is not None:
            lead_says = left_out[0]
        elif uncovered is not None:
            # "can I run Claude Code against our repo?": that it is not covered decides, whatever the data
            lead_says = tools.not_covered_line(card, uncovered[0])
        elif not decisive and asked.other_edition and card.bearing:
            # "i pay for deepl pro myself, ok to…?": the condition on other editions decides, not the status
            # of the company's edition
            lead_says = tools.not_covered_line(card, "your own or a free edition")
        elif kind is not None and table is not None:  # a kind of data is only found in the table
            # A registered tool's card is the card of the tool resolved (card_for).
            ref = asked.resolution.tool if asked.resolution is not None else None
            allowed, conditions = (
                tools.highest_class_allowed(self._inventory(), ref)
                if card.registered and ref is not None
                else (None, "")
            )
            verdict = tools.data_verdict(kind, card.name, allowed, conditions, card.status)
            support.append(Line(quote=sources.quote(*table.quote_of(kind))))
            bearing = card.bearing or tools.condition_on_class(conditions, kind)
            lead_says = " ".join(
                said for said in (verdict.line, tools.bearing_line(replace(card, bearing=bearing))) if said
            )
        rule = self.status_rule(card.status)
        if rule is not None:
            support.append(Line(quote=sources.quote(rule[1], rule[0])))
        # "is zoom iq ok to use?" asks nothing a sentence of the policies could answer beyond the status rule: the
        # best of them would be a rule on some other use ("A Data Protection Impact Assessment must be completed…")
        deciding = found.deciding if not (asked.only_the_tool and kind is None) else None
        if (
            deciding is not None
            and len(support) < 2
            and deciding.text not in {line.quote.quote for line in support if line.quote}
        ):
            support.append(sources.line(deciding))
        actions = [Action(ActionKind.register_tool, card.name)] if not card.registered else []
        actions.append(Action(ActionKind.ask_governance))
        lead = [Line(lead_says)]
        if deciding is not None and self._speaks_to(deciding.text, card):
            # "this client isn't in the contract register - can i still put their data in chatgpt enterprise?":
            # what the policy says of the condition that bears ("check the Customer Contract Register…") decides,
            # unless a verdict or an edition not covered already does
            says_rule = sources.line(deciding)
            lead = [says_rule, *lead] if lead_says == plain_status else [*lead, says_rule]
            support = [line for line in support if line.quote is None or line.quote.quote != deciding.text]
        told = tools.contract_told(asked.text) if not decisive and (verdict is None or verdict.allowed) else None
        if (
            told is not None
            and (register := self.status_rule(told)) is not None
            and register[1] not in {line.quote.quote for line in lead if line.quote}
        ):
            # "…their ai processing field in the contract register just says 'not addressed'. ok to have github copilot
            # switched on for it?": what the register records for the client decides, before what the tool's status
            # and the data's class would allow
            lead = [Line(quote=sources.quote(register[1], register[0])), *lead]
            support = [line for line in support if line.quote is None or line.quote.quote != register[1]]
        return Part(
            Intent.tool_status,
            True,
            1.0,
            lead,
            support,
            card,
            card_leads=verdict is None,
            verdict=verdict,
            actions=actions,
            hits=hits,
        )

    def _candidate_cards(self, asked: Asked) -> list[ToolCard]:
        """The entries of the tools a name fits when it fits several ("copilot"), else none."""
        if self.db is None or not _ambiguous(asked) or asked.resolution is None:
            return []
        return [
            tools.with_bearing(tools.card_of(self.db, ref), asked.text, self.index.lexical)
            for ref in asked.resolution.candidates
        ]

    def left_out(self, asked: Asked, card: ToolCard) -> tuple[str, str] | None:
        """Why an approved tool's approval does not cover the asker or the work asked of it, and the condition
        saying so: it is for other teams ("Product and Design teams only"), or for other work ("drafting and
        checking job adverts only", asked to write a newsletter). None when neither is said."""
        if (team := teams.team_left_out(card.conditions, asked.text)) is not None:
            return teams.left_out_line(card.name, *team), team[1]
        # ("can textio export to pdf?", "…read handwriting?": what the product can do with a text, not work it is for)
        work = asked.tool_object if asked.tool_verb and not HANDLING_VERB.fullmatch(asked.tool_verb) else ""
        if (
            (condition := tools.purpose_left_out(card, work)) is not None
            # ("can textio screen applicants?": "never used to screen…" says more; so does a kind of data's class)
            and card.bearing in ("", condition)
            and self.kind_asked(asked) is None
        ):
            return tools.purpose_left_out_line(card, condition), condition
        return None

    def _forbids_the_work(self, found: Found, thing: str) -> bool:
        """Whether the sentence that answers forbids the very work asked, by SHARED_WITH_CONDITION of its telling
        words ("can claude write some fake survey responses…?": "Do not create fake reviews, testimonials, survey
        responses…"), which no tool may do whatever it can."""
        if not _forbids(found) or found.deciding is None:
            return False
        return self._telling_enough(terms_of(found.deciding.text) & terms_of(thing))

    def _speaks_to(self, sentence: str, card: ToolCard) -> bool:
        """Whether a sentence of the policies is about the condition of the card that bears on the question:
        it shares SHARED_WITH_CONDITION of its telling words, the tool's name aside."""
        if not card.bearing or LIMITS_ITSELF.search(card.bearing):
            return False  # ("no HR meetings" decides on its own)
        return self._telling_enough(terms_of(card.bearing) & terms_of(sentence) - terms_of(card.name))

    def _telling_enough(self, shared: frozenset[str]) -> bool:
        """Whether SHARED_WITH_CONDITION of the terms two texts share are telling ones (a word this rare says what a
        sentence is about)."""
        return sum(self.index.lexical.weight(term) >= TELLING_WEIGHT for term in shared) >= SHARED_WITH_CONDITION

    def kind_asked(self, asked: Asked) -> DataKind | None:
        """The kind of data a tool question asks about: none when it names none, when it is about
        a policy topic (a performance rating) without putting anything into the tool, or when it is
        about another edition than the inventory's (whose verdict would not be this one's)."""
        table = self.data_table()
        # (nor the data a product is to be made from, "can copilot be fine-tuned on our repos?", not given to it)
        if table is None or asked.other_edition or asked.made_to:
            return None
        if asked.tool_verb.lower() in MAKING_VERBS and not asked.moves_data:
            # "can github copilot generate dockerfiles?": what the tool makes is no data given to it, what it makes it
            # from is ("…build pivot tables from our staff diversity survey export?")
            made_from = MADE_FROM.search(asked.text)
            return table.kind_in(made_from.group(1)) if made_from else None
        if asked.moves_data or not asked.policy_topic:
            # ("grammarly's tool owner is on long term sick leave, who covers…?": someone's absence told, not health
            # data given to the tool)
            return table.kind_in(SOMEONE_AWAY.sub(" ", asked.text))
        # "can chatgpt enterprise summarise hr's list of disciplinary cases?": what the tool is to work on is given
        # to it (not where it works: "…take notes in a disciplinary hearing?")
        after_verb = re.search(rf"\b{re.escape(asked.tool_verb)}\b([^?!.]*)", asked.text) if asked.tool_verb else None
        worked_on = WORKED_ON_ENDS.split(after_verb.group(1), maxsplit=1)[0] if after_verb else ""
        return table.kind_in(worked_on) if worked_on.strip() else None

    def which_one(
        self, asked: Asked, hits: list[Hit], kind: DataKind | None, table: DataTable | None, sources: Sources
    ) -> Part:
        candidates = asked.resolution.candidates if asked.resolution is not None else []
        names = [ref.name for ref in candidates]
        each = Line(f"For the conditions of each, ask again with its full name: {tools.sentence_list(names)}.")
        data_class = tools.class_named(asked.text)
        if kind is None and (data_class is not None or tools.WHAT_DATA_ASKED.search(asked.text)):
            # "can i use copilot on restricted data?", "what data can i put into copilot?": what each may take
            # answers, whichever is meant, after the rule on classes per status
            rule = self.status_rule(ToolStatus.approved)
            support = [Line(quote=sources.quote(rule[1], rule[0]))] if rule else []
            if data_class is not None:
                by_class = tools.class_verdict_whichever(self._inventory(), data_class, candidates)
                return Part(
                    Intent.tool_status, True, 1.0, [Line(by_class.line)], [*support, each], verdict=by_class, hits=hits
                )
            lead = [Line(tools.classes_whichever(self._inventory(), candidates))]
            return Part(Intent.tool_status, True, 1.0, lead, [*support, each], hits=hits)
        if kind is None and tools.asks_owner_or_review(asked.text):
            # "who owns copilot?", "when is copilot next reviewed?": each one's entry says, whichever is meant
            said = [(card.name, tools.asked_field_line(card, asked.text)) for card in self._candidate_cards(asked)]
            if lead := [Line(f"{name}: {line[:1].lower()}{line[1:]}") for name, line in said if line]:
                return Part(Intent.tool_status, True, 1.0, lead, hits=hits)
        verdict = tools.verdict_whichever(self._inventory(), kind, candidates) if kind is not None else None
        if verdict is None or kind is None or table is None:  # a kind of data is only found in the table
            lead = [Line(f"Which one do you mean: {tools.sentence_list(names)}? Ask again with the full name.")]
            return Part(Intent.tool_status, True, 1.0, lead, hits=hits)
        support = [Line(quote=sources.quote(*table.quote_of(kind))), each]
        return Part(Intent.tool_status, True, 1.0, [Line(verdict.line)], support, verdict=verdict, hits=hits)

    def tool_list(self, asked: Asked, hits: list[Hit], sources: Sources) -> Part:
        table = self.data_table()
        kind = table.kind_in(asked.text) if table else None
        intro, listed = tools.tool_list(self._inventory(), asked.text, kind, asked.besides)
        purpose = tools.purpose_unrecorded(asked.text)
        if purpose and not kind and not tools.category_asked_about(self._inventory(), asked.text):
            # "which ai can i use to make a podcast?": the inventory files tools by kind, and none is for that; what
            # the approved tools can each do it does not say, so their list is context, not the answer
            lead = [
                Line(
                    "I don't know which AI tool to use for that: "
                    f"our AI tool inventory records no kind of tool for “{purpose}”."
                )
            ]
            return Part(
                Intent.tool_status,
                False,
                0.0,
                lead,
                [Line(f"{intro} {', '.join(card.name for card in listed)}.")] if listed else [],
                actions=[Action(ActionKind.ask_governance)],
                hits=hits,
            )
        support = [Line(quote=sources.quote(*table.quote_of(kind)))] if kind and table else []
        verdict = tools.data_verdict(kind, "", None, "") if kind and kind.never_allowed else None
        if not listed and not verdict:
            support.append(Line("To propose one, say “I'd like to register <tool>”; the governance team reviews it."))
        if listed:
            support.append(Line(f"Ask about one for its conditions, e.g. “is {listed[0].name} approved?”"))
        if not kind and (rule := self.status_rule("approved")) is not None:
            support.append(Line(quote=sources.quote(rule[1], rule[0])))
        if len(listed) > tools.TOOLS_LISTED:
            support.insert(0, Line(f"…and {len(listed) - tools.TOOLS_LISTED} more: the inventory lists them all."))
        return Part(
            Intent.tool_status,
            True,
            1.0,
            [Line(intro)],
            support,
            tools=listed[: tools.TOOLS_LISTED],
            verdict=verdict,
            hits=hits,
        )

    def register(self, asked: Asked, sources: Sources) -> Part:
        if (held := self._entry_named(asked.name, asked.text)) is not None:
            # "i'd like to register otter": a tool the inventory holds already, whose entry is the answer; a new use
            # of an approved one is a change of its scope, not a second registration (the form stays at hand for
            # whoever means another edition: it tells them of the entry again before filing)
            rule = self.status_rule("beyond scope")
            lead = [Line(f"{held.name} is already in our AI tool inventory, so it needs no new registration.")]
            support = [Line(quote=sources.quote(rule[1], rule[0]))] if rule else []
            actions = [Action(ActionKind.register_tool, asked.name), Action(ActionKind.ask_governance)]
            return Part(Intent.register, True, 1.0, lead, support, card=held, actions=actions)
        what = asked.name or "a new AI tool"
        lead = [
            Line(
                f"To register {what}, fill in the registration form. It asks what the tool is for, who will use it, "
                "what data it will touch and how the vendor treats that data; the request is then risk-triaged and "
                "reviewed."
            )
        ]
        rule = self.status_rule("register")
        support = [Line(quote=sources.quote(rule[1], rule[0]))] if rule else []
        return Part(Intent.register, True, 1.0, lead, support, actions=[Action(ActionKind.register_tool, asked.name)])

    def _entry_named(self, name: str | None, asked_text: str) -> ToolCard | None:
        """The inventory's entry for an approved tool asked to be registered, where every word of the name is one of
        its names' ("otter", "zoom ai"); not another edition of it ("chatgpt plus"), and not a rejected or retired one,
        which a new request may ask to be reviewed again."""
        if not name or self.db is None or self.directory is None:
            return None
        tool = self.directory.resolve(name).tool
        if tool is None or not set(name_key(name).split()) <= (spelt := self.directory.words_of(tool)):
            return None
        if names_another_edition(asked_text, spelt):
            return None  # ("register chatgpt plus": the name is read without the edition)
        card = tools.card_of(self.db, tool)
        return card if card.status in APPROVED_STATES else None

    def status_rule(self, situation: str) -> tuple[Hit, str] | None:
        """The policy sentence that governs a tool in this situation (found once, then kept); None where the
        documents have none, or the sentence found does not read as that rule (tools.RULE_READS)."""
        if situation not in self._status_rules:
            query = tools.STATUS_RULE_QUERIES.get(situation)
            hits = self.index.search(query, limit=1) if query else []
            best = self.scorer.score(query, hits)[0] if query and hits and hits[0].score >= self.min_score else None
            reads = tools.RULE_READS.get(situation)
            if best is not None and reads is not None and not reads.search(best.text):
                best = None
            self._status_rules[situation] = (best.hit, best.text) if best else None
        return self._status_rules[situation]

    def _inventory(self) -> Database:
        """The inventory, for the answers that arise only with one (a tool resolved, a list of tools)."""
        if self.db is None:
            raise RuntimeError("this answer needs the inventory, and this assistant was made without one")
        return self.db

    def data_table(self) -> DataTable | None:
        """The policy's kinds of data with their classes (found once, then kept); None when the
        knowledge base holds no such table."""
        if not self._data_table_sought:
            class_sections = [
                hit
                for data_class in DataClass
                for hit in self.index.search(tools.CLASS_SECTION_QUERY.format(data_class), limit=2)
            ]
            self._data_table = DataTable.find(
                self.index.search(tools.DATA_TABLE_QUERY, limit=3), self.min_score, class_sections
            )
            self._data_table_sought = True
        return self._data_table


# Where what a tool is asked to work on ends: where or when it is to work ("…take notes in a disciplinary hearing")
WORKED_ON_ENDS = re.compile(r"\b(?:in|at|during|on|for|while|when|before|after)\b", re.IGNORECASE)


def _asks_which_kind(asked: Asked) -> bool:
    """ "is that actually an incident?", "nearly pasted it, anything to do?": answered by the sentence
    saying it is one, of its kind."""
    return asks_whether_incident(asked.text) or asked.near_miss


def _with_edition_condition(card: ToolCard) -> ToolCard:
    """For a question about a personal or free edition, the recorded condition on other editions
    ("free DeepL website, apps and personal accounts not covered") is the one that bears on it, and
    none other does."""
    clause = next((clause for clause in tools.clauses_of(card.conditions) if EDITION_CONDITION.search(clause)), None)
    return replace(card, bearing=clause or "")  # a condition on the company's edition does not bear on another


def _edition_rule(scored: list[Scored], company_edition: bool) -> Scored | None:
    """The best sentence that states a rule on personal, free or consumer editions (of a company edition,
    one that speaks of editions: "Different editions of the same product are separate entries")."""
    return next(
        (
            s
            for s in scored
            if EDITION_RULE.search(s.text) and not s.lacks and (not company_edition or EDITIONS_SAID.search(s.text))
        ),
        None,
    )


def _forbids(found: Found) -> bool:
    """Whether the sentence that answers the question forbids something ("Do not use AI to: scrape
    websites…")."""
    return found.deciding is not None and bool(PROHIBITS.search(found.deciding.text))


def _asks_which_part_a_card_is_silent_on(question: str, card: ToolCard) -> bool:
    """ "Which Gemini model does Gemini for Workspace use?", "what database does otter run on?": which part
    of the product it is, which its entry answers only where it speaks of that part; "can I use it offline?":
    how it runs, and "is it blocked on our laptops?", how it is stopped, likewise."""
    # ("can github copilot chat answer in german?": a language it works in, likewise)
    return any(
        not tools.speaks_of(card, next(filter(None, found.groupdict().values())))  # the one named group matched
        for pattern in (
            PART_OF_A_PRODUCT,
            PRODUCT_MODE,
            BLOCKED_ON,
            PRODUCT_RELEASE,
            PRODUCT_BEHAVIOUR,
            PRODUCT_QUALITY,
            GOT,
            VENDOR_CERTIFIED,
            ON_A_DEVICE,
            RUNS_IN,
        )
        for found in pattern.finditer(question)
    ) or (
        # ("does deepl handle arabic…ok?": a language it works on, likewise)
        any(
            not tools.speaks_of(card, found.group("language"))
            for pattern in (LANGUAGE_ASKED, LANGUAGE_WORKED_IN)
            for found in pattern.finditer(question)
        )
        # ("which notion plan are we on?": the tier is the one its name says, "ChatGPT Enterprise", if any)
        # (or its conditions: "Kestrel Otter Business workspace only")
        or bool(
            PLAN_ON.search(question)
            and not EDITION_NAMED.search(f"{card.name} {card.conditions}")
            and not tools.speaks_of(card, "plan")
        )
    )


def _uses_a_feature_its_card_is_silent_on(asked: Asked, card: ToolCard) -> bool:
    """ "Can I use voice input in Claude Team?": a feature of the product asked to be used, or another product it is
    to be used inside, which its entry answers only where it speaks of it (data to be used in it is asked otherwise)."""
    if not asked.name:
        return False
    feature = re.search(
        r"\b(?:use|turn on|switch on|enable|try) (?:the |its |a |an )?([\w-]+(?: [\w-]+)?)"
        rf" (?:in|on|inside|within|with) (?:the )?{re.escape(asked.name)}\b",
        asked.text,
        re.IGNORECASE,
    )
    # ("can I use Firefly from inside InDesign?": the product it is to be used inside, likewise)
    host = re.search(
        rf"\b{re.escape(asked.name)} (?:from )?(?:inside|within|directly in|straight (?:from|in)) (?:the |my |our )?"
        r"([\w-]+(?: [\w-]+)?)",
        asked.text,
        re.IGNORECASE,
    )
    words = [
        word
        for found in (feature, host)
        if found
        for word in found.group(1).split()
        if word.lower() not in PRONOUN_WORDS
    ]
    return bool(words) and not any(tools.speaks_of(card, word) for word in words)


def _asks_what_none_holds(question: str, cards: list[ToolCard]) -> bool:
    """Whether a question naming several tools at once asks a fact none of their entries records."""
    return bool(cards) and all(
        _asks_what_a_card_does_not_hold(question, card) or _asks_which_part_a_card_is_silent_on(question, card)
        for card in cards
    )


def _asks_what_a_card_does_not_hold(question: str, card: ToolCard) -> bool:
    """ "How many messages an hour can I send in Claude?", "how long does Otter keep recordings?": an
    amount or a duration that an inventory entry does not record (its next review aside), so the
    card cannot be the answer; only a sentence of the policies can. Nor does an approved tool's entry say
    why its conditions are what they are ("why are otter recordings deleted after 30 days?"); a rejected
    tool's states the reason it was turned down."""
    if tools.DATA_CLASS_ASKED.search(question):  # "what's its max data class?": the card's own field
        return False
    if WHO_DECIDED.search(question):  # "which privacy reviewer signed off the deepl pro approval?"
        return True
    # "who's our account rep at the otter vendor?" (not "can our account managers use…?", people of ours)
    if re.search(rf"\b(?:our|my|the|their|an?) (?:{VENDOR_PEOPLE}) (?:at|from|with|for|in)\b", question, re.IGNORECASE):
        return True
    fact = fact_asked(question)
    return (
        # ("what did the reviewers rely on when grammarly got approved?": what happened once, likewise)
        fact in (AMOUNT, LIMIT, SEVERITY, FORMAT, RECORD, VERSION_NUMBER)
        or (fact in (DURATION, DEADLINE, FREQUENCY) and not REVIEWED.search(question))
        # "when did ChatGPT get approved?": the card records when it is next reviewed, no other date
        or (fact is DATE and not NEXT_REVIEW.search(question))
        or (fact is REASON and card.status in APPROVED_STATES)
    )


def telling(choice: tuple[str, ...]) -> tuple[str, ...]:
    """What tells a choice of several words from the others: the words before the last, which say which of
    what the last names ("live" of "live calls", "hr" of "hr meetings"); a choice of one word, that word."""
    return choice[:-1] or choice


def _vendors_own_asked(asked: Asked) -> bool:
    """Whether the question asks for something of the vendor's own of the tool it names (its refund policy, its
    account rep), said after the name or before it."""
    if not asked.name:
        return False
    name = re.escape(asked.name)
    return bool(re.search(rf"\b{name}{VENDORS_OWN}|{VENDORS_OWN_BEFORE}{name}\b", asked.text, re.IGNORECASE))


def _where_kept(card: ToolCard) -> str:
    """The sentence of a card's notes saying where the vendor keeps or runs its data, or ""."""
    return next((sentence for sentence in split_sentences(card.notes or "") if KEPT_IN.search(sentence)), "")


def _done_in_the_product(asked: Asked) -> bool:
    """Whether the question asks to work a feature inside the tool it names (see DONE_IN_A_PRODUCT)."""
    done = DONE_IN_A_PRODUCT.search(asked.text)
    return bool(done and asked.name and name_key(asked.name) in name_key(done["product"]))


def _ambiguous(asked: Asked) -> bool:
    return asked.resolution is not None and asked.resolution.ambiguous


def join(parts: list[Part], refusal: str) -> Part:
    """One answer from the answers to each ask: their leads first (an incident's first, then in
    order), then their support; one card (the first that leads, else the first); confident when any
    part is answered, and the parts that are not are said to be unknown. When none is, the answer is
    one "I don't know"."""
    if len(parts) == 1:
        return parts[0]
    actions = list({(a.kind, a.tool): a for part in parts for a in part.actions}.values())
    hits = [hit for part in parts for hit in part.hits]
    first_card = next((part.card for part in parts if part.card), None)
    # Something that already happened leads, whatever was asked before it ("it's the same thing, isn't
    # it?? do I have to report it?"): the other parts' answers follow.
    answered = sorted((part for part in parts if part.confident), key=lambda part: part.intent != Intent.incident)
    if not answered:  # nothing asked is answered: one "I don't know", with what was found as context
        return replace(parts[0], card=first_card, card_leads=False, actions=actions, hits=hits)
    leading = next((part for part in answered if part.card_leads), None)
    card = leading.card if leading else first_card
    lead: list[Line] = []
    seen: set[str] = set()
    for part in answered:
        status = tools.headline(part.card) if part.card else ""
        for line in part.lead:
            if status and line.says.startswith(status) and any(shown.says.startswith(status) for shown in lead):
                # "who owns DeepL, and what's its data class?": the tool's status is said once
                line = replace(line, says=line.says[len(status) :].strip())
            said = line.quote.quote if line.quote else line.says
            if said and said not in seen:
                lead.append(line)
                seen.add(said)
    support = [line for part in answered for line in part.support if not (line.quote and line.quote.quote in seen)]
    if len(answered) < len(parts):
        lead.append(Line(f"For the rest of your question: {refusal}"))
    intent = next((part.intent for part in answered if part.intent == Intent.incident), answered[0].intent)
    return Part(
        intent,
        True,
        min(part.confidence for part in answered),
        lead,
        support[:3],
        card,
        leading is not None,
        [card for part in answered for card in part.tools],
        next((p.verdict for p in answered if p.verdict), None),
        actions,
        hits,
    )


def _says_what_govbot_is_asked_to_do(question: str, sentence: str) -> bool:
    """Asked what govbot does or is ("does govbot store my questions?"), whether `sentence` says it of govbot: it
    names govbot and the first word said of it, in one of its forms. True for any other question."""
    asked = GOVBOT_ASKED_OF.search(question)
    if asked is None:
        return True
    said = next(
        (
            word
            for part in (
                asked["after"],
                asked["said_after"],
                asked["before"],
                asked["can"],
                asked["how"],
                asked["its"],
                asked["for_it"],
            )
            for word in re.findall(r"[a-z]{2,}", (part or "").lower())
            if word not in SAID_OF_ANYTHING
        ),
        None,
    )
    if said is None:
        return True
    words = re.findall(r"[a-z]+", sentence.lower())
    if asked["its"] or asked["for_it"]:
        # something govbot has ("a changelog", "a user guide"): said of govbot, "govbot's Home tab", not of a tool whose
        # owner govbot names ("read its user guide…")
        of_govbot = re.findall(
            r"govbot(?:'s|’s)\s+((?:[\w-]+\s+){0,2}[\w-]+)|((?:[\w-]+\s+){0,2}[\w-]+)\s+(?:of|for|in|from)\s+govbot\b",
            sentence.lower(),
        )
        return any(tools.same_word(said, word) for found in of_govbot for word in " ".join(found).split())
    return "govbot" in words and any(tools.same_word(said, word) for word in words)


def _under_its_headings(sentence: Scored) -> str:
    """A sentence with the title and heading it is under, which say what it is about as much as it does."""
    return f"{sentence.hit.title} {sentence.hit.heading} {sentence.text}"


def _names_the_thing_asked_of(question: str, sentence: str) -> bool:
    """Asked "is there a/an X?" (or "do we have…") or "what is the X?", whether `sentence` names X: every word of
    the phrase but those saying whose or which it is, each in one of its forms ("kestrel learning budget": learning
    and budget). True for any other question."""
    asked = EXISTS_ASKED.search(question) or WHAT_IT_IS_ASKED.search(question)
    # (a document called by name, "what's the meeting recorder policy?", may be answered by a section called otherwise)
    if asked is None or (
        asked.re is WHAT_IT_IS_ASKED
        and (PHRASE_END.search(asked["thing"]) or NOT_A_THING.search(asked["thing"]) or document_words(question))
    ):
        return True
    # (a word joined by a hyphen is one word, in the question and the sentence alike: "a per-team budget" is not cut
    # at "per")
    phrase = THING_ENDS.split(PHRASE_END.split(HYPHEN_INSIDE.sub("", asked["thing"].lower()), 1)[0], 1)[0]
    words = [w for w in re.findall(r"[a-z]{2,}", phrase) if w not in NAMES_NO_KIND and w not in STOPWORDS]
    if ANSWERED_WITHOUT_ITS_NAME.intersection(words):
        return True
    words = [w for w in words if w not in SAID_OF_ANY_RULE and w not in SAID_OF_ANY_PLACE]
    said = re.findall(r"[a-z]+", HYPHEN_INSIDE.sub("", sentence.lower()))
    return all(any(tools.same_word(word, w) for w in said) for word in words)
