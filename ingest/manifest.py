"""What has been ingested: one entry per file with its content hash, saved after every file."""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path

INDEXED, PENDING = "indexed", "pending"


@dataclass
class FileEntry:
    sha256: str
    source: str
    root: str
    chunks: int
    state: str  # PENDING while its chunks are being replaced: a crash then means "redo this file"


class Manifest:
    FORMAT = 1

    def __init__(self, path: Path, collection_id: str, files: dict[str, FileEntry]):
        self.path = path
        self.collection_id = collection_id
        self.files = files  # keyed by the file's absolute path

    @classmethod
    def load(cls, path: Path, collection_id: str) -> Manifest:
        """The manifest for this collection; empty when there is none, or it belongs to a
        collection that has since been recreated (everything is ingested anew then)."""
        try:
            payload = json.loads(path.read_text(encoding="utf-8"))
            if payload.get("format") == cls.FORMAT and payload.get("collection_id") == collection_id:
                files = {key: FileEntry(**entry) for key, entry in payload["files"].items()}
                return cls(path, collection_id, files)
        except (OSError, ValueError, KeyError, TypeError):
            pass
        return cls(path, collection_id, {})

    def save(self) -> None:
        payload = {
            "format": self.FORMAT,
            "collection_id": self.collection_id,
            "files": {key: asdict(entry) for key, entry in sorted(self.files.items())},
        }
        temporary = self.path.with_suffix(".tmp")
        temporary.write_text(json.dumps(payload, indent=1), encoding="utf-8")
        os.replace(temporary, self.path)
