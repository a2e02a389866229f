"""Asking govbot in Slack: mentions, DMs, thread follow-ups, /aigov, and the buttons on an answer.

Every test sends real signed requests to the real app over HTTP and looks at what the app asked
Slack's Web API (the stand-in) to do, and at its database."""

from __future__ import annotations

import json

from sqlalchemy import select

from bot.slack.store import is_bot_thread
from knowledge.inventory import most_asked_unregistered
from knowledge.questions.models import AnswerVote, QuestionOutcome
from tests.slack.conftest import BOT, GENERAL, REVIEW_CHANNEL, REVIEWER, USER

CUSTOMER_DATA = "Can I put customer personal data into a consumer chatbot?"
UNANSWERABLE = "what is on the cafeteria menu on friday?"


def texts(blocks: list[dict]) -> str:
    """Every piece of text a person sees in these blocks, joined."""
    found = []

    def walk(node):
        if isinstance(node, dict):
            if node.get("type") in ("mrkdwn", "plain_text") and isinstance(node.get("text"), str):
                found.append(node["text"])
            for key, value in node.items():
                if key != "value":
                    walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(blocks)
    return "\n".join(found)


def buttons(blocks: list[dict]) -> list[dict]:
    return [e for b in blocks if b["type"] == "actions" for e in b["elements"]]


def ask_in_channel(slack_app, text: str, user: str = USER):
    """Mention the bot in #general; returns (the question's ts, the answer's chat.postMessage call)."""
    reply = slack_app.sender.app_mention(user=user, channel=GENERAL, text=text)
    assert reply.status == 200
    ts = reply.sent["event"]["ts"]
    return ts, slack_app.answer_in_thread(GENERAL, ts)


def posted_message(call) -> dict:
    """A posted message as a later click reports it (ts, thread, blocks)."""
    return call.response["message"] | {"ts": call.response["ts"]}


# -- asking --------------------------------------------------------------------------------------------


def test_a_mention_is_acknowledged_at_once_then_answered_in_its_thread_with_quotes_and_citations(slack_app):
    reply = slack_app.sender.app_mention(user=USER, channel=GENERAL, text=CUSTOMER_DATA)
    assert reply.status == 200 and reply.elapsed < 3
    ts = reply.sent["event"]["ts"]

    answer = slack_app.answer_in_thread(GENERAL, ts)
    shown = texts(answer.args["blocks"])
    assert shown.count("must never be entered into a consumer chatbot") == 1  # quoted once, with its citation
    assert "*Example AI Policy* · §2.2 Customer personal data · `policy.md`" in shown
    assert answer.args["text"]  # the notification fallback
    assert [b["action_id"] for b in buttons(answer.args["blocks"])] == [
        "feedback_helpful",
        "feedback_unhelpful",
        "escalate",
    ]

    # The question shows it is being worked on, and stops showing it once answered.
    (added,) = slack_app.slack.wait_for("reactions.add")
    (removed,) = slack_app.slack.wait_for("reactions.remove")
    assert added.args == removed.args == {"channel": GENERAL, "timestamp": ts, "name": "eyes", "team_id": "T0GOVTEST"}
    assert added.at < answer.at <= removed.at
    assert is_bot_thread(slack_app.db, GENERAL, ts)


def test_a_control_question_cites_the_control(slack_app):
    _, answer = ask_in_channel(slack_app, "what does A.10.3 say about suppliers?")
    assert "control A.10.3 Suppliers" in texts(answer.args["blocks"])


def test_a_direct_message_is_answered_in_the_dm(slack_app):
    reply = slack_app.sender.dm(USER, CUSTOMER_DATA)
    assert reply.status == 200
    (answer,) = slack_app.slack.wait_for("chat.postMessage", where=lambda c: c.args["channel"] == "D0ADA")
    assert "thread_ts" not in answer.args  # a DM is a conversation: the answer follows the question
    assert "must never be entered into a consumer chatbot" in texts(answer.args["blocks"])


def test_a_follow_up_in_the_bots_thread_is_answered_without_a_mention(slack_app):
    ts, _ = ask_in_channel(slack_app, CUSTOMER_DATA)
    follow_up = slack_app.sender.thread_message(
        USER, GENERAL, "within how many hours must I tell security about pasting confidential info?", thread_ts=ts
    )
    assert follow_up.status == 200
    (_, second) = slack_app.slack.wait_for("chat.postMessage", count=2, where=lambda c: c.args.get("thread_ts") == ts)
    assert "security team within 24 hours" in texts(second.args["blocks"])


def test_other_threads_and_channel_chatter_are_left_alone(slack_app):
    elsewhere = slack_app.sender.ts()
    slack_app.sender.thread_message(USER, GENERAL, CUSTOMER_DATA, thread_ts=elsewhere, parent_user_id="U0BOB")
    slack_app.sender.event(
        {
            "type": "message",
            "channel": GENERAL,
            "channel_type": "channel",
            "user": USER,
            "text": CUSTOMER_DATA,
            "ts": slack_app.sender.ts(),
        }
    )
    slack_app.slack.expect_no("chat.postMessage", within=1.0)
    slack_app.slack.expect_no("reactions.add", within=0)


def test_the_bots_own_messages_edits_and_other_bots_are_ignored(slack_app):
    ts, answer = ask_in_channel(slack_app, CUSTOMER_DATA)
    sender = slack_app.sender
    sender.thread_message(BOT, GENERAL, "Here is what our governance documents say:", thread_ts=ts, bot_id="B0GOVBOT")
    sender.thread_message("U0OTHERBOT", GENERAL, "is ChatGPT approved?", thread_ts=ts, bot_id="B0OTHER")
    sender.thread_message(USER, GENERAL, "is ChatGPT approved?", thread_ts=ts, subtype="message_changed")
    sender.thread_message(USER, GENERAL, "", thread_ts=ts, subtype="channel_join")
    sender.dm(USER, "is ChatGPT approved?", subtype="message_deleted")
    sender.dm(BOT, "is ChatGPT approved?", bot_id="B0GOVBOT", channel="D0ADA")
    slack_app.slack.expect_no("chat.postMessage", within=1.0, where=lambda c: c.at > answer.at)


def test_a_mention_without_a_question_gets_a_hint(slack_app):
    _, answer = ask_in_channel(slack_app, "   ")
    assert "ask a question" in answer.args["text"]


def test_help_in_a_dm_explains_everything(slack_app):
    slack_app.sender.dm(USER, "help")
    (answer,) = slack_app.slack.wait_for("chat.postMessage")
    shown = texts(answer.args["blocks"])
    assert "/aigov status" in shown and "/aigov register" in shown and "Home tab" in shown
    assert "Reviewing" not in shown  # USER is not a reviewer


# -- /aigov ------------------------------------------------------------------------------------------------


def test_slash_command_question_acknowledges_with_a_note_then_answers_privately(slack_app):
    reply = slack_app.sender.command(text=CUSTOMER_DATA, user_id=USER)
    assert reply.status == 200 and reply.elapsed < 3
    assert "Looking that up" in reply.text  # Slack shows a plain-text acknowledgement to the user alone
    (answer,) = slack_app.slack.wait_for("response_url")
    assert answer.args["response_type"] == "ephemeral"
    assert "must never be entered into a consumer chatbot" in texts(answer.args["blocks"])


def test_aigov_ask_is_the_same_as_asking(slack_app):
    slack_app.sender.command(text="ask " + CUSTOMER_DATA, user_id=USER)
    (answer,) = slack_app.slack.wait_for("response_url")
    assert "must never be entered into a consumer chatbot" in texts(answer.args["blocks"])


def test_status_of_an_approved_tool_shows_verdict_conditions_data_and_owner(slack_app):
    slack_app.sender.command(text="status chatgpt", user_id=USER)
    (answer,) = slack_app.slack.wait_for("response_url")
    shown = texts(answer.args["blocks"])
    assert "*Approved with conditions*" in shown and "*ChatGPT Enterprise* (OpenAI)" in shown
    assert "Conditions: Kestrel workspace only; no restricted data" in shown
    assert "Data allowed: up to confidential" in shown and "Owner: Daniel Okafor" in shown
    assert "register_open" not in [b["action_id"] for b in buttons(answer.args["blocks"])]


def test_putting_data_into_a_tool_gets_a_yes_or_no_quoting_the_policys_data_table(slack_app):
    reply = slack_app.sender.app_mention(
        user=USER, channel=GENERAL, text=f"<@{BOT}> can I paste customer data into chatgpt?"
    )
    answer = slack_app.answer_in_thread(GENERAL, reply.sent["event"]["ts"])
    shown = texts(answer.args["blocks"])
    assert (
        "No: the policy classes “Customer personal data” as restricted [1], "
        "and *ChatGPT Enterprise* is approved for data up to confidential only." in shown
    )
    assert (
        "Customer personal data (names, addresses &lt;!channel&gt;): Restricted" in shown and "<!channel>" not in shown
    )
    assert "<!channel>" not in answer.args["text"] and answer.args["text"].startswith("No: the policy classes")


def test_which_tools_are_approved_lists_them_without_a_register_button(slack_app):
    slack_app.sender.command(text="which tools are approved for image generation?", user_id=USER)
    (answer,) = slack_app.slack.wait_for("response_url")
    shown = texts(answer.args["blocks"])
    assert "Approved AI tools for image generation:\n• *Adobe Firefly* (Adobe): approved, data up to internal" in shown
    assert "Midjourney" not in shown and "Not registered" not in shown
    assert "register_open" not in [b["action_id"] for b in buttons(answer.args["blocks"])]


def test_status_of_a_rejected_tool_says_so(slack_app):
    slack_app.sender.command(text="status Midjourney", user_id=USER)
    (answer,) = slack_app.slack.wait_for("response_url")
    shown = texts(answer.args["blocks"])
    assert "*Rejected*" in shown and "Don't use it for work" in shown and "*Adobe Firefly*" in shown


def test_status_of_an_unregistered_tool_offers_to_register_it(slack_app):
    slack_app.sender.command(text="status Jasper", user_id=USER)
    (answer,) = slack_app.slack.wait_for("response_url")
    assert "*Jasper* is not registered" in texts(answer.args["blocks"])
    first = buttons(answer.args["blocks"])[0]
    assert (first["action_id"], first["value"], first["text"]["text"]) == ("register_open", "Jasper", "Register it")
    assert [(ask.name, ask.count) for ask in most_asked_unregistered(slack_app.db)] == [("Jasper", 1)]
    with slack_app.db.reading() as session:  # for the shadow-AI radar: the tool, and who asked
        (outcome,) = session.scalars(select(QuestionOutcome)).all()
    assert (outcome.tool_name, outcome.asker_id, outcome.topic) == ("Jasper", USER, "AI tool inventory")


def test_saying_you_want_to_register_a_tool_offers_the_form(slack_app):
    slack_app.sender.dm(USER, "I'd like to register Jasper")
    (answer,) = slack_app.slack.wait_for("chat.postMessage")
    first = buttons(answer.args["blocks"])[0]
    assert (first["action_id"], first["value"]) == ("register_open", "Jasper")


def test_status_without_a_tool_asks_which(slack_app):
    reply = slack_app.sender.command(text="status   ", user_id=USER)
    assert "Which tool?" in reply.text
    slack_app.slack.expect_no("response_url", within=0.5)


def test_aigov_help_shows_reviewers_how_to_review(slack_app):
    slack_app.sender.command(text="help", user_id=REVIEWER)
    slack_app.sender.command(text="", user_id=USER)
    first, second = slack_app.slack.wait_for("response_url", count=2)
    by_reviewer = next(c for c in (first, second) if "Reviewing" in texts(c.args["blocks"]))
    by_user = first if by_reviewer is second else second
    assert f"<#{REVIEW_CHANNEL}>" in texts(by_reviewer.args["blocks"]) and "/aigov queue" in texts(
        by_reviewer.args["blocks"]
    )
    assert "/aigov status" in texts(by_user.args["blocks"]) and "Reviewing" not in texts(by_user.args["blocks"])


# -- the buttons on an answer --------------------------------------------------------------------------------


def test_feedback_is_recorded_and_a_second_vote_changes_it(slack_app):
    _, answer = ask_in_channel(slack_app, CUSTOMER_DATA)
    message = posted_message(answer)
    value = buttons(answer.args["blocks"])[0]["value"]

    assert (
        slack_app.sender.block_action("feedback_helpful", value, USER, channel=GENERAL, message=message).status == 200
    )
    (thanks,) = slack_app.slack.wait_for("response_url")
    assert thanks.args["response_type"] == "ephemeral" and "Thanks" in thanks.args["text"]
    slack_app.sender.block_action("feedback_unhelpful", value, USER, channel=GENERAL, message=message)
    slack_app.slack.wait_for("response_url", count=2)

    slack_app.sender.block_action("feedback_helpful", value, "U0BOB", channel=GENERAL, message=message)
    slack_app.slack.wait_for("response_url", count=3)

    with slack_app.db.reading() as session:
        (outcome,) = session.scalars(select(QuestionOutcome)).all()
        votes = sorted((v.voter_id, v.helpful, v.outcome_id) for v in session.scalars(select(AnswerVote)))
    assert votes == [(USER, False, outcome.id), ("U0BOB", True, outcome.id)]
    # Answered, then voted not helpful: its words are kept for the governance team, not who asked.
    assert (outcome.outcome, outcome.surface, outcome.question, outcome.asker_id) == (
        "answered",
        "slack",
        CUSTOMER_DATA,
        None,
    )


def test_every_answer_is_recorded_with_its_outcome_and_a_refusal_keeps_its_words(slack_app):
    ask_in_channel(slack_app, CUSTOMER_DATA)
    ask_in_channel(slack_app, UNANSWERABLE)
    with slack_app.db.reading() as session:
        answered, refused = session.scalars(select(QuestionOutcome).order_by(QuestionOutcome.id)).all()
    assert (answered.outcome, answered.question, answered.intent) == ("answered", "", "policy_question")
    assert answered.topic and answered.topic != "(nothing retrieved)"
    assert (refused.outcome, refused.question) == ("refused", UNANSWERABLE)


def test_ask_the_governance_team_posts_the_question_with_a_link_to_the_thread(slack_app):
    ts, answer = ask_in_channel(slack_app, CUSTOMER_DATA)
    escalate = next(b for b in buttons(answer.args["blocks"]) if b["action_id"] == "escalate")
    slack_app.sender.block_action("escalate", escalate["value"], USER, channel=GENERAL, message=posted_message(answer))

    (post,) = slack_app.slack.wait_for("chat.postMessage", where=lambda c: c.args["channel"] == REVIEW_CHANNEL)
    (link,) = slack_app.slack.calls_to("chat.getPermalink")
    assert link.args["message_ts"] == ts and link.args["channel"] == GENERAL
    shown = texts(post.args["blocks"])
    assert link.response["permalink"] in shown and f"<@{USER}>" in shown and CUSTOMER_DATA in shown
    (told,) = slack_app.slack.wait_for("response_url")
    assert "governance team" in told.args["text"] and told.args["response_type"] == "ephemeral"

    # A second click (or a colleague's) does not post the question twice.
    slack_app.sender.block_action(
        "escalate", escalate["value"], "U0BOB", channel=GENERAL, message=posted_message(answer)
    )
    slack_app.slack.wait_for("response_url", count=2)
    assert len(slack_app.slack.calls_to("chat.postMessage", where=lambda c: c.args["channel"] == REVIEW_CHANNEL)) == 1


def test_a_question_that_could_not_be_passed_on_can_be_sent_again(slack_app):
    _, answer = ask_in_channel(slack_app, CUSTOMER_DATA)
    escalate = next(b for b in buttons(answer.args["blocks"]) if b["action_id"] == "escalate")
    to_review = lambda c: c.args["channel"] == REVIEW_CHANNEL  # noqa: E731
    slack_app.slack.fail("chat.postMessage", error="not_in_channel", times=1, where=to_review)
    slack_app.sender.block_action("escalate", escalate["value"], USER, channel=GENERAL, message=posted_message(answer))
    (apology,) = slack_app.slack.wait_for("response_url")
    assert "error reference" in apology.args["text"]

    slack_app.sender.block_action("escalate", escalate["value"], USER, channel=GENERAL, message=posted_message(answer))
    slack_app.slack.wait_for("response_url", count=2)
    delivered = [c for c in slack_app.slack.calls_to("chat.postMessage", where=to_review) if c.response.get("ok")]
    assert len(delivered) == 1


def test_an_unsure_answer_offers_the_governance_team_first(slack_app):
    _, answer = ask_in_channel(slack_app, UNANSWERABLE)
    assert "I don't know" in texts(answer.args["blocks"])
    first, *rest = buttons(answer.args["blocks"])
    assert (first["action_id"], first.get("style")) == ("escalate", "primary")
    assert [b["action_id"] for b in rest] == ["feedback_helpful", "feedback_unhelpful"]


def test_without_a_review_channel_people_are_sent_to_the_governance_channel(make_slack_app):
    slack_app = make_slack_app(review_channel=None)
    _, answer = ask_in_channel(slack_app, UNANSWERABLE)
    value = buttons(answer.args["blocks"])[0]["value"]
    slack_app.sender.block_action("escalate", value, USER, channel=GENERAL, message=posted_message(answer))
    (told,) = slack_app.slack.wait_for("response_url")
    assert "#ai-governance" in told.args["text"]
    assert len(slack_app.slack.calls_to("chat.postMessage")) == 1  # only the answer itself


def test_a_button_value_that_is_not_ours_is_handled(slack_app):
    _, answer = ask_in_channel(slack_app, CUSTOMER_DATA)
    slack_app.sender.block_action(
        "feedback_helpful", "not json {", USER, channel=GENERAL, message=posted_message(answer)
    )
    slack_app.slack.wait_for("response_url")
    with slack_app.db.reading() as session:
        assert session.scalars(select(AnswerVote)).all() == []  # thanked, but counted on nothing
        (outcome,) = session.scalars(select(QuestionOutcome)).all()
    assert json.loads(buttons(answer.args["blocks"])[0]["value"]) == {"o": outcome.id, "q": CUSTOMER_DATA}


def test_a_question_from_a_dm_goes_to_the_governance_team_without_a_link_they_cannot_open(slack_app):
    slack_app.sender.dm(USER, UNANSWERABLE)
    (answer,) = slack_app.slack.wait_for("chat.postMessage")
    value = buttons(answer.args["blocks"])[0]["value"]
    slack_app.sender.block_action("escalate", value, USER, channel="D0ADA", message=posted_message(answer))
    (post,) = slack_app.slack.wait_for("chat.postMessage", where=lambda c: c.args["channel"] == REVIEW_CHANNEL)
    assert "direct message" in texts(post.args["blocks"]) and UNANSWERABLE in texts(post.args["blocks"])
    assert slack_app.slack.calls_to("chat.getPermalink") == []


def test_a_feedback_buttons_value_fits_slacks_limit_and_carries_the_outcome_whatever_the_question():
    from bot.slack.blocks.answer import outcome_of, question_of, question_value
    from bot.slack.blocks.common import BUTTON_VALUE_CHARS

    long = 'é<!channel>"\\' * 700
    value = question_value(long, 2**31 - 1)
    assert len(value) <= BUTTON_VALUE_CHARS and outcome_of(value) == 2**31 - 1
    assert long.startswith(question_of(value)) and question_of(value)
    for forged in ('{"o": true, "q": "x"}', '{"o": -4, "q": "x"}', '{"o": "12"}', "[1]", '{"o": 99999999999}', "no"):
        assert outcome_of(forged) is None
