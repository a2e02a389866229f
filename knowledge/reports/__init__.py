"""The governance report: what the governance team, leadership or an auditor need to see, as
plain data computed by small section functions over the database (no Slack, no markup).

    period.py     the reporting period, ISO weeks (business days: knowledge/business_time.py)
    targets.py    the review turnaround targets, read from the policy's own table
    sections.py   one function per section: (session, period, …) → plain data
    incidents.py  the incidents section, read from the incident register (knowledge/incidents/)
    report.py     the sections assembled into one report (and the gap analysis, when given)
    digest.py     the weekly digest: the last week's part of the report
    summary.py    the headline figures every rendering opens with
    markdown.py, html.py, charts.py   the report as Markdown, or one self-contained HTML file
"""
