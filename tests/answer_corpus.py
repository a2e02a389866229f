"""A small policy that holds the rule for each kind of question whose answer a tool's name used to
take over (tests/test_answers.py, tests/slack/test_answers.py)."""

RULES = """\
# Example AI Use Rules
*Policy EX-9 · Version 1.0*

## 1. Personal accounts
Never use a personal or free consumer AI account for work data, even if the enterprise version of the same product is approved. Personal accounts may be used for work with public data only.

## 2. Reviewing AI-written code
AI-generated code goes through the same pull-request review and tests as any other code; there is no fast path. Mention significant AI assistance in the pull-request description.

## 3. Labelling work for clients
When a client deliverable has been substantially drafted by AI, include a statement saying so. Spell-checking and grammar correction need no label.

## 4. Meeting note-takers
Tell all participants at the start that an AI note-taker is recording, and switch it off if anyone objects. Never use one in HR meetings.

## 5. If you pasted something you should not have
1. Stop and paste nothing further.
2. If it was a password or key, rotate it immediately.
3. Report it within 24 hours (within one hour for a secret, immediately for personal data) through the security incident form.

Suspected personal data breach: report immediately. The regulator's 72-hour clock can start as soon as anyone is aware, so a day's delay in reporting uses up a third of it.
Exposed credentials or secrets: rotate or revoke them immediately and report within one hour.
Outside business hours, phone the Security Operations on-call number for anything urgent.

## 6. Tool statuses
Tools approved with conditions may be used only within their recorded conditions. Rejected tools must not be used for work at all, even with public data. A tool not in the inventory is unregistered and must be registered before use with work data.

## 7. Classification of common data types
| Data type | Default class |
|---|---|
| Customer personal data (names, delivery addresses) | Restricted |
| Employee objectives, training records, reviews | Confidential |
| Passwords and API keys | Restricted — never in any AI tool |
| Kestrel proprietary source code | Confidential |
| Forecasts, stock levels and sales volumes of clients | Confidential |
| Health and other regulated data | Restricted |

## 8. No-blame reporting
If you report an incident, including one you caused, promptly and honestly, you will not face disciplinary action for the mistake itself. Deliberate misuse is not covered.

## 9. What counts as an AI tool
The rules cover chat assistants such as ChatGPT and Claude, AI features inside products we already use, such as Zoom AI Companion and Notion AI, and model APIs for engineers.

## 10. Confidential data
Confidential data is shared on a need-to-know basis. Examples:

- unpublished financial results, budgets and plans;
- client names combined with pricing and proposals.

## 11. Restricted data
Restricted data could cause serious harm if disclosed. Examples:

- personal data about our clients' customers, such as loyalty-card histories or driver telematics.

## 12. Data protection
The Data Protection Officer (DPO) signs off every DPIA for an AI tool that processes personal data. The DPO's office keeps the list of AI sub-processors used for each client. The regulator can fine us for a serious breach of data protection law.
The DPO is based in Manchester and supported by a privacy counsel in Amsterdam. Each year internal audit samples inventory entries, and the AI Governance Lead answers its findings.

## 13. After an incident
Serious incidents receive a blameless post-incident review within ten business days of containment, with the reporter and the tool owner. Severity 3 incidents receive a short written review by the handler; Severity 4 incidents are logged and reviewed in aggregate. Incident records are kept for six years. The quarterly report to the steering group gives incident numbers by severity, the median time to report and to contain, and repeat causes.

## 14. Severity levels
| Severity | Typical examples | Acknowledge within |
|---|---|---|
| 1 – Critical | Restricted data about more than 100 people or any special category data exposed outside approved tools; active exploitation of an AI system | 1 hour, 24/7 |
| 2 – High | Other restricted data or client confidential data in an unapproved tool; exposed credentials; successful prompt injection | 4 business hours |
| 3 – Medium | Internal data in an unregistered tool; harmful or biased output caught internally; minor inaccurate output reaching a client | 1 business day |
| 4 – Low | Near misses; minor breaches of tool conditions with no data exposure | 3 business days |

## 15. What counts as an AI incident
An AI incident is any event in which the use of an AI tool caused or could cause harm, or broke these rules.

### 15.1 Harmful or biased output
Report any AI output that is discriminatory, offensive or dangerous, or that appears to infringe someone's copyright. Harmful output that was caught before it left us is still an incident, because the same failure may reach someone else next time.

### 15.2 Prompt injection
Prompt injection happens when instructions hidden in a document or web page that an AI tool reads make it ignore its instructions. Report it whenever you see signs of it.

### 15.3 Near misses
A near miss is an event that could have caused an incident but did not, such as noticing restricted data in a prompt just before pressing Enter. Report near misses through #ai-governance; they are recorded as Severity 4.

### 15.4 Model security
Report immediately any model weights or packages that appear to have been tampered with.

## 16. Turnaround targets
Targets are measured in business days from submission to decision.

| Tier | Target |
|---|---|
| Low | 5 business days |
| Medium | 10 business days |
| High | 20 business days |

## 17. Appeals
A requester may appeal a rejection within 20 business days of the decision.

## 18. Audits and external statements
There is a written audit programme saying how often each area is audited, how and by whom. Auditors must be independent of what they audit, so nobody audits their own work. External statements about our AI systems are cleared with legal and communications before anyone speaks to the press. The steering group reviews the AI management system once a year, at its December meeting. The CISO supplies the Information Security reviewers for the review panel.

## 19. Asking for help
The governance channel is watched from 09:00 to 17:30 UK time on business days. The review panel has eight members, two from each of four functions, and meets on Tuesdays.

## 20. Exceptions
Requests for an exception go in writing to the AI Governance Lead. Exceptions last at most six months.

## 21. Demos and training material
For demos, prompt design and training material, use synthetic data rather than real client data. Label synthetic datasets clearly in file names and metadata so they are never mistaken for real data. Embeddings built from client data are deleted when the project ends.

## 22. Monitoring a live AI system
**What the control expects.** Once live, an AI system must be watched for errors and drift.

**For employees.** Report outputs that seem wrong or worse than before to the tool owner.

**For tool owners.** Define what you monitor, the thresholds that trigger action and who looks at the results.

## 23. Leaving a tool
When a tool is retired, the tool owner:

1. asks the vendor in writing to delete our data;
2. obtains a deletion certificate within 60 days.

## 24. Vendor evidence
Vendors must back their answers with independent evidence: an ISO/IEC 27001 certificate or a SOC 2 Type II report issued within the last 12 months.

## 25. Regulators
Breaches are notified to the ICO in the UK and to the Dutch Autoriteit Persoonsgegevens in the Netherlands.

## 26. Other prohibited uses
You must also not use AI tools to: scrape websites or client systems in breach of their terms.

## 27. Vendor changes
If a vendor changes its terms to allow training on our data, the tool owner must tell the reviewers within ten business days.

## 28. Self-hosted models
Self-hosted models run in our cloud tenancy in the London region, with logging as set out in Data Handling for AI Systems §6.1. Each self-hosted model has a named technical lead, who applies security patches within 14 days.

## 29. Awareness training
New joiners complete the AI awareness e-learning within 30 days of starting. Reviewers complete a half-day induction. Tool owners finish owner training before their first registration is approved.

## 30. Facilities
Lost staff cards are replaced by the facilities helpdesk, whose number is on the intranet and on the back of your staff card.

## 31. Buying AI
| Annual value | Route |
|---|---|
| Under £10,000 | Budget holder approval |
| £10,000 to £50,000 | Procurement-led, at least two quotes |
| Over £50,000 | Competitive tender and CFO approval |

The buying process runs in parallel with the registration review.

## 32. Ethics board
The ethics board advises the executive team on the ethics of new AI products. The ethics board is chaired by the Chief Risk Officer. Its members are the Head of Legal, the Head of Data Science and two elected staff representatives. The ethics board's secretary is Marta Kowalski.

## 33. Principles
Four principles sit behind these rules:

1. **Registered tools only.** A tool that touches work data must be in the inventory.
2. **Data follows its class.** The class of the information decides where it may go.
3. **A human stays accountable.** AI output is a draft; whoever uses it owns the result.
4. **Report early.** Hiding a mistake is what turns it into an incident.

## 34. While a request is pending
While your request is pending, you may use the tool with public data only. You must not sign in with your work account, connect it to company systems, buy a subscription, or tell a client the tool is being used for their work.

## 35. Retiring a tool
Reviewers normally give at least 30 days' notice in #ai-governance before a tool is retired.

## 36. Client questionnaires
The Bid Team answers client AI questionnaires from the standard answer library, which covers Microsoft 365 Copilot, Zoom AI Companion and the APIs engineers call.

## 37. Impact assessments
Risk triage decides whether a tool needs a full impact assessment. Hiring tools and client-facing analytics about individuals nearly always do.

## 38. Client contracts
Before putting client data into an AI tool, check the client's entry in the Customer Contract Register. If you cannot find the client in the register, ask the Account Director before going any further.

## 39. Tool owners
One person may own several tools, but the governance lead may ask for ownership to be spread if one owner has more than ten.

## 40. New AI features in products we already use
Vendors regularly add AI features to products we already use, for example an applicant tracking system that offers CV ranking or a CRM that drafts sales emails. The existing approval of the product does not cover the new AI feature, which must be registered separately.

## 41. Regulated financial data
Regulated financial data is restricted. Examples: payment card data, bank details, payroll files and pension contributions.

## 42. Notifying others
Legal decides on notification to insurers under our cyber policy and, where a crime is suspected, to the police.

## 43. Browser extensions
Every AI extension or plug-in, including "chat with this PDF" tools, must be registered and approved before it is installed.

## 44. Who these rules apply to
These rules apply to everyone working for or on behalf of Kestrel Analytics Ltd and its subsidiaries, including our Lisbon delivery centre. Kestrel supplies AI as well as buying it: forecasting models and Kestrel Forecast features. For high-risk requests the panel may invite a representative of the affected business area, such as People for HR tools.

## 45. Paying for AI tools
Company cards may be used only for approved AI tools costing less than £2,000 a year, with the Tool Owner's agreement.

## 46. Security Operations
Security Operations runs the 24-hour on-call rota and is the first triage point for every AI incident.
"""  # noqa: E501 - a policy as its authors write it: one line per paragraph

# The questions, one per kind; each test asserts what decides it, not the wording.
INCIDENT = "I accidentally pasted a customer list into ChatGPT, what should I do?"
PERSONAL_ACCOUNT = "Can I use my personal ChatGPT Plus account for work?"
WORD_SENSE = "can we skip code review for code ChatGPT wrote?"
TWO_PARTS = "is ChatGPT approved, and do I have to label client deliverables it drafted?"
UNANSWERABLE_TOOL = "what's the upload size limit in ChatGPT Enterprise?"
FREE_EDITION = "can I paste customer data into the free version of ChatGPT?"
AMOUNT_NAMING_A_TOOL = "how many messages an hour can I send in ChatGPT Enterprise?"
WENT_TO_A_CLIENT = "chatgpt made up a figure that went out to a client in yesterday's report"
CONSEQUENCES = "will I get in trouble if I report that I pasted a customer list into ChatGPT?"
# Questions the rules do not answer though a sentence shares their words: a name the rules never use,
# a number the sentence does not give, a tool's name that the sentence merely lists.
NAME_NEVER_USED = "what does Brazil's law say about personal accounts for work?"
NAME_NEVER_USED_LEFT_OUT = "what do the rules say about personal accounts for work?"
NUMBER_NOT_GIVEN = "how many people in the company use personal accounts for work?"
TOOL_MERELY_LISTED = "which new Zoom AI Companion features launch next quarter?"
# Kinds of data that only a class's list of examples names, not the table.
LISTED_CONFIDENTIAL = "can i upload our unpublished Q3 budget to claude to build a few scenarios?"
LISTED_RESTRICTED = "we have an extract of driver telematics from a client, can we run it through chatgpt enterprise?"
# Found out afterwards, and asked whether it is to be reported at all.
FOUND_OUT = (
    "so yesterday i ran grammarly over a client report and only afterwards noticed the appendix had their "
    "customers' delivery addresses in it. grammarly is approved so nothing to report, right?"
)


# Whether what happened is an incident at all: the rule that says it is one decides.
CAUGHT_IN_TIME = (
    "copilot drafted a job ad for us that said 'young graduates only' 🙈 we caught it before it went out. "
    "do we still have to report it?"
)
# A yes within a tool's conditions, for data whose class one of its conditions names.
CONDITION_ON_THE_CLASS = "can I paste a list of customer delivery addresses into DeepL Pro to translate it?"


def first_lines(text: str, count: int = 2) -> str:
    """What a person reads first: the first non-empty lines of an answer."""
    return "\n".join([line for line in text.splitlines() if line.strip()][:count])


def refused(answer: dict) -> bool:
    """Whether govbot said it does not know: not confident, and its first line says so."""
    return not answer["confident"] and first_lines(answer["text"], 1).startswith("I don't know")
