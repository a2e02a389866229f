"""Charts as inline SVG: no script, no external file, readable printed. Every label is escaped;
each chart carries a <title> and its figures as text, for screen readers and for the eye."""

from __future__ import annotations

import re
from html import escape

PALETTE = ["#2f6f9f", "#e0a030", "#c8553d", "#6a8d4f", "#7d5ba6", "#8c8c8c"]
WIDTH, BAR_AREA, LABEL_HEIGHT = 490, 160, 24  # two charts side by side in the report's column
TOP = 44  # the title, and room for the tallest bar's figure
ISO_WEEK = re.compile(r"^\d{4}-(W\d\d)$")


def bar_chart(title: str, values: dict[str, int], colours: dict[str, str] | None = None) -> str:
    """One bar per label, its count above it."""
    return grouped_bar_chart(title, {"": values}, colours=colours, legend=False)


def grouped_bar_chart(
    title: str, series: dict[str, dict[str, int]], *, colours: dict[str, str] | None = None, legend: bool = True
) -> str:
    """Bars per label (e.g. per week), one per series (e.g. requests, incidents), side by side."""
    labels: list[str] = []
    for values in series.values():
        labels += [label for label in values if label not in labels]
    top = max([value for values in series.values() for value in values.values()] + [1])
    slot = (WIDTH - 40) / max(1, len(labels))
    bar = max(4.0, min(48.0, slot * 0.8 / max(1, len(series))))
    legend_height = 22 if legend and any(series) else 0  # named series get a key
    height = TOP + BAR_AREA + LABEL_HEIGHT + legend_height
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{WIDTH}" height="{height}" '
        f'viewBox="0 0 {WIDTH} {height}" class="chart">',
        f"<title>{escape(title)}</title>",
        f'<text x="10" y="18" class="chart-title">{escape(title)}</text>',
    ]
    base = TOP + BAR_AREA
    parts.append(f'<line x1="20" y1="{base}" x2="{WIDTH - 10}" y2="{base}" stroke="#999" stroke-width="1"/>')
    for number, (name, values) in enumerate(series.items()):
        for index, label in enumerate(labels):
            value = values.get(label, 0)
            x = 20 + index * slot + (slot - bar * len(series)) / 2 + number * bar
            h = round(BAR_AREA * value / top, 1)
            fill = _colour(name, number, colours) if name else _colour(label, index, colours)
            what = f"{name}, {label}: {value}" if name else f"{label}: {value}"
            parts.append(
                f'<rect x="{x:.1f}" y="{base - h}" width="{bar:.1f}" height="{h}" fill="{fill}">'
                f"<title>{escape(what)}</title></rect>"
            )
            parts.append(
                f'<text x="{x + bar / 2:.1f}" y="{base - h - 4}" text-anchor="middle" '
                f'class="chart-value">{value}</text>'
            )
    for index, label in enumerate(labels):
        x = 20 + index * slot + slot / 2
        parts.append(
            f'<text x="{x:.1f}" y="{base + 16}" text-anchor="middle" class="chart-label">{escape(_short(label))}</text>'
        )
    if legend_height:
        x = 20
        for number, name in enumerate(series):
            fill = _colour(name, number, colours)
            y = height - 8
            parts.append(f'<rect x="{x}" y="{y - 10}" width="12" height="12" fill="{fill}"/>')
            parts.append(f'<text x="{x + 16}" y="{y}" class="chart-label">{escape(name)}</text>')
            x += 30 + 8 * len(name)
    parts.append("</svg>")
    return "".join(parts)


def _colour(key: str, number: int, colours: dict[str, str] | None) -> str:
    return (colours or {}).get(key) or PALETTE[number % len(PALETTE)]


def _short(label: str) -> str:
    """What fits under a bar: "W48" for an ISO week, words for an underscored code."""
    if week := ISO_WEEK.match(label):
        return week.group(1)
    return label.replace("_", " ")[:18]
