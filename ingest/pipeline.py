"""The incremental ingest run: discover files, skip the unchanged, replace the changed, drop the deleted.

Files are embedded in groups; a group's files are marked pending in the manifest, written to the
index in one call, then marked indexed. A run that dies part-way leaves every file either fully
indexed in one version, or pending and redone by the next run; a file that cannot be read is
reported and skipped while the rest go in.

Files are read by their real path. A symlink inside an ingested folder is followed to a file
inside that folder (which is then indexed once, under its own path, however many links lead to
it); one that leads out of the folder, dangles or loops is reported and not followed. Symlinked
folders are not descended: the files in them are either in the folder already or outside it.
"""

from __future__ import annotations

import errno
import fcntl
import hashlib
import os
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from ingest.chunking import chunk_document
from ingest.limits import DEFAULT_LIMITS, LoadError, LoadLimits
from ingest.loaders import check_size, is_supported, load
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


def _hidden(name: str) -> bool:
    return name.startswith(".")


def discover(target: Path) -> tuple[Path, list[Path], list[tuple[str, str]]]:
    """The root that sources are relative to, the ingestable files under a target (real paths,
    each once), and the symlinks that were not followed, each with the reason."""
    if target.is_symlink() and (problem := _broken_link(target)):
        return target.parent.resolve(), [], [(str(target), problem)]
    target = target.resolve()
    if not target.is_dir():
        if target.exists():
            return target.parent, [target], []
        raise IngestError(f"no such file or directory: {target}")
    files: set[Path] = set()
    skipped: list[tuple[str, str]] = []
    for folder, subfolders, names in os.walk(target):  # symlinked folders are listed, not entered
        subfolders[:] = [name for name in subfolders if not _hidden(name)]
        for name, is_folder in [(name, True) for name in subfolders] + [
            (name, False) for name in names if not _hidden(name)
        ]:
            path = Path(folder, name)
            if path.is_symlink():
                problem = _broken_link(path) or _outside(path, target)
                if problem:
                    skipped.append((str(path), problem))
                    continue
            if not is_folder and path.is_file() and is_supported(path):
                files.add(Path(os.path.realpath(path)))
    return target, sorted(files), sorted(skipped)


def _broken_link(link: Path) -> str | None:
    try:
        os.stat(link)
    except OSError as error:
        if error.errno == errno.ELOOP:
            return "symlink loop: not followed"
        if error.errno in (errno.ENOENT, errno.ENOTDIR):
            return f"dangling symlink: {os.readlink(link)} does not exist"
        return f"cannot read: {error.strerror or error}"
    return None


def _outside(link: Path, root: Path) -> str | None:
    real = Path(os.path.realpath(link))
    if real == root or root in real.parents:
        return None
    return f"symlink to {real}, outside the ingested folder {root}: not followed"


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


def ingest(
    targets: Sequence[Path],
    index: KnowledgeIndex,
    rebuild: bool = False,
    progress=None,
    limits: LoadLimits = DEFAULT_LIMITS,
) -> IngestReport:
    """Bring the index in line with the files under `targets`. `progress`, if given, is called
    with (chunks embedded so far, chunks to embed); a file over one of `limits` is skipped."""
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
            root, files, unfollowed = discover(Path(target))
            report.skipped += unfollowed
            for path in files:
                key = str(path)
                if key in seen:
                    continue
                seen.add(key)
                try:
                    sha = _sha256(path, limits)
                except LoadError as error:
                    report.skipped.append((key, _kept(error, key, manifest)))
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
                document = load(candidate.path, limits)
            except LoadError as error:
                report.skipped.append((candidate.key, _kept(error, candidate.key, manifest)))
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
            index.replace_files([(c.key, c.sha256, str(c.root), chunks) for c, chunks in group], vectors)
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


def _sha256(path: Path, limits: LoadLimits) -> str:
    """The file's content hash, read in blocks after its size is checked: a huge file is skipped
    before any of it is read."""
    check_size(path, limits)
    try:
        with open(path, "rb") as handle:
            return hashlib.file_digest(handle, "sha256").hexdigest()
    except OSError as error:
        raise LoadError(f"cannot read: {error.strerror or error}") from error


def _kept(error: LoadError, key: str, manifest: Manifest) -> str:
    return f"{error} (its previous version stays in the index)" if key in manifest.files else str(error)


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
