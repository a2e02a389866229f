"""The weekly digest (knowledge/reports/digest.py) as a Slack message for the review channel.

Tool names, topics and owners come from people: all escaped. Askers are counted, not mentioned:
a digest in a channel must not ping the people whose questions it counts (`govbot report` lists
them, for the team to invite them to register)."""

from __future__ import annotations

from bot.slack.blocks.common import MESSAGE_BLOCKS, cap_blocks, clip, escape, mrkdwn, plain, sections

ITEM_CHARS = 120


def _label(code: str | None) -> str:
    return (code or "").replace("_", " ")


def _name(text: str) -> str:
    return escape(clip(" ".join(str(text).split()), ITEM_CHARS))


def _context(text: str) -> dict:
    return {"type": "context", "elements": [mrkdwn(text)]}


def digest_message(digest: dict) -> dict:
    """chat.postMessage arguments: `text` (the notification) and `blocks`."""
    since, until = digest["period"]["since"][:10], digest["period"]["until"][:10]
    decisions, waiting, rereviews = digest["decisions"], digest["waiting"], digest["rereviews"]
    blocks: list[dict] = [
        {"type": "header", "text": plain(f"AI governance: the week to {until}", 150)},
        _context(f"{since} to {until} · `govbot report --format html` has the full report with charts."),
    ]

    on_time = (
        f", {decisions['within_target']} of {decisions['with_target']} within the policy's target"
        if decisions["with_target"]
        else ""
    )
    lines = [f"*Decisions:* {decisions['count']}{on_time}."]
    lines += [
        f"• late: #{d['request']} *{_name(d['tool'])}* ({_label(d['risk_tier'])}), {d['business_days']} business days "
        f"against {d['target_days']}"
        for d in decisions["late"]
    ]
    lines.append(
        f"*Open requests:* {waiting['open']}; {waiting['past_target']} past target, "
        f"{waiting['waiting_for_requester']} waiting for the requester."
    )
    lines += [
        f"• #{r['request']} *{_name(r['tool'])}* ({_label(r['risk_tier'])}): {r['business_days']} business days, "
        f"target {r['target_days']}"
        for r in waiting["past_target_list"]
    ]
    after = rereviews["escalated_after_days"]
    escalated = f"{rereviews['escalated']} by more than {after} days" if after is not None else "escalation off"
    lines.append(
        f"*Re-reviews overdue:* {rereviews['overdue']} ({escalated}); "
        f"{rereviews['due_soon']} due in the next {rereviews['due_soon_days']} days."
    )
    lines += [
        f"• *{_name(t['tool'])}*, owner {_name(t['owner']) or '—'}: {t['days_overdue']} days overdue"
        for t in rereviews["overdue_list"]
    ]
    blocks += sections("\n".join(lines))

    blocks += sections(_incident_lines(digest["incidents"]))
    shadow = digest["shadow_ai"]
    radar = [f"*Shadow AI:* {shadow['tools']} unregistered tools asked about."]
    radar += [
        f"• *{_name(t['tool'])}*: asked {t['asked_in_period']} times this week by {len(t['askers'])} "
        f"{'person' if len(t['askers']) == 1 else 'people'} ({t['asked']} in all)"
        for t in shadow["asked_this_week"]
    ]
    blocks += sections("\n".join(radar))
    knowledge = digest["knowledge_gaps"]
    gaps = [
        f"*Questions:* {knowledge['asked']}; {knowledge['refused']} answered “I don't know”, "
        f"{knowledge['voted_not_helpful']} voted not helpful."
    ]
    gaps += [
        f"• {_name(t['topic'])}: {t['refused']} not answered, {t['not_helpful_votes']} not helpful"
        for t in knowledge["topics_list"]
    ]
    blocks += sections("\n".join(gaps))
    iso = digest["iso42001"]
    if iso["available"]:
        counts = iso["counts"]
        missing = ", ".join(escape(control) for control in iso["missing"][:15])
        blocks.append(
            _context(
                f"ISO/IEC 42001: {counts['covered']} controls covered, {counts['partial']} partial, "
                f"{counts['missing']} missing" + (f" ({missing})." if missing else ".")
            )
        )
    text = (
        f"AI governance, the week to {until}: {decisions['count']} decisions, {waiting['past_target']} requests past "
        f"target, {rereviews['overdue']} re-reviews overdue, {shadow['tools']} unregistered tools asked about."
    )
    return {"text": text, "blocks": cap_blocks(blocks, MESSAGE_BLOCKS, "_More in `govbot report`._")}


def _incident_lines(incidents: dict) -> str:
    lines = [
        f"*Incidents:* {incidents['open']} open; {incidents['opened_in_period']} reported and "
        f"{incidents['closed_in_period']} closed this week."
    ]
    lines += [
        f"• {escape(severity)}: {counts['open']} open, {counts['opened_in_period']} new"
        for severity, counts in incidents["by_severity"].items()
    ]
    return "\n".join(lines)
