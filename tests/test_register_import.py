"""Importing an existing register: aliases that would hide another tool refused, decisions kept for
reviewers, cells as Excel writes them; open requests, dates and owners as the register has them."""

import pytest

from knowledge.inventory import CSV_COLUMNS, ImportFailed, audit, get_tool, import_csv
from knowledge.inventory.directory import ToolDirectory
from knowledge.inventory.registration import ValidationFailed, register
from tests.inventory_helpers import SHIPPED_INVENTORY, form

HEADER = ",".join(CSV_COLUMNS[:10])


def csv_file(tmp_path, *rows: str, header: str = HEADER):
    path = tmp_path / "register.csv"
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return path


# -- issue 12 finding 3: one spelling names one tool ------------------------------------------------


def test_an_alias_naming_an_existing_tool_is_refused_and_the_verdict_stays_visible(database, tmp_path):
    import_csv(database, SHIPPED_INVENTORY, "loader")
    path = csv_file(tmp_path, "Squatter Tool,V,approved,Midjourney,,,,,,", "Jasper,Jasper AI,approved,ChatGPT,,,,,,")
    with pytest.raises(ImportFailed) as failed:
        import_csv(database, path, "loader")
    assert failed.value.problems == [
        (2, "alias 'Midjourney' is the name of Midjourney"),
        (3, "alias 'ChatGPT' is already an alias of ChatGPT Enterprise"),
    ]
    assert get_tool(database, "Squatter Tool") is None and get_tool(database, "Jasper") is None
    resolution = ToolDirectory(database).resolve("is Midjourney allowed?")
    assert resolution.tool is not None and (resolution.tool.name, resolution.tool.status) == ("Midjourney", "rejected")


def test_names_and_aliases_colliding_within_one_file_are_refused(database, tmp_path):
    path = csv_file(
        tmp_path,
        "Squatter Tool,V,approved,Jasper,,,,,,",
        "Jasper,Jasper AI,approved,,,,,,,",
        "Writer,Writer Inc,approved,Copy Bot;copy-bot,,,,,,",
        "Copy Tool,Other,approved,COPY BOT,,,,,,",
    )
    with pytest.raises(ImportFailed) as failed:
        import_csv(database, path, "loader")
    assert failed.value.problems == [
        (3, "'Jasper' also names Squatter Tool on line 2"),
        (5, "'COPY BOT' also names Writer on line 4"),
    ]


def test_a_tool_may_keep_its_own_aliases_when_reimported(database, tmp_path):
    import_csv(database, SHIPPED_INVENTORY, "loader")
    assert import_csv(database, SHIPPED_INVENTORY, "loader").added == []


def test_a_registration_whose_alias_names_another_tool_is_refused_even_when_filed_anyway(database):
    import_csv(database, SHIPPED_INVENTORY, "loader")
    with pytest.raises(ValidationFailed) as failed:
        register(database, form(name="Squatter Tool", aliases="Midjourney; sq"), allow_duplicate=True)
    assert "'Midjourney' already names Midjourney" in failed.value.errors["aliases"]
    # A re-review of a tool repeats its own aliases: that is no clash.
    chatgpt = form(name="ChatGPT Enterprise", vendor="OpenAI", aliases="ChatGPT;chat gpt", url="")
    assert register(database, chatgpt, allow_duplicate=True).kind == "filed"


# -- issue 12 finding 4: a status set by import is a decision ----------------------------------------


def test_only_a_reviewer_may_decide_by_import_where_reviewers_are_configured(database, tmp_path):
    import_csv(database, SHIPPED_INVENTORY, "loader")
    path = csv_file(
        tmp_path,
        "Midjourney,Midjourney,approved,Mid journey,,Sophie,restricted,image generation,,",
        "Jasper,Jasper AI,approved,,,,,,,",
    )
    with pytest.raises(ImportFailed) as failed:
        import_csv(database, path, "mallory", reviewers={"alice"})
    assert [line for line, _ in failed.value.problems] == [2, 3]
    assert "Midjourney: changing data_classification, status is a review decision" in failed.value.problems[0][1]
    assert get_tool(database, "Midjourney").status == "rejected" and get_tool(database, "Jasper") is None
    report = import_csv(database, path, "alice", reviewers={"alice"})
    assert (report.added, report.updated) == (["Jasper"], ["Midjourney"])


def test_a_non_reviewer_may_still_correct_what_is_not_a_decision(database, tmp_path):
    import_csv(database, SHIPPED_INVENTORY, "loader")
    path = csv_file(tmp_path, "Midjourney,Midjourney,rejected,Mid journey,,Sophie,public,images,,No enterprise deal.")
    assert import_csv(database, path, "mallory", reviewers={"alice"}).updated == ["Midjourney"]


def test_with_no_reviewers_configured_the_importer_decides_and_the_trail_says_so(database, tmp_path):
    import_csv(database, SHIPPED_INVENTORY, "demo", reviewers=None)
    with database.reading() as session:
        events = audit.trail(session, "Midjourney")
    assert events[0].actor == "demo" and "no reviewers configured" in events[0].comment


def test_the_cli_refuses_a_decision_imported_by_a_non_reviewer(database, tmp_path):
    from click.testing import CliRunner

    from bot.cli import cli

    env = {"GOVBOT_DATA_DIR": str(tmp_path / "d"), "GOVBOT_DATABASE_URL": database.url, "GOVBOT_REVIEWERS": "alice"}
    path = csv_file(tmp_path, "Jasper,Jasper AI,approved,,,,,,,")
    result = CliRunner().invoke(cli, ["inventory", "import", str(path), "--by", "mallory"], env=env)
    assert result.exit_code == 1 and "only a reviewer may import it" in result.stderr
    result = CliRunner().invoke(cli, ["inventory", "import", str(path), "--by", "alice"], env=env)
    assert result.exit_code == 0, result.output


# -- issue 12 finding 10: Excel's line breaks inside cells -------------------------------------------


@pytest.mark.parametrize("newline", [b"\r\n", b"\r"])
def test_line_breaks_inside_a_quoted_cell_become_newlines(database, tmp_path, newline):
    path = tmp_path / "excel.csv"
    cell = b'"Team accounts only;' + newline + b'no client data"'
    path.write_bytes(HEADER.encode() + b"\r\nJasper,Jasper AI,approved_with_conditions,," + cell + b",,,,,\r\n")
    import_csv(database, path, "loader")
    assert get_tool(database, "Jasper").conditions == "Team accounts only;\nno client data"


def test_other_control_characters_are_still_refused(database, tmp_path):
    path = csv_file(tmp_path, "Jasper,Jasper AI,approved,,,,,,,bell\x07")
    with pytest.raises(ImportFailed, match="notes contains control characters"):
        import_csv(database, path, "loader")


# -- issue 10 §1: every tool in every state is in the register -----------------------------------------


def test_the_register_lists_tools_under_review_with_their_request_and_requester(database, tmp_path):
    from knowledge.inventory.register import register_entries, register_entry
    from knowledge.inventory.review import Workflow
    from knowledge.inventory.transfer import export

    import_csv(database, SHIPPED_INVENTORY, "loader")
    jasper = register(database, form()).request
    tabnine = register(database, form(name="Tabnine", vendor="Codota", url="https://www.tabnine.com")).request
    Workflow(database, {"alice"}).decide(tabnine.id, "needs_info", "alice", "Which repositories?")
    entries = {entry["name"]: entry for entry in register_entries(database)}
    assert len(entries) == 20
    assert {k: entries["Jasper"][k] for k in ("status", "request", "requested_by")} == {
        "status": "pending",
        "request": jasper.id,
        "requested_by": "Ada Lovelace",
    }
    assert entries["Jasper"]["risk_tier"] == jasper.risk_tier
    assert (entries["Tabnine"]["status"], entries["Tabnine"]["decided_by"]) == ("needs_info", "alice")
    assert [entry["name"] for entry in register_entries(database, "pending")] == ["Jasper"]
    assert register_entry(database, "tabnine")["request"] == tabnine.id
    exported = export(database, "csv")
    assert "Jasper,Jasper AI,pending," in exported and f",{jasper.id}," in exported
    # The export imports again as it is: the open requests are there already.
    path = tmp_path / "register.csv"
    path.write_text(exported)
    report = import_csv(database, path, "alice", reviewers={"alice"})
    assert (report.added, report.updated, report.filed, len(report.unchanged)) == ([], [], [], 20)


def test_the_cli_lists_and_shows_every_state(database, tmp_path):
    import json

    from click.testing import CliRunner

    from bot.cli import cli

    env = {"GOVBOT_DATA_DIR": str(tmp_path / "d"), "GOVBOT_DATABASE_URL": database.url}
    import_csv(database, SHIPPED_INVENTORY, "loader")
    request = register(database, form()).request

    def run(*args):
        result = CliRunner().invoke(cli, list(args), env=env)
        assert result.exit_code == 0, result.output
        return result.stdout

    (line,) = run("inventory", "list", "--status", "pending").splitlines()
    assert line.split()[:3] == ["Jasper", "Jasper", "AI"] and f"#{request.id}" in line and "Ada Lovelace" in line
    assert run("inventory", "list", "--status", "needs_info") == ""
    shown = json.loads(run("inventory", "show", "jasper", "--json"))
    assert (shown["status"], shown["request"]) == ("pending", request.id)
    assert len(json.loads(run("inventory", "export", "--format", "json"))) == 19
    refused = CliRunner().invoke(cli, ["inventory", "list", "--status", "maybe"], env=env)
    assert refused.exit_code == 2 and "pending" in refused.output and "retired" in refused.output


# -- issue 10 §2: an existing register imported as it is -----------------------------------------------

REGISTER = ",".join([*CSV_COLUMNS, "requested_by", "decided_at", "decided_by", "review_due"])


def test_pending_and_needs_info_rows_are_filed_as_open_requests_triaged_and_audited(database, tmp_path):
    from knowledge.inventory.review import Workflow

    path = csv_file(
        tmp_path,
        "Jasper,Jasper AI,pending,,,,internal,writing,,Drafting marketing copy,sam@example.com,,,",
        "HR Screener,Screen Co,needs_info,,Which roles does it screen?,,confidential,hr,,"
        "Ranking job applicants for recruitment,,2025-10-01,alice,",
        header=REGISTER,
    )
    report = import_csv(database, path, "alice", reviewers={"alice"})
    assert report.filed == ["Jasper", "HR Screener"] and report.added == []
    queue = {request.name: request for request in Workflow(database, {"alice"}).queue()}
    jasper, screener = queue["Jasper"], queue["HR Screener"]
    assert (jasper.status, jasper.requester_id, jasper.purpose) == (
        "pending",
        "sam@example.com",
        "Drafting marketing copy",
    )
    assert screener.risk_tier == "high" and any("employment" in reason.lower() for reason in screener.risk_reasons)
    assert (screener.status, screener.decided_by, f"{screener.decided_at:%Y-%m-%d}") == (
        "needs_info",
        "alice",
        "2025-10-01",
    )
    assert screener.decision_comment == "Which roles does it screen?"
    with database.reading() as session:
        (event,) = audit.trail(session, "Jasper")
    assert (event.actor, event.action, event.request_id, event.to_state) == ("alice", "imported", jasper.id, "pending")
    # The requester defaults to whoever imports.
    path = csv_file(tmp_path, "Tabnine,Codota,pending,,,,,,,", header=HEADER)
    import_csv(database, path, "bob", reviewers={"alice"})  # filing a request is no decision
    assert next(r for r in Workflow(database, {"alice"}).queue() if r.name == "Tabnine").requester_id == "bob"


def test_a_needs_info_row_is_a_decision(database, tmp_path):
    path = csv_file(tmp_path, "Tabnine,Codota,needs_info,,Which repos?,,,,,", header=HEADER)
    with pytest.raises(ImportFailed, match="Tabnine as needs_info is a review decision"):
        import_csv(database, path, "mallory", reviewers={"alice"})


def test_migrated_decisions_keep_their_dates_and_deciders(database, tmp_path):
    from knowledge.inventory.register import register_entry

    path = csv_file(
        tmp_path,
        "Jasper,Jasper AI,approved,,,,internal,,,,,2025-01-15,Dana Reviewer,",
        "Otter.ai,Otter,approved,,,,internal,,,,,2024-11-30,,2025-06-01",
        "Midjourney,Midjourney,rejected,,,,public,,,,,2025-02-01T09:30:00Z,,",
        header=REGISTER,
    )
    import_csv(database, path, "alice", rereview_months=12)
    jasper, otter = get_tool(database, "Jasper"), get_tool(database, "Otter.ai")
    assert (f"{jasper.decided_at:%Y-%m-%d}", f"{jasper.next_review_due:%Y-%m-%d}") == ("2025-01-15", "2026-01-15")
    assert f"{otter.next_review_due:%Y-%m-%d}" == "2025-06-01"
    assert get_tool(database, "Midjourney").next_review_due is None
    entry = register_entry(database, "Jasper")
    assert (entry["decided_at"], entry["decided_by"], entry["review_due"]) == (
        "2025-01-15",
        "Dana Reviewer",
        "2026-01-15",
    )
    assert register_entry(database, "Otter.ai")["decided_by"] == "alice"
    with database.reading() as session:
        actions = [(e.actor, e.action) for e in audit.trail(session, "Jasper")]
    assert actions == [("alice", "imported"), ("Dana Reviewer", "decision imported")]


BROKEN_REGISTERS = {
    "not a date": ("Jasper,J,approved,,,,,,,,,last spring,,", "decided_at 'last spring' is not a date"),
    "future decision": ("Jasper,J,approved,,,,,,,,,2999-01-01,,", "decided_at 2999-01-01 is in the future"),
    "due before decided": ("Jasper,J,approved,,,,,,,,,2025-05-01,,2025-01-01", "review_due is before decided_at"),
    "due of a rejected tool": ("Jasper,J,rejected,,,,,,,,,,,2026-01-01", "review_due is for approved tools"),
    "decided pending": ("Jasper,J,pending,,,,,,,,,2025-01-01,bob,", "a pending request has not been decided"),
    "unknown state": ("Jasper,J,in review,,,,,,,,,,,", "status 'in review' is not one of pending, needs_info"),
    "long requester": ("Jasper,J,pending,,,,,,,," + "x" * 300 + ",,,", "requested_by is longer than 200"),
    "pending but decided already": ("Midjourney,M,pending,,,,,,,,,,,", "Midjourney is in the inventory as rejected"),
}


@pytest.mark.parametrize("row, fragment", BROKEN_REGISTERS.values(), ids=BROKEN_REGISTERS)
def test_broken_registers_are_refused_by_line_and_nothing_is_imported(database, tmp_path, row, fragment):
    import_csv(database, SHIPPED_INVENTORY, "loader")
    path = csv_file(tmp_path, "Tabnine,Codota,pending,,,,,,,,,,,", row, header=REGISTER)
    with pytest.raises(ImportFailed) as failed:
        import_csv(database, path, "loader")
    ((line, message),) = failed.value.problems
    assert line == 3 and fragment in message
    assert get_tool(database, "Jasper") is None
    assert "Tabnine" not in {entry for entry in _open_request_names(database)}


def _open_request_names(database):
    from knowledge.inventory.review import Workflow

    return [request.name for request in Workflow(database, set()).queue()]


def test_owner_emails_become_slack_users(database, tmp_path):
    from bot.slack.client import web_client
    from bot.slack.people import SlackPeople
    from tests.standins.slack_api import SlackAPIStandIn

    path = csv_file(
        tmp_path,
        "Jasper,Jasper AI,approved,,,sophie@kestrel.example,,,,,,,,",
        "Tabnine,Codota,pending,,,nobody@kestrel.example,,,,,Sophie@Kestrel.example,,,",
        header=REGISTER,
    )
    users = {"U0SOPHIE": {"real_name": "Sophie Laurent", "email": "sophie@kestrel.example"}}
    with SlackAPIStandIn(users=users) as slack:
        people = SlackPeople(web_client("xoxb-test-token", slack.base_url))
        report = import_csv(database, path, "loader", people=people)
        assert len(slack.calls_to("users.lookupByEmail")) == 3
    assert get_tool(database, "Jasper").owner == "U0SOPHIE"
    (tabnine,) = [r for r in _requests(database) if r.name == "Tabnine"]
    assert (tabnine.requester_id, tabnine.owner) == ("U0SOPHIE", "nobody@kestrel.example")
    assert report.unresolved == ["nobody@kestrel.example"]


def test_slack_failing_during_the_lookup_imports_nothing(database, tmp_path):
    from bot.slack.client import web_client
    from bot.slack.people import SlackPeople
    from tests.standins.slack_api import SlackAPIStandIn

    path = csv_file(tmp_path, "Jasper,Jasper AI,approved,,,sophie@kestrel.example,,,,", header=HEADER)
    with SlackAPIStandIn() as slack:
        slack.fail("users.lookupByEmail", "fatal_error")
        with pytest.raises(ImportFailed, match="cannot look up sophie@kestrel.example: Slack refused: fatal_error"):
            import_csv(database, path, "loader", people=SlackPeople(web_client("xoxb-test-token", slack.base_url)))
    assert get_tool(database, "Jasper") is None


def _requests(database):
    from sqlalchemy import select

    from knowledge.inventory.models import RegistrationRequest

    with database.reading() as session:
        return list(session.scalars(select(RegistrationRequest)))


def test_the_directory_reads_the_inventory_once_per_held_unit_of_work_and_sees_changes_after(database, tmp_path):
    from sqlalchemy import event

    import_csv(database, csv_file(tmp_path, "Jasper,Jasper AI,approved,,,,,,,"), "tests")
    directory = ToolDirectory(database)
    queries = []
    event.listen(database.engine, "before_cursor_execute", lambda *args: queries.append(args[2]))
    with directory.held():
        read_on_entry = len(queries)
        for question in ("is jasper ok?", "and jasper for client data?", "what about jasper ai?"):
            assert directory.resolve(question).tool.name == "Jasper"
        assert len(queries) == read_on_entry  # one snapshot for the whole answer
    import_csv(database, csv_file(tmp_path, "Writer,Writer Inc,approved,,,,,,,"), "tests")
    assert directory.resolve("is writer approved?").tool.name == "Writer"  # the next answer reads it again
