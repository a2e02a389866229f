""" "Is X approved?" for a tool whose re-review is overdue says so (issue 10 §5), through `govbot ask --json`."""

import json
from datetime import UTC, datetime, timedelta

from click.testing import CliRunner

from bot.cli import cli
from knowledge.inventory import import_csv
from tests.test_tool_status import index, index_dir, inventory  # noqa: F401 (the module's fixtures)


def ask(folder, db, question: str) -> dict:
    env = {"GOVBOT_DATA_DIR": str(folder), "GOVBOT_DATABASE_URL": db.url, "GOVBOT_LLM": None}
    result = CliRunner().invoke(cli, ["ask", "--json", question], env=env, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_an_overdue_re_review_is_said_with_the_verdict(index_dir, inventory, tmp_path):  # noqa: F811
    due = (datetime.now(UTC) - timedelta(days=45)).date()
    path = tmp_path / "overdue.csv"
    path.write_text(
        "name,vendor,status,aliases,conditions,owner,data_classification,category,url,notes,decided_at,review_due\n"
        f"Otter.ai,Otter.ai,approved,Otter,,Aisha Rahman,internal,meeting assistant,,,2024-01-10,{due}\n"
    )
    import_csv(inventory, path, "loader")
    answer = ask(index_dir, inventory, "is Otter approved?")
    assert answer["intent"] == "tool_status" and answer["tool"]["status"] == "approved"
    assert f"Its re-review is overdue: it was due on {due} (45 days ago)" in answer["text"]
    assert answer["card"]["review_overdue_days"] == 45


def test_a_re_review_not_yet_due_is_not_called_overdue(index_dir, inventory):  # noqa: F811
    answer = ask(index_dir, inventory, "is Otter approved?")
    assert "overdue" not in answer["text"] and answer["card"]["review_overdue_days"] == 0
