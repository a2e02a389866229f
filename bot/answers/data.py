"""Which kind of data a question asks about — only when it asks about data, in the sense meant.

The kinds and their classes come from the policy's own table (knowledge/data_classes.py). This
module adds the everyday words people use for them ("salaries", "api key", "delivery addresses")
and keeps out the words that look like a kind of data but mean something else: "code review" is
not an employee review, "training a model" is not a training record, "key points" are not keys,
"recordings" are not records. A verdict that rests on a misread word is worse than none, so a
question whose only data word is used in another sense gets no verdict.
"""

from __future__ import annotations

import re

from bot.answers.intents import REVIEWED_AGAIN
from knowledge.data_classes import DataKind, kind_of_data

# "which notion plan are we on?", "what plan of otter do we have?": the tier the company buys of a product, not its
# financial plans
PLAN_ON = re.compile(
    r"\b(?:which|what) (?:[\w-]+ )?(?:plan|tier|subscription|edition|licen[cs]e|package)s? "
    r"(?:(?:of|for) (?:[\w.-]+ ){1,3})?(?:are|is|do|does|have|am) (?:we|i|kestrel|(?:our|my) [\w-]+) "
    r"(?:on|using|paying for|have|got|bought|subscribed to)\b",
    re.IGNORECASE,
)

# what is said beside client names that makes them commercial data ("client names, revenue")
CLIENT_FIGURES = r"[^.?!]{0,30}\b(?:revenues?|spend|turnover|margins?|pricing|prices|fees|rates)\b"
# Phrases in which a word of the policy's data table means something else; they are blanked out
# before the question is matched against the table.
OTHER_SENSES = [
    r"\b(?:code|pull[- ]?request|pr|peer|security|design|legal|human|manual|second|tool|vendor|policy|quality|risk|"
    r"contract|annual|12-month|out-of-cycle|compliance|impact|permissions?|access|management|architecture|"
    # "what did the CMA's foundation models review conclude?": a regulator's or a body's review of something
    r"models?|market|sector|regulatory|government|independent|external|internal|incident|post-incident|gap|"
    r"literature|supplier|procurement|dpia|privacy|governance|board|expert|systematic|interim|final)"
    r"[- ]reviews?\b"
    # "how long did the hirevue review take before it got rejected?": a review as a process that takes time
    r"|\breviews? (?:take|took|takes|taking|last|lasted|lasts)\b",
    r"\bre-?reviews?\b|\breview(?:s|ed|ing)? (?:the |this |that |my |our |its |their |an? )?"
    # "can copilot review a whole pr?": how much of it is said between
    r"(?:(?:whole|entire|full|complete|big|large|long|small|new|latest|next) )?"
    r"(?:code|output|outputs|drafts?|prs?|pull requests?|requests?|tools?|deliverables?|work|answers?|text)\b",
    # "can claude review supplier contracts?": reviewing a document, not an employee's review
    r"\breview(?:s|ed|ing)? (?:the |a |an |our |my |this |these |those |their |some |all )?(?:[\w-]+ ){0,2}?"
    r"(?:contracts?|agreements?|ndas?|documents?|docs?|reports?|proposals?|slides?|decks?|emails?|letters?|policy"
    r"|policies|terms|specs?|briefs?|copy|articles?|posts?|translations?|tenders?|bids?|invoices?)\b",
    r"\breview (?:process|panel|queue|decision|cycle|turnaround|time|date|due)s?\b|\breviewers?\b"
    # "when is otter next reviewed?", "…due for review?": a tool's approval looked at again
    rf"|\b(?:{REVIEWED_AGAIN})\b"
    r"|\b(?:get|gets|getting|got|is|are|be|being|was|were) (?:next )?reviewed\b"
    r"|\bskip(?:ping)? (?:the )?review\b"
    # "…cut off halfway through reviewing test cases": the work of checking something, not employees' reviews
    r"|\breviewing\b(?! (?:(?:my|our|the|their|his|her|staff|team|employees?'?s?|reports'?)\s+){0,2}"
    r"(?:performance|appraisals?|objectives|reviews?)\b)",
    r"\bkey (?:points?|facts?|takeaways?|findings?|risks?|rules?|steps?|terms?|questions?|features?|principles?"
    r"|roles?|dates?|deadlines?|milestones?|people|contacts?|stakeholders?"
    # "can otter highlight key moments in a recording?"
    r"|moments?|themes?|messages?|metrics?|insights?|highlights?|topics?|decisions?|actions?|items?|ideas?|issues?"
    r"|trends?|numbers?|figures?|words?|phrases?|quotes?|sections?|parts?|areas?|skills?|details?|info|information"
    # "our key accounts list": the clients that matter most
    r"|accounts?|clients?|customers?|suppliers?|partners?|markets?)\b",
    r"\btokens? (?:limit|limits|count|window|budget|redemptions?)s?\b|\bcontext window\b|\bhow many tokens\b"
    # "reward token redemption totals": a loyalty scheme's points, not secrets
    r"|\b(?:reward|loyalty|gift|meal|bus|game|voucher|nft)[- ]tokens?\b",
    r"\btrain(?:s|ed|ing)? (?:on |a |an |the |our |its |their )?(?:models?|llms?|ai|data ?sets?|datasets?)\b"
    r"|\b(?:model|ai|awareness|reviewer|owner|mandatory|compliance) training\b"
    r"|\btraining (?:data|sets?|course|courses|module|modules|session|sessions|programme|program|examples?|samples?"
    r"|labels?|corpus|corpora|runs?|jobs?|pipelines?)\b|\bfine[- ]tun\w*",
    r"\brecordings?\b|\brecorded\b|\brecord (?:the |a |this |our |my )?(?:meeting|call)s?\b"
    r"|\baudit (?:trail|records?)\b|\brecords? of (?:processing|decisions?)\b",
    # "a store health export", "the health of the model": how well a business or system is doing
    r"\bhealth (?:checks?|scores?|dashboards?|metrics?|of the (?:system|model|tool|business|store|pipeline))\b"
    r"|\b(?:store|system|service|pipeline|model|site|server|account|portfolio|financial|business|brand|network"
    r"|category|supplier|fleet|platform)[- ]health\b",
    # "their product reviews", "payment terms", "the staffing plan": a business's reviews, terms and plans,
    # not employee reviews, payment data or staff records
    r"\b(?:product|customer|app|online|google|amazon|star|user|book|restaurant|store|public|trustpilot|yelp"
    r"|tripadvisor|g2|glassdoor|5-star|five-star) reviews?\b|\breviews? (?:on|from) (?:trustpilot|google|amazon|yelp"
    r"|tripadvisor|g2|glassdoor|the app store|our website|social media)\b",
    r"\bpayment (?:terms|schedules?|milestones?|dates?|runs?|plans?)\b|\bstaffing\b"
    # "…glossaries per client so the client terms dont get mixed up": words a translation keeps, not contract terms
    r"|\bglossar(?:y|ies)\b[^?.!]{0,80}?\bterms?\b|\bterms?\b[^?.!]{0,80}?\bglossar(?:y|ies)\b"
    r"|\bterms? (?:don'?t|do not|dont) get mixed\b"
    # "can copilot in excel read a password protected workbook?": how a file is locked, no password given
    r"|\bpassword[- ]protect(?:ed|ion)\b"
    # "does grammarly read text typed into password fields?": where a password goes, none given
    r"|\bpassword (?:fields?|boxes?|managers?|resets?|prompts?|screens?)\b"
    # "a gantt chart from my project plan": a plan of work, not a business's financial plans; nor is a plan for
    # a person ("who should go on a performance improvement plan")
    r"|\b(?:project|test|action|migration|rollout|sprint|work|delivery|release|training|lesson|improvement"
    r"|development|career|succession|onboarding)[- ]plans?\b"
    # "if they bring out an enterprise plan": what a vendor sells, not a business's financial plans
    r"|\b(?:enterprise|team|teams|pro|premium|paid|free|basic|starter|plus|family|individual|education|subscription"
    r"|pricing|monthly|yearly|seat|licen[cs]e|trial|upgraded?|cheaper|api)[- ]plans?\b"
    # "the longest meeting otter can record on the business plan": the tier a tool is used on
    r"|\b(?:on|under) (?:the|a|an|its|their|our) (?:[\w-]+ )?(?:plan|tier)\b"
    # "which notion plan are we on?"
    rf"|{PLAN_ON.pattern}"
    # "a salary range for a job ad": what a role advertised will pay, not an employee's salary
    r"|\bsalary (?:ranges?|bands?|brackets?)\b(?=[^?.!]{0,30}\b(?:job|role|vacanc\w*|advert\w*|ads?|postings?)\b)"
    # "can textio check the job title too, like suggest a more searchable one?": the title a job ad advertises
    r"|\bjob titles?\b(?=[^?.!]{0,60}\b(?:ads?|adverts?|postings?|listings?|searchable)\b)"
    r"|\b(?:ads?|adverts?|postings?|listings?)\b[^?.!]{0,40}\bjob titles?\b"
    # "can textio suggest a better job title for a role?": a post to be filled, not someone's directory entry
    r"|\b(?:job )?titles? (?:for|of) (?:a|an|the|this|that|each|every|any) (?:new |open |vacant |junior |senior )?"
    r"(?:role|position|vacancy|job)\b"
    r"|\b(?:for|to fill) (?:a|an|the|this|that|each|every|any) (?:new |open |vacant |junior |senior )?"
    r"(?:role|position|vacancy)\b",
    # "did deepl se's pen test summary come back clean?": a vendor's evidence of its testing, not our vulnerabilities
    # (not one of a time: "last quarter's pen test findings" are ours)
    r"\b(?!(?:our|my|kestrel|quarter|year|month|week|today|yesterday|this|last)\b)[\w.-]+(?:'s|s'|’s) (?:[\w-]+ )?"
    r"pen(?:etration)?[- ]?tests?\b",
    # "a competitor's website for their prices", "the pricing team": public prices, not a client's pricing
    r"\bcompetitor(?:'s|s'|s)?\b[^?.]{0,40}\b(?:prices|pricing)\b|\bpricing (?:team|page)\b",
    r"\bsource (?:of|for) (?:the |this |a )?\w+\b",  # "the source of a dataset" is provenance, not source code
    # "customs tariff classification", "a custom GPT": border duties and bespoke things, which the stemmer reads
    # as "customer"
    r"\bcustoms?\b",
    # "i can't find them in the customer contract register": the register of client contracts, not customer data
    r"\b(?:customer|client) contract register\b",
    # "their supplier credentials tracker (which suppliers hold organic certs)": qualifications, not secrets
    r"\b(?:supplier|vendor|professional|academic|industry|green|sustainability|esg|safety|food[- ]safety)"
    r"\s+credentials?\b",
    # "a client's secret shopper report": mystery shopping, not secrets
    r"\b(?:secret|mystery) shop(?:per|pers|ping)\b",
    # "their age-restricted products list (alcohol, knives…)": goods sold only to adults, not restricted data
    r"\bage[- ]restricted\b",
    # "their new category tree": a product category, not the GDPR's special category data
    r"(?<!special )(?<!special-)\bcategor(?:y|ies)\b",
    # "our forecasting pipeline", "the forecast model": the system that makes forecasts, not forecasts as data
    r"\bforecast(?:ing|s)? (?:pipelines?|models?|services?|systems?|projects?|tools?|features?|team|apps?"
    r"|engines?|products?)\b",
    # "client names + what we billed each one": the names of client companies are no personal data (the
    # policy's "client names combined with … pricing" is found by its own words)
    rf"\bclient names?\b(?!\s+(?:combined|together|with)|{CLIENT_FIGURES})",
    # "no names in it", "without any customer data", "no secrets or keys in them": data said to be left
    # out is not what is asked about
    r"\b(?:no|without(?: any)?|zero)\s+(?:(?:\w+[- ]){0,2}?(?:names?|data|details|info(?:rmation)?|pii|e-?mails?"
    r"|addresses|secrets?|keys?|credentials?|passwords?|tokens?)\b(?:\s*(?:,|/|or|and|nor)\s*)?)+"
    # "no clients or budgets in them", "no people involved": whatever the message says is not in it
    r"|\b(?:no|without(?: any)?|zero)\s+"
    r"(?!(?:way|idea|reason|need|problem|issue|point|longer|more|less|one|people|persons|individuals|customers)\b)\w+"
    r"(?:\s*(?:,|/|\bor\b|\band\b|\bnor\b)\s*\w+){0,3}"
    r"\s+(?:in (?:it|them|there|this|that|these|those|the \w+)|involved|included)\b"
    # "nothing about staff or shoppers"
    r"|\bnothing (?:about|on|to do with|identifying) (?:the |our |their |any )?"
    r"\w+(?:\s*(?:,|/|\bor\b|\band\b|\bnor\b)\s*\w+){0,3}"
    # "if i take the secrets out first", "once we've stripped the names"
    r"|\b(?:take|taking|took|taken|strip(?:s|ped|ping)?|remov(?:e|es|ed|ing)|redact(?:s|ed|ing)?|scrub(?:s|bed|bing)?"
    r"|minus)\s+(?:out\s+)?(?:all\s+)?(?:the |any |our |its |their )?(?:\w+[- ]){0,2}?(?:names?|e-?mails?|addresses"
    r"|secrets?|keys?|credentials?|passwords?|tokens?|pii|personal (?:data|details|info))\b(?:\s+out)?",
]
_OTHER_SENSES = re.compile("|".join(OTHER_SENSES), re.IGNORECASE)
# Secrets that do not say they are ones: what a browser export (a HAR file) holds
SESSION_SECRETS = r"\bsession (?:cookies?|ids?)\b|\bauth(?:entication|orization)? headers?\b"
# Secrets by the names people give them, for the kind of data and for the incident they make
CREDENTIALS = (
    r"\bpasswords?\b|\bpasswd\b|\bapi[- ]?keys?\b|\bprivate keys?\b|\b(?:aws|ssh|gcp|azure) keys?\b"
    r"|\baccess (?:tokens?|keys?)\b|\btokens?\b|\bconnection strings?\b|\bsecrets?\b|\bcredentials?\b"
    rf"|{SESSION_SECRETS}"
)
# Everyday words for the kinds the policy's table names; the question keeps its own words too.
EVERYDAY = {
    r"\bsalar(?:y|ies)\b|\bpayroll\b|\bpay ?slips?\b|\bcompensation\b": "employee salary",
    r"\bsick(?:ness)? (?:notes?|leave)\b|\bmedical\b|\bdiagnos\w*": "health data",
    r"\bdisciplinar\w*|\bgrievances?\b": "employee disciplinary data",
    CREDENTIALS: "credentials secrets keys tokens",
    r"\bpii\b|\bpersonal (?:data|details|information|info)\b|\bdelivery address(?:es)?\b|\bconsignee\w*"
    r"|\bloyalty[- ]card\w*|\bcustomer (?:list|names|records|details|emails?)\b"
    r"|\bend[- ]users?\b": "customer personal data",
    r"\bour (?:own )?(?:code|codebase|repos?|repository)\b|\bkestrel (?:code|codebase|repos?)\b|\bproprietary code\b"
    r"|\bin-?house code\b|\b(?:our|my|kestrel) (?:\w+ )?source(?: code)?\b|\bstack traces?\b"
    # infrastructure written as code
    r"|\bterraform\b|\binfrastructure[- ]as[- ]code\b|\b(?:helm charts?|dockerfiles?|ansible playbooks?)\b"
    r"|\b(?:the|this|my|our) functions?\b(?! of)": "kestrel proprietary source code",
    r"\bclient(?:'s|s'|s)? (?:code|codebase|repos?|repository|repositories)\b"
    r"|\bcustomer(?:'s|s'|s)? (?:code|codebase|repos?)\b": "client-owned source code",
    r"\bstaff directory\b|\bwork emails?\b|\bjob titles?\b": "employee directory details",
    r"\bbank details\b|\bcard numbers?\b|\bpayment (?:data|details)\b|\biban\b": "payment data",
    r"\bperformance (?:reviews?|ratings?|appraisals?)\b|\bappraisals?\b": "employee reviews",
    r"\bvuln(?:erability)? scans?\b|\bcves?\b|\bunpatched\b|\bpen ?tests?\b|\bpentests?\b": "unpatched vulnerabilities",
    rf"\bbill(?:ed|ing)\b|\bfees?\b|\brate cards?\b|\bclient(?:'s|s'|s)? pricing\b|\bclient names?\b{CLIENT_FIGURES}": (
        "client names combined with pricing"
    ),
    # a business's own records of what it holds and sells, in no one's personal data
    r"\b(?:fixed )?asset (?:registers?|lists?)\b|\bequipment lists?\b|\bdepreciation\b|\bskus?\b"
    r"|\bstore-level\b|\bsales (?:figures|numbers|data)\b": "client business data stock levels",
    # the goods a logistics client moves, where the message says no one is in it (a consignee's name and
    # address would be customer personal data)
    r"(?s)^(?=.*\bno (?:people|persons|individuals|one|customers)\b).*?(?:\bshipments?\b|\bconsignments?\b"
    r"|\b(?:rejected|refused|failed|late|missed) deliveries\b|\bdepots?\b)": "client business data shipment counts",
}
_EVERYDAY = [(re.compile(pattern, re.IGNORECASE), words) for pattern, words in EVERYDAY.items()]
# A client's own records that the message says name no one ("their supplier tracker, no people in it", "…totals per
# store, no member details"): read in the message as written, since what it says is left out is blanked out of the
# words matched against the table
NAMES_NO_ONE = re.compile(
    r"(?s)^(?=.*\bno (?:people|persons|individuals|names|personal (?:data|details|info)"
    r"|(?:member|customer|shopper|staff|employee) (?:details|data|names|info))\b)"
    r"(?=.*\bclient(?:'s|s'|s)?\b)",
    re.IGNORECASE,
)


def in_the_sense_of_data(question: str) -> str:
    """The question with words of the data table used in another sense blanked out, and the
    everyday words for kinds of data it uses added in the table's own words."""
    kept = _OTHER_SENSES.sub(" ", question)
    added = [words for pattern, words in _EVERYDAY if pattern.search(kept)]
    if NAMES_NO_ONE.search(question):
        added.append("client business data that does not identify individuals")
    return " ".join([kept, *added])


def kind_asked_about(question: str, kinds: list[DataKind]) -> DataKind | None:
    """The kind of data a question asks about, in the sense of data; None when unsure."""
    return kind_of_data(in_the_sense_of_data(question), kinds)
