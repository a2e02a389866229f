"""The App Home tab: how to use govbot and your own requests for everyone; for reviewers also the
review queue with its buttons, approvals due for re-review, the unregistered tools people ask
about most and the ISO/IEC 42001 gap analysis in brief. Every list is cut to its share of the tab's
100 blocks, saying how many are left out."""

from __future__ import annotations

from collections.abc import Sequence

from bot.slack.actions import ANSWER_OPEN, REGISTER_OPEN, WITHDRAW
from bot.slack.blocks.common import VIEW_BLOCKS, button, cap_blocks, clip, escape, mrkdwn, plain, sections
from bot.slack.blocks.forms import tier_text
from bot.slack.blocks.incidents import home_blocks as incident_home_blocks
from bot.slack.blocks.incidents import open_incidents_blocks
from bot.slack.blocks.review import more_note, person, queue_entry, status_text
from knowledge.inventory.models import RegistrationRequest, RequestStatus, Tool, UnregisteredAsk, now

HELP_BLOCKS = 14
OWN_SHOWN = 8
QUEUE_SHOWN = 20
DUE_SHOWN = 15
ASKED_SHOWN = 10


def _header(text: str) -> dict:
    return {"type": "header", "text": plain(text, 150)}


def _context(text: str) -> dict:
    return {"type": "context", "elements": [mrkdwn(text)]}


def own_request(request: RegistrationRequest) -> list[dict]:
    text = (
        f"*#{request.id} {escape(request.name)}* ({escape(request.vendor)}) · {status_text(request.status)} · "
        f"risk tier {tier_text(request.risk_tier)} · filed {request.created_at:%Y-%m-%d}"
    )
    if request.status == RequestStatus.needs_info:
        text += f"\nThe reviewers ask: {clip(escape(request.decision_comment), 1000)}"
    elif request.decision_comment and request.status != RequestStatus.pending:
        text += f"\n{clip(escape(request.decision_comment), 1000)}"
    entry = [{"type": "section", "text": mrkdwn(text)}]
    buttons = []
    if request.status == RequestStatus.needs_info:
        buttons.append(button("Answer", ANSWER_OPEN, str(request.id), style="primary"))
    if request.status in (RequestStatus.pending, RequestStatus.needs_info):
        withdraw = button("Withdraw", WITHDRAW, str(request.id))
        withdraw["confirm"] = {
            "title": plain("Withdraw this request?", 100),
            "text": plain(f"Request #{request.id} will no longer be reviewed.", 300),
            "confirm": plain("Withdraw", 30),
            "deny": plain("Keep it", 30),
        }
        buttons.append(withdraw)
    if buttons:
        entry.append({"type": "actions", "elements": buttons})
    return entry


# -- the ISO/IEC 42001 gap analysis, for reviewers ---------------------------------------------------

GAPS_SHOWN = 12
VERDICT_MARKS = {"covered": ":large_green_circle:", "partial": ":large_yellow_circle:", "missing": ":red_circle:"}


def gap_blocks(analysis: dict) -> list[dict]:
    """The gap analysis in brief (knowledge/gaps: GapReport.to_dict()): how many controls each
    verdict has, and the missing ones by id and title; `govbot report` has the evidence."""
    controls = analysis.get("controls") or []
    counts = {verdict: sum(c["verdict"] == verdict for c in controls) for verdict in VERDICT_MARKS}
    tally = " · ".join(f"{VERDICT_MARKS[v]} {counts[v]} {v}" for v in VERDICT_MARKS)
    blocks = [
        _header("ISO/IEC 42001 gap analysis"),
        _context(f"{tally} of {len(controls)} controls, judged from your own policies."),
    ]
    missing = [c for c in controls if c["verdict"] == "missing"]
    if missing:
        lines = [f"• *{escape(c['control'])}* {escape(c['title'])}" for c in missing[:GAPS_SHOWN]]
        blocks += sections("*Missing:*\n" + "\n".join(lines))
        if len(missing) > GAPS_SHOWN:
            blocks.append(_context(f"…and {len(missing) - GAPS_SHOWN:,} more."))
    blocks.append(_context("The evidence for every control, and what the guidance expects: `govbot report`."))
    return blocks


def _listed(lines: list[str], total: int, more: str) -> list[dict]:
    blocks = sections("\n".join(lines))
    if total > len(lines):
        blocks.append(_context(f"…and {total - len(lines):,} more: {more}"))
    return blocks


def home_view(
    help_blocks: list[dict],
    own: Sequence[RegistrationRequest],
    *,
    is_reviewer: bool = False,
    queue: Sequence[RegistrationRequest] = (),
    due: Sequence[Tool] = (),
    asked: Sequence[UnregisteredAsk] = (),
    notice: str = "",
    incidents: Sequence[dict] = (),  # for reviewers: the open incidents, as incident_record() gives them
    gaps: dict | None = None,
) -> dict:
    blocks: list[dict] = []
    if notice:
        blocks += sections(notice)[:2] + [{"type": "divider"}]
    blocks += cap_blocks(help_blocks, HELP_BLOCKS, "…more in `/aigov help`.")
    blocks += [{"type": "divider"}, *incident_home_blocks()]
    blocks += [
        {"type": "divider"},
        _header("Your registration requests"),
        {"type": "actions", "elements": [button("Register a tool", REGISTER_OPEN, style="primary")]},
    ]
    if not own:
        blocks.append(_context("You have not registered any AI tools yet."))
    for request in own[:OWN_SHOWN]:
        blocks += own_request(request)
    if len(own) > OWN_SHOWN:
        blocks.append(_context(f"…and {len(own) - OWN_SHOWN:,} older requests."))

    if is_reviewer:
        blocks += [{"type": "divider"}, *open_incidents_blocks(incidents, now())]
        blocks += [{"type": "divider"}, _header(f"Review queue: {len(queue)} open")]
        if not queue:
            blocks.append(_context(":tada: Nothing is waiting for a decision."))
        for request in queue[:QUEUE_SHOWN]:
            blocks += queue_entry(request)
        if len(queue) > QUEUE_SHOWN:
            blocks.append(more_note(len(queue) - QUEUE_SHOWN))

        blocks.append(_header(f"Re-reviews due: {len(due)}"))
        if due:
            lines = [
                f"• *{escape(tool.name)}* ({escape(tool.vendor)}) · {status_text(tool.status)} · "
                f"due {tool.next_review_due:%Y-%m-%d} · owner {person(tool.owner) if tool.owner else '—'}"
                for tool in due[:DUE_SHOWN]
            ]
            blocks += _listed(lines, len(due), "use `govbot review due`.")
        else:
            blocks.append(_context("No approval is past its re-review date."))

        blocks.append(_header("Unregistered tools people ask about"))
        if asked:
            lines = [
                f"• *{escape(ask.name)}*: asked {ask.count:,} time{'s' if ask.count != 1 else ''}, "
                f"last on {ask.last_asked:%Y-%m-%d}"
                for ask in asked[:ASKED_SHOWN]
            ]
            blocks += _listed(lines, len(asked), "use `govbot inventory asked`.")
        else:
            blocks.append(_context("Nobody has asked about an unregistered tool yet."))
        if gaps is not None:
            blocks += gap_blocks(gaps)
    return {
        "type": "home",
        "blocks": cap_blocks(blocks, VIEW_BLOCKS, "…more than fits here: use `govbot review list`."),
    }
