"""The govbot command line, used as a person or a script would."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from bot.cli import cli


@pytest.fixture
def govbot(data_dir, embedder):
    runner = CliRunner()

    def invoke(*args, input=None, env=None):
        return runner.invoke(cli, list(args), input=input, env=env, catch_exceptions=False)

    return invoke


def test_ingest_then_ask(govbot, corpus):
    result = govbot("ingest", str(corpus))
    assert result.exit_code == 0
    assert "2 added, 0 updated, 0 removed, 0 unchanged, 0 skipped" in result.output
    assert "0 added, 0 updated, 0 removed, 2 unchanged" in govbot("ingest", str(corpus)).output

    answer = govbot("ask", "can customer personal data go into a consumer chatbot?")
    assert answer.exit_code == 0
    assert "must never be entered into a consumer chatbot" in answer.output
    assert "(policy.md)" in answer.output


def test_ask_json_has_the_documented_shape(govbot, corpus):
    govbot("ingest", str(corpus))
    payload = json.loads(govbot("ask", "--json", "What does A.10.3 expect from suppliers?").output)
    assert payload.keys() == {
        "question",
        "intent",
        "text",
        "confident",
        "citations",
        "tool",
        "data",  # the original fields
        "lead",
        "quotes",
        "card",
        "actions",
        "confidence",
    }  # the answer's structure, added
    assert (
        payload["intent"] == "policy_question"
        and payload["tool"] is None
        and payload["data"] is None
        and payload["confident"] is True
    )
    assert 1 <= len(payload["citations"]) <= 5
    best = payload["citations"][0]
    assert best["control_id"] == "A.10.3" and best["source"] == "iso/controls.md" and best["section"] is None
    assert [c["score"] for c in payload["citations"]] != [] and all(
        isinstance(c["score"], float) for c in payload["citations"]
    )


def test_ask_json_stdin_answers_every_line_and_survives_bad_ones(govbot, corpus):
    govbot("ingest", str(corpus))
    lines = "what do I do if I paste confidential information into an unapproved tool?\n\n" + "x" * 5000 + "\nhelp\n"
    result = govbot("ask", "--json", "-", input=lines)
    records = [json.loads(line) for line in result.output.splitlines()]
    assert len(records) == 3
    assert records[0]["confident"] and records[0]["citations"][0]["source"] == "policy.md"
    assert "error" in records[1] and "characters" in records[1]["error"]
    assert records[2]["intent"] == "help"


def test_errors_are_clear_and_exit_non_zero(govbot, corpus, tmp_path):
    result = govbot("ask", "anything")
    assert result.exit_code == 1 and "run `govbot ingest` first" in result.output
    result = govbot("ingest", str(tmp_path / "no-such-folder"))
    assert result.exit_code == 1 and "no such file or directory" in result.output
    result = govbot("ask", "x", env={"GOVBOT_MIN_SCORE": "high"})
    assert result.exit_code == 1 and "GOVBOT_MIN_SCORE" in result.output
    result = govbot("ask", "x", env={"GOVBOT_LLM": "gpt-4"})
    assert result.exit_code == 1 and "provider:model" in result.output
    govbot("ingest", str(corpus))
    result = govbot("ask", "   ")
    assert result.exit_code == 2 and "ask a question" in result.output


def test_ingest_reports_skipped_files_by_name(govbot, corpus):
    (corpus / "broken.docx").write_bytes(b"not a docx")
    result = govbot("ingest", str(corpus))
    assert result.exit_code == 0
    assert "skipped" in result.output and "broken.docx" in result.output and "2 added" in result.output


def test_status_reports_the_index(govbot, corpus):
    govbot("ingest", str(corpus))
    info = json.loads(govbot("status", "--json").output)
    assert info["indexed_files"] == 2 and info["indexed_chunks"] > 2 and info["index_built_with"] == "all-MiniLM-L6-v2"


def test_chat_answers_until_exit(govbot, corpus):
    govbot("ingest", str(corpus))
    result = govbot("chat", input="what do suppliers have to do?\n\nexit\n")
    assert result.exit_code == 0
    assert "govbot>" in result.output and "due diligence questionnaire" in result.output


def test_the_installed_console_script(corpus, tmp_path):
    """The real entry point in a fresh process: ingest, then a stream of questions."""
    script = Path(sys.executable).parent / "govbot"
    env = {**os.environ, "GOVBOT_DATA_DIR": str(tmp_path / "cli-data")}
    ingested = subprocess.run([script, "ingest", str(corpus)], env=env, capture_output=True, text=True, timeout=300)
    assert ingested.returncode == 0, ingested.stderr
    asked = subprocess.run(
        [script, "ask", "--json", "-"],
        input="what does A.6.2.8 cover?\nhow do I bake sourdough bread?\n",
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert asked.returncode == 0, asked.stderr
    first, second = (json.loads(line) for line in asked.stdout.splitlines())
    assert first["citations"][0]["control_id"] == "A.6.2.8" and first["confident"]
    assert not second["confident"] and second["citations"]
