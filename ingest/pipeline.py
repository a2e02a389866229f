"""The incremental ingest run: discover files, skip the unchanged, replace the changed, drop the deleted.

Files are embedded in groups; a group's files are marked pending in the manifest, written to the
index in one call, then marked indexed. A run that dies part-way leaves every file either fully
indexed in one version, or pending and redone by the next run; a file that cannot be read is
reported and skipped while the rest go in.
"""

from __future__ import annotations

import fcntl
import hashlib
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from ingest.chunking import chunk_document
from ingest.loaders import LoadError, is_supported, load
from ingest.manifest import INDEXED, PENDING, FileEntry, Manifest
from knowledge.retrieval.chunks import Chunk
from knowledge.retrieval.index import KnowledgeIndex

EMBED_BATCH_CHUNKS = 256  # files are embedded in groups of about this many chunks, then written one by one


class IngestError(RuntimeError):
    pass


@dataclass
class IngestReport:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (file, reason)
    chunks: int = 0  # chunks written in this run
    seconds: float = 0.0
    recreated: bool = False  # the index was started over (--rebuild, a new embedding model or index format)

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated or self.removed)


@dataclass
class Candidate:
    path: Path
    root: Path
    sha256: str

    @property
    def key(self) -> str:
        return str(self.path)

    @property
    def source(self) -> str:
        return self.path.relative_to(self.root).as_posix()


def _hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def discover(target: Path) -> tuple[Path, list[Path]]:
    """The root that sources are relative to, and the ingestable files under a target."""
    target = target.resolve()
    if target.is_dir():
        files = sorted(p for p in target.rglob("*") if p.is_file() and not _hidden(p, target) and is_supported(p))
        return target, files
    if target.exists() or target.is_symlink():
        return target.parent, [target]
    raise IngestError(f"no such file or directory: {target}")


def in_scope(key: str, target: Path) -> bool:
    """Whether a previously ingested file belongs to what this run ingests (and so may be removed)."""
    target = target.resolve()
    path = Path(key)
    return path == target or (target.is_dir() and target in path.parents)


@contextmanager
def exclusive(lock_path: Path) -> Iterator[None]:
    with open(lock_path, "w") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise IngestError(f"another ingest is running on {lock_path.parent}") from None
        yield


def ingest(targets: Sequence[Path], index: KnowledgeIndex, rebuild: bool = False, progress=None) -> IngestReport:
    """Bring the index in line with the files under `targets`. `progress`, if given, is called
    with (chunks embedded so far, chunks to embed)."""
    started = time.perf_counter()
    report = IngestReport()
    for target in targets:
        if not (Path(target).exists() or Path(target).is_symlink()):
            raise IngestError(f"no such file or directory: {target}")
    with exclusive(index.data_dir / "ingest.lock"):
        report.recreated = index.open_for_writing(rebuild=rebuild)
        manifest = Manifest.load(index.data_dir / "manifest.json", index.collection_id)

        seen: set[str] = set()
        todo: list[Candidate] = []
        for target in targets:
            root, files = discover(Path(target))
            for path in files:
                key = str(path)
                if key in seen:
                    continue
                seen.add(key)
                try:
                    sha = hashlib.sha256(path.read_bytes()).hexdigest()
                except OSError as error:
                    report.skipped.append((key, f"cannot read: {error.strerror or error}"))
                    continue
                candidate = Candidate(path, root, sha)
                entry = manifest.files.get(key)
                if entry and entry.state == INDEXED and entry.sha256 == sha and entry.source == candidate.source:
                    report.unchanged.append(candidate.source)
                else:
                    todo.append(candidate)

        for key in sorted(manifest.files):
            if key not in seen and any(in_scope(key, Path(target)) for target in targets):
                index.remove_file(key)
                report.removed.append(manifest.files.pop(key).source)
                manifest.save()

        loaded: list[tuple[Candidate, list[Chunk]]] = []
        for candidate in todo:
            try:
                document = load(candidate.path)
            except LoadError as error:
                kept = " (its previous version stays in the index)" if candidate.key in manifest.files else ""
                report.skipped.append((candidate.key, f"{error}{kept}"))
                continue
            loaded.append((candidate, chunk_document(document, candidate.source)))

        total = sum(len(chunks) for _, chunks in loaded)
        done = 0
        if progress and total:
            progress(0, total)
        for group in _groups(loaded, EMBED_BATCH_CHUNKS):
            vectors = index.embedder.embed_documents([c.indexed_text() for _, chunks in group for c in chunks])
            existed = {candidate.key: candidate.key in manifest.files for candidate, _ in group}
            for candidate, chunks in group:
                manifest.files[candidate.key] = FileEntry(
                    candidate.sha256, candidate.source, str(candidate.root), len(chunks), PENDING
                )
            manifest.save()
            index.replace_files(
                [(c.key, c.sha256, str(c.root), chunks) for c, chunks in group], vectors
            )
            for candidate, chunks in group:
                manifest.files[candidate.key].state = INDEXED
                (report.updated if existed[candidate.key] else report.added).append(candidate.source)
                report.chunks += len(chunks)
            manifest.save()
            done += sum(len(chunks) for _, chunks in group)
            if progress:
                progress(done, total)

        if report.changed or report.recreated:
            index.commit()
        report.seconds = time.perf_counter() - started
    return report


def _groups(loaded, size):
    group, count = [], 0
    for item in loaded:
        group.append(item)
        count += len(item[1])
        if count >= size:
            yield group
            group, count = [], 0
    if group:
        yield group
