"""The first lines of an answer decide the question, whatever tool it names: `govbot ask --json`
over a small policy and the shipped inventory, one test per way a tool's name used to take over."""

import csv
import json
import re

import pytest
from click.testing import CliRunner

from bot.answers.data import in_the_sense_of_data
from bot.answers.incidents import says_to_report_within
from bot.answers.policy import plain_rule
from bot.answers.sentences import AMOUNT, CLOCK, DATE, DURATION, fact_asked
from bot.answers.spelling import Speller
from bot.assistant import Assistant
from bot.cli import cli
from ingest.pipeline import ingest
from knowledge.inventory import import_csv
from knowledge.inventory.database import Database
from knowledge.retrieval.index import KnowledgeIndex
from tests.answer_corpus import (
    AMOUNT_NAMING_A_TOOL,
    CAUGHT_IN_TIME,
    CONDITION_ON_THE_CLASS,
    CONSEQUENCES,
    FOUND_OUT,
    FREE_EDITION,
    INCIDENT,
    LISTED_CONFIDENTIAL,
    LISTED_RESTRICTED,
    NAME_NEVER_USED,
    NAME_NEVER_USED_LEFT_OUT,
    NUMBER_NOT_GIVEN,
    PERSONAL_ACCOUNT,
    RULES,
    TOOL_MERELY_LISTED,
    TWO_PARTS,
    UNANSWERABLE_TOOL,
    WENT_TO_A_CLIENT,
    WORD_SENSE,
    first_lines,
    refused,
)
from tests.inventory_helpers import SHIPPED_INVENTORY


@pytest.fixture(scope="module")
def govbot(embedder, tmp_path_factory):
    """`govbot ask --json` against an index of RULES and a database holding the shipped inventory."""
    root = tmp_path_factory.mktemp("answers")
    (root / "docs").mkdir()
    (root / "docs" / "rules.md").write_text(RULES, encoding="utf-8")
    ingest([root / "docs"], KnowledgeIndex(root / "index", embedder))
    db = Database(f"sqlite:///{root / 'inventory.db'}")
    db.migrate()
    import_csv(db, SHIPPED_INVENTORY, "tests")
    env = {
        "GOVBOT_DATA_DIR": str(root / "index"),
        "GOVBOT_DATABASE_URL": db.url,
        "GOVBOT_LLM": None,
        "GOVBOT_CHROMA_URL": None,
    }
    runner = CliRunner()

    def ask(*questions: str) -> list[dict]:
        result = runner.invoke(
            cli, ["ask", "--json", "-"], input="\n".join(questions) + "\n", env=env, catch_exceptions=False
        )
        assert result.exit_code == 0, result.output
        return [json.loads(line) for line in result.output.splitlines()]

    yield ask
    db.dispose()


@pytest.fixture(scope="module")
def shipped(embedder, tmp_path_factory):
    """An assistant over the whole shipped corpus (policies/) and the shipped inventory: where fewer documents
    are indexed, words weigh otherwise and retrieval finds other sections."""
    root = tmp_path_factory.mktemp("shipped")
    ingest([SHIPPED_INVENTORY.parent], KnowledgeIndex(root / "index", embedder))
    db = Database(f"sqlite:///{root / 'inventory.db'}")
    db.migrate()
    import_csv(db, SHIPPED_INVENTORY, "tests")
    yield Assistant(KnowledgeIndex(root / "index", embedder).open_for_search(), db=db)
    db.dispose()


def test_an_incident_naming_a_tool_leads_with_what_to_do_not_with_the_tools_status(govbot):
    (answer,) = govbot(INCIDENT)
    lead = first_lines(answer["text"])
    assert answer["intent"] == "incident" and answer["confident"]
    assert "report" in lead.lower() and re.search(r"immediately|24 hours", lead) and "security incident form" in lead
    assert not lead.startswith("ChatGPT Enterprise") and "approved" not in lead
    assert answer["tool"]["name"] == "ChatGPT Enterprise"  # its status comes after, as context
    assert answer["text"].lower().index("report") < answer["text"].index("ChatGPT Enterprise (OpenAI) is approved")
    assert {"kind": "report_incident", "tool": None} in answer["actions"]


def test_a_personal_account_gets_the_rule_on_personal_accounts_first(govbot):
    (answer,) = govbot(PERSONAL_ACCOUNT)
    lead = first_lines(answer["text"], 1)
    assert (
        answer["confident"]
        and re.search(r"\b[Pp]ersonal\b.*\b(?:account|accounts)\b", lead)
        and re.search(r"Never|public data only", lead)
    )
    assert not lead.startswith("ChatGPT Enterprise")
    assert (
        answer["lead"][0]["citation"] == 1 and answer["citations"][0]["section"] == "1"
    )  # the rule on personal accounts


def test_review_in_code_review_is_not_an_employee_review(govbot):
    (answer,) = govbot(WORD_SENSE)
    lead = first_lines(answer["text"])
    assert answer["data"] is None  # "reviews" of the data table are employee reviews: no verdict
    assert not lead.startswith("Yes") and "Confidential" not in lead
    assert "no fast path" in lead and answer["confident"]


def test_customs_and_custom_are_not_customers(govbot):
    tariffs, custom_gpt = govbot(
        "can chatgpt enterprise help with the customs tariff classification for a client's new product range?",
        "can i build a custom gpt in chatgpt enterprise for our sales team?",
    )
    for answer in (tariffs, custom_gpt):  # no verdict on customer personal data, which neither names
        assert answer["data"] is None and "Customer personal data" not in answer["text"]
        assert not first_lines(answer["text"], 1).startswith("No")


def test_asked_whether_something_may_be_done_the_rule_leads_not_the_examples_of_the_situation(govbot):
    (answer,) = govbot(
        "our applicant tracking system just added an ai cv ranking feature. can recruiters start using it since "
        "the ats is already approved?"
    )
    assert answer["confident"] and "does not cover the new AI feature" in first_lines(answer["text"], 1)
    assert "for example" in first_lines(answer["text"])  # the situation it is the rule for, after it


def test_a_personal_subscription_of_an_approved_tool_is_answered_by_the_rule_on_personal_accounts(govbot):
    (answer,) = govbot(
        "ive got my own adobe cc sub at home, ok to use firefly on that for images in our internal team deck?"
    )
    assert answer["confident"] and "personal or free consumer AI account" in first_lines(answer["text"], 1)


def test_age_restricted_goods_and_a_category_tree_are_no_restricted_or_special_category_data():
    read = in_the_sense_of_data(
        "grocery client sent their age-restricted products list (alcohol, knives), can claude map them onto their "
        "new category tree?"
    )
    assert "restricted" not in read and "category" not in read
    assert "special category" in in_the_sense_of_data("can i put special category data into claude?")


def test_supplier_credentials_are_qualifications_and_a_clients_list_of_no_one_is_client_business_data():
    read = in_the_sense_of_data(
        "grocery client sent their supplier credentials tracker (which suppliers hold organic certs), no people in "
        "it. can claude flag the ones about to lapse?"
    )
    assert "credential" not in read and "client business data that does not identify individuals" in read
    assert "credentials" in in_the_sense_of_data("can i paste my aws credentials into claude?")


def test_a_secret_shopper_is_no_secret_and_training_examples_are_no_training_records():
    shopper = in_the_sense_of_data("can copilot in word tidy up a client's secret shopper report?")
    examples = in_the_sense_of_data("a third of the training examples for our classifier were written by chatgpt")
    assert "secret" not in shopper and "training" not in examples
    assert "secret" in in_the_sense_of_data("can i put an api secret into claude?")
    assert "training records" in in_the_sense_of_data("can i paste our staff training records into claude?")


def test_data_the_message_says_is_not_in_it_gets_no_verdict(govbot):
    (answer,) = govbot("can gemini tidy up the notes from our team away day? no salaries or forecasts in them")
    assert not re.match(r"\W*No\b", first_lines(answer["text"], 1))
    assert "Forecasts, stock levels" not in answer["text"]


def test_a_standard_the_documents_never_cite_is_not_answered_by_one_they_do(govbot):
    other, cited = govbot(
        "does iso/iec 27701 change what evidence vendors have to give us?",
        "is an iso 27001 certificate enough evidence from a vendor?",
    )
    assert refused(other)
    assert cited["confident"] and "ISO/IEC 27001" in first_lines(cited["text"])


def test_a_condition_does_not_answer_for_a_product_the_documents_never_name(govbot):
    salesforce, clients = govbot(
        "does zoom ai companion push meeting summaries into salesforce automatically?",
        "can we use zoom ai companion in client meetings?",
    )
    assert refused(salesforce)
    assert clients["confident"] and "client contract permits" in first_lines(clients["text"], 1)


def test_what_a_tool_of_two_words_has_is_not_answered_by_a_rule_that_does_not_name_it(govbot):
    (answer,) = govbot("Does Grammarly Business have a SOC 2 Type II report?")  # what the rule asks of vendors
    assert refused(answer)


def test_what_a_tool_works_with_is_not_answered_by_a_rule_that_does_not_name_it(govbot):
    channel, personal = govbot(
        "does notion ai work with the governance channel?",  # the channel's hours say nothing of notion
        "does zoom ai companion work on personal accounts?",  # whether one may: the rule answers
    )
    assert refused(channel)
    assert personal["confident"] and "Personal accounts" in first_lines(personal["text"], 1)


def test_how_to_do_something_is_not_answered_by_a_list_of_what_a_class_holds(govbot):
    how, spoken, what = govbot(
        "how do i change the bank details payroll pays into?",
        "payroll here - how do i change the bank details payroll pays into?",
        "is regulated financial data like bank details restricted?",
    )
    assert refused(how) and refused(spoken)
    assert what["confident"] and "restricted" in first_lines(what["text"]).lower()


def test_key_accounts_are_clients_and_their_names_with_revenue_are_commercial_data():
    read = in_the_sense_of_data("can i paste our key accounts list (client names, revenue) into chatgpt enterprise?")
    assert "key" not in read.split() and "client names combined with pricing" in read


def test_a_word_neither_english_nor_the_documents_nor_a_slip_is_a_name_they_never_use():
    speller = Speller(["push", "meeting", "summaries", "into", "which", "approved"], lambda word: word == "zoom")
    assert speller.unknown_words("does zoom push meeting summaries into salesforce? wich is aproved") == {"salesforce"}


def test_a_follow_up_asking_for_the_process_is_about_what_the_part_before_asks(govbot):
    (answer,) = govbot("do i need approval before booking flights for a client visit in lisbon? whats the process ✈️")
    assert refused(answer)


def test_something_that_keeps_showing_up_is_no_incident(govbot):
    (answer,) = govbot("what actually is mcp? keeps showing up as 'MCP connectors' next to claude")
    assert answer["intent"] != "incident"


def test_whether_there_is_such_a_thing_is_not_said_by_a_sentence_silent_on_it(govbot):
    convention, deadline = govbot(
        "is there a naming convention for synthetic dataset files, like a _synth suffix or something?",
        "is there a deadline for reporting exposed credentials?",
    )
    assert refused(convention)
    assert deadline["confident"] and "one hour" in first_lines(deadline["text"])


def test_whether_a_thing_exists_is_said_only_by_a_sentence_naming_it(shipped):
    # not "Examples: unpublished Kestrel financial results, budgets and plans;" for a learning budget, nor the rule
    # on restricted data (which names a DPIA signed off by the DPO) for a deputy DPO
    for asked in (
        "is there a kestrel learning budget?",
        "hey, is there a deputy dpo who signs off dpias when the dpo is on leave?",
        "is there a govbot command that lists every tool a particular person owns?",
        "do we have a tool for checking if a video is a deepfake?",
        "do we have a per-team budget for ai subscriptions?",  # one word, not a phrase cut at "per"
    ):
        assert not shipped.answer(asked).confident, asked
    # a thing the sentence names, and a figure asked for, are still answered; the thing ends where a clause about it
    # or where it is starts ("a data sheet | we have to fill in", "a register | somewhere that says…")
    for asked, said in (
        ("is there a data sheet we have to fill in for datasets we train models on?", "must have a data sheet"),
        ("quick q - is there a register somewhere that says which clients let us use ai on their data?", "Register"),
    ):
        reply = shipped.answer(asked)
        assert reply.confident and said in first_lines(reply.text, 1), asked
    register = shipped.answer("hi, is there a register of ai incidents?")
    owners = shipped.answer("is there a maximum number of tools one person can own?")
    assert register.confident and "incident register" in first_lines(register.text, 1)
    assert owners.confident and "more than ten" in first_lines(owners.text, 1)


def test_asked_who_at_another_organisation_none_of_our_own_roles_answers(shipped):
    # not "the Tool Owner: obtains a deletion certificate within 60 days" for someone at DeepL
    for asked in (
        "who at deepl do we chase for deletion certificates?",
        "who at the vendor signs the dpa?",
        "who's our account manager at openai?",
    ):
        assert not shipped.answer(asked).confident, asked
    # one of our own, at Kestrel or at one of its teams, is still ours to name
    owner = shipped.answer("who is the owner of chatgpt enterprise at kestrel?")
    assert owner.confident and "Daniel Okafor" in first_lines(owner.text, 1)


def test_whom_a_post_reports_to_is_said_only_by_a_sentence_on_reporting(shipped):
    # not "The Group Data Protection Officer is… based in Manchester and supported by a privacy team…"
    assert not shipped.answer("who does the group dpo report to in the org chart?").confident
    lead = shipped.answer("who does the ai governance lead actually report to lol")
    assert lead.confident and "reporting to the Chief Technology Officer" in first_lines(lead.text, 1)


def test_how_long_a_team_takes_is_said_only_by_a_sentence_naming_it(shipped):
    # not "The Tool Owner must report any of the following within ten business days…" for Legal's review
    for asked in (
        "how long does legal take to review a vendor's dpa?",
        "how long does the learning team take to publish a new e-learning module?",
    ):
        assert not shipped.answer(asked).confident, asked
    dpo = shipped.answer("how long does the DPO take to respond to a DPIA")
    assert dpo.confident and "ten business days" in first_lines(dpo.text, 1)


def test_a_thing_of_an_owners_is_said_only_by_a_sentence_naming_the_owner(shipped):
    # not "The Slack channel #ai-governance is the single place to ask about AI…" for a guild's own channel
    assert not shipped.answer("whats the data science guild's slack channel?").confident
    dpo = shipped.answer("what's the dpo's response time on dpias?")
    assert dpo.confident and "the DPO aims to respond within ten business days" in first_lines(dpo.text, 1)


def test_what_ai_will_do_to_the_world_or_is_at_heart_no_rule_says(shipped):
    # not "An "AI tool" is any software that generates, summarises, classifies, translates…" for translators' jobs
    for asked in (
        "will ai put translators out of work?",
        "do you think ai is conscious?",
        "is ai going to take my job",
        "will AI ever be conscious?",
    ):
        assert not shipped.answer(asked).confident, asked
    # what ai may do here is still a rule's to say
    hiring = shipped.answer("can ai make hiring decisions about candidates?")
    assert hiring.confident


def test_what_a_source_says_about_a_topic_is_said_only_by_a_sentence_on_the_topic(shipped):
    # not "…must be approved by Legal and recorded in the Customer Contract Register" for one client's terms
    for asked in (
        "what does the eu ai act say about using ai for dynamic pricing in shops?",
        "what does the contract register say about AI processing for halden foods? i start on their account monday",
    ):
        assert not shipped.answer(asked).confident, asked
    personal = shipped.answer("what does the policy say about personal chatgpt accounts?")
    assert personal.confident and "Never use a personal or free consumer AI account" in first_lines(personal.text, 1)


def test_who_once_held_a_post_and_a_records_own_reference_only_a_record_says(shipped):
    # not "The test here is whether Kestrel's leaders treat responsible AI as part of running the business…", nor
    # "…receives an inventory reference", which says there is one, not which
    for asked in (
        "who was Kestrel's first AI Governance Lead?",
        "when did the first version of the ai incident reporting policy come out?",
        "what's the inventory reference for ChatGPT Enterprise?",
    ):
        assert not shipped.answer(asked).confident, asked
    lead = shipped.answer("who is the ai governance lead accountable to?")
    assert lead.confident
    reviewed = shipped.answer("when was the incident reporting policy last reviewed?")
    assert reviewed.confident and "Last reviewed: 2026-09-01" in first_lines(reviewed.text, 1)


def test_what_someone_gets_is_said_only_by_a_sentence_naming_it(shipped):
    # not "…complete the AI awareness e-learning within 30 days of starting" for a laptop
    assert not shipped.answer("when do new starters get their laptop?").confident
    elearning = shipped.answer("when do new starters have to finish their ai e-learning?")
    assert elearning.confident and "30 days" in first_lines(elearning.text, 1)


def test_a_fine_or_a_percentage_asked_for_is_said_only_by_a_sentence_giving_one(shipped):
    # not "…the DPO will consult the ICO or the Dutch Autoriteit Persoonsgegevens…" for the ICO's fine
    for asked in (
        "what's the ICO's fine for skipping a DPIA?",
        "whats the % cutoff for a deliverable counting as 'substantially' ai generated - over half?",
    ):
        assert not shipped.answer(asked).confident, asked


def test_a_documents_version_is_said_only_by_its_own_byline(shipped):
    # not Data Handling's byline ("…Owner: AI Governance Lead (with the Data Protection Officer)…") for a Data
    # Protection Policy the documents do not hold
    assert not shipped.answer("what version is the Data Protection Policy on?").confident
    handling = shipped.answer("what version is the data handling policy on?")
    assert handling.confident and "Version 1.4" in first_lines(handling.text, 1)


def test_what_became_of_a_tool_and_what_to_use_instead_its_card_says(shipped):
    # these had "I don't know" above the very card that answers them
    for asked, said in (
        ("what replaced trint?", "replaced by Zoom AI Companion"),
        ("is wordtune still supported?", "Wordtune (AI21 Labs) was retired"),
        ("what should we use instead of midjourney?", "Use Adobe Firefly instead"),
    ):
        reply = shipped.answer(asked)
        assert reply.confident and said in first_lines(reply.text, 1), asked
    # …while what a tool can replace is no status
    assert not shipped.answer("can chatgpt replace a human reviewer?").text.startswith("ChatGPT Enterprise")


def test_asked_who_a_role_said_only_to_exist_does_not_say(shipped):
    # not "…each has an owner, a version and an approval…" for who maintains the retention schedule
    assert not shipped.answer("who maintains the records retention schedule?").confident
    triage = shipped.answer("who does the first triage when i report an ai incident?")
    assert triage.confident and "Security Operations" in first_lines(triage.text, 1)


def test_a_choice_of_places_is_answered_only_by_a_sentence_naming_one(shipped):
    # "office" before the list is a word of "Office Copilot", no choice: the two places left are the choices, which
    # the scope sentence ("…B.V. in Amsterdam and our Lisbon delivery centre") names neither of
    assert not shipped.answer("where's kestrel analytics ltd's head office, manchester or london?").confident
    dpo = shipped.answer("is the dpo based in manchester, london or amsterdam?")
    assert dpo.confident and "based in Manchester" in first_lines(dpo.text, 1)


def test_asked_how_a_law_defines_a_quoted_term_only_a_definition_answers(shipped):
    # not "…determines whether Kestrel is a provider or a deployer under the EU AI Act", which uses the term
    assert not shipped.answer("how does the ai act define a 'deployer' exactly?").confident
    tool = shipped.answer("how does the policy define an 'ai tool' exactly?")
    assert tool.confident and "any software that generates" in first_lines(tool.text, 1)


def test_another_bodys_view_is_said_only_by_a_sentence_naming_it(shipped):
    # not our own rule on the lawful basis for employee data ("This is usually legitimate interests…")
    assert not shipped.answer(
        "whats the ico's view on using legitimate interests to train ai on employee data?"
    ).confident
    ours = shipped.answer("what's kestrel's position on personal chatgpt accounts?")
    assert ours.confident and "public data only" in first_lines(ours.text, 1)


def test_a_later_part_asking_only_of_what_an_unanswered_first_part_asked_is_unanswered_too(shipped):
    # not "Download models only from the publisher's official repository…" for where to download the badge
    for asked in (
        "is there an official 'made with ai' badge for images? where do i download it",
        "is there a formal risk acceptance form the steering group signs for high-risk tools? whats it called?",
        "what does agi stand for and are we close to it?",
    ):
        assert not shipped.answer(asked).confident, asked
    # …but a later part whose pronoun stands for what a sentence speaks of is still answered
    appeal = shipped.answer(
        "one condition ('no client data') kills our use case. can we appeal just that one condition, and who do we "
        "send it to?"
    )
    assert appeal.confident and "Send the appeal in writing to the AI Governance Lead" in first_lines(appeal.text, 1)


def test_a_later_part_about_what_an_unanswered_first_part_asked_needs_a_sentence_on_that_too(shipped):
    # "it", "that" or nothing said ("how many days?") stands for what the first part asked of, which no sentence
    # answered: a sentence sharing none of its words is about something else (the DPO under the GDPR, a review's
    # turnaround, the Withdraw button)
    for asked in (
        "what is ISO 27701 and how does it relate to GDPR",
        "has the GPAI code of practice been published? which companies signed it",
        "can I carry over unused holiday into next year? how many days?",
        "how do i get gemini to summarise a long gmail thread? where's the button",
        "is the speak up line run by an outside company? and whats the number",
    ):
        assert not shipped.answer(asked).confident, asked
    # …a sentence under a heading that names it ("When a DPIA is required") still answers what "it" is asked
    dpia = shipped.answer(
        "we want to run ai transcription over our support teams calls to spot coaching needs - do we need a dpia, and "
        "who signs it off?"
    )
    assert dpia.confident and "signed off by the DPO" in first_lines(dpia.text, 1)


def test_both_parts_of_a_two_part_question_are_answered_first(govbot):
    (answer,) = govbot(TWO_PARTS)
    lead = first_lines(answer["text"], 2)
    assert "ChatGPT Enterprise (OpenAI) is approved with conditions" in lead
    assert "include a statement" in lead
    assert len(answer["lead"]) == 2 and answer["confident"]


def test_a_question_the_documents_do_not_answer_is_refused_even_naming_a_tool(govbot):
    (answer,) = govbot(UNANSWERABLE_TOOL)
    assert not answer["confident"]
    assert first_lines(answer["text"], 1).startswith("I don't know")
    assert answer["tool"]["name"] == "ChatGPT Enterprise"  # shown as context, not as the answer
    assert (
        answer["card"]["name"] == "ChatGPT Enterprise" and {"kind": "ask_governance", "tool": None} in answer["actions"]
    )


def test_a_direct_rule_is_said_plainly_first_quoted_and_cited(govbot):
    deadline, permission = govbot("how fast do I have to report a leaked secret?", "can I use Otter in an HR meeting?")
    assert re.match(r"Within one hour: “", first_lines(deadline["text"], 1))
    quote = deadline["lead"][0]["quote"]
    assert "within one hour for a secret" in quote and quote in deadline["text"]  # never elided
    assert deadline["citations"][deadline["lead"][0]["citation"] - 1]["section"] == "5"
    lead = first_lines(permission["text"])  # the tool's own condition decides
    assert "no HR meetings" in lead and not lead.startswith("Yes")


def test_the_answer_is_plain_text_and_each_quote_cited(govbot):
    answers = govbot(INCIDENT, PERSONAL_ACCOUNT, TWO_PARTS, "which tools are approved for translation?")
    for answer in answers:
        assert "*" not in answer["text"] and "`" not in answer["text"]
        quotes = [line for line in answer["lead"] + answer["quotes"] if line["quote"]]
        assert len(answer["quotes"]) <= 3
        for line in quotes:
            assert f"“{line['quote']}” [{line['citation']}]" in answer["text"]
            assert f"[{line['citation']}] " in answer["text"].split("\n\n")[-1]  # listed among the sources


def test_a_free_edition_gets_the_rule_not_the_verdict_of_the_company_edition(govbot):
    (answer,) = govbot(FREE_EDITION)
    lead = first_lines(answer["text"], 1)
    assert answer["confident"] and "Never use a personal or free consumer AI account" in lead
    assert answer["data"] is None  # the enterprise edition's verdict on customer data is not this one's
    assert not lead.startswith(("Yes", "ChatGPT Enterprise"))


def test_an_amount_the_inventory_does_not_record_is_refused_even_naming_a_tool(govbot):
    (answer,) = govbot(AMOUNT_NAMING_A_TOOL)
    assert refused(answer)
    assert answer["card"]["name"] == "ChatGPT Enterprise"  # context, not the answer


def test_output_that_went_out_to_a_client_is_an_incident_whatever_tool_made_it(govbot):
    (answer,) = govbot(WENT_TO_A_CLIENT)
    lead = first_lines(answer["text"])
    assert answer["intent"] == "incident" and answer["confident"]
    assert re.search(r"[Rr]eport it within 24 hours", lead) and not lead.startswith("ChatGPT Enterprise")


def test_will_i_get_in_trouble_is_answered_before_the_procedure(govbot):
    (answer,) = govbot(CONSEQUENCES)
    lead = first_lines(answer["text"], 1)
    assert answer["confident"] and "will not face disciplinary action" in lead
    assert "security incident form" in answer["text"]  # how to report still follows


def test_a_name_the_documents_never_use_is_what_they_cannot_answer(govbot):
    elsewhere, here = govbot(NAME_NEVER_USED, NAME_NEVER_USED_LEFT_OUT)
    assert refused(elsewhere)
    assert here["confident"] and "Personal accounts" in first_lines(here["text"])  # the rules' own answer


def test_a_sentence_without_the_number_asked_for_does_not_answer(govbot):
    (answer,) = govbot(NUMBER_NOT_GIVEN)
    assert refused(answer)
    assert answer["confidence"] < govbot(NAME_NEVER_USED_LEFT_OUT)[0]["confidence"]


def test_a_sentence_that_merely_lists_the_tool_does_not_answer_about_it(govbot):
    (answer,) = govbot(TOOL_MERELY_LISTED)
    assert refused(answer)
    assert "Zoom AI Companion and Notion AI" not in answer["text"]  # the sentence naming it is not quoted
    assert answer["card"]["name"] == "Zoom AI Companion"  # its card is context


def test_of_a_question_about_one_tool_words_said_only_in_other_tools_names_speak_of_nothing_asked(govbot):
    (answer,) = govbot("does otter work on microsoft teams calls or only zoom?")
    assert refused(answer)
    assert answer["card"]["name"] == "Otter.ai"  # its card is context


def test_a_word_of_an_alias_that_spells_a_name_apart_is_not_that_tool(govbot):
    extension, spelled = govbot("is the 'chat with this PDF' browser extension ok to install?", "is chat gpt approved?")
    assert "ChatGPT" not in first_lines(extension["text"])  # "chat gpt" spells ChatGPT: "chat" alone is no name
    assert (extension["card"] or {}).get("name") != "ChatGPT Enterprise"
    assert spelled["card"]["name"] == "ChatGPT Enterprise"  # the alias as a whole still is


def test_typos_in_the_key_words_are_read_as_the_words_meant(govbot):
    typed, spelled = govbot(
        "how fsat do I have to reprot a leaekd secert?", "how fast do I have to report a leaked secret?"
    )
    assert typed["confident"] and re.match(r"Within one hour: “", first_lines(typed["text"], 1))
    assert typed["lead"] == spelled["lead"]
    assert typed["question"] == "how fsat do I have to reprot a leaekd secert?"  # echoed as the person wrote it


def test_a_misspelt_tool_name_is_still_that_tool(govbot):
    (answer,) = govbot("is chatgtp aproved?")
    assert answer["tool"]["name"] == "ChatGPT Enterprise" and answer["confident"]
    assert "approved with conditions" in first_lines(answer["text"], 1)


def test_greetings_and_thanks_around_a_question_do_not_bury_it(govbot):
    wrapped, bare = govbot(
        "Hi govbot! Hope you're having a good week. Long story short, I'm running our team retro on Zoom "
        "and a note-taker is on. What is the rule if someone objects? Thanks so much!",
        "what is the rule if someone objects to the note-taker?",
    )
    assert wrapped["confident"] and "switch it off if anyone objects" in first_lines(wrapped["text"])
    assert bare["confident"] and "switch it off if anyone objects" in first_lines(bare["text"])


def test_a_polite_word_after_a_tool_name_still_asks_its_status(govbot):
    (answer,) = govbot("midjourney pls?")
    assert answer["confident"] and answer["card"]["name"] == "Midjourney"
    assert "rejected" in first_lines(answer["text"], 1)


def test_a_request_govbot_cannot_do_beside_a_question_it_can_answer(govbot):
    (answer,) = govbot("can you book me a meeting room for 3pm? also, do AI-drafted client deliverables need a label?")
    lead = first_lines(answer["text"], 2)
    assert answer["confident"] and "include a statement" in lead
    assert "For the rest of your question: I don't know" in lead  # the room is not govbot's to book


def test_whether_to_report_something_is_answered_with_the_rule_then_how_to_report(govbot):
    (answer,) = govbot("personal AI account used for work data - report it?")
    assert answer["intent"] == "incident" and answer["confident"]
    assert re.search(r"[Rr]eport it within 24 hours", first_lines(answer["text"], 3))
    assert {"kind": "report_incident", "tool": None} in answer["actions"]


def test_a_kind_of_data_only_a_classs_examples_name_gets_its_verdict(govbot):
    budget, telematics = govbot(LISTED_CONFIDENTIAL, LISTED_RESTRICTED)
    lead = first_lines(budget["text"])
    assert budget["data"]["data_class"] == "confidential" and budget["data"]["allowed"]
    assert lead.startswith("Yes") and "unpublished financial results, budgets and plans" in lead
    cited = budget["citations"][budget["quotes"][0]["citation"] - 1]
    assert cited["section"] == "10"  # the section that lists it, not the table
    assert telematics["data"]["data_class"] == "restricted" and not telematics["data"]["allowed"]
    assert first_lines(telematics["text"], 1).startswith("No")


def test_something_found_out_afterwards_is_an_incident_even_with_an_approved_tool(govbot):
    (answer,) = govbot(FOUND_OUT)
    lead = first_lines(answer["text"])
    assert answer["intent"] == "incident" and answer["confident"]
    assert re.search(r"report", lead, re.IGNORECASE) and re.search(r"immediately|24 hours", lead)
    assert not lead.startswith(("Yes", "Grammarly Business"))


def test_what_was_pasted_is_an_incident_after_who_is_speaking_too(govbot):
    pasted, asked = govbot(
        "payroll clerk - pasted a new starter's bank details into chatgpt this morning to check the format. "
        "we've got chatgpt enterprise so that's fine isn't it?",
        "payroll clerk - can i paste a new starter's bank details into chatgpt to check the format?",
    )
    assert pasted["intent"] == "incident" and pasted["confident"]
    assert re.search(r"report", first_lines(pasted["text"]), re.IGNORECASE)
    assert not first_lines(pasted["text"]).startswith(("No", "ChatGPT Enterprise"))
    assert asked["intent"] != "incident"  # asking first is no incident, whoever asks


def test_a_tools_name_is_never_corrected_as_a_typo(govbot):
    (answer,) = govbot("is trint still ok for transcribing interviews?")  # "trint" is one slip from "print"
    assert answer["tool"]["name"] == "Trint" and answer["tool"]["status"] == "retired"
    assert first_lines(answer["text"], 1).startswith("Trint (Trint) was retired")


def test_the_owner_asked_for_is_in_the_first_line(govbot):
    (answer,) = govbot("who's the tool owner for perplexity? need to ask them something")
    assert answer["tool"]["name"] == "Perplexity Enterprise Pro"
    assert "Its owner is Oliver Grant" in first_lines(answer["text"], 1)


def test_a_limit_asked_of_a_tool_named_after_an_ordinary_word_needs_a_number(govbot):
    (answer,) = govbot("what's the longest meeting zoom ai companion can summarise?")
    assert answer["tool"]["name"] == "Zoom AI Companion"  # "meeting zoom" does not hide the name
    assert refused(answer)


def test_a_place_typed_in_lower_case_is_still_a_name_the_documents_never_use(govbot):
    lower, capitalised, left_out = govbot(
        "what does switzerland's law say about personal accounts for work?",
        "what does Switzerland's law say about personal accounts for work?",
        NAME_NEVER_USED_LEFT_OUT,
    )
    assert lower["confidence"] == pytest.approx(capitalised["confidence"])  # the same name, however typed
    assert lower["confidence"] < left_out["confidence"] - 0.2  # answering for Switzerland is in doubt


def test_a_word_the_policies_say_otherwise_is_not_corrected_into_another(govbot):
    (answer,) = govbot("can i log into chatgpt enterprise with my gmail for work?")
    assert answer["confident"] and "personal" in first_lines(answer["text"], 1).lower()
    assert not first_lines(answer["text"], 1).startswith("ChatGPT Enterprise")


def test_a_policy_topic_no_rule_covers_is_not_answered_by_the_tools_card(govbot):
    (answer,) = govbot(
        "our manager wants chatgpt to decide who gets which warehouse shifts, chatgpt is approved so fine?"
    )
    assert answer["tool"]["name"] == "ChatGPT Enterprise"
    assert refused(answer)
    assert answer["card"]["name"] == "ChatGPT Enterprise"  # shown as context


def test_an_incident_leads_with_the_deadline_its_procedure_sets_for_its_case(govbot):
    # "Report it within 24 hours (within one hour for a secret or credential, …)": a key is a secret
    (key,) = govbot("pasted an api key into chatgpt while debugging, how long have i got to report it?")
    assert key["intent"] == "incident" and key["confident"]
    assert re.match(r"Report it within one hour\.", first_lines(key["text"], 1)), key["text"][:200]


def test_something_going_on_now_is_an_incident(govbot):
    leaking, delivered = govbot(
        "i think our client-facing chatbot is leaking other customers' delivery addresses, who do i tell?",
        "we delivered a report to a client and it turns out chatgpt made up the figures in it",
    )
    for answer in (leaking, delivered):
        assert answer["intent"] == "incident" and answer["confident"], answer["question"]
        assert re.search(r"[Rr]eport", first_lines(answer["text"])) and not answer["text"].startswith("ChatGPT")
    assert "immediately" in first_lines(leaking["text"])  # personal data: at once, not within 24 hours


def test_the_severity_asked_is_the_row_of_the_severity_table_that_fits(govbot):
    internal, credentials = govbot(
        "meeting notes into an unregistered ai site - what severity?",
        "which severity is it when credentials get exposed?",
    )
    for answer, level in ((internal, "Severity 3 – Medium"), (credentials, "Severity 2 – High")):
        assert answer["confident"], answer["question"]
        assert first_lines(answer["text"], 1).startswith(f"{level}:"), answer["text"]


def test_using_a_tool_is_an_incident_only_when_asked_what_to_do_about_it(govbot):
    work, mistake = govbot(
        "we used chatgpt enterprise to categorise 20k product records, how many do we have to check?",
        "I used deepseek for a client summary before I knew it was rejected. what do I do now",
    )
    assert work["intent"] != "incident"
    assert mistake["intent"] == "incident" and re.search(r"[Rr]eport", first_lines(mistake["text"]))


def test_a_british_spelling_is_not_a_typo():
    # the embedding model's English word list spells the American way
    speller = Speller(["categorize", "labeled", "color", "records", "catalog"], lambda word: False)
    assert speller.correct("categorise the catalogue, colour and labelled recrods") == (
        "categorise the catalogue, colour and labelled records"
    )


def test_a_slip_in_a_word_formed_from_an_english_one_is_put_right():
    # neither word list holds "acknowledgement" whole: it is "acknowledge" with a noun's ending
    english = ["acknowledge", "time", "incident", "anonymous", "roster"]
    speller = Speller(english, lambda word: False, english)
    assert speller.correct("what's the acknowlegement time for an incident?") == (
        "what's the acknowledgement time for an incident?"
    )
    # a word so formed is no slip, and other endings are left alone ("anonymously", "rostering")
    assert speller.correct("anonymously, or by rostering") == "anonymously, or by rostering"


def test_a_slip_in_a_word_formed_from_an_english_one_gets_the_answer_spelt_right(govbot):
    typed, spelt = govbot(
        "whats the acknowlegement time for a sev 4 incident?", "whats the acknowledgement time for a sev 4 incident?"
    )
    assert typed["confident"] and first_lines(typed["text"]) == first_lines(spelt["text"])


def test_a_letter_before_a_word_makes_another_word_not_a_typo():
    # a word is begun on purpose: "xcode" is a name, not "code" with a slip; a doubled first letter is a slip
    speller = Speller(["code", "available", "chat"], lambda word: False)
    assert speller.correct("is copilot chat available in xcode? and in ccode") == (
        "is copilot chat available in xcode? and in code"
    )


def test_a_short_word_after_the_is_an_acronym_not_a_small_word_with_letters_swapped():
    speller = Speller(["guidance", "put", "out"], lambda word: False)
    assert speller.correct("has the hse put out guidance? cna i ask the ico") == (
        "has the hse put out guidance? can i ask the ico"
    )


def test_a_short_word_after_a_preposition_is_no_verb_with_letters_swapped():
    speller = Speller(["regions", "london"], lambda word: False)
    assert speller.correct("are the london regions on aws, azure or gcp? teh regions in teh uk") == (
        "are the london regions on aws, azure or gcp? the regions in the uk"
    )


def test_a_word_is_begun_on_purpose_so_its_first_letter_is_no_slip():
    speller = Speller(["chopper", "price", "shop"], lambda word: False)
    assert speller.correct("cctv that guesses each shopper's age? and the prixe") == (
        "cctv that guesses each shopper's age? and the price"
    )


def test_a_double_letter_typed_once_is_put_right_though_the_corpus_stems_to_it():
    # the corpus's words are stems: "clas" is how "class" is indexed, not a word anyone means
    english = ["class", "process", "data", "payroll"]
    speller = Speller([*english, "clas", "proces"], lambda word: word in ("clas", "proces"), english)
    assert (
        speller.correct("what data clas is payroll? whats the proces")
        == "what data class is payroll? what's the process"
    )


def test_a_two_part_question_neither_part_of_which_is_answered_is_refused_once(govbot):
    (answer,) = govbot(
        "what does colorado's AI act require from a deployer, and do we have to register with the state of colorado?"
    )
    assert not answer["confident"]
    assert first_lines(answer["text"], 1).startswith("I don't know")
    assert "For the rest of your question" not in answer["text"]


def test_a_question_asking_for_a_name_is_answered_only_by_a_sentence_that_names_one(govbot):
    who, role = govbot(
        "who is our DPO at the moment? need an actual name for a client's security form",
        "who signs off a DPIA for an AI tool?",
    )
    assert refused(who)
    assert role["confident"] and "DPO" in first_lines(role["text"], 1)  # a role asked for: the role answers


def test_a_sentence_saying_there_is_such_a_role_does_not_say_who_holds_it(govbot):
    counsel, auditor, dpo, findings = govbot(
        "who's the privacy counsel in amsterdam? need them to look over our dpia",
        "who's the internal auditor for this year's audit?",  # this year's holder: only a name says
        "who supports the DPO?",
        "who answers internal audit's findings?",
    )
    assert refused(counsel)
    assert refused(auditor)
    assert dpo["confident"] and "privacy counsel" in first_lines(dpo["text"], 1)
    assert findings["confident"] and "AI Governance Lead" in first_lines(findings["text"], 1)


def test_a_sentence_naming_only_the_role_asked_or_a_team_does_not_say_who_holds_it(govbot):
    owner, ciso, chair = govbot(
        "who's the technical lead for our self-hosted llama model? need to ask about patching",
        "whos the ciso these days? want to invite them to our ai demo",  # a person, whom a team does not name
        "who's the chair of the ethics board?",
    )
    assert refused(owner)
    assert refused(ciso)
    assert chair["confident"] and "Chief Risk Officer" in first_lines(chair["text"], 1)  # another role: who


def test_who_holds_a_post_is_answered_by_a_persons_name_not_by_the_post_or_a_team(govbot):
    risk, legal, bid, secretary = govbot(
        "who's our chief risk officer? want them looped in on the new model",  # the board names the post only
        "who's the head of legal atm?",
        "who heads up the bid team? need a name for a client's questionnaire",  # "The Bid Team" is no one's name
        "who's the ethics board secretary?",
    )
    for post in (risk, legal, bid):
        assert refused(post)
    assert secretary["confident"] and "Marta Kowalski" in first_lines(secretary["text"], 1)


def test_when_the_next_one_is_asks_for_its_date_or_month_not_that_it_happens(govbot):
    induction, review = govbot(
        "when's the next half-day reviewer induction running? just been nominated for the panel",
        "when's the next management review?",
    )
    assert refused(induction)
    assert review["confident"] and "December" in first_lines(review["text"], 1)


def test_what_a_term_is_is_said_by_a_sentence_defining_it_not_one_using_it(govbot):
    embedding, near_miss, incident = govbot(
        "what's an embedding? keeps coming up in data science meetings and i just nod along 😅",
        "what's a near miss?",
        "what is an ai incident?",
    )
    assert refused(embedding)
    assert near_miss["confident"] and "A near miss is an event" in first_lines(near_miss["text"], 1)
    assert incident["confident"] and "An AI incident is any event" in first_lines(incident["text"], 1)


def test_something_that_happened_to_no_ai_tool_and_no_data_is_no_ai_incident(govbot):
    dishwasher, chatbot = govbot(
        "the dishwasher in the 3rd floor kitchen is leaking everywhere, where do i report the incident?",
        "our chatbot is leaking order details, where do i report it?",
    )
    assert dishwasher["intent"] != "incident" and not dishwasher["confident"]
    assert chatbot["intent"] == "incident" and "24 hours" in first_lines(chatbot["text"])


def test_an_incidents_deadline_is_one_to_report_it_not_a_later_one_that_names_the_reporter(govbot):
    (answer,) = govbot("ai output we sent to a client turned out wrong, what now?")
    lead = first_lines(answer["text"])
    assert answer["intent"] == "incident" and "24 hours" in lead
    assert "ten business days" not in lead  # the post-incident review "with the reporter" is no deadline to report


def test_a_deadline_said_of_one_kind_of_incident_is_not_given_for_another(govbot):
    hacked, addresses = govbot(
        "i think our ai chatbot got hacked, what do i do?",
        "i pasted customer addresses into an unapproved chatbot, what now?",
    )
    assert "personal data breach" not in first_lines(hacked["text"])  # nothing says personal data is involved
    assert "24 hours" in first_lines(hacked["text"])
    assert first_lines(addresses["text"], 1).startswith("“Suspected personal data breach: report immediately.”")


def test_the_step_of_an_incident_asked_about_is_answered_first(govbot):
    (answer,) = govbot("our chatbot is leaking customer addresses and it's outside business hours, who do i call?")
    assert answer["intent"] == "incident"
    assert "on-call" in first_lines(answer["text"])


def test_words_that_only_colour_a_message_do_not_count_against_its_answer(govbot):
    plain, coloured = govbot(
        "do i have to tell people the note-taker is on?",
        "do i actually really have to tell people the note-taker is on anyway? lol",
    )
    assert coloured["confident"] and first_lines(coloured["text"], 1) == first_lines(plain["text"], 1)
    assert coloured["confidence"] == pytest.approx(plain["confidence"], abs=0.03)


def test_whether_something_is_an_incident_is_answered_by_the_rule_that_says_it_is_one(govbot):
    caught, where = govbot(CAUGHT_IN_TIME, "i pasted a customer list into chatgpt, where do i report it?")
    lead = first_lines(caught["text"])
    assert caught["intent"] == "incident" and caught["confident"]
    # the verdict, with the procedure's deadline and the kind of incident it is
    assert re.match(r"Report it within 24 hours\. It counts as an incident under “Harmful or biased output”: “", lead)
    assert "caught before it left us is still an incident" in first_lines(caught["text"], 1)
    assert "security incident form" in caught["text"]  # how to report follows
    # asked where to report, not whether: the procedure leads
    assert not first_lines(where["text"], 1).startswith("Report it within")
    assert "security incident form" in first_lines(where["text"])


def test_a_yes_within_a_tools_conditions_names_the_condition_on_that_class_of_data(govbot):
    (answer,) = govbot(CONDITION_ON_THE_CLASS)
    lead = first_lines(answer["text"], 1)
    assert answer["data"]["data_class"] == "restricted" and answer["data"]["allowed"]
    assert lead.startswith("Yes, within its conditions") and "DPIA for personal data" in lead


def test_a_device_left_behind_and_asking_whether_to_do_anything_is_an_incident(govbot):
    (answer,) = govbot("left my laptop on the train last night with chatgpt logged in on it, do i need to do anything?")
    assert answer["intent"] == "incident" and answer["confident"]
    assert re.search(r"report", first_lines(answer["text"]), re.IGNORECASE)
    assert not first_lines(answer["text"], 1).startswith("ChatGPT Enterprise")


def test_a_second_question_that_first_tells_what_happened_is_answered_too(govbot):
    (answer,) = govbot(
        "is deepseek still banned?? and i kinda already used it last week for an email draft, do i need to do anything?"
    )
    first, second = first_lines(answer["text"], 2).split("\n")
    # what happened leads, whatever was asked first: it is to be reported; then the status asked about
    assert re.search(r"report", first, re.IGNORECASE)
    assert second.startswith("DeepSeek (DeepSeek) was rejected")
    assert len(answer["lead"]) == 2


def test_a_question_asking_for_a_date_or_a_figure_the_rules_do_not_give_is_refused(govbot):
    date, median, threshold = govbot(
        "when was the post-incident review for the chatbot incident held?",
        "what's our median time to contain an incident at the moment?",
        "what threshold of restricted data makes an incident severity 1?",
    )
    for answer in (date, median):  # the rules say when reviews are held and what the report gives, not these
        assert refused(answer)
    # a figure the rules do give is still answered
    assert threshold["confident"] and "100 people" in first_lines(threshold["text"])


def test_a_disclaimer_is_asked_about_in_the_policys_words_for_it(govbot):
    (answer,) = govbot("client wants our report by friday, chatgpt did most of it, do we need a disclaimer?")
    assert answer["confident"] and "include a statement" in first_lines(answer["text"], 1)


def test_a_subjectless_paste_told_in_slack_style_is_an_incident_and_not_a_personal_data_breach(govbot):
    (answer,) = govbot("pasted a client's contract into my personal chatgpt 20 mins ago, should i delete the chat?")
    lead = first_lines(answer["text"])
    assert answer["intent"] == "incident" and answer["confident"]
    assert "24 hours" in lead and "personal data breach" not in lead  # a personal account is no personal data


def test_data_dumped_or_chucked_into_a_tool_gets_the_tools_verdict_on_that_data(govbot):
    dumped, chucked = govbot(
        "can i dump everyone's training records into notion ai to build a tracker?",
        "could we chuck the customer delivery addresses into notion ai?",
    )
    assert dumped["data"]["data_class"] == "confidential" and not dumped["data"]["allowed"]
    assert first_lines(dumped["text"], 1).startswith("No: the policy classes “Employee objectives, training records")
    assert chucked["data"]["data_class"] == "restricted" and first_lines(chucked["text"], 1).startswith("No")


def test_data_said_to_be_left_out_or_a_system_named_after_data_gets_no_verdict_on_that_data(govbot):
    no_names, pipeline, trace = govbot(
        "can i put the forklift incident report into notion ai? no customer names in it",
        "can i paste our forecasting pipeline docs into notion ai?",
        "can i paste the stack trace and the function into notion ai to work out what's wrong?",
    )
    assert no_names["data"] is None and not first_lines(no_names["text"], 1).startswith("No:")
    assert pipeline["data"] is None  # the system that makes forecasts, not forecasts
    assert trace["data"]["kind"] == "Kestrel proprietary source code"  # code is what the question is about
    assert first_lines(trace["text"], 1).startswith("No:") and "confidential" in first_lines(trace["text"], 1)


def test_a_small_word_with_letters_swapped_and_a_possessive_are_put_right():
    speller = Speller(["client", "proposal", "pricing", "draft", "use"], lambda word: False)
    assert speller.correct("cna i use it to draft our clinet's pricing propsal?") == (
        "can i use it to draft our client's pricing proposal?"
    )
    assert speller.correct("is DPO or pii ok? xqz") == "is DPO or pii ok? xqz"  # no small word fits them


def test_a_yes_for_a_clients_data_names_the_tools_condition_on_client_data(govbot):
    (answer,) = govbot("cna i use chatgpt enterprise to draft our clinet's pricing proposal?")
    lead = first_lines(answer["text"], 1)
    assert answer["data"]["data_class"] == "confidential" and answer["data"]["allowed"]
    assert lead.startswith("Yes, within its conditions") and "Customer Contract Register" in lead


def test_how_long_till_a_request_is_decided_is_answered_by_the_turnaround_target(govbot):
    medium, high = govbot(
        "how long till a medium risk request gets decided?", "how soon will we hear back on a high risk request?"
    )
    assert first_lines(medium["text"], 1).startswith("10 business days: “Medium: 10 business days”")
    assert high["confident"] and first_lines(high["text"], 1).startswith("20 business days: “High")


def test_a_question_asking_for_fines_or_a_vendor_is_not_answered_by_a_sentence_without_one(govbot):
    fines, providers, subprocessors = govbot(
        "what fines can the regulator hand out for a breach of data protection law?",
        # the sentence names our own tools ("Zoom AI Companion and Notion AI"), not the providers asked for
        "which providers do the AI features in products we already use rely on?",
        "which sub-processors do the AI features in products we already use rely on?",  # no subscription
    )
    for answer in (fines, providers, subprocessors):
        assert refused(answer)


def test_a_figure_the_question_already_says_does_not_answer_how_long_something_else_takes(govbot):
    after, confirm = govbot(
        "once the post-incident review is done within the ten business days, how long until its actions are closed?",
        "is it ten business days for the post-incident review?",
    )
    assert not after["confident"]  # the rules say when the review happens, not when its actions close
    assert confirm["confident"] and "ten business days" in first_lines(confirm["text"], 1)  # confirmed by it


def test_a_section_named_by_number_is_answered_from_it(govbot):
    section, clause = govbot("section 13 - what happens there?", "clause 4 - what's expected of me?")
    for answer, number in ((section, "13"), (clause, "4")):
        assert answer["confident"]
        assert answer["citations"][answer["lead"][0]["citation"] - 1]["section"] == number


def test_the_press_is_asked_about_in_the_policys_words(govbot):
    (journalist,) = govbot("a journalist asked me how we use AI in our products - can i just reply?")
    assert journalist["confident"] and "cleared with legal and communications" in first_lines(journalist["text"], 1)


def test_doing_something_oneself_is_asked_about_in_the_policys_words(govbot):
    (answer,) = govbot("may auditors audit their area themselves?")  # "themselves": their own work
    assert answer["confident"] and "nobody audits their own work" in first_lines(answer["text"], 1)


def test_a_near_miss_is_answered_by_what_the_policy_says_of_near_misses(govbot):
    (answer,) = govbot("nearly uploaded the payroll file to gemini but spotted it just in time. anything i need to do?")
    assert answer["intent"] == "incident" and answer["confident"]
    assert "It counts as an incident under “Near misses”" in first_lines(answer["text"], 1)
    assert "72-hour" not in first_lines(answer["text"])


def test_a_deadline_to_report_is_a_time_said_after_report_not_before_it():
    assert says_to_report_within("Report an incident as soon as you are aware of it, and in any case within 24 hours.")
    assert says_to_report_within("Exposed credentials: rotate them immediately and report within one hour.")
    assert not says_to_report_within(
        "The GDPR 72-hour clock can start as soon as anyone is aware, so a delay in reporting uses up a third of it."
    )


def test_what_happened_is_told_after_and_then_and_asked_whether_it_is_an_incident(govbot):
    (answer,) = govbot(
        "made a custom GPT in chatgpt enterprise, loaded a client's rate card into it and then (stupidly) shared "
        "the link with the whole company. someone in sales already used it. is that actually an incident?"
    )
    lead = first_lines(answer["text"])
    assert answer["intent"] == "incident" and answer["confident"]
    assert "report" in lead.lower() and not lead.startswith("ChatGPT Enterprise")


def test_data_said_to_be_left_out_gets_no_verdict(govbot):
    (answer,) = govbot("can i paste our config file (no passwords or api keys in it) into claude to tidy it?")
    assert answer["data"] is None  # "no … keys": keys are not what is asked about
    assert "never in any AI tool" not in first_lines(answer["text"])


def test_a_subscription_paid_for_personally_is_a_personal_account(govbot):
    (answer,) = govbot("i pay for perplexity pro myself - ok to use it for work if i paste in client notes?")
    # the company edition's card does not answer for a subscription of one's own: the rule on personal
    # accounts does, or "I don't know"
    assert not first_lines(answer["text"], 1).startswith("Perplexity Enterprise Pro (Perplexity AI) is approved")
    assert answer["data"] is None


def test_the_fact_asked_for_is_the_one_asked_first(govbot):
    # the fine is asked for; the 72-hour deadline is what it is about, and the rules give no amount
    fine, date = govbot(
        "how big a fine could the regulator give us if we miss the 72-hour deadline?",
        "when exactly is the post-incident review for last week's incident?",  # a date, which the rules do not give
    )
    for answer in (fine, date):
        assert refused(answer)


def test_slack_shorthand_is_read_as_the_words_it_stands_for():
    speller = Speller(["hours", "because", "people", "watched"], lambda word: False)
    assert speller.correct("what hrs is it watched? asking bc ppl say so") == (
        "what hours is it watched? asking because people say so"
    )
    assert speller.correct("what sev is it and hw quick does secops act") == (
        "what severity is it and how quick does security operations act"
    )
    # a word the documents use themselves is theirs, not shorthand
    assert Speller(["pic"], lambda word: word == "pic").correct("is the pic ok") == "is the pic ok"


def test_a_contraction_typed_without_its_apostrophe_is_not_put_right_to_another_word():
    # "hats", "agent" and "want" are a letter away, and English words
    speller = Speller(["hats", "agent", "want", "deadline", "approved"], lambda word: False)
    assert speller.correct("whats the deadline") == "what's the deadline"
    assert speller.correct("arent we approved? it wasnt") == "aren't we approved? it wasn't"


def test_a_question_asks_for_the_fact_it_names_first():
    assert fact_asked("how big a fine could the ICO give us if we miss the 72-hour deadline?") is AMOUNT
    assert fact_asked("what's the deadline, and how big is the fine?") is DURATION
    assert fact_asked("when exactly is the next re-review due?") is DATE
    assert fact_asked("what hours is the governance channel watched?") is CLOCK


def test_how_many_is_answered_by_a_bound_that_leaves_what_it_counts_to_the_words_before_it(govbot):
    (cap,) = govbot("our head of ops already owns 11 ai tools, is there a cap on how many one person can own?")
    assert cap["confident"] and "more than ten" in first_lines(cap["text"], 1)


def test_the_hours_a_channel_is_watched_are_answered_with_a_time_of_day(govbot):
    (hours,) = govbot("what hrs is the governance channel watched?")
    assert hours["confident"] and "09:00 to 17:30" in first_lines(hours["text"], 1)


def test_scoring_people_one_by_one_is_a_policy_question_not_a_tool_status(govbot):
    scoring, demo = govbot(
        "the client wants us to use chatgpt enterprise to score each agent on handling time from call transcripts. "
        "ok to go ahead?",
        "running a training session next week. can i use a real client's shipment extract in chatgpt enterprise "
        "for the demo prompts?",
    )
    assert not first_lines(scoring["text"], 1).startswith("ChatGPT Enterprise (OpenAI) is approved")
    assert demo["confident"] and "synthetic data" in first_lines(demo["text"], 1)


def test_candidates_cvs_are_personal_data_whose_breach_is_reported_immediately(govbot):
    (answer,) = govbot(
        "one of my team uploaded a pile of candidate CVs into an unregistered summariser site last night. "
        "how fast does it need to be reported?"
    )
    assert answer["intent"] == "incident" and "immediately" in first_lines(answer["text"], 1)


def test_a_checksum_that_does_not_match_is_a_model_security_incident(govbot):
    (answer,) = govbot(
        "just noticed the sha256 of the model weights we downloaded last week doesn't match the publisher's "
        "checksum. it's only loaded in a test env so far. do i report that or just delete it and re-download?"
    )
    lead = first_lines(answer["text"], 1)
    assert answer["intent"] == "incident" and "tampered with" in lead and "immediately" in lead


def test_copilot_in_excel_is_the_microsoft_365_copilot_and_fees_by_client_are_client_pricing(govbot):
    (answer,) = govbot("can i get copilot in excel to pull together what we billed each client (client names + fees)?")
    assert answer["tool"]["name"] == "Microsoft 365 Copilot"
    # the names of client companies are no personal data: with what they are billed, they are client pricing
    assert answer["data"] is not None and "pricing" in answer["data"]["kind"]
    assert first_lines(answer["text"], 1).startswith("Yes, within its conditions")


def test_what_made_it_an_incident_follows_the_steps_or_answers_is_that_a_problem(govbot):
    pasted, images, fine = govbot(
        INCIDENT,
        "the images in the deck we sent were made in midjourney and it has already gone out. is that a problem?",
        "pasted a client's stock levels into perplexity an hour ago to get a chart. it's approved so we're ok right?",
    )
    # asked what to do: the steps first (when and where to report), then why it is an incident
    lines = [line for line in pasted["text"].splitlines() if line.strip()]
    assert "security incident form" in "\n".join(lines[:2])
    assert re.search(r"ChatGPT Enterprise is approved for data up to confidential only.*restricted", lines[2])
    # asked whether it is a problem: the tool's status is the answer, straight after the first step
    lead = first_lines(images["text"])
    assert images["intent"] == "incident" and "report" in lead.lower()
    assert "Midjourney (Midjourney) was rejected" in lead
    assert images["text"].count("was rejected") == 1  # the card that follows does not say it again
    lead = first_lines(fine["text"])
    assert fine["intent"] == "incident" and re.search(r"up to internal only.*confidential", lead)
    assert not re.search(r"^Yes", lead, re.MULTILINE)


def test_a_message_sent_or_a_tool_acting_on_its_own_is_something_that_happened(govbot):
    sent, acting = govbot(
        "copilot drafted a client update with another client's figures in it and i hit send before checking. what now?",
        "my little copilot agent on the shared inbox has been sending half-finished replies to clients. what do i do",
    )
    for answer in (sent, acting):
        assert answer["intent"] == "incident" and "report" in first_lines(answer["text"]).lower()


def test_who_to_bug_about_a_tool_is_answered_by_its_owner(govbot):
    (answer,) = govbot("yo who do i bug about deepl, like who actually owns it")
    assert answer["confident"] and "Lotte de Vries" in first_lines(answer["text"])


def test_a_date_the_inventory_does_not_record_is_not_answered_by_the_card(govbot):
    decided, review = govbot(
        "when did chatgpt enterprise actually get approved? need the decision date",
        "when is chatgpt enterprise's next review due?",
    )
    assert not decided["confident"] and decided["tool"]["name"] == "ChatGPT Enterprise"  # the card as context
    assert review["confident"] and "2027" in first_lines(review["text"])


def test_can_a_tool_do_a_task_asks_whether_it_may_be_used_for_it(govbot):
    transcribe, languages = govbot(
        "we're interviewing our clients' store managers next week. can otter transcribe the calls?",
        "which languages can deepl pro translate into?",
    )
    assert transcribe["confident"] and "no client calls" in first_lines(transcribe["text"])
    assert not languages["confident"]  # what a tool can do is not what the inventory records


def test_can_a_tool_do_what_its_entry_never_speaks_of_asks_what_it_can_do(govbot):
    images, translate, summarise = govbot(
        "can chatgpt enterprise make images?",
        "can zoom ai companion translate a meeting live?",
        "can zoom ai summarise our weekly retro?",
    )
    assert not images["confident"] and images["tool"]["name"] == "ChatGPT Enterprise"  # the card as context
    assert not translate["confident"]
    # "summaries labelled and checked by the meeting owner": its entry speaks of summarising, on conditions
    assert summarise["confident"] and "summaries labelled" in first_lines(summarise["text"], 3)


def test_a_task_its_entry_speaks_of_done_to_a_thing_it_never_speaks_of_asks_what_it_can_do(govbot):
    form, workshop = govbot("can zoom ai summarise the incident form?", "can zoom ai summarise a client workshop?")
    # its entry speaks of summarising, never of forms, which the documents speak of: what the product can do
    # to one, which the inventory does not record
    assert not form["confident"] and form["tool"]["name"] == "Zoom AI Companion"  # the card as context
    # a common "client" and an unknown "workshop" say nothing of what the thing is: summarising decides
    assert workshop["confident"] and "client meetings" in first_lines(workshop["text"], 3)


def test_asked_who_a_sentence_that_names_nobody_does_not_answer(govbot):
    watched, dpia, appeal = govbot(
        "who watches the governance channel?", "who signs off a DPIA?", "who can appeal a rejection?"
    )
    assert not watched["confident"]  # the rules say when it is watched, not by whom
    assert dpia["confident"] and "Data Protection Officer" in first_lines(dpia["text"], 1)
    assert appeal["confident"] and "requester may appeal" in first_lines(appeal["text"], 1)


def test_asked_who_a_sentence_naming_only_the_roles_the_question_does_does_not_answer(shipped):
    # not "Every personal data breach is recorded in the DPO's breach log…", nor the rule on restricted data (a DPIA
    # "signed off by the DPO") for who signs while the DPO is away, nor "…a public figure or anyone else" for an author
    for asked in (
        "who audits the dpo's breach log?",
        "if the dpo is off sick for a few weeks, who signs off our dpia?",
        "who wrote 1984?",
        "who runs the half-day induction for new reviewers?",  # not "each reviewer completes the…reviewer induction"
    ):
        assert not shipped.answer(asked).confident, asked
    # …while a role besides the one asked about answers, written in lower case too ("a deputy from among the reviewers")
    cover = shipped.answer("who covers for the ai gov lead when theyre on holiday?")
    assert cover.confident and "names a deputy" in first_lines(cover.text, 1)
    # …and a role the message names only around its question may be the one asked for
    form = shipped.answer(
        "a client rang their account director saying our AI-written summary had made-up quotes in it. who fills in "
        "the incident form?"
    )
    assert form.confident and "Account Director completes the form" in first_lines(form.text, 1)


def test_a_part_of_a_tool_its_approval_does_not_cover_decides_over_the_data_verdict(govbot):
    claude_code, connector, pasted = govbot(
        "can i run claude code in my terminal against our repo? claude team is already approved for us",
        "can i just switch on the sharepoint connector in chatgpt enterprise? it's approved",
        "can i paste our code into claude?",
    )
    lead = first_lines(claude_code["text"], 1)
    assert "does not cover Claude Code" in lead and "separate registration" in lead and not lead.startswith("Yes")
    assert "does not cover connectors" in first_lines(connector["text"], 1)
    # pasting code is not running Claude Code: the data verdict, and the condition on Claude Code not said
    lead = first_lines(pasted["text"])
    assert lead.startswith("Yes") and "Claude Code" not in lead


def test_a_businesss_product_reviews_are_not_employee_reviews(govbot):
    (answer,) = govbot("a client sent us their product reviews, text only. can chatgpt enterprise find the themes?")
    assert "Employee objectives" not in answer["text"] and answer["data"] is None


def test_citations_are_numbered_in_the_order_their_quotes_are_shown(govbot):
    answers = govbot(
        TWO_PARTS,
        "who owns zoom ai companion, and how long do its recordings stick around?",
        INCIDENT,
        "how long do I have to report an incident, and can I skip code review for code ChatGPT wrote?",
        # a data verdict in a later part points at its table row by the number the row is cited as
        "is otter approved, and can i put customer personal data in it?",
    )
    for answer in answers:
        body = answer["text"].split("\n\n")[0]
        shown = list(dict.fromkeys(int(n) for n in re.findall(r"\[(\d+)\]", body)))
        assert shown == list(range(1, len(shown) + 1)), answer["text"]


def test_a_tool_owner_asking_is_answered_from_what_is_written_for_tool_owners(govbot):
    owner, employee = govbot(
        "i'm the tool owner, what do i need to do once our AI system is live?",
        "what do i need to do once our AI system is live?",
    )
    assert owner["confident"] and "thresholds that trigger action" in first_lines(owner["text"], 1)
    assert "thresholds that trigger action" not in first_lines(employee["text"], 1)


def test_a_condition_recorded_on_the_tool_answers_what_no_sentence_of_the_policies_does(govbot):
    checked, safari, setting = govbot(
        "translating a client's contract with deepl pro - does anyone have to check the translation after?",
        "is grammarly's browser extension available for safari?",
        "what's the setting called in zoom to stop ai companion switching itself on for every meeting i host?",
    )
    assert checked["confident"] and "checked by a qualified reader" in first_lines(checked["text"])
    # what the product can do, or what a setting is called, is no condition of its approval
    assert not safari["confident"] and not setting["confident"]


def test_asked_for_a_number_to_call_a_sentence_without_one_does_not_answer(govbot):
    (answer,) = govbot("what's the phone number for the security operations on-call?")
    assert not answer["confident"]  # the rules say to phone it, not what it is


def test_an_incident_with_an_approved_tool_says_the_condition_of_its_approval_it_bears_on(govbot):
    (answer,) = govbot(
        "otter auto-joined a client call from my calendar yesterday and recorded it all. what do i need to do?"
    )
    lines = [line for line in answer["text"].splitlines() if line.strip()]
    assert answer["intent"] == "incident" and "report" in lines[0].lower()
    assert any("Otter.ai is approved on a condition that bears on this" in line for line in lines[:3])


def test_personal_data_is_data_not_a_personal_edition(govbot):
    (answer,) = govbot("can i put customers' personal data into chatgpt enterprise?")
    assert answer["data"] == {
        "kind": "Customer personal data (names, delivery addresses)",
        "data_class": "restricted",
        "allowed": False,
    }
    assert "personal or free consumer AI account" not in first_lines(answer["text"])


def test_a_long_message_about_a_personal_edition_is_answered_by_the_rule_on_them(govbot):
    gmail, pro = govbot(
        "sso is broken so i've been logging into chatgpt with my gmail address instead. it's the same product as "
        "the enterprise one so fine for client stuff right?",
        "got claude pro on my own account - ok to use it to brainstorm taglines for our public website? only stuff "
        "already live on the site",
    )
    assert gmail["confident"] and "Never use a personal or free consumer AI account" in first_lines(gmail["text"], 1)
    assert pro["confident"] and "public data only" in first_lines(pro["text"], 1)


def test_a_later_part_asking_about_the_tool_is_answered_from_its_card_once(govbot):
    owner, data_class = govbot(
        "can otter record hr meetings, and who owns it?", "who owns deepl pro and whats its max data class?"
    )
    assert "Aisha Rahman" in first_lines(owner["text"])
    lead = first_lines(data_class["text"])
    assert "Lotte de Vries" in lead and "approved for data up to restricted" in lead
    assert data_class["text"].count("DeepL Pro (DeepL SE) is approved with conditions.") == 1


def test_how_quick_asks_for_a_time_and_sev_is_severity(govbot):
    quick, sev = govbot("how quick do i have to report a password i pasted?", "what sev is a near miss?")
    assert quick["confident"] and re.search(r"one hour|immediately", first_lines(quick["text"], 1))
    assert sev["confident"] and "Severity 4" in first_lines(sev["text"])


def test_a_data_verdict_in_a_later_part_points_at_the_row_it_quotes(govbot):
    (answer,) = govbot("is otter approved, and can i put customer personal data in it?")
    pointed = re.search(r"as restricted \[(\d+)\]", answer["text"]).group(1)
    quoted = re.search(r"delivery addresses\): Restricted” \[(\d+)\]", answer["text"]).group(1)
    assert pointed == quoted


def test_a_list_item_is_quoted_with_the_sentence_it_continues(govbot):
    (answer,) = govbot("how long does a vendor get to delete our data after we retire a tool?")
    lead = first_lines(answer["text"], 1)
    assert answer["confident"] and lead.startswith("Within 60 days")
    assert "When a tool is retired, the tool owner: obtains a deletion certificate within 60 days" in lead


def test_a_report_that_a_sentence_names_sets_no_deadline_to_report():
    assert not says_to_report_within("Vendors must send a SOC 2 Type II report issued within the last 12 months.")
    assert not says_to_report_within("Concealing an incident or delaying a report beyond 24 hours is misconduct.")
    assert says_to_report_within("The Tool Owner must report the following to the reviewers within ten business days:")


def test_session_cookies_are_secrets_and_the_time_to_report_is_the_one_after_report(govbot):
    (answer,) = govbot(
        "was debugging a login bug and dropped a HAR export into claude to read it... just clocked that HAR "
        "files include session cookies + auth headers. what do i do"
    )
    lead = first_lines(answer["text"], 1)
    assert answer["intent"] == "incident"
    assert lead.startswith("Report it within one hour") and "rotate or revoke" in lead


def test_a_belief_to_confirm_is_answered_by_the_sentence_that_puts_it_right(govbot):
    (answer,) = govbot(
        "a colleague put a spreadsheet of staff home addresses into some free AI formatting site on friday. "
        "the regulator's 72-hour clock only starts once security gets my report, right?"
    )
    assert answer["intent"] == "incident" and "as soon as anyone is aware" in first_lines(answer["text"], 1)


def test_public_reviews_of_a_business_are_not_employee_reviews(govbot):
    (answer,) = govbot("our trustpilot reviews are public anyway, can i paste them into deepseek to find themes?")
    assert "Employee objectives" not in answer["text"] and answer["data"] is None
    assert "DeepSeek (DeepSeek) was rejected" in first_lines(answer["text"], 1)


def test_a_retailers_private_label_range_is_no_personal_edition(govbot):
    (answer,) = govbot(
        "a grocery client sent the data for their private-label range (own-brand SKUs, cost prices, no customer "
        "info). can i use claude to build a margin bridge?"
    )
    assert "Personal accounts" not in first_lines(answer["text"])
    assert answer["data"]["data_class"] == "confidential" and answer["data"]["allowed"]


def test_a_tool_owner_saying_so_is_not_asking_who_the_owner_is(govbot):
    speaking, asking = govbot(
        "i'm tool owner for zoom ai companion - is it approved for client meetings?",
        "who is the tool owner for zoom ai companion?",
    )
    assert "Its owner is" not in speaking["text"] and "Its owner is" in first_lines(asking["text"], 1)


def test_asked_what_something_is_called_only_a_sentence_naming_it_answers(govbot):
    named, unnamed, issuer = govbot(
        "what's the regulator in the netherlands called that breaches are notified to?",
        # "The regulator can fine us…" shares its words and names no one
        "what's the data protection regulator called?",
        "which certification body issued grammarly's iso 27001 certificate?",  # a name the rules do not give
    )
    assert named["confident"] and "Autoriteit Persoonsgegevens" in first_lines(named["text"], 1)
    assert not unnamed["confident"] or "Autoriteit Persoonsgegevens" in first_lines(unnamed["text"], 1)
    assert not issuer["confident"]


def test_something_that_went_live_and_something_dropped_into_a_tool_happened(govbot):
    live, dropped = govbot(
        "the product descriptions chatgpt wrote for a client's web shop went live monday and turn out to copy a "
        "competitor's site. is that an incident?",
        "was fixing a bug and dropped a log file with customer emails into claude. what now",
    )
    assert live["intent"] == "incident" and dropped["intent"] == "incident"


def test_ones_own_work_deleted_by_accident_is_no_incident(govbot):
    (answer,) = govbot("accidentally deleted a chatgpt enterprise chat i still needed. can openai support restore it?")
    assert answer["intent"] != "incident" and "Report it" not in answer["text"]


def test_output_copied_word_for_word_counts_as_an_incident_of_its_kind(govbot):
    (answer,) = govbot(
        "the product descriptions chatgpt wrote for a client's web shop went live monday and half are word for "
        "word from a competitor's site. is that an actual AI incident?"
    )
    assert answer["intent"] == "incident" and "infringe someone's copyright" in first_lines(answer["text"], 1)


def test_asked_which_people_hold_a_role_now_a_day_of_the_week_names_no_one(govbot):
    (answer,) = govbot("which two people from infosec are on the review panel right now?")
    assert not answer["confident"]


def test_the_end_of_one_sentence_is_no_tools_name(govbot):
    (answer,) = govbot("found a model on a github repo, the weights are a .pkl file. ok to just load it on my laptop?")
    assert ".pkl" not in (answer["tool"] or {}).get("name", "") and "is not registered" not in answer["text"]


def test_whos_the_head_of_a_function_at_the_moment_asks_for_a_name(govbot):
    (answer,) = govbot("who's the head of data protection at the moment? need an actual name for a form")
    assert not answer["confident"]


def test_a_rule_forbidding_what_a_tool_is_asked_to_do_decides_over_its_card(govbot):
    (answer,) = govbot("can chatgpt scrape a competitors website for their prices? asking for the pricing team")
    lead = first_lines(answer["text"], 1)
    assert "scrape websites" in lead and not lead.startswith("ChatGPT Enterprise")
    assert answer["data"] is None  # a competitor's public prices are not a client's pricing


def test_a_question_that_says_nothing_of_what_it_is_about_is_read_with_the_words_around_it(govbot):
    (answer,) = govbot(
        "i'm the tool owner for grammarly and they've just emailed that their terms change next month to allow "
        "training on customer content. what do i need to do and how fast?"
    )
    assert answer["confident"] and first_lines(answer["text"], 1).startswith("Within ten business days")


def test_one_of_our_people_doing_it_is_something_that_happened(govbot):
    (answer,) = govbot("one of our analysts put a customer list into chatgpt, what now")
    assert answer["intent"] == "incident" and "report" in first_lines(answer["text"], 1).lower()


def test_a_name_the_message_already_says_or_a_policy_referred_to_is_not_the_name_asked_for(govbot):
    (answer,) = govbot("which cloud provider do our self-hosted models run on? i know it's the london region")
    assert not answer["confident"]


def test_how_long_something_takes_to_do_is_not_answered_by_the_deadline_to_do_it_by(govbot):
    takes, deadline, induction = govbot(
        "how long does the ai awareness e-learning take to complete? want to block out time",
        "how long do new joiners have to complete the ai awareness e-learning?",
        "how long is the reviewer induction?",
    )
    assert not takes["confident"]
    assert first_lines(deadline["text"], 1).startswith("Within 30 days")
    assert induction["confident"] and "half-day induction" in first_lines(induction["text"], 1)


def test_a_label_put_on_a_site_is_nothing_that_happened(govbot):
    (answer,) = govbot("what's the exact name of the sensitivity label i put on our sharepoint site?")
    assert answer["intent"] != "incident"


def test_a_deadline_given_as_either_of_two_figures_is_said_with_both():
    sentence = "The Account Director notifies the client within the contractual deadline, usually 24 or 48 hours."
    assert plain_rule("how fast does the client have to be told?", sentence) == "24 or 48 hours"
    assert plain_rule("how long do i have to report?", "Report it within 24 hours.") == "Within 24 hours"


def test_whether_people_must_be_told_is_no_question_for_a_data_verdict(govbot):
    (answer,) = govbot("claude has been approved for HR to use on customer personal data. do staff have to be told?")
    assert answer["data"] is None


def test_a_severity_the_message_gives_is_answered_by_the_sentence_about_that_level(govbot):
    (answer,) = govbot(
        "handler just closed my sev 3 - do i have to sit through a blameless post-incident review or is that "
        "only for the serious ones?"
    )
    lead = first_lines(answer["text"], 1)
    assert answer["confident"] and "short written review by the handler" in lead
    assert "Severity Severity" not in answer["text"]


def test_only_a_row_of_the_severity_table_is_said_as_a_level_before_its_quote():
    row = "3 – Medium: Internal data in an unregistered tool: 1 business day"
    assert plain_rule("what severity is that?", row) == "Severity 3 – Medium"
    assert plain_rule("what severity is that?", "Severity 1 and 2 incidents receive a blameless review.") == ""


def test_a_section_named_does_not_answer_a_figure_it_does_not_give(govbot):
    named, numbered = govbot(
        "§22 monitoring q - what drift threshold should trigger action?",
        "clause 22 - what drift threshold should trigger action?",
    )
    assert not named["confident"] and not numbered["confident"]


def test_what_is_asked_for_in_words_the_documents_never_use_is_not_answered(govbot):
    (answer,) = govbot("what letterhead do i use for a written exception request?")
    assert not answer["confident"]


def test_a_choice_offered_is_decided_only_by_a_sentence_that_speaks_of_one_or_denies_them_all(govbot):
    neither, denied = govbot(
        "does the DPO sign off a DPIA by email or on paper?",
        "i caused an incident and reported it straight away - will i get a written warning or a final written warning?",
    )
    assert not neither["confident"]  # "The DPO signs off every DPIA…" says nothing of how
    assert denied["confident"] and "not face disciplinary action" in first_lines(denied["text"], 1)


def test_how_long_something_is_kept_is_not_answered_by_a_deadline_to_do_it(govbot):
    certificate, records = govbot(
        "how long do we keep the deletion certificate once a tool is retired?",
        "how long are incident records kept?",
    )
    assert not certificate["confident"]  # "obtains a deletion certificate within 60 days" is when, not how long
    assert records["confident"] and first_lines(records["text"], 1).startswith("Six years")


def test_the_data_breach_log_is_a_record_not_a_breach_that_happened(govbot):
    (answer,) = govbot("who can see the entries in our personal data breach log?")
    assert answer["intent"] != "incident"


def test_where_to_find_a_number_answers_unless_the_message_says_it_cannot_use_those_places(govbot):
    where, not_there = govbot(
        "what's the facilities helpdesk number?",
        "what's the actual facilities helpdesk number? the back of my staff card is worn off and i can't get onto "
        "the intranet",
    )
    assert where["confident"] and "number is on the intranet" in first_lines(where["text"], 1)
    assert not not_there["confident"]


def test_a_figure_or_a_sentence_the_message_already_gives_is_not_what_it_asks_for(govbot):
    known, quoted, asked = govbot(
        "i know the max is 20 business days for an appeal, but how long do i get if i was on leave when the "
        "rejection came?",
        "our handbook says 'the review panel has eight members, two from each of four functions' - which functions?",
        "how long do i have to appeal a rejection?",
    )
    assert not known["confident"] and not quoted["confident"]
    assert first_lines(asked["text"], 1).startswith("Within 20 business days")


def test_a_stores_health_and_people_said_to_be_left_out_are_no_personal_or_health_data(govbot):
    (answer,) = govbot(
        "a client sent their weekly store health export - shrink and availability per store, nothing about staff "
        "or shoppers. ok to use claude on it?"
    )
    assert not first_lines(answer["text"], 1).startswith("No")
    assert answer["data"] is None or answer["data"]["data_class"] != "restricted"


def test_a_question_after_reporting_is_not_answered_with_the_steps_to_report(govbot):
    after, what_else = govbot(
        "i pasted a client list into chatgpt yesterday and reported it through the form straight away. how often "
        "will the handler send me updates?",
        "i pasted a client list into chatgpt yesterday and already reported it - what else do i need to do?",
    )
    assert not after["confident"]  # nothing in the rules says how often; "report within 24 hours" is no answer
    assert what_else["confident"] and what_else["intent"] == "incident"


def test_who_exactly_asks_for_names_and_why_one_asks_is_no_second_question(govbot):
    (answer,) = govbot("who exactly sits on the review panel? would rather message one of them directly")
    assert not answer["confident"]  # the rules give the panel's make-up, not who is on it
    assert "For the rest of your question" not in answer["text"]


def test_a_deadline_the_message_says_it_knows_does_not_answer_what_it_asks_beyond_it(govbot):
    beyond, asked = govbot(
        "a new joiner starts monday. i know they have 30 days for the ai awareness e-learning, but is there "
        "anything they must do before their first day?",
        "how long do new joiners have for the ai awareness e-learning?",
    )
    assert not beyond["confident"]
    assert first_lines(asked["text"], 1).startswith("Within 30 days")


def test_data_put_through_a_check_is_nothing_that_happened(govbot):
    (answer,) = govbot("we've put the client extract through the anonymisation checklist. how long does sign-off take?")
    assert answer["intent"] != "incident" and "Report it" not in answer["text"]


def test_a_pass_mark_is_a_figure_a_deadline_does_not_give(govbot):
    (answer,) = govbot("what's the pass mark for the ai awareness e-learning?")
    assert not answer["confident"]


def test_a_sum_the_message_gives_is_answered_by_the_band_it_falls_in(govbot):
    above, within = govbot(
        "how do we buy an ai platform that costs £80k a year?",
        "what's the buying route for an AI contract worth about £30k a year?",
    )
    assert above["confident"] and "Competitive tender" in first_lines(above["text"], 1)
    assert "Under £10,000" not in first_lines(within["text"], 2)  # the band £30k is not in never leads


def test_a_figure_of_what_happened_in_a_period_is_not_a_rule(govbot):
    last_year, so_far, rule = govbot(
        "how many people had their data exposed in AI incidents last year?",
        "how many people did the review panel have so far this year?",
        "how many members does the review panel have?",
    )
    assert not last_year["confident"]  # "more than 100 people" is where Severity 1 begins, no count of anything
    assert not so_far["confident"]
    assert rule["confident"] and "eight members" in first_lines(rule["text"])


def test_this_years_deadline_asks_for_a_date(govbot):
    this_year, rule = govbot(
        "what's the deadline for this year's awareness e-learning for new joiners?",
        "what's the deadline for new joiners to finish the awareness training?",
    )
    assert not this_year["confident"]  # "within 30 days of starting" is no date
    assert rule["confident"] and "30 days" in first_lines(rule["text"])


def test_a_limit_of_words_is_stated_only_by_a_figure_of_words(govbot):
    words, time = govbot("is there a word limit on an exception request?", "is there a time limit on exceptions?")
    assert not words["confident"]  # "at most six months" limits how long, not how many words
    assert time["confident"] and "six months" in first_lines(time["text"])


def test_what_another_source_says_is_answered_only_where_a_sentence_names_it(govbot):
    authority, regulator, ours = govbot(
        "what does the Autoriteit Persoonsgegevens say about AI note-takers?",
        "whats in the regulator's guidance on note-takers?",
        "what do the rules say about AI note-takers?",
    )
    assert not authority["confident"]  # our own rule on note-takers is not what the Dutch authority says
    assert not regulator["confident"]  # nor what is in the regulator's guidance
    assert ours["confident"] and "switch it off if anyone objects" in first_lines(ours["text"])


def test_data_named_alongside_is_judged_by_its_most_sensitive_part_and_data_taken_out_is_not(govbot):
    keys_in, keys_out = govbot(
        "ok to paste our source code into claude with the api keys in it?",
        "ok to paste our source code into claude if i take the api keys out first?",
    )
    assert keys_in["confident"] and first_lines(keys_in["text"]).startswith("No")
    assert "Passwords and API keys" in first_lines(keys_in["text"])
    assert keys_out["confident"] and first_lines(keys_out["text"]).startswith("Yes")
    assert "source code" in first_lines(keys_out["text"])


def test_the_free_edition_of_a_tool_in_the_inventory_gets_the_personal_accounts_rule(govbot):
    (free,) = govbot("is free grammarly ok for work emails?")
    assert free["confident"] and "Never use a personal or free consumer AI account" in first_lines(free["text"])


def test_a_deadline_asked_by_when_may_be_an_event(govbot):
    (owners,) = govbot("when do tool owners have to finish their owner training by?")
    assert owners["confident"] and "before their first registration is approved" in first_lines(owners["text"])


def test_who_is_on_a_body_is_answered_by_its_members_quoted_with_the_sentence_they_lean_on(govbot):
    (board,) = govbot("whos actually on the ethics board lol")
    lead = first_lines(board["text"])
    assert board["confident"] and "Head of Legal" in lead and "Chief Risk Officer" in lead


def test_what_a_tool_does_with_our_data_is_answered_by_its_entry_where_it_records_it(govbot):
    kept, trained, prompts, formatting, language = govbot(
        "does deepl pro keep the stuff we translate?",
        "does grammarly train on our writing?",
        "does github copilot keep our prompts?",
        "does deepl pro keep the formatting when i translate a word doc",
        "does notion ai work in arabic?",
    )
    assert kept["confident"] and "Texts deleted after translation" in first_lines(kept["text"])
    assert trained["confident"] and "training opt-out" in first_lines(trained["text"])
    assert prompts["confident"] and "prompt and suggestion retention off" in first_lines(prompts["text"])
    assert not formatting["confident"]  # keeping a document's layout is not keeping our data
    assert not language["confident"]  # what the product does, which its entry does not record


def test_a_vendors_status_page_and_terms_are_not_what_the_inventory_records(govbot):
    status_page, vendor_terms, ours = govbot(
        "is there a status page for zoom ai companion showing outages?",
        "what conditions does adobe put on using firefly images commercially?",
        "what conditions does zoom ai companion have?",
    )
    assert not status_page["confident"] and status_page["tool"]["name"] == "Zoom AI Companion"
    assert not vendor_terms["confident"]
    assert ours["confident"] and "host switches it on per meeting" in ours["text"]


def test_a_choice_is_its_words_before_a_preposition_and_a_tables_header_states_nothing(govbot):
    (choice,) = govbot("are low tier requests on the e3 or e5 track for turnaround targets?")
    assert not choice["confident"]  # neither "e3" nor "e5" is said anywhere; "turnaround targets" was no choice
    assert "Tier: Target" not in choice["text"]


def test_a_date_its_notes_state_is_answered_by_the_card(govbot):
    rejected, approved = govbot(
        "when did hirevue get rejected?", "when did chatgpt enterprise actually get approved? need the decision date"
    )
    assert rejected["confident"] and "2026-04" in first_lines(rejected["text"])
    assert not approved["confident"]  # its notes give no date


def test_who_holds_a_role_the_documents_never_name_is_refused(govbot):
    cto, vp, chair = govbot(
        "who's the cto on the ethics board?", "who's the vp of the review panel?", "who chairs the ethics board?"
    )
    assert not cto["confident"]  # the board's sentence names its chair and members, no CTO
    assert not vp["confident"]
    assert chair["confident"] and "Chief Risk Officer" in first_lines(chair["text"])


def test_which_thing_it_is_is_not_said_by_a_sentence_silent_on_it(govbot):
    report_format, proof = govbot(
        "what format does the quarterly report to the steering group use?", "what proof do vendors need to give?"
    )
    assert not report_format["confident"]  # the report's sentence says what it gives, not in what format
    assert proof["confident"] and "SOC 2 Type II" in first_lines(proof["text"])  # proof: the evidence asked for


def test_a_word_one_letter_off_a_kind_of_data_is_not_that_kind(govbot):
    plane, plans = govbot("is otter ok to use on a plane with no wifi?", "can i put our budget plans into otter?")
    assert "budgets and plans" not in plane["text"]  # a plane is not a plan
    assert first_lines(plans["text"]).startswith("No") and "budgets and plans" in first_lines(plans["text"])


def test_an_ai_notetaker_is_a_kind_of_tool_not_one_called_notetaker(govbot):
    (hearing,) = govbot("can we use an ai notetaker in a grievance hearing if both sides agree?")
    assert hearing["tool"] is None and "not registered" not in hearing["text"]
    # "Never use one in HR meetings" is quoted with the sentence that says what "one" is
    assert "Never use one in HR meetings" in first_lines(hearing["text"])


def test_a_connection_string_is_a_secret_and_running_files_through_a_tool_is_using_it(govbot):
    secret, ran = govbot(
        "oops put our azure storage connection string into claude, what now",
        "we ran a couple of candidate CVs through deepseek before finding out it's rejected. what do we do?",
    )
    assert secret["intent"] == "incident" and re.search(r"rotate|revoke", first_lines(secret["text"], 3), re.I)
    assert re.search(r"one hour|immediately", first_lines(secret["text"], 3))
    assert ran["intent"] == "incident" and "report" in first_lines(ran["text"]).lower()


def test_a_decision_about_someone_named_with_a_tool_gets_the_rule_not_the_card(govbot):
    (warning,) = govbot("can i use chatgpt to decide if someone on my team gets a written warning?")
    assert not first_lines(warning["text"]).startswith("ChatGPT Enterprise")


def test_key_dates_are_dates_not_a_thing_called_key(govbot):
    (dates,) = govbot("what are the key dates for the review panel?")
    assert dates["confident"] and "meets on Tuesdays" in first_lines(dates["text"])


def test_a_tool_named_with_a_semicolon_is_a_name(govbot):
    (tldv,) = govbot("is tl;dv ok as a meeting notetaker?")
    assert tldv["confident"] and first_lines(tldv["text"], 1).startswith("tl;dv is not registered")


def test_a_personal_edition_is_told_first_that_the_approval_does_not_cover_it(govbot):
    (own,) = govbot("i pay for deepl pro myself, ok to translate a client doc with it?")
    lead = first_lines(own["text"], 1)
    assert lead.startswith("DeepL Pro's approval does not cover your own or a free edition")
    assert "personal accounts not covered" in lead


def test_a_list_whose_opening_says_nothing_alone_is_quoted_with_the_title_of_each_item(govbot):
    (principles,) = govbot("wat are the principles behind these rules? tl;dr pls")
    lead = first_lines(principles["text"], 1)
    assert principles["confident"] and lead.startswith("“Four principles sit behind these rules:")
    assert all(title in lead for title in ("Registered tools only", "Data follows its class", "Report early"))


def test_one_thing_a_rule_forbids_among_several_is_found_by_its_meaning(govbot):
    (pending,) = govbot("our tool request is still pending, can i tell the client we'll be using it on their project?")
    assert pending["confident"] and "tell a client the tool is being used" in first_lines(pending["text"], 1)


def test_how_long_someone_takes_is_answered_only_by_a_sentence_about_them(govbot):
    bid, review = govbot(
        "how long does the bid team usually take to answer a client's ai questionnaire?",
        "how long does a medium risk review usually take?",
    )
    assert not bid["confident"]  # the targets are the review's, not the Bid Team's
    assert review["confident"] and "10 business days" in first_lines(review["text"])


def test_how_much_warning_asks_for_a_time(govbot):
    (warning,) = govbot("how much warning do we get before a tool gets retired?")
    assert warning["confident"] and re.search(r"30 days", first_lines(warning["text"], 1))


def test_a_slightly_wrong_output_sent_to_a_client_is_told_its_severity(govbot):
    (newsletter,) = govbot("chatgpt got a date slightly wrong in a newsletter we sent a client. what severity is that")
    assert first_lines(newsletter["text"], 1).startswith("Severity 3")


def test_another_edition_named_after_a_tool_is_not_answered_by_the_registered_ones_card(govbot):
    (team,) = govbot("chatgpt enterprise is approved, so chatgpt team is covered too right?")
    lead = first_lines(team["text"], 1)
    assert not lead.startswith("ChatGPT Enterprise (OpenAI) is approved") and not lead.startswith("Yes")


def test_who_held_a_role_on_one_occasion_is_answered_only_by_names(govbot):
    (dpia,) = govbot("who was the person that signed off the DPIA for otter last year?")
    assert not dpia["confident"]  # the rules say which role signs DPIAs off, not who did


def test_a_sentence_that_only_says_they_do_is_quoted_with_what_they_do(govbot):
    (kinds,) = govbot("which kinds of tools nearly always need a full impact assessment?")
    assert kinds["confident"] and "Hiring tools" in first_lines(kinds["text"], 1)


def test_what_the_policy_says_of_the_condition_that_bears_comes_first(govbot):
    (missing,) = govbot(
        "this client isnt in the contract register at all - can i still put their data in chatgpt enterprise?"
    )
    rule, status = first_lines(missing["text"], 2).split("\n")
    assert "ask the Account Director" in rule
    assert (
        status.startswith("ChatGPT Enterprise (OpenAI) is approved with conditions") and "Contract Register" in status
    )


def test_how_many_days_of_something_the_rules_never_count_is_refused(govbot):
    (leave,) = govbot("how many days of annual leave do new joiners get?")
    assert not leave["confident"]  # 30 days is when the e-learning is due, not a holiday allowance


def test_a_place_the_rules_never_name_asked_about_in_lower_case_is_not_answered(govbot):
    (canada,) = govbot("does canada have a 72-hour clock for breaches too?")
    assert not canada["confident"]


def test_what_a_tool_itself_takes_or_costs_is_answered_only_by_a_sentence_naming_it(govbot):
    cost, deletion = govbot(
        "how much does notion ai cost a year?", "how many days does anthropic take to delete our data after we ask?"
    )
    assert not cost["confident"]  # the buying routes say who approves a sum, not what Notion AI costs
    assert not deletion["confident"]  # 60 days is for the certificate when we retire a tool


def test_what_a_tool_has_is_answered_only_by_a_sentence_naming_it(govbot):
    report, duty = govbot("does otter have a SOC 2 Type II report?", "does anyone have to report near misses?")
    assert not report["confident"]  # the rules say what vendors must show, not what Otter has
    assert duty["confident"] and "#ai-governance" in first_lines(duty["text"])  # "have to" is a duty, not a thing had


def test_a_word_of_an_everyday_phrase_is_not_said_by_another_word_of_it(govbot):
    # "new starters" is the policy's "new joiners": "new" alone ("register new tools") does not say it
    (starters,) = govbot("what training do new starters do when they register new tools?")
    assert "New joiners complete the AI awareness e-learning" in first_lines(starters["text"], 1)


def test_what_a_product_is_or_was_trained_on_is_not_its_inventory_entry(govbot):
    (firefly,) = govbot(
        "is firefly trained only on adobe stock images? client wants to know if our visuals are commercially safe"
    )
    assert not firefly["confident"]  # neither its status ("commercially safe" is no "safe to use") nor stock levels


def test_what_something_is_at_the_moment_is_said_only_by_a_name(govbot):
    (now,) = govbot("whats currently the top repeat cause of incidents?")
    assert not now["confident"]  # the report gives repeat causes; which one tops the list now, no rule says


def test_a_choice_of_what_a_tool_can_do_that_its_entry_is_silent_on_is_not_its_card(govbot):
    (rooms,) = govbot("can zoom ai companion summarise each breakout room separately or only the main room?")
    assert not rooms["confident"]


def test_a_later_part_about_an_occasion_no_sentence_dates_is_not_read_with_it(govbot):
    (last,) = govbot("when was the last post-incident review held, and who was at it?")
    # who attends reviews in general is not who was at the last one
    assert not last["confident"]


def test_a_choice_of_kinds_of_one_thing_is_a_choice_of_what_sets_them_apart(govbot):
    # "…images or just square ones": the choice is widescreen or square, of which Firefly's entry says nothing
    widescreen, landscape = govbot(
        "can firefly do widescreen images or just square ones?", "can firefly do landscape images or only square ones?"
    )
    assert not widescreen["confident"] and widescreen["tool"]["name"] == "Adobe Firefly"
    assert not landscape["confident"]


def test_where_something_is_is_answered_only_by_a_sentence_saying_where(govbot):
    library, retired = govbot(
        "where do i find the bid team's standard answer library?", "where are tool retirements announced?"
    )
    assert not library["confident"]  # the rules say the Bid Team answers from it, not where it is kept
    assert retired["confident"] and "#ai-governance" in first_lines(retired["text"], 1)


def test_a_numbered_section_asked_for_a_fact_answers_with_the_sentence_stating_it(govbot):
    (high,) = govbot("section 16 q - how long for a high risk one?")
    assert high["confident"] and "20 business days" in first_lines(high["text"], 1)


def test_which_tool_does_its_job_better_is_no_rule_of_ours(govbot):
    summaries, smarter = govbot(
        "otter or zoom ai companion - which one writes better summaries?", "is chatgpt smarter than claude?"
    )
    assert not summaries["confident"] and not smarter["confident"]
    (personal,) = govbot("my personal chatgpt plus is way better than the work one, can I use it for client work?")
    assert personal["confident"]  # a preference told, with a question about it, is still answered


def test_how_it_went_on_one_occasion_is_no_rule_of_ours(govbot):
    target, decided = govbot(
        "did we hit the low-tier turnaround target last quarter?",
        "what did the steering group decide at last december's meeting?",
    )
    assert not target["confident"]  # the target is 5 business days; whether it was met, no rule says
    assert not decided["confident"]


def test_what_came_of_the_last_occasion_is_no_rule_of_ours(shipped):
    # "…minutes or notes of the last review with decisions" is evidence to keep, not what was decided
    decided = shipped.answer("what did the last management review decide?")
    how_often = shipped.answer("how often does the steering group hold the management review?")
    assert not decided.confident
    assert how_often.confident and "once a year" in first_lines(how_often.text, 1).lower()


def test_who_owns_something_is_said_only_by_a_sentence_of_owning(shipped):
    # "The policy applies to everyone working for… Kestrel…: employees, contractors…" names who it is for; the
    # byline under the policy's title names its owner
    policy_owner = shipped.answer("who owns the acceptable use policy?")
    incident_owner = shipped.answer("who owns an ai incident that isnt a security thing?")
    assert policy_owner.confident and "Owner: AI Governance Lead" in first_lines(policy_owner.text, 1)
    assert "applies to everyone" not in first_lines(policy_owner.text, 1)
    assert incident_owner.confident and "co-owns" in first_lines(incident_owner.text, 1)


def test_who_an_outside_organisation_is_is_said_only_by_its_name(govbot):
    insurer, who_decides = govbot("who's our cyber insurer?", "who decides whether the insurers are told?")
    assert not insurer["confident"]  # Legal notifies insurers: that names no insurer
    assert who_decides["confident"] and "Legal" in first_lines(who_decides["text"], 1)


def test_what_a_term_means_asked_without_an_article_is_answered_only_by_a_sentence_defining_it(govbot):
    soc2, report = govbot("what does soc 2 type ii actually mean?", "what is a soc 2 type ii report?")
    # the rules ask vendors for a SOC 2 Type II report, and say nothing of what one is
    assert not soc2["confident"] and not report["confident"]
    near_miss, meant = govbot("what actually is a near miss?", "what does near miss mean?")
    assert near_miss["confident"] and "A near miss is an event" in first_lines(near_miss["text"], 1)
    assert meant["confident"] and "A near miss is an event" in first_lines(meant["text"], 1)


def test_a_setting_of_a_product_is_answered_only_by_a_sentence_naming_the_product(govbot):
    recordings, templates = govbot(
        "can i change how long recordings are kept in otter?",
        "can I set up pull-request templates in GitHub Copilot?",
    )
    assert not recordings["confident"]  # incident records are kept six years: no setting of Otter's
    assert not templates["confident"]  # what a pull request must mention is not what Copilot can be set to


def test_which_part_of_a_product_it_is_is_not_answered_by_an_entry_silent_on_it(govbot):
    (model,) = govbot("which Gemini model does Gemini for Workspace use?")
    assert not model["confident"] and model["tool"]["name"] == "Gemini for Google Workspace"


def test_whether_a_product_the_documents_never_name_is_free_is_not_a_rule_on_free_accounts(govbot):
    (poe,) = govbot("is poe free?")
    assert not poe["confident"]  # what Poe costs, not whether a free account may take work data
    (free,) = govbot("can I use a free chatgpt account for work?")
    assert free["confident"] and "Never use a personal or free consumer AI account" in first_lines(free["text"])


def test_a_format_a_tools_entry_is_silent_on_asks_what_the_product_does(govbot):
    # "pdfs": a plural the stemmer leaves whole is read as its singular, which the documents use
    pdfs, contracts = govbot("can DeepL Pro translate PDFs?", "can DeepL Pro translate contracts?")
    assert not pdfs["confident"] and pdfs["tool"]["name"] == "DeepL Pro"
    assert contracts["confident"] and "qualified reader" in contracts["text"]  # a condition speaks of contracts


def test_what_a_product_can_do_is_answered_only_by_a_sentence_naming_it(govbot):
    detects, personal = govbot(
        "does ChatGPT Enterprise detect personal data?", "does Grammarly Business support personal accounts?"
    )
    assert not detects["confident"]  # a rule on personal accounts says nothing of what ChatGPT detects
    assert personal["confident"] and "Personal accounts" in first_lines(personal["text"])  # whether one may


def test_a_rule_asked_on_a_topic_the_documents_never_name_is_not_answered(govbot):
    secondments, remote = govbot("what are the rules about secondments?", "what's the policy on remote work?")
    # "secondments", "remote": words they never use (the principles "behind these rules" are about AI tools)
    assert not secondments["confident"] and not remote["confident"]


def test_the_policy_asked_on_a_topic_is_the_rule_a_sentence_states_whatever_it_calls_it(govbot):
    # the section is headed "Personal accounts", not "policy": its rule still answers
    (personal,) = govbot("what's the policy on personal accounts?")
    assert personal["confident"] and "Personal accounts may be used" in first_lines(personal["text"], 1)


def test_a_figure_or_a_name_of_the_business_is_not_answered_by_a_sentence_about_it(govbot):
    revenue, client, under_the_hood, partner = govbot(
        "what's Kestrel's revenue?",
        "who's Kestrel's biggest client?",
        "what AI does Kestrel Forecast use under the hood?",
        "who's my HR business partner?",
    )
    assert not revenue["confident"]  # a figure, which no sentence gives
    assert not client["confident"]  # "Kestrel Analytics Ltd" is the name the question already says, not a client's
    assert not under_the_hood["confident"]  # that Kestrel supplies forecasting models names none
    assert not partner["confident"]  # "People" for HR tools is a business area, not who partners me
    (applies,) = govbot("who do these rules apply to?")
    assert applies["confident"] and "everyone working for or on behalf of Kestrel" in first_lines(applies["text"], 1)


def test_what_another_body_expects_is_said_only_by_a_sentence_naming_it(govbot):
    (fca,) = govbot("what does the FCA say about personal accounts?")
    assert not fca["confident"]  # a word the documents never use names another source, which they do not speak for


def test_a_count_of_now_is_no_rule_of_ours_but_a_rules_measure_asked_now_is(govbot):
    owners, appeal = govbot(
        "how many tools does one owner have at the moment?", "how many days is the appeal window currently?"
    )
    assert not owners["confident"]  # the rules cap it at ten; how many one has now, they do not say
    assert appeal["confident"] and "20 business days" in first_lines(appeal["text"], 1)


def test_whether_a_product_handles_a_kind_of_data_asks_whether_it_may_take_it(govbot):
    handle, support = govbot(
        "does ChatGPT Enterprise handle confidential data?", "does ChatGPT Enterprise support confidential data?"
    )
    # the rule on confidential data answers, though it does not name ChatGPT
    assert handle["confident"] and "Confidential data" in first_lines(handle["text"], 1)
    assert support["confident"] and "Confidential data" in first_lines(support["text"], 1)


def test_what_a_tool_is_wanted_for_or_whether_it_works_well_is_no_question_of_its_status(govbot):
    app, language, tuned, fine, works_for_data, wanted_for = govbot(
        "is there a chatgpt app for slack so i can use it in channels?",
        "does chatgpt enterprise work ok if i write my prompts in portuguese?",
        "is chatgpt enterprise fine-tuned on our data?",
        "is chatgpt enterprise fine for client data?",
        "does claude work ok for client data?",
        "can I get chatgpt enterprise so I can draft client emails?",
    )
    # whether there is such a product, whether it works in a language, how it was built: its entry does not say
    assert refused(app) and refused(language) and refused(tuned)
    # …while whether it may be used, asked in those words, its card answers
    assert fine["confident"] and first_lines(fine["text"], 1).startswith("ChatGPT Enterprise (OpenAI) is approved")
    assert works_for_data["confident"] and first_lines(works_for_data["text"], 1).startswith("Claude Team")
    assert wanted_for["confident"] and first_lines(wanted_for["text"], 1).startswith("ChatGPT Enterprise")


def test_a_plural_acronym_names_a_kind_of_thing_not_which_one(govbot):
    model, keeper = govbot("which model does ChatGPT Enterprise use?", "who keeps the list of AI sub-processors?")
    assert refused(model)  # "model APIs for engineers" says there are such things, not which model it is
    assert keeper["confident"] and "DPO's office" in first_lines(keeper["text"], 1)


def test_whether_a_list_of_which_things_is_kept_asks_for_the_list_not_which_things(shipped):
    kept = shipped.answer("do we keep a list of which ai sub-processors are used for each client?")
    which = shipped.answer("which ai sub-processors are used for the halden foods account?")
    assert kept.confident and "DPO's office keeps the list" in first_lines(kept.text, 1)
    assert not which.confident  # which ones, for one client, no sentence says


def test_whether_a_tool_runs_offline_is_not_said_by_its_status(govbot):
    offline, no_wifi, internal = govbot(
        "can I use DeepL Pro offline?",
        "is otter ok to use on a plane with no wifi?",
        "can I use otter for internal meetings?",
    )
    assert refused(offline) and refused(no_wifi)  # how the product runs, which its entry does not record
    assert internal["confident"] and first_lines(internal["text"], 1).startswith("Otter.ai (Otter.ai) is approved")


def test_whether_a_tool_is_blocked_on_our_devices_is_not_said_by_its_status(govbot):
    laptops, blocked = govbot("is deepseek blocked on our managed laptops?", "is deepseek blocked?")
    assert refused(laptops)  # how it is stopped technically, which its entry does not record
    assert laptops["tool"]["name"] == "DeepSeek"  # its card shown as context
    assert blocked["confident"] and first_lines(blocked["text"], 1).startswith("DeepSeek (DeepSeek) was rejected")


def test_what_a_tool_can_be_made_to_do_is_no_leave_to_give_it_data(govbot):
    fine_tuned, used = govbot(
        "can github copilot business be fine-tuned on our own repos so its suggestions match our codebase?",
        "can github copilot business be used on our own repos?",
    )
    assert not (fine_tuned["confident"] and first_lines(fine_tuned["text"], 1).startswith("Yes"))
    assert fine_tuned["data"] is None  # the repos it would be made from are not data given to it
    assert used["confident"] and "GitHub Copilot Business" in first_lines(used["text"])  # leave, asked in the passive


def test_asking_whether_a_vendor_ever_had_a_breach_tells_of_no_incident(govbot):
    ever, dotted, happened = govbot(
        "has deepl ever had a data breach?",
        "has otter.ai ever had a data breach?",  # (a name with a dot in it)
        "deepl had a data breach, what do we do?",
    )
    assert refused(ever) and refused(dotted)  # a question of the vendor's history, which the rules do not tell
    assert happened["intent"] == "incident" and happened["confident"]
    assert "report" in first_lines(happened["text"]).lower()


def test_whether_a_tool_takes_files_of_a_format_is_not_said_by_its_status(govbot):
    excel, pdfs, addresses = govbot(
        "Can I upload Excel files to Perplexity Enterprise Pro?",
        "can I upload pdfs to claude?",
        "can I upload a csv of customer addresses to chatgpt?",
    )
    assert refused(excel) and refused(pdfs)  # what the product accepts, which its entry does not record
    assert excel["tool"]["name"] == "Perplexity Enterprise Pro"  # shown as context
    assert addresses["confident"] and "ChatGPT Enterprise" in first_lines(addresses["text"])  # data: its card


def test_a_ban_in_a_country_the_rules_never_name_is_not_the_tools_status(govbot):
    italy, ours = govbot("is chatgpt still banned in italy?", "is chatgpt banned?")
    assert refused(italy)  # another country's ban, of which neither the inventory nor the rules speak
    assert italy["tool"]["name"] == "ChatGPT Enterprise"  # shown as context
    assert ours["confident"] and first_lines(ours["text"], 1).startswith("ChatGPT Enterprise (OpenAI) is approved")


def test_something_sent_to_the_wrong_place_by_a_tool_already_happened(govbot):
    astray, hypothetical = govbot(
        "the ai route planner sent about 200 parcels to the wrong depot yesterday and the client's customers got them "
        "late. is that an ai incident?",
        "if the chatbot sent an answer to the wrong customer would that be an incident?",
    )
    assert astray["intent"] == "incident" and astray["confident"]
    assert "counts as an incident" in first_lines(astray["text"], 1)
    assert hypothetical["intent"] != "incident"  # what would happen, not what did


def test_whether_a_product_costs_extra_is_not_said_by_a_rule_on_paying_for_tools(govbot):
    extra, card = govbot(
        "does notion ai cost extra?", "up to what yearly cost can I pay for an AI tool on a company card?"
    )
    assert refused(extra)  # what Notion charges, the documents do not say
    assert card["confident"] and "£2,000 a year" in first_lines(card["text"], 2)


def test_a_language_something_comes_in_is_said_only_by_a_sentence_naming_it(govbot):
    dutch, deadline = govbot(
        "is the ai awareness e-learning available in dutch?", "when do new joiners do the AI awareness e-learning?"
    )
    assert refused(dutch)  # that new joiners take it within 30 days says nothing of its languages
    assert deadline["confident"] and "30 days" in first_lines(deadline["text"], 1)


def test_whether_something_is_paid_is_said_only_by_a_sentence_on_pay(govbot):
    paid, rota = govbot("do we get paid extra for being on the on-call rota?", "who runs the on-call rota?")
    assert refused(paid)  # who runs the rota says nothing of what those on it are paid
    assert rota["confident"] and "Security Operations runs the 24-hour on-call rota" in first_lines(rota["text"], 1)


def assistant_over(tmp_path, index_of, text: str, db: Database | None = None) -> Assistant:
    """An assistant over one document holding `text` (and the inventory in `db`, if given)."""
    (tmp_path / "doc.md").write_text(text, encoding="utf-8")
    return Assistant(index_of(tmp_path / "doc.md"), db=db)


NOTE_TAKERS = """\
# Meetings

## 1. What note-takers record
Note-takers such as Otter.ai record everyone in a meeting, processing personal data and often client confidential information.
"""  # noqa: E501


def test_how_a_tool_works_with_another_is_said_only_by_a_sentence_naming_the_other(tmp_path, index_of):
    db = Database(f"sqlite:///{tmp_path / 'inventory.db'}")
    db.migrate()
    import_csv(db, SHIPPED_INVENTORY, "tests")
    assistant = assistant_over(tmp_path, index_of, NOTE_TAKERS, db=db)
    sync = assistant.answer("can otter sync meeting notes into notion?")
    records = assistant.answer("what do note-takers like otter record?")
    db.dispose()
    assert not sync.confident  # what note-takers record names no Notion
    assert records.confident and "record everyone in a meeting" in records.text


REGISTRATION = """\
# Data protection

## 1. Registration
Kestrel is registered with the ICO as a data controller and renews its registration every year.
"""
REGISTRATION_NUMBER = """\
# Company details

## 1. Identifiers
Kestrel's ICO registration number is ZA123456.
"""


def test_an_identifier_asked_for_is_answered_only_by_a_sentence_giving_one(tmp_path, index_of):
    (tmp_path / "registration.md").write_text(REGISTRATION, encoding="utf-8")
    (tmp_path / "identifiers.md").write_text(REGISTRATION_NUMBER, encoding="utf-8")
    asked = "what's kestrel's ICO registration number?"
    without_one = Assistant(index_of(tmp_path / "registration.md")).answer(asked)
    with_one = Assistant(index_of(tmp_path / "registration.md", tmp_path / "identifiers.md")).answer(asked)
    assert not without_one.confident  # a registration renewed every year gives no number
    assert with_one.confident and "ZA123456" in first_lines(with_one.text, 1)


def test_a_time_given_for_one_task_does_not_answer_how_long_another_gets(govbot):
    settings, sso, terms, decision = govbot(
        "how many days does the tool owner get to set up the retention settings?",
        "our tool just got approved, how long does IT usually take to set up sso for it?",
        "how long does the tool owner have to tell the reviewers about new vendor terms?",
        "how long does a medium risk review usually take to get a decision?",
    )
    assert refused(settings)  # ten business days are to tell the reviewers of new terms, not to set anything up
    assert refused(sso)  # review targets are to a decision, not to setting up sign-in
    assert terms["confident"] and "ten business days" in first_lines(terms["text"], 1)
    assert decision["confident"] and "10 business days" in first_lines(decision["text"], 1)  # section: "to decision"


RE_REVIEWS = """\
# Tool reviews

## 1. Re-review
Every tool with a status of approved or approved_with_conditions is re-reviewed within 12 months of its last decision. govbot reminds the Tool Owner 30 days before the due date, in a direct message from which they request the re-review.

## 2. Answering the reviewers' questions
Answer everything asked in one reply if you can, since partial answers often lead to a second round. govbot reminds you after 14 days; if there is no answer after 30 calendar days, govbot flags the request to the reviewers.
"""  # noqa: E501


def test_a_date_due_is_said_only_by_a_sentence_speaking_of_what_is_due(tmp_path, index_of):
    assistant = assistant_over(tmp_path, index_of, RE_REVIEWS)
    probation = assistant.answer("when's my probation review due? started 5 months ago")
    self_reviews = assistant.answer("whats the timeline for this years review cycle? when do self-reviews close")
    re_review = assistant.answer("when's my tool's re-review due?")
    assert not probation.confident  # the rules never speak of probation, whatever other reviews they date
    assert not self_reviews.confident
    assert re_review.confident and "12 months" in re_review.text


TWO_LAWS = """\
# Data protection

## 1. Which law applies
Kestrel is subject to both the UK GDPR and the EU GDPR.

## 2. Near misses
A near miss is an event that could have caused an incident but did not.
"""


def test_a_difference_is_said_only_by_a_sentence_setting_one_thing_against_the_other(tmp_path, index_of):
    assistant = assistant_over(tmp_path, index_of, TWO_LAWS)
    laws = assistant.answer("whats the difference between the uk gdpr and the eu gdpr?")
    near_miss = assistant.answer("what's the difference between a near miss and an incident?")
    assert not laws.confident  # subject to both names both, and tells nothing apart
    assert near_miss.confident and "could have caused an incident but did not" in first_lines(near_miss.text, 1)


DECIDING_REQUESTS = """\
# Tool requests

## 1. Who may decide
Only the AI Governance Reviewers, and for low-risk requests the AI Governance Lead, may approve, approve with conditions, reject or return a request as needs_info. Anyone who feels pressured to approve a request should tell the AI Governance Lead.
"""  # noqa: E501


def test_who_signs_something_off_is_said_only_by_a_sentence_speaking_of_it(tmp_path, index_of):
    assistant = assistant_over(tmp_path, index_of, DECIDING_REQUESTS)
    headcount = assistant.answer("who signs off a new headcount request for my team?")
    tool_request = assistant.answer("who approves a low-risk tool request?")
    assert not headcount.confident  # who decides tool requests says nothing of headcount
    assert tool_request.confident and "AI Governance Lead" in first_lines(tool_request.text, 1)


TOOL_SUPPORT = """\
# Resources

## 1. Compute
Do not run models on unmanaged hardware with company data. If you need compute for an experiment, request it through the normal IT route so it is tracked and secured. Report unusual slowdowns or outages of an AI tool to its owner.
"""  # noqa: E501


def test_a_tool_running_slow_is_a_slowdown_to_report_to_its_owner(tmp_path, index_of):
    db = Database(f"sqlite:///{tmp_path / 'inventory.db'}")
    db.migrate()
    import_csv(db, SHIPPED_INVENTORY, "tests")
    assistant = assistant_over(tmp_path, index_of, TOOL_SUPPORT, db=db)
    slow = assistant.answer("chatgpt enterprise is super slow today, who do i tell?")
    db.dispose()
    assert slow.confident and "slowdowns or outages of an AI tool to its owner" in first_lines(slow.text, 1)
    assert slow.tool is not None and slow.tool["name"] == "ChatGPT Enterprise"  # whose card names the owner


EARLY_REASSESSMENT = """\
# Suppliers

## 1. Events that trigger an early re-assessment
The Tool Owner must report the following to the reviewers within ten business days, and the vendor is re-assessed before the next scheduled review:

- acquisition of the vendor or a change of control;
- a new sub-processor or hosting location;
- a change to terms on data use, retention or training.
"""  # noqa: E501


def test_a_vendor_bought_by_another_company_is_an_acquisition_of_the_vendor(tmp_path, index_of):
    assistant = assistant_over(tmp_path, index_of, EARLY_REASSESSMENT)
    bought = assistant.answer(
        "im a tool owner and our ai vendor just got bought by another company, do i need to tell anyone?"
    )
    licence = assistant.answer("we bought a licence for the tool, do we need to tell anyone?")
    assert bought.confident and "ten business days" in first_lines(bought.text, 1)
    assert "acquisition of the vendor" not in first_lines(licence.text, 1)  # buying from a vendor is no acquisition


BANNED_PRACTICES = """\
# Acceptable use

## 1. Practices banned by the EU AI Act
Kestrel will not develop, buy or use AI for any practice prohibited by Article 5 of the EU AI Act. These include:

- social scoring of individuals;
- exploiting vulnerabilities due to age, disability or social or economic situation;
- biometric categorisation to infer race, political opinions, trade union membership, religion or sexual orientation.
"""


def test_guessing_from_faces_is_biometric_categorisation_of_what_is_guessed(tmp_path, index_of):
    assistant = assistant_over(tmp_path, index_of, BANNED_PRACTICES)
    religion = assistant.answer(
        "client wants their store cameras to guess shoppers' religion from their faces, can we build that?"
    )
    age = assistant.answer("can we use ai to guess someone's age from their face for an age check?")
    assert religion.confident and "biometric categorisation to infer" in first_lines(religion.text, 1)
    assert not age.confident  # the ban lists what may not be inferred, and age is not among them


LINE_MANAGERS = """\
# Roles

## 1. Line managers
Line managers make AI governance real in their teams. They must:

- make sure new joiners complete the AI awareness e-learning within 30 days of starting;
- confirm the business need when a team member registers a tool;
- never pressure staff to use an unregistered tool to meet a deadline.
"""


def test_a_deadline_to_meet_is_told_not_asked_for(tmp_path, index_of):
    assistant = assistant_over(tmp_path, index_of, LINE_MANAGERS)
    pressed = assistant.answer("my boss says i have to use an unregistered tool to meet the deadline, can i?")
    asked = assistant.answer("what's the deadline for new joiners to do the e-learning?")
    assert pressed.confident and "never pressure staff" in first_lines(pressed.text, 1)  # no time is asked for
    assert asked.confident and "30 days" in first_lines(asked.text, 1)


PRIVACY_NOTICE = """\
# Data handling

## 1. Transparency
The employee privacy notice lists the categories of AI tools used on employee data, and the Tool Owner asks the DPO to update it when a new tool is approved for employee data.
"""  # noqa: E501


def test_where_something_is_said_may_be_the_document_that_says_it(tmp_path, index_of):
    assistant = assistant_over(tmp_path, index_of, PRIVACY_NOTICE)
    told = assistant.answer("where do staff get told which ai tools are used on their data?")
    kept = assistant.answer("where is the employee privacy notice kept?")
    assert told.confident and "employee privacy notice lists" in first_lines(told.text, 1)
    assert not kept.confident  # the notice named in the question is not where it is


def test_which_file_formats_a_tool_takes_is_not_said_by_its_status(govbot):
    formats, data = govbot("what file types can I upload to Claude?", "can I upload customer personal data to Claude?")
    assert refused(formats)  # its entry records what data may go in, not which formats it reads
    assert data["confident"] and first_lines(data["text"], 1).startswith("No")


TRAINING_AND_THE_ACT = """\
# Training and the law

## 1. AI awareness training
All staff complete the AI awareness e-learning within 30 days of joining.

## 2. Checking AI-generated records
Check at least 5% of AI-generated records before they are loaded into a client's system.

## 3. The EU AI Act
Kestrel will not use AI for any practice the EU AI Act prohibits.
"""


def test_a_share_or_a_fine_asked_for_is_said_only_by_a_sentence_giving_a_figure(tmp_path, index_of):
    assistant = assistant_over(tmp_path, index_of, TRAINING_AND_THE_ACT)
    share = assistant.answer("what % of staff have finished the ai awareness e-learning so far this year?")
    fine = assistant.answer("whats the eu ai act fine if we dont do ai literacy training?")
    checked = assistant.answer("what % of ai-generated records do i have to check?")
    allowed = assistant.answer("is it fine if we use AI for a practice the EU AI Act prohibits?")
    assert not share.confident  # that all staff take it within 30 days gives no share who have
    assert not fine.confident  # that we keep to the Act gives no fine
    assert checked.confident and "5%" in first_lines(checked.text, 1)
    assert allowed.confident and "prohibits" in first_lines(allowed.text, 1)  # "fine" asking leave, not a sum


SUB_PROCESSORS = """\
# Suppliers

## 1. Sub-processors
Contracts for AI tools must include at least 30 days' notice of new sub-processors, with a right to object.

## 2. Changes to this policy
This policy was last changed on 1 March 2026, when the notice period went from 14 to 30 days.
"""


def test_what_ever_happened_is_said_only_by_a_dated_record(tmp_path, index_of):
    assistant = assistant_over(tmp_path, index_of, SUB_PROCESSORS)
    objected = assistant.answer("has any client ever objected when we added a new sub-processor?")
    may_object = assistant.answer("can a client object to a new sub-processor?")
    changed = assistant.answer("has the notice period ever changed?")
    # after who is speaking, a message starts again ("legal - has…", "legal q: has…")
    spoken = [
        assistant.answer(f"legal{said} has any client ever objected when we added a new sub-processor?")
        for said in (" -", " q:", " here 👋")
    ]
    spoken_may_object = assistant.answer("legal - can a client object to a new sub-processor?")
    assert not objected.confident  # a right to object says nothing of anyone having objected
    assert not any(reply.confident for reply in spoken)
    assert may_object.confident and "right to object" in first_lines(may_object.text, 1)
    assert spoken_may_object.confident and "right to object" in first_lines(spoken_may_object.text, 1)
    assert changed.confident and "1 March 2026" in first_lines(changed.text, 1)


ASKING_CHANNEL = """\
# Asking about AI

## 1. The channel
The Slack channel #ai-governance is where to ask about AI; it has a reply target of one business day, in UK hours.

## 2. The law
Kestrel follows the EU AI Act for all work with EU clients.

## 3. Registering a tool
Register every AI tool in the inventory before anyone uses it for work.

## 4. Personal accounts
Never use a personal AI account for work data.

## 5. Client deliverables
Label client deliverables that AI substantially generated.

## 6. Meetings
Tell everyone in a meeting before a note-taker records it.

## 7. Incidents
Report an AI incident within 24 hours through the security incident form.

## 8. Code
A human reviews all AI-written code before it is merged.

## 9. Hiring
Never reject a candidate on an AI score alone.

## 10. Training
New joiners complete the awareness e-learning within 30 days.

## 11. Browser extensions
Install only browser extensions the inventory approves.

## 12. Retention
Chats are deleted after 90 days.

## 13. Vendors
Vendors give 30 days' notice of new sub-processors.

## 14. Exceptions
An exception lasts at most 90 days.

## 15. Images
Mark AI-generated images as such.

## 16. Secrets
Never paste passwords or keys into an AI tool.

## 17. Reviews
The review panel meets on Tuesdays.

## 18. Appeals
Appeal a rejection to the steering group within 14 days.
"""


def test_what_something_is_asked_to_have_is_said_only_by_a_sentence_naming_it(tmp_path, index_of):
    assistant = assistant_over(tmp_path, index_of, ASKING_CHANNEL)
    uk_act = assistant.answer("does the uk have its own ai act yet?")
    spoken = assistant.answer("legal q: does the uk have its own ai act yet?")
    target = assistant.answer("does the ai-governance channel have a reply target?")
    assert not uk_act.confident and not spoken.confident  # UK hours and the EU's act: no act of the UK's own
    assert target.confident and "one business day" in first_lines(target.text, 1)


SHIPPED_POLICIES = SHIPPED_INVENTORY.parent


def test_ai_output_loaded_into_a_system_is_read_as_fed_into_a_system_of_record(index_of):
    # the shipped documents whose sections on clients and suppliers compete with the one on systems of record
    assistant = Assistant(
        index_of(
            *(SHIPPED_POLICIES / "company" / f"{name}.md" for name in ("data-handling", "procurement-third-party")),
            SHIPPED_POLICIES / "iso42001" / "a10-third-party-relationships.md",
        )
    )
    loaded = assistant.answer(
        "using an llm to standardise product descriptions before we load them into the clients product master. "
        "how many do i have to check?"
    )
    consent = assistant.answer("the register says consent required for this client, can i use ai on their data?")
    assert loaded.confident and "5%" in first_lines(loaded.text, 1)
    assert consent.confident and "written client consent" in first_lines(consent.text, 1)


def test_a_choice_no_condition_speaks_of_is_not_decided_by_the_card(govbot):
    block_or_flag, filter_on = govbot(
        "is the public-code matching filter on github copilot set to block suggestions or just flag them?",
        "is the public-code matching filter on for github copilot?",
    )
    assert refused(block_or_flag)  # "public-code matching filter on" says neither
    assert "GitHub Copilot Business" in block_or_flag["text"]  # the card, as context
    assert filter_on["confident"] and "public-code matching filter on" in first_lines(filter_on["text"])


def test_a_thing_the_documents_never_name_is_not_answered_nor_what_it_does(index_of):
    # the shipped guidance on the tooling AI systems are built and run with, and on leadership
    iso = SHIPPED_POLICIES / "iso42001"
    assistant = Assistant(index_of(iso / "a4-resources.md", iso / "clauses-4-10.md"))
    wms = assistant.answer("which wms do our depots run?")
    wms_and_it = assistant.answer("which wms do our depots run and has it got ai built in?")
    tooling = assistant.answer("which tooling does each ai system depend on, and do we record it?")
    assert not wms.confident  # a short name, and still one the documents never use
    assert not wms_and_it.confident  # "it" is that thing: nothing the documents say is about it
    assert tooling.confident and "tooling" in first_lines(tooling.text, 1)


def test_a_cap_is_a_limit_the_documents_speak_of(govbot):
    (cap,) = govbot("is there a cap on how many tools one person can own?")
    assert cap["confident"] and "more than ten" in first_lines(cap["text"])


def test_a_condition_naming_a_role_does_not_say_who_holds_it(govbot):
    reader, checked, owner = govbot(
        "legal here - who's our qualified reader for contracts that go through deepl pro?",
        "do contract translations from deepl pro need checking?",
        "who's the owner of deepl pro?",
    )
    assert refused(reader) and "DeepL Pro" in reader["text"]  # the card, as context
    assert checked["confident"] and "qualified reader" in first_lines(checked["text"])
    assert owner["confident"] and "Lotte de Vries" in owner["text"]  # the owner, the card does name


CONTRACT_VARIATIONS = """\
# Client contracts

## 1. New sub-processors
Our client agreements usually allow a new sub-processor only after 30 days' notice.

## 2. Variations
The Account Director agrees any contract variation with Legal.
"""


def test_what_takes_the_time_may_be_said_at_length(tmp_path, index_of):
    assistant = assistant_over(tmp_path, index_of, CONTRACT_VARIATIONS)
    variation = assistant.answer("how long does a contract variation allowing ai on a client account usually take?")
    notice = assistant.answer("how long does the notice our client agreements give for a new sub-processor take?")
    assert not variation.confident  # the 30 days are a notice period, not how long a variation takes
    assert notice.confident and "30 days" in first_lines(notice.text, 1)


DEPUTIES = """\
# Governance roles

## 1. Scope
This document applies to all AI governance activity at Kestrel Analytics Ltd and its subsidiaries.

## 2. The AI Governance Lead
The AI Governance Lead has a deputy who covers absences.

## 3. Tool owners
The tool owner for Otter is Aisha Rahman, Head of Product.

## 4. Inventory entries
Every inventory entry records its tool's name and vendor.
"""


def test_the_name_of_a_person_asked_for_is_not_the_organisations(tmp_path, index_of):
    assistant = assistant_over(tmp_path, index_of, DEPUTIES)
    deputy = assistant.answer("whats the name of the ai governance lead's current deputy?")
    owner = assistant.answer("whats the name of the tool owner for otter?")
    assert not deputy.confident  # "Kestrel Analytics Ltd" names the organisation, not its deputy
    assert owner.confident and "Aisha Rahman" in first_lines(owner.text, 1)


CHANGEOVERS = """\
# Changes

## 1. Planning changes
When Kestrel moved risk triage from a web form into govbot, the two ran side by side for a month.

## 2. Backups
Backups of the inventory are taken once a day.
"""


def test_one_of_a_unit_is_a_duration(tmp_path, index_of):
    assistant = assistant_over(tmp_path, index_of, CHANGEOVERS)
    side_by_side = assistant.answer("when triage moved from the web form to govbot, how long did both run?")
    kept = assistant.answer("how long are backups of the inventory kept?")
    assert side_by_side.confident and "a month" in first_lines(side_by_side.text, 1)
    assert not kept.confident  # "once a day" is how often, not how long


BREACHES_AND_DPIAS = """\
# Data protection

## 1. Breaches
The DPO notifies the ICO within 72 hours of Kestrel becoming aware of a breach.

## 2. DPIAs
The DPO aims to respond to a DPIA within ten business days.
"""


def test_what_usually_happens_is_said_by_an_aim_not_a_deadline(tmp_path, index_of):
    assistant = assistant_over(tmp_path, index_of, BREACHES_AND_DPIAS)
    ico = assistant.answer("how long does the ico usually take after we notify a breach?")
    dpo = assistant.answer("how long does the dpo usually take to respond to a dpia?")
    deadline = assistant.answer("how long do we have to notify the ico of a breach?")
    assert not ico.confident  # our deadline to notify says nothing of how fast the ICO replies
    assert dpo.confident and "ten business days" in first_lines(dpo.text, 1)
    assert deadline.confident and "72 hours" in first_lines(deadline.text, 1)


RE_REVIEW_DUTIES = """\
# Re-reviews

## 1. Scheduling
The governance team schedules the 12-month re-reviews and chases Tool Owners whose tools are due.

## 2. Escalation
A re-review more than 30 days overdue is escalated to the Tool Owner's director.
"""


def test_which_one_leads_a_count_is_said_only_by_its_name(tmp_path, index_of, govbot):
    assistant = assistant_over(tmp_path, index_of, RE_REVIEW_DUTIES)
    most_overdue = assistant.answer("which team has the most overdue re-reviews right now?")
    escalated = assistant.answer("which re-reviews get escalated to the director?")
    assert not most_overdue.confident  # who chases re-reviews says nothing of whose are most overdue
    assert escalated.confident and "more than 30 days overdue" in first_lines(escalated.text, 1)
    most_used, shared = govbot(
        "which of our custom gpts in chatgpt enterprise get used the most?",
        "can i share my custom gpt in chatgpt enterprise with the whole company?",
    )
    assert refused(most_used) and "ChatGPT Enterprise" in most_used["text"]  # the card, as context
    assert shared["confident"] and "custom GPTs shared within your team only" in first_lines(shared["text"], 3)


def test_writing_as_someone_else_gets_the_rule_on_impersonation_not_the_tools_card(tmp_path, index_of):
    db = Database(f"sqlite:///{tmp_path / 'inventory.db'}")
    db.migrate()
    import_csv(db, SHIPPED_INVENTORY, "tests")
    assistant = Assistant(index_of(SHIPPED_POLICIES / "company" / "acceptable-use.md"), db=db)
    as_her = assistant.answer(
        "can i get chatgpt enterprise to write replies to my manager's clients so they look like they came from her?"
    )
    testimonials = assistant.answer("could chatgpt enterprise write a couple more client testimonials for our tender?")
    drafts = assistant.answer("can i get chatgpt enterprise to draft replies to my manager's client emails?")
    assert as_her.confident and "impersonate" in first_lines(as_her.text, 1)
    assert not first_lines(testimonials.text, 1).startswith("ChatGPT Enterprise")  # the tool's status decides nothing
    assert drafts.confident and "ChatGPT Enterprise" in first_lines(drafts.text)  # writing for oneself: the card
    db.dispose()


def test_what_something_counts_towards_is_said_only_by_a_sentence_naming_it(govbot):
    hours, due = govbot(
        "apprentice - does the ai awareness e-learning count towards my off-the-job training hours?",
        "when does a new joiner have to finish the ai awareness e-learning?",
    )
    assert refused(hours)  # when the e-learning is due says nothing of what it counts towards
    assert due["confident"] and "30 days" in first_lines(due["text"], 1)


def test_shares_in_a_vendor_are_a_financial_interest(index_of):
    # the shipped roles, whose reviewers' duties, quorum and conflicts compete with one another
    assistant = Assistant(index_of(SHIPPED_POLICIES / "company" / "governance-roles.md"))
    shares = assistant.answer(
        "im one of the infosec reviewers and just got allocated a request for a vendor i own a few shares in. "
        "am i ok to review it?"
    )
    assert shares.confident and "financial interest" in first_lines(shares.text, 1)


def test_a_class_a_tool_is_to_be_approved_for_is_no_question_of_which_class_data_is(govbot):
    approved_for, asked = govbot(
        "the vendor's staff can read our prompts to improve answer quality. is that ok if we want it approved for "
        "confidential client forecasts?",
        "is a customer's delivery address restricted?",
    )
    assert not re.match(r"(?:Public|Internal|Confidential|Restricted)\b", first_lines(approved_for["text"], 1))
    assert asked["confident"] and first_lines(asked["text"], 1).startswith("Restricted")


AUDIT_TRAIL = """\
# Records

## 1. Audit trail
The audit trail is kept for six years and is available, through the governance lead, to clients with a contractual right to see it.

## 2. Risk register
The AI risk register is reviewed every quarter by the steering group.
"""  # noqa: E501


def test_which_tool_or_which_clients_a_question_opens_with_is_said_only_by_a_name(tmp_path, index_of):
    assistant = assistant_over(tmp_path, index_of, AUDIT_TRAIL)
    which_clients = assistant.answer("which clients have a contractual right to see our audit trail?")
    what_tool = assistant.answer("what tool is the ai risk register kept in?")
    who_sees = assistant.answer("can a client see our audit trail?")
    how_often = assistant.answer("how often is the ai risk register reviewed?")
    assert not which_clients.confident  # clients with a right to see it, but not which ones
    assert not what_tool.confident  # how long the trail is kept is no tool
    assert who_sees.confident and "contractual right" in first_lines(who_sees.text, 1)
    assert how_often.confident and "every quarter" in first_lines(how_often.text, 1)


def test_how_to_do_something_to_a_thing_the_documents_never_name_is_refused(index_of):
    # the shipped registration policy, which says a great deal about requests
    assistant = Assistant(index_of(SHIPPED_POLICIES / "company" / "tool-registration-review.md"))
    sabbatical = assistant.answer("how do i request a sabbatical?")
    register = assistant.answer("how do i request a new ai tool?")
    assert not sabbatical.confident  # a request of another kind, of which the policy says nothing
    assert register.confident


def test_a_language_a_tool_works_in_is_not_said_by_its_card(shipped):
    german = shipped.answer("can github copilot chat answer in german?")
    status = shipped.answer("can i use github copilot chat on our repos?")
    assert not german.confident and "GitHub Copilot Business" in german.text  # the card, as context
    assert status.confident and "GitHub Copilot Business" in first_lines(status.text)


def test_a_sentence_leans_back_on_a_sentence_not_on_a_policy_s_header_line(shipped):
    # "…Last reviewed: 2026-09-01*" above "This policy sets out how AI tools… are registered in the… inventory":
    # the date is no date of the inventory
    updated = shipped.answer("when was the ai tool inventory last updated?")
    no_blame = shipped.answer("does the no-blame principle still cover me if i repeat the same breach after coaching?")
    assert not updated.confident
    # ("These cases may be handled under the Disciplinary Policy" still leans on the list item above it)
    assert no_blame.confident and "Disciplinary Policy" in first_lines(no_blame.text, 1)


def test_a_role_or_a_function_is_no_name_of_which_client_or_vendor(shipped):
    # "…maintained by Legal and the Account Directors", "…without an Information Security review": who does it,
    # not which clients or which vendor
    clients = shipped.answer("which clients are marked 'consent required' in the customer contract register?")
    vendor = shipped.answer("which vendor hosts the self-hosted models?")
    assert not clients.confident and not vendor.confident
    # (…which the same sentences say when who is asked)
    maintains = shipped.answer("which team maintains the customer contract register?")
    reviews = shipped.answer("who reviews a model endpoint before it is exposed to the internet?")
    assert maintains.confident and "maintained by Legal" in first_lines(maintains.text, 1)
    assert reviews.confident and "Information Security review" in first_lines(reviews.text, 1)


def test_a_tool_that_puts_something_somewhere_is_asked_what_it_can_do_not_whether_data_may_go_in(shipped):
    # "can midjourney put…": the tool puts, nothing is put into it
    text_on_images = shipped.answer("can midjourney put readable text on an image?")
    asked_both = shipped.answer("can midjourney put readable text on an image, and is it approved?")
    into_firefly = shipped.answer("can the design team put product shots into firefly?")
    assert not text_on_images.confident and "Midjourney" in text_on_images.text  # its card, as context
    assert asked_both.confident and "Midjourney (Midjourney) was rejected" in first_lines(asked_both.text, 1)
    assert into_firefly.confident and "Adobe Firefly (Adobe) is approved" in first_lines(into_firefly.text, 1)


def test_other_tools_besides_one_named_are_listed_without_it(shipped):
    images = shipped.answer("which image tools are approved besides firefly?")
    note_takers = shipped.answer("are there any other meeting note takers approved besides otter?")
    assert images.confident
    assert first_lines(images.text, 1) == "No AI tool for image generation is approved besides Adobe Firefly."
    assert note_takers.confident and "besides Otter.ai" in first_lines(note_takers.text, 1)
    assert [tool.name for tool in note_takers.tools] == ["Zoom AI Companion"]
    # other things than tools, which the inventory does not hold: the named tool's card is context, not the answer
    stock_photos = shipped.answer("which stock photo sites are approved alongside firefly?")
    assert not stock_photos.confident and "Adobe Firefly" in stock_photos.text
    firefly = shipped.answer("is firefly approved?")
    assert firefly.confident and "Adobe Firefly (Adobe) is approved" in first_lines(firefly.text, 1)


def test_where_a_thing_the_documents_never_name_is_found_is_refused(shipped):
    # the policies name Amsterdam (a privacy counsel is there), never a defibrillator
    defibrillator = shipped.answer("where's the defibrillator in the amsterdam office?")
    counsel = shipped.answer("where is the privacy counsel based?")
    # ("user docs" are the documentation the policies speak of)
    docs = shipped.answer("where do i find the user docs for claude?")
    assert not defibrillator.confident
    assert counsel.confident and "Amsterdam" in first_lines(counsel.text, 1)
    assert docs.confident and "tool owner" in first_lines(docs.text, 1)


def test_a_language_a_tool_translates_into_is_not_said_by_its_card(shipped):
    ukrainian = shipped.answer("can deepl pro translate into ukrainian?")
    documents = shipped.answer("can deepl pro translate documents?")
    assert not ukrainian.confident and "DeepL Pro" in ukrainian.text  # the card, as context
    assert documents.confident and "DeepL Pro (DeepL SE) is approved" in first_lines(documents.text, 1)


def test_a_task_on_something_neither_english_nor_the_documents_know_is_not_said_by_a_card(shipped):
    jstor = shipped.answer("can perplexity enterprise pro search paywalled journals like jstor?")
    retro = shipped.answer("can zoom ai summarise our team retro?")  # an English word: the verb decides
    assert not jstor.confident and "Perplexity Enterprise Pro" in jstor.text  # the card, as context
    assert retro.confident and "Zoom AI Companion (Zoom) is approved" in first_lines(retro.text, 1)


def test_a_language_a_tool_makes_something_in_is_not_said_by_its_card(shipped):
    # Textio's condition "drafting and checking job adverts only" bears on job ads, not on what languages it writes
    french = shipped.answer("can Textio write job ads in French?")
    ads = shipped.answer("can Textio write job ads?")
    assert not french.confident and "Textio" in french.text  # the card, as context
    assert ads.confident and "job adverts" in first_lines(ads.text)


RECORDINGS = """\
# Meetings

## 1. Retention periods
AI note-taker recordings: 30 days; transcripts are kept with the meeting records.

## 2. Workshops
Client workshops run for at most three hours.
"""


def test_how_long_something_is_kept_does_not_say_how_long_it_may_be(tmp_path, index_of):
    assistant = assistant_over(tmp_path, index_of, RECORDINGS)
    longest = assistant.answer("what's the longest meeting a note-taker can record?")
    kept = assistant.answer("how long are note-taker recordings kept?")
    around = assistant.answer("how long do note-taker recordings stick around?")
    workshop = assistant.answer("what's the longest a client workshop can run?")
    assert not longest.confident  # 30 days is how long the recording is kept, not how long a meeting may be
    assert kept.confident and "30 days" in first_lines(kept.text, 1)
    assert around.confident and "30 days" in first_lines(around.text, 1)
    assert workshop.confident and "three hours" in first_lines(workshop.text, 1)


def test_a_famous_character_in_ai_output_is_read_as_copyright(govbot):
    (mouse,) = govbot("firefly gave me an image that's basically a famous cartoon mouse, do i need to report that?")
    assert mouse["confident"] and "copyright" in first_lines(mouse["text"])


def test_another_company_edition_gets_the_rule_on_editions_not_the_one_on_personal_accounts(shipped):
    moving = shipped.answer(
        "we're thinking of moving from claude team to claude enterprise, does the current approval cover that?"
    )
    own = shipped.answer("can i use my own claude pro sub for tidying up internal notes?")
    assert moving.confident and "separate entries" in first_lines(moving.text, 1)
    assert own.confident and "personal" in first_lines(own.text, 1).lower()


def test_what_follows_a_dot_is_kept_as_typed():
    speller = Speller(["message", "upload", "file"], lambda word: False)
    assert speller.correct("can i upload a .msg file? and a msg") == "can i upload a .msg file? and a message"


def test_a_file_type_named_by_its_extension_is_not_said_by_the_tools_card(govbot):
    subtitles, contract = govbot(
        "can deepl pro translate .srt subtitle files?", "can i use deepl pro to translate a client contract?"
    )
    assert refused(subtitles) and "DeepL Pro" in subtitles["text"]  # the card, as context
    assert contract["confident"] and "DeepL Pro" in first_lines(contract["text"])


STEERING_GROUP = """\
# Steering group

## 1. Meetings
The steering group meets quarterly, in March, June, September and December.

## 2. Where to ask
Questions go to the governance team in Manchester.
"""


def test_a_month_is_when_not_where(tmp_path, index_of):
    assistant = assistant_over(tmp_path, index_of, STEERING_GROUP)
    where = assistant.answer("where do the steering group meetings take place?")
    when = assistant.answer("when does the steering group meet?")
    assert not where.confident or "March" not in first_lines(where.text, 1)
    assert when.confident and "March" in first_lines(when.text, 1)


def test_a_label_with_its_number_names_no_one(shipped):
    which = shipped.answer("which tools have had an out-of-cycle re-review this year?")
    when = shipped.answer("what makes a tool get re-reviewed before its 12 months are up?")
    assert not which.confident  # "Severity 1 or 2 incident" names a level, not which tools
    assert when.confident


def test_which_release_of_a_product_is_not_said_by_a_condition_on_it(govbot):
    latest, desktop = govbot(
        "what's the latest version of the grammarly desktop app?", "can i use the grammarly desktop app?"
    )
    assert refused(latest) and "Grammarly Business" in latest["text"]  # the card, as context
    assert desktop["confident"] and "Grammarly Business" in first_lines(desktop["text"])


def test_a_place_is_not_the_name_asked_for(shipped):
    version = shipped.answer("which model version is kestrel forecast running rn?")
    where = shipped.answer("where do our self-hosted models run?")
    assert not version.confident  # "…in the London or Frankfurt regions" says where, not which version
    assert where.confident and "London" in first_lines(where.text, 1)


def test_a_figure_asked_per_period_is_said_only_per_that_period(shipped):
    monthly = shipped.answer("what's the monthly spending limit on my company card?")
    yearly = shipped.answer("how much can an ai tool cost a year if i pay with my company card?")
    assert not monthly.confident  # "less than £2,000 a year" says nothing of a month
    assert yearly.confident and "£2,000" in first_lines(yearly.text, 1)


def test_what_a_document_is_asked_to_say_of_a_thing_it_never_names_is_refused(shipped):
    timesheets = shipped.answer("what does the records retention schedule say about timesheets?")
    assessments = shipped.answer("what does the records retention schedule say about impact assessments?")
    assert not timesheets.confident  # the schedule's rule on impact assessments says nothing of timesheets
    assert assessments.confident and "six years" in first_lines(assessments.text, 1)


def test_the_product_a_tool_works_in_is_no_personal_account(govbot):
    in_gmail, my_gmail = govbot(
        "can gemini schedule an email to send later in gmail?", "can i log into gemini with my gmail?"
    )
    assert not first_lines(in_gmail["text"], 1).startswith("Gemini for Google Workspace's approval does not cover")
    assert my_gmail["confident"] and re.search(r"personal|own|free", first_lines(my_gmail["text"]), re.IGNORECASE)


def test_what_a_product_can_do_is_not_said_by_a_rule_that_does_not_name_it(shipped):
    videos = shipped.answer("can midjourney make videos now?")
    pdfs = shipped.answer("can notion ai summarise a pdf that's attached to a page?")
    scrape = shipped.answer("can chatgpt scrape a competitors website for their prices?")
    hearing = shipped.answer("can Copilot in Teams take notes in a disciplinary hearing?")
    assert not videos.confident  # the rule on marking AI-generated video says nothing of what Midjourney can make
    assert not pdfs.confident  # nor does the rule on "chat with this PDF" extensions of what Notion AI can read
    assert scrape.confident and "scrape" in first_lines(scrape.text)  # a use the policy prohibits, whatever the tool
    assert hearing.confident and re.search(r"HR meetings|disciplinary", first_lines(hearing.text))


def test_where_people_meet_is_no_place_records_are_kept(shipped):
    meets = shipped.answer("where do the ai steering group meetings take place?")
    recorded = shipped.answer("where are the steering group's decisions recorded?")
    assert not meets.confident  # "…top risks from the AI risk register" says where risks are kept, not where it meets
    assert recorded.confident


def test_whether_another_edition_is_approved_is_decided_by_the_rule_on_editions(shipped):
    # a sentence on what "approved" means is not about Claude Pro: the rule on personal accounts is
    consumer = shipped.answer("is claude pro approved?")
    company = shipped.answer("is github copilot enterprise approved?")
    variant = shipped.answer("is microsoft copilot studio approved?")
    assert consumer.confident and "Never use a personal or free consumer AI account" in first_lines(consumer.text, 1)
    assert company.confident and "separate entries" in first_lines(company.text, 1)
    # the alias "Microsoft Copilot" does not make Copilot Studio the Microsoft 365 Copilot entry's to answer
    assert variant.confident and "separate entries" in first_lines(variant.text, 1)
    assert "Microsoft 365 Copilot" in variant.text  # the registered edition, as context
    registered = shipped.answer("is zoom ai companion approved?")
    assert registered.confident and first_lines(registered.text, 1).startswith("Zoom AI Companion (Zoom) is approved")


def test_the_owner_of_something_else_than_a_tool_is_not_the_tools_owner(shipped):
    # a site's owner is not Copilot's, and a permissions review is no employee review (a kind of HR data)
    site = shipped.answer(
        "who's the site owner for the HR sharepoint site? need them for the copilot permissions review"
    )
    tool = shipped.answer("who's the owner of otter?")
    assert not site.confident and site.data_verdict is None
    assert tool.confident and "Aisha Rahman" in first_lines(tool.text, 1)


def test_a_state_asked_of_a_thing_is_said_only_by_a_sentence_that_speaks_of_it(shipped):
    # "chair the weekly review panel on Tuesdays" says nothing of whether it is recorded
    recorded = shipped.answer("is the tuesday review panel recorded?")
    chaired = shipped.answer("is the review panel chaired by the lead?")
    assert not recorded.confident
    assert chaired.confident and "review panel" in first_lines(chaired.text, 1)


def test_a_choice_offered_as_what_it_has_to_be_is_decided_only_by_a_sentence_on_either(shipped):
    # "…receive a blameless post-incident review within ten business days…" says neither call nor room
    where = shipped.answer(
        "the post-incident review for our sev 2 - is that a teams call or does everyone have to be in the room?"
    )
    when = shipped.answer("when is the post-incident review for a sev 2?")
    assert not where.confident
    assert when.confident and "ten business days" in first_lines(when.text, 1)


def test_whether_an_approved_thing_of_a_kind_exists_is_not_the_tools_status(shipped):
    # "an approved library of prompts" is not ChatGPT Enterprise, and "the standard answer library" is of answers
    library = shipped.answer("is there an approved library of prompts for the bid team to use in chatgpt enterprise?")
    register = shipped.answer("is there a register of ai incidents?")
    assert not library.confident and "ChatGPT Enterprise" in library.text  # the card, as context
    assert register.confident and "incident register" in first_lines(register.text, 1)


def test_what_an_occasion_found_is_a_record_no_rule_states(shipped):
    found = shipped.answer("did we do an iso 42001 gap analysis before going for certification, and what did it find?")
    looks_at = shipped.answer("what does internal audit look at?")
    assert not found.confident
    assert looks_at.confident and "internal audit" in first_lines(looks_at.text).lower()


def test_gmail_as_the_product_a_company_edition_reads_is_no_personal_account(shipped):
    reads = shipped.answer(
        "can gemini for workspace see the marketing team's google calendar too, or just gmail and drive?"
    )
    own = shipped.answer("can i use gemini with my gmail for work emails?")
    assert "your own or a free edition" not in first_lines(reads.text, 1)
    assert own.confident and "personal" in first_lines(own.text, 2).lower()


def test_what_a_how_to_question_is_to_be_done_to_is_said_by_the_sentence_that_answers(shipped):
    # "…the AI Governance Lead sends a quarterly update" says nothing of a distribution list
    listed = shipped.answer("how do i get on the distribution list for the ai governance lead's quarterly update?")
    register = shipped.answer("how do i register a new tool for my team?")
    assert not listed.confident
    assert register.confident and "register" in first_lines(register.text, 1)


def test_a_role_the_documents_never_name_is_not_said_by_a_list_of_members(shipped):
    sponsor = shipped.answer("which steering group member is the exec sponsor for our iso 42001 certification?")
    chair = shipped.answer("which steering group member is the chair?")
    assert not sponsor.confident
    assert chair.confident and "Chief Operating Officer" in first_lines(chair.text, 1)


def test_a_word_both_choices_share_with_the_question_does_not_tell_them_apart(shipped):
    # "Internal audit is Kestrel checking itself before an external auditor does." says "audit", which the
    # question asks both choices of, and neither "in-house" nor "an outside firm"
    who = shipped.answer("is internal audit of the ai management system done in-house or by an outside audit firm?")
    how_often = shipped.answer("does the steering group meet monthly or quarterly?")
    assert not who.confident
    assert how_often.confident and "quarterly" in first_lines(how_often.text, 1)


def test_infrastructure_code_is_source_code_and_reward_tokens_are_no_secrets(shipped):
    terraform = shipped.answer("can i paste our terraform (no secrets, just resource config) into github copilot chat?")
    tokens = shipped.answer(
        "client's loyalty team sent monthly reward token redemption totals per store, no member details. "
        "ok to analyse them in chatgpt enterprise?"
    )
    assert terraform.data_verdict is not None and terraform.data_verdict.kind.startswith("Kestrel proprietary source")
    # a client's figures said to name no member: client business data, confidential, not credentials
    assert tokens.data_verdict is not None
    assert tokens.data_verdict.kind.startswith("client business data that does not identify individuals")
    assert first_lines(tokens.text, 1).startswith("Yes")


def test_a_plan_of_work_and_an_advertised_salary_range_are_no_financial_plans_or_salaries(shipped):
    gantt = shipped.answer("can chatgpt enterprise make a gantt chart from my project plan?")
    advert = shipped.answer("can textio suggest a salary range for a job ad?")
    salaries = shipped.answer("can i put our staff salaries into textio?")
    assert gantt.data_verdict is None and advert.data_verdict is None
    assert salaries.confident and first_lines(salaries.text, 1).startswith("No")


def test_what_a_tools_owner_may_do_is_not_who_the_owner_is(shipped):
    sees = shipped.answer("can the perplexity tool owner see each person's search history in the admin console?")
    who = shipped.answer("who is the tool owner for perplexity?")
    assert not sees.confident
    assert who.confident and "Oliver Grant" in first_lines(who.text, 1)


def test_a_change_asked_of_a_thing_is_said_only_by_a_sentence_that_speaks_of_it(shipped):
    # the appeal rule gives the window, not whether it can be extended
    extended = shipped.answer(
        "can the 20 business day appeal window be extended if i was off sick when the rejection came through?"
    )
    window = shipped.answer("how long is the appeal window?")
    assert not extended.confident
    assert window.confident and "20 business days" in first_lines(window.text, 1)


def test_a_severity_told_to_say_which_case_is_not_the_fact_asked(shipped):
    # "Severity 3 incidents receive a short written review by the handler" gives no time; what Severity 1 and 2
    # incidents receive is not said of a Severity 3
    review = shipped.answer("for a sev 3, how long does the handler have to write up the short review?")
    which = shipped.answer("what kind of review does a sev 3 get?")
    assert not review.confident
    assert which.confident and "short written review" in first_lines(which.text, 1)


def test_someone_who_left_getting_in_is_unauthorised_access(shipped):
    leaver = shipped.answer(
        "a contractor who left in june logged into our self-hosted llm last week and went through the prompt logs. "
        "is that an ai incident?"
    )
    own_team = shipped.answer("i logged into our self-hosted llm to check the prompt logs for my team, is that ok?")
    assert leaver.confident and "unauthorised access" in first_lines(leaver.text, 1)
    assert "unauthorised access" not in first_lines(own_team.text, 1)


def test_what_one_is_asked_to_get_is_said_only_by_a_sentence_that_speaks_of_it(shipped):
    certificate = shipped.answer("do i get a certificate when i finish the ai awareness e-learning?")
    reminder = shipped.answer("will i get a reminder before my tool's re-review is due?")
    assert not certificate.confident  # "…complete the AI awareness e-learning within 30 days" says nothing of one
    assert reminder.confident and "reminds" in first_lines(reminder.text, 1)


def test_a_byline_that_only_says_what_a_document_is_is_never_quoted(shipped):
    what = shipped.answer("what is iso 42001?")
    assert what.confident and "two halves" in first_lines(what.text, 1)
    assert "Annex A guidance · Kestrel" not in what.text


def test_a_dictionary_word_is_kept_as_written_but_never_offered_as_what_a_slip_means():
    # the short word list lacks "expires", "scrum" and "llama", and holds words one slip from them; the dictionary
    # keeps them, and its rare "mistrial" is not what "mistral" means
    speller = Speller(
        ["empires", "serum", "lama", "report", "master", "about", "when"],
        lambda word: False,
        dictionary=["expires", "scrum", "llama", "mistrial"],
    )
    assert speller.correct("when it expires, ask the scrum master about llama and mistral. then reprot it") == (
        "when it expires, ask the scrum master about llama and mistral. then report it"
    )


def test_english_words_the_models_word_list_lacks_are_not_put_right(shipped):
    llama = shipped.answer("is llama 3 approved?")
    assert "llama 3 is not registered" in first_lines(llama.text, 1)
    kept = "when does it expire? the scrum master debugs it in docker"
    assert shipped.speller().correct(kept) == kept
    assert shipped.speller().correct("waht is the dedline to reprot an ai incidnet") == (
        "what is the deadline to report an ai incident"
    )


def test_a_condition_that_speaks_of_no_side_of_a_choice_does_not_decide_it(shipped):
    # "no client calls" is said of client calls, not of the live calls the choice is about
    upload = shipped.answer("can otter transcribe an mp3 i upload, or only live calls?")
    hr = shipped.answer("can zoom ai companion be used on hr meetings or only internal ones?")
    assert not upload.confident
    assert hr.confident and "HR meetings" in first_lines(hr.text, 1)  # "never in HR meetings" rules it out


def test_dropping_records_is_removing_them(shipped):
    drop = shipped.answer(
        "a.7.6 q - labelling a training set for our returns classifier and i keep hitting weird records the "
        "labelling guidelines don't cover. easiest thing is to just drop them, that ok?"
    )
    assert 'Do not remove "awkward" records' in first_lines(drop.text, 1)


def test_what_to_do_asks_about_the_sentence_before_and_being_chased_is_being_pressured(shipped):
    chased = shipped.answer(
        "i'm one of the ai reviewers and a director keeps chasing me to approve his team's tool by friday. "
        "what am i supposed to do?"
    )
    assert chased.confident and "pressured to approve" in first_lines(chased.text, 1)
    # (chasing up one's own request is no pressure on a reviewer)
    follow_up = shipped.answer("who do i chase about my registration request?")
    assert "pressured" not in first_lines(follow_up.text, 1)


def test_what_a_team_or_staff_are_asked_to_get_is_said_only_by_a_sentence_that_speaks_of_it(shipped):
    # "…lists the categories of AI tools…, and the Tool Owner asks the DPO to update it" says nothing of a Dutch
    # notice, nor of an email
    dutch = shipped.answer(
        "does the amsterdam team get a separate dutch-language employee privacy notice covering ai tools?"
    )
    email = shipped.answer(
        "when the dpo updates the employee privacy notice for a new ai tool, do staff get an email about it or does it "
        "just change on the hub?"
    )
    reminder = shipped.answer("do tool owners get a reminder before the re-review is due?")
    assert not dutch.confident and not email.confident
    assert reminder.confident and "reminds the Tool Owner" in first_lines(reminder.text, 1)


def test_a_sentence_introducing_the_words_to_use_is_quoted_with_them(shipped):
    told = shipped.answer("do I need to tell the client if chatgpt wrote part of the deliverable?")
    assert told.confident and "Parts of this document were prepared" in first_lines(told.text, 1)


def test_a_set_sentence_or_wording_is_the_statement_the_policy_gives(shipped):
    sentence = shipped.answer("is there a set sentence we put in client reports to say ai was used?")
    wording = shipped.answer("is there a standard wording for the ai disclosure in client deliverables?")
    for reply in (sentence, wording):
        assert reply.intent == "policy_question"  # "…we put in client reports" tells of no incident
        assert reply.confident and "Parts of this document were prepared" in first_lines(reply.text, 1)


def test_what_to_do_now_that_something_happened_is_an_incident(shipped):
    now_that = shipped.answer("is there anything i should do now that i pasted client data into chatgpt?")
    before = shipped.answer("what should i check before i paste client data into chatgpt?")
    assert now_that.intent == "incident" and now_that.confident
    assert re.search(r"\b[Rr]eport\b", first_lines(now_that.text, 1))
    assert before.intent != "incident"


def test_what_i_or_we_say_is_no_other_source(shipped):
    write = shipped.answer("what do i write in a client report to say ai was used?")
    asked = shipped.answer("what do we say to a client who asks if we used ai?")
    ico = shipped.answer("what does the ico say about ai?")  # the ICO is another source, which the documents are not
    assert write.confident and "Parts of this document were prepared" in first_lines(write.text, 1)
    assert asked.confident and "pass it to the tool owner" in first_lines(asked.text, 1)
    assert not ico.confident


TWO_COPILOTS = """\
name,vendor,status,aliases,conditions,owner,data_classification,category,url,notes
Acme Copilot,Acme,approved,,,Ann Lee (Head of Sales),internal,general assistant,,
Beta Copilot,Beta,approved,,,Bo Chan (Head of IT),confidential,code assistant,,
"""


def test_a_class_named_of_a_name_that_fits_several_tools_is_answered_for_each(shipped, tmp_path, index_of):
    restricted = shipped.answer("can i use copilot on restricted data?")
    what_data = shipped.answer("what data can i put into copilot?")
    assert first_lines(what_data.text, 1) == (
        "Whichever you mean: GitHub Copilot Business and Microsoft 365 Copilot are approved for data up to "
        "confidential."
    )
    assert restricted.data_verdict is not None and not restricted.data_verdict.allowed
    assert first_lines(restricted.text, 1).startswith("No, whichever you mean: neither GitHub Copilot Business nor")
    # two tools of one name approved for different classes: what each may take, not "which one do you mean?"
    (tmp_path / "inventory.csv").write_text(TWO_COPILOTS, encoding="utf-8")
    db = Database(f"sqlite:///{tmp_path / 'inventory.db'}")
    db.migrate()
    import_csv(db, tmp_path / "inventory.csv", "tests")
    assistant = assistant_over(tmp_path, index_of, NOTE_TAKERS, db=db)
    confidential = assistant.answer("is copilot ok for confidential data?")
    internal = assistant.answer("is copilot ok for internal data?")
    what_data = assistant.answer("what data can i put into copilot?")
    db.dispose()
    assert first_lines(what_data.text, 1) == (
        "It depends which you mean: Acme Copilot is approved for data up to internal; "
        "Beta Copilot is approved for data up to confidential."
    )
    assert first_lines(confidential.text, 1) == (
        "It depends which you mean: Acme Copilot may not (approved for data up to internal only); "
        "Beta Copilot may take confidential data."
    )
    assert first_lines(internal.text, 1).startswith("Yes, whichever you mean: Acme Copilot and Beta Copilot")


def test_an_edition_none_of_the_tools_a_name_fits_is_spelt_with_gets_the_rule_on_editions(shipped):
    studio = shipped.answer("is copilot studio allowed?")
    copilot = shipped.answer("is copilot approved?")
    assert studio.confident and "Different editions of the same product are separate entries" in first_lines(
        studio.text, 1
    )
    assert first_lines(copilot.text, 1).startswith("Which one do you mean")  # no edition: which tool is meant


def test_what_a_documents_byline_says_is_read_from_the_byline_under_its_title(shipped):
    reviewed = shipped.answer("when was the acceptable use policy last reviewed?")
    version = shipped.answer("what version of the data handling policy are we on?")
    owner = shipped.answer("who is the owner of the incident reporting policy?")  # a role answers, not a name
    assert reviewed.confident and "Last reviewed: 2026-09-01" in first_lines(reviewed.text, 1)
    assert version.confident and "Policy KES-AI-03 · Version 1.4" in first_lines(version.text, 1)
    assert owner.confident and "Owner: AI Governance Lead (with the CISO)" in first_lines(owner.text, 1)
    assert "*" not in first_lines(owner.text, 1)  # quoted without its italics


def test_what_a_tool_does_with_data_is_said_only_by_a_note_of_doing_it(shipped):
    # Firefly's note "Label AI-generated images (AUP §8.2); no images of real people." says nothing of training
    firefly = shipped.answer("does firefly train on our images?")
    zoom = shipped.answer("does zoom use our meeting content to train its ai?")
    assert not firefly.confident and firefly.card is not None and firefly.card.name == "Adobe Firefly"
    assert zoom.confident and "does not train on customer content" in first_lines(zoom.text, 1)


def test_a_thing_asked_is_spoken_of_in_another_form_of_its_word(shipped):
    # "a rejected tool request": "…may appeal a rejection…" speaks of it
    appeal = shipped.answer("how do i appeal a rejected tool request?")
    assert appeal.confident and "appeal a rejection" in first_lines(appeal.text, 1)


def test_how_many_tools_are_approved_is_counted_from_the_inventory(shipped):
    every = shipped.answer("how many tools are approved?")
    images = shipped.answer("how many ai tools are approved for images?")
    with SHIPPED_INVENTORY.open(encoding="utf-8") as rows:
        approved = sum(row["status"] in ("approved", "approved_with_conditions") for row in csv.DictReader(rows))
    assert every.confident and first_lines(every.text, 1) == f"{approved} AI tools are approved:"
    assert first_lines(images.text, 1) == "One AI tool is approved for image generation:"


def test_what_is_suspected_to_have_happened_is_reported_as_an_incident(shipped):
    suspected = shipped.answer("who do i contact if i think someone leaked data to an ai tool?")
    hypothetical = shipped.answer("what happens if i paste client data into chatgpt?")
    assert suspected.intent == "incident" and suspected.confident
    assert "security incident form" in first_lines(suspected.text, 1)
    assert hypothetical.intent != "incident"


def test_a_plan_for_a_person_is_no_financial_plan_and_what_an_owner_may_set_is_not_who_owns(shipped):
    pip = shipped.answer(
        "can copilot in excel tell me who on my support team should go on a performance improvement plan based on "
        "their ticket stats?"
    )
    budget = shipped.answer("can i put our budget plans into chatgpt enterprise?")
    assert pip.data_verdict is None and not first_lines(pip.text, 1).startswith("Yes")
    assert budget.data_verdict is not None and "budgets and plans" in budget.data_verdict.kind
    setting = shipped.answer("can the tool owner set our team's chatgpt enterprise history to delete after 30 days?")
    who = shipped.answer("who is the tool owner for chatgpt enterprise?")
    assert "Its owner is" not in first_lines(setting.text, 1)
    assert "Its owner is Daniel Okafor" in first_lines(who.text, 1)


def test_a_no_comes_from_a_prohibition_of_the_case_asked_not_of_another(shipped):
    # "Tell all participants… switch it off if anyone objects. Never use one in HR meetings (disciplinary, …)":
    # the second sentence refuses HR meetings, not every meeting
    minutes = shipped.answer("is it ok to use ai for meeting minutes?")
    hearing = shipped.answer("can Copilot in Teams take notes in a disciplinary hearing?")
    emotions = shipped.answer("can we use AI to read employees' emotions on video calls, for wellbeing?")
    assert not first_lines(minutes.text, 1).startswith("No")
    assert first_lines(hearing.text, 1).startswith("No") and first_lines(emotions.text, 1).startswith("No")


def test_an_unknown_product_named_where_a_tools_name_goes_is_not_read_as_an_english_word(shipped):
    # "canva", "kling" and "synthesia" are one slip from "canvas", "king" and "synthesis"; asked about as tools,
    # they are tools the inventory does not hold, and "say “I'd like to register king”" would register another
    canva = shipped.answer("is canva approved?")
    kling = shipped.answer("can i use kling for a product video?")
    register = shipped.answer("I'd like to register synthesia")
    assert first_lines(canva.text, 1).startswith("canva is not registered")
    assert first_lines(kling.text, 1).startswith("kling is not registered")
    assert "synthesia" in register.text and "synthesis" not in register.text.replace("synthesia", "")
    # a slip in the name of a tool the inventory holds is still put right, and so are the words around a name
    misspelt = shipped.answer("is chatgtp aproved?")
    assert misspelt.card is not None and misspelt.card.name == "ChatGPT Enterprise"


def test_where_a_thing_is_to_be_sent_is_answered_by_whom_it_goes_to(shipped):
    notification = shipped.answer(
        "the vendor of a tool i own just emailed us a breach notification, where does that need to go?"
    )
    assert notification.confident
    assert "forward them to Security Operations" in first_lines(notification.text, 1)
    # a place still answers where something is kept or run
    hosted = shipped.answer("where do our self-hosted models run?")
    assert hosted.confident and re.search(r"London|Frankfurt", first_lines(hosted.text, 1))


def test_someone_asking_to_register_a_tool_is_not_told_to_say_they_would_like_to(shipped):
    register = shipped.answer("I'd like to register synthesia")
    unregistered = shipped.answer("is synthesia approved?")
    assert register.intent == "register" and "fill in the registration form" in first_lines(register.text, 1)
    assert "say “I'd like to register" not in register.text
    assert "say “I'd like to register synthesia”" in unregistered.text  # the next step for whoever only asked


def test_registering_someone_or_something_that_is_no_tool_is_not_a_tool_registration(shipped):
    for asked in (
        "can you register me for the all-hands?",
        "i need to register a visitor for tomorrow",
        "i want to register a gift i received from a client",
        "please register my bike",
    ):
        reply = shipped.answer(asked)
        assert reply.intent != "register" and "registration form" not in reply.text, asked
        assert not reply.confident, asked
    # registering an incident is reporting one: where govbot records it
    incident = shipped.answer("i need to register an incident")
    assert incident.confident and "incident register" in first_lines(incident.text, 1)
    # a tool named, or said to be one, is registered as before
    for asked in ("i want to register cursor", "register Jasper", "I'd like to register a new AI note taker"):
        assert shipped.answer(asked).intent == "register", asked


def test_asking_to_register_a_tool_the_inventory_holds_gets_its_entry_and_the_rule_on_new_uses(shipped):
    held = shipped.answer("i'd like to register otter for the sales team")
    assert held.intent == "register" and held.confident
    assert first_lines(held.text, 1).startswith("Otter.ai is already in our AI tool inventory")
    assert "beyond its recorded scope" in first_lines(held.text, 2)  # a new team is a material change
    assert held.card is not None and held.card.name == "Otter.ai"
    # another edition, a rejected tool (a new request may ask for it to be reviewed again) and an unknown one are
    # registered as before, the tool named before what it is for
    for asked in ("I'd like to register chatgpt plus", "i'd like to register midjourney"):
        assert "fill in the registration form" in first_lines(shipped.answer(asked).text, 1), asked
    assert first_lines(shipped.answer("register Jasper for marketing").text, 1).startswith("To register Jasper,")


def test_what_a_rejected_tool_can_do_is_not_said_by_why_it_was_rejected(shipped):
    # "…images public by default on standard plans…" is why Midjourney may not be used: it speaks of images, as an
    # image tool's entry would, and says nothing of whether it upscales them
    for asked in ("can midjourney upscale images?", "can midjourney generate 4k images?"):
        reply = shipped.answer(asked)
        assert not reply.confident, asked
        assert reply.card is not None and reply.card.name == "Midjourney", asked  # its status, as context
    # leave to use it for our work is its status's to refuse
    ours = shipped.answer("can midjourney make icons for our intranet page?")
    assert ours.confident and "rejected" in first_lines(ours.text, 1)


def test_tools_asked_for_after_one_named_are_the_others_of_its_kind(shipped):
    others = shipped.answer("finance isn't allowed on claude, so which chat assistant are we meant to use?")
    assert others.intent == "tool_status" and others.confident
    assert [card.name for card in others.tools] == ["ChatGPT Enterprise"]
    assert first_lines(others.text, 1) == "Approved AI tools for general assistant besides Claude Team:"
    # a tool of another kind is set aside by no list, and a question in two parts still gets both
    images = shipped.answer("claude is fine for us, which image tools can we use?")
    assert first_lines(images.text, 1) == "Approved AI tools for image generation:"
    both = shipped.answer("is claude approved? which tools can take customer data?")
    assert both.card is not None and both.card.name == "Claude Team"
    assert [card.name for card in both.tools] == ["DeepL Pro"]


def test_a_choice_whose_other_side_is_a_question_of_its_own_is_decided_only_by_a_sentence_on_either(shipped):
    vote = shipped.answer(
        "does the ai steering group approve a new policy version by simple majority, or does the chair get a casting "
        "vote?"
    )
    assert not vote.confident  # "Only the steering group may: approve new versions…" says who, not how they vote
    # "…or are we meant to…", "…or is there…" ask what we do, or whether: the sentence that answers still answers
    kept = shipped.answer(
        "otter deletes recordings after 30 days right - do the transcripts go too, or are we meant to keep those "
        "somewhere?"
    )
    assert kept.confident


def test_which_teams_or_offices_are_named_only_by_a_sentence_naming_them_and_an_office_is_no_tool(shipped):
    switched_on = shipped.answer("which teams have m365 copilot switched on so far?")
    assert not switched_on.confident  # "…enabled for a team…" names none
    assert switched_on.card is not None and switched_on.card.name == "Microsoft 365 Copilot"  # as context
    limited = shipped.answer("which teams can use claude?")
    assert limited.confident and "Data Science and Analytics Consulting teams only" in first_lines(limited.text, 2)
    # "office" of "Office Copilot" is an ordinary word, not that tool's name
    office = shipped.answer("which office is the ai governance lead based in?")
    assert office.card is None
    copilot = shipped.answer("can i use office copilot in word?")
    assert copilot.card is not None and copilot.card.name == "Microsoft 365 Copilot"


def test_what_a_named_product_costs_holds_or_how_widely_it_is_used_is_said_only_by_a_sentence_naming_it(shipped):
    for question in (
        "what does hirevue cost?",  # not "Company cards may be used only for approved AI tools costing less than…"
        "how many people use copilot?",  # not "A meeting is quorate with four members present…"
        "where is the otter.ai data stored?",  # not the rule on where restricted data may be stored
    ):
        assert not shipped.answer(question).confident, question
    took = shipped.answer("how long does a low-risk review take?")
    assert took.confident and first_lines(took.text, 1).startswith("5 business days")


def test_a_count_of_business_days_is_a_duration(shipped):
    medium = shipped.answer("how many business days does a medium risk review take?")
    assert medium.confident and first_lines(medium.text, 1).startswith("10 business days")


def test_what_a_time_is_given_for_is_said_by_the_sentence_itself_unless_it_is_a_row_of_its_passage(shipped):
    # "Severity 1 and 2 incidents receive a blameless post-incident review … facilitated by the AI Governance Lead"
    # speaks of no posts going up; the passage around it does, which vouches only for a table's row
    posts = shipped.answer("who signs off the anonymised lessons-learned posts before they go up in #ai-governance?")
    assert not posts.confident
    high = shipped.answer("how long does a high-risk review take?")  # "High: 20 business days", a row
    assert high.confident and first_lines(high.text, 1).startswith("20 business days")


def test_who_decided_on_a_tool_or_how_to_install_it_is_not_what_its_entry_records(shipped):
    for question in ("who approved chatgpt enterprise?", "how do i install copilot in vs code?"):
        reply = shipped.answer(question)
        assert not reply.confident and reply.card is not None, question  # the card is context, not the answer
    assert not shipped.answer("how do i turn off copilot in word?").confident
    # whether it may be installed, and who owns it, its entry does say
    install = shipped.answer("can i install grammarly?")
    assert install.confident and first_lines(install.text, 1).startswith("Grammarly Business (Grammarly) is approved")
    owner = shipped.answer("who owns otter?")
    assert owner.confident and "Aisha Rahman" in first_lines(owner.text, 2)


def test_the_day_a_law_takes_effect_needs_a_date_and_a_numbered_name_is_who_takes_the_time(shipped):
    force = shipped.answer("when does the eu ai act come into force?")
    assert not force.confident  # not "The standing agenda is: regulatory developments, including EU AI Act…"
    certification = shipped.answer("how long does iso 42001 certification take?")
    assert not certification.confident  # not the turnaround of a medium-risk tool review
    expiry = shipped.answer("when does my exception expire?")  # a time after something still answers when it ends
    assert expiry.confident and "six months" in first_lines(expiry.text, 1)


def test_a_label_that_only_introduces_a_list_is_never_quoted_alone(shipped):
    confidential = shipped.answer("what is confidential data?")
    assert confidential.confident
    assert "“Examples:”" not in confidential.text and "Confidential data" in first_lines(confidential.text, 1)


def test_how_a_named_product_works_is_not_what_its_entry_or_a_rule_says(shipped):
    works = shipped.answer("how does chatgpt work?")
    assert not works.confident and works.card is not None  # its card is context
    triage = shipped.answer("how does triage work?")  # how a process of the policies works, they say
    assert triage.confident and "EU AI Act" in first_lines(triage.text, 1)


def test_which_browser_version_or_contract_a_named_product_has_is_said_only_of_it(shipped):
    for question in (
        "which browsers does grammarly support?",  # not the rule on AI browser extensions
        "how long is the otter contract?",  # not a client agreement's 30 days' notice
        "what version of claude does claude team use?",  # not its card
    ):
        reply = shipped.answer(question)
        assert not reply.confident and reply.card is not None, question
    allowed = shipped.answer("which browser is grammarly allowed in?")  # what its conditions say, they answer
    assert allowed.confident and "Kestrel-managed browser profile" in first_lines(allowed.text, 1)
    trial = shipped.answer("how long is a trial?")
    assert trial.confident and "30 days" in first_lines(trial.text, 1)


def test_what_only_introduces_a_table_or_list_is_quoted_only_where_it_states_the_fact_asked(shipped):
    spend = shipped.answer("what's our annual spend on ai?")
    assert not spend.confident  # "…thresholds apply to AI purchases by annual contract value:" gives no spend
    route = shipped.answer("what's the buying route for an AI contract worth about £30k a year?")
    assert route.confident and "annual contract value:”" not in route.text
    panel = shipped.answer("how many ppl are on the ai review panel anyway")
    assert panel.confident and "eight members" in first_lines(panel.text, 1)


def test_whether_we_hold_a_licence_for_a_product_is_said_only_of_that_product(shipped):
    licence = shipped.answer("do we have a copilot studio licence?")
    assert not licence.confident  # not "Open-model licences vary widely."
    report = shipped.answer("does kestrel forecast have a chatbot for our clients end users?")
    assert not report.confident  # what a product of ours has is still asked of it


def test_a_count_asked_of_something_is_given_only_by_a_count_of_that_thing(shipped):
    reviewers = shipped.answer("how many reviewers does a high-risk request need?")
    lead = first_lines(reviewers.text, 1)
    # not "…personal data about more than 5,000 people always make the request high risk", a count of people
    assert reviewers.confident and "one reviewer from each of the four functions" in lead
    # the cases of a list say nothing joined to what introduces it ("…depends on the risk tier: Low risk: …")
    assert "Low risk: Medium risk:" not in reviewers.text


def test_how_many_days_a_review_takes_is_its_turnaround(shipped):
    high = shipped.answer("how many days does a high risk review take?")
    # not "Tool owners are responsible for telling the reviewers about such changes within ten business days."
    assert high.confident and first_lines(high.text, 1).startswith("20 business days")


def test_whether_we_have_a_tool_is_what_its_entry_says(shipped):
    for question in ("do we have claude team?", "does kestrel have otter?", "have we got perplexity?"):
        reply = shipped.answer(question)
        # not "Anyone whose work shapes how AI behaves… must actually know what they are doing…"
        assert reply.confident and " is approved" in first_lines(reply.text, 1), question
    # what else we have of it is still asked beyond its entry
    assert not shipped.answer("do we have a copilot studio licence?").confident


def test_what_the_contract_register_is_said_to_record_for_the_client_decides_first(shipped):
    not_addressed = shipped.answer(
        "starting dev work in a new client's repo on monday. their ai processing field in the contract register just"
        " says 'not addressed'. ok to have github copilot switched on for it, or is there something i need first?"
    )
    lead = first_lines(not_addressed.text, 1)
    # not "Yes, within its conditions and the client's contract allows it…"
    assert not_addressed.confident and "Account Director" in lead and not lead.startswith("Yes")
    notice = shipped.answer(
        "contract register says 'permitted with notice' for this client but the account director hasn't confirmed"
        " they've been told yet. can i start putting their sales data into chatgpt enterprise anyway?"
    )
    assert "notified" in first_lines(notice.text, 1)
    # "the customer contract register" is the register of client contracts, not customer personal data ("No:
    # the policy classes “Customer personal data” as restricted")
    missing = shipped.answer(
        "new logistics client signed last week and i can't find them anywhere in the customer contract register."
        " ok to start running their shipment data through chatgpt enterprise while that gets sorted?"
    )
    assert "cannot find the client in the register" in first_lines(missing.text, 1)
    assert "Customer personal data" not in missing.text
    # a register that permits it leaves the tool and the data's class to decide
    permitted = shipped.answer("the contract register says permitted - can i put their sales figures in claude team?")
    assert first_lines(permitted.text, 1).startswith("Yes")


def test_a_share_asked_is_a_figure_and_a_regular_update_is_one_on_a_schedule(shipped):
    share = shipped.answer(
        "what share of tool requests is the governance lead meant to get decided within the turnaround target?"
    )
    # not the list of approved tools ("what share of tool requests … meant to" is no "which tools … meant to")
    assert share.confident and "90%" in first_lines(share.text, 1) and not share.tools
    update = shipped.answer("apart from #ai-governance, is there any regular update on ai governance that goes out?")
    assert update.confident and "quarterly update" in first_lines(update.text, 1)


def test_who_holds_a_place_now_or_how_one_occasion_went_is_not_what_a_rule_says(shipped):
    for question in (
        # not "Reviewers are nominated by the head of their function…": who they are now, only names say
        "who are the two legal people on the review panel right now?",
        # not "reviewers normally give at least 30 days' notice…": what was given that once
        "how much notice did they actually give in #ai-governance before wordtune's retirement went through?",
        "how many business days did the claude team review take?",
        # not "the DPO aims to respond within ten business days": how it is going
        "is the dpo actually hitting the ten business day aim on dpias this year?",
        # not "Internal data may be used only with registered tools…": a thing the documents never name
        "does kestrel run some kind of internal data academy i could apply to?",
    ):
        assert not shipped.answer(question).confident, question
    # the rule itself is still answered
    notice = shipped.answer("how much notice do reviewers give before a tool is retired?")
    assert notice.confident and "30 days" in first_lines(notice.text, 1)


def test_yearly_is_how_often(shipped):
    parties = shipped.answer("how often do we revisit the list of interested parties?")
    assert parties.confident and "revisited yearly" in first_lines(parties.text, 1)


def test_a_report_already_filed_is_not_answered_with_how_to_file_it(shipped):
    filed = shipped.answer(
        "already put in the security incident form - yesterday i pasted a client's stock file into a free ai"
        " summariser site. should i email the site's support myself and ask them to wipe it?"
    )
    assert not first_lines(filed.text, 1).startswith("“Report it within 24 hours")


def test_a_mood_read_from_staff_is_an_emotion_inferred(shipped):
    mood = shipped.answer("can we use ai to track our employees' mood in meetings?")
    assert mood.confident and "inferring the emotions of employees" in first_lines(mood.text, 1)


def test_a_provision_asked_down_to_its_paragraphs_is_confirmed_only_by_a_sentence_citing_it(shipped):
    exact = shipped.answer(
        "the ai act ban on reading employees' emotions, is that article 5(1)(f) exactly? need the precise reference"
    )
    assert not exact.confident  # not "…If the intended use falls under Article 5…, such as inferring employees'…"
    ban = shipped.answer("does the ai act ban reading employees' emotions?")
    assert ban.confident and "emotions" in first_lines(ban.text, 1)


def test_an_ai_asked_to_decide_about_people_gets_the_rule_on_such_decisions_whatever_the_decision(shipped):
    for question in (
        "can chatgpt enterprise decide which of my new starters pass their probation?",
        "ops want copilot in excel to pick which warehouse temps get kept on after peak, based on their pick rates."
        " ok?",
        "a courier client wants us to build something that automatically deactivates drivers whose ratings drop"
        " below 4 stars. can we?",
    ):
        reply = shipped.answer(question)
        # not "I don't know": the rule names recruitment, ratings, promotion…, not probation, shifts or deactivation
        assert reply.confident and "solely on the basis of AI output" in first_lines(reply.text, 1), question
        assert 0 <= reply.confidence <= 1
    # …or writes the decision itself, or is asked after a dash
    for question in (
        "can i use copilot to write my team's performance ratings",
        "we've got six interns finishing in august - can copilot in excel score them and tell us who to offer a job?",
    ):
        assert "solely on the basis of AI output" in first_lines(shipped.answer(question).text, 1), question
    # what to decide with it that is no person is not such a decision, nor is leave asked for someone else
    assert not shipped.answer("can chatgpt help me decide which font to use?").confident
    panel = shipped.answer(
        "registering an ai tool to help rank internal candidates for promotion - can someone from the people team"
        " sit in on the review?"
    )
    assert "solely on the basis of AI output" not in first_lines(panel.text, 1)


def test_what_the_register_is_said_to_record_leads_only_with_the_rule_for_it(govbot):
    (missing,) = govbot("i can't find this client in the contract register - can i put their sales figures in claude?")
    assert "cannot find the client in the register" in first_lines(missing["text"], 1)
    # these rules have no row for "not addressed": their nearest sentence on the register is not quoted as one
    (silent,) = govbot(
        "contract register says 'not addressed' for this client - can i put their sales figures in claude?"
    )
    lead = first_lines(silent["text"], 1)
    assert "not addressed" in lead or not lead.startswith("“")


def test_what_a_tool_has_is_asked_of_the_product_not_whether_we_have_it(shipped):
    desktop = shipped.answer("does ChatGPT Enterprise have a desktop app?")
    # not the card: "desktop app" may be part of how a tool is named, but here it is what the tool is asked to have
    assert not desktop.confident
    assert shipped.answer("does kestrel have otter?").confident


def test_a_tool_asked_to_work_on_a_list_is_given_it(shipped):
    # ("enterprise" of a tool's name is no data entered into it, which had made this read as data given)
    disciplinary = shipped.answer("can claude team summarise hr's list of pending disciplinary cases?")
    lead = first_lines(disciplinary.text, 1)
    assert disciplinary.confident and lead.startswith("No") and "restricted" in lead
    # where it is to work is not what it is given: the rule on HR meetings, not a data verdict
    hearing = shipped.answer("can Copilot in Teams take notes in a disciplinary hearing?")
    assert hearing.confident and "HR meetings" in first_lines(hearing.text, 1)


def test_shipping_labels_are_no_label_on_ai_output(shipped):
    labels = shipped.answer(
        "logistics client wants shipping labels for their returns - consignee name, home address and parcel ref for"
        " ~2k parcels. can claude team knock out the label text from their spreadsheet for us?"
    )
    lead = first_lines(labels.text, 1)
    assert labels.confident and lead.startswith("No") and "Customer personal data" in lead


def test_what_a_standard_is_asked_to_require_must_be_what_a_sentence_speaks_of(shipped):
    # not "Only the steering group may: approve the supply of any high-risk AI system to a client;"
    assert not shipped.answer(
        "does iso 42001 actually require an ai ethics board, separate from the steering group?"
    ).confident
    assert shipped.answer("does iso 42001 require an impact assessment?").confident


def test_what_one_team_chose_is_no_rule(shipped):
    promo = shipped.answer(
        "joining the kestrel forecast promo squad next sprint - which model did they go with for the promo-uplift"
        " feature and what did they rule out? want to read up before i start"
    )
    # not "If a rule in the policy gets in the way of doing sensible work…", read for "rule out"
    assert not promo.confident


def test_an_everyday_upload_to_an_approved_tool_is_no_incident(shipped):
    overnight = shipped.answer(
        "claude team q - if i leave a chat open overnight is the csv i uploaded still attached in the morning or do i"
        " have to re-upload it?"
    )
    # not the incident procedure ("Report an AI incident as soon as you become aware of it…")
    assert not overnight.confident and "24 hours" not in overnight.text
    pdf = shipped.answer("when claude answers from a pdf i uploaded, does it label which page the info came from?")
    assert not pdf.confident and "24 hours" not in pdf.text
    # something gone wrong is still an incident
    bad = shipped.answer("should i ask chatgpt whether it kept the data i pasted, so i know how bad it is?")
    assert bad.confident and "security incident form" in bad.text


def test_whether_something_is_required_is_answered_by_the_rule(shipped):
    chatbot = shipped.answer(
        "product are adding an 'ask your forecast' chat assistant inside kestrel forecast for client planners. its"
        " pretty obvious its software, do we really need to spell out that its ai?"
    )
    # not "This includes general chat assistants (ChatGPT, Claude, Gemini)…", the scope of the policy
    assert chatbot.confident and "talking to an AI" in first_lines(chatbot.text, 1)
    read = shipped.answer("a.2.2 - do i actually have to read the ai policy or is that just for tool owners")
    assert read.confident and "Read the AI policy once" in first_lines(read.text, 1)


def test_a_condition_sharing_only_the_verb_does_not_bear_on_what_a_tool_is_asked_to_do(shipped):
    spoke = shipped.answer("can zoom ai companion tell me who spoke the most in a meeting?")
    # not "One of its conditions bears on this: “host switches it on per meeting and tells participants”", nor the
    # rule on decisions about people ("tell me who" is no decision here)
    assert "bears on this" not in spoke.text and "decision about an individual" not in spoke.text
    plan = shipped.answer(
        "can copilot in excel tell me who on my support team should go on a performance improvement plan based on"
        " their ticket stats?"
    )
    assert plan.confident and "decision about an individual" in first_lines(plan.text, 1)


def test_deciding_which_managers_get_a_bonus_is_a_decision_about_people(shipped):
    bonus = shipped.answer(
        "we built a store-staffing forecast for a grocery client so they can plan weekly rotas. on today's call their"
        " hr director asked if they can also use the output to decide which store managers get a bonus this year."
        " can i just say yes?"
    )
    lead = first_lines(bonus.text, 1)
    assert bonus.confident and "solely on the basis of AI output" in lead and not lead.startswith("Yes")


def test_a_language_a_tool_is_to_work_in_must_be_named_by_what_answers(shipped):
    # not "Tell all participants at the start that an AI assistant is recording or transcribing…"
    assert not shipped.answer("can Otter.ai transcribe Spanish?").confident
    # not DeepL Pro's card: that it translates, its entry says, not which languages
    assert not shipped.answer("can deepl pro translate welsh?").confident
    # where the language only says which texts, leave to translate them is asked
    contracts = shipped.answer("can deepl pro translate german contracts?")
    assert contracts.confident and first_lines(contracts.text, 1).startswith("DeepL Pro (DeepL SE) is approved")


def test_how_to_work_a_product_is_not_answered_by_a_rule_on_something_else_done_in_it(shipped):
    for question in (
        "how do I export my ChatGPT Enterprise chat history?",  # not "Chat history in enterprise AI tools: 90 days…"
        "how do i delete a conversation in claude team?",  # not the incident step "…then delete the conversation…"
        "how do I cancel my Otter.ai account?",  # not "You can withdraw your own request at any time…"
    ):
        assert not shipped.answer(question).confident, question
    # a condition of the tool's approval that bears still answers
    shared = shipped.answer("how do i share a custom gpt with my team in chatgpt enterprise?")
    assert shared.confident and "custom GPTs shared within your team only" in first_lines(shared.text, 1)


def test_free_after_a_tools_name_may_be_its_price_not_an_edition(shipped):
    # not "…expense claims for personal AI subscriptions used for work will not be reimbursed", the rule on editions
    assert not shipped.answer("is GitHub Copilot free for students?").confident
    free = shipped.answer("is chatgpt free ok for work?")
    assert free.confident and "personal or free consumer AI account" in first_lines(free.text, 1)


def test_a_risk_tier_asked_of_a_named_tool_is_not_answered_by_how_tiers_are_reached(shipped):
    # not "The request's risk tier is the highest tier reached in any step…": the inventory records no tool's tier
    for question in ("what risk tier is Notion AI?", "is otter high risk?", "what's the risk level of deepl pro?"):
        assert not shipped.answer(question).confident, question
    # a tier's rules, asked of no tool in particular, still answer
    review = shipped.answer("how long does a high risk tool review take?")
    assert review.confident and "20 business days" in first_lines(review.text)


def test_how_to_get_access_to_something_is_answered_only_where_access_to_it_is_spoken_of(shipped):
    # not "Check that reviewers and operators have completed the required training before they get access…"
    assert not shipped.answer("how do i get access to the vpn?").confident
    # not "If you cannot find the client in the register, ask the Account Director…"
    assert not shipped.answer("how do i get read access to the customer contract register?").confident
    trained = shipped.answer("do the people who check my tool's outputs need training before i give them access?")
    assert trained.confident and "before they get access" in first_lines(trained.text, 1)


def test_where_a_thing_is_is_said_only_by_a_sentence_naming_that_thing(shipped):
    # not "…supported by a privacy team that includes a privacy counsel in Amsterdam" (of the DPO, an Officer)
    assert not shipped.answer("where is the amsterdam office?").confident
    # not "Models that Kestrel hosts itself run in our cloud tenancy's London and Frankfurt regions"
    assert not shipped.answer("where is the london office?").confident
    template = shipped.answer("wheres the dpia template?")
    assert template.confident and "Kestrel Hub" in first_lines(template.text, 1)


def test_how_long_something_lasts_is_not_said_by_a_deadline_for_something_else(shipped):
    # not "…new joiners and contractors complete the AI awareness e-learning within 30 days of starting"
    assert not shipped.answer("how long is onboarding for new grads?").confident
    learning = shipped.answer("how long do new joiners have to finish the ai e-learning?")
    assert learning.confident and "30 days" in first_lines(learning.text, 1)


def test_the_severity_table_row_of_the_level_asked_leads(shipped):
    # not "3 business days", the row of Severity 4, nor "ten business days" of post-incident reviews
    third = shipped.answer("how fast does a sev 3 get acknowledged?")
    assert third.confident and first_lines(third.text, 1).startswith("1 business day")
    second = shipped.answer("how fast does a sev 2 incident get acknowledged?")
    assert second.confident and first_lines(second.text, 1).startswith("4 business hours")
    # a figure the message quotes is not what it asks
    assert not shipped.answer(
        "sev 2 is meant to be acknowledged within '4 business hours' - whose business hours is that, uk time?"
    ).confident


def test_a_count_of_people_doing_something_is_not_asked_of_what_they_do(shipped):
    # "sit" is what the members do, not a thing a sentence must name
    panel = shipped.answer("how many people sit on the review panel?")
    assert panel.confident and "eight members" in first_lines(panel.text, 1)


def test_who_runs_a_thing_is_said_only_by_a_sentence_speaking_of_that_thing(shipped):
    # not "Any Kestrel employee can register a tool; contractors ask their Kestrel line manager…"
    assert not shipped.answer("who manages the kestrel slack workspace?").confident
    register = shipped.answer("who maintains the ai incident register?")
    assert register.confident and "Lead maintains the AI incident register" in first_lines(register.text, 1)


def test_how_to_work_something_is_said_only_by_a_sentence_speaking_of_doing_it(shipped):
    # not "Never paste, upload or type passwords… into any AI tool"
    assert not shipped.answer("how do i reset my password?").confident
    deleted = shipped.answer("how do i delete my chat history?")
    assert deleted.confident and "automatic deletion" in first_lines(deleted.text, 1)


def test_when_a_thing_happens_is_said_only_by_a_sentence_speaking_of_that_thing(shipped):
    # not "The steering group meets quarterly, in March, June, September and December."
    assert not shipped.answer("when are the quarterly results published?").confident
    meeting = shipped.answer("when is the next steering group meeting held?")
    assert meeting.confident and "March, June, September and December" in first_lines(meeting.text, 1)


def test_which_part_or_option_of_a_product_is_asked_with_can_too(shipped):
    # not Textio's card ("drafting and checking job adverts only"), which names no language
    assert not shipped.answer("what languages can Textio check job ads in?").confident
    # not the policy's scope, which lists GitHub Copilot among code assistants
    assert not shipped.answer("which models can I pick in GitHub Copilot chat?").confident
    # the card still answers what its entry records
    data = shipped.answer("what data can i put into textio?")
    assert data.confident and first_lines(data.text, 1).startswith("Textio (Textio) is approved with conditions")


def test_a_figure_in_an_example_a_sentence_quotes_states_nothing(shipped):
    # not "…describe concrete tasks instead, for example "summarise inbound client RFPs of up to 50 pages…""
    assert not shipped.answer("is there a page limit for documents Copilot in Word can summarise?").confident
    # a figure the sentence itself gives still states it
    kept = shipped.answer("how long is chat history in enterprise ai tools kept?")
    assert kept.confident and "90 days" in first_lines(kept.text, 1)


def test_when_or_how_on_its_own_a_product_acts_is_not_on_its_card(shipped):
    for question in (
        "can copilot in powerpoint use our kestrel slide template automatically?",
        "can Zoom AI Companion summarise a meeting after it's already ended?",
        "can I ask Zoom AI questions during a meeting I joined late?",
    ):
        assert not shipped.answer(question).confident, question
    # where its entry speaks of it, the card answers
    joins = shipped.answer("can otter auto join my meetings?")
    assert joins.confident and "OtterPilot auto-join off" in first_lines(joins.text, 1)


def test_a_vendors_plan_is_no_business_plan(shipped):
    # "an enterprise plan" is what a vendor sells: not "unpublished Kestrel financial results, budgets and plans"
    again = shipped.answer("midjourney got rejected, if they bring out an enterprise plan with no-training terms ok?")
    assert "budgets and plans" not in again.text and "confidential" not in first_lines(again.text)


def test_asking_for_a_rejected_tool_to_be_decided_again_gets_the_rule_on_new_requests_first(shipped):
    answer = shipped.answer("midjourney was rejected, can we submit a new request?")
    lead = first_lines(answer.text)
    assert answer.confident and "new request" in lead and not lead.startswith("Midjourney")
    assert "Midjourney (Midjourney) was rejected" in answer.text  # its status after, as context
    resubmit = shipped.answer("can we resubmit deepseek if they change their terms?")
    assert resubmit.confident and "something material has changed" in first_lines(resubmit.text, 1)


def test_dismissing_the_people_an_ai_picked_out_is_a_decision_about_people(shipped):
    answer = shipped.answer(
        "our model flagged three of a client's cashiers for possible theft, can we tell the client to let them go "
        "based on that?"
    )
    assert answer.confident and "solely on the basis of AI output" in first_lines(answer.text, 1)


def test_a_condition_the_message_already_meets_is_no_question_about_telling_people(shipped):
    # "if i tell everyone at the start" meets the card's condition; it does not ask whether people must be told
    answer = shipped.answer("otter ok for the product team's internal retro if i tell everyone at the start?")
    assert answer.confident and first_lines(answer.text, 1).startswith(
        "Otter.ai (Otter.ai) is approved with conditions"
    )


def test_what_a_product_keeps_when_it_works_is_not_on_its_card(shipped):
    # "…and keep the formatting?" asks how the product behaves, which DeepL Pro's entry does not say
    kept = shipped.answer("can deepl translate a powerpoint and keep the formatting")
    assert not kept.confident and "DeepL Pro (DeepL SE) is approved with conditions" in kept.text  # as context
    assert shipped.answer("can deepl translate a powerpoint?").confident  # leave to use it: the card answers


def test_an_opinion_asked_is_answered_only_by_a_sentence_that_prefers_one(shipped):
    assert not shipped.answer("in your opinion which is safer, microsoft copilot or chatgpt").confident


def test_a_version_the_documents_never_name_is_what_is_asked(shipped):
    # not "pending: … Not yet approved." for its "yet"
    assert not shipped.answer("is midjourney v7 out yet?").confident


def test_on_leave_is_an_absence_not_leaving_somewhere(shipped):
    # not "Restricted data may not leave the UK and EEA without the DPO's written approval."
    answer = shipped.answer("who covers for the ai governance lead when they're on leave?")
    assert answer.confident and "deputy" in first_lines(answer.text, 1)


def test_no_way_of_using_a_rejected_tool_is_allowed_whatever_its_entry_says_of_it(shipped):
    answer = shipped.answer("can i call deepseek-v3 through their api instead of the chat app?")
    assert answer.confident and first_lines(answer.text, 1).startswith("DeepSeek (DeepSeek) was rejected")
    # …while whether it is stopped technically is no leave asked, and its entry does not say
    assert not shipped.answer("is deepseek actually blocked on our managed laptops and the office wifi?").confident


def test_a_nudge_is_a_reminder(shipped):
    answer = shipped.answer("my needs_info has been sat there 2 weeks, does govbot nudge me?")
    assert answer.confident and "reminds you after 14 days" in first_lines(answer.text, 1)


def test_who_acts_in_someones_place_is_said_only_by_a_sentence_naming_a_deputy_or_successor(shipped):
    # not "For AI, the DPO: leads the assessment of any AI incident…", what the DPO does
    assert not shipped.answer("who covers for the dpo when they're on leave?").confident
    successor = shipped.answer("who takes over as tool owner if i leave kestrel?")
    assert successor.confident and "nominate a successor" in first_lines(successor.text, 1)


def test_who_holds_a_post_now_is_said_only_by_a_name(shipped):
    # not "The test here is whether Kestrel's leaders treat responsible AI as part of running the business…"
    assert not shipped.answer("who is the current ai governance lead at kestrel").confident
    assert shipped.answer("who is the ai governance lead?").confident  # what the post is, the policies say


def test_reviewing_a_whole_pr_is_code_review_not_employee_reviews(shipped):
    # not "Yes, within its conditions: the policy classes “Employee objectives, training records, reviews”…"
    answer = shipped.answer("can github copilot review a whole pr?")
    assert answer.data_verdict is None and "reviews" not in first_lines(answer.text, 1)


def test_what_a_law_is_asked_to_reach_must_be_something_the_documents_speak_of(shipped):
    assert not shipped.answer("does the eu ai act cover military ai?").confident
    assert shipped.answer("does the ai policy even apply to interns?").confident


def test_a_measure_asked_of_something_the_documents_never_name_is_not_another_things_measure(shipped):
    # not "Up to 30 days: “Vendor-side retention for abuse monitoring: Up to 30 days…”"
    assert not shipped.answer("how long is the retention period for old payslips on the hr portal?").confident
    assert shipped.answer("how long is the retention period for chat history in enterprise ai tools?").confident


def test_what_came_of_a_past_meeting_is_no_incident_to_report(shipped):
    # "a summary went out" is background, not data sent somewhere: not the steps to report an incident
    answer = shipped.answer(
        "what did the steering group actually decide at last december's management review? "
        "apparently a summary went out but i can't find it"
    )
    assert not answer.confident


def test_manners_towards_a_tool_are_not_on_its_card(shipped):
    # not ChatGPT Enterprise's card: "please" is what is asked about, not a courtesy to drop
    assert not shipped.answer("is it ok to say please to chatgpt?").confident
    assert not shipped.answer("should i be polite to claude?").confident


def test_a_question_asked_indirectly_is_answered_as_asked(shipped):
    # not "Tell all participants at the start that an AI assistant is recording…", which shares "tell"
    status = shipped.answer("can you please tell me if chatgpt is ok to use?")
    assert status.confident and first_lines(status.text, 1).startswith("ChatGPT Enterprise (OpenAI) is approved")
    data = shipped.answer("could you let me know whether i can put client data in claude?")
    assert data.confident and first_lines(data.text, 1).startswith("Claude Team (Anthropic) is approved")


def test_something_to_be_had_must_be_something_the_documents_or_the_entry_speak_of(shipped):
    # not "Never use a personal or free consumer AI account for work data…", which says nothing of discounts
    assert not shipped.answer("do staff get a discount on chatgpt plus for personal use?").confident
    # not Claude Team's card: its entry says nothing of refunds
    assert not shipped.answer("can we get a refund on unused claude team seats if the project ends early?").confident


def test_who_decided_one_case_is_not_on_its_card(shipped):
    # not DeepL Pro's card, nor "Comments on plain approvals are optional but encouraged."
    assert not shipped.answer("which privacy reviewer signed off the deepl pro approval?").confident
    owner = shipped.answer("who owns deepl pro?")
    assert owner.confident and "owner" in first_lines(owner.text, 2).lower()


def test_who_sits_on_another_body_is_said_only_by_its_members(shipped):
    # not "The steering group provides senior direction and oversight of AI at Kestrel on behalf of the Executive…"
    assert not shipped.answer("who sits on kestrel's executive committee?").confident
    members = shipped.answer("who sits on kestrel's ai steering group?")
    assert members.confident and "members" in first_lines(members.text, 1)


def test_a_document_of_a_named_body_that_the_documents_never_name_is_not_theirs_to_speak_for(shipped):
    # not "If a high risk cannot be mitigated, the DPO will consult the ICO…", which names the ICO, not its toolkit
    assert not shipped.answer("what does the ico's ai and data protection risk toolkit say about dpias?").confident


def test_what_a_product_does_of_its_own_accord_is_not_answered_by_a_condition_sharing_other_words(shipped):
    # not "One of its conditions bears on this: “Gmail and Drive access limited to Marketing shared drives”"
    answer = shipped.answer("does gemini for workspace eat into marketing's google drive storage?")
    assert not answer.confident


def test_who_the_people_of_a_post_are_is_said_only_by_their_names(shipped):
    # not "Medium risk: two reviewers from different functions, at least one from Information Security or Privacy."
    assert not shipped.answer("who are the two information security reviewers on the panel?").confident


def test_a_figure_of_the_business_or_of_one_period_is_no_rules(shipped):
    # not "Company cards may be used only for approved AI tools costing less than £2,000 a year…"
    assert not shipped.answer("what's the company's revenue this year?").confident
    # not "Severity 4 incidents are logged and reviewed in aggregate."
    assert not shipped.answer("how many incidents did we have in q3?").confident
    # not "It asks vendors to describe: security certifications…": costs are a sum
    assert not shipped.answer("what are the ISO 42001 certification costs?").confident


def test_who_owns_the_rights_in_what_a_tool_makes_is_not_who_owns_the_tool(shipped):
    # not Midjourney's card and its owner, Sophie Laurent
    assert not shipped.answer("who owns the copyright of midjourney images in the us?").confident
    owner = shipped.answer("who owns midjourney?")
    assert owner.confident and "Sophie Laurent" in first_lines(owner.text, 1)


def test_a_count_of_one_period_is_not_todays_list(shipped):
    assert not shipped.answer("how many ai tools have we approved this year?").confident
    today = shipped.answer("how many ai tools are approved?")
    assert today.confident and re.search(r"\d+ AI tools are approved", first_lines(today.text, 1))


def test_what_happened_once_is_said_only_by_a_record_of_it(shipped):
    # not "Severity 1 and 2 incidents receive a blameless post-incident review…"
    assert not shipped.answer("what was the last sev 1 incident about?").confident
    # not "If you report an AI incident, including one you caused, promptly and honestly, you will not face…"
    assert not shipped.answer("has anyone been fired for misusing ai?").confident
    # not "Tool Owners who receive vendor breach notifications must forward them to Security Operations…"
    assert not shipped.answer("which vendor had the most incidents?").confident


def test_a_score_asked_for_is_a_figure(shipped):
    assert not shipped.answer("what score does a tool need to pass the vendor questionnaire?").confident


def test_a_clause_or_control_the_documents_do_not_hold_is_not_answered_by_another(shipped):
    # not "Two clauses have no fallback: …" (ISO/IEC 42001 has clauses 4 to 10)
    assert not shipped.answer("what does clause 11 of iso 42001 say?").confident
    assert not shipped.answer("what does control A.12.3 say?").confident
    held = shipped.answer("what does clause 10 of iso 42001 say?")
    assert held.confident and "Clause 10" in first_lines(held.text, 1)


def test_hardware_is_no_tool_to_register(shipped):
    # not "usb sticks is not registered in our AI tool inventory, so it is not approved for work data."
    answer = shipped.answer("are usb sticks ok for moving client data between two work laptops?")
    assert "not registered" not in answer.text
    unregistered = shipped.answer("can i use gamma for slides?")
    assert unregistered.confident and "gamma is not registered" in first_lines(unregistered.text, 1)


def test_a_question_said_not_to_be_about_ai_is_not_answered_from_the_ai_policies(shipped):
    # not "Never paste, upload or type passwords… into any AI tool"
    assert not shipped.answer("which password manager are we meant to use? not for ai stuff, just generally").confident


def test_what_came_of_one_occasion_or_the_extreme_of_what_happened_is_said_only_by_a_record(shipped):
    # not "Severity 1 and 2 incidents receive a blameless post-incident review within ten business days…"
    assert not shipped.answer("what did the post-incident review for the last sev 2 conclude?").confident
    assert not shipped.answer("what's the longest any ai incident has taken to get closed?").confident


def test_a_figure_of_one_period_is_a_record_however_it_is_asked(shipped):
    # not "The AI Governance Lead aims to meet the target for at least 90% of requests…", the aim
    assert not shipped.answer(
        "what percentage of registration requests actually met the turnaround target last quarter"
    ).confident


def test_the_fines_of_a_law_are_a_sum(shipped):
    # not "regulation: the vendor's role under the EU AI Act and how it meets its obligations;"
    assert not shipped.answer("what are the fines under the eu ai act for breaking the high-risk obligations").confident


def test_where_a_law_is_asked_to_apply_must_be_somewhere_the_documents_speak_of(shipped):
    assert not shipped.answer("does the eu ai act apply in switzerland and what are the swiss rules on ai").confident


def test_an_account_manager_is_a_person_not_a_login(shipped):
    # not "Never use a personal or free consumer AI account for work data…"
    assert not shipped.answer("who's our account manager at anthropic").confident


def test_what_govbot_thinks_is_asked_as_the_question_it_wraps(shipped):
    wrapped = shipped.answer("do you think i can use claude for client data?")
    assert wrapped.confident and first_lines(wrapped.text, 1).startswith("Claude Team (Anthropic) is approved")
    # …and a prediction the documents cannot make is refused
    assert not shipped.answer("do you think we'll get agi by 2030").confident


def test_a_feature_of_a_tool_is_answered_by_its_card_only_where_the_card_speaks_of_it(shipped):
    # not Claude Team's card, which says nothing of voice input
    assert not shipped.answer("can I use voice input in Claude Team?").confident
    # …while data used in it is the card's to answer, and "it" is no feature
    data = shipped.answer("can i use client data in claude?")
    assert data.confident and first_lines(data.text, 1).startswith("Claude Team (Anthropic) is approved")
    assert shipped.answer("can i use it in claude?").confident
    # …and so is another product it is to be used inside: Firefly's card says nothing of InDesign
    inside = shipped.answer("can I use Firefly from inside InDesign?")
    assert not inside.confident and "Adobe Firefly (Adobe) is approved" in inside.text  # (the card, as context)
    banners = shipped.answer("can I use Firefly for our intranet banners?")
    assert banners.confident and first_lines(banners.text, 1).startswith("Adobe Firefly (Adobe) is approved")


def test_data_put_into_a_tool_is_that_kind_of_incident_whatever_the_data_says_of_clients(shipped):
    # not "It counts as an incident under “Inaccurate AI output that reached a client”"
    for told in (
        "i pasted a client list into chatgpt, do you think i need to report it?",
        "i pasted a salary sheet into gemini. do i need to report this?",
    ):
        answer = shipped.answer(told)
        assert answer.confident and "Data put into the wrong tool" in first_lines(answer.text, 1)


def test_a_supplier_said_not_to_be_an_ai_vendor_is_not_registered_as_one(shipped):
    # not "Register any new AI service through govbot before use."
    assert not shipped.answer("how do i register a new supplier that isn't an ai vendor?").confident


def test_who_wrote_a_policy_is_not_answered_by_a_sentence_on_generating_content(shipped):
    # not "You must also not use AI tools to: harass… or generate sexual or violent content;" ("wrote" read as
    # "generated"); its byline names an owner, not who wrote it
    assert not shipped.answer("who wrote the ai acceptable use policy?").confident
    owner = shipped.answer("who owns the ai acceptable use policy?")
    assert owner.confident and "Owner: AI Governance Lead" in first_lines(owner.text, 1)


def test_the_day_of_an_event_is_no_duration(shipped):
    # not "Six years: “The audit trail is kept for the life of the tool plus six years…”"
    assert not shipped.answer("when is the iso 42001 certification audit?").confident


def test_a_retention_asked_of_one_thing_is_not_said_by_another_things(shipped):
    # not "Up to 30 days: “Vendor-side retention for abuse monitoring: Up to 30 days…”"
    for asked in (
        "what's the retention on slack DMs?",
        "what's the retention period for my emails?",
        "what's the retention period for a leaver's onedrive files before IT wipes them?",
    ):
        assert not shipped.answer(asked).confident, asked
    # …while the retention of what the documents keep is still answered
    kept = shipped.answer("how long does chatgpt enterprise keep chat history?")
    assert kept.confident and "90 days" in first_lines(kept.text, 2)


def test_whom_something_is_reported_to_is_said_of_that_thing(shipped):
    # not "Line managers must not penalise… anyone who reports an incident…"
    assert not shipped.answer("who do i report a workplace injury incident to?").confident
    # …while an AI incident is still answered
    assert shipped.answer("who do i report an ai incident to?").confident


def test_who_made_something_the_documents_never_name_is_not_answered(shipped):
    # not "Any chatbot or virtual assistant Kestrel provides to clients… must tell users… they are talking to an AI"
    assert not shipped.answer("who wrote eliza, the first chatbot?").confident


def test_who_is_in_charge_is_who_is_accountable(shipped):
    answer = shipped.answer("lol who's actually in charge of all this ai governance stuff?")
    assert answer.confident and "AI Governance Lead" in first_lines(answer.text, 1)


def test_how_much_a_tool_can_do_is_no_rule_on_something_else(shipped):
    # not "A meeting is quorate with four members present…", nor the scope sentence naming ChatGPT
    assert not shipped.answer("is there a cap on how many people otter can transcribe in one meeting?").confident
    assert not shipped.answer("can chat gpt read handwritten notes from a photo?").confident


def test_a_condition_sharing_only_off_with_a_how_to_does_not_answer_it(shipped):
    # not GitHub Copilot's "prompt and suggestion retention off"
    asked = "how do i turn off inline suggestions for markdown files in Copilot in VS Code?"
    assert not shipped.answer(asked).confident
    # …while a condition naming the feature does
    agent = shipped.answer("how do i turn off agent mode in github copilot?")
    assert agent.confident and "agent mode" in first_lines(agent.text, 1)


def test_office_life_in_the_policies_words_is_not_answered(shipped):
    for asked in (
        "where can I download my P60?",  # not "Download models only from the publisher's official repository…"
        "how do I report a mistake on my payslip?",  # not "If you report an AI incident… for the mistake itself"
        "when is the mid-year performance review this year?",  # not "Two-year: …a renewable two-year term"
    ):
        assert not shipped.answer(asked).confident, asked
    # …while where a form the documents name is found is still answered
    form = shipped.answer("where do i get the security incident form?")
    assert form.confident and "Kestrel Hub" in first_lines(form.text, 1)


def test_a_name_asked_for_is_not_answered_by_a_post(shipped):
    # not "The steering group is chaired by the Chief Operating Officer…"
    assert not shipped.answer("who chairs the steering group, by name?").confident
    # …while the post is still what "who" asks
    post = shipped.answer("who chairs the steering group?")
    assert post.confident and "Chief Operating Officer" in first_lines(post.text, 1)


def test_what_is_called_or_which_one_holds_a_post_now_is_said_only_by_a_name(shipped):
    for asked in (
        "what's the learning platform we use for the AI modules called?",  # not "…the learning platform shows…"
        "which reviewer is currently acting as the Lead's deputy?",  # not "The Lead names a deputy…"
        "what are the top three risks on the AI risk register at the moment?",  # not "…reporting top risks;"
        "which certification body audits our AI management system?",  # not "…external certification auditors…"
        "what database sits behind the AI tool inventory?",  # not "…Keep the resources section… current…"
    ):
        assert not shipped.answer(asked).confident, asked


def test_plans_feelings_and_past_occasions_are_said_only_by_a_record(shipped):
    for asked in (
        "will the acceptable use policy change next year?",
        "are we planning to hire more governance analysts?",
        "is the governance lead happy with how tool owners are handling re-reviews?",
        "how many AI-related personal data breaches have we notified to the ICO?",
        "what severity was the most recent incident involving ChatGPT Enterprise?",
        "who got the most recent policy exception and what was it for?",
        "which reviewers decided the DeepSeek rejection?",
        "which Annex A controls have we excluded in the statement of applicability?",
        "what month does the annual AI awareness training go out?",
        "when was the first version of the AI acceptable use policy published?",  # not "…Last reviewed: 2026-09-01"
        "when do the current reviewers' two-year terms run out?",  # not "Two-year: …a renewable two-year term."
    ):
        assert not shipped.answer(asked).confident, asked


def test_when_a_tool_is_up_for_re_review_is_its_cards_date(shipped):
    for asked in ("when is chatgpt enterprise up for re-review?", "when's claude team's re-review due?"):
        answer = shipped.answer(asked)
        assert answer.confident and re.search(r"next review is due \d{4}-\d{2}-\d{2}", first_lines(answer.text, 1))


def test_a_row_of_a_grid_is_quoted_with_its_column_names(shipped):
    answer = shipped.answer("can i put confidential data in a pending tool?")
    assert answer.confident
    assert "Public: Yes; Internal: No; Confidential: No; Restricted: No" in answer.text


def test_what_one_occasion_found_or_who_did_something_once_is_said_only_by_a_record(shipped):
    for asked in (
        "what did the copilot permissions review find on the Sales team sites?",
        "what triggered the last unscheduled review of the AI policy?",  # not "…the triggers that caused any…"
        "which vendors signed Legal's standard AI contract schedule without changes?",  # "Legal keeps a standard…"
        "who's our cyber insurance provider?",  # not "Legal also decides on notification to insurers…"
        "who in the Learning team co-runs the AI awareness training?",  # not "…with the Learning team;"
    ):
        assert not shipped.answer(asked).confident, asked


def test_a_later_part_about_what_the_documents_never_name_is_refused_too(shipped):
    # not "5 business days: “Low: 5 business days”" for how long flexible working requests take
    assert not shipped.answer("who reviews flexible working requests and how long does it take?").confident


def test_what_reviewers_relied_on_once_is_a_record_while_what_they_set_is_the_card(shipped):
    # not "…vendors must back their answers with independent evidence: … a SOC 2 Type II…"
    assert not shipped.answer("which SOC 2 report did reviewers rely on for Grammarly Business?").confident
    card = shipped.answer("which data class did reviewers set for grammarly?")
    assert card.confident and first_lines(card.text, 1).startswith("Grammarly Business (Grammarly)")


def test_a_byline_answers_only_of_its_own_document(shipped):
    # not "Policy KES-AI-01 · … · Owner: AI Governance Lead" (the AI acceptable use policy's byline)
    assert "KES-AI-01" not in shipped.answer("who is the owner of the travel policy?").text
    owner = shipped.answer("who owns the ai acceptable use policy?")
    assert owner.confident and "KES-AI-01" in first_lines(owner.text, 1)


def test_a_fine_imposed_or_a_discipline_that_happened_is_no_status_nor_rule(shipped):
    # not ChatGPT Enterprise's card ("fine" read as "is it fine?")
    assert not shipped.answer("did Italy's data protection authority fine OpenAI?").confident
    assert shipped.answer("is chatgpt fine?").confident
    # not "Deliberate or reckless breaches… may lead to action under the Disciplinary Policy…"
    assert not shipped.answer("has anyone actually been disciplined for breaking the AI policy?").confident


def test_the_byline_of_the_document_named_states_its_owner_version_and_review(shipped):
    # not "The AI Governance Lead is informed of every AI incident and co-owns those…"
    owner = shipped.answer("who owns the incident reporting policy?")
    assert owner.confident and "Owner: AI Governance Lead (with the CISO)" in first_lines(owner.text, 1)
    version = shipped.answer("what version is the tool registration policy?")
    assert version.confident and "Version 2.2" in first_lines(version.text, 1)
    # …and the day it was last reviewed is no date of the next version
    assert not shipped.answer("when is the next version of the ai acceptable use policy coming out?").confident


def test_a_tool_asked_about_alone_gets_its_status_and_no_rule_on_some_other_use(shipped):
    # not "Tell all participants at the start that an AI assistant is recording…" before the card
    fine = shipped.answer("is it fine if i use chatgpt for this?")
    assert fine.confident and first_lines(fine.text, 1).startswith("ChatGPT Enterprise (OpenAI) is approved")
    # nor, after the card, "A Data Protection Impact Assessment must be completed…" or the meeting-recorder rule
    for asked in ("duet ai ok to use?", "is chatgpt ok to use?"):
        text = shipped.answer(asked).text
        assert "Data Protection Impact Assessment" not in text and "recording or transcribing" not in text, asked


def test_labelling_the_output_is_marking_ai_content_not_labelling_training_data(shipped):
    # not "If you label or clean data for an AI project, follow the written guidelines…"
    lead = first_lines(shipped.answer("do I have to label the output?").text, 1)
    assert re.search(r"AI-generated|labelled|statement", lead) and "clean data" not in lead


def test_why_is_answered_only_by_a_sentence_that_gives_a_reason(shipped):
    # not "The steering group meets quarterly, in March, June, September and December." (which gives no reason)
    for asked in (
        "why does the steering group meet in march, june, september and december specifically?",
        "why did we set the dpia threshold at 5,000 people and not some other number?",
    ):
        assert not shipped.answer(asked).confident, asked
    # …while a rule that says why still answers
    why = shipped.answer("why cant i use my chatgpt plus for work when enterprise is approved anyway?")
    assert why.confident and "because" in first_lines(why.text, 2)


def test_a_set_wording_asked_for_is_answered_only_by_words_given_to_use(shipped):
    # not "Mention significant AI assistance in the pull-request description." (a rule, no wording)
    assert not shipped.answer(
        "is there a set wording we're meant to use in the pr description to flag copilot assistance?"
    ).confident
    wording = shipped.answer("is there a standard wording for the ai disclosure in client reports?")
    assert wording.confident and "Parts of this document were prepared" in first_lines(wording.text, 1)


def test_one_dated_past_occasion_is_a_record_and_so_is_a_later_part_about_it(shipped):
    # not "The review records the timeline, root causes, what worked…" for the root cause of one incident
    for asked in (
        "who was the handler on the gemini incident in march, and what was the root cause?",
        "how long did the review of chatgpt enterprise take?",
        "what did the works council say when they were consulted on ai?",
        "who proposed adding govbot to slack in the first place?",
    ):
        assert not shipped.answer(asked).confident, asked


def test_everyday_words_for_what_the_policies_say_otherwise(shipped):
    # "watching" the channel "after half five": the hours it is monitored (not refused for "shouting into the void")
    watched = shipped.answer(
        "lol is anyone actually watching #ai-governance after half five or am i shouting into the void"
    )
    assert watched.confident and "17:30" in first_lines(watched.text, 1)
    # "yearly" is "annual": the line manager's duty (not the governance team's "monitor #ai-governance")
    yearly = first_lines(shipped.answer("who's meant to make sure my team does the yearly ai refresher?").text, 1)
    assert "annual refresher" in yearly
    # output "caught before it left": harmful output, still an incident (not a vendor security problem)
    caught = shipped.answer(
        "h&s lead - asked chatgpt enterprise to draft a manual handling guide for the warehouse and it told people to "
        "lift with a bent back and twist while carrying. i caught it before it went anywhere, do i still have to "
        "report it?"
    )
    assert "caught before it left Kestrel is still an incident" in first_lines(caught.text, 2)


def test_key_moments_are_no_keys_and_docking_pay_is_a_decision_about_people(shipped):
    # not "No: the policy classes “Credentials, secrets, keys, tokens” as restricted…"
    assert "Credentials" not in shipped.answer("can otter highlight key moments in a recording?").text
    pay = shipped.answer(
        "ops wants an ai feature that automatically docks pickers' pay when they miss their targets. ok to switch on?"
    )
    assert pay.confident and "solely on the basis of AI output" in first_lines(pay.text, 1)


def test_what_a_tool_is_asked_to_make_is_no_data_given_to_it(shipped):
    # not "Yes, within its conditions: the policy classes “Kestrel proprietary source code” as confidential…"
    assert "source code" not in first_lines(shipped.answer("can github copilot generate dockerfiles?").text, 1)
    # …while what it makes something from is
    made_from = shipped.answer(
        "HR analytics here - can copilot in excel build pivot tables from our staff diversity survey export?"
    )
    assert first_lines(made_from.text, 1).startswith("No:"), made_from.text


def test_a_thing_named_alone_that_the_documents_never_mention_is_refused(shipped):
    # not "The test here is whether Kestrel's leaders treat responsible AI as part of running the business…"
    assert not shipped.answer("what's the turing test?").confident
    assert not shipped.answer("what does the dpo's breach log say about last year's ai incidents?").confident
    assert shipped.answer("what is the statement of applicability?").confident


def test_why_a_rule_or_an_approved_tools_condition_is_so_is_no_restating_of_it(shipped):
    # not "Company cards may be used only for approved AI tools costing less than £2,000 a year…" (the sum told
    # falls in its band, which says what the limit is, not why)
    assert not shipped.answer("why is the company card limit for ai tools £2,000 and not higher?").confident
    # nor Otter.ai's card ("One of its conditions bears on this: “recordings deleted after 30 days”")
    assert not shipped.answer(
        "why are otter recordings deleted after 30 days, was that just the vendor default?"
    ).confident
    # …while a rejected tool's entry gives the reason it was turned down
    rejected = shipped.answer("why did deepseek get rejected?")
    assert rejected.confident and "stored in China" in first_lines(rejected.text, 1)


def test_an_abbreviation_asked_to_be_spelt_out_is_answered_only_by_its_words(shipped):
    # not "…Article 28 of the UK and EU GDPR is required…" (it uses the abbreviation, it does not spell it out)
    assert not shipped.answer("what does GDPR stand for?").confident
    # nor "The standing agenda is: top risks from the AI risk register;"
    assert not shipped.answer("what does RAG stand for in AI?").confident


def test_a_tools_subscription_tier_is_no_business_plan(shipped):
    # not "No: the policy classes “unpublished Kestrel financial results, budgets and plans” as confidential…"
    tier = shipped.answer("what's the longest meeting Otter can record on the Business plan?")
    assert "financial results" not in tier.text and not tier.confident
    # …while a business plan given to a tool is confidential data
    assert "plans" in first_lines(shipped.answer("can i paste our 2027 business plan into otter?").text, 2)


def test_who_chairs_a_body_is_said_only_by_a_sentence_about_that_body(shipped):
    # not "The policy applies to everyone working for … Kestrel Analytics B.V. in Amsterdam…"
    assert not shipped.answer("who chairs the works council at Kestrel Analytics B.V.?").confident
    chair = shipped.answer("who chairs the steering group?")
    assert chair.confident and "Chief Operating Officer" in first_lines(chair.text, 1)


def test_what_was_spent_or_said_on_one_occasion_is_a_record_no_rule_or_card_holds(shipped):
    for asked in (
        # not "Company cards may be used only for approved AI tools costing less than £2,000 a year…"
        "how much does Kestrel spend on AI tools each year?",
        # not Grammarly Business's, Gemini's, Zoom's or Otter's card
        "when grammarly business got approved for confidential data, what evidence did the reviewers rely on - iso "
        "27001 or a soc 2 type ii report?",
        "what did govbot's triage record as the reasons for gemini's risk tier when marketing first registered it?",
        "what came out of the last re-review of zoom ai companion - did any of its conditions change?",
        "what did otter.ai say in their vendor questionnaire about which model provider sits behind otterpilot?",
        # not DeepL Pro's card, nor the rule on vendors' ISO 27001 certificates
        "when does deepl's iso 27001 certificate expire?",
        # not "The steering group meets quarterly, in March, June, September and December."
        "was the june steering group meeting actually quorate? heard only three members turned up",
        # not "…the panel may invite a representative of the affected business area, such as People for HR tools…"
        "in the hirevue review, who from people sat in on the panel as the non-voting adviser?",
        # not "Within ten business days: …the DPO aims to respond within ten business days."
        "how long has the current dpo been in post?",
    ):
        assert not shipped.answer(asked).confident, asked
    # …while what is spent may be asked as a rule
    assert "£2,000" in first_lines(shipped.answer("how much can i spend on a company card?").text, 1)


def test_where_ones_own_case_has_got_to_only_its_record_says(shipped):
    for asked in (
        # not "In practice the Lead and a small governance team of two analysts: schedule the 12-month re-reviews…"
        "who's my analyst on the governance team for our notion ai re-review? want to send them the evidence direct",
        # not "A requester or Tool Owner may appeal a rejection or a condition within 20 business days…"
        "has my appeal about the otter scope decision reached the reviewers yet?",
        "has the dpo's office started on our dpia for the route optimisation tool? we sent it in on the 3rd",
    ):
        assert not shipped.answer(asked).confident, asked
    # …while what happens to one's request is a rule
    assert shipped.answer("what happens if my request is rejected?").confident


def test_what_a_document_holds_is_said_only_by_a_sentence_listing_it(shipped):
    for asked in (
        # not "High-risk tools must have a documented exit plan before approval."
        "whats in the exit plan template for high-risk tools? our staffing tool needs one before it can be approved",
        # not "For medium- and high-risk tools, Procurement sends … the full AI vendor questionnaire; low-risk tools
        # use the short form."
        "procurement said the vendor only gets the 'short form' questionnaire. what questions are actually on the "
        "short form?",
        # not "…what questions it covers (intended and foreseeable misuse…)", of the impact assessment
        "what questions are on the legitimate interests assessment form?",
    ):
        assert not shipped.answer(asked).confident, asked
    pack = shipped.answer("what's in the technical documentation pack?")
    assert pack.confident and "architecture summary" in first_lines(pack.text, 1)


def test_what_a_document_is_asked_to_include_is_said_only_by_a_sentence_about_it(shipped):
    # not "Legal keeps a standard AI contract schedule." (a cap, of which no sentence speaks)
    assert not shipped.answer("does legal's standard ai contract schedule include a liability cap?").confident
    # nor "…no reported group has fewer than ten individuals" (the rule again, not why the figure is ten)
    assert not shipped.answer("why is the anonymisation minimum group size ten people and not five?").confident


def test_which_key_works_a_product_is_no_rule_of_ours(shipped):
    # not "If a suggestion appears to reproduce a substantial block of third-party code, do not accept it…"
    assert not shipped.answer("what key accepts a GitHub Copilot suggestion in VS Code?").confident


def test_a_maximum_of_something_is_stated_only_by_a_figure_of_it(shipped):
    # not "Self-hosted models run in Kestrel's cloud tenancy in the London or Frankfurt regions…"
    assert not shipped.answer("whats the max tokens per request on our self-hosted model endpoint in london?").confident
    # …while a bound leaving what it counts to the words before it states one
    owners = shipped.answer("is there a max number of tools one person can be tool owner for?")
    assert owners.confident and "more than ten" in first_lines(owners.text, 1)


def test_a_later_part_asking_for_a_record_of_a_refused_occasion_is_refused_too(shipped):
    # not "AI note-taker recordings: 30 days; transcripts kept with meeting records", of that occasion
    assert not shipped.answer(
        "what did the cto say about ai agents at the last town hall, and is there a recording?"
    ).confident


def test_how_serious_what_a_message_tells_would_be_is_the_incident_policys_level_for_it(shipped):
    # a secret, in any tool: Severity 2, rotate it and report within one hour (it was "I don't know")
    key = first_lines(shipped.answer("how serious is it if someone pastes an api key into gemini?").text, 2)
    assert key.startswith("Severity 2 – High") and "within one hour" in key and "2 – High:" in key
    # client pricing in a personal edition of an approved tool: confidential data where it may not go
    pricing = shipped.answer("what severity would it be if i put a client's pricing sheet into my personal claude pro?")
    assert pricing.confident and first_lines(pricing.text, 1).startswith("Severity 2 – High: confidential data")
    # personal data: report immediately, whichever level is guessed
    assert first_lines(
        shipped.answer("i pasted a customer list into my personal chatgpt, is that a sev 3?").text, 1
    ).startswith("No: Severity 2 – High: personal data")
    # …while data a tool is approved for is no incident, so no level is given it
    allowed = shipped.answer("how serious is it if i put our source code into chatgpt enterprise?")
    assert "Severity" not in first_lines(allowed.text, 1)
    # …and a level named with something else asked answers that
    handler = shipped.answer("for a sev 3, how long does the handler have to acknowledge?")
    assert "1 business day" in first_lines(handler.text, 1)


def test_what_a_vendor_or_someone_did_once_is_a_record_no_card_nor_rule_holds(shipped):
    for asked in (
        # not "For tools that will receive confidential or restricted data, vendors must back their answers…"
        "a client auditor wants to know what security evidence we hold for chatgpt enterprise - did openai give us a "
        "pen test summary from the last 12 months, or are we just going off their soc 2?",
        # not "Add your team and use case to the existing request…", for the later part about that occasion
        "did hirevue offer to switch off the automated scoring and just do recorded interviews? did the reviewers "
        "consider that?",
        # not DeepSeek's, Trint's, Gemini's or Notion AI's card
        "did anyone at kestrel actually use deepseek for work before it got rejected in january?",
        "back when trint was approved, was it allowed for client interviews or internal only?",
        "who in marketing actually asked for gemini to be registerd - sophie herself or someone in her team?",
        "is notion labs iso 42001 certified? client rfp wants the status for each ai vendor we use",
        # not "Remove external participants' note-taking bots from Kestrel internal meetings."
        "which outside note-taker bots has IT kicked out of internal meetings this year, fireflies, read.ai?",
        # not "The quarterly governance report to the steering group includes AI incident numbers…"
        "how many times has the ai governance lead told everyone to stop using a tool while an incident was "
        "investigated?",
        # not "AI-generated code goes through the same pull-request review, tests and security scanning…"
        "which security scanner runs on our PRs?",
        # not "Mark AI-generated images, audio and video as AI-generated wherever they are used…" (another body's rule)
        "does the uk advertising standards authority require ai-generated images in ads to be labelled?",
    ):
        assert not shipped.answer(asked).confident, asked
    # …while what the card records of the past is its to say
    rejected = shipped.answer("did deepseek get rejected?")
    assert rejected.confident and "was rejected" in first_lines(rejected.text, 1)


def test_a_vendors_pen_test_is_no_vulnerability_data_of_ours(shipped):
    # not "Yes, within its conditions: the policy classes “unpatched vulnerabilities and penetration-test findings”…"
    vendor = shipped.answer(
        "deepl pro is approved for restricted data so im assuming someone checked - did deepl se's pen test summary "
        "come back clean?"
    )
    assert "penetration-test findings" not in vendor.text and not vendor.confident
    ours = shipped.answer(
        "our infra repo has last quarter's pen test findings in it. ok to let github copilot index it?"
    )
    assert first_lines(ours.text, 1).startswith("No:") and "penetration-test findings" in first_lines(ours.text, 1)


def test_everyday_software_is_no_ai_tool_for_the_inventory_to_decide(shipped):
    # not "dropbox is not registered in our AI tool inventory, so it is not approved for work data."
    for asked in (
        "can i use dropbox to send a big file to a supplier?",
        "can i use whatsapp to message clients?",
        # office kit, whatever is said with it
        "can i use my desk phone extension to call abroad or do i need to request international dialling?",
    ):
        reply = shipped.answer(asked)
        assert not reply.confident and "not registered" not in reply.text, asked
    # …unless AI in it is asked about, or the product is not everyday software
    assert "not registered" in first_lines(shipped.answer("can i use whatsapp's ai to summarise client chats?").text, 1)
    assert "not registered" in first_lines(shipped.answer("is cursor ok to use?").text, 1)


def test_which_part_of_a_product_or_where_it_runs_only_a_sentence_about_that_product_says(shipped):
    # not "A Data Protection Impact Assessment must be completed … training or fine-tuning a model on personal data;"
    assert not shipped.answer("what model does Notion AI use?").confident
    # not Microsoft 365 Copilot's card, which says nothing of phones
    assert not shipped.answer("can I use Copilot in Outlook on my phone?").confident
    # …while a personal device's personal account is the policy's rule
    personal = shipped.answer("can i use chatgpt on my personal phone?")
    assert personal.confident and "personal or free consumer AI account" in first_lines(personal.text, 1)


def test_whom_a_protection_covers_as_well_is_no_thing_asked(shipped):
    # "as well" is no thing the sentence must speak of (it was refused)
    also = shipped.answer(
        "I reported something a colleague did with a free chatbot — it was an honest mistake on her part. Does the "
        "no-blame protection cover her as well?"
    )
    assert also.confident and "report something a colleague did in good faith" in first_lines(also.text, 1)


def test_who_did_it_once_and_what_came_of_one_occasion_is_a_record(shipped):
    for asked in (
        # not "Check the Customer Contract Register before enabling a code assistant…" beside Copilot's card
        "who first requested github copilot business?",
        # not "A written comment is mandatory whenever reviewers reject a request…"
        "what was the triage reason code for the last rejected request?",
        # not "The steering group meets quarterly, in March, June, September and December."
        "are the September steering group minutes out yet? want to see if they approved the change to the AI "
        "note-taker rules that was being talked about",
        # not the severity table
        "how many active notion ai users do we have?",
        # not "Three or more incidents involving the same tool in a quarter trigger an out-of-cycle re-review…"
        "how many incidents has govbot itself caused?",
        # not "Annex A control A.2 goes into how the policy is written…"
        "wich annex a controls are we weakest on?",
        # not "In practice the Lead and a small governance team of two analysts: run the annual AI awareness training…"
        "is there an ai lunch and learn this month?",
        # not "The incident handler keeps the reporter informed of progress and outcome."
        "warehouse client wants face ID for clock-in. wasn't there an ICO case against Serco for using facial "
        "recognition on staff attendance? what was the outcome and what did the ICO order them to do?",
        # not the rule on personal accounts
        "anyone know why Midjourney was even registered by marketing in the first place - were people already using "
        "it on personal accounts before it got rejected?",
        # not "Report an AI incident as soon as you become aware of it…" (what happened is told, a review of it asked)
        "the post incident review for the zoom summary that got emailed to the wrong client - who facilitated it and "
        "what corrective actions came out of it? want to apply the same in my team",
        # not "…check the "AI processing" field for that client in the Customer Contract Register…"
        "joining the Tejo Logística account next week. what's their AI processing field actually set to in the "
        "contract register?",
        # not "For tool owners. For each AI supplier, make sure the vendor questionnaire has been completed…"
        "which of our ai vendors hold iso 42001 certification?",
    ):
        assert not shipped.answer(asked).confident, asked
    # …while how often it happens is the rule's to say
    meets = shipped.answer("how often does the steering group meet?")
    assert meets.confident and first_lines(meets.text, 1).startswith("Quarterly")


def test_a_review_of_a_tool_or_by_a_regulator_is_no_employee_review(shipped):
    for asked in (
        # not "No: the policy classes “Employee objectives, training records, reviews” as confidential…"
        "how long did the hirevue review take before it got rejected?",
        "strategy team is writing a vendor concentration risk note for the steering group. what did the CMA's "
        "foundation models review actually conclude about Microsoft's tie-up with OpenAI?",
    ):
        reply = shipped.answer(asked)
        assert not reply.confident and "Employee objectives" not in reply.text, asked
    # …while staff's reviews are
    staff = shipped.answer("can i paste my team's performance reviews into chatgpt enterprise?")
    assert "Employee objectives, training records, reviews" in first_lines(staff.text, 1)


def test_how_others_go_about_it_is_not_our_rule(shipped):
    for asked in (
        # not "Every AI incident is triaged, assigned a severity and given an owner."
        "how do other consultancies grade ai incident severity?",
        # not "Ask govbot "who owns tool X?" before you start relying on a tool…"
        "how does amazon decide who owns an ai tool?",
    ):
        assert not shipped.answer(asked).confident, asked
    # …while what a document of ours asks, its sentence says (what it asks about is no yes-or-no of what it holds)
    ours = shipped.answer("what does the ai vendor questionnaire ask about the models behind a product?")
    assert ours.confident and "vendor questionnaire" in first_lines(ours.text, 1)


def test_what_a_document_the_policies_never_name_holds_is_refused(shipped):
    for asked in (
        # not "…the vendor questionnaire has been completed and reviewed, covering how the vendor's model was built…"
        "what does the supplier scorecard for ai vendors look like?",
        # not "The DPIA template is on the Kestrel Hub; the DPO aims to respond within ten business days."
        "does the dpia template ask for a data flow diagram?",
    ):
        assert not shipped.answer(asked).confident, asked


def test_work_asked_on_a_text_govbot_is_not_given_is_refused(shipped):
    # not "Decisions buried in chat threads or someone's memory are lost when people move on."
    for asked in ("summarise this thread for me pls", "proofread my ai policy summary"):
        assert not shipped.answer(asked).confident, asked


def test_a_vendors_questionnaire_is_no_question_about_its_tool(shipped):
    # not Claude Team's card, for "Anthropic" and "vendor"
    nda = shipped.answer(
        "AD here, a client wants copies of the answers Anthropic gave in our vendor questionnaire. is there an NDA "
        "template Legal uses when sharing vendor due diligence material with clients?"
    )
    assert "is approved" not in first_lines(nda.text, 1)
    # …while who the vendor is, its card says
    vendor = shipped.answer("who is the vendor of claude team?")
    assert "Claude Team (Anthropic)" in first_lines(vendor.text, 1)


def test_a_change_taken_back_by_mistake_is_no_incident(shipped):
    # not "Report an AI incident as soon as you become aware of it, and in any case within 24 hours."
    undo = shipped.answer("how do i undo a notion ai edit i accepted by mistake?")
    assert not undo.confident and "within 24 hours" not in undo.text
    # …while data put somewhere by mistake is one
    pasted = shipped.answer("i accidentally pasted a customer list into notion ai")
    assert pasted.confident and "report" in first_lines(pasted.text, 1).lower()


def test_words_that_only_look_like_a_name_a_figure_or_data_get_no_verdict(shipped):
    for asked in (
        # not "there a target ratio is not registered in our AI tool inventory…"
        "clause 7.1 resourcing check - is there a target ratio of registered tools per governance analyst?",
        # not "No: the policy classes “Credentials, secrets, keys, tokens” as restricted…"
        "can copilot in excel read a password protected workbook?",
        # not "Yes, within its conditions: the policy classes “client names combined with … contract terms”…"
        "can deepl pro keep seperate glossaries per client so the client terms dont get mixed up?",
        # not "Client deliverables that were substantially AI-generated but not labelled…" (no figure)
        "is there a % cutoff for when a client deliverable counts as 'substantially generated' by ai and needs the "
        "label?",
        # not "Within 24 hours: Report it within 24 hours…" (how long something is kept, not a deadline)
        "how long am i supposed to keep my own screenshots and conversation links after i've reported an ai incident?",
    ):
        reply = shipped.answer(asked)
        assert not reply.confident and "not registered" not in reply.text, asked
    # …while a password given to a tool is a credential
    password = shipped.answer("can i paste the admin password into copilot in excel?")
    assert "Credentials, secrets, keys, tokens" in first_lines(password.text, 1)


def test_a_quoted_term_asked_about_is_answered_only_by_a_sentence_defining_it(shipped):
    # not "The Lead may raise a tier on judgement, for example for a novel type of tool." (which uses it)
    assert not shipped.answer(
        "what counts as a 'novel type of tool' when the lead raises a tier on judgement?"
    ).confident
    # …while the definition answers, the term in quotes or not (this was refused)
    public = shipped.answer("is data from a public sector client (a city council) counted as 'public' data?")
    assert public.confident and "Public data has been formally approved for release" in first_lines(public.text, 1)
    party = shipped.answer(
        "who counts as an 'interested party' under 42001 clause 4.2? is it basically just our clients?"
    )
    assert party.confident and "ISO shorthand for anyone who can affect" in first_lines(party.text, 1)


def test_what_the_company_plans_or_belongs_to_and_others_posts_are_no_rule_of_ours(shipped):
    for asked in (
        # not "This part covers how Kestrel plans for the uncertainty that comes with AI…"
        "is kestrel planning an IPO?",
        # not "What the control expects. People outside Kestrel, such as clients…"
        "is Kestrel a member of the Partnership on AI?",
        # not "At Kestrel, #ai-governance is the main internal channel, govbot handles registrations…"
        "which other companies use govbot for AI governance?",
        # not "For AI, the DPO: leads the assessment of any AI incident involving personal data…"
        "who is the DPO at OpenAI?",
    ):
        assert not shipped.answer(asked).confident, asked


def test_a_post_to_fill_is_no_directory_entry_and_another_product_worked_in_is_no_task_its_card_speaks_of(shipped):
    # not "Yes, within its conditions: the policy classes “Employee directory details” as internal…"
    for asked in ("can Textio suggest a better job title for a role?", "can Textio suggest a better job title?"):
        # (what a tool is asked to suggest it makes: no data is given to it)
        role = shipped.answer(asked)
        assert not role.confident and "Employee directory details" not in role.text, asked
    # …nor the title a job ad advertises
    searchable = shipped.answer("can textio check the job title too, like suggest a more searchable one?")
    assert "Employee directory details" not in searchable.text
    # not DeepL Pro's card, whose entry speaks of translating but not of Google Docs
    assert not shipped.answer("can DeepL Pro translate a Google Doc directly?").confident
    # …while staff's directory details given to a tool are the table's
    staff = shipped.answer("can i paste staff names and job titles into textio?")
    assert "Employee directory details" in first_lines(staff.text, 1)


def test_a_condition_ruling_out_whose_data_it_is_turns_the_class_verdict_to_no(shipped):
    # not "Yes, within its conditions: the policy classes “Employee directory details” as internal…, and Textio is
    # approved for data up to internal", which its condition "no candidate or employee personal data" contradicts
    staff = shipped.answer("can i paste staff names and job titles into textio?")
    lead = first_lines(staff.text, 1)
    assert lead.startswith("No:") and "no candidate or employee personal data" in lead
    # …while a condition on a class is the class's to decide ("employee personal data outside the restricted class"
    # is no restricted data)
    objectives = shipped.answer("analytics consulting here, ok to get claude to tidy up my team's objectives doc?")
    assert first_lines(objectives.text, 1).startswith("Yes")


def test_how_to_work_a_product_or_what_someone_holds_is_no_rule_of_ours(shipped):
    for asked in (
        # not DeepL Pro's card (its entry speaks of translating, not of Welsh)
        "can DeepL Translator translate from Welsh?",
        # not "…If you make a design decision on an AI project, such as switching models…"
        "where do I change my writing goals in Grammarly?",
        # not "Anyone whose work shapes how AI behaves or how it is governed must actually know what they are doing…"
        "does anyone on Kestrel's board have an AI background?",
        # not "…vendors must back their answers with independent evidence: … or a SOC 2 Type II report…"
        "Does Kestrel have its own SOC 2 Type II report?",
    ):
        assert not shipped.answer(asked).confident, asked


def test_how_far_in_advance_asks_a_time_which_only_a_sentence_giving_one_states(shipped):
    # not "The only exception is approved security awareness exercises, such as phishing simulations run by
    # Information Security with the CISO's written approval." (no time)
    assert not shipped.answer(
        "how far in advance do infosec need the ciso's written approval before running an ai-written phishing "
        "simulation?"
    ).confident
    # …while a sentence giving one answers, and says it first
    dpia = shipped.answer("how far in advance should i submit a dpia?")
    assert dpia.confident and first_lines(dpia.text, 1).startswith("Within ten business days")


def test_what_a_tool_used_inside_another_product_is_asked_to_do_is_no_condition_of_its_approval(shipped):
    for asked in (
        # not Microsoft 365 Copilot's card, read as "in" a task its condition on SharePoint sites speaks of
        "can m365 copilot in word show which sharepoint file it pulled a fact from?",
        # not Gemini's card ("Gmail and Drive access limited to Marketing shared drives")
        "can gemini in google docs rewrite a paragraph in a more formal tone?",
        # not Zoom AI Companion's card, whose condition has the host tell participants
        "can zoom ai companion tell me who spoke the most in a meeting?",
        # not "No: Never make or materially influence a decision about an individual solely on the basis of AI output."
        "can copilot in teams tell me who hasn't replied to a meeting invite?",
    ):
        assert not shipped.answer(asked).confident, asked
    # …while telling who should get something is a decision about people
    pip = shipped.answer("can copilot in excel tell me who on my team should go on a performance improvement plan?")
    assert pip.confident and first_lines(pip.text, 1).startswith("No")


def test_what_a_vendor_brought_out_or_offers_and_what_no_document_names_is_not_answered_by_its_card(shipped):
    for asked in (
        # not DeepSeek's card (it was rejected; what it has released since, its entry does not say)
        "has deepseek put out a new model since we rejected it?",
        # not "Browser extensions that send page content to an AI service count as tools, too."
        "is there a claude extension for chrome?",
        # not ChatGPT Enterprise's card ("custom GPTs shared within your team only")
        "what's the naming convention for custom gpts in our chatgpt workspace?",
        # not Midjourney's card, which says why it was rejected but not who decided
        "who was the reviewer that rejected midjourney?",
    ):
        assert not shipped.answer(asked).confident, asked
    # …while whether a tool was ever approved is its entry's status
    deepseek = shipped.answer("was deepseek ever approved?")
    assert deepseek.confident and "DeepSeek (DeepSeek) was rejected" in first_lines(deepseek.text, 1)


def test_registering_with_someone_else_or_a_request_for_a_device_is_no_tool_registration(shipped):
    # not "To register a new AI tool, fill in the registration form…"
    assert not shipped.answer("can you register an ai-generated logo as a trade mark in the eu?").confident
    # not "laptop replacement request is not registered in our AI tool inventory…"
    laptop = shipped.answer("how do i check the status of my laptop replacement request?")
    assert not laptop.confident and "laptop replacement request is not registered" not in laptop.text
    # …while a tool asked to be registered still is
    assert "registration form" in first_lines(shipped.answer("please register Fireflies").text, 1)


def test_what_another_organisation_did_or_means_is_no_rule_or_procedure_of_ours(shipped):
    for asked in (
        # not the incident procedure ("Report it within 24 hours…"): another organisation's incident, long ago
        "what did samsung change in its ai rules after staff leaked code into chatgpt?",
        # not "If anonymised data is to be treated as confidential or lower…, the DPO's office must confirm…"
        "how does the ico define anonymisation in its guidance?",
        # not "Kestrel chooses what to measure about its AI governance…" (of ROI, nothing)
        "how does kestrel measure the roi of its ai tools?",
        # not "They must: make sure new joiners and contractors complete the AI awareness e-learning…"
        "are contractors paid for the time they spend on the ai e-learning?",
        "what does the learning team pay per person for the ai e-learning?",
        # not the data class table's examples ("…loyalty-card histories or driver telematics")
        "which of our clients send us driver telematics data?",
        # not "Legal keeps a standard AI contract schedule."
        "does legal's standard ai contract schedule come in a dutch version?",
        # not "The Data Platform team maintains synthetic shipment, store and loyalty datasets…"
        "which storage bucket holds the synthetic shipment dataset?",
    ):
        assert not shipped.answer(asked).confident, asked
    # …while our own incident is still ours to report
    pasted = shipped.answer("I accidentally pasted a customer list into ChatGPT, what should I do?")
    assert pasted.confident and "incident" in pasted.text.lower()


def test_an_opinion_a_meeting_format_or_a_version_is_answered_only_by_a_sentence_giving_one(shipped):
    for asked in (
        # not "Note-takers such as Otter.ai or Zoom AI Companion record everyone in a meeting…"
        "whats the best ai note taker on the market rn if u had to pick one",
        "be honest, are ai note-takers a bit creepy?",
        # not "…chair the weekly review panel on Tuesdays;"
        "is the tuesday review panel on teams or in person?",
        # not "Data counts as anonymised at Kestrel only when it has passed … the anonymisation checklist…"
        "which version of the anonymisation checklist are we on?",
        # not Gemini's card: whether something happened once, which its entry does not record
        "was duet ai ever rolled out to the whole company before gemini got limited to marketing?",
    ):
        assert not shipped.answer(asked).confident, asked
    # …while a policy's own version line answers
    version = shipped.answer("which version of the acceptable use policy is current?")
    assert version.confident and "Version 2.1" in first_lines(version.text, 1)


def test_how_long_one_may_do_a_thing_the_documents_never_speak_of_is_not_answered_by_a_trials_limit(shipped):
    # not "Of 30 days: Therefore: a trial with work data needs registration and approval…"
    assert not shipped.answer("how many days can I work from home?").confident
    # …while a trial's own limit answers
    trial = shipped.answer("how long can i run a free trial with work data?")
    assert trial.confident and "30 days" in first_lines(trial.text, 1)


def test_ones_own_peripherals_and_usage_are_no_personal_edition_of_a_tool(shipped):
    for asked in (
        # not "own usb-c dock is not registered in our AI tool inventory…", nor the rule on personal accounts
        "can i use my own usb-c dock at home with my work laptop?",
        # not "Never use a personal or free consumer AI account for work data…"
        "how do I see my own GitHub Copilot usage stats?",
    ):
        assert not shipped.answer(asked).confident, asked
    # …while one's own subscription is one
    own = shipped.answer("can i use my own claude pro account for work?")
    assert own.confident and "personal or free consumer AI account" in first_lines(own.text, 1)


def test_company_news_a_vendors_sale_a_distance_and_what_a_tool_can_show_are_not_answered_by_a_rule(shipped):
    for asked in (
        # not the EU AI Act's areas ("…employment and workers management, including recruitment…")
        "is Kestrel hiring right now?",
        # not "The Tool Owner must report the following … acquisition of the vendor or a change of control;"
        "has HireVue been bought by another company?",
        # not "The policy applies to everyone … Kestrel Analytics B.V. in Amsterdam and our Lisbon delivery centre"
        "how far is Lisbon from Amsterdam?",
        # not Microsoft 365 Copilot's note ("Works over Outlook, Teams, Word, Excel and SharePoint content…")
        "can Copilot in Word show which SharePoint files it used?",
        # not "You can withdraw your own request at any time while it is pending or needs_info…"
        "how do I request time off in lieu?",
    ):
        assert not shipped.answer(asked).confident, asked
    # …while what to do when a vendor is bought is a rule
    bought = shipped.answer("what happens if a vendor is bought by another company?")
    assert bought.confident and "acquisition of the vendor" in first_lines(bought.text, 1)


def test_how_long_a_thing_is_kept_is_answered_only_by_a_sentence_on_that_thing(shipped):
    # not "Six years: Follow the records retention schedule, which keeps impact assessments…"
    assert not shipped.answer("how long are legitimate interests assessments kept?").confident
    # …while the thing's own retention answers
    recordings = shipped.answer("how long are otter recordings kept?")
    assert recordings.confident and first_lines(recordings.text, 1).startswith("30 days")


def test_a_secret_where_a_tool_runs_and_how_to_search_a_product_are_not_answered_by_a_rule_or_its_card(shipped):
    for asked in (
        # not "Strip secrets from configuration files and logs before asking a code assistant for help…"
        "what's the deepl api key?",
        # not GitHub Copilot Business's card, which says nothing of a web editor
        "can i use github copilot in the github.dev web editor?",
        # not "Prompts, chat histories, transcripts and outputs that contain personal data fall within subject access…"
        "how do i search through my old chats in chat gpt?",
        # not "There are three ways to start: type /aigov register in any Slack channel…"
        "how do i add govbot to a private slack channel?",
    ):
        assert not shipped.answer(asked).confident, asked
    # …while where its entry says it runs is its card's, and so is a part its approval does not cover
    grammarly = shipped.answer("can i use grammarly in the browser?")
    assert "browser extension in the Kestrel-managed browser profile only" in first_lines(grammarly.text, 1)
    claude_code = shipped.answer("can i run claude code in my terminal against our repo?")
    assert "need separate registration" in first_lines(claude_code.text, 1)


def test_what_a_vendor_does_with_a_personal_account_is_no_rule_on_what_we_may_do_with_one(shipped):
    for asked in (
        # not "Never use a personal or free consumer AI account for work data…" (at the lower score a rule on
        # personal accounts answers at)
        "does anthropic tell kestrel if i sign up for claude pro with my work email?",
        "does otter's free plan share my recordings with others by default?",
    ):
        assert not shipped.answer(asked).confident, asked
    # …while whether one may use one is that rule's
    own = shipped.answer("i have claude pro on my own card, ok to paste meeting notes in?")
    assert own.confident and "personal or free consumer AI account" in first_lines(own.text, 1)


def test_a_tally_a_forecast_a_change_since_and_a_password_field_are_not_answered_by_a_rule_or_a_card(shipped):
    for asked in (
        # not "A written comment is mandatory whenever reviewers reject a request…"
        "what's the most common reason requests get rejected?",
        # not "Every AI tool used at Kestrel has an entry in the AI tool inventory…"
        "whats the most popular ai tool at kestrel rn?",
        # not "Claude Team's approval does not cover Claude Code…"
        "is claude code likely to be approved soon?",
        # not Notion AI's card
        "has notion ai's scope changed at all since it was approved?",
        # not "No: the policy classes “Credentials, secrets, keys, tokens” as restricted…"
        "does grammarly business read text typed into password fields?",
    ):
        assert not shipped.answer(asked).confident, asked
    # …while which tier we are on is the one a tool's name says, not a verdict on financial plans
    plan = shipped.answer("which chatgpt plan are we on?")
    assert first_lines(plan.text, 1).startswith("ChatGPT Enterprise (OpenAI) is approved")


def test_a_comparison_a_favourite_an_uptime_and_a_record_of_the_weirdest_are_not_answered_by_a_rule(shipped):
    for asked in (
        # not "This includes general chat assistants (ChatGPT, Claude, Gemini), AI features inside products…"
        "is notion ai or chatgpt better at meeting notes lol",
        # not "Management: the AI Governance Lead runs the management system day to day…"
        "whats the ai governance lead's favourite ai tool haha",
        # not "Every tool with a status of approved or approved_with_conditions is re-reviewed within 12 months…"
        "whats govbot's uptime been this month?",
        # not "Do not contact clients, the press or regulators yourself about an AI incident…"
        "whats the weirdest ai incident we've had lol",
        # not Trint's card, which says when it was retired, not what it was approved for before
        "was trint ever approved for client interviews?",
    ):
        assert not shipped.answer(asked).confident, asked


def test_an_approval_for_other_teams_says_no_to_the_team_that_asks(shipped):
    legal = shipped.answer("legal team - can we use claude to review supplier contracts?")
    success = shipped.answer("can customer success use otter for their weekly team meeting?")
    finance = shipped.answer("i'm in finance, is gemini ok for drafting emails?")
    # not "the policy classes “Employee objectives, training records, reviews” as confidential"
    assert legal.confident and first_lines(legal.text, 1).startswith("No: Claude Team is not approved for Legal")
    assert "Data Science and Analytics Consulting teams only" in first_lines(legal.text, 1)
    assert success.confident and "Product and Design teams only" in first_lines(success.text, 1)
    assert first_lines(finance.text, 1).startswith("No: Gemini for Google Workspace is not approved for Finance")
    # (a team said as "sales ops", and leave asked after it: "…, can we switch on…")
    ops = shipped.answer("sales ops here, can we switch on gemini to draft our follow-up emails?")
    assert first_lines(ops.text, 1).startswith("No: Gemini for Google Workspace is not approved for Sales")
    # a team the approval names, a team's things, and a condition on sharing within "your team" are no such no
    for asked in (
        "analytics consulting here - can claude help with a client's demand forecast? just their numbers",
        "can claude summarise the sales team's pipeline?",
        "i'm in bids - can i share my custom gpt for proposal writing with the whole sales department?",
    ):
        assert "is not approved for" not in shipped.answer(asked).text, asked


def test_an_approval_for_one_kind_of_work_says_no_to_other_work(shipped):
    newsletter = shipped.answer("can textio write our internal newsletter?")
    offers = shipped.answer("ta - can textio draft offer letters for our new hires?")
    for answer in (newsletter, offers):
        assert answer.confident and first_lines(answer.text, 1).startswith("No: Textio's approval does not cover")
        assert "drafting and checking job adverts only" in first_lines(answer.text, 1)
    # the work it is for, and a condition that says more of the task, lead as before
    length = shipped.answer("can textio check if a job ad is too long?")
    screening = shipped.answer("can textio screen applicants for us?")
    assert length.confident and not first_lines(length.text, 1).startswith("No")
    assert "never used to screen, score or rank applicants" in first_lines(screening.text, 1)


def test_a_tool_not_approved_asked_to_do_our_work_is_answered_by_its_status(shipped):
    icons = shipped.answer("can midjourney make icons for our intranet page?")
    post = shipped.answer("can wordtune shorten my linkedin post?")
    assert icons.confident and "Midjourney (Midjourney) was rejected" in first_lines(icons.text, 1)
    assert post.confident and "Wordtune (AI21 Labs) was retired" in first_lines(post.text, 1)
    # what it can do, asked of no work of ours, is the vendor's to say
    assert not shipped.answer("can midjourney make transparent PNGs?").confident


def test_reviewing_a_document_is_no_employee_review(shipped):
    # not "Yes, within its conditions: the policy classes “Employee objectives, training records, reviews”…"
    contracts = shipped.answer("can claude review supplier contracts?")
    assert "Employee objectives" not in contracts.text
    reviews = shipped.answer("can i put performance reviews into claude?")
    assert "Employee objectives, training records, reviews" in first_lines(reviews.text, 1)


def test_work_of_a_kind_a_tool_does_narrowed_by_what_the_documents_never_name_asks_what_it_can_do(shipped):
    for asked in (
        # not DeepL Pro's card at full confidence: its entry speaks of translating, never of handwriting or Catalan
        "can deepl translate handwritten notes if i upload a photo of them?",
        "can deepl translate from catalan?",
    ):
        answer = shipped.answer(asked)
        assert not answer.confident and "DeepL Pro" in answer.text, asked  # the card, as context
    documents = shipped.answer("can deepl pro translate documents?")
    assert documents.confident and "DeepL Pro (DeepL SE) is approved" in first_lines(documents.text, 1)


def test_a_prohibited_use_asked_of_a_tool_is_refused_by_the_prohibition(shipped):
    survey = shipped.answer("can claude write some fake survey responses to pad out a client's survey sample?")
    assert survey.confident and "Do not create fake reviews, testimonials, survey responses" in first_lines(
        survey.text, 1
    )
    # what the product can do, of which no prohibition speaks, is still the vendor's to say
    assert not shipped.answer("can midjourney put readable text on an image?").confident


def test_an_example_the_policy_gives_of_a_class_is_that_class(shipped):
    # "Examples: our website, published case studies and press releases, …" (§3.1 Public data)
    summary = shipped.answer("can notion ai summarise our published case studies into a one-pager?")
    assert first_lines(summary.text, 1).startswith(
        "Yes: the policy classes “published case studies and press releases” as public"
    )
    # public data may go into no rejected tool, even so; nor is public documentation client business data
    docs = shipped.answer("is the public Kestrel Forecast documentation ok to paste into deepseek?")
    assert first_lines(docs.text, 1).startswith(
        "No: the policy classes “public Kestrel Forecast documentation” as public"
    )
    assert "even with public data" in first_lines(docs.text, 1)
    # a take-home case study is no published case study, and meeting notes not all "general meeting notes"
    for asked in (
        "recruiting q - candidates do a take-home case study. are they allowed to use chatgpt on it?",
        "can notion ai turn my meeting notes into a to-do list with owners and due dates?",
    ):
        assert "as public" not in shipped.answer(asked).text and "as internal" not in shipped.answer(asked).text, asked


def test_made_up_praise_and_words_passed_off_as_someones_are_refused_by_the_rule_on_deceptive_content(shipped):
    reviews = shipped.answer("can chatgpt enterprise write a few 5 star reviews for our website? 😇")
    testimonials = shipped.answer("can copilot in word write a couple of client testimonials for our website?")
    for answer in (reviews, testimonials):
        assert answer.confident and "Do not create fake reviews, testimonials" in first_lines(answer.text, 1)
    ghost = shipped.answer(
        "can chatgpt enterprise write a linkedin post in our ceo's voice and post it from his account so people think"
        " he wrote it? he doesnt know"
    )
    assert ghost.confident and "Do not use AI to impersonate a real person" in first_lines(ghost.text, 1)
    padded = shipped.answer("our client survey only got 12 responses, can chatgpt pad it out with some realistic ones?")
    assert padded.confident and "survey responses" in first_lines(padded.text, 1)
    # reviews summarised are none made up
    assert "fake reviews" not in first_lines(shipped.answer("can chatgpt summarise our customer reviews?").text)


def test_whether_a_vendor_offers_an_app_a_trial_or_a_free_plan_is_the_vendors_to_say(shipped):
    for asked in (
        "is there a notion ai app?",  # not "A Data Protection Impact Assessment must be completed…"
        "is there a claude mobile app i can sign in to with sso?",  # not Claude Team's condition on SSO
        "is there a chatgpt free trial?",  # not "Free trials are limited to public or synthetic data…"
        "is there an otter free plan?",  # not the rule on personal and free accounts
        "is there a perplexity browser?",  # not "AI browser extensions can read every page you visit…"
    ):
        assert not shipped.answer(asked).confident, asked
    # …while leave to use a free version for work is the rule's to answer
    free = shipped.answer("is there a free version of chatgpt i can use for work?")
    assert free.confident and "personal or free consumer AI account" in first_lines(free.text, 1)


def test_the_measure_a_figure_is_asked_in_is_a_word_for_the_figure_not_a_thing_never_said(shipped):
    # "size" is no word of the policies, but "no reported group has fewer than ten individuals" gives the size asked
    size = shipped.answer("What's the minimum group size for data to count as anonymised?")
    assert size.confident and "fewer than ten individuals" in first_lines(size.text)


def test_how_long_something_is_kept_is_said_only_by_a_sentence_on_what_is_kept(shipped):
    # the schedule's line on impact assessments says nothing of invoices, which the policies name only elsewhere
    assert not shipped.answer("How long do we keep invoices under the Records Retention Schedule?").confident
    kept = shipped.answer("how long do we keep impact assessments?")
    assert kept.confident and "six years" in first_lines(kept.text)
    # (a word the stemmer cuts apart from a form of it elsewhere is still read: "acknowlegement", put right)
    sev4 = shipped.answer("whats the acknowlegement time for a sev 4 incident?")
    assert sev4.confident and "3 business days" in first_lines(sev4.text)


def test_a_link_asked_for_is_where_a_thing_is(shipped):
    assert not shipped.answer("Can you give me the link to the Customer Contract Register?").confident
    form = shipped.answer("whats the url for the incident form")
    assert form.confident and "Kestrel Hub ›" in first_lines(form.text, 1)
    assert "The form asks for: URL" not in first_lines(form.text)
    template = shipped.answer("is there a link to the dpia template?")
    assert template.confident and "The DPIA template is on the Kestrel Hub" in first_lines(template.text, 1)


def test_who_holds_a_post_is_said_only_by_a_persons_name(shipped):
    for asked in (
        "What's the DPO's name?",  # not the DPO's duties, nor "the Dutch Autoriteit Persoonsgegevens"
        "Who runs Perplexity AI as CEO?",  # not "the AI Governance Lead runs the management system"
        "Who is the AI Governance Lead's current deputy?",  # not the Lead's duties
    ):
        assert not shipped.answer(asked).confident, asked
    owner = shipped.answer("what's the name of the chatgpt enterprise tool owner?")
    assert owner.confident and "Daniel Okafor" in first_lines(owner.text, 1)


def test_which_organisation_or_place_is_said_only_by_its_name(shipped):
    for asked in (
        "Which insurer holds our cyber policy?",  # not "Legal also decides on notification to insurers…"
        "Which US states' automated hiring rules does Legal check?",  # not "applicable state and local rules"
        "How big is the ICO fine if we miss the 72-hour deadline?",  # not the DPO's 72-hour deadline
    ):
        assert not shipped.answer(asked).confident, asked


def test_what_one_tool_costs_is_not_answered_by_the_rule_on_what_any_tool_may_cost(shipped):
    assert not shipped.answer("how much does the deepl pro contract cost us a year").confident
    card = shipped.answer("can i buy deepl pro on my company card? it costs £300 a year")
    assert card.confident and "less than £2,000 a year" in first_lines(card.text)


def test_a_lost_thing_that_holds_no_data_is_no_incident(shipped):
    assert not shipped.answer("lost my laptop charger, where do i get another one").confident
    laptop = shipped.answer("lost my laptop on the train")
    assert laptop.confident and "24 hours" in first_lines(laptop.text)


def test_a_sum_to_work_out_is_no_question_for_the_documents(shipped):
    assert not shipped.answer("What's 17.5% of 3,240?").confident  # not the Severity 3 row
    assert not shipped.answer("whats 12 x 30").confident
    # (a figure of the documents' own is still theirs to give)
    retention = shipped.answer("whats the retention for otter recordings")
    assert retention.confident and "30 days" in first_lines(retention.text)


def test_which_people_of_a_number_told_is_said_only_by_their_names(shipped):
    # not "Reviewers are nominated by the head of their function… for a renewable two-year term."
    assert not shipped.answer("Which two people are the Legal reviewers on the panel?").confident


def test_a_level_the_message_supposes_is_told_not_asked(shipped):
    # not "Severity 1 and 2 incidents receive a blameless post-incident review…": the row of the level supposed
    answer = shipped.answer("If an incident is Severity 2, how quickly does it get acknowledged?")
    assert answer.confident and "4 business hours" in first_lines(answer.text, 1)
    # …while a level asked to confirm is still asked
    confirm = shipped.answer("is this a sev 2?")
    assert confirm.confident and first_lines(confirm.text, 1).startswith("Severity 2 – High")


def test_a_role_someone_may_be_named_to_is_who_may_hold_it(shipped):
    # "named" is no state of a thing asked, which a sentence must say
    answer = shipped.answer("Could a contractor be named as Tool Owner?")
    assert answer.confident and "Contractors cannot be Tool Owners" in first_lines(answer.text, 1)


def test_people_counted_are_counted_in_any_word_for_people(shipped):
    # "more than 5,000 individuals" counts the people asked about (the count asked was once read as "does")
    dpia = shipped.answer("Above how many people does AI processing of personal data need a DPIA?")
    assert dpia.confident and "more than 5,000 individuals" in first_lines(dpia.text, 1)
    panel = shipped.answer("how many people sit on the review panel?")
    assert panel.confident and "eight members" in first_lines(panel.text, 1)


def test_a_word_that_only_colours_the_question_weighs_nothing_and_compulsory_is_must(shipped):
    # "roughly" and "compulsory" are no words of the rule that gives the number
    answer = shipped.answer(
        "at roughly how many people does a dpia become compulsory for an ai use, and is that the same number that"
        " makes a tool request high risk?"
    )
    assert answer.confident and "more than 5,000 individuals" in first_lines(answer.text, 1)


def test_where_to_get_a_thing_is_said_only_by_a_sentence_naming_it(shipped):
    # not "Label synthetic datasets clearly in file names…", which says nothing of a loyalty dataset
    assert not shipped.answer("where can i download the synthetic loyalty dataset").confident
    template = shipped.answer("where is the dpia template?")
    assert template.confident and "Kestrel Hub" in first_lines(template.text, 1)


def test_how_often_something_recurs_is_no_duration(shipped):
    # "every two years" is how often the questionnaire is repeated, not how long a review takes
    answer = shipped.answer("how long is the review for a medium risk tool?")
    assert "Two years" not in first_lines(answer.text, 1)


def test_still_around_a_figure_is_no_question_of_a_tools_status(shipped):
    # "still around 49%" is about a figure, which no card gives; "still around?" asks after the tool
    assert not shipped.answer("Is Microsoft's stake in OpenAI still around 49%?").confident
    wordtune = shipped.answer("is wordtune still around?")
    assert wordtune.confident and first_lines(wordtune.text, 1).startswith("Wordtune (AI21 Labs) was retired")


def test_how_to_join_what_the_part_before_asked_after_is_unanswered_with_it(shipped):
    # not "You must not sign in with your Kestrel account…": signing up is to the scheme the documents never name
    assert not shipped.answer("Is there a cycle-to-work scheme, and how do I sign up?").confident


def test_what_a_record_holds_is_said_only_by_the_record(shipped):
    for asked in (
        "What are the current top risks on the AI risk register?",  # not the Lead's duty to report top risks
        "how long does the records retention schedule keep client deliverables?",  # not impact assessments' six years
        "What's actually in the Bid Team's standard answer library for client AI questionnaires?",
        "Where exactly on the Kestrel Hub is the DPIA template? Got a link?",  # the Hub, which the question says
    ):
        assert not shipped.answer(asked).confident, asked
    history = shipped.answer("how long does chatgpt enterprise keep chat history?")
    assert history.confident and "90 days" in first_lines(history.text, 1)


def test_a_language_asked_of_a_tool_instead_of_another_is_the_products_to_say(shipped):
    # not Zoom AI Companion's card: its entry names no language
    summary = shipped.answer("Can I have Zoom AI Companion write the summary in Portuguese instead of English?")
    assert not summary.confident


def test_what_a_regulator_has_done_so_far_is_a_record_no_rule_states(shipped):
    # not "These include: social scoring of individuals;", what the AI Act prohibits
    assert not shipped.answer("Has the EU AI Office actually fined anyone under the AI Act yet?").confident


def test_who_did_something_on_the_last_occasion_is_said_only_by_a_name(shipped):
    # not the steering group's membership
    assert not shipped.answer("who took the minutes at the last steering group?").confident
    # …while "at the last minute" is no occasion
    late = shipped.answer("who do i call at the last minute if the form is down?")
    assert late.confident and "on-call" in first_lines(late.text, 1)


def test_a_feature_a_condition_names_in_so_many_words_bears_on_using_it(shipped):
    # "auto-join" is the condition's own word ("OtterPilot auto-join off"), not only the meetings Otter is for
    for asked in ("can otter auto-join meetings?", "Can Otter auto-join my calendar meetings?"):
        answer = shipped.answer(asked)
        assert answer.confident and "OtterPilot auto-join off" in first_lines(answer.text, 1), asked


def test_how_a_setting_stands_is_the_condition_on_it(shipped):
    # not "Agent features … may only be enabled where the inventory entry explicitly permits them": the entry says
    for asked in ("is agent mode turned on in github copilot?", "has agent mode been enabled for github copilot?"):
        answer = shipped.answer(asked)
        assert answer.confident and "agent mode and Copilot coding agent not enabled" in first_lines(answer.text, 1)
    # …while a setting no condition names is the product's to say
    assert not shipped.answer("is dark mode turned on in notion ai?").confident


def test_a_plan_or_how_far_one_piece_of_work_has_got_is_a_record_no_rule_states(shipped):
    for asked in (
        "is the incident reporting policy getting a rewrite after this year's audit?",  # not its records' retention
        "is the annual AI awareness training being redesigned for next year?",  # not who runs it
        "has the EU AI Act readiness project finished yet?",  # not the steering group's agenda
        "has talent acquisition found a replacement for hirevue yet?",  # not HireVue's card
        "whats the status of the generative assistant feature that was being built for Kestrel Forecast?",
        "what's the status of the new york times lawsuit against openai",  # not ChatGPT Enterprise's card
    ):
        assert not shipped.answer(asked).confident, asked
    # …while a tool request under review is a state the rules speak of
    trial = shipped.answer("can i try a free trial of an AI tool with work data while it's being reviewed?")
    assert trial.confident and "trial" in first_lines(trial.text, 1)


def test_how_one_occasion_went_is_a_record_no_rule_states(shipped):
    for asked in (
        "what happened with the prompt injection thing on the client chatbot last month - did it get fixed?",
        "did trint get bought by someone after we dropped them",
        "hirevue got sued in illinois over biometric data right? how did that end",
        "grammarly had some bug years back where the extension could leak docs? how bad was that",
        "was there a big chatgpt outage last month? what caused it",  # nor is what caused it, asked after
        "was the quarterly governance report late going to the steering group last time?",
        "did last year's management review lead to any changes in how govbot triages requests?",
        "has anyone on the review panel ever had to step aside for a conflict? which request was it",
        "which director did the lead escalate the last overdue re-review to",  # not the escalation rule
        "what error-rate threshold did the data owner agree for the invoice field extraction batches",
        "has the dutch autoriteit persoonsgegevens published any guidance on ai chatbots",
        "who signed the letter confirming ai21 deleted our wordtune data",
        "which function's reviewers are slowest to sign off requests?",
    ):
        assert not shipped.answer(asked).confident, asked
    # …while the rule on the threshold is the rule's to say
    batches = shipped.answer("what's the error rate threshold for checking extraction batches?")
    assert batches.confident and "agreed with the data owner" in first_lines(batches.text, 1)


def test_who_does_a_task_is_said_only_by_a_sentence_that_speaks_of_it(shipped):
    for asked in (
        # not "New models are scanned and first loaded in an isolated environment…", which says what, not who
        "which team sets up the isolated environment where newly downloaded model weights get scanned?",
        "which team owns the internal model registry?",
        # not "The policy applies to everyone…, including Kestrel Analytics B.V. in Amsterdam and our Lisbon…"
        "who translates the AI policies into Portuguese and Dutch for the Lisbon and Amsterdam folks?",
        # which one of the two analysts, whom no sentence names
        "which of the governance analysts does the re-review scheduling",
    ):
        assert not shipped.answer(asked).confident, asked
    # …while an idiom's noun is no task ("keeps track"): what it is of is
    kept = shipped.answer("who keeps track of which ai sub-processors we use for each client")
    assert kept.confident and "DPO's office" in first_lines(kept.text, 1)


def test_a_clause_of_the_standard_is_not_a_company_policys_section_of_that_number(shipped):
    # not "2. Principles for using AI at Kestrel" of the acceptable use policy: the guidance covers clauses 4 to 10
    for asked in (
        "what does ISO 42001 clause 2 list as normative references?",
        "how does clause 3 of ISO/IEC 42001 define an 'AI system'?",
    ):
        assert not shipped.answer(asked).confident, asked
    # …while a clause it holds, and a control, are read as before
    review = shipped.answer("iso 42001 clause 9.3 - how often?")
    assert review.confident and "once a year" in first_lines(review.text, 1).lower()
    owner = shipped.answer("who owns github copilot and what does iso 42001 a.3.2 expect of owning a tool?")
    assert owner.confident and "I don't know" not in owner.text


def test_examples_quoted_one_after_another_give_no_figure(shipped):
    # not '…for instance "no more than X percentage-point gap…" or "…shows the top three contributing factors"'
    gap = "for a model that affects people, what's the max percentage-point gap in approval rates between groups?"
    assert not shipped.answer(gap).confident


def test_a_technical_report_of_iso_the_documents_never_cite_is_not_theirs_to_explain(shipped):
    # not the rule on reporting biased output: "TR 24027" is no standard the documents cite
    assert not shipped.answer("what is ISO/IEC TR 24027 about - the one on bias in AI systems?").confident


def test_what_a_document_says_is_said_only_by_a_sentence_giving_it(shipped):
    # not "The Bid Team answers them using the standard answer library…", which says there is one
    library = "what does the bid team's standard answer library say when a client asks if we use AI on their data"
    assert not shipped.answer(library).confident


def test_which_one_a_thing_is_by_its_name_or_id_is_said_only_by_a_name(shipped):
    # not "Usage-based API spending must go through a Kestrel-managed cloud account…", which names none
    account = "which kestrel-managed cloud account should usage-based api spend go through, whats its name or id"
    assert not shipped.answer(account).confident


def test_a_vpn_is_everyday_software_not_an_ai_tool(shipped):
    # not "VPN is not registered in our AI tool inventory"
    vpn = shipped.answer("can I use a VPN on my work laptop to watch UK telly while I'm in Portugal?")
    assert not vpn.confident and "not registered" not in vpn.text


def test_what_govbot_thinks_of_a_rule_is_no_rule(shipped):
    # not "Do not forward Kestrel email or files to a personal account to get around this rule."
    for asked in (
        "be honest, isn't the personal account rule a bit much? everyone has chatgpt plus anyway",
        "isn't the no-personal-accounts rule overkill?",
    ):
        assert not shipped.answer(asked).confident, asked
    # …while the rule itself is the policy's to say
    rule = shipped.answer("can i use my personal chatgpt plus account for work?")
    assert rule.confident and first_lines(rule.text, 1).startswith("No")


def test_a_3d_printer_is_office_kit_not_an_ai_tool_nor_a_personal_edition(shipped):
    # not "Never use a personal or free consumer AI account for work data…"
    assert not shipped.answer("can I use the office 3D printer to print bits for my personal hobby projects?").confident


def test_what_happened_once_asked_with_did_is_a_record_no_rule_states(shipped):
    for asked in (
        # not "Models trained on employee data also require consultation with employee representatives…"
        "did the works council in amsterdam ever come bck with their view on the employee attrition model?",
        "did the data science guild change the anonymisation checklist after the spring audit?",
        "heard deepl had an outage in the eu on friday - did it hit our team account at all?",  # not DeepL's card
        "i was out all of last week. did anything new get approved and announced in #ai-governance while i was gone?",
        "someone pasted an api key into chatgpt back in the spring and we had a spend spike - how much did that end up "
        "costing us?",
    ):
        assert not shipped.answer(asked).confident, asked


def test_which_page_or_dashboard_shows_a_thing_is_said_only_by_its_name(shipped):
    # not "Every tool … is re-reviewed within 12 months…", which names no page
    for asked in (
        "which hub page shows the re-review due dates for every tool in the inventory?",
        "which dashboard shows the governance metrics? is there a power bi report i can look at",
    ):
        assert not shipped.answer(asked).confident, asked


def test_a_name_asked_for_beside_the_question_is_said_only_by_a_name(shipped):
    # not "The Bid Team answers them using the standard answer library…", which names no one
    library = shipped.answer("who on the bid team owns the standard answer library day to day? need a name")
    assert not library.confident
    # …while the inventory names a tool's owner
    owner = shipped.answer("who owns github copilot? need a name")
    assert owner.confident and "Tomas Ferreira" in first_lines(owner.text, 1)


def test_which_of_two_teams_does_a_task_is_said_only_by_a_sentence_naming_one_doing_it(shipped):
    # not "Do not sign up for AI services … without going through procurement.", which keeps no DPA
    dpas = "is it legal or procurement who keeps the signed DPAs for our ai vendors? trying to find otter's"
    assert not shipped.answer(dpas).confident
    # …while the rule on who may approve names both
    approves = shipped.answer("is it the lead or the reviewers that approve low-risk requests?")
    assert approves.confident and "AI Governance Lead" in first_lines(approves.text, 1)


def test_whose_job_a_task_is_asks_for_a_role(shipped):
    # the Tool Owner's duty, not a refusal: "whose job is it to…" asks who, like "who…"
    leavers = shipped.answer(
        "helpdesk q - we keep finding active chatgpt enterprise seats for people who left months ago. whose job is it "
        "to make sure leavers lose access to ai tools?"
    )
    assert leavers.confident and "access is removed for leavers" in first_lines(leavers.text, 1)


def test_a_policy_asked_for_by_its_topic_is_given_only_by_a_sentence_on_that_topic(shipped):
    # not "Vendor-side retention for abuse monitoring: Up to 30 days…", which is silent on email
    assert not shipped.answer("what's the email retention policy?").confident
    # not "…UK and EU personal data must never be moved to US hosting…"
    assert not shipped.answer(
        "has the uk's data (use and access) act changed the rules on automated decision-making for us?"
    ).confident
    # …while the policies' own topic is theirs to state
    chats = shipped.answer("what's the retention policy for chatgpt enterprise chat history?")
    assert chats.confident and "90 days" in first_lines(chats.text, 2)


def test_things_that_are_no_tool_get_no_tool_verdict(shipped):
    for asked in (
        "is smoking allowed?",
        "are pets allowed?",
        "is remote working allowed?",
        "is overtime allowed?",
        "Are dogs allowed in the Amsterdam office?",  # what may come into a place
        "how long are CVs from rejected candidates kept?",  # "rejected" describes the candidates
        "what about the bonus?",  # a thing of ours, said with "the" or "my"
        "status of my payslip query?",  # not "No: … payslip query is not registered…"
        "can I use the gym?",
        "is Slack approved for client chats?",  # everyday software, asked of with no AI in it
    ):
        answer = shipped.answer(asked)
        assert "not registered" not in answer.text and not answer.confident, asked
    # …while a product's name is one, in any case, said bare or with the work it is wanted for
    for asked in (
        "is Jasper approved?",
        "is cursor ok to use?",
        "is fireflies ok as a notetaker for our standups?",
        "can i use kling for a product video?",
        "what about the new granola app?",
    ):
        assert "is not registered in our AI tool inventory" in first_lines(shipped.answer(asked).text, 1), asked


def test_the_catalogue_of_kinds_of_ai_tool_says_nothing_of_what_one_does(shipped):
    # not "This includes general chat assistants (ChatGPT, Claude, Gemini), AI features inside products…"
    for asked in ("does fireflies.ai support teams calls?", "how does microsoft govern its own ai use?"):
        assert not shipped.answer(asked).confident, asked
    # …while it says what counts as one
    covered = shipped.answer("does the policy cover ai features inside products we already use?")
    assert covered.confident and "Microsoft 365 Copilot" in first_lines(covered.text, 1)


def test_details_the_documents_never_give_are_not_answered_by_ones_they_do(shipped):
    for asked in (
        "what's the ai governance lead's email?",  # not "…monitor #ai-governance…": a channel is no email address
        "what's the cheapest ai transcription tool?",  # a ranking on price, which no sentence makes
        "how long does it take chatgpt to answer?",  # the tool's time, not "Medium: 10 business days"
        "who else in my team uses claude?",  # who uses a tool is a record no rule keeps
        "who here has a copilot licence?",
        "how do i add someone to a slack channel?",  # not "…type /aigov register in any Slack channel…"
    ):
        assert not shipped.answer(asked).confident, asked
    # …while the quickest way to do something is no ranking, and a tool's owner is on record
    quickest = shipped.answer("fastest way to report an ai oopsie from slack?? dont wanna fill in a massive form")
    assert quickest.confident and "govbot" in first_lines(quickest.text, 1)


def test_a_product_wanted_for_no_ai_work_is_no_ai_tool(shipped):
    # not "Uber is not registered in our AI tool inventory, so it is not approved for work data."
    for asked in (
        "can I use Uber for client visits?",
        "is Deliveroo ok for team lunches?",
        "can I use Duolingo during work hours?",
        "is Udemy ok for my training budget?",  # not "No: … budgets and plans … confidential…"
    ):
        answer = shipped.answer(asked)
        assert "not registered" not in answer.text and not answer.confident, asked
    # …while a product wanted for what AI tools do, or for client work, is an AI tool the inventory does not hold
    for asked in ("is Jasper ok for client work?", "is gamma ok for making client slide decks?"):
        assert "is not registered in our AI tool inventory" in first_lines(shipped.answer(asked).text, 1), asked


def test_a_part_or_the_quality_of_a_product_is_not_its_entry(shipped):
    for asked in (
        "what model does Copilot use?",  # not "Which one do you mean…?": neither entry says
        "is there templates for Claude?",
        "are there any plugins for DeepL?",
        "how accurate is ChatGPT?",  # not "…how accurate it tends to be…", which is of any AI system
    ):
        assert not shipped.answer(asked).confident, asked
    # …while which one is meant is still asked where either entry answers
    status = shipped.answer("which copilot is approved?")
    assert "Which one do you mean" in first_lines(status.text, 1)


def test_a_feature_worked_inside_a_product_is_said_only_by_a_sentence_naming_it(shipped):
    # not "Because Kestrel source code is confidential… do not paste code into general chat tools…"
    for asked in ("can I pin chats in ChatGPT?", "can I search my old chats in Claude Team?"):
        assert not shipped.answer(asked).confident, asked
    # …while what may be shared in it is its entry's to say
    shared = shipped.answer("can I share a custom GPT in ChatGPT Enterprise?")
    assert shared.confident and shared.card is not None and shared.card.name == "ChatGPT Enterprise"


def test_who_does_a_task_the_documents_never_name_is_not_who_does_another(shipped):
    # not "Security Operations runs the 24-hour on-call rota…": the documents never speak of fire wardens
    assert not shipped.answer("who runs the fire warden rota?").confident
    # …while a task they speak of has its doer
    rota = shipped.answer("who runs the 24-hour on-call rota for ai incidents?")
    assert rota.confident and "Security Operations" in first_lines(rota.text, 1)


def test_what_the_vendor_offers_with_a_product_is_not_our_rule_on_it(shipped):
    # not "…a trial with work data needs registration and approval… a maximum of 30 days…": Kestrel's rule
    assert not shipped.answer("how long is the ChatGPT free trial?").confident
    # …which still answers a trial of our own
    ours = shipped.answer("can we do a free trial of perplexity with client data?")
    assert ours.confident and "public or synthetic data" in first_lines(ours.text, 1)


def test_a_measure_of_a_thing_the_policies_do_not_keep_is_not_given_by_another(shipped):
    # not "Vendor-side retention for abuse monitoring: Up to 30 days…", which is silent on personnel files
    assert not shipped.answer("What's the retention period for personnel files once someone leaves?").confident
    chats = shipped.answer("what's the retention period for chat history?")
    assert chats.confident and "90 days" in first_lines(chats.text, 1)


def test_who_makes_a_tool_is_its_vendor_on_its_card(shipped):
    # not "For each AI supplier, make sure the vendor questionnaire has been completed…"
    maker = shipped.answer("who makes Microsoft 365 Copilot?")
    assert maker.card is not None and "(Microsoft)" in first_lines(maker.text, 1)


def test_a_secret_asked_for_a_product_is_given_by_no_document(shipped):
    # not "Strip secrets from configuration files… use placeholders such as <API_KEY>."
    assert not shipped.answer("what's the API key for ChatGPT?").confident
    assert not shipped.answer("what's the password to the shared Otter account?").confident


def test_a_term_asked_bare_is_defined_only_by_a_sentence_defining_it(shipped):
    # not "These rules apply when Kestrel trains, fine-tunes or evaluates its own models…", under a heading that
    # names fine-tuning among other things
    assert not shipped.answer("what's fine-tuning?").confident
    # not "AI features added to products we already use, such as generative features in a CRM…"
    assert not shipped.answer("what is generative AI?").confident
    work_data = shipped.answer("what is work data?")
    assert work_data.confident and '"work data" means' in first_lines(work_data.text, 1)
    injection = shipped.answer("what is prompt injection?")
    assert injection.confident and "Prompt injection happens when" in first_lines(injection.text, 1)


def test_a_thing_asked_to_be_used_that_the_documents_never_name_is_not_an_ai_account(shipped):
    # not "No: Never use a personal or free consumer AI account for work data…"
    for asked in ("can I use a personal USB stick?", "can I use my personal laptop?"):
        assert not shipped.answer(asked).confident, asked
    personal = shipped.answer("can I use my personal ChatGPT for work?")
    assert personal.confident and "personal" in first_lines(personal.text, 1)


def test_a_short_acronym_the_documents_never_use_is_a_thing_they_do_not_speak_of(shipped):
    # not "You must not… connect it to Kestrel systems…"
    assert not shipped.answer("how do I connect to the VPN?").confident


def test_where_the_head_office_is_is_not_where_a_subsidiary_is(shipped):
    # not "…including Kestrel Analytics B.V. in Amsterdam and our Lisbon delivery centre…"
    assert not shipped.answer("where is Kestrel headquartered?").confident
    dpo = shipped.answer("where is the DPO based?")
    assert dpo.confident and "Manchester" in first_lines(dpo.text, 2)


def test_one_of_something_is_no_count_of_them(shipped):
    # not "…built on one client's data must not be used for another client."
    assert not shipped.answer("how many clients do we have?").confident


def test_who_uses_a_tool_our_plans_and_budgets_and_what_we_hold_are_records(shipped):
    for asked in (
        "is the CEO using ChatGPT?",  # not the definition of an AI tool beside ChatGPT's card
        "does my manager use Copilot?",
        "what's our AI strategy for next year?",  # not the yearly policy review
        "is there an AI budget for my team?",
        "are we ISO 27001 certified?",  # not the evidence asked of vendors
        "what's my training completion status?",  # not "…training completion records…" an auditor may ask for
    ):
        assert not shipped.answer(asked).confident, asked


def test_when_a_law_applies_is_a_date_no_rule_gives(shipped):
    # not "Triage always starts with the EU AI Act…"
    assert not shipped.answer("is the EU AI Act in force yet?").confident
    assert not shipped.answer("when does the EU AI Act apply to general-purpose AI?").confident


def test_where_a_vendor_keeps_data_is_said_by_its_entry_or_not_at_all(shipped):
    # not "…the tool processes and stores the data in the UK or EEA (§8.1)": a rule, not where Claude keeps data
    assert not shipped.answer("is our Claude data stored in the EU?").confident
    deepl = shipped.answer("where does DeepL process our texts?")
    assert deepl.confident and "processed in the EU" in first_lines(deepl.text, 1)
    deepseek = shipped.answer("where is DeepSeek data stored?")
    assert deepseek.confident and "China" in first_lines(deepseek.text, 1)


def test_a_licence_asked_for_as_a_seat_is_not_a_models_licence_terms(shipped):
    # not "Open-model licences vary widely."
    for asked in ("how do I request a Copilot licence?", "how do I request a GitHub Copilot licence?"):
        assert not shipped.answer(asked).confident, asked


def test_asked_what_govbot_is_it_says(shipped):
    for asked in ("what's your name?", "are you ChatGPT?", "what is govbot?"):
        reply = shipped.answer(asked)
        assert reply.intent == "help" and "I'm govbot" in first_lines(reply.text, 1), asked
    # …but not who built it, which it does not know
    assert shipped.answer("who built govbot?").intent != "help"


def test_logging_in_or_out_is_signing_in_not_logs_kept(shipped):
    # not "For tool owners. Specify what your system logs and why…"
    assert not shipped.answer("why does ChatGPT keep logging me out?").confident
    # …while logging in the sense of records still finds the rule on it
    logs = shipped.answer("am I allowed to disable logging?")
    assert logs.confident and "Do not try to disable or bypass logging" in first_lines(logs.text, 1)


def test_what_a_product_costs_or_who_else_uses_it_is_not_our_rule(shipped):
    # not "Never use a personal or free consumer AI account for work data…"
    assert not shipped.answer("is Perplexity free?").confident
    assert not shipped.answer("is DeepSeek open source?").confident
    # not "For employees. Do not sign up for AI services on a company card…"
    assert not shipped.answer("which companies use HireVue?").confident


def test_an_acronym_the_documents_never_use_names_something_they_do_not_speak_of(shipped):
    # not "Everyone who uses AI at Kestrel must follow the AI Acceptable Use Policy…"
    assert not shipped.answer("is NIST AI RMF mandatory?").confident
    # …while an officer's title is a role the documents may name otherwise
    deepfake = shipped.answer("lol can i make a deepfake of the CEO for the xmas party video")
    assert deepfake.confident and "impersonate" in first_lines(deepfake.text, 1)


def test_certification_of_our_own_a_tools_history_and_who_held_a_post_before_are_records(shipped):
    for asked in (
        "are we SOC 2 audited ourselves?",  # not the evidence asked of vendors
        "how long does it take to get iso 42001 certified",  # not "Prohibited: Rejected within 5 business days"
        "did trint have any incidents before it was retired?",  # not Trint's card
        "who was the tool owner for wordtune before james?",
        "when do the AI act high-risk obligations start applying",  # not the two-day triage check
    ):
        assert not shipped.answer(asked).confident, asked
    # …while who owns the tool now is on its card, and what a vendor needs is the rule on vendors
    owner = shipped.answer("who is the tool owner for wordtune?")
    assert owner.confident and "James Whitfield" in owner.text
    vendors = shipped.answer("do vendors need to get ISO 27001 certified?")
    assert vendors.confident and "27001" in first_lines(vendors.text, 1)


def test_a_tool_turned_down_or_logged_into_is_asked_of_its_entry(shipped):
    reason = shipped.answer("whats the reason deep seek got turned down")
    assert reason.confident and "China" in first_lines(reason.text, 1)
    retired = shipped.answer("can i still log into trint to finish one transcript")
    assert retired.confident and "retired" in first_lines(retired.text, 1)


def test_who_does_two_things_to_something_the_documents_never_name_is_not_who_does_them_to_another(shipped):
    # not "Only the AI Governance Reviewers… may approve…": the documents never speak of timesheets
    assert not shipped.answer("who reviews and signs off my timesheet?").confident
    request = shipped.answer("who reviews and approves a tool request?")
    assert request.confident and "Reviewers" in first_lines(request.text, 2)


def test_a_standard_asked_bare_and_work_under_way_are_not_answered_by_a_sentence_naming_them(shipped):
    # not "…vendors must back their answers with… a SOC 2 Type II report…"
    assert not shipped.answer("what's SOC 2?").confident
    # not "…records of policy updates triggered by AI issues"
    assert not shipped.answer("is the AI policy being updated?").confident


def test_a_limit_of_the_sentences_subject_is_given_by_its_figure(shipped):
    card = shipped.answer("what's the company card limit for approved ai tools?")
    assert card.confident and "£2,000" in first_lines(card.text, 1)


def test_what_a_product_does_on_its_own_is_not_the_rule_on_using_it(shipped):
    # not "Tell all participants at the start that an AI assistant is recording or transcribing…"
    assert not shipped.answer("does Copilot in Teams transcribe meetings?").confident


def test_who_uses_a_tool_which_clients_and_what_we_recorded_are_records(shipped):
    for asked in (
        "how many ppl use claude team day to day and what's the most common use?",
        "which clients have given written consent for claude team?",  # not the code-assistant contract check
        "whats our client retention rate for retail this year?",  # not "Vendor-side retention…: Up to 30 days"
        "whats the legal basis we recorded for our attrition model?",  # not the rule on reusing absence records
        "what does Kestrel Analytics do?",  # not the policy's scope
    ):
        assert not shipped.answer(asked).confident, asked
    # …while a rule on which clients must agree, and how big a team the documents describe, are answered
    team = shipped.answer("how big is the ai governance team?")
    assert team.confident and "two analysts" in first_lines(team.text, 2)


def test_what_a_product_does_with_a_file_is_not_what_its_approval_or_a_person_checking_it_does(shipped):
    for asked in (
        "can DeepL read handwriting?",  # not DeepL Pro's card: "…checked by a qualified reader" is a person reading
        "can Textio export to PDF?",  # not "No: Textio's approval does not cover that": exporting is no work of its own
    ):
        answer = shipped.answer(asked)
        assert not answer.confident and "does not cover" not in answer.text, asked
    newsletter = shipped.answer("can textio write our internal newsletter?")
    assert newsletter.confident and "does not cover" in first_lines(newsletter.text, 1)
    contracts = shipped.answer("can DeepL read my contracts?")
    assert contracts.confident and "qualified reader" in first_lines(contracts.text, 1)


def test_the_platform_a_product_comes_on_is_the_vendors_to_say(shipped):
    for asked in (
        "is ChatGPT's browser extension available for safari?",  # not the rule on what browser extensions can read
        "does Copilot work on linux?",
    ):
        assert not shipped.answer(asked).confident, asked


def test_a_name_fitting_several_tools_gets_each_ones_owner_and_review_but_no_fact_none_records(shipped):
    assert not shipped.answer("what version of Copilot do we use?").confident  # not "Which one do you mean…?"
    owners = first_lines(shipped.answer("who owns copilot?").text, 2)
    assert "Tomas Ferreira" in owners and "Priya Shah" in owners
    review = shipped.answer("when is copilot next reviewed?")  # not the vendor-change deadline, "ten business days"
    assert review.confident and "next review is due" in first_lines(review.text, 1)
    assert "Which one do you mean" in first_lines(shipped.answer("what tier of Copilot are we on?").text, 1)


def test_when_a_tool_is_next_reviewed_is_its_entrys_date_not_the_employee_reviews_data_kind(shipped):
    for asked in ("when is chatgpt enterprise due for review?", "when does otter get reviewed again?"):
        answer = shipped.answer(asked)
        assert answer.confident and "next review is due 2" in first_lines(answer.text, 1), asked
        assert "Employee objectives" not in answer.text, asked


def test_the_plan_we_are_on_is_the_one_a_tools_entry_names_or_unknown(shipped):
    otter = shipped.answer("what plan of Otter do we have?")  # not the "budgets and plans" data kind
    assert otter.confident and "Otter Business" in first_lines(otter.text, 2) and "budgets" not in otter.text
    # not "Different editions of the same product are separate entries…": Notion AI's entry names no plan
    assert not shipped.answer("which notion plan are we on?").confident


def test_the_vendors_own_terms_people_releases_and_formats_are_not_the_policys(shipped):
    for asked in (
        "what's the refund policy for ChatGPT?",  # not the example "must not make final decisions on refunds"
        "who's our account rep at the Otter vendor?",  # not Otter.ai's card: its entry names no one at the vendor
        "how often does Gemini get updated?",  # not "…confirm it is current at the 12-month re-review"
        "what's the file format Claude exports?",  # not the exit terms' "data export formats"
    ):
        answer = shipped.answer(asked)
        assert not answer.confident, asked


def test_a_name_fitting_several_tools_asks_what_the_product_does_like_one_name(shipped):
    for asked in (
        "how do i delete my Copilot history?",  # not the rule on subject access and erasure requests
        "can Copilot generate videos?",  # not the rule on marking AI-generated video
    ):
        assert not shipped.answer(asked).confident, asked
    # …while leave to use either with a class of data is still each one's entry to give
    restricted = shipped.answer("can i use copilot on restricted data?")
    assert restricted.confident and "GitHub Copilot Business" in first_lines(restricted.text, 1)


def test_what_a_product_keeps_of_its_chats_is_no_work_its_approval_leaves_out(shipped):
    answer = shipped.answer("does Textio remember previous chats?")  # not "No: Textio's approval does not cover that"
    assert not answer.confident and "does not cover" not in answer.text


def test_what_notice_is_given_for_and_whether_a_standard_binds_are_said_by_the_sentence_that_answers(shipped):
    for asked in (
        "how much notice do i need to give for holiday?",  # not the 30 days' notice before a tool is retired
        "how much notice do I need to give before taking annual leave?",
        "is iso 42001 mandatory in the uk?",  # not "…a data processing agreement… is required"
        "is the eu ai act legally binding in the uk?",  # not the rule on transfers outside the UK and EEA
    ):
        assert not shipped.answer(asked).confident, asked
    retirement = shipped.answer("how much notice do reviewers give for a retirement?")
    assert retirement.confident and "30 days" in first_lines(retirement.text, 1)
    vendors = shipped.answer("is iso 42001 certification mandatory for vendors?")
    assert vendors.confident and "not mandatory" in first_lines(vendors.text, 1)


def test_a_name_fitting_several_tools_is_not_asked_which_one_for_what_neither_entry_holds(shipped):
    for asked in ("is Copilot HIPAA compliant?", "is Copilot blocked on the office wifi?"):
        answer = shipped.answer(asked)
        assert not answer.confident and "Which one do you mean" not in answer.text, asked
    assert "Which one do you mean" in first_lines(shipped.answer("is copilot allowed?").text, 1)


def test_comparisons_who_uses_a_tool_why_it_was_approved_and_a_named_date_are_records_or_the_vendors(shipped):
    for asked in (
        "which is better, Notion AI or Claude?",  # not Leadership's AI policy
        "is Notion AI used by the finance team?",  # not a quoted example, "Finance and Procurement teams only…"
        "why was Grammarly approved?",  # not the rule that a written comment is mandatory
        "what's the contract end date for Textio?",  # not the definition of approved_with_conditions ("an end date")
        "can Textio access the internet?",  # not "No: Textio's approval does not cover that"
    ):
        answer = shipped.answer(asked)
        assert not answer.confident and "does not cover" not in answer.text, asked
    # a rejected tool's entry gives the reasons it was turned down
    midjourney = shipped.answer("why was Midjourney rejected?")
    assert midjourney.confident and "no enterprise agreement" in first_lines(midjourney.text, 1)


def test_sharing_a_tools_chat_with_people_and_whether_the_service_is_down_are_not_its_status(shipped):
    for asked in (
        "can i share a Claude chat link with a colleague?",  # not Claude Team's card at full confidence
        "is Grammarly down?",  # not "Where you delegate tasks, such as monitoring to an engineer…"
    ):
        assert not shipped.answer(asked).confident, asked
    # giving data to the tool is still its entry's to answer
    client_data = shipped.answer("can i share client data with chatgpt?")
    assert client_data.confident and "ChatGPT Enterprise (OpenAI) is approved" in first_lines(client_data.text, 1)


def test_a_policy_asked_by_a_name_the_documents_do_not_hold_is_not_answered_by_the_policy_that_is_held(shipped):
    for asked in (
        "does the vpn policy cover contractors?",  # not the AI Acceptable Use Policy's scope
        "where can i find the pet policy?",  # not "…published where people can actually find it"
        "what's the bring-your-own-device policy?",
        "what's the disciplinary policy?",  # not a sentence citing "…action under the Disciplinary Policy"
        # not "Never paste, upload or type passwords, API keys, access tokens… into any AI tool", one thing of many
        "what's the password policy?",
        # not "Five principles sit behind every rule in this policy…": a white paper is a document called by name too
        "what are the five principles in the UK govt's AI regulation white paper",
    ):
        assert not shipped.answer(asked).confident, asked
    # a section called by another name answers for it, and a document held may be spoken of by another
    recorders = shipped.answer("what's the meeting recorder policy?")
    assert recorders.confident and "note-taker" in first_lines(recorders.text, 1)
    again = shipped.answer("new version of the ai acceptable use policy is out - do i have to read it again?")
    assert again.confident and "again whenever a new version is announced" in first_lines(again.text, 1)


def test_a_sentence_under_a_heading_naming_the_topic_beats_one_whose_document_title_merely_does(shipped):
    # not "Each year internal audit samples inventory entries…", under "9.2 Internal audit" of "…the management
    # system in brief"
    review = shipped.answer("how often is the management review?")
    assert review.confident and "holds this review once a year" in first_lines(review.text, 1)


def test_what_a_product_still_does_is_not_whether_we_still_use_it(shipped):
    for asked in (
        "does hirevue still use facial analysis in its assessments?",  # not HireVue's card at full confidence
        "does the chatgpt mac app still use option+space to open the quick chat?",
    ):
        assert not shipped.answer(asked).confident, asked
    # whether we still use it is its entry's to answer
    trint = shipped.answer("can we still use trint?")
    assert trint.confident and "Trint (Trint) was retired" in first_lines(trint.text, 1)
    otter = shipped.answer("do we still use otter?")
    assert otter.confident and "Otter.ai (Otter.ai) is approved" in first_lines(otter.text, 1)


def test_a_personal_dictionary_or_settings_in_the_company_edition_is_no_personal_edition(shipped):
    dictionary = shipped.answer("how do i add a word to my grammarly personal dictionary")
    assert not dictionary.confident and "Personal accounts may be used" not in first_lines(dictionary.text)
    personal = shipped.answer("can i use my personal grammarly for work?")
    assert personal.confident and "personal or free consumer AI account" in first_lines(personal.text, 1)


def test_a_thing_named_to_be_told_what_it_is_needs_a_sentence_naming_it(shipped):
    # not "Any AI processing of personal data outside the UK and EEA needs a transfer mechanism…" (the EU)
    assert not shipped.answer("what is the EU AI Office and who heads it").confident
    steering = shipped.answer("what is the steering group?")
    assert steering.confident and "steering group" in first_lines(steering.text, 1).lower()


def test_clauses_named_as_a_range_are_each_named(shipped):
    # not "Clause 4 is the groundwork.": clauses 1 to 3 of the standard are none the documents hold
    early = shipped.answer("what are clauses 1 to 3 of iso 42001 about, the ones before context of the organization?")
    assert not early.confident
    held = shipped.answer("what do clauses 4 to 10 of iso 42001 cover?")
    assert held.confident and "Clause" in first_lines(held.text, 1)


def test_something_to_make_up_is_not_a_question_the_documents_answer(shipped):
    for asked in ("tell me a joke about auditors pls", "write me a haiku about iso 42001"):
        assert not shipped.answer(asked).confident, asked  # not "Evidence an auditor may ask for…"


def test_a_place_is_said_of_the_thing_next_to_it_not_in_its_own_name(shipped):
    for asked in (
        "link to the records retention schedule pls",  # not "…As for that record in the Records Retention Schedule"
        "whats the link to the internal model registry",  # not "…in its inventory entry: …, the model registry…"
        # not "Security Operations runs the 24-hour on-call rota…", which says what it does, not where it is
        "where is security operations based, which office are they in",
    ):
        assert not shipped.answer(asked).confident, asked
    template = shipped.answer("where is the dpia template?")
    assert template.confident and "on the Kestrel Hub" in first_lines(template.text, 1)
    dpo = shipped.answer("where is the dpo based?")
    assert dpo.confident and "based in Manchester" in first_lines(dpo.text, 1)
    minutes = shipped.answer("where are the steering group minutes?")
    assert minutes.confident and "Kestrel Hub" in first_lines(minutes.text, 1)


def test_what_happened_on_an_occasion_past_or_is_in_a_register_now_is_a_record(shipped):
    for asked in (
        "how many members actually turned up to the last steering group meeting",  # not the quorum
        "what are the top risks in the ai risk register atm",  # not "…maintaining the AI risk register…"
        "how many people were affected in the last data breach involving an ai tool",
        # not what the AI Governance Lead is accountable for: who holds the post now, only a name says
        "who's the ai governance lead rn? need to dm them about something sensitive",
        "has anyone re-requested deepseek since it got rejected? how many times",  # not DeepSeek's card
    ):
        assert not shipped.answer(asked).confident, asked
    # an occasion told of is an incident still, and whether a tool is registered its entry's to say
    pasted = shipped.answer("i pasted data into chatgpt in the last meeting, what do i do?")
    assert pasted.confident and "security incident form" in first_lines(pasted.text)
    notion = shipped.answer("has anyone registered notion ai?")
    assert notion.confident and "Notion AI (Notion Labs) is approved" in first_lines(notion.text, 1)


def test_what_a_product_does_when_someone_leaves_or_which_languages_it_handles_is_the_vendors_to_say(shipped):
    for asked in (
        "will otter keep recording if i leave the call",  # not "…no client calls and no HR meetings"
        "will zoom ai companion keep running if the host leaves the meeting",
        "does deepl handle arabic / right to left text ok",  # not DeepL Pro's card at full confidence
        "is llama any good at sql",  # not "Open-weight models can be a good way to keep data inside Kestrel…"
    ):
        assert not shipped.answer(asked).confident, asked
    german = shipped.answer("is deepl ok for german contracts?")
    assert german.confident and "DeepL Pro (DeepL SE) is approved" in first_lines(german.text, 1)


def test_what_govbot_itself_does_or_is_needs_a_sentence_saying_it_of_govbot(shipped):
    for asked in (
        "does govbot get trained on the questions we ask it",  # not the channel where govbot answers questions
        "where is govbot hosted?",  # not "…on govbot's Home tab in Slack"
        "is govbot open source?",  # not "Every open-source model used with work data is registered…"
        "who actually built govbot - our own eng team or a vendor?",
    ):
        assert not shipped.answer(asked).confident, asked
    reminds = shipped.answer("does govbot remind tool owners about re-reviews?")
    assert reminds.confident and "govbot reminds the Tool Owner" in first_lines(reminds.text, 1)
    # (something of govbot's is not govbot itself)
    triage = shipped.answer(
        "does govbot's 2 day triage come on top of the 5 business day target for a low risk request?"
    )
    assert triage.confident and "counts within the target" in first_lines(triage.text, 1)


def test_a_law_standard_or_audit_named_in_words_the_documents_never_use_is_not_answered(shipped):
    for asked in (
        "is kestrel in scope of nis2?",  # not "The policy applies to everyone working for… Kestrel"
        "has kestrel signed the eu ai pact?",  # not the provider-or-deployer sentence
        "is iso 42001 a harmonised standard under the eu ai act?",  # not the transfer-mechanism sentence
        "does the ai act open-source exemption cover the llama models we host?",  # not "Open-model licences vary"
        "how often are iso 42001 surveillance audits?",  # not "Each year internal audit samples…"
        "how long is an iso 42001 certificate valid for",  # not a vendor's deletion certificate within 60 days
    ):
        assert not shipped.answer(asked).confident, asked
    reviewed = shipped.answer("how often are approved tools re-reviewed?")
    assert reviewed.confident and "12 months" in first_lines(reviewed.text)


def test_how_long_a_course_takes_and_notice_to_resign_are_not_deadlines_for_something_else(shipped):
    for asked in (
        "how long does the ai awareness e-learning take?",  # not "…within 30 days of starting"
        "how much notice do I have to give if I resign?",  # not the 30 days before a tool is retired
    ):
        assert not shipped.answer(asked).confident, asked
    deadline = shipped.answer("how long do new joiners have to do the ai awareness e-learning?")
    assert deadline.confident and "30 days" in first_lines(deadline.text)


def test_who_stands_in_for_a_tool_owner_is_not_the_owner_the_entry_names(shipped):
    for asked in (
        "who's the backup tool owner for zoom ai companion if priya is off?",
        "who's the deputy tool owner for zoom ai companion?",
    ):
        answer = shipped.answer(asked)
        assert not answer.confident and "Its owner is" not in answer.text, asked
    owner = shipped.answer("who owns zoom ai companion?")
    assert owner.confident and "Priya Shah" in first_lines(owner.text, 1)


def test_what_a_team_uses_or_a_registry_holds_now_is_a_record(shipped):
    for asked in (
        "is customer support using ai to draft replies?",  # not the disclosure statement for client deliverables
        "which ai tools does the lisbon delivery centre use most?",  # not the policy's scope
        "which open-source models are already in our internal model registry?",  # not how models get there
    ):
        assert not shipped.answer(asked).confident, asked


def test_how_to_do_what_the_documents_never_describe_is_not_answered_by_a_sentence_on_something_else(shipped):
    for asked in (
        "how do I train a machine learning model?",  # not the definition of an AI tool
        "how do i request a new slack channel for my project?",
        # which part of a product's own screens: not the rule on organisation-wide opt-outs
        "where in the grammarly admin console is the org wide training opt-out toggle?",
    ):
        assert not shipped.answer(asked).confident, asked
    appeal = shipped.answer("how do i appeal a rejection?")
    assert appeal.confident and "20 business days" in first_lines(appeal.text)


def test_who_may_do_a_thing_and_what_a_thing_of_ours_is_need_their_own_words(shipped):
    for asked in (
        "who can sign a client contract on behalf of kestrel?",  # not who the policy applies to
        "what are kestrel's company values?",  # not "…the AI policy is consistent with company strategy"
        "how many people are in the data science guild?",  # not "…no reported group has fewer than ten individuals"
    ):
        assert not shipped.answer(asked).confident, asked
    panel = shipped.answer("how many members are on the review panel?")
    assert panel.confident and "eight members" in first_lines(panel.text)


def test_personal_use_of_a_company_tool_is_not_a_personal_edition(shipped):
    holiday = shipped.answer("can i use chatgpt enterprise for personal stuff like planning a holiday?")
    assert "Never use a personal or free consumer AI account" not in first_lines(holiday.text)
    plus = shipped.answer("can i use my personal chatgpt plus account for work?")
    assert plus.confident and "personal or free consumer AI account" in first_lines(plus.text)


def test_a_question_typed_as_a_thing_and_the_fact_wanted_is_read_as_that_question(shipped):
    for asked in (
        "how to reset my password",  # not "Never paste, upload or type passwords… into any AI tool"
        "tool owner training how long",  # not the 12-month re-review
        "ai awareness training duration",
        "timesheet deadline",  # not the 24 or 48 hours a client is notified within
        "wfh policy",  # not what the AI policy is for
        "works council contact",
        # a thing named alone is asked what it is: not "Do not use AI to impersonate a real person…"
        "uk deepfake law",
        "hipaa ai rules",
        "steering group june decisions?",  # not "The steering group meets quarterly, in March, June…"
    ):
        assert not shipped.answer(asked).confident, asked
    retention = shipped.answer("notetaker recordings retention?")
    assert retention.confident and "30 days" in first_lines(retention.text, 1)
    due = shipped.answer("otter re-review due date")
    assert due.confident and "Its next review is due" in first_lines(due.text, 1)
    logs = shipped.answer("how long are prompt logs kept for self-hosted models?")
    assert logs.confident and "12 months" in first_lines(logs.text, 1)


def test_a_thing_named_after_the_word_tool_is_no_list_of_tools(shipped):
    handbook = shipped.answer("is there a tool owner handbook?")  # not the list of approved tools
    assert not handbook.confident and "Approved AI tools" not in handbook.text
    transcription = shipped.answer("is there an approved tool for transcription?")
    assert transcription.confident and "Approved AI tools" in first_lines(transcription.text, 1)


def test_someone_away_is_no_health_data_and_who_covers_for_an_owner_is_not_the_owner(shipped):
    covers = shipped.answer("grammarly's tool owner is on long term sick leave, who covers the owner duties meanwhile?")
    assert not covers.confident, covers.text  # not "No: … Health … data … restricted", nor the owner
    assert covers.data_verdict is None and "Its owner is" not in covers.text
    records = shipped.answer("can i put sick leave records into chatgpt?")
    assert records.confident and first_lines(records.text, 1).startswith("No:")


def test_an_article_or_an_authority_asked_for_needs_a_sentence_that_names_it(shipped):
    for asked in (
        "what's article 14 of the eu ai act about?",  # not the Article 73 sentence
        "who is the ai act market surveillance authority in the netherlands?",  # "the relevant … authority"
        "who's the data protection authority in the netherlands?",  # not the DPO's base in Manchester
    ):
        assert not shipped.answer(asked).confident, asked
    dutch = shipped.answer("which dutch authority do we notify about a personal data breach?")
    assert dutch.confident and "Autoriteit Persoonsgegevens" in first_lines(dutch.text)
    processors = shipped.answer("which article of the gdpr covers processors?")
    assert processors.confident and "Article 28" in first_lines(processors.text, 1)


def test_what_was_done_before_or_is_on_file_is_a_record(shipped):
    for asked in (
        "did anyone appeal the hirevue rejection?",  # not the 20 business days to appeal
        "hey has the steering group ever accepted residual risk on a high risk tool?",
        "has there been an extraordinary steering group meeting this year?",
        "is there a dpia on file for deepl pro since its approved for restricted?",
        "has a DPIA been done for Microsoft 365 Copilot?",
    ):
        assert not shipped.answer(asked).confident, asked


def test_where_a_tool_is_offered_and_which_version_was_assessed_are_the_vendors_facts(shipped):
    for asked in (
        "is Claude available in Slack?",  # not "type /aigov register in any Slack channel…"
        "Which DeepSeek model version was assessed before it was rejected?",  # not the rejection card alone
        "can zoom ai companion do a summary in the zoom phone app too or just meetings",  # one side its entry names
        "Can Firefly generate video on our Creative Cloud plan?",  # not the note "Through … Creative Cloud licences"
    ):
        assert not shipped.answer(asked).confident, asked
    covered = shipped.answer("is claude available for the finance team?")  # whom the approval covers
    assert covered.confident and first_lines(covered.text, 1).startswith("No:")
    both = shipped.answer("can otter transcribe internal meetings or client calls?")
    assert both.confident and "no client calls" in first_lines(both.text, 1)


def test_reviewing_something_is_no_employee_review(shipped):
    limit = shipped.answer(
        "How many messages can I send to the reasoning models in ChatGPT Enterprise before I hit a limit? "
        "I got cut off halfway through reviewing test cases."
    )
    assert not limit.confident and limit.data_verdict is None
    reviews = shipped.answer("i'm reviewing my team's performance reviews, can i paste them into chatgpt?")
    assert reviews.data_verdict is not None and "reviews" in first_lines(reviews.text, 1)


def test_the_company_edition_named_in_a_tools_conditions_is_that_tool(shipped):
    # "Otter Business" is the edition Otter.ai's conditions name ("Kestrel Otter Business workspace only"), and "AI
    # Companion" is what Zoom calls its own: neither is another edition
    renew = shipped.answer("When does our Otter Business plan renew?")
    assert not renew.confident, renew.text  # not the rule that editions are separate entries
    approved = shipped.answer("is otter business approved?")
    assert approved.confident and first_lines(approved.text, 1).startswith("Otter.ai (Otter.ai) is approved")
    for asked in (
        "Is AI Companion available in the Zoom mobile app?",
        "How long after a meeting ends does the AI Companion summary usually arrive?",  # not "…five business days"
    ):
        assert not shipped.answer(asked).confident, asked
    clients = shipped.answer("is AI Companion ok for client meetings?")
    assert clients.confident and "client contract permits" in first_lines(clients.text, 1)


def test_a_product_down_sorted_or_kept_personally_is_the_products_business(shipped):
    for asked in (
        # the question first, whatever is told after it: not a sentence on data quality
        'is chatgpt down rn? keeps saying "something went wrong" every time i upload a csv for the demand report',
        "Is Otter down right now? My live transcript froze halfway through our internal sprint review.",
        "how do i sort my chatgpt chats into projects / folders",  # not "save it to … the project folder"
        # a personal prompt library is kept in the company's tool: no personal edition
        "Is there a way to save prompts I reuse in Copilot, like a personal prompt library?",
    ):
        assert not shipped.answer(asked).confident, asked
    personal = shipped.answer("can i use my personal chatgpt for work?")
    assert personal.confident and first_lines(personal.text, 1).startswith("No:")


def test_what_a_tool_sends_the_person_asking_is_no_incident(shipped):
    recaps = shipped.answer("copilot in teams keeps sending me recaps for meetings i declined, how do i turn that off")
    assert not recaps.confident and "within 24 hours" not in recaps.text
    leaking = shipped.answer(
        "our support chatbot keeps sending customer order details to the wrong people, what do i do?"
    )
    assert leaking.confident and "24 hours" in first_lines(leaking.text, 3)


def test_whom_to_ask_about_a_thing_needs_a_sentence_that_speaks_of_all_of_it(shipped):
    laptop = shipped.answer("hey who do i ask about my laptop refresh, the tool owner?")
    assert not laptop.confident, laptop.text  # not "…supplies refreshed vendor evidence"
    classes = shipped.answer("who do i ask about data classification?")
    assert classes.confident and "information owner" in first_lines(classes.text, 2)


def test_a_change_asked_of_a_long_named_thing_needs_a_sentence_that_speaks_of_it(shipped):
    for asked in (
        # not "Exceptions last at most six months…", nor the one-month deadline itself
        "Can an exception granted under the AI Acceptable Use Policy be renewed once its six months are up?",
        "Can the one-month deadline for a subject access request covering AI chat logs be extended if the request is "
        "complex?",
    ):
        assert not shipped.answer(asked).confident, asked
    trial = shipped.answer("can a trial be extended beyond 30 days?")  # "one extension to 60 days"
    assert trial.confident and "60 days" in first_lines(trial.text, 2)


def test_who_decided_on_a_tool_is_not_in_its_notes_unless_they_say_by_whom(shipped):
    for asked in (
        "who rejected hirevue?",  # not the rejection note, whose "AUP" and "EU AI Act" are no deciders
        "Who were the reviewers who rejected HireVue?",
        "Which Tuesday panel approved Perplexity Enterprise Pro?",
    ):
        assert not shipped.answer(asked).confident, asked
    when = shipped.answer("when was hirevue rejected?")
    assert when.confident and "2026-04" in first_lines(when.text, 1)


def test_what_govbot_can_do_has_or_how_well_it_works_is_said_of_govbot(shipped):
    for asked in (
        "can govbot book a meeting with the AI Governance Lead for me?",
        "How accurate are govbot's answers? has anyone measured it?",
        "What's govbot's uptime? is there an SLA?",
        "Is there a changelog for govbot so I can see what's new?",  # not "govbot records every … change"
        "Is there a user guide for govbot itself?",  # not a tool's user guide, whose owner govbot names
    ):
        assert not shipped.answer(asked).confident, asked
    register = shipped.answer("can govbot register a tool for me?")
    assert register.confident and "register" in first_lines(register.text, 1)
    home = shipped.answer("what's govbot's home tab for?")
    assert home.confident and "Home tab" in first_lines(home.text, 1)


def test_where_a_thing_is_kept_needs_a_sentence_that_places_it_not_one_it_places_something_in(shipped):
    for asked in (
        "Where is the AI development checklist kept?",  # "…listed in … and in the development checklist"
        "Where's the impact assessment template stored?",  # "…using the standard template"
        "Where is the AI impact assessment template kept?",
    ):
        assert not shipped.answer(asked).confident, asked
    template = shipped.answer("where's the dpia template?")
    assert template.confident and "Kestrel Hub" in first_lines(template.text, 1)
    assessments = shipped.answer("where are impact assessments stored?")
    assert assessments.confident and "inventory" in first_lines(assessments.text, 1)


def test_whom_to_notify_and_what_a_tool_costs_per_seat_are_said_of_them(shipped):
    insurer = shipped.answer("What's the deadline for notifying our cyber insurer about an AI incident?")
    assert not insurer.confident, insurer.text  # not the 24 or 48 hours a client is notified within
    ico = shipped.answer("how fast do we have to notify the ico about a breach?")
    assert ico.confident and "72 hours" in first_lines(ico.text, 1)
    per_member = shipped.answer(
        "is notion ai bundled into the business plan now or still a paid add-on? and how much per member"
    )
    assert not per_member.confident, per_member.text  # not "…quorate with four members present…"


def test_what_a_tool_does_midway_or_publishes_is_the_vendors_fact(shipped):
    for asked in (
        "does zoom ai companion work on zoom phone calls? and can you ask it questions mid-meeting",
        "how many parameters does deepseek v3 have and are the r1 weights open?",  # not open-weight models at large
    ):
        assert not shipped.answer(asked).confident, asked


def test_taking_notes_is_what_a_meeting_assistant_is_for_and_the_meeting_decides(shipped):
    client = shipped.answer("can zoom ai companion take notes in a client meeting?")
    assert client.confident and "client contract permits" in first_lines(client.text, 1)
    results = shipped.answer(
        "can zoom ai companion take notes in our internal meeting on the unpublished half-year results?"
    )
    assert results.confident and "client contract" not in first_lines(results.text, 1)


def test_who_looks_after_a_thing_needs_a_sentence_that_says_someone_does(shipped):
    for asked in (
        "who manages the Kestrel Hub?",  # not "…whose number is on the Kestrel Hub…"
        "who runs the lisbon delivery centre day to day?",  # not the policy's scope
    ):
        assert not shipped.answer(asked).confident, asked
    register = shipped.answer("who is responsible for the ai risk register?")
    assert register.confident and "maintaining the AI risk register" in first_lines(register.text, 1)
    panel = shipped.answer("who runs the review panel?")
    assert panel.confident and "chair the weekly review panel" in first_lines(panel.text, 1)


def test_office_kit_expenses_and_leave_asked_of_need_a_sentence_on_them(shipped):
    for asked in (
        "how do I request a new monitor?",  # not "Monitor the supplier for changes…"
        "is alcohol ever allowed on expenses?",  # not the rule on expensing AI subscriptions
        "are usb sticks allowed for client data?",
        "how many days notice do i need to give for annual leave?",  # not the notice before a tool is retired
        "how do contractors get a kestrel laptop?",  # not the policy's scope, which names contractors
    ):
        assert not shipped.answer(asked).confident, asked
    supplier = shipped.answer("who monitors the supplier?")
    assert supplier.confident and "supplier" in first_lines(supplier.text, 1).lower()
    retiring = shipped.answer("how many days notice do reviewers give before retiring a tool?")
    assert retiring.confident and "30 days" in first_lines(retiring.text, 1)
    extensions = shipped.answer("are browser extensions allowed?")
    assert extensions.confident
    register = shipped.answer("how do contractors register a tool?")
    assert register.confident and "line manager" in first_lines(register.text, 1)
