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
