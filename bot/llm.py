"""Optional LLM synthesis through LangChain's chat-model interface, held to the retrieved passages.

The model sees only the numbered passages and must cite them as [n]. An answer that cites none
of them, or says the passages do not answer, is not used: the caller falls back to quoting.
"""

from __future__ import annotations

import logging
import re

from knowledge.retrieval.index import Hit

log = logging.getLogger(__name__)

NOT_IN_SOURCES = "NOT_IN_SOURCES"
SYSTEM_PROMPT = f"""You are govbot, the AI-governance assistant of an organization.
Answer the employee's question using ONLY the numbered passages from the organization's AI policy
and ISO/IEC 42001 guidance. Do not use any other knowledge. Cite every statement with the number of
the passage it comes from, like [1] or [2]. Be brief: at most five sentences. If the passages do not
answer the question, reply with exactly {NOT_IN_SOURCES}."""
CITATION_MARK = re.compile(r"\[(\d+)\]")


class LLMConfigurationError(RuntimeError):
    pass


class LLMAnswerer:
    def __init__(self, spec: str, timeout: float):
        from langchain.chat_models import init_chat_model

        try:
            self.model = init_chat_model(spec, temperature=0, timeout=timeout, max_retries=1)
        except Exception as error:  # unknown provider, missing integration package, missing key…
            raise LLMConfigurationError(f"cannot set up GOVBOT_LLM={spec!r}: {error}") from error
        self.spec = spec

    def answer(self, question: str, hits: list[Hit]) -> str | None:
        """A synthesized answer citing the passages, or None when it must not be used."""
        from langchain_core.messages import HumanMessage, SystemMessage

        numbered = "\n\n".join(
            f"[{number}] {hit.title} — {hit.heading or hit.title}\n{hit.text}" for number, hit in enumerate(hits, 1)
        )
        messages = [
            SystemMessage(SYSTEM_PROMPT),
            HumanMessage(f"Passages:\n\n{numbered}\n\nQuestion: {question}"),
        ]
        try:
            content = self.model.invoke(messages).content
        except Exception as error:  # network, provider and parsing errors all mean "quote instead"
            log.warning("LLM %s failed, answering extractively: %s", self.spec, error)
            return None
        text = (
            content
            if isinstance(content, str)
            else " ".join(part.get("text", "") if isinstance(part, dict) else str(part) for part in content)
        )
        text = text.strip()
        cited = {int(n) for n in CITATION_MARK.findall(text)}
        if NOT_IN_SOURCES in text or not text or not cited & set(range(1, len(hits) + 1)):
            log.info("LLM answer unusable (no valid citation or declined); answering extractively")
            return None
        if cited - set(range(1, len(hits) + 1)):
            log.info("LLM cited passages that do not exist; answering extractively")
            return None
        return text
