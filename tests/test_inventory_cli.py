"""The inventory, registration, review and audit commands, used as a person or a script would."""

import json
import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from bot.cli import cli
from knowledge.inventory.models import RegistrationRequest
from tests.cli_helpers import govbot_command, ok, refused
from tests.inventory_helpers import SHIPPED_INVENTORY

REGISTER_JASPER = [
    "register",
    "--name",
    "Jasper",
    "--vendor",
    "Jasper AI",
    "--url",
    "https://www.jasper.ai",
    "--category",
    "writing",
    "--purpose",
    "Drafting marketing copy",
    "--data",
    "internal",
    "--trains-on-data",
    "no",
    "--enterprise-agreement",
    "--by",
    "U123",
    "--json",
]


@pytest.fixture
def govbot(database, tmp_path):
    """`govbot ARGS…` on the test database, with alice and bob as reviewers."""
    env = {
        "GOVBOT_DATA_DIR": str(tmp_path / "data"),
        "GOVBOT_DATABASE_URL": database.url,
        "GOVBOT_REVIEWERS": "alice, bob",
        "GOVBOT_REREVIEW_MONTHS": "6",
    }

    return govbot_command(env)


def test_import_list_show_export(govbot, tmp_path):
    assert (
        ok(govbot("inventory", "import", str(SHIPPED_INVENTORY), "--by", "alice"))
        == "18 added, 0 updated, 0 unchanged\n"
    )
    assert ok(govbot("inventory", "import", str(SHIPPED_INVENTORY))) == "0 added, 0 updated, 18 unchanged\n"

    listing = ok(govbot("inventory", "list")).splitlines()
    assert len(listing) == 18 and listing[0].split()[0] == "Adobe"
    rejected = json.loads(ok(govbot("inventory", "list", "--status", "rejected", "--json")))
    assert {tool["name"] for tool in rejected} == {"Midjourney", "HireVue", "DeepSeek"}
    assert all(tool.keys() >= {"name", "vendor", "status"} and tool["status"] == "rejected" for tool in rejected)
    assert "'maybe' is not one of" in refused(govbot("inventory", "list", "--status", "maybe"), code=2)

    shown = ok(govbot("inventory", "show", "otterpilot"))
    assert "name                 Otter.ai" in shown and "aliases              Otter; Otter ai; OtterPilot" in shown
    assert json.loads(ok(govbot("inventory", "show", "Otter.ai", "--json")))["status"] == "approved_with_conditions"
    assert "no tool named 'Jasper' in the inventory" in refused(govbot("inventory", "show", "Jasper"))

    exported = tmp_path / "inventory.csv"
    exported.write_text(ok(govbot("inventory", "export")))
    assert ok(govbot("inventory", "import", str(exported))) == "0 added, 0 updated, 18 unchanged\n"
    records = json.loads(ok(govbot("inventory", "export", "--format", "json")))
    assert len(records) == 18 and "'xml' is not one of" in refused(
        govbot("inventory", "export", "--format", "xml"), code=2
    )


def test_a_broken_import_names_the_lines_and_imports_nothing(govbot, tmp_path):
    path = tmp_path / "broken.csv"
    path.write_text("name,status\nJasper,approved\nTabnine,maybe\n,approved\n")
    errors = refused(govbot("inventory", "import", str(path)))
    assert f"{path}:3: status 'maybe' is not one of" in errors
    assert f"{path}:4: name is required" in errors
    assert "Error: nothing imported: 2 problem(s)" in errors
    assert ok(govbot("inventory", "list")) == ""
    assert "cannot read" in refused(govbot("inventory", "import", str(tmp_path / "missing.csv")))
    exported = tmp_path / "broken.json"
    exported.write_text('[{"name": "Jasper", "status": "approved"}, {"name": "", "status": "approved"}]')
    assert f"{exported}: record 2: name is required" in refused(govbot("inventory", "import", str(exported)))
    assert ok(govbot("inventory", "list")) == ""


def test_register_review_and_audit_a_tool(govbot):
    filed = json.loads(ok(govbot(*REGISTER_JASPER)))
    assert filed["outcome"] == "filed" and filed["status"] == "pending" and filed["risk_tier"] == "low"
    request_id = str(filed["id"])
    assert json.loads(ok(govbot(*REGISTER_JASPER)))["outcome"] == "resubmitted"

    queue = json.loads(ok(govbot("review", "list", "--json")))
    assert [(r["id"], r["name"], r["status"]) for r in queue] == [(filed["id"], "Jasper", "pending")]
    assert "Jasper" in ok(govbot("review", "list")) and "risk: low" in ok(govbot("review", "show", request_id))

    assert "mallory is not a reviewer" in refused(govbot("review", "approve", request_id, "--by", "mallory"))
    assert "a comment is required" in refused(govbot("review", "needs-info", request_id, "--by", "alice"))
    ok(govbot("review", "needs-info", request_id, "--by", "alice", "--comment", "Which teams?"))
    assert "only the requester" in refused(govbot("review", "answer", request_id, "--by", "bob", "--comment", "All"))
    assert "pending review again" in ok(
        govbot("review", "answer", request_id, "--by", "U123", "--comment", "Marketing")
    )
    decided = ok(govbot("review", "approve-with-conditions", request_id, "--by", "bob", "--comment", "Marketing only"))
    assert decided == f"Request #{request_id} (Jasper) is now approved_with_conditions.\n"
    late = refused(govbot("review", "reject", request_id, "--by", "alice", "--comment", "No"))
    assert f"request #{request_id} was already decided by bob: approved_with_conditions" in late
    assert ok(govbot("review", "list")) == "The review queue is empty.\n"
    assert ok(govbot("review", "due")) == "No approvals are due for re-review.\n"
    assert json.loads(ok(govbot("review", "due", "--json"))) == []

    assert "Jasper is retired" in ok(govbot("review", "retire", "jasper", "--by", "alice", "--comment", "Replaced"))
    trail = json.loads(ok(govbot("audit", "--tool", "jasper", "--json")))
    assert [(e["actor"], e["action"], e["to_state"]) for e in trail] == [
        ("U123", "registered", "pending"),
        ("alice", "decided", "needs_info"),
        ("U123", "answered", "pending"),
        ("bob", "decided", "approved_with_conditions"),
        ("bob", "tool added", "approved_with_conditions"),
        ("alice", "retired", "retired"),
    ]
    assert "bob              decided" in ok(govbot("audit"))


def test_register_finds_duplicates_and_files_anyway_on_request(govbot):
    ok(govbot("inventory", "import", str(SHIPPED_INVENTORY), "--by", "alice"))
    args = [
        "register",
        "--name",
        "Chat GPT",
        "--vendor",
        "OpenAI",
        "--purpose",
        "Drafting emails to clients",
        "--by",
        "U9",
    ]
    assert "Not filed: this looks like ChatGPT Enterprise (in the inventory, approved_with_conditions)" in ok(
        govbot(*args)
    )
    duplicate = json.loads(ok(govbot(*args, "--json")))
    assert duplicate == {
        "outcome": "duplicate",
        "duplicate_of": "ChatGPT Enterprise (in the inventory, approved_with_conditions)",
    }
    assert json.loads(ok(govbot(*args, "--json", "--anyway")))["outcome"] == "filed"


def test_register_reports_every_bad_field(govbot):
    result = govbot("register", "--name", "<!channel>", "--url", "jasper.ai", "--users", "lots", "--by", "U1")
    errors = refused(result)
    assert "  vendor: required" in errors and "  purpose: required" in errors
    assert "  url: must be a web address" in errors and "  user_count: a whole number" in errors
    assert "the registration was not filed" in errors
    as_json = govbot("register", "--name", "Jasper", "--purpose", "x" * 100_000, "--by", "U1", "--json")
    assert as_json.exit_code == 1
    payload = json.loads(as_json.stdout)
    assert payload["outcome"] == "invalid" and set(payload["errors"]) == {"vendor", "purpose"}
    assert ok(govbot("review", "list")) == "The review queue is empty.\n"
    assert "'moon' is not one of" in refused(govbot("register", "--hosting", "moon"), code=2)


def test_review_errors_are_clear(govbot):
    assert "no registration request #42" in refused(govbot("review", "show", "42"))
    assert "no registration request #42" in refused(govbot("review", "approve", "42", "--by", "alice"))
    for bad in ("abc", "-1", "0", "99999999999999999999"):
        refused(govbot("review", "approve", bad, "--by", "alice"), code=2)
    assert "no tool named 'Nope'" in refused(govbot("review", "retire", "Nope", "--by", "alice", "--comment", "x"))
    filed = json.loads(ok(govbot(*REGISTER_JASPER)))
    nobody = govbot("review", "approve", str(filed["id"]), "--by", "alice", GOVBOT_REVIEWERS="")
    assert "alice is not a reviewer" in refused(nobody)
    assert "withdrawn" in ok(govbot("review", "withdraw", str(filed["id"]), "--by", "U123"))
    assert "is withdrawn: it cannot become approved" in refused(
        govbot("review", "approve", str(filed["id"]), "--by", "alice")
    )


def test_audit_of_an_unknown_tool_is_empty_not_everything(govbot):
    ok(govbot("inventory", "import", str(SHIPPED_INVENTORY), "--by", "alice"))
    assert json.loads(ok(govbot("audit", "--tool", "%", "--json"))) == []
    assert len(json.loads(ok(govbot("audit", "--tool", "chatgpt", "--json")))) == 1  # an alias finds the tool
    assert len(json.loads(ok(govbot("audit", "--json")))) == 18


@pytest.mark.parametrize(
    "url", ["nonsense", "postgresql+psycopg://nobody@127.0.0.1:1/none", "sqlite:////proc/no/such/dir/govbot.db"]
)
def test_an_unusable_database_is_a_clear_error(tmp_path, url):
    result = CliRunner().invoke(
        cli,
        ["inventory", "list"],
        env={"GOVBOT_DATA_DIR": str(tmp_path), "GOVBOT_DATABASE_URL": url},
        catch_exceptions=False,
    )
    assert result.exit_code == 1 and "Error: cannot open the inventory database" in result.stderr
    assert "Traceback" not in result.output


def in_a_terminal(args: list[str], answers: list[str], env: dict) -> tuple[int, str]:
    """Run the installed `govbot` with a pseudo-terminal as its stdin, answering its prompts."""
    controller, terminal = pty.openpty()
    process = subprocess.Popen(
        [Path(sys.executable).parent / "govbot", *args],
        stdin=terminal,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        env={**os.environ, **env},
    )
    os.close(terminal)
    os.write(controller, "".join(answer + "\n" for answer in answers).encode())  # queued like typed lines
    output, _ = process.communicate(timeout=120)
    os.close(controller)
    return process.returncode, output.decode()


def test_register_in_a_terminal_asks_for_what_is_missing_and_again_for_what_was_refused(database, tmp_path):
    env = {"GOVBOT_DATA_DIR": str(tmp_path / "data"), "GOVBOT_DATABASE_URL": database.url}
    answers = [
        "Jasper",  # tool name
        "Jasper AI",  # vendor
        "jasper.ai",  # web address: refused below, asked again
        "Drafting marketing copy",  # purpose
        "Marketing",  # teams
        "lots",  # users: refused below, asked again
        "internal",  # data
        "no",  # vendor trains on our data
        "vendor_saas",  # hosting
        "no",  # decisions about people
        "https://www.jasper.ai",  # the web address, again
        "12",  # the number of users, again
    ]
    code, output = in_a_terminal(["register", "--by", "U123"], answers, env)
    assert code == 0, output
    assert "url: must be a web address starting with https://" in output
    assert "user_count: a whole number from 1 to 1,000,000" in output
    assert "Request #1 filed: Jasper, risk tier" in output
    with database.reading() as session:
        [request] = session.query(RegistrationRequest).all()
    assert (request.url, request.user_count, request.teams, request.requester_id) == (
        "https://www.jasper.ai",
        12,
        "Marketing",
        "U123",
    )
