"""Scheduled duties over a 10,000-tool inventory: how long a run takes, how many messages it sends,
and that none is sent twice, however often and however many at once the duties run.

    python bench/duties.py            (GOVBOT_BENCH_TOOLS, GOVBOT_BENCH_DAYS to change the size)

An inventory of 10,000 approved tools whose re-reviews fall due from 90 days ago to 120 days
ahead, plus 300 needs_info requests asked 5 to 45 days ago, on SQLite (and on PostgreSQL at
GOVBOT_BENCH_POSTGRES_URL, default the test server, when it answers). Slack is the Web API
stand-in on 127.0.0.1 (tests/standins/slack_api.py). Then:

(a) `duties run` once a day for 30 consecutive days, GOVBOT_DUTIES_MAX_MESSAGES lifted: p50/p95/max
    seconds per run, messages sent (the first day sends the backlog), and the seconds of a run that
    finds everything done;
(b) four runs of one more day at once (threads, each its own Govbot): messages sent;
(c) duplicates: messages whose (channel, text) was posted more than once — must be 0.

The messages include the weekly governance digest (a duty too): one per ISO week the runs cover.

Figures only: nothing here asserts. The machine is shared, so timings are noisy.
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
import threading
import time
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.figures import percentile  # noqa: E402
from bench.postgres import TEST_SERVER, throwaway_schema  # noqa: E402
from bot.settings import Settings  # noqa: E402
from bot.wiring import Govbot, GovbotDatabase  # noqa: E402
from knowledge.inventory import import_csv  # noqa: E402
from tests.standins.slack_api import DEFAULT_TOKEN, SlackAPIStandIn  # noqa: E402

TOOLS = int(os.environ.get("GOVBOT_BENCH_TOOLS", "10000"))
DAYS = int(os.environ.get("GOVBOT_BENCH_DAYS", "30"))
WAITING = 300
TODAY = date(2026, 6, 1)
POSTGRES_URL = os.environ.get("GOVBOT_BENCH_POSTGRES_URL", TEST_SERVER)


def register_files(folder: Path) -> list[Path]:
    """The register in two files: an import takes at most 10,000 rows."""
    rng = random.Random(42)
    header = "name,vendor,status,owner,requested_by,decided_at,decided_by,review_due,conditions"
    tools, waiting = [header], [header]
    for n in range(TOOLS):
        due = TODAY + timedelta(days=rng.randint(-90, 120))
        decided = due - timedelta(days=365)
        tools.append(f"Bench Tool {n:05d},Vendor {n % 97},approved,U{n:07d},,{decided},,{due},")
    for n in range(WAITING):
        asked = TODAY - timedelta(days=rng.randint(5, 45))
        waiting.append(f"Waiting Tool {n:04d},Vendor W,needs_info,,U9{n:06d},{asked},UREVIEWER,,Which teams use it?")
    paths = []
    for name, lines in (("tools.csv", tools), ("waiting.csv", waiting)):
        path = folder / name
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        paths.append(path)
    return paths


def duplicates(slack: SlackAPIStandIn) -> tuple[int, int]:
    posted = Counter((c.args["channel"], c.args["text"]) for c in slack.calls_to("chat.postMessage") if c.ok)
    return sum(posted.values()), sum(count - 1 for count in posted.values())


def bench(label: str, url: str, folder: Path) -> None:
    db = GovbotDatabase(url)
    db.migrate()
    started = time.perf_counter()
    for path in register_files(folder):
        import_csv(db, path, "UREVIEWER", reviewers={"UREVIEWER"})
    took = time.perf_counter() - started
    print(f"\n{label}: {TOOLS:,} tools and {WAITING} needs_info requests imported in {took:.1f} s")
    with SlackAPIStandIn() as slack:
        settings = Settings(
            data_dir=folder,  # no knowledge index: the weekly digest goes without its gap analysis
            database_url=url,
            reviewers="UREVIEWER",
            review_channel="CREVIEW",
            slack_bot_token=DEFAULT_TOKEN,
            slack_api_url=slack.base_url,
            duties_max_messages=100_000,  # uncapped: the backlog in one run, to measure what a notice costs
        )
        govbot = Govbot.create(settings, db)
        seconds, sent = [], []
        for offset in range(DAYS):
            started = time.perf_counter()
            report = govbot.run_duties(TODAY + timedelta(days=offset))
            seconds.append(time.perf_counter() - started)
            sent.append(report.count("sent"))
        started = time.perf_counter()
        idle = govbot.run_duties(TODAY + timedelta(days=DAYS - 1))
        idle_seconds = time.perf_counter() - started
        print(
            f"  (a) {DAYS} daily runs: p50 {percentile(seconds, 0.5):.2f} s, p95 {percentile(seconds, 0.95):.2f} s, "
            f"max {max(seconds):.2f} s per run; messages sent {sum(sent):,} "
            f"(first day {sent[0]:,}, then {sum(sent[1:]):,}); a run with everything done: {idle_seconds:.2f} s, "
            f"{idle.count('sent')} sent, {idle.count('done'):,} found done"
        )
        day = TODAY + timedelta(days=DAYS)
        reports = []
        twins = [Govbot.create(settings, GovbotDatabase(url)) for _ in range(4)]
        threads = [threading.Thread(target=lambda g=g: reports.append(g.run_duties(day))) for g in twins]
        started = time.perf_counter()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        print(
            f"  (b) 4 runs of {day} at once: {time.perf_counter() - started:.2f} s, messages sent "
            f"{sum(r.count('sent') for r in reports)} (per run: {[r.count('sent') for r in reports]})"
        )
        total, repeated = duplicates(slack)
        print(f"  (c) messages posted in all: {total:,}; duplicates: {repeated}")
        for twin in twins:
            twin.db.dispose()
    db.dispose()


def main() -> None:
    print(f"Scheduled duties: {TOOLS:,} tools, {DAYS} days from {TODAY}")
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        bench("SQLite", f"sqlite:///{folder / 'duties.db'}", folder)
        with throwaway_schema(POSTGRES_URL) as (url, why_not):
            if url is None:
                print(f"\nPostgreSQL at {POSTGRES_URL} skipped: {why_not}")
            else:
                bench("PostgreSQL", url, folder)


if __name__ == "__main__":
    main()
