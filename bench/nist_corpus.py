"""Turn the NIST AI RMF JSON (../shared/corpora/nist-ai-rmf) into Markdown: one document per
function, one section per subcategory, so it ingests like any other governance text."""

from __future__ import annotations

import json
import re
from pathlib import Path

SHARED_NIST = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora" / "nist-ai-rmf" / "nist_ai_rmf.json"


def write_markdown(source: Path, out_dir: Path, functions: set[str] | None = None) -> list[Path]:
    entries = json.loads(Path(source).read_text(encoding="utf-8"))
    documents: dict[str, list[str]] = {}
    for entry in entries:
        if functions and entry["function"] not in functions:
            continue
        lines = documents.setdefault(entry["function"], [f"# NIST AI RMF 1.0: {entry['function'].title()}", ""])
        guidance = re.sub(r"^(About|Suggested Actions):\s*$", r"\1.", entry["guidance"], flags=re.MULTILINE)
        lines += [f"## {entry['id']}", "", entry["text"], "", guidance.strip(), ""]
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for function, lines in documents.items():
        path = out_dir / f"{function.lower()}.md"
        path.write_text("\n".join(lines), encoding="utf-8")
        written.append(path)
    return written
