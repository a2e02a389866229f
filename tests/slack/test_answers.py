"""In Slack, the first block of an answer decides the question, whatever tool it names: real signed
requests to the real app, over a small policy (tests/answer_corpus.py) and the Slack tests' inventory."""

from __future__ import annotations

import json

import pytest

from tests.answer_corpus import (
    AMOUNT_NAMING_A_TOOL,
    FREE_EDITION,
    INCIDENT,
    PERSONAL_ACCOUNT,
    RULES,
    TWO_PARTS,
    UNANSWERABLE_TOOL,
    WORD_SENSE,
)
from tests.slack.conftest import GENERAL, REVIEW_CHANNEL, USER
from tests.slack.test_ask import buttons, posted_message, texts


@pytest.fixture(scope="module")
def rules_index(embedder, tmp_path_factory):
    from ingest.pipeline import ingest
    from knowledge.retrieval.index import KnowledgeIndex

    root = tmp_path_factory.mktemp("slack-answers")
    (root / "docs").mkdir()
    (root / "docs" / "rules.md").write_text(RULES, encoding="utf-8")
    ingest([root / "docs"], KnowledgeIndex(root / "index", embedder))
    return KnowledgeIndex(root / "index", embedder).open_for_search()


@pytest.fixture
def slack_app(make_slack_app, rules_index):
    return make_slack_app(index=rules_index)


def ask(slack_app, question: str):
    reply = slack_app.sender.app_mention(user=USER, channel=GENERAL, text=question)
    assert reply.status == 200
    return slack_app.answer_in_thread(GENERAL, reply.sent["event"]["ts"])


def first_block(answer) -> str:
    return texts(answer.args["blocks"][:2])


def test_an_incident_naming_a_tool_leads_with_the_procedure_and_offers_to_report_it(slack_app):
    answer = ask(slack_app, INCIDENT)
    lead = first_block(answer)
    # a customer list is personal data: its deadline leads, then where to report
    assert "Suspected personal data breach: report immediately" in lead
    assert "security incident form" in texts(answer.args["blocks"])
    assert "Approved with conditions" not in lead and "ChatGPT Enterprise" not in lead
    assert "*ChatGPT Enterprise* (OpenAI) is approved with conditions" in texts(
        answer.args["blocks"]
    )  # after, as context
    assert answer.args["text"].startswith("“Suspected personal data breach")  # what the notification says
    report, *rest = buttons(answer.args["blocks"])
    assert (report["action_id"], report["text"]["text"], report.get("style")) == (
        "incident_open",
        "Report it now",
        "primary",
    )

    # It opens the reporter's own form, filled in from the question (posted nowhere else).
    clicked = posted_message(answer)
    slack_app.sender.block_action("incident_open", report["value"], USER, channel=GENERAL, message=clicked)
    (opened,) = slack_app.slack.wait_for("views.open")
    form = {block["block_id"]: block["element"] for block in opened.args["view"]["blocks"] if block["type"] == "input"}
    assert form["summary"]["initial_value"] == INCIDENT
    assert [option["value"] for option in form["data_involved"]["initial_options"]] == ["personal"]
    assert form["kind"]["initial_option"]["value"] == "data_exposed"
    assert form["tool"]["initial_option"]["value"] == "ChatGPT Enterprise"
    slack_app.slack.expect_no("chat.postMessage", where=lambda c: c.args["channel"] == REVIEW_CHANNEL)


def test_a_personal_account_is_answered_with_the_rule_not_the_enterprise_tools_card(slack_app):
    lead = first_block(ask(slack_app, PERSONAL_ACCOUNT))
    assert (
        "Personal accounts may be used for work with public data only" in lead
        or "Never use a personal or free consumer AI account" in lead
    )
    assert "Approved with conditions" not in lead and "ChatGPT Enterprise" not in lead


def test_review_in_code_review_gets_no_data_verdict(slack_app):
    answer = ask(slack_app, WORD_SENSE)
    lead = first_block(answer)
    assert "no fast path" in lead and not lead.startswith("Yes")
    assert "Employee objectives" not in texts(answer.args["blocks"])


def test_both_parts_of_a_question_lead_the_answer(slack_app):
    answer = ask(slack_app, TWO_PARTS)
    shown = texts(answer.args["blocks"][:4])
    assert (
        ":large_yellow_circle: *Approved with conditions*" in shown
        and "*ChatGPT Enterprise* (OpenAI) is approved with conditions" in shown
    )
    assert "include a statement saying so" in shown


def test_an_unanswerable_question_naming_a_tool_says_so_and_offers_a_person(slack_app):
    answer = ask(slack_app, UNANSWERABLE_TOOL)
    lead = first_block(answer)
    assert lead.startswith("I don't know") and "#ai-governance" in lead
    assert "*ChatGPT Enterprise* (OpenAI) is approved with conditions" in texts(answer.args["blocks"])  # context only
    first, *rest = buttons(answer.args["blocks"])
    assert (first["action_id"], first.get("style")) == ("escalate", "primary")
    assert json.loads(first["value"]) == {"q": UNANSWERABLE_TOOL}


def test_a_free_edition_is_answered_with_the_rule_and_no_data_verdict(slack_app):
    answer = ask(slack_app, FREE_EDITION)
    lead = first_block(answer)
    assert "Never use a personal or free consumer AI account" in lead
    assert "Approved with conditions" not in lead and not lead.startswith("Yes")


def test_an_amount_the_inventory_does_not_record_is_refused_with_the_card_as_context(slack_app):
    answer = ask(slack_app, AMOUNT_NAMING_A_TOOL)
    assert first_block(answer).startswith("I don't know")
    assert "*ChatGPT Enterprise* (OpenAI) is approved with conditions" in texts(answer.args["blocks"])
