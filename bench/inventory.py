"""The AI tool inventory: "is X approved?" resolution accuracy, status-answer latency with 1,000
tools, and registration throughput under 8 concurrent writers.

    python bench/inventory.py

(a) resolves the phrasings of bench/eval/tool_phrasings.json against policies/inventory.csv (18 tools)
    and prints accuracy overall and per group (a named tool / no known tool / ambiguous) and every miss;
    the same for bench/eval/tool_phrasings_holdout.json (never tuned on); then both again with 982
    synthetic tools added, to see whether a big inventory confuses it.
(b) p50/p95 of Assistant.answer on tool-status questions in a warm process, 1,000 tools in the
    inventory, index of policies/ (the policy section each answer cites).
    Then "can I put <data> into <tool>?": on bench/eval/data_phrasings.json, how often the answer's
    data verdict is about the right row of the policy's data table (or absent when the question
    names none), and the latency of those answers; then the latency of "which tools are approved?".
(c) registrations per second from 8 writer threads, on SQLite and on PostgreSQL
    (GOVBOT_BENCH_POSTGRES_URL, default the test server), including deliberate duplicate
    submissions; then counts rows to show nothing was lost or filed twice.

Figures only: nothing here asserts. The machine is shared, so latencies are noisy.
"""

from __future__ import annotations

import csv
import json
import os
import random
import statistics
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

from sqlalchemy import func, select  # noqa: E402

from bench.figures import percentile, seconds_in_threads  # noqa: E402
from bench.postgres import on_postgres  # noqa: E402
from bot.answers.intents import classify  # noqa: E402
from bot.assistant import Assistant  # noqa: E402
from bot.settings import Settings  # noqa: E402
from ingest.pipeline import ingest  # noqa: E402
from knowledge.inventory import CSV_COLUMNS, ToolDirectory, import_csv  # noqa: E402
from knowledge.inventory.database import Database  # noqa: E402
from knowledge.inventory.matching import same_names  # noqa: E402
from knowledge.inventory.models import RegistrationRequest  # noqa: E402
from knowledge.inventory.registration import register  # noqa: E402
from knowledge.retrieval.embeddings import load_embedder  # noqa: E402
from knowledge.retrieval.index import KnowledgeIndex  # noqa: E402

INVENTORY = ROOT / "policies" / "inventory.csv"
PHRASINGS = ROOT / "bench" / "eval" / "tool_phrasings.json"
# Written after the resolver was last tuned on PHRASINGS, and never tuned on: how well it generalises.
HOLDOUT = ROOT / "bench" / "eval" / "tool_phrasings_holdout.json"
DATA_PHRASINGS = ROOT / "bench" / "eval" / "data_phrasings.json"
CATEGORIES = [
    "writing",
    "meeting assistant",
    "image generation",
    "code assistant",
    "translation",
    "search",
    "general assistant",
    "productivity suite",
    "hr / recruiting",
    "analytics",
    "customer support",
    "video",
]
STATUSES = ["approved", "approved_with_conditions", "rejected", "retired"]
WRITERS = 8
DISTINCT_REGISTRATIONS = 400


def pseudo_words(count: int, seed: int) -> list[str]:
    """Pronounceable made-up product names ("Velvora", "Tramik"), none a real tool, and no two so
    alike that duplicate detection would (rightly) take one for a typo of the other."""
    rng = random.Random(seed)
    onsets = [
        "b",
        "br",
        "d",
        "dr",
        "f",
        "fl",
        "g",
        "gr",
        "k",
        "kl",
        "l",
        "m",
        "n",
        "p",
        "pr",
        "qu",
        "r",
        "s",
        "sk",
        "st",
        "t",
        "tr",
        "v",
        "z",
        "zh",
    ]
    vowels = ["a", "e", "i", "o", "u", "ai", "ea", "io"]
    codas = ["", "", "n", "r", "x", "l", "m", "nt", "sk"]
    words: list[str] = []
    seen: set[str] = set()
    while len(words) < count:
        word = "".join(rng.choice(onsets) + rng.choice(vowels) for _ in range(rng.choice((2, 3)))) + rng.choice(codas)
        if len(word) >= 6 and word not in seen and not same_names([word], words or ["-"]).any():
            seen.add(word)
            words.append(word.capitalize())
    return words


def synthetic_inventory(path: Path, count: int) -> None:
    """The shipped inventory plus `count` plausible made-up tools, as one CSV file."""
    rng = random.Random(42)
    with INVENTORY.open(encoding="utf-8") as shipped:
        rows = list(csv.DictReader(shipped))
    for word in pseudo_words(count, seed=7):
        category = rng.choice(CATEGORIES)
        suffix = rng.choice(["", "", " AI", " Pro", " Notes", " Studio", " Assist"])
        rows.append(
            {
                "name": f"{word}{suffix}",
                "vendor": f"{word} Labs",
                "status": rng.choice(STATUSES),
                "aliases": ";".join([word] if suffix else []),
                "conditions": "",
                "owner": "Synthetic Owner",
                "data_classification": rng.choice(["public", "internal", "confidential"]),
                "category": category,
                "url": f"https://www.{word.lower()}.example",
                "notes": "",
            }
        )
    with path.open("w", encoding="utf-8", newline="") as file:
        writer = csv.DictWriter(file, CSV_COLUMNS)
        writer.writeheader()
        writer.writerows(rows)


def resolved(question: str, directory: ToolDirectory) -> str | None:
    """What the assistant takes the question to be about: a tool's name, AMBIGUOUS, or None."""
    asked = classify(question, directory)
    if asked.resolution is None:
        return None
    if asked.resolution.ambiguous:
        return "AMBIGUOUS"
    return asked.resolution.tool.name if asked.resolution.tool else None


def group_of(expected: str | None) -> str:
    return "no known tool" if expected is None else "ambiguous" if expected == "AMBIGUOUS" else "named tool"


def report_accuracy(title: str, db: Database, items: list[dict]) -> None:
    directory = ToolDirectory(db)
    results = [(item, resolved(item["question"], directory)) for item in items]
    print(f"\n{title}: {len(items)} phrasings")
    correct = [item["expected"] == got for item, got in results]
    print(f"  overall            {sum(correct) / len(items):6.1%}  ({sum(correct)}/{len(items)})")
    for group in ("named tool", "no known tool", "ambiguous"):
        members = [(item, got) for item, got in results if group_of(item["expected"]) == group]
        hits = sum(item["expected"] == got for item, got in members)
        print(f"  {group:18} {hits / len(members):6.1%}  ({hits}/{len(members)})")
    unregistered = [item for item, _ in results if item["expected"] is None]
    recognised = sum(classify(item["question"], directory).name is not None for item in unregistered)
    print(f'  no-known-tool phrasings answered as tool status ("not registered"): {recognised}/{len(unregistered)}')
    misses = [(item, got) for item, got in results if item["expected"] != got]
    for item, got in misses:
        print(f"  miss: {item['question']!r}: expected {item['expected']}, got {got}")


def report_latency(db: Database, items: list[dict], scratch: Path) -> Assistant:
    settings = Settings()
    embedder = load_embedder(settings.embedding_model)
    index = KnowledgeIndex(scratch / "index", embedder)
    report = ingest([ROOT / "policies"], index)
    print(f"\nstatus-answer latency: policies/ indexed ({report.chunks} chunks in {report.seconds:.1f}s)")
    assistant = Assistant(KnowledgeIndex(scratch / "index", embedder).open_for_search(), settings.min_score, db=db)
    questions = [item["question"] for item in items]
    for question in questions:
        assistant.answer(question)  # warm-up: model, caches, each policy section found once
    timings, intents = [], Counter()
    for _ in range(5):
        for question in questions:
            started = time.perf_counter()
            reply = assistant.answer(question)
            timings.append((time.perf_counter() - started) * 1000)
            intents[reply.intent] += 1
    print(
        f"  Assistant.answer on {len(questions)} tool-status questions x 5, 1,000 tools: {len(timings)} calls, "
        f"p50 {percentile(timings, 0.5):.1f} ms, p95 {percentile(timings, 0.95):.1f} ms, "
        f"mean {statistics.mean(timings):.1f} ms, max {max(timings):.1f} ms"
    )
    print(f"  intents: {dict(intents)}")
    return assistant


LIST_QUESTIONS = [
    "which AI tools are approved?",
    "what can I use for transcription?",
    "which tools can take customer data?",
]


def report_tool_lists(assistant: Assistant) -> None:
    timings, sizes = [], {}
    for _ in range(20):
        for question in LIST_QUESTIONS:
            started = time.perf_counter()
            reply = assistant.answer(question)
            timings.append((time.perf_counter() - started) * 1000)
            sizes[question] = len(reply.tools)
    print(
        f"  tool lists ({', '.join(f'{q!r}: {n} listed' for q, n in sizes.items())}), 1,000 tools, "
        f"{len(timings)} calls: "
        f"p50 {percentile(timings, 0.5):.1f} ms, p95 {percentile(timings, 0.95):.1f} ms"
    )


def report_data_verdicts(assistant: Assistant) -> None:
    items = json.loads(DATA_PHRASINGS.read_text())["questions"]
    right, timings = 0, []
    for item in items:
        started = time.perf_counter()
        verdict = assistant.answer(item["question"]).data_verdict
        timings.append((time.perf_counter() - started) * 1000)
        if (
            verdict.kind.startswith(item["kind"])
            if verdict and item["kind"]
            else verdict is None and item["kind"] is None
        ):
            right += 1
        else:
            print(f"  miss: {item['question']!r}: expected {item['kind']}, got {verdict.kind if verdict else None}")
    named = sum(1 for item in items if item["kind"])
    print(
        f"  data verdicts on {len(items)} phrasings ({named} name a kind of data, {len(items) - named} none): "
        f"{right}/{len(items)} right; p50 {percentile(timings, 0.5):.1f} ms, p95 {percentile(timings, 0.95):.1f} ms"
    )


def registration_forms() -> tuple[list[dict], list[dict]]:
    """400 distinct tools, and 80 duplicate submissions: 40 resubmitted as they were, 40 by someone
    else for a tool already submitted."""
    forms = []
    for number, word in enumerate(pseudo_words(DISTINCT_REGISTRATIONS, seed=99)):
        forms.append(
            {
                "name": word,
                "vendor": f"{word} Software",
                "url": f"https://{word.lower()}.example",
                "purpose": f"Drafting and summarising documents with {word}",
                "requester_id": f"U{number:04d}",
                "requester_name": f"Person {number}",
                "data_categories": "internal",
                "vendor_trains_on_data": "no",
                "enterprise_agreement": "yes",
            }
        )
    rng = random.Random(5)
    again = [dict(form) for form in rng.sample(forms, 40)]
    others = [
        dict(form, requester_id=f"X{n:04d}", purpose="We want it too, for team notes")
        for n, form in enumerate(rng.sample(forms, 40))
    ]
    return forms, again + others


def report_throughput(label: str, url: str) -> None:
    db = Database(url)
    db.migrate()
    distinct, duplicates = registration_forms()
    work = distinct + duplicates
    random.Random(11).shuffle(work)
    outcomes: Counter = Counter()
    errors: list[str] = []
    not_filed: dict[str, str] = {}  # a tool taken for a duplicate of another tool: of which
    lock = threading.Lock()
    barrier = threading.Barrier(WRITERS)

    def writer(batch: list[dict]) -> None:
        barrier.wait()
        for form in batch:
            mistaken = None
            try:
                outcome = register(db, form)
                kind = outcome.kind
                if kind == "duplicate" and (outcome.tool or outcome.request).name != form["name"]:
                    mistaken = outcome.duplicate_of  # refused as a near-duplicate of a different tool
            except Exception as error:  # counted and shown: a failure is a finding, not a crash
                kind = "error"
                errors.append(f"{form['name']}: {type(error).__name__}: {error}")
            with lock:
                outcomes[kind] += 1
                if mistaken:
                    not_filed[form["name"]] = mistaken

    seconds = seconds_in_threads(writer, work, WRITERS)
    with db.reading() as session:
        rows = session.scalar(select(func.count(RegistrationRequest.id)))
        stored = Counter(session.scalars(select(RegistrationRequest.name)))
    # Lost: a tool submitted but not stored, other than one refused as a near-duplicate (shown apart).
    lost = [form["name"] for form in distinct if stored[form["name"]] == 0 and form["name"] not in not_filed]
    doubled = [name for name, count in stored.items() if count > 1]
    print(
        f"  {label:10} {len(work)} submissions ({len(distinct)} distinct tools, {len(duplicates)} duplicates) "
        f"in {seconds:.2f}s: {len(work) / seconds:.0f} submissions/s, {outcomes['filed'] / seconds:.0f} filed/s"
    )
    print(
        f"  {'':10} outcomes {dict(outcomes)}; rows {rows}; lost {len(lost)}; duplicated {len(doubled)}; "
        f"taken for another tool {len(not_filed)}"
    )
    findings = [f"{name} taken for a duplicate of {other}" for name, other in list(not_filed.items())[:5]]
    findings += [f"lost: {name}" for name in lost[:5]] + [f"filed twice: {name}" for name in doubled[:5]]
    for line in errors[:5] + findings:
        print(f"  {'':10} {line}")
    db.dispose()


def main() -> None:
    items = json.loads(PHRASINGS.read_text())
    with tempfile.TemporaryDirectory() as scratch:
        scratch = Path(scratch)
        shipped = Database(f"sqlite:///{scratch / 'shipped.db'}")
        shipped.migrate()
        import_csv(shipped, INVENTORY, "bench")
        report_accuracy("(a) tool-status resolution, policies/inventory.csv (18 tools)", shipped, items)
        holdout = json.loads(HOLDOUT.read_text())
        report_accuracy("    held-out phrasings (never tuned on), 18 tools", shipped, holdout)

        synthetic_inventory(scratch / "thousand.csv", 982)
        thousand = Database(f"sqlite:///{scratch / 'thousand.db'}")
        thousand.migrate()
        import_csv(thousand, scratch / "thousand.csv", "bench")
        report_accuracy("    the same with 982 synthetic tools added (1,000 tools)", thousand, items)
        report_accuracy("    held-out phrasings, 1,000 tools", thousand, holdout)

        print("\n(b)", end="")
        assistant = report_latency(thousand, items, scratch)
        report_data_verdicts(assistant)
        report_tool_lists(assistant)

        print(f"\n(c) registrations, {WRITERS} concurrent writer threads:")
        report_throughput("SQLite", f"sqlite:///{scratch / 'writers.db'}")
        on_postgres(lambda url: report_throughput("PostgreSQL", url))


if __name__ == "__main__":
    main()
