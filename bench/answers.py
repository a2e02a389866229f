"""Answer quality: does the first thing govbot says decide the question?

    python bench/answers.py [--development] [--show-holdout]

Ingests policies/ into a temporary index and imports policies/inventory.csv into a temporary
database (what `make index` sets up), then asks every question of bench/eval/answers.json
(development split, tuned on) and bench/eval/answers_holdout.json (held out, never tuned on).

An answerable question is answered right when the answer is confident and its lead — the first
`lead_lines` non-empty lines of the plain-text answer (default 2: the deciding line and the first
quote or card line) — matches every `must` pattern and no `must_not` pattern. A question the
documents do not answer is answered right when govbot refuses (confident false).

Prints accuracy per split, per topic and per round of questions written (the development split
grows in rounds, each written before the code changes it led to), the development split's misses
(the held-out split's only with --show-holdout; --development leaves the held-out split out
altogether, for working on the answers without seeing it), the answer-confidence trade-off curve
(refusing below a threshold of Reply.confidence -> share of answerable questions answered, share
of unanswerable ones refused), and p50/p95 of Assistant.answer warm.
Figures only: nothing here asserts.
"""

from __future__ import annotations

import json
import os
import re
import statistics
import sys
import tempfile
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

from bench.figures import percentile  # noqa: E402
from bot.answers.policy import ANSWER_THRESHOLD  # noqa: E402
from bot.assistant import Assistant  # noqa: E402
from bot.reply import Reply  # noqa: E402
from bot.settings import Settings  # noqa: E402
from ingest.pipeline import ingest  # noqa: E402
from knowledge.inventory import import_csv  # noqa: E402
from knowledge.inventory.database import Database  # noqa: E402
from knowledge.retrieval.embeddings import load_embedder  # noqa: E402
from knowledge.retrieval.index import KnowledgeIndex  # noqa: E402

EVAL = ROOT / "bench" / "eval"
SPLITS = {"development": EVAL / "answers.json", "held-out": EVAL / "answers_holdout.json"}
DEFAULT_LEAD_LINES = 2


@dataclass
class Outcome:
    item: dict
    reply: Reply
    right: bool
    why: str  # what was wrong ("" when right)

    @property
    def answerable(self) -> bool:
        return self.item.get("answerable", True)


def lead_of(reply: Reply, lines: int) -> str:
    """The first `lines` non-empty lines of the plain-text answer: what a person reads first."""
    return "\n".join([line for line in reply.text.splitlines() if line.strip()][:lines])


def judge(item: dict, reply: Reply) -> Outcome:
    if not item.get("answerable", True):
        return Outcome(
            item,
            reply,
            not reply.confident,
            "answered a question the documents do not answer" if reply.confident else "",
        )
    if not reply.confident:
        return Outcome(item, reply, False, "refused")
    lead = lead_of(reply, item.get("lead_lines", DEFAULT_LEAD_LINES))
    missing = [pattern for pattern in item["must"] if not re.search(pattern, lead, re.IGNORECASE)]
    wrong = [pattern for pattern in item.get("must_not", []) if re.search(pattern, lead, re.IGNORECASE)]
    why = "; ".join([*(f"lead lacks /{p}/" for p in missing), *(f"lead says /{p}/" for p in wrong)])
    return Outcome(item, reply, not why, why)


def run(assistant: Assistant, items: list[dict]) -> list[Outcome]:
    return [judge(item, assistant.answer(item["question"])) for item in items]


def report_split(name: str, outcomes: list[Outcome], show_misses: bool) -> None:
    answerable = [o for o in outcomes if o.answerable]
    unanswerable = [o for o in outcomes if not o.answerable]
    right = sum(o.right for o in answerable)
    refused = sum(o.right for o in unanswerable)
    print(
        f"\n{name}: answer accuracy {right}/{len(answerable)} = {right / len(answerable):.3f}; "
        f"unanswerable refused {refused}/{len(unanswerable)}; "
        f"overall {right + refused}/{len(outcomes)} = {(right + refused) / len(outcomes):.3f}"
    )
    by_topic: dict[str, list[Outcome]] = defaultdict(list)
    for outcome in outcomes:
        by_topic[outcome.item["topic"]].append(outcome)
    print("  " + ", ".join(f"{topic} {sum(o.right for o in group)}/{len(group)}" for topic, group in by_topic.items()))
    by_round: dict[int, list[Outcome]] = defaultdict(list)
    for outcome in outcomes:
        by_round[outcome.item.get("round", 1)].append(outcome)
    if len(by_round) > 1:
        print("  by round: " + ", ".join(round_figures(number, by_round[number]) for number in sorted(by_round)))
    misses = [o for o in outcomes if not o.right]
    if not show_misses:
        if misses:
            print(f"  ({len(misses)} misses not shown: this split is not tuned on; --show-holdout prints them)")
        return
    for outcome in misses:
        lead = lead_of(outcome.reply, outcome.item.get("lead_lines", DEFAULT_LEAD_LINES)).replace("\n", " ⏎ ")
        print(f"  miss [{outcome.item['topic']}] {outcome.item['question']!r}: {outcome.why}")
        print(f"       lead: {lead[:300]}")


def round_figures(number: int, outcomes: list[Outcome]) -> str:
    answerable = [o for o in outcomes if o.answerable]
    unanswerable = [o for o in outcomes if not o.answerable]
    return (
        f"round {number} answered right {sum(o.right for o in answerable)}/{len(answerable)}, "
        f"refused {sum(o.right for o in unanswerable)}/{len(unanswerable)}"
    )


def report_curve(outcomes: list[Outcome], both: bool) -> None:
    """Refusing below a threshold of answer confidence: how many answerable questions still get an
    answer, and how many unanswerable ones are refused, at each threshold."""
    answerable = [o.reply.confidence for o in outcomes if o.answerable]
    unanswerable = [o.reply.confidence for o in outcomes if not o.answerable]
    splits = "both splits" if both else "development split"
    print(f"\nanswer-confidence trade-off, {splits} ({len(answerable)} answerable, {len(unanswerable)} unanswerable):")
    print(f"  {'threshold':>9} {'answered':>9} {'refused':>8}")
    for threshold in sorted({round(0.20 + 0.05 * step, 2) for step in range(13)} | {ANSWER_THRESHOLD}):
        answered = sum(score >= threshold for score in answerable) / len(answerable)
        refused = sum(score < threshold for score in unanswerable) / len(unanswerable)
        marker = "  <- default" if threshold == ANSWER_THRESHOLD else ""
        print(f"  {threshold:9.2f} {answered:9.3f} {refused:8.3f}{marker}")


def report_latency(assistant: Assistant, questions: list[str]) -> None:
    timings = []
    for _ in range(3):
        for question in questions:
            started = time.perf_counter()
            assistant.answer(question)
            timings.append((time.perf_counter() - started) * 1000)
    print(
        f"\nAssistant.answer, warm, {len(timings)} calls: p50 {percentile(timings, 0.5):.1f} ms, "
        f"p95 {percentile(timings, 0.95):.1f} ms, mean {statistics.mean(timings):.1f} ms, max {max(timings):.1f} ms"
        f" (load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs: other work slows this)"
    )


def main() -> None:
    show_holdout = "--show-holdout" in sys.argv[1:]
    chosen = ["development"] if "--development" in sys.argv[1:] else list(SPLITS)
    settings = Settings()
    splits = {name: json.loads(SPLITS[name].read_text(encoding="utf-8"))["questions"] for name in chosen}
    with tempfile.TemporaryDirectory() as scratch:
        scratch = Path(scratch)
        embedder = load_embedder(settings.embedding_model)
        ingest([ROOT / "policies"], KnowledgeIndex(scratch / "index", embedder))
        index = KnowledgeIndex(scratch / "index", embedder).open_for_search()
        db = Database(f"sqlite:///{scratch / 'inventory.db'}")
        db.migrate()
        import_csv(db, ROOT / "policies" / "inventory.csv", "bench")
        assistant = Assistant(index, settings.min_score, settings.governance_channel, db=db)
        questions = [item["question"] for items in splits.values() for item in items]
        for question in questions:
            assistant.answer(question)  # warm-up: model, caches
        counts = Counter(item.get("answerable", True) for items in splits.values() for item in items)
        print(
            f"answers: {len(questions)} questions "
            f"({counts[True]} answerable, {counts[False]} not answered by the documents)"
        )
        outcomes = {name: run(assistant, items) for name, items in splits.items()}
        for name, split_outcomes in outcomes.items():
            report_split(name, split_outcomes, show_misses=name == "development" or show_holdout)
        report_curve([o for split_outcomes in outcomes.values() for o in split_outcomes], len(chosen) > 1)
        report_latency(assistant, questions)
        db.dispose()


if __name__ == "__main__":
    main()
