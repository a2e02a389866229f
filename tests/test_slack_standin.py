"""The Slack Web API stand-in, driven by a real slack_sdk WebClient the way the app drives Slack."""

import json
import threading
import time

import pytest
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry import ConnectionErrorRetryHandler, RateLimitErrorRetryHandler
from slack_sdk.http_retry.builtin_interval_calculators import FixedValueRetryIntervalCalculator
from slack_sdk.webhook import WebhookClient

from tests.standins.slack_api import BOT_ID, BOT_USER_ID, TEAM_ID, SlackAPIStandIn, slack_api_fixture

TOKEN = "xoxb-test-token"

slack_api = slack_api_fixture(
    users={"U0ADA": {"real_name": "Ada Lovelace"}}, usergroups={"S0REVIEW": ["U0ADA", "U0BOB"]}
)


@pytest.fixture
def client(slack_api):
    return WebClient(token=TOKEN, base_url=slack_api.base_url, retry_handlers=[])


def refusal(call) -> dict:
    with pytest.raises(SlackApiError) as raised:
        call()
    return raised.value.response.data


def section(text: str) -> dict:
    return {"type": "section", "text": {"type": "mrkdwn", "text": text}}


def button(text: str, action_id: str = "go") -> dict:
    return {"type": "button", "text": {"type": "plain_text", "text": text}, "action_id": action_id, "value": "v"}


def modal(**fields) -> dict:
    return {"type": "modal", "title": {"type": "plain_text", "text": "Register a tool"}, "blocks": []} | fields


def text_input(label: str, block_id: str = "name") -> dict:
    return {
        "type": "input",
        "block_id": block_id,
        "label": {"type": "plain_text", "text": label},
        "element": {"type": "plain_text_input", "action_id": "value"},
    }


# -- identity and tokens ---------------------------------------------------------------------------


def test_auth_test_names_the_bot_and_its_workspace(client, slack_api):
    answer = client.auth_test()
    assert (answer["user_id"], answer["bot_id"], answer["team_id"]) == (BOT_USER_ID, BOT_ID, TEAM_ID)
    assert answer["url"].startswith("https://") and answer["url"].endswith(".slack.com/")
    (call,) = slack_api.calls_to("auth.test")
    assert call.headers["authorization"] == f"Bearer {TOKEN}" and call.ok


def test_a_missing_or_foreign_token_is_refused(slack_api):
    assert refusal(WebClient(base_url=slack_api.base_url).auth_test)["error"] == "not_authed"
    foreign = WebClient(token="xoxb-someone-else", base_url=slack_api.base_url)
    assert refusal(lambda: foreign.chat_postMessage(channel="C1", text="hi"))["error"] == "invalid_auth"
    assert slack_api.messages() == []


def test_the_expected_token_is_configurable():
    with SlackAPIStandIn(token="xoxb-other") as standin:
        assert WebClient(token="xoxb-other", base_url=standin.base_url).auth_test()["ok"]
        assert refusal(WebClient(token=TOKEN, base_url=standin.base_url).auth_test)["error"] == "invalid_auth"


def test_an_unknown_method_is_refused(client):
    assert refusal(lambda: client.api_call("chat.postMessagez", json={"channel": "C1"}))["error"] == "unknown_method"


# -- messages --------------------------------------------------------------------------------------


def test_posted_messages_get_unique_increasing_timestamps_even_when_posted_at_once(client, slack_api):
    stamps = []

    def post(n):
        stamps.append(client.chat_postMessage(channel="C0GENERAL", text=f"message {n}")["ts"])

    threads = [threading.Thread(target=post, args=(n,)) for n in range(20)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(set(stamps)) == 20
    assert [m["ts"] for m in slack_api.messages("C0GENERAL")] == sorted(stamps, key=float)


def test_a_posted_message_is_echoed_and_kept_in_its_thread(client, slack_api):
    parent = client.chat_postMessage(channel="C0GENERAL", text="question?")
    reply = client.chat_postMessage(
        channel="C0GENERAL", thread_ts=parent["ts"], text="answer", blocks=[section("*answer*")]
    )
    assert reply["channel"] == "C0GENERAL"
    assert reply["message"]["text"] == "answer" and reply["message"]["thread_ts"] == parent["ts"]
    assert reply["message"]["bot_id"] == BOT_ID and reply["message"]["blocks"] == [section("*answer*")]
    thread = client.conversations_replies(channel="C0GENERAL", ts=parent["ts"])["messages"]
    assert [m["text"] for m in thread] == ["question?", "answer"]
    (call,) = slack_api.calls_to("chat.postMessage", where=lambda c: c.args.get("thread_ts"))
    assert call.args["blocks"] == [section("*answer*")]


def test_posting_to_a_user_id_lands_in_the_direct_message_channel(client):
    answer = client.chat_postMessage(channel="U0ADA", text="Your request was approved")
    assert answer["channel"].startswith("D")
    assert client.conversations_open(users=["U0ADA"])["channel"]["id"] == answer["channel"]


@pytest.mark.filterwarnings("ignore:The top-level `text` argument is missing")
def test_a_message_needs_a_channel_and_some_content(client):
    assert refusal(lambda: client.chat_postMessage(channel="", text="hi"))["error"] == "channel_not_found"
    assert refusal(lambda: client.chat_postMessage(channel="C1", text=""))["error"] == "no_text"


def test_the_app_can_update_only_messages_it_posted(client, slack_api):
    posted = client.chat_postMessage(channel="C0REVIEW", text="New request", blocks=[section("pending")])
    updated = client.chat_update(
        channel="C0REVIEW", ts=posted["ts"], text="Approved", blocks=[section("approved by <@U0ADA>")]
    )
    assert updated["ts"] == posted["ts"] and updated["message"]["blocks"] == [section("approved by <@U0ADA>")]
    assert slack_api.messages("C0REVIEW")[0]["text"] == "Approved"
    assert (
        refusal(lambda: client.chat_update(channel="C0REVIEW", ts="1.000001", text="x"))["error"] == "message_not_found"
    )
    someone_elses = slack_api.add_message("C0REVIEW", "hello", user="U0ADA")
    assert (
        refusal(lambda: client.chat_update(channel="C0REVIEW", ts=someone_elses, text="x"))["error"]
        == "cant_update_message"
    )


def test_ephemeral_messages_and_permalinks(client):
    ephemeral = client.chat_postEphemeral(channel="C0REVIEW", user="U0BOB", text="Only reviewers can decide.")
    assert ephemeral["message_ts"]
    parent = client.chat_postMessage(channel="C0GENERAL", text="q")
    reply = client.chat_postMessage(channel="C0GENERAL", thread_ts=parent["ts"], text="a")
    link = client.chat_getPermalink(channel="C0GENERAL", message_ts=parent["ts"])["permalink"]
    assert link == f"https://govbot-test.slack.com/archives/C0GENERAL/p{parent['ts'].replace('.', '')}"
    reply_link = client.chat_getPermalink(channel="C0GENERAL", message_ts=reply["ts"])["permalink"]
    assert reply_link.endswith(f"?thread_ts={parent['ts']}&cid=C0GENERAL")


def test_reactions_are_added_once_and_removed_once(client, slack_api):
    client.reactions_add(channel="C0GENERAL", timestamp="1712345678.000100", name="eyes")
    again = refusal(lambda: client.reactions_add(channel="C0GENERAL", timestamp="1712345678.000100", name="eyes"))
    assert again["error"] == "already_reacted"
    client.reactions_remove(channel="C0GENERAL", timestamp="1712345678.000100", name="eyes")
    gone = refusal(lambda: client.reactions_remove(channel="C0GENERAL", timestamp="1712345678.000100", name="eyes"))
    assert gone["error"] == "no_reaction"
    assert [c.args["name"] for c in slack_api.calls_to("reactions.add")] == ["eyes", "eyes"]


# -- people ----------------------------------------------------------------------------------------


def test_user_profiles_are_configurable_and_default_from_the_id(client):
    assert client.users_info(user="U0ADA")["user"]["real_name"] == "Ada Lovelace"
    assert client.users_info(user="U0ZED")["user"]["profile"]["real_name"] == "User U0ZED"
    assert refusal(lambda: client.users_info(user="not-a-user"))["error"] == "user_not_found"


def test_user_group_members_are_configurable(client):
    assert client.usergroups_users_list(usergroup="S0REVIEW")["users"] == ["U0ADA", "U0BOB"]
    assert refusal(lambda: client.usergroups_users_list(usergroup="S0NONE"))["error"] == "no_such_subteam"


# -- views -----------------------------------------------------------------------------------------


def test_views_open_push_and_update_return_the_view_with_an_id(client, slack_api):
    form = modal(callback_id="register", blocks=[text_input("Tool name")], submit={"type": "plain_text", "text": "Go"})
    opened = client.views_open(trigger_id="12345.67890.abc", view=form)["view"]
    assert opened["id"].startswith("V") and opened["callback_id"] == "register" and opened["state"] == {"values": {}}
    pushed = client.views_push(trigger_id="12345.67890.abd", view=modal(callback_id="comment"))["view"]
    assert pushed["id"] != opened["id"]
    updated = client.views_update(view_id=opened["id"], hash=opened["hash"], view=modal(callback_id="done"))["view"]
    assert updated["id"] == opened["id"] and slack_api.view(opened["id"])["callback_id"] == "done"
    stale = refusal(lambda: client.views_update(view_id=opened["id"], hash=opened["hash"], view=modal()))
    assert stale["error"] == "hash_conflict"
    assert refusal(lambda: client.views_update(view_id="V404", view=modal()))["error"] == "not_found"


def test_a_modal_needs_a_fresh_trigger(client):
    assert refusal(lambda: client.views_open(trigger_id="", view=modal()))["error"] == "invalid_arguments"
    issued_4s_ago = f"{int((time.time() - 4) * 1000)}.1.abc"
    assert refusal(lambda: client.views_open(trigger_id=issued_4s_ago, view=modal()))["error"] == "expired_trigger_id"
    just_issued = f"{int(time.time() * 1000)}.1.abc"
    assert client.views_open(trigger_id=just_issued, view=modal())["ok"]


def test_the_home_tab_is_published_per_user(client, slack_api):
    first = client.views_publish(user_id="U0ADA", view={"type": "home", "blocks": [section("Welcome")]})["view"]
    second = client.views_publish(user_id="U0ADA", view={"type": "home", "blocks": [section("Your requests")]})["view"]
    assert first["id"] == second["id"] and first["type"] == "home"
    assert slack_api.home_view("U0ADA")["blocks"] == [section("Your requests")]
    assert slack_api.home_view("U0BOB") is None


# -- the assistant surface -------------------------------------------------------------------------


def test_assistant_thread_status_prompts_and_title(client, slack_api):
    thread = {"channel_id": "D0ADA", "thread_ts": "1712345678.000100"}
    client.assistant_threads_setStatus(**thread, status="is thinking...")
    prompt = {"title": "Is ChatGPT approved?", "message": "Is ChatGPT approved?"}
    client.assistant_threads_setSuggestedPrompts(**thread, prompts=[prompt])
    client.assistant_threads_setTitle(**thread, title="ChatGPT")
    assert slack_api.calls_to("assistant.threads.setStatus")[0].args["status"] == "is thinking..."
    too_many = [{"title": f"p{n}", "message": f"p{n}"} for n in range(5)]
    refused = refusal(lambda: client.assistant_threads_setSuggestedPrompts(**thread, prompts=too_many))
    assert refused["error"] == "invalid_arguments"


# -- Block Kit limits ------------------------------------------------------------------------------

MESSAGE_LIMITS = [
    ("50 blocks", [section("x")] * 50, [section("x")] * 51, "/blocks"),
    ("section text", [section("x" * 3000)], [section("x" * 3001)], "/blocks/0/text/text"),
    (
        "header text",
        [{"type": "header", "text": {"type": "plain_text", "text": "h" * 150}}],
        [{"type": "header", "text": {"type": "plain_text", "text": "h" * 151}}],
        "/blocks/0/text/text",
    ),
    (
        "button text",
        [{"type": "actions", "elements": [button("b" * 75)]}],
        [{"type": "actions", "elements": [button("b" * 76)]}],
        "/blocks/0/elements/0/text/text",
    ),
    (
        "section fields",
        [{"type": "section", "fields": [{"type": "mrkdwn", "text": "f"}] * 10}],
        [{"type": "section", "fields": [{"type": "mrkdwn", "text": "f"}] * 11}],
        "/blocks/0/fields",
    ),
    ("empty section text", [section("x")], [section("")], "/blocks/0/text/text"),
    ("unknown block type", [{"type": "divider"}], [{"type": "banner"}], "/blocks/0/type"),
]


@pytest.mark.parametrize("name, fits, breaks, pointer", MESSAGE_LIMITS, ids=[m[0] for m in MESSAGE_LIMITS])
def test_messages_over_block_kit_limits_are_refused_like_slack_does(client, slack_api, name, fits, breaks, pointer):
    assert client.chat_postMessage(channel="C1", text="fallback", blocks=fits)["ok"]
    refused = refusal(lambda: client.chat_postMessage(channel="C1", text="fallback", blocks=breaks))
    assert refused["error"] == "invalid_blocks"
    assert any(f"[json-pointer:{pointer}]" in m for m in refused["response_metadata"]["messages"])
    posted = client.chat_postMessage(channel="C1", text="ok")
    update = refusal(lambda: client.chat_update(channel="C1", ts=posted["ts"], text="x", blocks=breaks))
    ephemeral = refusal(lambda: client.chat_postEphemeral(channel="C1", user="U0ADA", text="x", blocks=breaks))
    assert update["error"] == ephemeral["error"] == "invalid_blocks"


def test_message_text_over_40000_characters_is_too_long(client):
    assert client.chat_postMessage(channel="C1", text="x" * 40_000)["ok"]
    assert refusal(lambda: client.chat_postMessage(channel="C1", text="x" * 40_001))["error"] == "msg_too_long"


SUBMIT = {"type": "plain_text", "text": "Submit"}
VIEW_LIMITS = [
    (
        "title",
        modal(title={"type": "plain_text", "text": "t" * 24}),
        modal(title={"type": "plain_text", "text": "t" * 25}),
        "/view/title/text",
    ),
    (
        "input label",
        modal(blocks=[text_input("l" * 2000)], submit=SUBMIT),
        modal(blocks=[text_input("l" * 2001)], submit=SUBMIT),
        "/view/blocks/0/label/text",
    ),
    (
        "private_metadata",
        modal(private_metadata="m" * 3000),
        modal(private_metadata="m" * 3001),
        "/view/private_metadata",
    ),
    ("callback_id", modal(callback_id="c" * 255), modal(callback_id="c" * 256), "/view/callback_id"),
    (
        "100 blocks",
        modal(blocks=[{"type": "divider"}] * 100),
        modal(blocks=[{"type": "divider"}] * 101),
        "/view/blocks",
    ),
    (
        "submit with inputs",
        modal(blocks=[text_input("Name")], submit=SUBMIT),
        modal(blocks=[text_input("Name")]),
        "/view/submit",
    ),
    (
        "unique block ids",
        modal(blocks=[text_input("A", "a"), text_input("B", "b")], submit=SUBMIT),
        modal(blocks=[text_input("A", "a"), text_input("B", "a")], submit=SUBMIT),
        "/view/blocks/1/block_id",
    ),
]


@pytest.mark.parametrize("name, fits, breaks, pointer", VIEW_LIMITS, ids=[v[0] for v in VIEW_LIMITS])
def test_modals_over_block_kit_limits_are_refused_with_invalid_arguments(client, name, fits, breaks, pointer):
    assert client.views_open(trigger_id="1.2.fits", view=fits)["ok"]
    refused = refusal(lambda: client.views_open(trigger_id="1.2.breaks", view=breaks))
    assert refused["error"] == "invalid_arguments"
    assert any(f"[json-pointer:{pointer}]" in m for m in refused["response_metadata"]["messages"])


def test_the_home_tab_takes_up_to_100_blocks(client):
    assert client.views_publish(user_id="U0ADA", view={"type": "home", "blocks": [section("x")] * 100})["ok"]
    refused = refusal(
        lambda: client.views_publish(user_id="U0ADA", view={"type": "home", "blocks": [section("x")] * 101})
    )
    assert refused["error"] == "invalid_arguments"


def test_form_encoded_calls_are_read_like_json_ones(client, slack_api):
    client.api_call("chat.postMessage", params={"channel": "C1", "text": "hi", "blocks": json.dumps([section("form")])})
    (call,) = slack_api.calls_to("chat.postMessage")
    assert call.headers["content-type"] == "application/x-www-form-urlencoded" and call.args["blocks"] == [
        section("form")
    ]
    broken = refusal(lambda: client.api_call("chat.postMessage", params={"channel": "C1", "text": "x", "blocks": "[{"}))
    assert broken["error"] == "invalid_blocks_format"
    too_many = {"channel": "C1", "blocks": json.dumps([section("x")] * 51)}
    assert refusal(lambda: client.api_call("chat.postMessage", params=too_many))["error"] == "invalid_blocks"


# -- waiting for calls -----------------------------------------------------------------------------


def test_wait_for_returns_calls_made_later_from_another_thread(client, slack_api):
    threading.Timer(0.2, lambda: client.chat_postMessage(channel="C1", thread_ts="1.000001", text="answer")).start()
    (call,) = slack_api.wait_for("chat.postMessage", where=lambda c: c.args.get("thread_ts") == "1.000001", timeout=5)
    assert call.args["text"] == "answer" and call.at > 0


def test_wait_for_says_what_was_called_when_the_call_never_comes(client, slack_api):
    client.reactions_add(channel="C1", timestamp="1.000001", name="eyes")
    with pytest.raises(AssertionError) as raised:
        slack_api.wait_for("chat.postMessage", timeout=0.3)
    assert "reactions.add" in str(raised.value) and "eyes" in str(raised.value)


def test_expect_no_fails_when_the_method_was_called(client, slack_api):
    slack_api.expect_no("chat.postMessage", within=0.05)
    client.chat_postMessage(channel="C1", text="oops")
    with pytest.raises(AssertionError, match="oops"):
        slack_api.expect_no("chat.postMessage", within=0.05)


def test_reset_forgets_calls_and_pending_faults(client, slack_api):
    client.auth_test()
    slack_api.fail("auth.test")
    slack_api.reset()
    assert slack_api.calls == []
    assert client.auth_test()["ok"]


# -- fault injection -------------------------------------------------------------------------------


def test_rate_limiting_answers_429_with_retry_after_then_recovers(client, slack_api):
    slack_api.rate_limit("chat.postMessage", retry_after=7)
    with pytest.raises(SlackApiError) as raised:
        client.chat_postMessage(channel="C1", text="hi")
    assert raised.value.response.status_code == 429
    assert raised.value.response.headers["Retry-After"] == "7"
    assert raised.value.response.data == {"ok": False, "error": "ratelimited"}
    assert client.chat_postMessage(channel="C1", text="hi")["ok"]


def test_a_client_with_the_rate_limit_retry_handler_waits_and_succeeds(slack_api):
    retry = RateLimitErrorRetryHandler(max_retry_count=2)
    patient = WebClient(token=TOKEN, base_url=slack_api.base_url, retry_handlers=[retry])
    slack_api.rate_limit("chat.postMessage", times=1, retry_after=1)
    started = time.monotonic()
    assert patient.chat_postMessage(channel="C1", text="hi")["ok"]
    assert time.monotonic() - started >= 1.0  # it honoured Retry-After
    assert [c.status for c in slack_api.calls_to("chat.postMessage")] == [429, 200]
    assert len(slack_api.messages("C1")) == 1


def test_failures_are_returned_as_slack_errors_for_the_given_number_of_calls(client, slack_api):
    slack_api.fail("views.publish", error="fatal_error", times=2)
    home = {"type": "home", "blocks": []}
    for _ in range(2):
        assert refusal(lambda: client.views_publish(user_id="U0ADA", view=home))["error"] == "fatal_error"
    assert client.views_publish(user_id="U0ADA", view=home)["ok"]


def test_a_fault_can_target_some_calls_only(client, slack_api):
    slack_api.fail("chat.postMessage", error="channel_not_found", where=lambda c: c.args.get("channel") == "C0REVIEW")
    assert client.chat_postMessage(channel="C0GENERAL", text="fine")["ok"]
    assert refusal(lambda: client.chat_postMessage(channel="C0REVIEW", text="x"))["error"] == "channel_not_found"


def test_a_dropped_connection_is_a_connection_error(client, slack_api):
    slack_api.drop("chat.postMessage")
    with pytest.raises(ConnectionError):  # http.client.RemoteDisconnected
        client.chat_postMessage(channel="C1", text="hi")
    (dropped,) = slack_api.calls_to("chat.postMessage")
    assert dropped.status is None and dropped.response is None and slack_api.messages() == []


def test_a_client_with_the_connection_error_retry_handler_retries_a_dropped_call(slack_api):
    retry = ConnectionErrorRetryHandler(max_retry_count=2, interval_calculator=FixedValueRetryIntervalCalculator(0.1))
    resilient = WebClient(token=TOKEN, base_url=slack_api.base_url, retry_handlers=[retry])
    slack_api.drop("chat.postMessage", times=2)
    assert resilient.chat_postMessage(channel="C1", text="hi")["ok"]
    assert [c.status for c in slack_api.calls_to("chat.postMessage")] == [None, None, 200]
    assert len(slack_api.messages("C1")) == 1


def test_slow_answers_arrive_late_but_intact(client, slack_api):
    slack_api.slow("auth.test", seconds=0.5)
    started = time.monotonic()
    assert client.auth_test()["ok"]
    assert time.monotonic() - started >= 0.5


def test_a_held_call_takes_effect_at_once_and_is_answered_when_released(client, slack_api):
    release = slack_api.hold("chat.postMessage", where=lambda c: c.args["channel"] == "C1")
    answers = []
    poster = threading.Thread(target=lambda: answers.append(client.chat_postMessage(channel="C1", text="held")))
    poster.start()
    (call,) = slack_api.wait_for("chat.postMessage")
    assert [m["text"] for m in slack_api.messages("C1")] == ["held"]  # posted: others see it
    assert client.chat_postMessage(channel="C2", text="not held")["ok"]  # only the matching call waits
    poster.join(timeout=0.3)
    assert poster.is_alive() and answers == []  # the poster still waits for the answer
    release.set()
    poster.join(timeout=5)
    assert answers[0]["ts"] == call.response["ts"]
    assert client.chat_postMessage(channel="C1", text="again")["ok"]  # held once, then as usual


# -- response URLs ---------------------------------------------------------------------------------


def test_response_urls_on_the_standin_record_what_is_posted_and_expire_after_five_uses(slack_api):
    url = slack_api.response_url()
    assert url.startswith(slack_api.hooks_url + "commands/")
    webhook = WebhookClient(url)
    for n in range(5):
        assert webhook.send(text=f"reply {n}", response_type="ephemeral").status_code == 200
    assert webhook.send(text="one too many").status_code == 404
    calls = slack_api.calls_to("response_url")
    assert [c.args["text"] for c in calls][:2] == ["reply 0", "reply 1"] and calls[0].args["_path"] in url
    assert WebhookClient(slack_api.response_url()).send(text="x", blocks=[section("x")] * 51).status_code == 400
