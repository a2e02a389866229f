"""Optional LLM synthesis, against a local stand-in speaking the OpenAI chat-completions protocol."""

import pytest

from bot.assistant import Assistant
from bot.llm import LLMAnswerer, LLMConfigurationError

QUESTION = "Can I put customer personal data into a consumer chatbot?"


@pytest.fixture
def assistant(corpus, index_of, llm_provider):
    return Assistant(index_of(corpus), llm=LLMAnswerer("openai:gpt-standin", timeout=2))


def test_the_llm_answers_from_the_retrieved_passages_only(assistant, llm_provider):
    llm_provider.reply("No: customer personal data is restricted and must never go into a consumer chatbot [1].")
    reply = assistant.answer(QUESTION)
    assert reply.text.startswith("No: customer personal data is restricted")
    assert "[1] Example AI Policy, 2.2 Customer personal data (policy.md)" in reply.text
    (request,) = llm_provider.requests
    assert request["path"] == "/v1/chat/completions" and request["auth"] == "Bearer test-key"
    system, user = request["body"]["messages"]
    assert "ONLY the numbered passages" in system["content"]
    assert "must never be entered into a consumer chatbot" in user["content"] and QUESTION in user["content"]
    assert request["body"]["model"] == "gpt-standin" and request["body"]["temperature"] == 0


@pytest.mark.parametrize(
    "status, content, delay",
    [
        (500, "", 0),  # llm_provider error
        (200, "Sure, anything goes.", 0),  # cites nothing
        (200, "See [7].", 0),  # cites a passage that was not given
        (200, "NOT_IN_SOURCES", 0),  # declines
        (200, "Too late [1].", 3),  # slower than the timeout
    ],
)
def test_unusable_llm_answers_fall_back_to_quotes(assistant, llm_provider, status, content, delay):
    for _ in range(2):  # the client retries once
        llm_provider.reply(content, status, delay)
    reply = assistant.answer(QUESTION)
    assert reply.confident
    assert reply.text.startswith(
        "No: “Customer personal data is restricted. It must never be entered into a consumer chatbot.” [1]"
    )


def test_the_llm_is_not_asked_when_retrieval_is_not_confident(assistant, llm_provider):
    reply = assistant.answer("what is on the cafeteria menu on friday?")
    assert not reply.confident and llm_provider.requests == []


def test_a_misconfigured_provider_fails_at_start_up():
    with pytest.raises(LLMConfigurationError, match="nosuchprovider"):
        LLMAnswerer("nosuchprovider:some-model", timeout=1)
