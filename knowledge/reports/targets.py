"""The review turnaround targets, read from the policy itself (tool-registration-review.md §6.3
in the shipped policies): any Markdown table whose header is "Tier | Target" and whose rows say
"5 business days". Change the policy's table and the report follows; without one the report
shows turnaround without targets."""

from __future__ import annotations

import re
from pathlib import Path

from knowledge.inventory.vocabulary import RiskTier

HEADER = re.compile(r"^\|\s*(?:risk\s+)?tier\s*\|\s*target\s*\|", re.IGNORECASE)
ROW = re.compile(r"^\|\s*([A-Za-z]+)\s*\|[^|\n]*?(\d+)\s+business\s+days?", re.IGNORECASE)
MAX_FILE_BYTES = 2_000_000


def targets_in(text: str) -> dict[str, int]:
    """Tier → business days, from the first "Tier | Target" table in `text`."""
    targets: dict[str, int] = {}
    in_table = False
    for line in text.splitlines():
        line = line.strip()
        if HEADER.match(line):
            in_table = True
            continue
        if in_table:
            if not line.startswith("|"):
                if targets:
                    break
                in_table = False
                continue
            if (row := ROW.match(line)) and row.group(1).lower() in RiskTier.__members__:
                targets[row.group(1).lower()] = int(row.group(2))
    return targets


def turnaround_targets(policies_dir: Path) -> dict[str, int]:
    """The first targets table among the Markdown files under `policies_dir` (in path order)."""
    for path in sorted(Path(policies_dir).rglob("*.md")):
        try:
            if path.stat().st_size > MAX_FILE_BYTES:
                continue
            found = targets_in(path.read_text(encoding="utf-8", errors="replace"))
        except OSError:
            continue
        if found:
            return found
    return {}
