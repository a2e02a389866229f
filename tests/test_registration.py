"""Registering a tool: per-field errors, duplicates found instead of filed twice, idempotent resubmission."""

import threading

import pytest
from sqlalchemy import func, select

from knowledge.inventory import audit, import_csv
from knowledge.inventory.models import RegistrationRequest, Tool
from knowledge.inventory.registration import ValidationFailed, register, validate
from knowledge.inventory.review import Workflow
from tests.inventory_helpers import SHIPPED_INVENTORY, form


def errors_of(**overrides) -> dict[str, str]:
    with pytest.raises(ValidationFailed) as failed:
        validate(form(**overrides))
    return failed.value.errors


def count(db, model) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(model))


# -- validation: every problem, next to its field ---------------------------------------------------


def test_a_valid_form_is_cleaned():
    clean = validate(form(name="  Jasper \x00 ", data_categories="Internal; customer personal", user_count="1,200"))
    assert clean["name"] == "Jasper"
    assert clean["data_categories"] == ["customer_personal", "internal"]
    assert clean["user_count"] == 1200 and clean["enterprise_agreement"] is True


def test_missing_required_fields_are_each_reported():
    errors = errors_of(name="", vendor=None, purpose="  ", requester_id="")
    assert errors == {"name": "required", "vendor": "required", "purpose": "required", "requester_id": "required"}


@pytest.mark.parametrize(
    "url",
    [
        "jasper.ai",
        "ftp://jasper.ai",
        "javascript:alert(1)",
        "https://jasper",
        "https://exa mple.com",
        "https://<!channel>.com",
        "https:///x.com",
    ],
)
def test_a_bad_url_is_reported(url):
    assert "https://" in errors_of(url=url)["url"]


@pytest.mark.parametrize(
    "field, value",
    [
        ("data_classification", "top secret"),
        ("hosting", "on a floppy"),
        ("vendor_trains_on_data", "maybe"),
        ("data_categories", "internal, gossip"),
        ("use_areas", "astrology"),
        ("enterprise_agreement", "perhaps"),
        ("user_count", "lots"),
        ("user_count", "0"),
        ("user_count", "-5"),
        ("user_count", "²"),
        ("user_count", "1" * 100_000),
    ],
)
def test_values_outside_the_allowed_set_are_reported(field, value):
    assert field in errors_of(**{field: value})


def test_over_long_fields_say_how_long_they_are():
    errors = errors_of(name="n" * 121, purpose="p" * 100_000, aliases=["a" * 81])
    assert errors["name"] == "at most 120 characters (this is 121)"
    assert "100,000" in errors["purpose"] and "aliases" in errors


@pytest.mark.parametrize("value", [["Jasper"], {"name": "Jasper"}, 42, 3.5, True, object()])
def test_non_text_values_are_refused_not_stringified(value):
    assert "name" in errors_of(name=value)


def test_every_error_is_reported_at_once():
    errors = errors_of(name="", url="nope", hosting="moon", user_count="x", requester_id="bob smith")
    assert set(errors) == {"name", "url", "hosting", "user_count", "requester_id"}


def test_hostile_text_is_stored_as_plain_text(database):
    for hostile in ("<!channel> Jasper", "Jasper'; DROP TABLE tools; --", "Jas\x1b[31mper\u202e"):
        outcome = register(
            database, form(name=hostile, vendor=hostile, purpose=f"{hostile} for drafting copy"), allow_duplicate=True
        )
        assert outcome.kind == "filed"
        with database.reading() as session:
            stored = session.get(RegistrationRequest, outcome.request.id)
        assert stored.name == stored.vendor == validate(form(name=hostile))["name"]
        assert "\x1b" not in stored.name and "\u202e" not in stored.name
    assert [name for (name,) in _names(database)] == [
        "<!channel> Jasper",
        "Jasper'; DROP TABLE tools; --",
        "Jas[31mper",
    ]
    assert count(database, Tool) == 0  # the tools table is still there, and untouched


def _names(db):
    with db.reading() as session:
        return session.execute(select(RegistrationRequest.name).order_by(RegistrationRequest.id)).all()


# -- filing, duplicates and idempotency ----------------------------------------------------------


def test_a_registration_is_filed_triaged_and_audited(database):
    outcome = register(database, form())
    assert outcome.kind == "filed"
    request = outcome.request
    assert request.status == "pending" and request.risk_tier == "low" and request.checklist
    with database.reading() as session:
        [event] = audit.trail(session)
    assert (event.actor, event.action, event.tool_name, event.request_id, event.to_state) == (
        "U123",
        "registered",
        "Jasper",
        request.id,
        "pending",
    )


def test_the_same_submission_twice_is_one_request(database):
    first = register(database, form())
    again = register(database, form(name=" Jasper "))  # the same once cleaned
    assert again.kind == "resubmitted" and again.request.id == first.request.id
    assert count(database, RegistrationRequest) == 1


def test_the_same_form_after_withdrawing_it_files_a_new_request_once(database):
    first = register(database, form())
    Workflow(database, set()).withdraw(first.request.id, first.request.requester_id, "wrong team")
    again, twice = register(database, form()), register(database, form())
    assert again.kind == "filed" and again.request.id != first.request.id and again.request.status == "pending"
    assert twice.kind == "resubmitted" and twice.request.id == again.request.id
    assert count(database, RegistrationRequest) == 2


def test_the_same_submission_racing_in_from_eight_threads_is_one_request(database):
    barrier, outcomes = threading.Barrier(8), []

    def submit():
        barrier.wait()
        outcomes.append(register(database, form()))

    threads = [threading.Thread(target=submit) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcome.kind for outcome in outcomes) == ["filed"] + ["resubmitted"] * 7
    assert len({outcome.request.id for outcome in outcomes}) == 1
    assert count(database, RegistrationRequest) == 1


@pytest.fixture
def inventory(database):
    import_csv(database, SHIPPED_INVENTORY, "loader")
    return database


def test_a_tool_already_in_the_inventory_is_returned_instead_of_filed(inventory):
    before = count(inventory, RegistrationRequest)
    for overrides, existing in [
        ({"name": "ChatGPT Enterprise", "vendor": "OpenAI"}, "ChatGPT Enterprise"),
        ({"name": "chatgpt", "vendor": "OpenAI"}, "ChatGPT Enterprise"),  # an alias
        ({"name": "Chat GTP", "vendor": "Open AI"}, "ChatGPT Enterprise"),  # a typo of an alias
        ({"name": "Midjurney", "vendor": "Midjourney Inc"}, "Midjourney"),
        ({"name": "Scribe", "aliases": "OtterPilot", "vendor": "Someone"}, "Otter.ai"),  # its alias is theirs
        (
            {"name": "Otter Business", "vendor": "Otter.ai", "url": "https://otter.ai/business"},
            "Otter.ai",
        ),  # vendor + domain
    ]:
        outcome = register(inventory, form(**overrides))
        assert (outcome.kind, outcome.tool.name) == ("duplicate", existing), overrides
        assert existing in outcome.duplicate_of
    assert count(inventory, RegistrationRequest) == before


def test_different_tools_of_one_vendor_are_not_duplicates(inventory):
    outcome = register(inventory, form(name="Google Translate", vendor="Google", url="https://translate.google.com"))
    assert outcome.kind == "filed"


def test_an_open_request_for_the_same_tool_is_returned(database):
    first = register(database, form())
    second = register(database, form(name="Jasper AI", requester_id="U999", purpose="Writing blog posts faster"))
    assert second.kind == "duplicate" and second.request.id == first.request.id
    assert f"request #{first.request.id}" in second.duplicate_of
    assert count(database, RegistrationRequest) == 1


def test_anyway_files_a_second_request_and_says_so_in_the_audit_trail(inventory):
    outcome = register(inventory, form(name="ChatGPT", vendor="OpenAI"), allow_duplicate=True)
    assert outcome.kind == "filed" and outcome.request.tool.name == "ChatGPT Enterprise"
    with inventory.reading() as session:
        event = audit.trail(session, "ChatGPT")[-1]
    assert "possible duplicate" in event.comment and "ChatGPT Enterprise" in event.comment
