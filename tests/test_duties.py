"""Scheduled duties: each sent once, through Slack (the Web API stand-in), audited; retried when
Slack fails; nothing sent or claimed by a dry run. On SQLite and PostgreSQL."""

import json
import os
import subprocess
import sys
import threading
from datetime import date, timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import select

from bot.cli import cli
from bot.settings import Settings
from bot.wiring import Govbot
from knowledge.duties.ledger import DutyRecord
from knowledge.inventory import audit, import_csv
from knowledge.inventory.review import Workflow, WorkflowError
from tests.standins.slack_api import DEFAULT_TOKEN, SlackAPIStandIn

TODAY = date(2026, 3, 1)
REVIEWER = "UREVIEWER1"
REVIEW_CHANNEL = "CREVIEW"
OWNER = "U0OWNER"
HEADER = "name,vendor,status,owner,requested_by,decided_at,decided_by,review_due,conditions,notes"


@pytest.fixture
def database_class():
    from bot.wiring import GovbotDatabase

    return GovbotDatabase


@pytest.fixture
def slack():
    with SlackAPIStandIn() as standin:
        yield standin


def settings_for(db, slack_api_url: str, **overrides) -> Settings:
    """These tests are about the policy's duties: the weekly digest, due every day of a week until
    it is sent, is tested in tests/slack/test_digest.py."""
    values = {
        "digest_weekday": "off",
        "database_url": db.url,
        "reviewers": REVIEWER,
        "review_channel": REVIEW_CHANNEL,
        "slack_bot_token": DEFAULT_TOKEN,
        "slack_api_url": slack_api_url,
    } | overrides
    return Settings(**values)


@pytest.fixture
def govbot(database, slack):
    return Govbot.create(settings_for(database, slack.base_url), database)


def day(offset: int) -> str:
    return (TODAY + timedelta(days=offset)).isoformat()


def load(db, tmp_path, *rows: str) -> None:
    path = tmp_path / "register.csv"
    path.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    import_csv(db, path, REVIEWER, reviewers={REVIEWER})


def posts(slack, channel=None):
    return [c for c in slack.calls_to("chat.postMessage") if c.ok and (channel is None or c.args["channel"] == channel)]


def ledger(db):
    with db.reading() as session:
        return [(r.kind, r.subject, r.occurrence, r.state) for r in session.scalars(select(DutyRecord))]


def test_the_tool_owner_is_reminded_once_with_buttons_and_it_is_audited(govbot, slack, tmp_path):
    load(
        govbot.db,
        tmp_path,
        f"Jasper,Jasper AI,approved,{OWNER},,{day(-340)},,{day(25)},,",
        f"Otter,Otter.ai,approved,{OWNER},,{day(-300)},,{day(45)},,",  # not yet: 45 days away
    )
    report = govbot.run_duties(TODAY)
    assert (report.count("sent"), report.count("failed")) == (1, 0)
    (dm,) = posts(slack)
    assert dm.args["channel"] == OWNER and "Jasper is due on 26 March 2026 (in 25 days)" in dm.args["text"]
    buttons = dm.args["blocks"][-1]["elements"]
    assert [(b["action_id"], b["value"]) for b in buttons] == [
        ("duty_rereview_open", "Jasper"),
        ("duty_retire", "Jasper"),
    ]
    assert ledger(govbot.db) == [("rereview_reminder", "jasper", day(25), "sent")]
    with govbot.db.reading() as session:
        (event,) = [e for e in audit.trail(session, "Jasper") if e.actor == "govbot"]
    assert event.action == "duty: rereview_reminder" and OWNER in event.comment
    # Again, and the day after: nothing new.
    assert govbot.run_duties(TODAY).count("sent") == 0
    assert govbot.run_duties(TODAY + timedelta(days=1)).count("sent") == 0
    assert len(posts(slack)) == 1


def test_an_owner_who_is_no_slack_user_is_reminded_through_the_reviewers(govbot, slack, tmp_path):
    load(govbot.db, tmp_path, f"Jasper,Jasper AI,approved,Sam <!channel> Jones,,{day(-340)},,{day(10)},,")
    govbot.run_duties(TODAY)
    (post,) = posts(slack, REVIEW_CHANNEL)
    text = post.args["blocks"][0]["text"]["text"]
    assert "For Sam &lt;!channel&gt; Jones, whom govbot cannot message" in text and "<!channel>" not in text


def test_overdue_re_reviews_are_escalated_at_thirty_and_again_at_sixty_days(govbot, slack, tmp_path):
    load(govbot.db, tmp_path, f"Jasper,Jasper AI,approved,{OWNER},,{day(-400)},,{day(-35)},,")
    govbot.run_duties(TODAY)
    (first,) = posts(slack, REVIEW_CHANNEL)
    assert "35 days overdue" in first.args["text"] and "director" in first.args["text"]
    assert f"<@{OWNER}>" in first.args["blocks"][0]["text"]["text"]  # the owner shown as the person
    govbot.run_duties(TODAY + timedelta(days=10))
    assert len(posts(slack, REVIEW_CHANNEL)) == 1
    govbot.run_duties(TODAY + timedelta(days=26))  # 61 days overdue
    second = posts(slack, REVIEW_CHANNEL)[-1]
    assert len(posts(slack, REVIEW_CHANNEL)) == 2 and "may retire it" in second.args["text"]


def test_a_tool_found_long_overdue_is_one_escalation_not_two(govbot, slack, tmp_path):
    load(govbot.db, tmp_path, f"Jasper,Jasper AI,approved,{OWNER},,{day(-500)},,{day(-90)},,")
    assert govbot.run_duties(TODAY).count("sent") == 1


def test_an_unanswered_question_reminds_the_requester_then_flags_the_reviewers(govbot, slack, tmp_path):
    load(govbot.db, tmp_path, f"Tabnine,Codota,needs_info,,U0ASKER,{day(-15)},{REVIEWER},,Which repositories?,")
    govbot.run_duties(TODAY)
    (reminder,) = posts(slack)
    assert reminder.args["channel"] == "U0ASKER" and "Which repositories?" in reminder.args["text"]
    govbot.run_duties(TODAY + timedelta(days=10))
    assert len(posts(slack)) == 1
    govbot.run_duties(TODAY + timedelta(days=16))  # 31 days
    (flag,) = posts(slack, REVIEW_CHANNEL)
    assert "waited 31 days" in flag.args["text"] and "govbot review close" in flag.args["text"]


def test_a_reviewer_may_close_a_request_unanswered_for_thirty_days(govbot, tmp_path):
    load(govbot.db, tmp_path, f"Tabnine,Codota,needs_info,,U0ASKER,{day(-31)},{REVIEWER},,Which repositories?,")
    (request,) = govbot.workflow.queue()
    with pytest.raises(WorkflowError, match="not a reviewer"):
        govbot.workflow.close_unanswered(request.id, "U0ASKER", 30)
    with pytest.raises(WorkflowError, match="may be closed after 400"):
        govbot.workflow.close_unanswered(request.id, REVIEWER, 400)
    assert govbot.workflow.close_unanswered(request.id, REVIEWER, 30).status == "withdrawn"


def test_retirements_are_announced_in_the_governance_channel_once(govbot, slack, tmp_path):
    load(govbot.db, tmp_path, f"Jasper,Jasper AI,approved,{OWNER},,,,,,")
    govbot.workflow.retire("Jasper", REVIEWER, "Replaced by <!channel> Writer")
    today = date.today()
    govbot.run_duties(today)
    govbot.run_duties(today)
    (announcement,) = posts(slack, "#ai-governance")
    assert "Jasper is retired" in announcement.args["text"]
    assert "&lt;!channel&gt;" in announcement.args["blocks"][0]["text"]["text"]
    assert govbot.run_duties(today + timedelta(days=8)).count("sent") == 0  # old news, and sent


def test_a_dry_run_sends_nothing_and_claims_nothing(govbot, slack, tmp_path):
    load(govbot.db, tmp_path, f"Jasper,Jasper AI,approved,{OWNER},,{day(-340)},,{day(25)},,")
    report = govbot.run_duties(TODAY, dry_run=True)
    assert report.count("due") == 1 and posts(slack) == [] and ledger(govbot.db) == []


def test_slack_failing_mid_run_leaves_the_duty_due_and_the_next_run_sends_it(govbot, slack, tmp_path):
    load(
        govbot.db,
        tmp_path,
        f"Jasper,Jasper AI,approved,{OWNER},,{day(-340)},,{day(5)},,",
        f"Otter,Otter.ai,approved,{OWNER},,{day(-340)},,{day(6)},,",
    )
    slack.fail("chat.postMessage", "fatal_error", where=lambda c: "Otter" in str(c.args.get("text")))
    report = govbot.run_duties(TODAY)
    assert (report.count("sent"), report.count("failed")) == (1, 1)
    assert [row[1] for row in ledger(govbot.db)] == ["jasper"]  # Otter is not marked: it was not sent
    assert govbot.run_duties(TODAY).count("sent") == 1
    assert sorted(c.args["text"][:30] for c in posts(slack)) == [
        "The re-review of Jasper is due",
        "The re-review of Otter is due ",
    ]


def test_slack_out_of_reach_stops_the_run_and_nothing_is_marked(database, tmp_path):
    with SlackAPIStandIn() as slack:
        url = slack.base_url  # closed when the block ends: nothing listens there any more
    govbot = Govbot.create(settings_for(database, url), database)
    load(database, tmp_path, f"Jasper,Jasper AI,approved,{OWNER},,{day(-340)},,{day(5)},,")
    report = govbot.run_duties(TODAY)
    assert report.count("failed") == 1 and "cannot reach Slack" in report.performed[0].problem
    assert ledger(database) == []


def test_two_runs_at_once_send_each_duty_once(govbot, slack, tmp_path):
    rows = [f"Tool {n},V,approved,{OWNER},,{day(-340)},,{day(n % 30)},," for n in range(30)]
    load(govbot.db, tmp_path, *rows)
    twin = Govbot.create(govbot.settings, govbot.db)
    reports = []
    threads = [threading.Thread(target=lambda g=g: reports.append(g.run_duties(TODAY))) for g in (govbot, twin)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sum(report.count("sent") for report in reports) == 30
    texts = [c.args["text"] for c in posts(slack)]
    assert len(texts) == len(set(texts)) == 30


def test_two_processes_at_once_send_each_duty_once(database, slack, tmp_path):
    load(database, tmp_path, *[f"Tool {n},V,approved,{OWNER},,{day(-340)},,{day(n % 30)},," for n in range(20)])
    env = {
        **os.environ,
        "GOVBOT_DATABASE_URL": database.url,
        "GOVBOT_DATA_DIR": str(tmp_path / "data"),
        "SLACK_BOT_TOKEN": DEFAULT_TOKEN,
        "SLACK_API_URL": slack.base_url,
        "GOVBOT_REVIEW_CHANNEL": REVIEW_CHANNEL,
        "GOVBOT_DIGEST_WEEKDAY": "off",
    }
    command = [str(Path(sys.executable).parent / "govbot"), "duties", "run", "--today", TODAY.isoformat()]
    root = Path(__file__).resolve().parent.parent
    runs = [subprocess.Popen(command, env=env, cwd=root, stdout=subprocess.PIPE, text=True) for _ in range(2)]
    outputs = [run.communicate(timeout=120)[0] for run in runs]
    assert [run.returncode for run in runs] == [0, 0], outputs
    texts = [c.args["text"] for c in posts(slack)]
    assert len(texts) == len(set(texts)) == 20
    assert sum(int(output.strip().splitlines()[-1].split()[0]) for output in outputs) == 20


def test_the_command_line_runs_and_lists_the_duties(database, slack, tmp_path):
    load(database, tmp_path, f"Jasper,Jasper AI,approved,{OWNER},,{day(-340)},,{day(25)},,")
    env = {
        "GOVBOT_DATABASE_URL": database.url,
        "GOVBOT_DATA_DIR": str(tmp_path / "data"),
        "SLACK_BOT_TOKEN": DEFAULT_TOKEN,
        "SLACK_API_URL": slack.base_url,
        "GOVBOT_DIGEST_WEEKDAY": "off",
    }
    runner = CliRunner()
    listed = runner.invoke(cli, ["duties", "list", "--today", TODAY.isoformat(), "--json"], env=env)
    assert json.loads(listed.stdout)[0] | {"text": ""} == {
        "kind": "rereview_reminder",
        "state": "due",
        "to": "person",
        "recipient": OWNER,
        "tool": "Jasper",
        "request": None,
        "occurrence": day(25),
        "text": "",
    }
    dry = runner.invoke(cli, ["duties", "run", "--dry-run", "--today", TODAY.isoformat()], env=env)
    assert dry.exit_code == 0 and "0 sent, 1 due" in dry.stdout and posts(slack) == []
    done = runner.invoke(cli, ["duties", "run", "--today", TODAY.isoformat()], env=env)
    assert done.exit_code == 0 and "1 sent" in done.stdout
    listed = runner.invoke(cli, ["duties", "list", "--today", TODAY.isoformat()], env=env)
    assert listed.stdout.startswith("done    rereview_reminder") and "sent 20" in listed.stdout
    bad_day = runner.invoke(cli, ["duties", "run", "--today", "yesterday"], env=env)
    assert bad_day.exit_code == 2 and "yesterday" in bad_day.output
    no_slack = runner.invoke(cli, ["duties", "run"], env={**env, "SLACK_BOT_TOKEN": ""})
    assert no_slack.exit_code == 1 and "set SLACK_BOT_TOKEN" in no_slack.output


def test_a_failed_send_is_reported_by_the_command_with_exit_status_one(database, slack, tmp_path):
    load(database, tmp_path, f"Jasper,Jasper AI,approved,{OWNER},,{day(-340)},,{day(25)},,")
    env = {
        "GOVBOT_DATABASE_URL": database.url,
        "SLACK_BOT_TOKEN": DEFAULT_TOKEN,
        "SLACK_API_URL": slack.base_url,
        "GOVBOT_DIGEST_WEEKDAY": "off",
    }
    slack.fail("chat.postMessage", "channel_not_found")
    result = CliRunner().invoke(cli, ["duties", "run", "--today", TODAY.isoformat()], env=env)
    assert result.exit_code == 1 and "channel_not_found" in result.output and "stay due" in result.output


def test_serve_runs_the_duties_in_the_background(govbot, slack, tmp_path):
    from bot.scheduler import DutyLoop

    load(govbot.db, tmp_path, f"Jasper,Jasper AI,approved,{OWNER},,,,{(date.today() + timedelta(days=3))},,")
    loop = DutyLoop(govbot, interval_seconds=0.05).start()
    try:
        slack.wait_for("chat.postMessage")
    finally:
        loop.stop()
    assert loop.runs >= 1 and len(posts(slack)) == 1


def test_workflow_close_needs_a_needs_info_request(database):
    workflow = Workflow(database, {REVIEWER})
    with pytest.raises(WorkflowError, match="no registration request"):
        workflow.close_unanswered(99, REVIEWER, 30)


def test_a_run_sends_at_most_its_limit_and_the_rest_go_next_run(database, slack, tmp_path):
    govbot = Govbot.create(settings_for(database, slack.base_url, duties_max_messages=2), database)
    load(database, tmp_path, *[f"Tool {n},V,approved,{OWNER},,{day(-340)},,{day(n + 1)},," for n in range(5)])
    first = govbot.run_duties(TODAY)
    assert (first.count("sent"), first.count("due")) == (2, 3)
    assert [govbot.run_duties(TODAY).count("sent") for _ in range(3)] == [2, 1, 0]
    texts = [c.args["text"] for c in posts(slack)]
    assert len(texts) == len(set(texts)) == 5


def test_the_digest_weekday_is_a_day_of_the_week_or_off():
    assert Settings(digest_weekday="Friday").digest_day == 5 and Settings().digest_day == 1
    assert Settings(digest_weekday="off").digest_day is None
    for wrong in ("funday", "1", "", "monday; drop table", "x" * 10_000):
        with pytest.raises(ValueError, match="one of monday, tuesday"):
            Settings(digest_weekday=wrong)
