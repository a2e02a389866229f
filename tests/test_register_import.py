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
