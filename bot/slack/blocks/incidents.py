"""The incident register in Slack: the report form (one input block per field of
knowledge.incidents.register.validate_report, named after it so the core's errors land beside
it), what the reporter is told, the incident's post for the governance team (its state, history
and buttons; updated as it moves) and the team's modals.

Builders take plain values: an incident as knowledge.incidents.models.incident_record() gives it.
Everything the reporter or the team typed is escaped where it is shown as mrkdwn.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from bot.slack.actions import (
    INCIDENT_ACK,
    INCIDENT_ASSIGN,
    INCIDENT_CALLBACK,
    INCIDENT_DONE_CALLBACK,
    INCIDENT_NOTE,
    INCIDENT_OPEN,
    INCIDENT_RESOLVE,
    INCIDENT_SEVERITY,
    INCIDENT_SEVERITY_BLOCK,
    INCIDENT_TEAM_CALLBACK,
    INCIDENT_TEXT_BLOCK,
)
from bot.slack.blocks.common import (
    MESSAGE_BLOCKS,
    MODAL_TITLE_CHARS,
    VIEW_BLOCKS,
    button,
    cap_blocks,
    clip,
    escape,
    mrkdwn,
    plain,
    sections,
)
from bot.slack.blocks.review import person
from knowledge.incidents.models import INCIDENT_CHARS
from knowledge.incidents.vocabulary import DATA_LABELS, KIND_LABELS, IncidentStatus, Severity

INPUT_CHARS = 3000  # a plain_text_input holds at most 3,000 characters
OPTION_TEXT_CHARS = 75
SELECT_OPTIONS = 100  # a static_select offers at most 100
HISTORY_SHOWN = 6  # the latest events on the post; `govbot incident show` has them all
SEVERITY_EMOJI = {1: ":rotating_light:", 2: ":red_circle:", 3: ":large_orange_circle:", 4: ":large_blue_circle:"}
STATUS_TEXT = {
    IncidentStatus.open: ":new: Open",
    IncidentStatus.acknowledged: ":eyes: Acknowledged",
    IncidentStatus.resolved: ":white_check_mark: Resolved",
}
TEAM_MODAL = {  # action: (title, submit, label, placeholder)
    INCIDENT_ASSIGN: ("Assign a handler", "Assign", "Who handles this incident?", ""),
    INCIDENT_NOTE: ("Add a note", "Add", "Note", "What was found or done (kept in the incident's history)"),
    INCIDENT_SEVERITY: (
        "Change severity",
        "Change",
        "Why? (the facts that emerged)",
        "e.g. the file held 300 customers",
    ),
    INCIDENT_RESOLVE: (
        "Resolve incident",
        "Resolve",
        "Root cause",
        "What made this easy to do? (§5.1: causes, not blame)",
    ),
}


def _option(value: str, text: str) -> dict:
    return {"text": plain(text, OPTION_TEXT_CHARS), "value": value}


def _input(block_id: str, label: str, element: dict, *, hint: str = "", optional: bool = True) -> dict:
    block: dict = {"type": "input", "block_id": block_id, "label": plain(label, 2000), "element": element}
    block["optional"] = optional
    if hint:
        block["hint"] = plain(hint, 2000)
    return block


def _text(block_id: str, label: str, *, limit: int, multiline: bool = False, initial: str = "", **extra) -> dict:
    element: dict = {
        "type": "plain_text_input",
        "action_id": block_id,
        "max_length": min(limit, INPUT_CHARS),
        "multiline": multiline,
    }
    if initial:
        element["initial_value"] = initial[: element["max_length"]]  # plain_text: shown as typed, no escaping
    if extra.get("placeholder"):
        element["placeholder"] = plain(extra["placeholder"], 150)
    return _input(block_id, label, element, hint=extra.get("hint", ""), optional=extra.get("optional", True))


def moment(iso: str | None) -> str:
    """A timestamp as Slack shows it in each reader's own time zone (UTC where it cannot)."""
    if not iso:
        return "—"
    at = datetime.fromisoformat(iso)
    return f"<!date^{int(at.timestamp())}^{{date_short_pretty}} at {{time}}|{at:%Y-%m-%d %H:%M} UTC>"


# -- the report form --------------------------------------------------------------------------------


def incident_modal(prefill: dict | None = None, tools: Sequence[str] = ()) -> dict:
    """The form: what happened is the one required answer. `prefill` (from a question: see
    knowledge/incidents/prefill.py) fills in what the question already said; `tools` are the
    inventory's names offered in the tool menu (free text covers any other)."""
    prefill = prefill or {}
    kind_options = [_option(str(kind), label) for kind, label in KIND_LABELS.items()]
    kind: dict = {"type": "static_select", "action_id": "kind", "options": kind_options}
    if prefill.get("kind") in KIND_LABELS:
        kind["initial_option"] = _option(str(prefill["kind"]), KIND_LABELS[prefill["kind"]])
    data_options = [_option(str(data), label) for data, label in DATA_LABELS.items()]
    data: dict = {"type": "checkboxes", "action_id": "data_involved", "options": data_options}
    chosen = [_option(str(d), DATA_LABELS[d]) for d in prefill.get("data_involved", []) if d in DATA_LABELS]
    if chosen:
        data["initial_options"] = chosen
    blocks = [
        {
            "type": "section",
            "text": mrkdwn(
                "Tell the governance team what went wrong. Answer what you know: *only what happened is required*, "
                "and “not sure” is an answer. Honest, prompt reports are no-blame (AI Incident Reporting §5.1). "
                "Describe the data, don't paste it here."
            ),
        },
        _text(
            "summary",
            "What happened?",
            limit=INCIDENT_CHARS["summary"],
            multiline=True,
            initial=prefill.get("summary", ""),
            optional=False,
            placeholder="e.g. I pasted a config file with an API key into a chatbot",
        ),
        _input("kind", "What kind of incident?", kind),
        _text(
            "occurred",
            "When did it happen?",
            limit=INCIDENT_CHARS["occurred"],
            placeholder="e.g. today around 10:30, 2026-11-30, or not sure",
        ),
    ]
    names = list(dict.fromkeys(tools))[:SELECT_OPTIONS]
    if names:
        tool_select = {
            "type": "static_select",
            "action_id": "tool",
            "options": [_option(name, name) for name in names],  # a value may be 150 characters, a name 120
            "placeholder": plain("Choose from the inventory", 150),
        }
        if prefill.get("tool") in names:
            tool_select["initial_option"] = _option(prefill["tool"], prefill["tool"])
        blocks.append(_input("tool", "Which AI tool? (from the inventory)", tool_select))
    blocks += [
        _text(
            "tool_other",
            "…or its name, if it is not in the list",
            limit=INCIDENT_CHARS["tool"],
            initial="" if prefill.get("tool") in names else prefill.get("tool", ""),
            placeholder="e.g. a free chatbot, a browser extension, or not sure",
        ),
        _input("data_involved", "What data was involved?", data, hint="Tick all that apply, or Not sure."),
        _text(
            "affected",
            "Who else is affected?",
            limit=INCIDENT_CHARS["affected"],
            multiline=True,
            placeholder="Colleagues, a client, their customers… or not sure",
        ),  # fmt: skip
        _text(
            "actions_taken",
            "What has been done so far?",
            limit=INCIDENT_CHARS["actions_taken"],
            multiline=True,
            placeholder="e.g. key rotated, conversation deleted",
        ),  # fmt: skip
    ]
    return {
        "type": "modal",
        "callback_id": INCIDENT_CALLBACK,
        "title": plain("Report an AI incident", MODAL_TITLE_CHARS),
        "submit": plain("Report", MODAL_TITLE_CHARS),
        "close": plain("Cancel", MODAL_TITLE_CHARS),
        "blocks": blocks,
    }


def _state(values: object, block_id: str) -> dict:
    block = values.get(block_id) if isinstance(values, dict) else None
    element = block.get(block_id) if isinstance(block, dict) else None
    return element if isinstance(element, dict) else {}


def _value(option: object) -> str:
    value = option.get("value") if isinstance(option, dict) else None
    return value if isinstance(value, str) else ""


def parse_incident(values: object) -> dict:
    """The form's answers as the register takes them (never trusting the payload's shape)."""
    text = {field: _state(values, field).get("value") for field in ("summary", "occurred", "affected", "actions_taken")}
    other = _state(values, "tool_other").get("value")
    chosen = _value(_state(values, "tool").get("selected_option"))
    options = _state(values, "data_involved").get("selected_options")
    return {
        **{field: value if isinstance(value, str) else None for field, value in text.items()},
        "kind": _value(_state(values, "kind").get("selected_option")),
        "tool": other if isinstance(other, str) and other.strip() else chosen,
        "data_involved": [_value(option) for option in options] if isinstance(options, list) else [],
    }


FIELD_BLOCKS = {"tool": "tool_other", "reporter_id": "summary", "reporter_name": "summary"}


def field_errors(errors: dict[str, str]) -> dict[str, str]:
    """The register's errors, each on the block of its field."""
    shown: dict[str, str] = {}
    for field, message in errors.items():
        block = FIELD_BLOCKS.get(field, field)
        shown[block] = clip(f"{shown[block]}; {message}" if block in shown else message, 2000)
    return shown


def failure_errors(reference: str) -> dict[str, str]:
    return {
        "summary": f"Sorry, the report could not be filed (reference {reference}); your answers are kept, try again."
    }


# -- the reporter -----------------------------------------------------------------------------------


def _next_steps(record: dict) -> str:
    steps = "\n".join(f"{n}. {escape(step)}" for n, step in enumerate(record["next_steps"], 1))
    return f"*Do next, by {moment(record['report_due_at'])}:*\n{steps}"


def reporter_blocks(record: dict, problem: str = "") -> list[dict]:
    severity = Severity(record["severity"])
    lead = (
        f":white_check_mark: Thank you. Your report is filed as *incident #{record['id']}* "
        f"({SEVERITY_EMOJI[severity]} {severity.label}). The governance team has been told and acknowledges "
        f"it by {moment(record['acknowledge_due_at'])}."
    )
    why = "*Why*\n" + "\n".join(f"• {escape(reason)}" for reason in record["triage_reasons"])
    blocks = [*sections(lead), *sections(_next_steps(record)), *sections(why)]
    blocks.append(
        {
            "type": "context",
            "elements": [mrkdwn("Reporting promptly and honestly is no-blame (AI Incident Reporting §5.1).")],
        }
    )
    if problem:
        blocks += sections(problem)
    return blocks


def reporter_message(record: dict, problem: str = "") -> tuple[str, list[dict]]:
    """The reporter's DM: the incident's number, severity, what to do next and by when, and a
    button to add details later."""
    text = f"Incident #{record['id']} is filed ({Severity(record['severity']).label}): what to do next"
    details = {"type": "actions", "elements": [button("Add details", INCIDENT_NOTE, str(record["id"]))]}
    return text, cap_blocks(reporter_blocks(record, problem), MESSAGE_BLOCKS - 1) + [details]


def filed_view(record: dict) -> dict:
    """What replaces the form once it is filed: the same as the DM, at once."""
    return {
        "type": "modal",
        "callback_id": INCIDENT_DONE_CALLBACK,
        "title": plain("Incident reported", MODAL_TITLE_CHARS),
        "close": plain("Done", MODAL_TITLE_CHARS),
        "blocks": cap_blocks(reporter_blocks(record), VIEW_BLOCKS),
    }


def progress_message(record: dict, action: str, by: str) -> tuple[str, list[dict]]:
    """The reporter kept informed (§4.1): acknowledged, given a handler, resolved."""
    number = f"incident #{record['id']}"
    match action:
        case "acknowledged":
            lead = f":eyes: {person(by)} acknowledged your {number}."
        case "assigned":
            lead = f":bust_in_silhouette: Your {number} is handled by {person(record['assignee'])}."
        case _:
            cause = escape(record["root_cause"])
            lead = f":white_check_mark: Your {number} is resolved by {person(by)}.\n*Root cause*: {cause}"
    return clip(f"Your incident #{record['id']}: {action}", 150), sections(lead)


# -- the governance team's post ---------------------------------------------------------------------


def _field(label: str, value: str) -> dict:
    return {"type": "mrkdwn", "text": clip(f"*{label}*\n{value or '—'}", 2000)}


def team_buttons(record: dict) -> dict | None:
    number = str(record["id"])
    status = record["status"]
    if status == IncidentStatus.resolved:
        return {"type": "actions", "elements": [button("Add note", INCIDENT_NOTE, number)]}
    elements = []
    if status == IncidentStatus.open:
        elements.append(button("Acknowledge", INCIDENT_ACK, number, style="primary"))
    elements += [
        button("Assign", INCIDENT_ASSIGN, number),
        button("Add note", INCIDENT_NOTE, number),
        button("Change severity", INCIDENT_SEVERITY, number),
        button("Resolve", INCIDENT_RESOLVE, number, style="primary" if status != IncidentStatus.open else None),
    ]
    return {"type": "actions", "elements": elements}


def state_text(record: dict) -> str:
    status = record["status"]
    if status == IncidentStatus.resolved:
        return (
            f"{STATUS_TEXT[status]} by {person(record['resolved_by'])} {moment(record['resolved_at'])}\n"
            f"*Root cause*: {escape(record['root_cause'])}"
        )
    handler = f" · handled by {person(record['assignee'])}" if record["assignee"] else ""
    if status == IncidentStatus.acknowledged:
        return f"{STATUS_TEXT[status]} by {person(record['acknowledged_by'])}{handler}"
    return f"{STATUS_TEXT[status]} · acknowledge by {moment(record['acknowledge_due_at'])}{handler}"


def _who(record: dict, actor: str) -> str:
    """Who acted; the reporter by name (posting their report should not ping them)."""
    if actor == record["reporter_id"]:
        return escape(record["reporter_name"] or record["reporter_id"])
    return person(actor)


def history_text(record: dict) -> str:
    shown = record["history"][-HISTORY_SHOWN:]
    lines = [
        f"{moment(event['at'])} {_who(record, event['actor'])} {event['action']}"
        + (f": {clip(escape(event['comment']), 300)}" if event["comment"] and event["action"] != "reported" else "")
        for event in shown
    ]
    earlier = len(record["history"]) - len(shown)
    return ("…" + f"{earlier} earlier, in `govbot incident show {record['id']}`\n" if earlier else "") + "\n".join(
        lines
    )


def incident_message(record: dict) -> tuple[str, list[dict]]:
    """The incident as posted for the governance team, and as it is after each change."""
    severity = Severity(record["severity"])
    tool = escape(record["tool"]) + (
        "" if record["tool_registered"] or not record["tool"] else " _(not in the inventory)_"
    )
    data = escape(", ".join(DATA_LABELS.get(d, d) for d in record["data_involved"]))  # type: ignore[call-overload]
    reporter = _who(record, record["reporter_id"])
    blocks: list[dict] = [
        {"type": "header", "text": plain(f"AI incident #{record['id']} · {severity.label}", 150)},
        *sections(state_text(record)),
        {
            "type": "section",
            "fields": [
                _field("Reported by", f"{reporter}, {moment(record['reported_at'])}"),
                _field("Kind", escape(KIND_LABELS.get(record["kind"], record["kind"]))),  # type: ignore[call-overload]
                _field("When", escape(record["occurred"])),
                _field("Tool", tool),
                _field("Data involved", data),
                _field("Others affected", escape(record["affected"])),
            ],
        },
        *sections("*What happened*\n" + escape(record["summary"])),
    ]
    if record["actions_taken"]:
        blocks += sections("*Done so far*\n" + escape(record["actions_taken"]))
    blocks += sections("*Triage*\n" + "\n".join(f"• {escape(reason)}" for reason in record["triage_reasons"]))
    blocks.append({"type": "context", "elements": [mrkdwn(clip(history_text(record), 3000))]})
    actions = team_buttons(record)
    blocks = cap_blocks(blocks, MESSAGE_BLOCKS - 1) + ([actions] if actions else [])
    text = f"AI incident #{record['id']}: {severity.label}, {record['status']}"
    return text, blocks


def team_modal(action: str, record: dict, metadata: str) -> dict:
    title, submit, label, placeholder = TEAM_MODAL[action]
    if action == INCIDENT_ASSIGN:
        element: dict = {"type": "users_select", "action_id": INCIDENT_TEXT_BLOCK}
    else:
        element = {
            "type": "plain_text_input",
            "action_id": INCIDENT_TEXT_BLOCK,
            "multiline": True,
            "max_length": INCIDENT_CHARS["comment"],
            "placeholder": plain(placeholder, 150),
        }
    return {
        "type": "modal",
        "callback_id": INCIDENT_TEAM_CALLBACK,
        "private_metadata": metadata,
        "title": plain(title, MODAL_TITLE_CHARS),
        "submit": plain(submit, MODAL_TITLE_CHARS),
        "close": plain("Cancel", MODAL_TITLE_CHARS),
        "blocks": [
            *sections(
                f"*Incident #{record['id']}* ({Severity(record['severity']).label}): "
                f"{clip(escape(record['summary']), 500)}"
            ),
            *([severity_input(record)] if action == INCIDENT_SEVERITY else []),
            _input(INCIDENT_TEXT_BLOCK, label, element, optional=False),
        ],
    }


def severity_input(record: dict) -> dict:
    """The levels of §4.2 to choose from, the incident's own not among them."""
    options = [_option(str(level.value), level.label) for level in Severity if level != record["severity"]]
    element = {"type": "static_select", "action_id": INCIDENT_SEVERITY_BLOCK, "options": options}
    return _input(INCIDENT_SEVERITY_BLOCK, "New severity", element, optional=False)


# -- the Home tab -----------------------------------------------------------------------------------

HOME_INCIDENTS_SHOWN = 10


def open_incidents_blocks(records: Sequence[dict], now: datetime) -> list[dict]:
    """For reviewers: the incidents not yet resolved, most severe first, overdue acknowledgements said."""
    blocks: list[dict] = [{"type": "header", "text": plain(f"Open AI incidents: {len(records)}", 150)}]
    if not records:
        return blocks + [{"type": "context", "elements": [mrkdwn("No incident is waiting.")]}]
    lines = []
    for record in records[:HOME_INCIDENTS_SHOWN]:
        severity = Severity(record["severity"])
        late = (
            " · :warning: *acknowledgement overdue*"
            if record["status"] == IncidentStatus.open and datetime.fromisoformat(record["acknowledge_due_at"]) < now
            else ""
        )
        state = STATUS_TEXT[record["status"]]
        lines.append(
            f"• {SEVERITY_EMOJI[severity]} *#{record['id']}* {severity.label} · {state}{late} · "
            f"{escape(record['tool']) or 'tool not known'}: {clip(escape(record['summary']), 150)}"
        )
    blocks += sections("\n".join(lines))
    if len(records) > HOME_INCIDENTS_SHOWN:
        more = len(records) - HOME_INCIDENTS_SHOWN
        blocks.append(
            {"type": "context", "elements": [mrkdwn(f"…and {more:,} more: `govbot incident list --status open`.")]}
        )
    return blocks


def home_blocks() -> list[dict]:
    """Everyone's way in from the Home tab."""
    return [
        {"type": "header", "text": plain("AI incidents", 150)},
        {
            "type": "section",
            "text": mrkdwn(
                "Something went wrong with an AI tool, or nearly did? Report it: you are told at once what to do "
                "next and by when. Honest, prompt reports are no-blame."
            ),
        },
        {"type": "actions", "elements": [button("Report an AI incident", INCIDENT_OPEN, style="danger")]},
    ]
