"""The assistant quotes and cites when it knows, and says plainly when it does not."""

import pytest

from bot.assistant import MAX_QUESTION_CHARS, Assistant, InvalidQuestion


@pytest.fixture
def assistant(corpus, index_of):
    return Assistant(index_of(corpus), min_score=0.45, governance_channel="#ask-ai-gov")


def test_a_grounded_answer_quotes_and_cites(assistant):
    reply = assistant.answer("Can I put customer personal data into a consumer chatbot?")
    assert reply.intent == "policy_question" and reply.confident
    assert "must never be entered into a consumer chatbot" in reply.passages[0].quote
    first = reply.citations[reply.passages[0].citation]
    assert (first.source, first.section, first.title) == ("policy.md", "2.2", "Example AI Policy")
    assert "must never be entered into a consumer chatbot" in reply.text
    assert "Example AI Policy, 2.2 Customer personal data (policy.md)" in reply.text


def test_quotes_are_trimmed_to_the_sentences_that_matter(assistant):
    reply = assistant.answer("within how many hours must I tell security about pasting confidential info?")
    assert reply.passages[0].quote.startswith("If you paste confidential information")
    assert "without blame" not in reply.passages[0].quote


def test_unknown_questions_get_i_dont_know_with_auditable_citations(assistant):
    reply = assistant.answer("what is on the cafeteria menu on friday?")
    assert not reply.confident
    assert "I don't know" in reply.text and "#ask-ai-gov" in reply.text
    assert reply.passages == [] and 0 < len(reply.citations) <= 5
    assert reply.to_json()["citations"][0].keys() >= {"source", "title", "section", "control_id", "score"}


def test_a_named_control_is_answered_even_when_similarity_is_low(assistant):
    reply = assistant.answer("A.6.2.8?")
    assert reply.confident and reply.citations[0].control_id == "A.6.2.8"


def test_help(assistant):
    reply = assistant.answer("  Help! ")
    assert reply.intent == "help" and "#ask-ai-gov" in reply.text


@pytest.mark.parametrize("question", ["", "   ", "\x00\x07\u200b", "x" * (MAX_QUESTION_CHARS + 1)])
def test_empty_and_oversized_questions_are_refused(assistant, question):
    with pytest.raises(InvalidQuestion):
        assistant.answer(question)


def test_control_characters_are_stripped_before_answering(assistant):
    reply = assistant.answer("customer\x00 personal\u202e data\x1b[31m in a chatbot?")
    assert reply.question == "customer personal data [31m in a chatbot?"
    assert reply.confident


# A control long enough to be stored as several chunks, whose rule comes first and whose later
# paragraphs share more of the question's words ("review", "policy").
LONG_CONTROL = """\
# Widget controls

## A.7.7 Review of the widget policy
**What the control expects.** A policy written once and left alone goes stale quickly. We therefore look at the widget policy again on a fixed calendar (at least once a year) and bring that forward when a trigger event happens, such as new regulation or a serious incident. The question each time is practical: does the policy still fit the business, and is it changing behaviour? The conclusion is written down, even when it is to leave the policy as it is.

**For employees.** You can feed the review of the widget policy. If a rule in the widget policy gets in the way of sensible work, say so in the widget channel; those comments are collected as inputs to the next widget policy review. When a new widget policy version is announced, skim the change summary so you know what is different about the policy.

**For widget owners.** How often you review your own widget is set in its register entry, and how often you are asked to feed the widget policy review depends on your widget. Your experience is the best evidence of whether the widget policy works. Bring lessons from your widget's incidents, its reviews and its users' feedback to the widget policy review when asked. After a new version of the policy is published, check whether your widget's documentation needs updating, and record that you did.
"""  # noqa: E501 - paragraphs as their authors write them


def test_a_control_named_by_number_is_read_whole_for_the_sentence_that_answers(tmp_path, index_of):
    (tmp_path / "widgets.md").write_text(LONG_CONTROL, encoding="utf-8")
    index = index_of(tmp_path / "widgets.md")
    hit = index.search("A.7.7 - how often are we supposed to review the widget policy?")[0]
    (rest,) = index.rest_of_sections([hit])
    assert hit.control_id == "A.7.7" and rest and all(chunk.control_id == "A.7.7" for chunk in rest)
    assert "at least once a year" not in hit.text  # the chunk retrieved is not the one with the rule
    reply = Assistant(index).answer("A.7.7 - how often are we supposed to review the widget policy?")
    assert reply.text.startswith("At least once a year: “We therefore look at the widget policy again")


CLAUSES = """\
# The management system in brief

## 4. Context of the organization
Clause 4 is the groundwork. Before writing rules, understand the business the system governs.

### 4.1 Understanding the organization
Governance has to fit the company it governs, so the forces inside and outside the business are written down.

### 4.4 AI management system
This is the umbrella commitment: AI governance runs as a connected system that is kept going and improved, not as a one-off project. The value comes from the links between its parts.
"""  # noqa: E501


def test_a_clause_named_by_number_answers_for_itself_not_with_the_preamble_of_the_clause_above(tmp_path, index_of):
    (tmp_path / "clauses.md").write_text(CLAUSES, encoding="utf-8")
    reply = Assistant(index_of(tmp_path / "clauses.md")).answer("What does clause 4.4 ask for?")
    assert reply.confident
    assert "4.4 AI management system" in reply.text and "groundwork" not in reply.text
