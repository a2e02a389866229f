"""Load on the running Slack app: concurrent mentions, acknowledgement latency, answers delivered.

    .venv/bin/python bench/slack_load.py [--mentions 50] [--retries 10] [--data-dir DIR]

Starts `govbot serve` as a subprocess against a stand-in for Slack's Web API on 127.0.0.1
(tests/standins/slack_api.py), with a fresh data dir holding policies/ (`govbot ingest`) and
policies/inventory.csv, waits for GET /healthz, answers one warm-up mention, then sends the mentions
all at once, signed and shaped like Slack's (tests/standins/slack_requests.py). It prints:

- acknowledgement latency p50/p95/max (the HTTP response time Slack waits for; target p95 < 300 ms,
  Slack gives up after 3 s);
- the time until every answer is posted (chat.postMessage in the mention's thread) and the
  per-mention answer latency p50/p95;
- with --cold, no warm-up: the burst meets the app as it comes up (models not yet loaded);
- lost or duplicated answers: each mention must get exactly one answer in its thread, also when
  `--retries` of them are re-delivered the way Slack retries (same event_id, X-Slack-Retry-Num).

Exits 1 when an acknowledgement failed or an answer was lost or duplicated. Figures on a shared
2-core machine are noisy: the answers are CPU-bound (embedding model) and compete with anything else.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.figures import percentile  # noqa: E402
from tests.standins.network import free_port  # noqa: E402
from tests.standins.slack_api import DEFAULT_TOKEN, SlackAPIStandIn  # noqa: E402
from tests.standins.slack_requests import Reply, SlackSender  # noqa: E402

GOVBOT = ROOT / ".venv" / "bin" / "govbot"
SECRET = "bench-signing-secret"
CHANNELS = ["C0GENERAL", "C0ENGINEERING", "C0SALES"]
PEOPLE = [f"U0PERSON{n:02d}" for n in range(1, 26)]
ACK_TARGET_P95 = 0.300


def questions() -> list[str]:
    """Realistic questions: tool phrasings and policy questions from the evaluation sets."""
    found = []
    for name in ("tool_phrasings.json", "policies_company.json", "unanswerable.json"):
        path = ROOT / "bench" / "eval" / name
        if path.exists():
            found += [item["question"] for item in json.loads(path.read_text()) if isinstance(item, dict)][:20]
    return found or ["is ChatGPT approved?", "can I paste customer data into a chatbot?"]


def run(command: list[str], env: dict) -> None:
    done = subprocess.run(command, env=env, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command[1:])} failed ({done.returncode}):\n{done.stderr[-3000:]}")


def prepare_data(data_dir: Path, env: dict) -> None:
    started = time.perf_counter()
    run([str(GOVBOT), "ingest"], env)
    run([str(GOVBOT), "inventory", "import", str(ROOT / "policies" / "inventory.csv")], env)
    print(f"data dir {data_dir}: ingested policies/ and the inventory in {time.perf_counter() - started:.1f}s")


def serve_env(data_dir: Path, slack: SlackAPIStandIn, **settings: str) -> dict:
    """The environment `govbot serve` runs in: this process's, pointed at `data_dir` and the Web API
    stand-in, offline, with `settings` added and none of the developer's own LLM, Chroma server,
    database or Socket Mode settings (the figures are of the defaults)."""
    env = os.environ | {
        "GOVBOT_DATA_DIR": str(data_dir),
        "SLACK_BOT_TOKEN": DEFAULT_TOKEN,
        "SLACK_SIGNING_SECRET": SECRET,
        "SLACK_API_URL": slack.base_url,
        **settings,
        "HF_HUB_OFFLINE": "1",
        "ANONYMIZED_TELEMETRY": "False",
    }
    for unset in ("GOVBOT_LLM", "GOVBOT_CHROMA_URL", "GOVBOT_DATABASE_URL", "SLACK_APP_TOKEN"):
        env.pop(unset, None)
    return env


def start_serve(port: int, env: dict, log_path: Path) -> subprocess.Popen:
    """`govbot serve` on 127.0.0.1:`port`, its output in `log_path`."""
    with open(log_path, "w") as log:
        return subprocess.Popen(
            [str(GOVBOT), "serve", "--port", str(port), "--host", "127.0.0.1"], env=env, stdout=log, stderr=log
        )


def wait_until_healthy(url: str, app: subprocess.Popen, log_path: Path, timeout: float) -> float:
    started = time.perf_counter()
    while time.perf_counter() - started < timeout:
        if app.poll() is not None:
            raise SystemExit(f"govbot serve exited with {app.returncode} before it was healthy:\n{tail(log_path)}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return time.perf_counter() - started
        except OSError:
            pass
        time.sleep(0.25)
    raise SystemExit(f"GET {url} not healthy after {timeout:.0f}s:\n{tail(log_path)}")


def tail(path: Path, lines: int = 40) -> str:
    return "\n".join(path.read_text(errors="replace").splitlines()[-lines:]) if path.exists() else "(no log)"


def answers_in(slack: SlackAPIStandIn, channel: str, ts: str) -> list:
    return slack.calls_to(
        "chat.postMessage", where=lambda c: c.ok and c.response["channel"] == channel and c.args.get("thread_ts") == ts
    )


def wait_for_answers(slack: SlackAPIStandIn, mentions: list[Reply], timeout: float) -> dict[str, list]:
    """Every mention's answers, once each has at least one (or at the deadline)."""
    deadline = time.monotonic() + timeout
    while True:
        found = {
            m.sent["event_id"]: answers_in(slack, m.sent["event"]["channel"], m.sent["event"]["ts"]) for m in mentions
        }
        if all(found.values()) or time.monotonic() > deadline:
            return found
        time.sleep(0.1)


def fire(sender: SlackSender, count: int) -> tuple[list[Reply], float]:
    """`count` mentions sent at the same moment from as many threads; returns them and when they left."""
    pool_questions = questions()
    gate = threading.Barrier(count)

    def mention(n: int) -> Reply:
        gate.wait()
        return sender.app_mention(
            user=PEOPLE[n % len(PEOPLE)],
            channel=CHANNELS[n % len(CHANNELS)],
            text=pool_questions[n % len(pool_questions)],
        )

    with ThreadPoolExecutor(max_workers=count) as pool:
        started = time.time()
        replies = list(pool.map(mention, range(count)))
    return replies, started


def summarise(label: str, values: list[float]) -> str:
    return (
        f"{label}: p50 {percentile(values, 0.5) * 1000:.0f} ms, p95 {percentile(values, 0.95) * 1000:.0f} ms, "
        f"max {max(values) * 1000:.0f} ms, mean {statistics.mean(values) * 1000:.0f} ms"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mentions", type=int, default=50, help="concurrent mentions (default 50)")
    parser.add_argument("--retries", type=int, default=10, help="of those, re-delivered as Slack retries (default 10)")
    parser.add_argument(
        "--data-dir", type=Path, help="an already ingested data dir to reuse (default: a fresh temp one)"
    )
    parser.add_argument("--cold", action="store_true", help="no warm-up mention: the burst meets a freshly started app")
    parser.add_argument("--answer-timeout", type=float, default=300, help="seconds to wait for all answers")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="govbot-slack-load-"))
    data_dir = args.data_dir or work / "data"
    log_path = work / "govbot-serve.log"
    port = free_port()
    slack = SlackAPIStandIn(DEFAULT_TOKEN)
    env = serve_env(data_dir, slack, GOVBOT_REVIEW_CHANNEL="C0REVIEW", GOVBOT_REVIEWERS="U0REVIEWER")
    app = None
    try:
        if args.data_dir is None:
            prepare_data(data_dir, env)
        app = start_serve(port, env, log_path)
        base = f"http://127.0.0.1:{port}"
        print(
            f"govbot serve healthy after {wait_until_healthy(base + '/healthz', app, log_path, 300):.1f}s "
            f"(pid {app.pid})"
        )
        sender = SlackSender(base + "/slack/events", SECRET, hooks_url=slack.hooks_url, timeout=30)

        if not args.cold:
            warm_sent = time.time()
            warm = sender.app_mention(user="U0WARMUP", channel="C0GENERAL", text="is ChatGPT approved?")
            warm_answers = wait_for_answers(slack, [warm], 120)[warm.sent["event_id"]]
            if warm.status != 200 or not warm_answers:
                print(f"warm-up mention: ack {warm.status} {warm.text[:200]!r}, {len(warm_answers)} answers")
                print(f"Web API calls:\n{slack.describe_calls()}\napp log (tail):\n{tail(log_path)}")
                return 1
            print(
                f"warm-up mention: ack {warm.elapsed * 1000:.0f} ms, "
                f"answered after {warm_answers[0].at - warm_sent:.1f}s"
            )
            time.sleep(1.0)  # its last calls (the working reaction removed) land before the slate is wiped
            slack.reset()

        print(f"\n{args.mentions} concurrent mentions ({args.retries} re-delivered as Slack retries) ...")
        mentions, burst_started = fire(sender, args.mentions)
        retried = [
            sender.event(m.sent["event"], event_id=m.sent["event_id"], retry_num=1, retry_reason="http_timeout")
            for m in mentions[: args.retries]
        ]
        found = wait_for_answers(slack, mentions, args.answer_timeout)
        time.sleep(2.0)  # late duplicates (e.g. from the retries) get the chance to show up
        found = {
            m.sent["event_id"]: answers_in(slack, m.sent["event"]["channel"], m.sent["event"]["ts"]) for m in mentions
        }

        acks = [m.elapsed for m in mentions]
        failed_acks = [m for m in mentions + retried if m.status != 200]
        lost = [event_id for event_id, answers in found.items() if not answers]
        duplicated = {event_id: len(answers) for event_id, answers in found.items() if len(answers) > 1}
        answered = [answers[0].at - burst_started for answers in found.values() if answers]
        refused_calls = [c for c in slack.calls if not c.ok and c.method != "response_url"]
        # bot/slack/errors.py apologises "with an error reference" when a listener fails: not an answer
        apologies = [
            a for answers in found.values() for a in answers if "error reference" in (a.args.get("text") or "")
        ]

        print(
            summarise("acknowledgement", acks)
            + f"  (target p95 < {ACK_TARGET_P95 * 1000:.0f} ms: "
            + ("met" if percentile(acks, 0.95) < ACK_TARGET_P95 else "NOT met")
            + ")"
        )
        print(
            f"retried deliveries acknowledged: {sum(1 for r in retried if r.status == 200)}/{len(retried)}, "
            + (summarise("ack", [r.elapsed for r in retried]) if retried else "")
        )
        if answered:
            print(summarise("answer posted after the burst", answered))
            print(
                f"all {len(answered)} answers posted {max(answered):.1f}s after the burst began"
                + ("" if not lost else f" ({len(lost)} never came)")
            )
        print(
            f"answers: {len(found) - len(lost)}/{len(found)} mentions answered, lost {len(lost)}, "
            f"duplicated {len(duplicated)} {duplicated if duplicated else ''}"
        )
        on_its_way = {
            m: len(slack.calls_to(m)) for m in ("reactions.add", "reactions.remove", "assistant.threads.setStatus")
        }
        print(
            f"other Web API calls: {on_its_way}, chat.update {len(slack.calls_to('chat.update'))}, "
            f"refused {len(refused_calls)}"
        )
        if apologies:
            print(f"APOLOGIES instead of answers: {len(apologies)}, e.g. {apologies[0].args.get('text')!r}")
        sample = next((answers[0] for answers in found.values() if answers), None)
        if sample is not None:
            print(
                f"a sample answer: {(sample.args.get('text') or '')[:160]!r} "
                f"+ {len(sample.args.get('blocks') or [])} blocks"
            )
        for call in refused_calls[:5]:
            print(f"  refused: {call.method} -> {call.status} {call.response}")
        if failed_acks:
            print(f"FAILED acknowledgements: {[(r.status, r.text[:100]) for r in failed_acks[:5]]}")
        ok = not failed_acks and not lost and not duplicated and not apologies
        if not ok:
            print(f"\napp log (tail):\n{tail(log_path)}")
        print("\nRESULT: " + ("ok" if ok else "FAILED (see above)"))
        return 0 if ok else 1
    finally:
        if app is not None and app.poll() is None:
            app.terminate()
            try:
                app.wait(timeout=15)
            except subprocess.TimeoutExpired:
                app.kill()
        slack.close()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
