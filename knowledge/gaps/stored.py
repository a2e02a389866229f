"""The gap analysis of an index, computed once per corpus version: kept in memory and in the data
dir (`gap_analysis.json`), so that the Home tab, the report and every replica reuse it until
`govbot ingest` changes the corpus (or the embedding model changes).

    analyses = StoredGapAnalyses(data_dir, lambda: GapAnalyser(index.embedder))
    analyses.of(index)      # GapReport.to_dict(); analysed at most once per corpus version
"""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Callable
from pathlib import Path

from knowledge.gaps.analysis import GapAnalyser
from knowledge.retrieval.embeddings import Embedder
from knowledge.retrieval.index import KnowledgeIndex

FILE_NAME = "gap_analysis.json"
_analysers: dict[Embedder, GapAnalyser] = {}  # by identity: one embedder per process, as a rule
_analysers_lock = threading.Lock()


def analyser_for(embedder: Embedder) -> GapAnalyser:
    """The process's analyser for this embedder: the catalogue is embedded once, however many
    govbots (or Slack apps) a process makes."""
    with _analysers_lock:
        if embedder not in _analysers:
            _analysers[embedder] = GapAnalyser(embedder)
        return _analysers[embedder]


class StoredGapAnalyses:
    def __init__(self, data_dir: Path, make_analyser: Callable[[], GapAnalyser]):
        self.path = Path(data_dir) / FILE_NAME
        self.make_analyser = make_analyser
        self._analyser: GapAnalyser | None = None
        self._memory: tuple[dict, dict] | None = None
        self._lock = threading.Lock()  # Slack's listeners run in threads: one analysis at a time

    def of(self, index: KnowledgeIndex) -> dict:
        stamp = {"corpus_version": index.lexical.corpus_version, "embedding_model": index.embedder.name}
        with self._lock:
            if self._memory is not None and self._memory[0] == stamp:
                return self._memory[1]
            analysis = self._read(stamp)
            if analysis is None:
                if self._analyser is None:
                    self._analyser = self.make_analyser()  # embeds the catalogue: once per process
                analysis = self._analyser.analyse(index).to_dict()
                self._write(stamp, analysis)
            self._memory = (stamp, analysis)
            return analysis

    def _read(self, stamp: dict) -> dict | None:
        try:
            stored = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if not isinstance(stored, dict) or stored.get("stamp") != stamp or not isinstance(stored.get("analysis"), dict):
            return None
        return stored["analysis"]

    def _write(self, stamp: dict, analysis: dict) -> None:
        """Written whole or not at all (a temporary file renamed); a read-only data dir keeps it in memory only."""
        temporary = self.path.with_name(f".{FILE_NAME}.{os.getpid()}.{threading.get_ident()}")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            temporary.write_text(json.dumps({"stamp": stamp, "analysis": analysis}), encoding="utf-8")
            os.replace(temporary, self.path)
        except OSError:
            temporary.unlink(missing_ok=True)
