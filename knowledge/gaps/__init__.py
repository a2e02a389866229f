"""ISO/IEC 42001 gap analysis of the organization's own policies (see analysis.py)."""

from knowledge.gaps.analysis import (
    COVERED,
    MISSING,
    PARTIAL,
    THRESHOLDS,
    VERDICTS,
    ControlGap,
    Evidence,
    GapAnalyser,
    GapReport,
    Measurements,
    Thresholds,
    analyse_gaps,
)
from knowledge.gaps.controls import ANNEX_A, CLAUSE, GUIDANCE_DIR, CatalogueError, Control, load_catalogue
from knowledge.gaps.corpus import DEFAULT_GUIDANCE_PREFIX

__all__ = [
    "ANNEX_A",
    "CLAUSE",
    "COVERED",
    "DEFAULT_GUIDANCE_PREFIX",
    "GUIDANCE_DIR",
    "MISSING",
    "PARTIAL",
    "THRESHOLDS",
    "VERDICTS",
    "CatalogueError",
    "Control",
    "ControlGap",
    "Evidence",
    "GapAnalyser",
    "GapReport",
    "Measurements",
    "Thresholds",
    "analyse_gaps",
    "load_catalogue",
]
