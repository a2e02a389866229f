"""Review in Slack: the request as posted to the review channel (details, risk tier, Annex A
checklist, decision buttons; after a decision the outcome instead of the buttons), the comment
modal, the requester's messages, and the `/aigov queue` list."""

from __future__ import annotations

import re

from bot.slack.actions import (
    ANSWER_BLOCK,
    ANSWER_CALLBACK,
    ANSWER_OPEN,
    APPROVE,
    COMMENT_BLOCK,
    CONDITIONS,
    DECISION_CALLBACK,
    NEEDS_INFO,
    REJECT,
)
from bot.slack.blocks.common import (
    MESSAGE_BLOCKS,
    MODAL_TITLE_CHARS,
    button,
    cap_blocks,
    clip,
    escape,
    mrkdwn,
    plain,
    sections,
)
from bot.slack.blocks.forms import bullets, tier_text
from knowledge.inventory.models import OPEN_REQUEST_STATES, RegistrationRequest, RequestStatus
from knowledge.inventory.registration import HOSTING
from knowledge.inventory.triage import DATA_CATEGORIES

QUEUE_SHOWN = 15  # requests listed in one /aigov queue message (2 blocks each, 50 a message)
FIELD_CHARS = 2000
STATUS_TEXT: dict[str, tuple[str, str]] = {
    RequestStatus.pending: (":hourglass_flowing_sand:", "Pending review"),
    RequestStatus.needs_info: (":question:", "Needs more information"),
    RequestStatus.approved: (":white_check_mark:", "Approved"),
    RequestStatus.approved_with_conditions: (":large_yellow_circle:", "Approved with conditions"),
    RequestStatus.rejected: (":x:", "Rejected"),
    RequestStatus.withdrawn: (":wastebasket:", "Withdrawn"),
}
MODAL_TEXT = {  # decision: (title, submit, comment label, placeholder)
    RequestStatus.approved_with_conditions: (
        "Approve with conditions",
        "Approve",
        "Conditions of use",
        "e.g. No client data; Marketing team only",
    ),
    RequestStatus.rejected: ("Reject request", "Reject", "Why is it rejected?", "The requester sees this"),
    RequestStatus.needs_info: (
        "Ask for information",
        "Send",
        "What do you need?",
        "The requester is asked to answer this",
    ),
}
SLACK_USER_ID = re.compile(r"[UW][A-Z0-9]{2,20}")


def status_text(status: str) -> str:
    emoji, text = STATUS_TEXT.get(status, ("", status))
    return f"{emoji} {text}".strip()


def person(user: str | None) -> str:
    """Who did something: a Slack user id as a mention (Slack shows the name), anything else (a
    name typed on the command line) as inert text."""
    if not user:
        return "someone"
    return f"<@{user}>" if SLACK_USER_ID.fullmatch(user) else escape(user)


def requester(request: RegistrationRequest) -> str:
    """The requester by display name, not a mention: posting a request should not ping them."""
    return escape(request.requester_name or request.requester_id)


def _yes_no(value: bool) -> str:
    return "yes" if value else "no"


def _field(label: str, value: str) -> dict:
    return mrkdwn(clip(f"*{label}*\n{escape(value) or '—'}", FIELD_CHARS))


def decision_buttons(request_id: int) -> dict:
    value = str(request_id)
    return {
        "type": "actions",
        "elements": [
            button("Approve", APPROVE, value, style="primary"),
            button("Approve with conditions", CONDITIONS, value),
            button("Reject", REJECT, value, style="danger"),
            button("Need more info", NEEDS_INFO, value),
        ],
    }


def outcome_text(request: RegistrationRequest) -> str:
    """What became of a request that is no longer waiting for a reviewer."""
    match request.status:
        case RequestStatus.withdrawn:
            return f"{status_text(request.status)} by the requester."
        case RequestStatus.needs_info:
            text = f"{status_text(request.status)}: {person(request.decided_by)} asked"
            return text + f"\n>{escape(request.decision_comment)}\n_Waiting for the requester's answer._"
        case _:
            when = f" on {request.decided_at:%Y-%m-%d}" if request.decided_at else ""
            text = f"{status_text(request.status)} by {person(request.decided_by)}{when}."
            if request.decision_comment:
                label = "Conditions" if request.status == RequestStatus.approved_with_conditions else "Comment"
                text += f"\n*{label}*: {escape(request.decision_comment)}"
            return text


def request_blocks(request: RegistrationRequest) -> list[dict]:
    """Everything a reviewer needs about one request: details, tier and reasons, the checklist."""
    data = ", ".join(DATA_CATEGORIES.get(c, c) for c in request.data_categories) or "—"
    blocks: list[dict] = [
        {
            "type": "header",
            "text": plain(f"AI tool registration #{request.id}", 150),
        },  # user text only in escaped mrkdwn
        {
            "type": "section",
            "text": mrkdwn(
                f"*{escape(request.name)}* by {escape(request.vendor)} · risk tier {tier_text(request.risk_tier)} · "
                f"requested by {requester(request)} on {request.created_at:%Y-%m-%d}"
            ),
        },
        {
            "type": "section",
            "fields": [
                _field("Web address", request.url),
                _field("Category", request.category),
                _field("Other names", ", ".join(request.aliases)),
                _field("Teams", request.teams),
                _field("Approximate users", f"{request.user_count:,}"),
                mrkdwn(clip(f"*Business owner*\n{person(request.owner) if request.owner else '—'}", FIELD_CHARS)),
                _field("Data it will touch", data),
                _field("Highest data class", request.data_classification),
                _field("Vendor trains on our data", request.vendor_trains_on_data),
                _field("Enterprise agreement", _yes_no(request.enterprise_agreement)),
            ],
        },
        {
            "type": "section",
            "fields": [
                _field("Hosting", HOSTING.get(request.hosting, request.hosting)),
                _field("Decisions about people", _yes_no(request.decisions_about_people)),
                _field("Acts without a human", _yes_no(request.acts_without_human)),
                _field("EU AI Act areas", ", ".join(request.use_areas)),
                _field("Integrations or API access", request.integrations),
            ],
        },
        *sections("*Business purpose*\n" + escape(request.purpose)),
    ]
    if request.tool is not None and request.status in OPEN_REQUEST_STATES:
        blocks += sections(
            f":warning: *Possibly a duplicate* of *{escape(request.tool.name)}* ({escape(request.tool.vendor)}), "
            f"in the inventory as {escape(request.tool.status.replace('_', ' '))}: the requester filed it anyway as a "
            "different tool."
        )
    if request.details:
        blocks += sections("*Notes for reviewers*\n" + escape(request.details))
    blocks += sections(f"*Why risk tier {escape(request.risk_tier)}*\n" + bullets(request.risk_reasons))
    blocks += sections(
        "*ISO/IEC 42001 Annex A checklist for this review*\n"
        + "\n".join(f":white_square: {escape(c)}" for c in request.checklist)
    )
    return blocks


def review_message(request: RegistrationRequest) -> tuple[str, list[dict]]:
    """The review-channel post (fallback text, blocks): decision buttons while it is pending, the
    outcome once it is not."""
    text = (
        f"AI tool registration #{request.id}: {escape(request.name)} ({escape(request.vendor)}), "
        f"risk tier {escape(request.risk_tier)} — {status_text(request.status)}"
    )
    body = request_blocks(request)
    if request.status == RequestStatus.pending:
        tail = [decision_buttons(request.id)]
    else:
        tail = sections(outcome_text(request))[:3]
    note = f"…shortened to fit Slack; `govbot review show {request.id}` prints all of it."
    return clip(text, 3000), cap_blocks(body, MESSAGE_BLOCKS - len(tail), note) + tail


def answered_notice(request: RegistrationRequest, answer: str) -> str:
    return (
        f":speech_balloon: {requester(request)} answered the reviewers' question; request #{request.id} is pending "
        f"review again.\n>{escape(answer)}"
    )


def queue_summary(request: RegistrationRequest) -> dict:
    purpose = clip(escape(request.purpose), 300)
    return {
        "type": "section",
        "text": mrkdwn(
            f"*#{request.id} {escape(request.name)}* ({escape(request.vendor)}) · {status_text(request.status)} · "
            f"risk tier {tier_text(request.risk_tier)} · by {requester(request)} on "
            f"{request.created_at:%Y-%m-%d}\n{purpose}"
        ),
    }


def queue_entry(request: RegistrationRequest) -> list[dict]:
    """One open request in a list, with the decision buttons while it awaits a reviewer."""
    if request.status == RequestStatus.pending:
        return [queue_summary(request), decision_buttons(request.id)]
    return [queue_summary(request), {"type": "context", "elements": [mrkdwn("_Waiting for the requester's answer._")]}]


def more_note(count: int) -> dict:
    return {"type": "context", "elements": [mrkdwn(f"…and {count:,} more: use `govbot review list`.")]}


def queue_message(requests: list[RegistrationRequest]) -> tuple[str, list[dict]]:
    if not requests:
        return "The review queue is empty.", [{"type": "section", "text": mrkdwn(":tada: The review queue is empty.")}]
    text = f"{len(requests)} open registration request(s)"
    blocks = [{"type": "header", "text": plain(f"Review queue: {len(requests)} open", 150)}]
    for request in requests[:QUEUE_SHOWN]:
        blocks += queue_entry(request)
    if len(requests) > QUEUE_SHOWN:
        blocks.append(more_note(len(requests) - QUEUE_SHOWN))
    return text, cap_blocks(blocks, MESSAGE_BLOCKS)


def refusal() -> str:
    return (
        ":no_entry: Only the governance reviewers can decide registration requests or see the review queue. "
        "Nothing was changed."
    )


def already_decided(request_id: int, status: str, decided_by: str | None) -> str:
    if status == RequestStatus.withdrawn:
        return f":information_source: Request #{request_id} was withdrawn by the requester; nothing was changed."
    if status in OPEN_REQUEST_STATES:
        return (
            f":information_source: Request #{request_id} is waiting for the requester's answer to "
            f"{person(decided_by)}'s question; it can be decided once they answer."
        )
    return (
        f":information_source: Request #{request_id} was already decided by {person(decided_by)}: "
        f"{status_text(status)}. Your decision was not recorded."
    )


def decision_modal(request: RegistrationRequest, decision: RequestStatus, metadata: str) -> dict:
    title, submit, label, placeholder = MODAL_TEXT[decision]
    return {
        "type": "modal",
        "callback_id": DECISION_CALLBACK,
        "private_metadata": metadata,
        "title": plain(title, MODAL_TITLE_CHARS),
        "submit": plain(submit, MODAL_TITLE_CHARS),
        "close": plain("Cancel", MODAL_TITLE_CHARS),
        "blocks": [
            {
                "type": "section",
                "text": mrkdwn(
                    f"*#{request.id} {escape(request.name)}* ({escape(request.vendor)}) · "
                    f"risk tier {tier_text(request.risk_tier)}\n" + clip(escape(request.purpose), 500)
                ),
            },
            {
                "type": "input",
                "block_id": COMMENT_BLOCK,
                "label": plain(label, 2000),
                "element": {
                    "type": "plain_text_input",
                    "action_id": COMMENT_BLOCK,
                    "multiline": True,
                    "max_length": 3000,
                    "placeholder": plain(placeholder, 150),
                },
            },
        ],
    }


def answer_modal(request: RegistrationRequest, metadata: str) -> dict:
    return {
        "type": "modal",
        "callback_id": ANSWER_CALLBACK,
        "private_metadata": metadata,
        "title": plain("Answer the reviewers", MODAL_TITLE_CHARS),
        "submit": plain("Send answer", MODAL_TITLE_CHARS),
        "close": plain("Cancel", MODAL_TITLE_CHARS),
        "blocks": [
            *sections(
                f"About *request #{request.id}: {escape(request.name)}*, {person(request.decided_by)} asked:\n"
                f">{escape(request.decision_comment)}"
            )[:3],
            {
                "type": "input",
                "block_id": ANSWER_BLOCK,
                "label": plain("Your answer", 2000),
                "element": {
                    "type": "plain_text_input",
                    "action_id": ANSWER_BLOCK,
                    "multiline": True,
                    "max_length": 3000,
                },
            },
        ],
    }


def filed_message(request: RegistrationRequest, next_steps: str, problem: str = "") -> tuple[str, list[dict]]:
    """The requester's confirmation: request id, risk tier, reasons, what happens next."""
    text = (
        f"Your registration of {escape(request.name)} is filed as request #{request.id} "
        f"(risk tier {escape(request.risk_tier)})."
    )
    blocks = [
        *sections(
            f":white_check_mark: Your registration of *{escape(request.name)}* ({escape(request.vendor)}) is filed as "
            f"*request #{request.id}*. Risk tier: {tier_text(request.risk_tier)}."
        ),
        *sections("*Why this tier*\n" + bullets(request.risk_reasons)),
        *sections(next_steps),
    ]
    if problem:
        blocks += sections(problem)
    return text, cap_blocks(blocks, MESSAGE_BLOCKS)


def decision_message(request: RegistrationRequest) -> tuple[str, list[dict]]:
    """The requester's news: the outcome and the reviewer's comment; for needs_info, how to answer."""
    name = escape(request.name)
    comment = escape(request.decision_comment)
    by = f"request #{request.id}, decided by {person(request.decided_by)}"
    match request.status:
        case RequestStatus.approved:
            lead = f":white_check_mark: *{name}* is approved ({by})."
        case RequestStatus.approved_with_conditions:
            lead = f":large_yellow_circle: *{name}* is approved with conditions ({by}).\n*Conditions of use*: {comment}"
        case RequestStatus.rejected:
            lead = f":x: *{name}* was not approved ({by}).\n*Why*: {comment}"
        case _:
            lead = (
                f":question: The reviewers need more information about *{name}* (request #{request.id}). "
                f"{person(request.decided_by)} asks:\n>{comment}\n"
                "Answer with the button below (or on govbot's Home tab); the request then goes back to the reviewers."
            )
    if request.status == RequestStatus.approved and comment:
        lead += f"\n*Comment*: {comment}"
    blocks = sections(lead)
    if request.status == RequestStatus.needs_info:
        blocks.append(
            {"type": "actions", "elements": [button("Answer", ANSWER_OPEN, str(request.id), style="primary")]}
        )
    text = f"Request #{request.id} ({name}): {status_text(request.status)}"
    return text, cap_blocks(blocks, MESSAGE_BLOCKS)
