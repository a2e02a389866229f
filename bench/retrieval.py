"""Retrieval quality and answer latency.

    python bench/retrieval.py

Ingests policies/ (and the NIST AI RMF from ../shared, when present) into temporary indexes,
then prints hit@1/3/5 and MRR for hybrid, dense-only and BM25-only retrieval over the
evaluation sets in bench/eval/, how a threshold on the best section's similarity would split
answerable from unanswerable questions (GOVBOT_MIN_SCORE, which now only gates the fixed lookups:
whether a question is answered is decided per sentence, see bench/answers.py), and p50/p95
latency of Assistant.answer in a warm process.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.figures import percentile  # noqa: E402
from bench.nist_corpus import SHARED_NIST, write_markdown  # noqa: E402
from bot.assistant import Assistant  # noqa: E402
from bot.settings import Settings  # noqa: E402
from ingest.pipeline import ingest  # noqa: E402
from knowledge.retrieval.embeddings import load_embedder  # noqa: E402
from knowledge.retrieval.index import SEARCH_MODES, Hit, KnowledgeIndex  # noqa: E402

EVAL = ROOT / "bench" / "eval"


def load_items(*names: str) -> list[dict]:
    return [item for name in names for item in json.loads((EVAL / name).read_text())]


def is_expected(hit: Hit, expected: list[str]) -> bool:
    return hit.control_id in expected or f"{hit.source}§{hit.section}" in expected


def quality(index: KnowledgeIndex, items: list[dict], mode: str) -> dict[str, float]:
    ranks = []
    for item in items:
        hits = index.search(item["question"], limit=5, mode=mode)
        rank = next((n for n, hit in enumerate(hits, 1) if is_expected(hit, item["expected"])), None)
        ranks.append(rank)
    count = len(items)
    return {
        "hit@1": sum(1 for r in ranks if r == 1) / count,
        "hit@3": sum(1 for r in ranks if r and r <= 3) / count,
        "hit@5": sum(1 for r in ranks if r) / count,
        "MRR": sum(1 / r for r in ranks if r) / count,
    }


def build(paths: list[Path], data_dir: Path) -> KnowledgeIndex:
    index = KnowledgeIndex(data_dir, load_embedder(Settings().embedding_model))
    report = ingest(paths, index)
    print(f"  ingested {len(report.added)} files, {report.chunks} chunks in {report.seconds:.1f}s")
    return KnowledgeIndex(data_dir, index.embedder).open_for_search()


def report_quality(name: str, index: KnowledgeIndex, items: list[dict]) -> None:
    print(f"\n{name}: {len(items)} questions")
    print(f"  {'mode':8} {'hit@1':>6} {'hit@3':>6} {'hit@5':>6} {'MRR':>6}")
    for mode in SEARCH_MODES:
        scores = quality(index, items, mode)
        print(f"  {mode:8} " + " ".join(f"{scores[key]:6.3f}" for key in ("hit@1", "hit@3", "hit@5", "MRR")))


def report_latency(assistant: Assistant, questions: list[str]) -> None:
    for question in questions:
        # warm-up: each section's sentences are embedded the first time an answer reads them (SentenceBank), which
        # a warm process has done long before; warming on five questions left a third of the calls timed cold
        assistant.answer(question)
    timings = []
    for _ in range(3):
        for question in questions:
            started = time.perf_counter()
            assistant.answer(question)
            timings.append((time.perf_counter() - started) * 1000)
    print(
        f"  Assistant.answer latency over {len(timings)} calls: p50 {percentile(timings, 0.5):.1f} ms, "
        f"p95 {percentile(timings, 0.95):.1f} ms, mean {statistics.mean(timings):.1f} ms"
        f" (load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs: other work slows this)"
    )


def report_confidence(assistant: Assistant, answerable: list[str], unanswerable: list[str]) -> None:
    top = lambda q: (assistant.index.search(q, limit=1) or [None])[0]  # noqa: E731
    answerable_scores = [top(q).score for q in answerable]
    unanswerable_scores = [top(q).score for q in unanswerable]
    print(
        f"\nbest section's similarity as a threshold "
        f"(answerable {len(answerable)}, unanswerable {len(unanswerable)} questions):"
    )
    print(f"  {'min_score':>9} {'answered':>9} {'refused':>8}")
    thresholds = sorted({round(0.30 + 0.02 * step, 2) for step in range(11)} | {assistant.min_score})
    for threshold in thresholds:
        answered = sum(s >= threshold for s in answerable_scores) / len(answerable_scores)
        refused = sum(s < threshold for s in unanswerable_scores) / len(unanswerable_scores)
        marker = "  <- default" if abs(threshold - assistant.min_score) < 1e-9 else ""
        print(f"  {threshold:9.2f} {answered:9.3f} {refused:8.3f}{marker}")


def main() -> None:
    settings = Settings()
    with tempfile.TemporaryDirectory() as scratch:
        scratch = Path(scratch)
        print("policies/:")
        index = build([ROOT / "policies"], scratch / "policies-index")
        items = load_items("policies_company.json", "policies_iso.json")
        report_quality("policies/ (company policy + ISO 42001 guidance)", index, items)
        assistant = Assistant(index, settings.min_score, settings.governance_channel)
        unanswerable = json.loads((EVAL / "unanswerable.json").read_text())
        report_confidence(assistant, [item["question"] for item in items], unanswerable)
        report_latency(assistant, [item["question"] for item in items])

        if SHARED_NIST.exists():
            print("\nNIST AI RMF (../shared/corpora/nist-ai-rmf):")
            write_markdown(SHARED_NIST, scratch / "nist")
            nist = build([scratch / "nist"], scratch / "nist-index")
            nist_items = load_items("nist.json")
            report_quality("NIST AI RMF 1.0", nist, nist_items)
            report_latency(
                Assistant(nist, settings.min_score, settings.governance_channel), [i["question"] for i in nist_items]
            )
        else:
            print(f"\nNIST corpus not found at {SHARED_NIST}: outside-corpus figures skipped")


if __name__ == "__main__":
    main()
