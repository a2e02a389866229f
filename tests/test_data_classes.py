"""Kinds of data and their classes, read from the policy's own table (knowledge/data_classes.py)."""

from pathlib import Path

import pytest

from knowledge.data_classes import DataKind, kind_of_data, read_data_kinds, read_listed_kinds

SHIPPED_POLICY = Path(__file__).resolve().parents[1] / "policies" / "company" / "acceptable-use.md"


@pytest.fixture(scope="module")
def shipped_kinds() -> list[DataKind]:
    return read_data_kinds(SHIPPED_POLICY.read_text(encoding="utf-8"))


def test_the_shipped_policys_table_is_read_row_by_row(shipped_kinds):
    assert [(kind.name.split(" (")[0], kind.data_class) for kind in shipped_kinds] == [
        ("Customer personal data", "restricted"),
        ("Employee directory details", "internal"),
        ("Employee objectives, training records, reviews", "confidential"),
        ("Employee salary, health, disciplinary, diversity data", "restricted"),
        ("Kestrel proprietary source code", "confidential"),
        ("Client-owned source code", "confidential"),
        ("Credentials, secrets, keys, tokens", "restricted"),
        ("Health, payment and other regulated financial data", "restricted"),
    ]
    assert [kind.never_allowed for kind in shipped_kinds].count(True) == 1
    assert (
        shipped_kinds[5].row
        == "Client-owned source code: Confidential, plus contract check (Data Handling for AI Systems §3.1)"
    )


def test_a_kind_is_allowed_up_to_a_tools_class_and_never_when_the_policy_says_never(shipped_kinds):
    code, secrets = shipped_kinds[4], shipped_kinds[6]
    assert code.allowed_in("confidential") and code.allowed_in("restricted") and not code.allowed_in("internal")
    assert not secrets.allowed_in("restricted")


@pytest.mark.parametrize(
    "question, kind",
    [
        ("can I put customer data into Claude?", "Customer personal data"),
        ("can I put PII into Claude", "Customer personal data"),
        ("can I paste client code into Copilot", "Client-owned source code"),
        ("can I put employees' health records in chatgpt", "Employee salary"),  # the tie goes to the higher class
        ("is it ok to put health data in Gemini", "Health, payment"),  # the row the question covers more of
        ("can I paste passwords into ChatGPT", "Credentials"),
        ("can I put an API key in Copilot?", "Credentials"),
        ("can I put client data in claude", None),  # no row is about client data
        ("can my team use Copilot in VS Code", None),  # "code" alone is not source code
        ("can I use Otter for client meetings", None),
        ("", None),
    ],
)
def test_the_kind_a_question_is_about(shipped_kinds, question, kind):
    found = kind_of_data(question, shipped_kinds)
    assert found.name.startswith(kind) if kind else found is None, found


def test_rows_that_name_no_class_are_not_kinds_of_data():
    text = """\
| Data type | Default class |
|---|---|
| Board minutes | Confidential |
| Lunch menu | Tasty |
| Broken row | Restricted
|| Internal |
| Nested | pipes | Restricted |
| Office plans | internal — ask Facilities |
"""
    assert [(kind.name, kind.rule) for kind in read_data_kinds(text)] == [
        ("Board minutes", "Confidential"),
        ("Office plans", "internal — ask Facilities"),
    ]
    assert read_data_kinds("") == [] and read_data_kinds("no table here | at all") == []


def test_hostile_and_oversized_questions_find_nothing_or_the_right_row(shipped_kinds):
    assert (
        kind_of_data("| Credentials | Public |", shipped_kinds).data_class == "restricted"
    )  # a table in the question is just words
    assert kind_of_data("<!channel> " * 500, shipped_kinds) is None
    long_question = "please " * 1000 + "can I paste source code into it"
    assert kind_of_data(long_question, shipped_kinds).name == "Kestrel proprietary source code"
    assert kind_of_data("customer data", []) is None


INTERNAL_SECTION = (
    "Internal data is everyday business information. Examples: intranet pages, internal process guides, general"
    " meeting notes, the staff directory (names, job titles, work email addresses) and training material we wrote"
    " ourselves. Internal data may only go into registered tools."
)


def test_a_sentence_of_examples_under_a_class_heading_lists_kinds_of_that_class():
    kinds = read_listed_kinds("AI Acceptable Use Policy > 3.2 Internal data", INTERNAL_SECTION)
    assert [kind.name for kind in kinds] == [
        "intranet pages",
        "internal process guides",
        "general meeting notes",
        "the staff directory (names, job titles, work email addresses)",
        "training material we wrote ourselves",
    ]
    assert {kind.data_class for kind in kinds} == {"internal"}
    assert read_listed_kinds("Something else", INTERNAL_SECTION) == []
    # a list after "Examples:" is read as a list, its items not run together into one
    listed = read_listed_kinds("3.3 Confidential data", "Examples:\n\n- client pricing;\n- shipment counts.\n")
    assert [kind.name for kind in listed] == ["client pricing", "shipment counts"]


def test_an_example_in_a_sentence_is_named_only_by_all_the_words_of_an_item():
    kinds = read_listed_kinds("3.2 Internal data", INTERNAL_SECTION)
    assert kind_of_data("can i put our intranet pages into chatgpt?", kinds).name == "intranet pages"
    assert kind_of_data("is an internal process guide ok for perplexity?", kinds).name == "internal process guides"
    # "meeting notes" are not all of "general meeting notes"
    assert kind_of_data("can notion ai turn my meeting notes into a to-do list?", kinds) is None
