"""Registering a tool in Slack, end to end: `/aigov register` and the "Register it" button open the
form; its submission is validated, checked for duplicates, filed once, confirmed to the requester
and posted for review. Real app, real signed HTTP, a stand-in Slack recording what the app does."""

from __future__ import annotations

import base64
import json
import logging
import re
import threading
import time
import zlib

from sqlalchemy import select, text

from bot.slack import store
from knowledge.inventory import audit
from knowledge.inventory.models import RegistrationRequest
from knowledge.inventory.registration import validate
from tests.slack.conftest import REVIEW_CHANNEL, USER
from tests.standins.slack_requests import checkboxes_value, multi_select_value, radio_value, select_value

HOSTILE = "<!channel> <!here> <@U123> <http://evil|bank> &"
RAW_MARKUP = ("<!channel>", "<!here>", "<@U123>", "<http://evil|bank>")
FORM_FIELDS = {
    "name",
    "vendor",
    "url",
    "category",
    "aliases",
    "purpose",
    "teams",
    "user_count",
    "use_areas",
    "decisions_about_people",
    "acts_without_human",
    "data_categories",
    "data_classification",
    "vendor_trains_on_data",
    "enterprise_agreement",
    "hosting",
    "integrations",
    "owner",
    "details",
}


# -- helpers shared with test_review.py and test_home.py ----------------------------------------------


def form(**changes) -> dict:
    """view.state.values of a complete, valid registration form; `changes` replace fields (a string
    is a text input's value, a dict one of the slack_requests *_value states)."""
    fields = {
        "name": "Jasper",
        "vendor": "Jasper AI",
        "url": {"type": "url_text_input", "value": "https://www.jasper.ai"},
        "category": "writing",
        "aliases": "Jasper AI, Jasper.ai",
        "purpose": "Drafting first versions of marketing copy for campaigns",
        "teams": "Marketing",
        "user_count": {"type": "number_input", "value": "12"},
        "use_areas": multi_select_value([]),
        "decisions_about_people": radio_value("no"),
        "acts_without_human": radio_value("no"),
        "data_categories": checkboxes_value(["internal"]),
        "data_classification": select_value("internal"),
        "vendor_trains_on_data": radio_value("no"),
        "enterprise_agreement": radio_value("yes"),
        "hosting": radio_value("vendor_saas"),
        "integrations": None,
        "owner": "Sophie Laurent",
        "details": None,
    } | changes
    return {field: {field: value} for field, value in fields.items()}


def submit(app, user: str = USER, view_id: str | None = None, **changes):
    return app.sender.view_submission("register_submit", form(**changes), user, view_id=view_id)


def requests_in(app) -> list[RegistrationRequest]:
    with app.db.reading() as session:
        return list(session.scalars(select(RegistrationRequest).order_by(RegistrationRequest.id)))


def file_request(app, user: str = USER, **changes) -> tuple[int, dict]:
    """Register a tool through the modal; the request id and its review-channel message."""
    reply = submit(app, user, **changes)
    assert reply.status == 200 and reply.json()["response_action"] == "update", reply.text
    request_id = int(re.search(r"request #(\d+)", json.dumps(reply.json()["view"])).group(1))
    post = review_post(app, request_id)
    return request_id, post


def review_post(app, request_id: int) -> dict:
    """The review-channel message of a request, as Slack holds it now."""
    app.slack.wait_for(
        "chat.postMessage",
        where=lambda c: c.ok and c.args["channel"] == REVIEW_CHANNEL and f"#{request_id}:" in c.args["text"],
    )
    (message,) = [
        m for m in app.slack.messages(REVIEW_CHANNEL) if f"#{request_id}:" in m["text"] and not m.get("thread_ts")
    ]
    return message


def action_ids(blocks: list[dict]) -> list[str]:
    return [e.get("action_id") for b in blocks if b.get("type") == "actions" for e in b["elements"]]


def mrkdwn_texts(payload) -> list[str]:
    """Every piece of text Slack would parse as mrkdwn in a message or view: text objects of type
    mrkdwn, and a message's top-level fallback `text`."""
    found = []

    def walk(node):
        if isinstance(node, dict):
            if node.get("type") == "mrkdwn" and isinstance(node.get("text"), str):
                found.append(node["text"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(payload)
    if isinstance(payload, dict) and isinstance(payload.get("text"), str):
        found.append(payload["text"])
    return found


def assert_inert(texts: list[str]) -> None:
    """No mention, broadcast or disguised link survives unescaped."""
    joined = "\n".join(texts)
    for markup in RAW_MARKUP:
        assert markup not in joined
    assert re.search(r"&(?!amp;|lt;|gt;)", joined) is None, "an unescaped & reached Slack"


def everything_said(app) -> list[str]:
    """The mrkdwn of every message, update, response and view the app sent."""
    texts = []
    for call in app.slack.calls:
        if call.method in ("chat.postMessage", "chat.update", "chat.postEphemeral", "response_url"):
            texts += mrkdwn_texts(call.args)
        elif call.method.startswith("views."):
            texts += mrkdwn_texts(call.args.get("view"))
    return texts


# -- opening the form ----------------------------------------------------------------------------


def test_register_command_opens_the_form_with_every_field_and_the_name_prefilled(slack_app):
    reply = slack_app.sender.command(text=f"register Jasper {HOSTILE}", user_id=USER)
    assert reply.status == 200

    (call,) = slack_app.slack.wait_for("views.open")
    assert call.ok, call.response
    view = call.args["view"]
    inputs = {b["block_id"]: b for b in view["blocks"] if b["type"] == "input"}
    assert set(inputs) == FORM_FIELDS
    assert max(len(block["label"]["text"]) for block in inputs.values()) <= 24  # the "modal labels ≤ 24"
    assert inputs["name"]["element"]["initial_value"] == f"Jasper {HOSTILE}"  # plain text shows what was typed
    assert_inert(mrkdwn_texts(view))  # …and the mrkdwn intro that names it is escaped
    assert "Jasper &lt;!channel&gt;" in view["blocks"][0]["text"]["text"]


def test_register_button_opens_the_form_prefilled_and_clips_a_long_name(slack_app):
    slack_app.sender.block_action("register_open", "Otter Pro " + "x" * 500, USER)
    (call,) = slack_app.slack.wait_for("views.open")
    assert call.ok, call.response
    name = next(b for b in call.args["view"]["blocks"] if b.get("block_id") == "name")
    assert name["element"]["initial_value"].startswith("Otter Pro ")
    assert len(name["element"]["initial_value"]) == 120


def test_register_button_without_a_name_opens_an_empty_form(slack_app):
    slack_app.sender.block_action("register_open", None, USER)
    (call,) = slack_app.slack.wait_for("views.open")
    name = next(b for b in call.args["view"]["blocks"] if b.get("block_id") == "name")
    assert "initial_value" not in name["element"]


# -- invalid, hostile and oversized input ----------------------------------------------------------


def test_a_form_with_every_field_wrong_gets_an_error_on_every_field_and_files_nothing(slack_app):
    reply = submit(
        slack_app,
        name="   ",
        vendor=None,
        url={"type": "url_text_input", "value": "javascript:alert(1)"},
        category="c" * 81,
        aliases=",".join(f"alias{i}" for i in range(25)),
        purpose="short",
        teams="t" * 301,
        user_count={"type": "number_input", "value": "lots"},
        use_areas=multi_select_value(["astrology"]),
        decisions_about_people=radio_value("perhaps"),
        acts_without_human=radio_value("sometimes"),
        data_categories=checkboxes_value(["secrets"]),
        data_classification=select_value("top secret"),
        vendor_trains_on_data=radio_value("maybe"),
        enterprise_agreement=radio_value("kind of"),
        hosting=radio_value("the moon"),
        integrations="i" * 2001,
        owner="o" * 201,
        details="d" * 5001,
    )
    assert reply.status == 200
    answer = reply.json()
    assert answer["response_action"] == "errors"
    assert set(answer["errors"]) == FORM_FIELDS
    assert answer["errors"]["name"] == "required"
    assert "https://" in answer["errors"]["url"]
    assert requests_in(slack_app) == []
    slack_app.slack.expect_no("chat.postMessage", within=0.3)


def test_oversized_and_malformed_input_is_refused_field_by_field(slack_app):
    reply = submit(
        slack_app,
        name="N" * 100_000,
        purpose="P" * 100_000,
        user_count={"type": "number_input", "value": "9" * 100_000},
        data_categories={"type": "checkboxes", "selected_options": "not a list"},
        vendor={"type": "plain_text_input", "value": {"nested": "object"}},
    )
    assert reply.status == 200
    errors = reply.json()["errors"]
    assert errors["name"].startswith("at most 120 characters")
    assert errors["purpose"].startswith("at most 3,000 characters")
    assert {"user_count", "data_categories", "vendor"} <= set(errors)
    assert requests_in(slack_app) == []


def test_hostile_text_is_filed_clean_and_shown_inert_everywhere(slack_app):
    request_id, post = file_request(
        slack_app,
        name=f"Evil\x00Tool\u202e {HOSTILE}",
        vendor=HOSTILE,
        purpose=f"Summarising {HOSTILE} meeting notes\x07 for the team",
        details=HOSTILE * 50,
    )
    (request,) = requests_in(slack_app)
    assert request.name == f"EvilTool {HOSTILE}"  # control and bidi characters removed
    slack_app.slack.wait_for("chat.postMessage", where=lambda c: c.args["channel"] == USER)
    assert "EvilTool &lt;!channel&gt; &lt;!here&gt; &lt;@U123&gt; &lt;http://evil|bank&gt; &amp;" in json.dumps(
        post["blocks"]
    )
    assert_inert(everything_said(slack_app))


# -- duplicates and resubmissions ------------------------------------------------------------------


def test_a_tool_already_in_the_inventory_is_shown_not_filed(slack_app):
    reply = submit(
        slack_app,
        name="ChatGPT",
        vendor="OpenAI",
        url={"type": "url_text_input", "value": "https://openai.com/chatgpt"},
    )
    answer = reply.json()
    assert answer["response_action"] == "update"
    shown = json.dumps(answer["view"])
    assert "ChatGPT Enterprise" in shown and "already in the AI tool inventory" in shown
    assert "Kestrel workspace only" in shown  # its conditions
    assert requests_in(slack_app) == []
    slack_app.slack.expect_no("chat.postMessage", within=0.3)


def test_a_different_tool_that_only_looks_like_one_in_the_inventory_can_be_filed_anyway(slack_app):
    reply = submit(
        slack_app,
        name="ChatGPT",
        vendor="OpenAI",
        url={"type": "url_text_input", "value": "https://openai.com/chatgpt"},
        purpose="The ChatGPT <!channel> Edu plan for the training team",
    )
    view = reply.json()["view"]
    assert view["callback_id"] == "register_anyway" and view["submit"]["text"] == "File it anyway"
    assert len(view["private_metadata"]) <= 3000 and requests_in(slack_app) == []

    filed = slack_app.sender.view_submission("register_anyway", {}, USER, private_metadata=view["private_metadata"])
    assert filed.json()["response_action"] == "update" and "request #" in json.dumps(filed.json()["view"])
    (request,) = requests_in(slack_app)
    assert (request.name, request.requester_id, request.purpose) == (
        "ChatGPT",
        USER,
        "The ChatGPT <!channel> Edu plan for the training team",
    )
    post = review_post(slack_app, request.id)
    assert "Possibly a duplicate* of *ChatGPT Enterprise* (OpenAI)" in json.dumps(post["blocks"])
    assert_inert(post)
    with slack_app.db.reading() as session:
        [registered] = [e for e in audit.trail(session, "ChatGPT") if e.action == "registered"]
    assert "filed despite a possible duplicate: ChatGPT Enterprise" in registered.comment

    again = slack_app.sender.view_submission("register_anyway", {}, USER, private_metadata=view["private_metadata"])
    assert (
        f"request #{request.id}" in json.dumps(again.json()["view"]) and len(requests_in(slack_app)) == 1
    )  # a double click


def test_a_forged_or_mangled_file_anyway_files_nothing(slack_app):
    bomb = base64.urlsafe_b64encode(zlib.compress(b'{"name": "' + b"A" * 2_000_000 + b'"}', 9)).decode()
    assert len(bomb) <= 3000
    for metadata in ["", "not base64 !!", "eJzLSM3JyVcozy_KSQEAGgQEXQ==", "eJyLjgUAARUAuQ==" * 300, bomb]:
        reply = slack_app.sender.view_submission("register_anyway", {}, USER, private_metadata=metadata[:3000])
        assert reply.status == 200 and "Nothing was filed" in json.dumps(reply.json()["view"])
    assert requests_in(slack_app) == []


def test_answers_too_long_to_carry_get_no_file_anyway_button(slack_app):
    noise = "".join(chr(0x4E00 + (n * 7919) % 20000) for n in range(3000))  # incompressible text
    reply = submit(slack_app, name="ChatGPT", vendor="OpenAI", details=noise[:3000], purpose=noise[:2000])
    view = reply.json()["view"]
    assert (
        "already in the AI tool inventory" in json.dumps(view)
        and "private_metadata" not in view
        and "submit" not in view
    )


def test_a_tool_someone_already_asked_for_is_shown_as_their_open_request(slack_app):
    first, _ = file_request(slack_app, user=USER)
    reply = submit(slack_app, user="U0BEN", name="jasper", purpose="Writing product descriptions for the shop")
    answer = reply.json()
    assert answer["response_action"] == "update"
    assert f"request #{first}" in json.dumps(answer["view"])
    assert [r.id for r in requests_in(slack_app)] == [first]


def test_the_same_form_submitted_twice_at_once_files_one_request_announced_once(slack_app):
    replies = []
    start = threading.Barrier(2)

    def send():
        start.wait()
        replies.append(submit(slack_app, view_id="V0DOUBLECLICK"))

    threads = [threading.Thread(target=send) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    (request,) = requests_in(slack_app)
    assert sorted(r.json()["response_action"] for r in replies) == ["update", "update"]
    assert all(f"request #{request.id}" in json.dumps(r.json()["view"]) for r in replies)
    slack_app.slack.wait_for("chat.postMessage", where=lambda c: c.args["channel"] == USER)
    time.sleep(0.5)  # time for a second announcement, if there were one
    assert len(slack_app.slack.calls_to("chat.postMessage", where=lambda c: c.args["channel"] == REVIEW_CHANNEL)) == 1
    assert len(slack_app.slack.calls_to("chat.postMessage", where=lambda c: c.args["channel"] == USER)) == 1


# -- success -------------------------------------------------------------------------------------


def test_a_filed_request_is_confirmed_to_the_requester_and_posted_for_review(make_slack_app):
    app = make_slack_app(users={USER: {"real_name": "Ada Lovelace", "display_name": "ada"}})
    reply = submit(
        app,
        data_categories=checkboxes_value(["customer_personal", "internal"]),
        vendor_trains_on_data=radio_value("unknown"),
        user_count={"type": "number_input", "value": "80"},
    )
    assert reply.json()["response_action"] == "update"
    (request,) = requests_in(app)
    assert request.requester_id == USER and request.requester_name == "ada"
    assert request.risk_tier == "high"
    assert f"request #{request.id}" in json.dumps(reply.json()["view"])

    (dm,) = app.slack.wait_for("chat.postMessage", where=lambda c: c.args["channel"] == USER)
    said = json.dumps(dm.args["blocks"])
    assert f"request #{request.id}" in said and "high" in said
    assert "personal data" in said  # the reasons for the tier
    assert "What happens next" in said

    post = review_post(app, request.id)
    assert action_ids(post["blocks"]) == ["review_approve", "review_conditions", "review_reject", "review_needs_info"]
    assert {e["value"] for b in post["blocks"] if b["type"] == "actions" for e in b["elements"]} == {str(request.id)}
    shown = json.dumps(post["blocks"])
    assert "Annex A checklist" in shown
    assert all(control in shown for control in request.checklist)
    assert "A.7.2" in shown and "A.10.3" in shown  # personal data; a vendor
    saved = store.review_post_of(app.db, request.id)
    assert (saved.channel, saved.ts) == (REVIEW_CHANNEL, post["ts"])


def test_a_failed_review_post_loses_nothing_and_is_reported_with_a_reference(slack_app, caplog):
    slack_app.slack.fail(
        "chat.postMessage", error="channel_not_found", where=lambda c: c.args.get("channel") == REVIEW_CHANNEL
    )
    with caplog.at_level(logging.ERROR, logger="govbot.slack"):
        reply = submit(slack_app)
        assert reply.json()["response_action"] == "update"
        (dm,) = slack_app.slack.wait_for("chat.postMessage", where=lambda c: c.args["channel"] == USER)
    (request,) = slack_app.govbot.workflow.queue()
    reference = re.search(r"reference `([0-9a-f]+)`", json.dumps(dm.args["blocks"])).group(1)
    assert any(reference in record.getMessage() for record in caplog.records)
    assert store.review_post_of(slack_app.db, request.id) is None


def test_when_filing_fails_the_form_stays_open_with_a_reference_and_nothing_half_filed(slack_app, caplog):
    with slack_app.db.writing() as session:  # a real failure: the table the request goes into is gone
        session.execute(text("ALTER TABLE registration_requests RENAME TO registration_requests_away"))
    with caplog.at_level(logging.ERROR, logger="govbot.slack"):
        reply = submit(slack_app)
    answer = reply.json()
    assert answer["response_action"] == "errors" and set(answer["errors"]) == {"name"}
    reference = re.search(r"reference ([0-9a-f]+)", answer["errors"]["name"]).group(1)
    assert any(reference in record.getMessage() for record in caplog.records)
    slack_app.slack.expect_no("chat.postMessage", within=0.3)


def test_without_a_review_channel_the_request_is_filed_confirmed_and_queued(make_slack_app):
    app = make_slack_app(review_channel=None)
    submit(app)
    (dm,) = app.slack.wait_for("chat.postMessage", where=lambda c: c.args["channel"] == USER)
    (request,) = app.govbot.workflow.queue()
    assert f"request #{request.id}" in json.dumps(dm.args["blocks"])
    assert app.slack.calls_to("chat.postMessage", where=lambda c: c.args["channel"] != USER) == []


def test_when_slack_cannot_say_who_the_requester_is_the_payload_name_is_used(slack_app):
    slack_app.slack.fail("users.info", error="ratelimited", times=5)
    submit(slack_app)
    (request,) = requests_in(slack_app)
    assert request.requester_id == USER and request.requester_name == USER.lower()


def test_the_form_and_the_core_agree_on_every_field():
    """What the modal's state parses into is what knowledge.inventory.registration.validate() takes."""
    from bot.slack.blocks.forms import parse_registration

    clean = validate(parse_registration(form()) | {"requester_id": USER})
    assert clean["data_categories"] == ["internal"] and clean["enterprise_agreement"] is True
    assert clean["user_count"] == 12 and clean["aliases"] == ["Jasper AI", "Jasper.ai"]
    assert clean["url"] == "https://www.jasper.ai" and clean["hosting"] == "vendor_saas"
