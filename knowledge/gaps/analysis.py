"""ISO/IEC 42001 gap analysis: for each control, the organization's policy sections that address it,
a verdict (covered / partial / missing), the evidence quoted and cited, and what the guidance
expects where the policies fall short.

How a verdict is reached, per control:

- Every stored passage of the organization's documents is compared with every control's
  expectation (its title and "What the control expects", embedded once per process) by cosine
  similarity, using the vectors the index already holds.
- A passage *addresses* a control when it is about AI governance at all (`Thresholds.relevant`, a
  cosine floor) and fits that control nearly as well as any other control of the catalogue
  (`Thresholds.addresses`, a margin). Policy text is all about AI governance, so raw similarity is
  high everywhere; what tells a supplier clause from a roles table is which control it fits best.
- The *strength* of a passage for a control is its similarity plus `lexical_weight` x its BM25 score
  for the control's text, relative to the BM25 score that text would get against itself.
- covered: an addressing passage is at least `Thresholds.covered` strong, or a document cites the
  control explicitly ("supports ISO/IEC 42001 A.10.3", "clause 9.3") and addresses it somewhere;
  partial: some passage addresses it; missing: none does. A document that cites a control without
  addressing it is listed under `mentions`, never as evidence.

Thresholds are calibrated on labelled corpora with deliberate gaps (bench/gap_analysis.py).
Quotes are sentences of the stored documents, chosen by the control's most informative words;
nothing is generated.
"""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from knowledge.gaps.controls import GUIDANCE_DIR, Control, guidance_fingerprints, load_catalogue
from knowledge.gaps.corpus import DEFAULT_GUIDANCE_PREFIX, Corpus, Passage, read_corpus, references_in
from knowledge.retrieval.embeddings import Embedder
from knowledge.retrieval.index import KnowledgeIndex
from knowledge.retrieval.lexical import LexicalIndex, tokenize

COVERED, PARTIAL, MISSING = "covered", "partial", "missing"
VERDICTS = (COVERED, PARTIAL, MISSING)
EVIDENCE_SECTIONS = 3  # retrieved sections quoted per control, best first


@dataclass(frozen=True)
class Thresholds:
    relevant: float = 0.35  # cosine under which a passage is off the subject (policies: 0.4+, a menu: 0.2)
    addresses: float = -0.06  # margin over the best other control at which a passage addresses this one
    covered: float = 0.76  # strength of the best addressing passage for "covered"
    cited: float = -0.10  # margin at which a document citing the control is taken to address it
    lexical_weight: float = 0.5  # share of the relative BM25 score in a passage's strength


THRESHOLDS = Thresholds()


@dataclass(frozen=True)
class Evidence:
    """One section of the organization's policies, quoted for a control."""

    source: str
    title: str
    heading: str
    section: str | None
    citation: str
    quote: str
    match: str  # "reference": it cites the control; "retrieval": it reads like the control's expectation
    score: float | None = None  # the passage's strength (retrieval only)

    def to_dict(self) -> dict:
        return {
            "source": self.source,
            "title": self.title,
            "section": self.section,
            "heading": self.heading,
            "citation": self.citation,
            "quote": self.quote,
            "match": self.match,
            "score": self.score,
        }


@dataclass(frozen=True)
class ControlGap:
    """The verdict on one control, and why."""

    control: Control
    verdict: str
    strength: float | None  # the best addressing passage's strength; None when nothing addresses it
    evidence: list[Evidence] = field(default_factory=list)
    mentions: list[Evidence] = field(default_factory=list)  # citations of the control by text that does not address it

    def to_dict(self) -> dict:
        """The control's entry in the report's JSON (`govbot report --format json`)."""
        control = self.control
        return {
            "control": control.id,
            "kind": control.kind,
            "title": control.title,
            "group": control.group,
            "verdict": self.verdict,
            "strength": self.strength,
            "evidence": [item.to_dict() for item in self.evidence],
            "mentions": [item.to_dict() for item in self.mentions],
            "guidance": None
            if self.verdict == COVERED
            else {
                "source": control.source,
                "title": control.document,
                "heading": control.heading,
                "citation": control.citation,
                "quote": control.expects,
            },
        }


@dataclass(frozen=True)
class GapReport:
    entries: list[ControlGap]
    organization: list[str]  # the documents analysed
    guidance: list[str]  # the documents recognised as guidance and left out
    thresholds: Thresholds
    seconds: float

    def entry(self, control_id: str) -> ControlGap:
        for entry in self.entries:
            if entry.control.id == control_id:
                return entry
        raise KeyError(control_id)

    def verdicts(self) -> dict[str, str]:
        return {entry.control.id: entry.verdict for entry in self.entries}

    def summary(self) -> dict[str, dict[str, int]]:
        """How many controls of each kind have each verdict."""
        counts: dict[str, dict[str, int]] = {}
        for entry in self.entries:
            counts.setdefault(entry.control.kind, dict.fromkeys(VERDICTS, 0))[entry.verdict] += 1
        return counts

    def to_dict(self) -> dict:
        return {
            "controls": [entry.to_dict() for entry in self.entries],
            "summary": self.summary(),
            "documents": {"organization": self.organization, "guidance": self.guidance},
            "thresholds": vars(self.thresholds),
            "seconds": round(self.seconds, 3),
        }


@dataclass
class Measurements:
    """Everything a verdict depends on, measured once per index; verdicts for any thresholds follow
    without another embedding (bench/gap_analysis.py calibrates them this way)."""

    catalogue: list[Control]
    corpus: Corpus
    similarity: np.ndarray  # controls x passages: cosine
    margin: np.ndarray  # controls x passages: cosine minus the best other control's
    lexical: np.ndarray  # controls x passages: BM25 relative to the control text's own
    references: dict[str, list[tuple[Passage, str]]]  # control id -> (citing passage, sentence)
    word_weights: dict[str, float]
    seconds: float

    def verdicts(self, thresholds: Thresholds = THRESHOLDS) -> dict[str, str]:
        """Control id -> verdict, without the evidence (what calibration needs, thousands of times)."""
        return {
            control.id: verdict for control, verdict in zip(self.catalogue, self._decide(thresholds)[0], strict=True)
        }

    def report(self, thresholds: Thresholds = THRESHOLDS) -> GapReport:
        started = time.perf_counter()
        verdicts, strength, addressing, best, citing = self._decide(thresholds)
        entries = []
        for row, control in enumerate(self.catalogue):
            cited: list[Evidence] = []
            mentions: list[Evidence] = []
            for passage, sentence in self.references.get(control.id, []):
                item = _evidence(passage, sentence, "reference")
                (cited if passage.source in citing[row] else mentions).append(item)
            evidence = cited + self._retrieved(control, strength[row], addressing[row], cited)
            value = round(float(best[row]), 4) if np.isfinite(best[row]) else None
            entries.append(ControlGap(control, verdicts[row], value, evidence, mentions))
        corpus = self.corpus
        seconds = self.seconds + time.perf_counter() - started
        return GapReport(entries, corpus.organization, corpus.guidance, thresholds, seconds)

    def _decide(self, thresholds: Thresholds):
        """Per control: verdict, and the strength, addressing mask, best addressing strength and
        sources of valid citations it rests on."""
        strength = self.similarity + thresholds.lexical_weight * self.lexical
        relevant = self.similarity >= thresholds.relevant
        addressing = relevant & (self.margin >= thresholds.addresses)
        best = np.where(addressing, strength, -np.inf).max(axis=1, initial=-np.inf)
        sources = [p.source for p in self.corpus.passages]
        verdicts, citing = [], []
        for row, control in enumerate(self.catalogue):
            # A document that cites the control is held to a lower bar than retrieval alone, but
            # to a bar: "unlike A.6.2.8, this is not about logs" in a lunch policy is a mention.
            cited_by = {passage.source for passage, _ in self.references.get(control.id, [])}
            fitting = {sources[p] for p in np.flatnonzero(relevant[row] & (self.margin[row] >= thresholds.cited))}
            citing.append(cited_by & fitting)
            if citing[-1] or best[row] >= thresholds.covered:
                verdicts.append(COVERED)
            elif addressing[row].any():
                verdicts.append(PARTIAL)
            else:
                verdicts.append(MISSING)
        return verdicts, strength, addressing, best, citing

    def _retrieved(self, control: Control, strength: np.ndarray, addressing: np.ndarray, cited: list) -> list:
        """The best addressing sections, one passage each, quoted."""
        passages = self.corpus.passages
        retrieved, seen = [], {(item.source, item.heading) for item in cited}
        for p in sorted(np.flatnonzero(addressing), key=lambda p: -strength[p]):
            passage = passages[p]
            if (passage.source, passage.heading) in seen:
                continue
            seen.add((passage.source, passage.heading))
            quote = self._quote(passage, control)
            retrieved.append(_evidence(passage, quote, "retrieval", round(float(strength[p]), 4)))
            if len(retrieved) == EVIDENCE_SECTIONS:
                break
        return retrieved

    def _quote(self, passage: Passage, control: Control) -> str:
        """The passage's sentence that shares the control's most informative words."""
        wanted = set(tokenize(f"{control.title} {control.expects}"))
        sentences = passage.sentences() or [passage.text.strip()]

        def weight(sentence: str) -> float:
            return sum(self.word_weights.get(token, 0.0) for token in set(tokenize(sentence)) & wanted)

        return max(sentences, key=weight)


def _evidence(passage: Passage, quote: str, match: str, score: float | None = None) -> Evidence:
    return Evidence(
        passage.source, passage.title, passage.heading, passage.section, passage.citation, quote, match, score
    )


class GapAnalyser:
    """Measures an index against the catalogue. Holds the catalogue's vectors, so one analyser
    serves any number of analyses (a report, the Home tab) at the cost of one embedding pass."""

    def __init__(
        self,
        embedder: Embedder,
        catalogue: list[Control] | None = None,
        guidance_dir: Path = GUIDANCE_DIR,
        guidance_prefix: str = DEFAULT_GUIDANCE_PREFIX,
    ):
        self.embedder = embedder
        self.catalogue = catalogue if catalogue is not None else load_catalogue(guidance_dir)
        self.guidance_prefix = guidance_prefix
        self.fingerprints = guidance_fingerprints(guidance_dir) if Path(guidance_dir).is_dir() else frozenset()
        self._vectors: np.ndarray | None = None

    def control_text(self, control: Control) -> str:
        return f"{control.title}. {control.expects}"

    @property
    def vectors(self) -> np.ndarray:
        if self._vectors is None:
            self._vectors = self.embedder.embed_documents([self.control_text(c) for c in self.catalogue])
        return self._vectors

    def measure(self, index: KnowledgeIndex) -> Measurements:
        started = time.perf_counter()
        corpus = read_corpus(index.stored_chunks(), self.guidance_prefix, self.fingerprints)
        lexical_index = index.lexical
        controls, count = len(self.catalogue), len(corpus.passages)
        similarity = margin = lexical = np.zeros((controls, count), dtype=np.float32)
        if count:
            similarity = self.vectors @ np.stack([p.vector for p in corpus.passages]).T
            margin = similarity - _best_other(similarity)
            lexical = self._lexical(lexical_index, corpus)
        known = {control.id for control in self.catalogue}
        references: dict[str, list[tuple[Passage, str]]] = {}
        for passage in corpus.passages:
            for control_id, sentence in references_in(passage.text, known).items():
                references.setdefault(control_id, []).append((passage, sentence))
        return Measurements(
            self.catalogue,
            corpus,
            similarity,
            margin,
            lexical,
            references,
            lexical_index.idf,
            time.perf_counter() - started,
        )

    def analyse(self, index: KnowledgeIndex, thresholds: Thresholds = THRESHOLDS) -> GapReport:
        return self.measure(index).report(thresholds)

    def _lexical(self, lexical_index: LexicalIndex, corpus: Corpus) -> np.ndarray:
        """BM25 of each control's text on each passage, over the BM25 that text scores against itself
        (so 1.0 is a passage as close in words as the expectation is to itself)."""
        column = {p.chunk_id: n for n, p in enumerate(corpus.passages)}
        scores = np.zeros((len(self.catalogue), len(corpus.passages)), dtype=np.float32)
        for row, control in enumerate(self.catalogue):
            text = self.control_text(control)
            own = _self_score(lexical_index, text)
            if own <= 0:
                continue
            for chunk, score in lexical_index.search(text, len(lexical_index)):
                if chunk in column:
                    scores[row, column[chunk]] = score / own
        return scores


def analyse_gaps(index: KnowledgeIndex, **options) -> GapReport:
    """The gap analysis of an index opened for search; `options` as for GapAnalyser."""
    return GapAnalyser(index.embedder, **options).analyse(index)


def _best_other(similarity: np.ndarray) -> np.ndarray:
    """For each control and passage, the passage's best similarity to any *other* control."""
    if similarity.shape[0] < 2:
        return np.zeros_like(similarity)
    order = np.argsort(-similarity, axis=0)
    first = np.take_along_axis(similarity, order[:1], axis=0)
    second = np.take_along_axis(similarity, order[1:2], axis=0)
    is_best = np.arange(similarity.shape[0])[:, None] == order[:1]
    return np.where(is_best, second, first)


def _self_score(lexical_index: LexicalIndex, text: str) -> float:
    """The BM25 score `text` would get as a document of the corpus, searched for itself."""
    counts = Counter(tokenize(text))
    length = sum(counts.values())
    if not length or not lexical_index.average_length:
        return 0.0
    k1, b = lexical_index.k1, lexical_index.b
    norm = k1 * (1 - b + b * length / lexical_index.average_length)
    return sum(lexical_index.weight(token) * n * (k1 + 1) / (n + norm) for token, n in counts.items())
