"""The catalogue the gap analysis measures against: ISO/IEC 42001 Annex A controls and clauses 4–10,
read from the bundled guidance.

Each guidance section that names an Annex A control ("## A.10.3 Suppliers"), and each numbered
clause section without sub-clauses ("### 9.3 Management review"), is one entry. What the control
expects is the section's "What the control expects." paragraph where it has one, else its first
paragraph: it is what the analysis searches the organization's policies for, and what a gap
report quotes.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from knowledge.retrieval.text import control_id_in, section_number_in

GUIDANCE_DIR = Path(__file__).resolve().parent.parent.parent / "policies" / "iso42001"
ANNEX_A, CLAUSE = "annex_a", "clause"
CLAUSES = range(4, 11)

_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")
_EXPECTS = re.compile(r"^\*\*What the control expects\.?\*\*\s*", re.IGNORECASE)
_LABEL = re.compile(r"^\*\*[^*]+\*\*\s*")  # "**For tool owners.**" and the like


class CatalogueError(RuntimeError):
    """The guidance cannot be read as a catalogue; the message says what is wrong."""


@dataclass(frozen=True)
class Control:
    id: str  # "A.10.3" or "9.3"
    kind: str  # ANNEX_A or CLAUSE
    title: str  # "Suppliers"
    group: str  # the heading above it: "A.10 Third-party and customer relationships", "9. Performance evaluation"
    source: str  # the guidance document, as `govbot ingest` names it: "iso42001/a10-third-party-relationships.md"
    document: str  # the guidance document's title
    heading: str  # the section's own heading: "A.10.3 Suppliers"
    expects: str  # what the control expects, verbatim from the guidance

    @property
    def citation(self) -> str:
        return f"{self.document}, {self.heading}"


def _sections(text: str) -> list[tuple[list[tuple[int, str]], list[str]]]:
    """(heading path as (level, text), paragraphs) for each heading of a Markdown text."""
    sections: list[tuple[list[tuple[int, str]], list[str]]] = []
    path: list[tuple[int, str]] = []
    paragraph: list[str] = []

    def end_paragraph():
        if paragraph and sections:
            sections[-1][1].append(" ".join(paragraph))
        paragraph.clear()

    for line in text.splitlines():
        heading = _HEADING.match(line)
        if heading:
            end_paragraph()
            level = len(heading.group(1))
            path = [entry for entry in path if entry[0] < level] + [(level, heading.group(2).strip())]
            sections.append((path, []))
        elif line.strip():
            paragraph.append(line.strip())
        else:
            end_paragraph()
    end_paragraph()
    return sections


def _expectation(paragraphs: list[str]) -> str:
    for paragraph in paragraphs:
        if _EXPECTS.match(paragraph):
            return _EXPECTS.sub("", paragraph)
    first = next((p for p in paragraphs if not p.startswith("*") or p.startswith("**")), "")
    return _LABEL.sub("", first)


def read_controls(path: Path, source: str) -> list[Control]:
    """The controls one guidance document describes (none for a document that names no control)."""
    sections = _sections(path.read_text(encoding="utf-8"))
    title = next((heading_path[0][1] for heading_path, _ in sections if heading_path[0][0] == 1), path.stem)
    levels = [path_[-1][0] for path_, _ in sections]
    controls = []
    for position, (heading_path, paragraphs) in enumerate(sections):
        level, heading = heading_path[-1]
        has_children = position + 1 < len(sections) and levels[position + 1] > level
        control_id = control_id_in(heading)
        kind = ANNEX_A if control_id else CLAUSE
        if control_id is None and level > 1:
            number = section_number_in(heading)
            # The standard's requirements are clauses 4 to 10; "1. Purpose" in guidance is not one.
            control_id = number if number and int(number.split(".")[0]) in CLAUSES else None
        if control_id is None or has_children or not paragraphs:
            continue
        expects = _expectation(paragraphs)
        if not expects:
            continue
        parent = heading_path[-2][1] if len(heading_path) > 1 else title
        name = heading[heading.find(control_id) + len(control_id) :].strip(" .:—-") or heading
        controls.append(Control(control_id, kind, name, parent, source, title, heading, expects))
    return controls


def load_catalogue(guidance_dir: Path = GUIDANCE_DIR) -> list[Control]:
    """Every control the guidance folder describes, Annex A first (A.2.2 … A.10.4), then clauses."""
    guidance_dir = Path(guidance_dir)
    files = sorted(guidance_dir.glob("*.md")) if guidance_dir.is_dir() else []
    if not files:
        raise CatalogueError(f"no guidance documents (*.md) in {guidance_dir}")
    controls: dict[str, Control] = {}
    for path in files:
        for control in read_controls(path, f"{guidance_dir.name}/{path.name}"):
            controls.setdefault(control.id, control)
    if not controls:
        raise CatalogueError(f"the guidance in {guidance_dir} names no Annex A control or numbered clause")
    return sorted(controls.values(), key=_catalogue_order)


def guidance_fingerprints(guidance_dir: Path = GUIDANCE_DIR) -> frozenset[str]:
    """SHA-256 of each guidance document, as the index records its files' content: the bundled
    guidance is recognised in an index by content wherever it was ingested from."""
    return frozenset(hashlib.sha256(path.read_bytes()).hexdigest() for path in Path(guidance_dir).glob("*.md"))


def _catalogue_order(control: Control) -> tuple:
    numbers = tuple(int(part) for part in re.findall(r"\d+", control.id))
    return (control.kind != ANNEX_A, numbers)
