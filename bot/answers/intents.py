"""What a message asks: help, registering a tool, a list of tools, or a question — and of a question,
whether it names a tool, asks that tool's status, tells of something that already happened, or
touches a policy topic that a tool's status card must not take over.

Nothing here decides the answer alone: the planner (bot/assistant.py) weighs these findings with
what retrieval finds.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from bot.reply import Intent
from knowledge.inventory.directory import Resolution, ToolDirectory
from knowledge.inventory.matching import FILLER_WORDS, GENERIC_WORDS, name_key

# (…and what govbot itself is: "what's your name?", "are you chatgpt?", which no policy sentence nor tool card answers)
HELP = re.compile(
    r"^\s*(?:help|\?+|hi|hello|hey|what can you do|how do i use (?:you|this|govbot)|(?:who|what) are you"
    r"|what(?:'s|’s|s| is) your name|(?:who|what) is govbot"
    r"|are you (?:a |an )?(?:bot|robot|ai|human|person|real person|real|chatgpt|gpt|claude|copilot|gemini|llm"
    r"|chat ?bot))\s*[?!.]*\s*$",
    re.IGNORECASE,
)
# "I'd like to register X", "please register X": a request to register, not a question about registering.
REGISTER = re.compile(
    r"^(?:(?:hi|hey|hello|please|pls)[,!]?\s+)*"
    r"(?:(?:i(?:'d| would)? like to|i want to|i need to|can (?:i|we|you)|could (?:i|we|you)|let me|"
    r"we(?:'d| would) like to|we want to|please)\s+)?"
    r"(?:please\s+)?register\b(?:\s+(?P<name>[^?!.\n]{1,80}))?",
    re.IGNORECASE,
)
HOW_TO_REGISTER = re.compile(
    r"\bhow (?:do|can|should) (?:i|we)\b|\bwhat\b|\bwhen\b|\bwho\b|\bwhy\b|\bmust\b|\bdo (?:i|we) (?:need|have) to\b",
    re.IGNORECASE,
)
# "can you register an ai-generated logo as a trade mark in the eu?", "can we register for the 5k run?": registered
# with someone else, or for something, not a tool filed in our inventory
REGISTERED_ELSEWHERE = re.compile(
    r"\b(?:trade ?marks?|trademarks?|patents?|copyrights?|domain names?|domains?|companies house|to vote)\b"
    r"|\bregister (?:for|at|on|with) (?!(?:an?|the) (?:new |ai )*tool)",
    re.IGNORECASE,
)
# "can you register me for the all-hands?": someone put down for something, not a tool filed in our inventory
REGISTERED_PEOPLE = re.compile(
    r"^(?:me|us|myself|ourselves|him|her|them|everyone|(?:my|our|the) (?:team|department|colleagues?))\b",
    re.IGNORECASE,
)
# "i need to register a visitor", "…an incident", "…a conflict of interest": a thing of another kind, said in ordinary
# words after "a", "the" or "my"; a tool is named ("register Jasper", "register cursor") or said to be one ("a new AI
# note taker", "our gamma licences")
ANOTHER_KIND_OF_THING = re.compile(r"^(?:a|an|the|my|our|this|that|another)\s+(?P<thing>[^A-Z]+)$")
KIND_OF_TOOL = re.compile(
    r"\b(?:ai|a\.i\.|tool|app|application|assistant|bot|chatbot|plugin|plug-in|extension|add-?on|model|llm|gpt"
    r"|service|platform|software|system|integration|agent|api|connector|note-?taker|notetaker|taker|transcriber"
    r"|generator|product|thing|one|something|vendor|supplier|licen[cs]e|subscription|account|seat|workspace"
    r"|tenant|trial|pilot|feature|website|site)s?\b",
    re.IGNORECASE,
)
# "is X approved", "can I use X for …", "status of X", "has X been approved": X may be unregistered.
# A tool's name as typed: words, and the marks names use ("Character.ai", "tl;dv")
TOOL_NAME = r"(?P<name>(?:[\w .&+@'-]|(?<=\w);(?=\w)){2,60}?)"
STATUS_PATTERNS = [
    re.compile(
        rf"\b(?:is|are|isn'?t|aren'?t)\s+(?:the\s+)?{TOOL_NAME}\s+(?:an?\s+)?"
        r"(?:approved|allowed|permitted|ok|okay|"
        r"fine|safe|sanctioned|authori[sz]ed|banned|blocked|registered|whitelisted|compliant|rejected)\b",
        re.IGNORECASE,
    ),
    re.compile(
        r"\b(?:can|could|may)\s+(?:i|we|you|my team|our team)\s+(?:still\s+)?"
        r"(?:use|try|install|sign up for|connect|use the)\s+"
        rf"{TOOL_NAME}(?:\s+(?:for|to|with|at|on|in|at work|during|after|before|while|when|if|as|instead)\b|\s*[?!.,]"
        r"|\s*$)",
        re.IGNORECASE,
    ),
    re.compile(
        rf"\b(?:status of|what about|thoughts on|opinion on)\s+{TOOL_NAME}\s*(?:[?!.,]|\s+for\b|$)",
        re.IGNORECASE,
    ),
    re.compile(
        rf"\bhas\s+{TOOL_NAME}\s+been\s+(?:approved|registered|reviewed|rejected|allowed)",
        re.IGNORECASE,
    ),
    re.compile(
        rf"\ballowed to use\s+{TOOL_NAME}(?:\s+(?:for|to|with|at|on|in)\b|\s*[?!.,]|\s*$)",
        re.IGNORECASE,
    ),
]
# Words that ask whether a named tool may be used, or what the inventory records of it: with a
# tool named, the question is about that tool's status.
# "when is otter next reviewed?", "…due for review?", "…reviewed again?": a tool's approval looked at again
REVIEWED_AGAIN = (
    r"next review(?:ed)?|reviewed (?:next|again)|(?:due|up) for (?:a |its |their |another )?(?:re-?)?review"
)
ASKS_STATUS = re.compile(
    # ("commercially safe" images are free of rights claims, not safe to use for work)
    # ("does it work ok in portuguese?" asks whether it functions; "fine-tuned" is no "fine")
    # ("who approved chatgpt enterprise?" asks who decided, which the inventory does not record)
    r"\b(?:(?<!who )(?<!who first )(?<!who actually )(?<!who originally )approved|approval|allowed|permitted"
    # ("did italy's regulator fine openai?": a fine imposed, not leave given)
    r"|(?<!work )(?<!works )(?:ok|okay|fine(?![- ]?tun)(?!\s+(?:openai|microsoft|google|them|it|us|kestrel)\b))|"
    r"(?<!commercially )(?<!legally )safe|sanctioned|"
    r"authori[sz]ed|banned|blocked|registered|whitelisted|"
    # ("is there a status page for copilot?", "what conditions does adobe put on firefly images?": a vendor's
    # service status and terms, not what the inventory records)
    r"rejected|turned down|knocked back|retired|status(?! (?:page|dashboard|site|updates?))|"
    # ("do we still use otter?", not "does hirevue still use facial analysis?": what the product does)
    r"(?:(?<=we )|(?<=i )|(?<=you )|(?<=they )|(?<=to )|(?<=staff )|(?<=anyone )|(?<=people )|(?<=team ))still use"
    r"|use it|"
    # ("who makes grammarly?": its vendor, which its entry names)
    r"(?<=who )(?:makes|made|builds|built|develops|developed)|"
    # "what replaced trint?", "is wordtune still supported?", "what should we use instead of midjourney?": what became
    # of it, and what to use in its place, which its entry records
    r"replaced|replacement|still (?:supported|available|around(?! ?[\d£$€~])|in use|a thing)|use instead of|"
    r"(?:can|could|may)\s+(?:i|we|you|the \w+(?: \w+)? team|my team|our team|\w+)\s+(?:still\s+)?"
    r"(?:use|try|install|call|put|paste|upload|share|feed|enter|drop|send|give|run|dump|chuck|throw|stick|pop|bung|shove"
    r"|load|copy|attach|import|get|ask|have|access|open|log in(?:to)?|log on(?:to)?|sign in(?:to)?|login)|"
    r"allowed to|what can (?:i|we) use|data class\w*|"
    # "is claude available to the data science team?": whom the approval covers
    r"available (?:to|for) (?:the |our |my |all |every )?(?:[\w&-]+ ){0,3}?(?:teams?|staff|departments?|functions?"
    r"|contractors?|employees|everyone|interns?|users)\b|"
    # ("when is github copilot next reviewed?", "…due for review?": the date its entry records)
    r"classification|" + REVIEWED_AGAIN +
    # ("who's the vendor?", not "the answers anthropic gave in our vendor questionnaire": a thing of vendors)
    r"|vendor(?! (?:questionnaires?|due diligence|assessments?|risk|management|contracts?"
    r"|reviews?|onboarding|evidence|answers?|breach\w*|lock-?in|scorecards?|security|certif\w*|audits?))"
    r"|conditions?(?! (?:does|do|did|will|would) (?!we\b|i\b|kestrel\b)\w+(?: \w+)?"
    r" (?:put|attach|set|impose|place|apply)))\b",
    re.IGNORECASE,
)
# "…so i can use it in channels", "…so that we can use it with clients": what something is wanted for
PURPOSE = re.compile(r"\bso (?:that )?(?:i|we|you|they|my team|the team) (?:can|could)\b[^?.!]*", re.IGNORECASE)
# "can i share a claude chat link with a colleague?": what is shared goes to people, not into the tool
SHARED_WITH_PEOPLE = re.compile(
    r"\bshare\b(?=[^?.!]{0,40}\bwith (?:a |an |my |our |the |other |some )?(?:colleagues?|co-?workers?|teammates?"
    r"|manager|boss|someone|somebody|people|others|friends?|person|everyone|the rest)\b)",
    re.IGNORECASE,
)
# "is there an approved library of prompts for chatgpt?": whether such a thing exists, not the tool's status
APPROVED_THING = re.compile(
    r"\b(?:is there|are there|do we have|have we got) (?:an?|any|some) (?:approved|allowed|sanctioned|official) "
    r"(?!(?:ai )?(?:tools?|apps?|versions?|editions?|alternatives?|plans?|accounts?|ways?|uses?)\b)[\w-]+",
    re.IGNORECASE,
)
# "I'm the tool owner for Zoom AI Companion - how long do I have…": who is asking, not what
OWNER_SPEAKING = re.compile(
    r"\b(?:i'?m|i am|as|we'?re|we are) (?:the |a |an )?(?:tool|system|product|business) owners?\b"
    r"|\bi own (?:the |a |an |this |our )?(?:\w+ )?(?:tool|system|model)\b",
    re.IGNORECASE,
)
# "when is chatgpt enterprise up for re-review?", "when's claude team's re-review due?": the date its entry records
REVIEW_DUE_ASKED = re.compile(
    r"\bwhen(?:'s|’s|s| is| does| will| do)\b[^?.!]{0,60}"
    r"\b(?:re-?review\w*|up for (?:re-?)?review|review(?: is)? due)\b",
    re.IGNORECASE,
)
# who holds a post in place of its holder, said before "owner" ("the backup tool owner")
STAND_INS = "backup back-up deputy stand-in acting interim alternate secondary previous former".split()
# "…if priya is off?": who acts while the owner is away, whom the entry does not name
OWNER_AWAY = re.compile(
    r"\b(?:if|when|while) (?:[\w'’-]+ ){1,3}?(?:is|are|'s|’s) (?:off|away|out|on leave|on holiday|sick|ill|unavailable"
    r"|not around|absent)\b"
    r"|\bowner(?:'s|’s| is| are) (?:currently |now |still )?(?:off|away|out|absent|ill|off sick|on holiday"
    r"|on (?:long[- ]term )?(?:\w+ )?leave)\b"
    # ("…who covers the owner duties meanwhile?")
    r"|\bwho (?:covers?|stands? in|steps? in|fills? in|deputi[sz]es?|takes? over)\b",
    re.IGNORECASE,
)
# "who owns Otter?", "who do I bug about DeepL?": its owner, whom the card names
OWNER_ASKED = re.compile(
    # ("who owns the copyright of midjourney images?": rights in what a tool makes, not the tool)
    r"\bwho (?:\w+ )?(?:owns|is responsible for|looks after|manages)\b"
    r"(?! (?:the |any )?(?:copyright|rights|ip\b|intellectual property|output|outputs|images|content|results))"
    # ("the site owner", "the risk owner": the owner of something else than the tool)
    r"|\b(?<!site )(?<!page )(?<!channel )(?<!data )(?<!process )(?<!risk )(?<!budget )(?<!asset )(?<!file )"
    r"(?<!folder )(?<!drive )(?<!document )(?<!control )"
    # ("who's the backup tool owner for zoom…?": who stands in for the owner, whom the entry does not name)
    + "".join(f"(?<!{stand_in} )(?<!{stand_in} tool )" for stand_in in STAND_INS)
    + r"(?:tool |system )?owner\b"
    # ("can the perplexity tool owner see…?": what the owner may do, not who it is)
    r"(?! (?:can|could|see|sees|get|gets|has|have|need|needs|must|should|will|would|do|does|did|is allowed"
    # ("can the tool owner set our team's history to delete after 30 days?": what the owner may change)
    r"|set|sets|change|changes|configure|configures|turn|turns|switch|switches|extend|extends|shorten|shortens)\b)"
    r"|\bwho (?:do|should|can) (?:i|we) (?:bug|ask|ping|contact|talk to|speak to) about\b",
    re.IGNORECASE,
)
# what belongs to a tool or its registration, named after the word "tool" ("tool requests", "tool owner handbook")
OF_A_TOOL = r"(?:requests?|owners?|registrations?|reviews?|reviewers?|inventory|entr(?:y|ies)|status)\b"
# "which AI tools are approved?", "what can I use for transcription?": a list, not one tool.
TOOL_LIST_PATTERNS = [
    re.compile(
        r"\b(?:which|what)\s+(?:\w+\s+){0,2}?(?:tools?|apps?|services?|assistants?|chatbots?|options?|software)\b"
        # ("what share of tool requests…": what is said of a tool's request, not which tools)
        rf"(?!\s+{OF_A_TOOL})"
        r".{0,60}?\b(?:approved|allowed|permitted|sanctioned|available|ok|okay|can|could|may|should|meant to"
        r"|supposed to)\b",
        re.IGNORECASE,
    ),
    re.compile(r"\bwhat\s+(?:can|could|may|should)\s+(?:i|we)\s+use\s+(?:for|to|with)\b", re.IGNORECASE),
    # "which ai can i use to make a podcast?", "what ai is approved for slides?": AI as tools, not one named
    re.compile(
        r"\b(?:which|what)\s+(?:ai|a\.i\.|gen ?ai|llms?|ai models?)\s+(?:(?:can|could|may|should|do)\s+(?:i|we|you)"
        r"\s+use|(?:is|are)\s+(?:approved|allowed|permitted|ok|okay|good|best|recommended|available))\b",
        re.IGNORECASE,
    ),
    re.compile(
        r"\b(?:is|are)\s+there\s+(?:an?|any)\s+(?:approved\s+|allowed\s+)?(?:ai\s+)?(?:tools?|apps?|options?)\b"
        # ("is there a tool owner handbook?": a thing of a tool's, not a tool)
        rf"(?!\s+{OF_A_TOOL})",
        re.IGNORECASE,
    ),
    re.compile(r"^\s*(?:list|show)\b.{0,40}\b(?:tools|apps)\b", re.IGNORECASE),
    # "how many tools are approved?": the list counts them
    re.compile(
        r"\bhow many\s+(?:[\w-]+\s+){0,2}?(?:tools|apps|services|assistants|chatbots)\b[^?.!]{0,40}?"
        r"\b(?:approved|allowed|permitted|sanctioned)\b",
        re.IGNORECASE,
    ),
]
# "which image tools are approved besides firefly?", "…alongside firefly?": the tool named is not one of those asked for
BESIDES = (
    r"\b(?:alongside|besides|beside|apart from|other than|aside from|as well as|in addition to|on top of)\s+(?:the\s+)?"
)
# "any other meeting note takers approved besides otter?": other tools of a kind, asked for
OTHERS_OF_A_KIND = re.compile(
    r"\b(?:which|what|any)\s+(?:other\s+)?(?:[\w-]+\s+){0,3}?(?:tools?|apps?|services?|assistants?|chatbots?|options?"
    r"|software|note[- ]?takers?|recorders?|generators?|translators?|products?)\b",
    re.IGNORECASE,
)
# "which stock photo sites are approved alongside firefly?": which other things have a status
WHICH_HAVE_A_STATUS = re.compile(
    r"\b(?:which|what)\b[^?.!]{1,60}?\b(?:approved|allowed|permitted|sanctioned|ok|okay)\b", re.IGNORECASE
)
# Where what a message asks may start: at its beginning, or after who is speaking or what it is about, as a
# Slack message may begin ("payroll clerk - pasted…", "legal q: has any client ever…", "loc team here 👋 we're…")
MESSAGE_START = r"(?:^|(?<=\s[-–—]\s)|(?<=:\s)|(?<=👋\s))"
# Who may have done something: "I", "we", "a colleague", "someone on my team".
SOMEONE = (
    r"\b(?:i|we|i've|we've|i have|we have|someone|somebody|colleague|coworker|co-worker|teammate|"
    r"he|she|they|[a-z]+ on my team|(?:two|three|some|all|both|one|a few) of us"
    r"|(?:one|two|some|a few) of (?:our|my|the) [a-z]+"  # "one of our analysts put…"
    # "someone in sales already used it"
    r"|(?:someone|somebody|colleague|people|a few people) (?:in|from|on) (?:the )?[a-z]+)\s+"
)
# "lost my laptop charger": a thing that holds no data, whose loss is no incident
HOLDS_NO_DATA = (
    r"(?!\s+(?:my|our|a|the|his|her|their)\s+(?:[\w-]+\s+)?(?:charger|cable|adapter|mouse|keyboard|headphones"
    r"|headset|earbuds|umbrella|mug|water bottle|lanyard)s?\b)"
)
# Something that already happened: data pasted, uploaded, shared, leaked, an account taken over.
HAPPENED = re.compile(
    # (not one's own work lost: "accidentally deleted a chat I still needed" moved no data anywhere)
    # (nor a change to it taken back: "how do i undo a notion ai edit i accepted by mistake?")
    r"(?<!accepted )(?<!clicked )(?<!pressed )(?<!dismissed )(?<!undid )(?<!deleted )(?<!closed )"
    r"\b(?:accidentally|by (?:mistake|accident)|mistakenly|inadvertently|oops|whoops|oh no|uh oh)\b"
    r"(?!\s+(?:deleted|removed|closed|archived|overwrote|overwritten|cleared|wiped|accepted|clicked|pressed|dismissed"
    r"|lost (?:my|our) (?:work|draft|chat)))"
    # Slack's subjectless "pasted a client's contract into my personal chatgpt, should I delete it?"
    # …and after "and then": "loaded it with a rate card and then (stupidly) shared the link with everyone"
    # …and after who is speaking: "payroll clerk - pasted a new starter's bank details into claude…"
    rf"|(?:{MESSAGE_START}|\band then\b)\s*(?:just\s+|already\s+|\(?\w+ly\)?\s+)?"
    rf"(?:pasted|uploaded|shared|leaked|exposed|lost{HOLDS_NO_DATA}|fed|dropped|forwarded|emailed|posted)\b"
    # "was debugging a login bug and dropped a HAR export into claude"
    r"|\band (?:then )?(?:just |accidentally )?(?:pasted|uploaded|dropped|fed|forwarded|emailed|posted)\b"
    rf"|{SOMEONE}"
    r"(?:just\s+|already\s+|accidentally\s+|(?:has|have) been\s+)?"
    # ("the label I put on our SharePoint site", "I put together a deck": nothing moved anywhere)
    # (nor "we've put the dataset through the anonymisation checklist": a check, not a tool)
    r"(?:pasted|put(?! (?:on|up|together|forward|off|in place)\b)"
    r"(?![^.?!]{0,50}\bthrough (?:the |a |an |our )?(?:[\w-]+ )?(?:checklist|review|process|triage|assessment|dpia"
    r"|tests?|checks?|qa)\b)|uploaded|shared|sent|typed|entered|leaked"
    rf"|exposed|lost{HOLDS_NO_DATA}|gave|fed|dropped|forwarded|emailed|delivered"
    r"|posted|copied|pasting|uploading|sharing|sending|feeding)\b"
    r"|\b(?:was|were|got|been|has been|have been)\s+"
    r"(?:leaked|breached|exposed|hacked|compromised|lost|stolen|sent to)\b"
    # "left my laptop on the train": a device lost with tools signed in on it
    r"|\bleft (?:my|our|a|the|his|her|their) (?:\w+ ){0,2}(?:laptop|phone|device|tablet|computer|bag)\b"
    r"|\b(?:leaked|breached|ended up in|went into|got into my|joined .{1,40} and recorded|"
    r"had a (?:data )?breach|went out|went live|(?:already |has |have |'s |'ve )gone out|(?:hit|pressed|clicked) send|"
    r"(?:went|got sent) to (?:a |the |our )?clients?|"
    # a tool that did what it should not: "it's been SENDING them", "it pulled in another client's figures"
    r"been (?:sending|replying|posting|emailing|deleting)|it (?:pulled|dragged) in|"
    r"reached (?:a |the |our )?clients?)\b"
    # "the ai route planner sent about 200 parcels to the wrong depot": whatever sent them, gone astray
    r"|\b(?:sent|went|delivered|routed|emailed|posted)\b[^.?!]{0,40}\bto the wrong\b"
    # found out afterwards: "only afterwards noticed the appendix had…", "it turned out…"
    r"|\b(?:noticed|realised|realized|discovered|found out|turned out|turns out|clocked)\b"
    # going on now: "our chatbot is leaking order details", "the key is showing usage nobody recognises"
    # (not "…keeps showing up as 'MCP connectors'": appearing, not showing anything; nor "copilot keeps sending me
    # recaps…": what it sends the person asking)
    r"|\b(?:is|are|keeps?) (?:leaking|exposing|revealing|showing(?! up\b)|sending(?! (?:me|us)\b))\b"
    # an AI tool showing or giving away what it should not: "it surfaced a salary spreadsheet"
    r"|\b(?:surfaced|revealed)\b|\b(?:got|was|were|been) (?:tricked|manipulated|jailbroken)\b"
    # "our data breach", not "a data breach" or "about a personal data breach", which may be any one, nor
    # "the data breach log", a record of them
    r"|(?<!\ba )(?<!\ban )(?<!\bany )(?<!\ba personal )(?<!\bany personal )\bdata breach\b"
    r"(?!\s+(?:logs?|registers?|records?|procedures?|process|policy|plan|response|notification form|template)\b)",
    re.IGNORECASE,
)
# What an AI incident happens to or with: an AI tool, or data and what holds it (a tool named aside).
AI_OR_DATA = re.compile(
    r"\b(?:ai|a\.i\.|chat ?bots?|bots?|models?|llms?|gpt\w*|prompts?|assistants?|copilot|agents?|tools?|apps?"
    r"|plugins?|extensions?|output|transcripts?|recordings?|summar\w+|data|dataset|files?|documents?|docs?"
    r"|spreadsheets?|sheets?|exports?|pdfs?|decks?|screenshots?|notes|emails?|letters?|lists?|records?|details"
    r"|addresses|names|numbers|figures|info\w*|passwords?|keys?|tokens?|credentials?|secrets?|logins?|accounts?"
    r"|customers?|clients?|personal|contracts?|salar\w+|payroll|cvs?|hr|code|repos?|laptops?|phones?|devices?"
    r"|bugs?|vulnerab\w+)\b",
    re.IGNORECASE,
)
# "nearly uploaded the payroll file to Gemini but spotted it": a near miss, which the policy counts as
# an incident of its own kind.
NEAR_MISS = re.compile(
    r"\b(?:nearly|almost|about to|was going to|came close to)\s+(?:\w+\s+){0,2}?"
    r"(?:past\w*|upload\w*|shar\w*|sen[dt]\w*|enter(?!prise|tain)\w*|typ\w*|put\w*|fe[de]\w*|leak\w*|click\w*)\b"
    r"|\bnear[- ]miss(?:es)?\b",
    re.IGNORECASE,
)
# "I used DeepSeek before I knew it was rejected, what do I do now?": using a tool is an incident only
# when the person asks what to do or whether to report it ("we used ChatGPT to categorise the records,
# what sample do we check?" is a question about the work).
USED_A_TOOL = re.compile(
    rf"{SOMEONE}(?:(?:just|already|kinda|actually|also|\w+ly|(?:has|have) been)\s+){{0,2}}"
    r"(?:used|using|signed (?:in|up)|logged in|ran|tried)\b",
    re.IGNORECASE,
)
# "can copilot be used with client data?", "can it be trusted with…?": leave asked in the passive
ALLOWED_WORDS = frozenset("used allowed approved ok okay fine trusted given shared put pasted uploaded sent".split())
# "can I put…", "if I report that I pasted…": a modal or a condition before the event makes it hypothetical;
# "has deepl ever had a data breach?" asks of the past in general, which tells of nothing that happened.
NOT_YET = re.compile(
    r"\b(?:can|could|may|might|should|shall|will|would|do|does|to|must|if|when|before)\s+"
    # ("what do i do now that i pasted…": what follows "now that" has happened; "…if i think someone leaked…":
    # what is suspected to have happened is reported as if it had)
    r"(?!(?:\w+\s+)?now that\s+$)(?!(?:i|we) (?:think|suspect|believe|fear|reckon)\s+$)(?:\w+\s+){0,2}$"
    # ("has otter.ai ever…": a name may hold a dot)
    r"|\b(?:has|have|had|did)\s+(?:[\w.'’-]+\s+){0,2}ever\s+$"
    # "is there a set sentence we put in client reports…?": what is done as a rule, not what happened
    r"|\b(?:is|are) there (?:an?|any|some) (?:[\w-]+\s+){0,3}(?:that\s+|which\s+)?$",
    re.IGNORECASE,
)
# "what do I do?", "do we need to report it?": the person wants the procedure.
ASKS_WHAT_TO_DO = re.compile(
    r"\bwhat (?:should|do|must|shall|can) (?:i|we)(?: now)? do\b|\bwhat now\b|\bnow what\b|\bwhat next\b"
    r"|\bwhat else (?:should|do|must|can) (?:i|we)\b|\banything else (?:i|we) (?:should|need|have|must)\b"
    r"|\bsteps?\b|\bwhat do i do\b"
    # "do I need to do anything?", "what do we need to do now?"
    r"|\b(?:do|should|must) (?:i|we) (?:need to |have to )?do anything\b"
    r"|\banything (?:i|we) (?:need|have|should|must) (?:to )?do\b"
    r"|\bwhat (?:do|should) (?:i|we) (?:need|have) to do\b"
    r"|\b(?:need|have) to report\b|\bshould (?:i|we) report\b|\bis (?:that|this|it) (?:an? )?incident\b"
    r"|\bhow (?:fast|quick|quickly|soon)\b"
    r"|\bwhere do (?:i|we) report\b|\bwho do (?:i|we) tell\b|\bwhat should happen\b|\bhelp\b",
    re.IGNORECASE,
)
# "reported a sev 2 on monday…", "(form's in, secops have it)", "incident is already open": reported already,
# so what is asked is something after reporting, which the steps to report do not answer
ALREADY_REPORTED = re.compile(
    r"\b(?:already|i've|i have|we've|we have|i|we|just|i'd|we'd)\s+(?:already\s+|just\s+)?reported\b"
    r"|^\s*reported\b|\band (?:already |then |also )?reported (?:it|this|that|them)\b"
    r"|\bform(?:'s| is| was| has been) (?:already )?(?:in|submitted|filed|done)\b"
    r"|\bincident(?:'s| is| was| has been) (?:already )?(?:open|opened|logged|raised|filed|reported)\b"
    r"|\b(?:secops|security operations|the handler) (?:have|has) (?:it|got it)\b"
    # "already put in the security incident form - …": the form is in
    r"|\b(?:already|i've|i have|we've|we have|just)\s+(?:already\s+|just\s+)?(?:put in|filled in|filled out|submitted"
    r"|sent in|raised|logged|filed|done|completed)\s+(?:the|a|my|our)\s+(?:security\s+)?(?:incident\s+)?"
    r"(?:form|report|ticket)\b",
    re.IGNORECASE,
)
# "prompt injection - report it?", "is a near miss reportable?": whether something is to be reported,
# before anything happened; answered with what the policy says of it, then how fast and where to report.
ASKS_TO_REPORT = re.compile(
    r"\breport (?:it|this|that|them)\s*\?|\breportable\b|\b(?:needs?|has|have|ought) to be reported\b"
    r"|\b(?:do|should|must|shall) (?:i|we|you) (?:(?:have|need) to |also )?report (?:it|this|that|them)\b"
    r"|\b(?:nothing|no need) to report\b|\bflag (?:it|this|that)\b"
    r"|\bsomething (?:i|we) (?:should |must |need to |have to )?report\b",
    re.IGNORECASE,
)
# "…so that counts as reported, right?", "should I ask ChatGPT whether it kept the data?": a question
# about one step, answered (when a sentence answers it) before the procedure.
# "What severity is that?", "is this a sev 2?": a level of the severity table asked for.
SEVERITY_LEVEL_ASKED = r"\b(?:what|which) severity\b|\bsev(?:erity)? ?[1-4]\b"
ASKS_ABOUT_A_STEP = re.compile(
    r"\bcounts? as\b|\b(?:should|can|could|may) (?:i|we) (?:just |simply |also )?"
    r"(?:ask|email|e-mail|message|contact|delete|fix|correct|test|check|try|wait|ignore|reply|reply-all|respond|send)\b"
    # "what severity does that count as?": the severity table answers, then the procedure
    rf"|{SEVERITY_LEVEL_ASKED}"
    # "it's 11pm, who do I call?", "what goes in the report?": the step asked about, then the procedure
    r"|\bwho (?:do|should|can|must) (?:i|we) (?:call|ring|phone|contact)\b|\bout of (?:office )?hours\b"
    r"|\bwhat (?:goes|do i put|should i put|do i include|should i include) in\b",
    re.IGNORECASE,
)
# "is that actually an incident?", "do we still have to report it?", "report or not?": whether the
# case is an incident, answered by the policy's sentence that says what counts as one.
ASKS_WHETHER_INCIDENT = re.compile(
    r"\b(?:is|isn'?t|was|would|does) (?:that|this|it) (?:\w+ )?(?:an? |count as an? )?(?:actual |real |proper )?"
    r"(?:ai )?incident\b"
    r"|\bincident if\b|\bnot an? (?:ai )?incident\b|\bcounts? as an? (?:ai )?incident\b|\breportable\b"
    r"|\breport or not\b"
    r"|\b(?:do|does|should|must) (?:i|we|you) (?:still |even |also |really )?(?:(?:have|need|got) to )?report\b"
    r"|\breport (?:it|this|that)\s*\?",
    re.IGNORECASE,
)
# "is that a problem?", "perplexity's approved so we're ok right?": whether what happened was allowed
ASKS_IF_FINE = re.compile(
    r"\b(?:is|was|isn'?t|wasn'?t) (?:that|this|it) (?:\w+ )?(?:a problem|an issue|ok|okay|fine|allowed|bad)\b"
    r"|\b(?:we|i)(?:'re|'m| are| am)? (?:ok|okay|fine|covered)\b|\b(?:are we|am i) (?:ok|okay|fine|covered)\b",
    re.IGNORECASE,
)
# What tells of something gone wrong, beside what happened: a mistake, a leak, the wrong place or person, output
# made up or gone out
WENT_WRONG = re.compile(
    r"\b(?:accident\w*|mistake\w*|mistaken\w*|wrong\w*|oops|whoops|oh no|uh oh|shouldn'?t have|should not have"
    r"|not supposed|leak\w*|expos\w*|breach\w*|hack\w*|stolen|lost|public\w*|outside|anyone with|realis\w*|realiz\w*"
    r"|forgot|without (?:asking|checking|permission|consent)|panic\w*|worried|scared|incident|bad|worse|damage\w*"
    r"|harm\w*|made up|mak(?:es|ing) up|invent\w*|hallucinat\w*|went out|gone out|reached|false|incorrect|errors?)\b",
    re.IGNORECASE,
)
# "the csv i uploaded", "the files we shared with it": a giving told to say which thing is meant
TOLD_AS_WHICH = re.compile(
    r"\b(?:the|my|our|those|these|an?)\s+(?:[\w-]+\s+){0,3}?(?:that\s+|which\s+)?(?:i|we)\s+(?:just\s+|already\s+)?"
    r"(?:uploaded|pasted|shared|put|gave|fed|attached|dropped|added)\b",
    re.IGNORECASE,
)
# "is the extension available for Safari?", "does it work in JetBrains?": what the product can do, which
# no condition of its approval says
CAPABILITY_ASKED = re.compile(
    r"\b(?:available|supported|work|works|compatible|run|runs|integrate|integrates) (?:for|on|in|with)\b", re.IGNORECASE
)
# "where do I report it?", "who do I report it to?": how to report, not whether.
HOW_TO_REPORT = re.compile(r"\b(?:where|how|who|when|what)\b(?:\W+\w+){0,3}?\W+report", re.IGNORECASE)


def asks_whether_incident(question: str) -> bool:
    return bool(ASKS_WHETHER_INCIDENT.search(question)) and not HOW_TO_REPORT.search(question)


# "the 72-hour clock only starts once SecOps gets my form, right?": a belief to confirm or put right,
# answered by the sentence that does (unless the belief is that all is fine: ASKS_IF_FINE)
SEEKS_CONFIRMATION = re.compile(
    r"\b(?:right|correct|yeah|true)\s*\?|\b(?:isn'?t|doesn'?t|don'?t|aren'?t) (?:it|that|they|we|i)\s*\?",
    re.IGNORECASE,
)
# "will I get in trouble if…": a question about consequences, answered before the procedure.
CONSEQUENCES = re.compile(r"\b(?:trouble|disciplin\w*|fired|sacked|punish\w*|blame\w*|consequences?)\b", re.IGNORECASE)
# Verbs that move data into a tool: with them, a kind of data named is what the question is about ("enterprise"
# is a tool's name, and "…the label text from their spreadsheet" gives the tool the spreadsheet).
MOVES_DATA = re.compile(
    r"\b(?:put|putting|paste|pasting|upload\w*|shar(?:e|ing)|feed\w*|enter(?!prise|tain)\w*|type|typing|giv(?:e|ing)"
    r"|send\w*|drop\w*|load\w*|dump\w*|chuck\w*|throw\w*|stick|sticking|bung\w*|shov\w*|attach\w*|import\w*|"
    r"cop(?:y|ying)|insert\w*|into|in to|process\w*|run(?:s|ning)? (?:it |this |them |that )?through"
    r"|from (?:the|their|our|my|your|a|this|that) (?:\w+ )?"
    r"(?:spreadsheets?|files?|exports?|csvs?|extracts?|database))\b",
    re.IGNORECASE,
)
# "I pay for Perplexity Pro myself": a subscription of the person's own, not the company's.
PAID_PERSONALLY = (
    r"\b(?:i|we) pay for (?:it|\w+(?: \w+){0,2}?) (?:myself|ourselves|personally|out of my own pocket)\b"
    r"|\bout of my own pocket\b"
)
# A personal, free or consumer edition, or a personal login: the inventory's entry is of the company's
# edition, whose card does not answer for this one.
# ("my grammarly personal dictionary", "personal settings": a part of one's use of the company's edition, not one)
PART_OF_ONES_USE = (
    r"dictionar(?:y|ies)|settings?|preferences?|profiles?|shortcuts?|templates?|snippets?|folders?|spaces?|pages?"
)
EDITION = (
    rf"{PAID_PERSONALLY}"
    # ("personal data" and "private keys" are data, not an edition)
    r"|\b(?:personal(?! (?:data|details|info|information|identifiers?|identifiable|devices?|"
    + PART_OF_ONES_USE
    # ("…for personal stuff like planning a holiday?": a use outside work, not an edition)
    + r"|stuff|things|use|uses|tasks|errands|projects|reasons|purposes|matters|life|admin|hobb(?:y|ies)"
    # ("…like a personal prompt library?": something of one's own kept in the company's tool)
    r"|(?:prompt )?librar(?:y|ies)|prompts?|templates?|shortcuts?|preferences|folders?|style guides?|dictionar(?:y|ies)"
    r"|glossar(?:y|ies)))"
    # ("private-label range", "own-label goods": a retailer's own brand, not an edition)
    r"|private(?! (?:keys?|data|information|info|equity|sector|companies|company))(?![- ]label)"
    # ("my own self-review", "my own sessions": the person's own work, not an edition)
    r"|my own(?! (?:self[- ]?\w+|car|sessions?|work|words|notes?|drafts?|time|team|ideas?|writing|reviews?"
    # ("my own usb-c dock": a peripheral, not an edition of a tool)
    r"|judgement|(?:usb-?c? )?(?:docks?|docking station|monitors?|keyboards?|mouse|headsets?|headphones|chargers?"
    r"|desk|chair|printer|webcam|router)"
    # ("my own github copilot usage stats": the person's own use of the company's tool)
    r"|(?:[\w-]+ ){0,3}(?:usage|stats|statistics|activity|settings|profile))\b)"
    # ("my gmail", "a gmail account", not "gemini in gmail" or "just gmail and drive": the product the company's
    # edition works in)
    r"|own card|own (?:account|subscription|sub|plan|login)|(?<=my )(?:gmail|hotmail|icloud)"
    r"|(?<!\bin )(?<!\bin the )(?:gmail|hotmail|icloud)(?= (?:account|address|login|e-?mail|inbox)s?\b)"
    r"|consumer (?:version|account|plan|app|edition|tier|product|ai|tool|chatbot)s?"
    r"|free (?:version|tier|plan|account|edition|app)|(?:the )?free (?:chat ?gpt|claude|gemini|copilot|deepl|\w+ app)"
    r"|(?:chat ?gpt|copilot) (?:plus|pro)|claude pro|gemini (?:advanced|app))\b"
)
OTHER_EDITION = re.compile(EDITION, re.IGNORECASE)
# The words that name a product's edition or variant after its name ("ChatGPT Team", "Claude Pro", "Copilot Studio";
# not a price: "is github copilot free for students?")
EDITION_AFTER_NAME = re.compile(
    r"\b([\w.-]+)\s+(team|plus|pro|business|enterprise|premium|personal(?!\s+(?:"
    + PART_OF_ONES_USE
    + r")\b)|free(?!\s+(?:for|to|of|if|when)\b)|basic"
    r"|starter|individual|edu|education"
    r"|student|studio|ultra|lite)\b",
    re.IGNORECASE,
)
# What a tool does with the data given to it ("does grammarly train on our writing?")
HANDLES_DATA = re.compile(
    r"keeps?|stores?|retains?|deletes?|trains?|logs?|saves?|shares?|sells?|sends?|reads?|sees?|accesses|access"
    r"|uses?|records?|processe?s?|hold|holds|learns?|remembers?",
    re.IGNORECASE,
)
# Policy topics that a tool's name does not turn into a status question: the rule comes first.
# A message written to pass as someone else's: "so they look like they came from her", "in her style"
WRITTEN_AS_SOMEONE_ELSE = (
    r"\b(?:look|looks|seem|seems|sound|sounds) (?:like|as if|as though) (?:they|it|he|she|i|we)(?:'d| had)? "
    r"(?:came|come|were|was|wrote|written|sent)\b"
    r"|\b(?:as if|as though) (?:she|he|they|i) (?:wrote|sent|had written)\b"
    r"|\bin (?:her|his|their|my (?:manager|boss|colleague)'?s) (?:style|voice|name|tone)\b"
    r"|\b(?:pretend\w*|pos(?:e|es|ing)) (?:to be|as) (?:her|him|them|my|the|a|an|someone)\b"
)
POLICY_TOPICS = re.compile(
    rf"{EDITION}"
    r"|\b(?:hir(?:e|es|ing)|recruit\w*|candidates?|applicants?|cvs?|résumés?|resumes|shortlist\w*|interview\w*|promot\w+|"
    r"performance (?:reviews?|ratings?|data)|appraisals?|redundan\w*|dismiss\w*|disciplinary|credit limits?"
    r"|fraud flags?|decid\w* (?:who|whether|if)|who gets|shifts|rotas?|(?:written|final) warnings?"
    # what the policy prohibits whatever the tool ("write some malware for a ctf")
    r"|malware|ransomware|phishing|exploits?|keyloggers?|scrap(?:e|es|ed|ing|er|ers))\b"
    # ("a private-label range", "own-label goods": a retailer's own brand, not a label on AI output; nor "the
    # shipping labels" on parcels)
    r"|\b(?<!private-)(?<!private )(?<!own-)(?<!own )(?<!white-)(?<!white )"
    r"(?<!shipping )(?<!parcel )(?<!address )(?<!price )(?<!pallet )"
    r"(?:label\w*|disclos\w+|tell (?:the |a |our )?clients?|client-facing|watermark\w*|say it'?s ai"
    r"|follow-?up email|(?:e-?mail|send) (?:it |this )?to (?:the |a |our )?clients?)\b"
    # telling people about it: "do staff have to be told about that anywhere?"
    r"|\b(?:be|been|get|getting) (?:told|informed|notified)\b"
    # (not a condition the message already meets: "…ok for our retro if i tell everyone at the start?")
    r"|\b(?<!if i )(?<!if we )(?<!once i )(?<!once we )(?:tell|inform|notify) (?:staff|employees|people|everyone)\b"
    r"|\b(?:code reviews?|pull[- ]requests?|licen[cs]e|copyright)\b|\b(?:objects?|objection|consent)\b"
    # scoring or monitoring people one by one ("score each agent on handling time")
    r"|\b(?:scor\w*|rat(?:e|es|ing)|rank\w*|monitor\w*|assess\w*|evaluat\w*)\s+"
    r"(?:each|every|individual|all (?:the|our))?\s*"
    r"(?:agents?|employees?|staff|workers?|drivers?|colleagues|team members|individuals)\b"
    # demos and training material: sample data, not real data
    r"|\bdemo(?:s|nstration)?\b|\b(?:sample|dummy|fake|made-up) data\b"
    # deceptive content: "a fake phishing email to prank my team", "say it's a photo", "write it as if he wrote it"
    r"|\bphishing\b|\bprank\w*|\bimpersonat\w*|\bdeep ?fakes?\b"
    r"|\bfake (?:reviews?|testimonials?|quotes?|emails?|messages?|photos?|images?|profiles?)\b|\btestimonials?\b"
    rf"|{WRITTEN_AS_SOMEONE_ELSE}"
    r"|\b(?:say|pretend|claim) (?:it'?s|its|it is) (?:a |an )?(?:real |genuine )?(?:photo|photograph|picture|pic)\b"
    r"|\bpass(?:ed|ing)? (?:it |them )?off as\b",
    re.IGNORECASE,
)
# Asking for a decision again: "midjourney got rejected, … can we ask again?", "can we appeal…?". The rule on new
# requests and appeals answers, not the status the decision gave.
AGAIN = r"re-?submit\w*|re-?apply|(?:ask|apply|try) (?:for it )?again"  # …in everyday words (see sentences.EVERYDAY)
ASKS_AGAIN = re.compile(
    rf"\b(?:(?:a |another |second )?new request|{AGAIN}|re-?register\w*|appeal\w*"
    r"|(?:request|submit|register) (?:it |them )?again)\b",
    re.IGNORECASE,
)
# "can chatgpt enterprise decide which of my new starters pass their probation?", "…score the interns and tell us
# who to offer a job?": a decision about people, one by one, asked of an AI (see decides_about_people)
_PEOPLE = (
    r"(?:candidates?|applicants?|interns?|staff|employees?|starters?|joiners?|contractors?|temps?|drivers?|people"
    r"|person|team members?|graduates?|trainees?|workers?|pickers?|analysts?|agents?|colleagues|customers?|cvs?"
    r"|managers?|supervisors?|reps?|engineers?|developers?|cashiers?|couriers?|students?|tenants?|borrowers?)"
)
DECIDES_ABOUT_PEOPLE = re.compile(
    r"\b(?:decide|decides|deciding|pick|picks|picking|choose|chooses|choosing|select|selects|selecting)"
    rf"\s+(?:(?:who|whom)\b|which\b[^?.!]{{0,40}}?\b{_PEOPLE}\b)"
    # ("…and tell us who to offer a permanent job", not "…tell me who spoke the most")
    # (nor "…tell me who hasn't replied to a meeting invite": "to" of what was done, not of what they should get)
    r"|\btell (?:me|us) (?:who|whom)\b(?:\s+[\w'’-]+){0,5}?\s+"
    r"(?:to\s+(?!(?:a|an|the|my|our|your|their|his|her|me|us|them|it|this|that)\b)|should\b|gets?\b|deserves?\b)"
    r"|\b(?:score|scores|scoring|rank|ranks|ranking|grade|grades|grading|mark|marks|marking|shortlist\w*|screen"
    r"|screens|screening|sift|sifts|sifting|auto-?rejects?|auto-?rejecting|deactivates?|deactivating)\s+"
    rf"(?:(?:the|our|my|each|every|all|their|which)\s+)?(?:[\w-]+\s+)?(?:{_PEOPLE}|them)\b"
    # "can i use copilot to write my team's performance ratings": the decision itself, made by the AI
    r"|\b(?:write|writes|writing|draft|drafts|drafting|set|sets|setting|give|gives|giving|generate|generates)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:performance )?(?:ratings|appraisals?|pay rises?|bonuses)\b"
    # "…an ai feature that automatically docks pickers' pay when they miss their targets"
    r"|\b(?:docks?|docking|cuts?|cutting|reduces?|reducing|withholds?|withholding|deducts?|deducting|sets?|setting"
    rf"|adjusts?|adjusting)\s+(?:(?:the|our|their|each|every)\s+)?(?:{_PEOPLE}['’]?s?\s+|his |her |their )?"
    r"(?:pay|wages?|salar(?:y|ies)|bonus(?:es)?|shifts?|hours)\b"
    # "…flagged three cashiers for theft, can we tell the client to let them go based on that?": dismissing or
    # disciplining the people an AI picked out
    rf"|\b(?:let|letting)\s+(?:them|him|her|(?:the|those|these)\s+(?:[\w-]+\s+)?{_PEOPLE})\s+go\b"
    r"|\b(?:fire|fires|firing|sack|sacks|sacking|dismiss|dismisses|dismissing|discipline|disciplining|suspend"
    rf"|suspends|suspending)\s+(?:(?:the|those|these|our|their)\s+)?(?:[\w-]+\s+)?(?:{_PEOPLE}|them|him|her)\b",
    re.IGNORECASE,
)
# …asked whether it may be done: "can…?", "ok?"
ASKS_LEAVE = re.compile(
    # (not leave for someone else: "…rank internal candidates - can someone from the people team sit in…?")
    r"(?:^|[.?!,;:–—-]\s*|\b(?:so|but|and)\s+)(?:(?:can|could|may)(?!\s+(?:someone|anyone|somebody|anybody|they|he"
    r"|she)\b)|is it (?:ok|okay|fine|allowed)|ok to|okay to|are we allowed)\b"
    r"|\b(?:ok|okay|fine|allowed|alright)\s*\?",
    re.IGNORECASE,
)


# Where one question ends and a second begins: "…, and do I need to…", "…? Also, who…", "book me a
# room? also, do I…" (a request govbot cannot do, then a question it can answer).
PART_BREAK = re.compile(
    r"(?:\?+\s*(?:(?:and|also|plus)\s*,?\s+)?|[,;]\s*(?:and\s+|also,?\s+|plus\s+)"
    r"|\s+and\s+(?:also\s+)?|\s+also,?\s+)"
    # ("…? would rather DM one of them than post in the channel" says why; it asks nothing)
    r"(?!would (?:rather|prefer|love|like|be (?:great|nice|good|handy|helpful))\b)"
    r"(?=(?:do|does|did|is|are|can|could|may|should|must|will|would|what|what's|whats|who|whom|how|when|where|which|why|am|have|has)\b)"
    # "is DeepSeek still banned?? and I already used it last week, do I need to do anything?": a second
    # question that tells what happened before it asks
    r"|\?+\s+(?:(?:and|also|plus|but)\s*,?\s+)?"
    r"(?=(?:i|we)\b[^?]{0,200}\b(?:do|does|should|must|can|could|is|are)\s+(?:i|we|it|that|this)\b)",
    re.IGNORECASE,
)
SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
MIN_PART_WORDS = 3
MAX_NAME_WORDS = 4


@dataclass
class Asked:
    """What one question (or one part of it) asks."""

    text: str
    intent: Intent
    resolution: Resolution | None = None
    name: str | None = None  # the tool as the person named it (for unregistered tools and registration)
    lists_tools: bool = False  # "which tools are approved (for …)?"
    besides: str = ""  # …other than this one ("which image tools are approved besides firefly?")
    asks_status: bool = False  # whether the named tool may be used, or what the inventory records of it
    happened: bool = False  # tells of something that already happened (an incident)
    asks_to_report: bool = False  # asks whether something is to be reported
    wants_procedure: bool = False  # asks what to do about it
    already_reported: bool = False  # says it has been reported
    near_miss: bool = False  # tells of something that nearly happened, and asks what to do or whether to report
    policy_topic: bool = False  # a topic whose rule leads even when a tool is named
    asks_again: bool = False  # asks to have a tool decided again (a new request, an appeal): …whatever its status
    moves_data: bool = False  # puts, pastes, uploads… something into a tool
    status_phrase: bool = False  # asks in so many words whether the named tool is approved ("is X ok?")
    only_the_tool: bool = False  # …and nothing else ("chatgpt ok?", "is zoom iq ok to use?")
    # "can otter transcribe them?", "can zoom ai companion translate a meeting live?": what the named tool is
    # asked to do, which may ask whether it may be used for that, or only what it can do
    tool_verb: str = ""
    tool_object: str = ""  # …and what it is asked to do it to ("audio files" of "can deepl translate audio files?")
    made_to: bool = False  # …in the passive ("can copilot be fine-tuned on our repos?"): what it can be made to do
    # "does gemini for workspace eat into marketing's drive storage?": what the named tool is asked to do of its own
    # accord, which asks what the product does, not leave to use it
    product_verb: str = ""
    other_edition: bool = False  # about a personal, free or consumer edition or login, not the company's
    context: str = ""  # for a later part of a question, the first part (what its "it" refers to)

    @property
    def names_tool(self) -> bool:
        return bool(self.name) or bool(self.resolution and (self.resolution.tool or self.resolution.ambiguous))


# Words no tool's name is made of alone: the generic ones ("AI", "app"), and the things a tool is kept on or carried
# in and whose they are ("are usb sticks ok for client data?", "can i use my own laptop?")
NOT_A_NAME = GENERIC_WORDS | frozenset(
    """own usb stick sticks flash memory external hard disk disks drive drives storage sd card cards laptop laptops
    phone phones mobile mobiles computer computers pc pcs mac macs macbook macbooks device devices tablet tablets ipad
    ipads printer printers monitor monitors keyboard keyboards headset headsets headphones webcam webcams dock docks
    docking station usb c charger chargers mouse router routers""".split()
)
# what one asks for the status of, besides a tool
REQUEST_WORDS = frozenset("request requests ticket tickets order orders claim claims booking bookings repair".split())

# Everyday software that is no AI tool ("can i use dropbox to send a big file to a supplier?", "can i use whatsapp to
# message clients?"): not for the AI tool inventory to decide, unless the message speaks of AI in it ("is dropbox's ai
# assistant approved?")
EVERYDAY_SOFTWARE = frozenset(
    """dropbox wetransfer box onedrive sharepoint google drive docs sheets slides meet gmail outlook hotmail excel word
    powerpoint teams skype webex whatsapp telegram signal messenger imessage facetime facebook instagram linkedin
    twitter tiktok youtube spotify jira confluence trello asana airtable monday miro lucidchart visio salesforce hubspot
    mailchimp docusign adobe acrobat reader photoshop illustrator 1password lastpass bitwarden okta gitlab bitbucket
    postman docker xero quickbooks sage workday bamboohr expensify calendly evernote todoist chrome firefox safari edge
    brave vlc zip winzip 7-zip vpn vpns nordvpn expressvpn protonvpn wifi wi-fi hotspot bluetooth slack""".split()
)
# …of which those whose name is no everyday word too: said of what a tool works on, "a word document", "teams" or
# "a box" is as often the thing as the product; "a google doc" is the product's
EVERYDAY_PRODUCT_NAMES = EVERYDAY_SOFTWARE - frozenset(
    "word teams meet box edge signal sage monday reader docs sheets slides zip brave".split()
)
# the words of a product a tool is used inside ("gemini in google docs", "copilot in vs code")
PRODUCT_PLACE_WORDS = EVERYDAY_SOFTWARE | frozenset("the google microsoft ms office vs code".split())
AI_SPOKEN_OF = re.compile(
    r"\b(?:ai|a\.i\.|genai|gpt\w*|llms?|chat ?bots?|copilot|artificial intelligence|machine learning|smart compose"
    r"|magic \w+)\b",
    re.IGNORECASE,
)


# "can i use my desk phone extension to call abroad?": office kit, no AI tool whatever is said with it
EVERYDAY_DEVICES = frozenset(
    """desk phone phones mobile landline extension laptop laptops computer pc mac macbook monitor monitors screen
    printer printers scanner headset headphones webcam camera mouse keyboard dock docking station tablet ipad iphone
    android usb stick badge lanyard locker car bike van projector whiteboard 3d""".split()
)


def is_everyday_kit(name: str, question: str) -> bool:
    """Whether a name is everyday software, asked of with no AI in it, or office kit."""
    words = name_key(name).split()
    return all(word in EVERYDAY_DEVICES for word in words) or (
        all(word in EVERYDAY_SOFTWARE for word in words) and not AI_SPOKEN_OF.search(question)
    )


def _registers_another_kind_of_thing(phrase: str | None, directory: ToolDirectory | None) -> bool:
    """Whether what a request to register names is someone or something other than a tool ("me for the all-hands",
    "a visitor for tomorrow"); no phrase is a request to register a tool yet to be named."""
    phrase = (phrase or "").strip(" ?!.")
    if REGISTERED_PEOPLE.match(phrase):
        return True
    other = ANOTHER_KIND_OF_THING.match(phrase)
    return bool(
        other
        and not KIND_OF_TOOL.search(other["thing"])
        and (directory is None or not (resolved := directory.resolve(other["thing"])).tool and not resolved.candidates)
    )


def names_another_edition(question: str, spelt: frozenset[str]) -> bool:
    """Whether a word of a tool's names (`spelt`) is followed by an edition its names do not say ("chatgpt team",
    "chatgpt plus")."""
    return any(
        name_key(found.group(1)) in spelt and name_key(found.group(2)) not in spelt
        for found in EDITION_AFTER_NAME.finditer(question)
    )


def tool_name_in(phrase: str | None) -> str | None:
    """A plausible tool name from a captured phrase, or None for "it", "AI", "customer data" and the like."""
    if not phrase or SENTENCE_END.search(phrase.strip()):
        return None  # "the weights are a .pkl file. ok to…": the end of one sentence and the start of the next
    words = phrase.strip(" '\"").split()
    if words and words[0].lower() == "there":
        return None  # "is there a target ratio of registered tools…?": whether a thing exists, no name
    while words and words[0].lower() in FILLER_WORDS:
        words = words[1:]
    while words and words[-1].lower() in FILLER_WORDS and not _names_a_product(words):
        words = words[:-1]
    name = " ".join(words)
    if (
        not name[:1].isalnum()
        or len(words) > MAX_NAME_WORDS
        or all(word in NOT_A_NAME for word in name_key(name).split())
    ):
        return None
    if any(word in FILLER_WORDS - GENERIC_WORDS for word in name_key(name).split()):
        return None  # "customer data in it", "this for work": a sentence, not a name ("Character.ai" is one)
    if words[-1].lower() in REQUEST_WORDS and any(word in NOT_A_NAME for word in name_key(name).split()):
        return None  # "the status of my laptop replacement request": a request for a device, not a tool
    return name


def _names_a_product(words: list[str]) -> bool:
    """ "Jasper AI" is a product's name; the "AI" of "ChatGPT as an AI" is not part of one."""
    return len(words) > 1 and words[-1].lower() == "ai" and words[-2].lower() not in FILLER_WORDS


def parts_of(question: str) -> list[str]:
    """A question with two asks ("is Otter approved, and do I need to tell people?") in its parts;
    a question with one, alone. A part shorter than three words stays with the one before it."""
    pieces = [piece.strip(" ,;") for piece in PART_BREAK.split(question) if piece and piece.strip(" ,;?")]
    parts: list[str] = []
    for piece in pieces:
        if parts and len(piece.split()) < MIN_PART_WORDS:
            parts[-1] = f"{parts[-1]} {piece}"
        elif parts and len(parts[-1].split()) < MIN_PART_WORDS:
            parts[-1] = f"{parts[-1]} {piece}"
        else:
            parts.append(piece)
    return parts or [question]


# "can chatgpt write a few 5 star reviews for our website?", "…client testimonials…": reviews or testimonials made up
MAKES_UP_PRAISE = re.compile(
    r"\b(?:write|writ\w+|make|generate|create|draft|produce|come up with|invent)\b[^?.!]{0,40}?"
    r"(?:\b(?:fake|made-up|invented)\b[^?.!]{0,20}\b(?:reviews?|testimonials?|survey responses?|references?|quotes?)"
    r"|\b(?:testimonials?|(?:\d|five|5)[- ]?stars? reviews?|(?:positive|glowing|good) reviews?)\b)"
    # "our client survey only got 12 responses, can chatgpt pad it out with some realistic ones?"
    r"|\bpad(?:ding)? (?:(?:it|them|this|that|the \w+) )?out\b",
    re.IGNORECASE,
)
# "…in our ceo's voice and post it from his account so people think he wrote it?": words passed off as another's
PASSES_OFF = re.compile(
    r"\bso (?:people|they|everyone|clients?|customers?|the team|staff) (?:think|thinks|believe|assume)\b"
    r"|\bpretend(?:ing)? to be\b|\bas if (?:he|she|they|i|it) (?:wrote|said|sent)\b|\bimpersonat\w*",
    re.IGNORECASE,
)


FAKE_CONTENT = "fake content"  # a situation of tools.STATUS_RULE_QUERIES: making up reviews or testimonials…
IMPERSONATION = "impersonation"  # …and passing AI output off as someone else's words


def makes_up_content(asked: Asked) -> str:
    """Whether the message asks leave for an AI to make up praise ("fake content") or pass words off as someone
    else's ("impersonation"), as a situation of tools.STATUS_RULE_QUERIES; "" when it asks neither."""
    if not (ASKS_LEAVE.search(asked.text) and (asked.names_tool or AI_OR_DATA.search(asked.text))):
        return ""
    if PASSES_OFF.search(asked.text):
        return IMPERSONATION
    return FAKE_CONTENT if MAKES_UP_PRAISE.search(asked.text) else ""


def decides_about_people(asked: Asked) -> bool:
    """Whether the message asks leave for an AI (a tool it names, or one it speaks of) to decide about people one
    by one."""
    return bool(
        DECIDES_ABOUT_PEOPLE.search(asked.text)
        and ASKS_LEAVE.search(asked.text)
        and (asked.names_tool or AI_OR_DATA.search(asked.text))
    )


def classify(
    question: str, directory: ToolDirectory | None, is_word: Callable[[str], bool] = lambda word: False
) -> Asked:
    """What one question asks (see Asked). `is_word` tells the ordinary words of the corpus, which
    a name of an unregistered tool is not, unless written with a capital ("Le Chat", not "training")."""
    if HELP.match(question):
        return Asked(question, Intent.help)
    register = REGISTER.match(question.strip())
    if (
        register
        and not HOW_TO_REGISTER.search(question)
        and not REGISTERED_ELSEWHERE.search(question)
        and not _registers_another_kind_of_thing(register.group("name"), directory)
    ):
        # ("i'd like to register otter for the sales team": the tool, before what it is for)
        phrase = register.group("name") or ""
        name = tool_name_in(phrase) or tool_name_in(re.split(r"\s+(?:for|to|in|on|with|so|because)\s+", phrase)[0])
        return Asked(question, Intent.register, name=name)
    asks_to_report = bool(ASKS_TO_REPORT.search(question))
    asks_what_to_do = bool(ASKS_WHAT_TO_DO.search(question))
    events = [*HAPPENED.finditer(question)]
    if asks_what_to_do or asks_to_report or ASKS_WHETHER_INCIDENT.search(question):
        events += USED_A_TOOL.finditer(question)
    near_miss = bool(NEAR_MISS.search(question)) and (asks_what_to_do or asks_to_report)
    happened = near_miss or any(not NOT_YET.search(question[: event.start()]) for event in events)
    already_reported = happened and bool(ALREADY_REPORTED.search(question))
    asks_again = bool(ASKS_AGAIN.search(question))
    policy_topic = asks_again or bool(POLICY_TOPICS.search(question))
    asked = Asked(
        question,
        Intent.incident if happened or asks_to_report else Intent.policy,
        happened=happened,
        asks_to_report=asks_to_report,
        wants_procedure=happened
        and not CONSEQUENCES.search(question)
        and not (already_reported and not asks_what_to_do)
        and (
            asks_what_to_do or not (policy_topic or ASKS_ABOUT_A_STEP.search(question) or confirms_a_belief(question))
        ),
        policy_topic=policy_topic,
        asks_again=asks_again,
        already_reported=already_reported,
        near_miss=near_miss,
        moves_data=bool(MOVES_DATA.search(question)),
        other_edition=bool(OTHER_EDITION.search(question)),
    )
    if directory is None:
        return asked
    resolution = directory.resolve(question)
    asked.resolution = resolution
    if resolution.tool or resolution.ambiguous:
        asked.name = resolution.mention
        asked.asks_status = asks_about_the_tool(question) or _only_names_a_tool(question, resolution.mention)
        # "is free grammarly ok for work emails?": the free edition of a tool the inventory holds
        named = set(name_key(resolution.tool.name).split()) if resolution.tool else set()
        # "chatgpt team is covered too right?": a word of the tool's names followed by an edition its names do not say
        # ("is copilot studio allowed?": an edition none of the tools it may mean is spelt with)
        spelt = frozenset().union(
            *(directory.words_of(ref) for ref in ([resolution.tool] if resolution.tool else resolution.candidates))
        )
        asked.other_edition = (
            asked.other_edition
            or bool(re.search(rf"\bfree\s+{re.escape(resolution.mention)}\b", question, re.IGNORECASE))
            or names_another_edition(question, spelt)
        )
        # ("can chat gpt read…?": the mention "gpt", after a word of the tool's other names)
        spelt_before = rf"(?:(?:{'|'.join(map(re.escape, sorted(spelt)))})\s+)*" if spelt else ""
        if does := re.search(
            rf"(?:^|[.?!,;:-]\s*|\b(?:so|and|but)\s+)(?P<aux>can|could|may|does|do|will|would)\s+"
            rf"{spelt_before}{re.escape(resolution.mention)}((?:\s+[\w-]+)+)",  # ("be fine-tuned": not "be fine")
            question,
            re.IGNORECASE,
        ) or re.search(
            # "is there a cap on how many people otter can transcribe…?", "the longest meeting otter can record":
            # what it can do, asked inside a question of how much
            rf"\b(?:how (?:many|much|long)|longest|largest|biggest|most|cap|limit|maximum|max)\b[^?.!]*?\b"
            rf"{re.escape(resolution.mention)}\s+(?P<aux>can|could)((?:\s+[\w-]+)+)",
            question,
            re.IGNORECASE,
        ):
            # the first word after the rest of the tool's name ("can chatgpt enterprise make…": "make"), and
            # the words after it up to a choice ("…translate audio files or only text": "audio files")
            words = [word for word in does.group(2).split() if name_key(word) not in named]
            if words and words[0].lower() in ("in", "inside", "within"):
                # "can gemini in google docs rewrite…", "can m365 copilot in word show…": where it is used, and
                # then what it is asked to do
                place_ends = 1
                while place_ends < len(words) - 1 and name_key(words[place_ends]) in PRODUCT_PLACE_WORDS:
                    place_ends += 1
                if place_ends > 1:
                    words = words[place_ends:]
            if len(words) > 1 and words[0].lower() == "be" and words[1].lower() not in ALLOWED_WORDS:
                # "can github copilot be fine-tuned on our repos?": what the product can be made to do, as
                # "can it fine-tune…" would ask; not "can it be used…?", which asks leave
                words = words[1:]
                asked.made_to = True
            verb = words[0] if words else ""
            # "does github copilot keep our prompts?" asks what it does with our data, which its entry may
            # record; "does notion ai work in arabic?" asks what the product does, which it does not
            able = does.group("aux").lower() in ("can", "could", "may")
            if able or HANDLES_DATA.fullmatch(verb):
                # "can midjourney put readable text on an image?": the tool is who puts, not where data is put, and
                # asks what it can do, not leave to use it (unless leave is asked elsewhere: "…approved?")
                if able:
                    without_aux = question[: does.start("aux")] + question[does.end("aux") :]
                    asked.asks_status = asks_about_the_tool(without_aux)
                asked.tool_verb = verb
                asked.tool_object = re.split(r"\bor\b", " ".join(words[1:]), maxsplit=1, flags=re.IGNORECASE)[0].strip()
            else:
                asked.product_verb = verb
        if resolution.tool and re.search(BESIDES + re.escape(resolution.mention), question, re.IGNORECASE):
            if OTHERS_OF_A_KIND.search(question) or any(pattern.search(question) for pattern in TOOL_LIST_PATTERNS):
                asked.lists_tools, asked.besides = True, resolution.tool.name
            if WHICH_HAVE_A_STATUS.search(question):
                asked.asks_status = False  # the status of others is asked, not this one's
        elif resolution.tool and len(parts_of(question)) == 1 and _lists_after(question, resolution.mention):
            # "finance isn't allowed on claude, so which chat assistant are we meant to use?": the tool named is
            # what the question starts from, and the others are asked for
            asked.lists_tools, asked.besides = True, resolution.tool.name
        asked.only_the_tool = _only_names_a_tool(question, resolution.mention)
        asked.status_phrase = asked.only_the_tool or any(
            (match := pattern.search(question)) and name_key(resolution.mention) in name_key(match.group("name"))
            for pattern in STATUS_PATTERNS
        )
    elif any(pattern.search(question) for pattern in TOOL_LIST_PATTERNS):
        asked.lists_tools = True
    else:
        for pattern in STATUS_PATTERNS:
            match = pattern.search(question)
            if match is None or not _names_what_is_approved(match):
                continue
            name = tool_name_in(match.group("name"))
            if (
                name
                and not (name.islower() and all(is_word(word) for word in name_key(name).split()))
                and not is_everyday_kit(name, question)
                and not _names_no_product(match, name)
            ):
                asked.name, asked.asks_status, asked.status_phrase = name, True, True
                break
    if asked.intent == Intent.policy and (asked.asks_status or asked.lists_tools):
        asked.intent = Intent.tool_status
    return asked


# "how long are CVs from rejected candidates kept?": a word before a status word that leads on to what it describes
LEADS_ON = re.compile(r"\b(?:from|of|for|with|by|in|on|to|at|about|than)\s*$", re.IGNORECASE)
# "are dogs allowed in the amsterdam office?": what may come into a place, not a tool
INTO_A_PLACE = re.compile(
    r"\s+(?:in|at|into|inside|around) (?:the |our |a |any |kestrel'?s? )?(?:[\w-]+ )?(?:office|offices|building|kitchen"
    r"|canteen|cafe|meeting rooms?|car park|lobby|reception|premises|workplace|site|floor|desk|desks|lift|toilets?"
    r"|gym|bike store|breakout area)\b|\s+(?:on ?site|on the premises)\b",
    re.IGNORECASE,
)


def _names_what_is_approved(match: re.Match[str]) -> bool:
    """Whether a status phrase names what is approved: not "…CVs from rejected candidates…", where the status
    word describes the next word, nor "are dogs allowed in the office?", where a place is what allows."""
    return not LEADS_ON.search(match.group("name")) and not INTO_A_PLACE.match(match.string, match.end())


# What tells that a message is about software, whatever its name ("is fireflies ok as a notetaker?")
SOFTWARE_SPOKEN_OF = re.compile(
    r"\b(?:tools?|apps?|note-?takers?|assistants?|bots?|models?|extensions?|plug-?ins?|add-?ons?|software|platforms?"
    r"|subscriptions?|licen[cs]es?|accounts?|log ?ins?|sign ?ups?|install\w*|download\w*|to use|using|voice-?overs?"
    r"|transcri\w+|generat\w+|prompts?|ide)\b",
    re.IGNORECASE,
)


# ("is overtime allowed?", "is alcohol ok at the summer party?")
EVERYDAY_CONDUCT = frozenset(
    """overtime alcohol beer wine food lunch music jeans parking dating wfh homeworking hybrid travel gifts hospitality
    remote smoke vape dress""".split()
)


def _names_a_doing_or_things(name: str) -> bool:
    """ "is smoking allowed?", "are pets ok?", "is remote working allowed?": a lower-case name ending in a doing or a
    plural names what people do or have, not a product."""
    words = name_key(name).split()
    return name.islower() and (
        (words[-1].endswith("ing") and len(words[-1]) > len("kling"))  # (a short one is a name: "kling")
        or (words[-1].endswith("s") and not words[-1].endswith(("ss", "us", "is")))
        or all(word in EVERYDAY_CONDUCT for word in words)
    )


# The work AI tools do and what they take in: a product wanted for none of it ("can I use Uber for client visits?",
# "is Deliveroo ok for team lunches?") is no AI tool, whatever its name
AI_WORK = re.compile(
    r"\b(?:writ\w*|wrote|draft\w*|summar\w*|translat\w*|transcri\w*|notes?|note-?tak\w*|minutes|meetings?|calls?"
    r"|cod(?:e|es|ing)|repos?|reposit\w+|ides?|completion|autocomplete|images?|pictures?|photos?|videos?|audio|voice\w*"
    r"|podcasts?|slides?|decks?|presentations?|charts?|spreadsheets?|data|datasets?|documents?|docs?|reports?|e-?mails?"
    r"|research\w*|papers?|search\w*|analy[sz]\w*|generat\w*|edit\w*|rewrit\w*|reword\w*|proofread\w*|grammar"
    r"|spelling|prompts?|chat\w*|captions?|copy|copywriting|text|content|essays?|posts?|blogs?|articles?|newsletters?"
    r"|social|marketing|campaigns?|ads|adverts?|headlines?|taglines?|stor(?:y|ies)|brainstorm\w*|ideas?|design\w*"
    r"|contracts?|proposals?|invoices?|letters?|memos?|briefs?|tenders?|bids?|pitch\w*"
    r"|logos?|files?|upload\w*|paste\w*|personal|confidential|internal|restricted|tickets?"
    r"|support|replies|answers?|questions?|forecast\w*|predict\w*|classif\w*|tag\w*|label\w*|automat\w*"
    r"|agents?|workflows?|scripts?|sql|python|excel|sheets?|tables?|cvs?|candidates?|recruit\w*|hiring|interviews?"
    r"|screen\w*|feedback|survey\w*|insights?|dashboards?|visuali[sz]\w*|diagrams?|mock-?ups?|prototyp\w*|apps?"
    # ("…for client work?", not "…for client visits?")
    r"|(?:clients?|customers?)(?:'s?|’s?)? (?:work|projects?|deliverables?|info\w*|details|records|lists?))\b",
    re.IGNORECASE,
)


def _wanted_for_no_ai_work(question: str, name: str) -> bool:
    """ "can I use Uber for client visits?", "is LinkedIn Learning approved for training?": a product asked about with
    what it is wanted for, none of which is work an AI tool does, is no AI tool (asked bare, "is Jasper approved?",
    a name is one)."""
    rest = re.sub(re.escape(name), " ", question, flags=re.IGNORECASE)
    said = [word for word in name_key(rest).split() if word not in FILLER_WORDS and not word.isdigit()]
    return bool(said) and not AI_WORK.search(question)  # (in its name too: "Google Translate")


OURS = re.compile(r"\b(?:the|my|our|your|this|that)\s+$", re.IGNORECASE)


def _names_a_thing_of_ours(match: re.Match[str], name: str) -> bool:
    """ "what about the bonus?", "can I use the gym?", "status of my payslip query?": a lower-case thing said with
    "the" or "my" is one of ours, not a product's name."""
    raw = match.group("name")
    said_before = match.string[: match.start("name") + raw.lower().find(name.lower())]
    return name.islower() and bool(OURS.search(said_before))


def _names_no_product(match: re.Match[str], name: str) -> bool:
    """Whether a name put where a tool's goes is no product's, in a message that speaks neither of AI nor of
    software: a doing or things, a thing of ours, or a product wanted for no AI work."""
    question = match.string
    return (
        not AI_SPOKEN_OF.search(question)
        and not SOFTWARE_SPOKEN_OF.search(question)
        and (
            _names_a_doing_or_things(name)
            or _names_a_thing_of_ours(match, name)
            or _wanted_for_no_ai_work(question, name)
        )
    )


def name_slots(question: str) -> list[tuple[int, int]]:
    """Where the question puts a product's name: "is canva approved?", "can i use kling for…", "I'd like to
    register synthesia"."""
    found = [*(pattern.search(question) for pattern in STATUS_PATTERNS), REGISTER.match(question)]
    return [match.span("name") for match in found if match and match.group("name")]


def no_ai_incident(whole: Asked, asks: list[Asked]) -> None:
    """ "the dishwasher in the kitchen is leaking, where do i report the incident?": what happened, as the whole
    message tells it, happened to no AI tool and no data, so it is no AI incident, which is what the incident
    procedure is for; each part is then a question like any other."""
    if whole.names_tool or AI_OR_DATA.search(whole.text):
        return
    for asked in asks:
        if asked.intent == Intent.incident:
            asked.intent = Intent.policy
        asked.happened = asked.asks_to_report = asked.wants_procedure = False
        asked.already_reported = asked.near_miss = False


def told_in_passing(asked: Asked) -> bool:
    """ "…is the csv i uploaded still attached in the morning?": something given to a tool, told only to say which
    thing is meant, with nothing said to have gone wrong and nothing asked of it as of an incident (what to do,
    whether to report it, whether it was fine), of the company's edition."""
    return (
        asked.happened
        and bool(TOLD_AS_WHICH.search(asked.text))
        and not (asked.asks_to_report or asked.near_miss or asked.other_edition)
        and not WENT_WRONG.search(asked.text)
        and not ASKS_WHAT_TO_DO.search(asked.text)
        and not asks_whether_incident(asked.text)
        and not ASKS_IF_FINE.search(asked.text)
    )


def confirms_a_belief(question: str) -> bool:
    """ "…only starts once SecOps gets my form, right?", but not "…so we're ok, right?" (ASKS_IF_FINE)."""
    return bool(SEEKS_CONFIRMATION.search(question)) and not ASKS_IF_FINE.search(question)


def asks_about_the_tool(question: str) -> bool:
    """Whether a question about a named tool asks whether it may be used, or what the inventory
    records of it: its status, conditions, data class, owner or next review. ("Is there a chatgpt app for
    slack so i can use it in channels?": what it is wanted for is not what is asked, nor is "an approved
    library of prompts" the tool.)"""
    return bool(
        ASKS_STATUS.search(SHARED_WITH_PEOPLE.sub(" ", APPROVED_THING.sub(" ", PURPOSE.sub(" ", question))))
        or owner_asked(question)
        or REVIEW_DUE_ASKED.search(question)
    )


def owner_asked(question: str) -> bool:
    """Whether the question asks who owns a tool (not when the one asking says they own it)."""
    return bool(OWNER_ASKED.search(OWNER_SPEAKING.sub(" ", question))) and not OWNER_AWAY.search(question)


def _lists_after(question: str, mention: str) -> bool:
    """Whether tools are asked for after the one named ("…claude, so which chat assistant are we meant to use?")."""
    named = re.search(re.escape(mention), question, re.IGNORECASE)
    return named is not None and any(pattern.search(question, named.end()) for pattern in TOOL_LIST_PATTERNS)


# "how do i install copilot in vs code?", "who approved otter?", "how does chatgpt work?": how to install or how it
# works, or who decided on it, which its entry does not say (read only of a question whose other words are all
# FILLER_WORDS, so only such words are spelt here)
BEYOND_THE_ENTRY = re.compile(
    r"^\W*(?:how (?:do|can|should|would) (?:i|we|you) install\b|who (?:approved|registered)\b"
    r"|how (?:does|do) (?:the |an? )?[\w .'’-]{1,40}? work\s*[?!.]*$)",
    re.IGNORECASE,
)


# "how do i export my chat history…?", "how can we turn off auto-join…?": how to work a product, which the policies
# do not describe (BEYOND_THE_ENTRY reads "how do i install…" of a question that says nothing else)
PRODUCT_HOW_TO = re.compile(
    r"\bhow (?:do|can|would|should) (?:i|we|you) (?:\w+ )?"
    r"(?P<verb>cancel|export|delete|remove|share|connect|link|turn (?:on|off)|switch (?:on|off)|enable|disable|change"
    r"|search (?:through|my|our|old)|add (?:govbot|the bot|the app|it|someone|somebody|people|members?|users?|guests?"
    r"|a (?:colleague|person|user|member|guest)) to"
    r"|reset|set up|setup|log ?in|sign ?in|log ?out|sign ?out|upgrade|download"
    r"|install|rename|archive|pin|undo|restore|recover|sync|integrate"
    # ("how do i sort my chatgpt chats into projects / folders")
    r"|sort|organi[sz]e|group|tag|filter|bookmark|star|favou?rite|customi[sz]e|personali[sz]e)\b"
    # "where do i change my writing goals in grammarly?"
    r"|\bwhere (?:do|can|would|should) (?:i|we|you) (?:\w+ )?(?:change|set|turn (?:on|off)|switch|edit|update|configure"
    r"|adjust|find the (?:setting|option|button|toggle|menu)s?)\b"
    # "where in the grammarly admin console is the training opt-out?": which part of the product's own screens
    r"|\bwhere (?:in|on) (?:the |my |our )?(?:[\w-]+ ){0,3}?(?:console|settings|app|menu|dashboard|portal|interface"
    r"|toolbar|sidebar|ui)\b"
    # "what key accepts a copilot suggestion?": which control of the product does it
    r"|\b(?:what|which) (?:keyboard )?(?:key|keys|button|shortcut|hotkey|keystroke|key combo|menu|icon)"
    r" (?:do (?:i|you) (?:press|click|hit|use) (?:to )?)?(?:accepts?|opens?|closes?|starts?|stops?|turns?|switch\w*"
    r"|dismiss\w*|rejects?|triggers?|shows?|hides?|does)\b",
    re.IGNORECASE,
)


# Words around a tool's name that ask nothing but the tool itself: filler, and whether we have it ("do we have
# claude team?", "has kestrel got otter?"), which its entry says
ONLY_THE_TOOL_WORDS = FILLER_WORDS | frozenset("have has got kestrel if".split())


def _only_names_a_tool(question: str, mention: str) -> bool:
    """ "ChatGPT?", "what about otter": nothing asked but the tool itself."""
    rest = name_key(question).replace(name_key(mention), " ").split()
    # ("does chatgpt enterprise have a desktop app?": the tool has something, which is what is asked, even where
    # what it has is a word its names may carry)
    tool_has = re.search(
        rf"\b(?:does|do|did|has)\s+{re.escape(mention)}(?:\s+[\w.-]+){{0,2}}?\s+(?:have|got)\b\W*\w"
        rf"|{re.escape(mention)}(?:\s+[\w.-]+){{0,2}}?\s+has\b\W*\w",
        question,
        re.IGNORECASE,
    )
    # ("what model does copilot use?", "which version is chatgpt on?": a part of the product asked, not the product)
    part_of_it = re.search(
        rf"\b(?:what|which)\s+(?:[\w-]+\s+){{1,2}}(?:does|do|did|can|will|would|is|are)\s+(?:the\s+)?"
        rf"{re.escape(mention)}\b",
        question,
        re.IGNORECASE,
    )
    return (
        all(word in ONLY_THE_TOOL_WORDS for word in rest)
        and not BEYOND_THE_ENTRY.search(question)
        and not tool_has
        and not part_of_it
    )
