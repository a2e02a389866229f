"""Reporting an AI incident from Slack, and the governance team's handling of it.

    "Report an AI incident" (Home), "Report it now" (under an answer), `/aigov incident` (commands.py)
                            → the form, prefilled from the question when there is one
    the form submitted      → filed and triaged before Slack is answered: errors beside their fields,
                              or the form replaced by what to do next and by when
    Acknowledge             → at once;  Assign, Add note, Change severity, Resolve → a modal asks

Every change goes through knowledge.incidents.register.IncidentRegister, which checks who may make
it; its events update the incident's post and tell the reporter (bot/slack/incident_notifier.py).
The form's answer comes first: the events are held until it is sent.
"""

from __future__ import annotations

import json
import logging
import secrets

from slack_bolt import Ack, App, Respond

from bot.slack import store
from bot.slack.actions import (
    INCIDENT_ACK,
    INCIDENT_ASSIGN,
    INCIDENT_CALLBACK,
    INCIDENT_NOTE,
    INCIDENT_OPEN,
    INCIDENT_RESOLVE,
    INCIDENT_SEVERITY,
    INCIDENT_SEVERITY_BLOCK,
    INCIDENT_TEAM_CALLBACK,
    INCIDENT_TEXT_BLOCK,
)
from bot.slack.blocks import incidents as blocks
from bot.slack.blocks.answer import question_of
from bot.slack.blocks.common import escape
from bot.slack.blocks.review import refusal
from bot.slack.incident_notifier import incident_channel
from bot.slack.listeners.clicks import Clicked, input_element, private_metadata, record_id, tell
from bot.wiring import Govbot
from knowledge.incidents.models import incident_record
from knowledge.incidents.prefill import prefill_from_question
from knowledge.incidents.register import IncidentError, IncidentNotFound, InvalidReport
from knowledge.inventory.directory import ToolDirectory
from knowledge.inventory.queries import list_tools
from knowledge.inventory.review import WorkflowError

log = logging.getLogger("govbot.slack")
TEAM_ACTIONS = (INCIDENT_ASSIGN, INCIDENT_NOTE, INCIDENT_SEVERITY, INCIDENT_RESOLVE)


def register(app: App, govbot: Govbot) -> None:
    @app.action(INCIDENT_OPEN)
    def report_clicked(ack: Ack, body: dict, action: dict) -> None:
        ack()
        open_form(govbot, body["trigger_id"], question_of(action.get("value")))

    @app.view(INCIDENT_CALLBACK)
    def submitted(ack: Ack, body: dict, view: dict) -> None:
        submit_report(govbot, ack, body, view)

    @app.action(INCIDENT_ACK)
    def acknowledge_clicked(ack: Ack, body: dict, action: dict, respond: Respond) -> None:
        ack()
        acknowledge(govbot, body, action, respond)

    def team_button(ack: Ack, body: dict, action: dict, respond: Respond) -> None:
        ack()
        open_team_modal(govbot, body, action, respond)

    for action_id in TEAM_ACTIONS:
        app.action(action_id)(team_button)

    @app.view(INCIDENT_TEAM_CALLBACK)
    def team_submitted(ack: Ack, body: dict, view: dict) -> None:
        submit_team_modal(govbot, ack, body, view)


def open_form(govbot: Govbot, trigger_id: str, question: str = "") -> None:
    """The report form; a question ("I pasted a key into ChatGPT…") fills in what it already says."""
    prefill = prefill_from_question(question, ToolDirectory(govbot.db)) if question.strip() else {}
    tools = [tool.name for tool in list_tools(govbot.db)]
    govbot.slack.client.views_open(trigger_id=trigger_id, view=blocks.incident_modal(prefill, tools))


def submit_report(govbot: Govbot, ack: Ack, body: dict, view: dict) -> None:
    user = body.get("user") or {}
    form = blocks.parse_incident((view.get("state") or {}).get("values"))
    form |= {"reporter_id": user.get("id"), "reporter_name": user.get("name") or user.get("username") or ""}
    key = f"slack-view:{view.get('id')}" if view.get("id") else None  # a double submit files it once
    with govbot.events.held():  # posted and DMed once Slack has the form's answer
        try:
            incident = govbot.incidents.report(form, key)
        except InvalidReport as failed:
            ack(response_action="errors", errors=blocks.field_errors(failed.errors))
            return
        except Exception:  # the database is down, say: keep the form open with the answers in it
            reference = secrets.token_hex(4)
            log.exception("filing an incident from %s failed [ref %s]", user.get("id"), reference)
            ack(response_action="errors", errors=blocks.failure_errors(reference))
            return
        ack(response_action="update", view=blocks.filed_view(incident_record(incident)))


def adopt_clicked_post(govbot: Govbot, incident_id: int, clicked: tuple[str, str] | None) -> None:
    """The message a reviewer clicked is the incident's post when where it was posted is not saved
    yet (a click right after it was posted): the change then updates it instead of posting anew."""
    if (
        clicked
        and clicked[0] == incident_channel(govbot.settings)
        and store.incident_post_of(govbot.db, incident_id) is None
    ):
        store.save_incident_post(govbot.db, incident_id, *clicked)


def acknowledge(govbot: Govbot, body: dict, action: dict, respond: Respond) -> None:
    user = body["user"]["id"]
    if user not in govbot.reviewers:
        tell(govbot, body, respond, refusal())
        return
    incident_id = record_id(action.get("value")) or 0
    try:
        with govbot.events.held():  # the post is known before the change is shown on it
            govbot.incidents.acknowledge(incident_id, user)
            adopt_clicked_post(govbot, incident_id, Clicked.of(body).message)
    except IncidentError as error:
        tell(govbot, body, respond, f":warning: {escape(str(error))}. Nothing was changed.")


def may_use(govbot: Govbot, user: str, action: str, reporter: str | None) -> bool:
    """Reviewers use every button; the reporter may add a note (details remembered later)."""
    return user in govbot.reviewers or (action == INCIDENT_NOTE and user == reporter)


def open_team_modal(govbot: Govbot, body: dict, action: dict, respond: Respond) -> None:
    user = body["user"]["id"]
    try:
        incident = govbot.incidents.get(record_id(action.get("value")) or 0)
    except IncidentNotFound as error:
        incident, missing = None, str(error)
    if not may_use(govbot, user, action["action_id"], incident.reporter_id if incident else None):
        tell(govbot, body, respond, refusal())
        return
    if incident is None:
        tell(govbot, body, respond, f":warning: {escape(missing)}.")
        return
    metadata = json.dumps({"id": incident.id, "action": action["action_id"], "clicked": Clicked.of(body).message})
    modal = blocks.team_modal(action["action_id"], incident_record(incident), metadata)
    govbot.slack.client.views_open(trigger_id=body["trigger_id"], view=modal)


def _answer(view: dict, block_id: str = INCIDENT_TEXT_BLOCK) -> str:
    """What a modal's input holds: a text, the user chosen (assign) or the option (severity)."""
    element = input_element(view, block_id)
    if element is None:
        return ""
    option = element.get("selected_option")
    chosen = option.get("value") if isinstance(option, dict) else None
    answer = element.get("selected_user") or element.get("value") or chosen
    return answer.strip() if isinstance(answer, str) else ""


def submit_team_modal(govbot: Govbot, ack: Ack, body: dict, view: dict) -> None:
    user = body["user"]["id"]
    metadata = private_metadata(view)
    incident_id, action = record_id(metadata.get("id")), metadata.get("action")
    if incident_id is None or action not in TEAM_ACTIONS:
        ack(response_action="errors", errors={INCIDENT_TEXT_BLOCK: "This form is damaged; close it and try again."})
        return
    if action != INCIDENT_NOTE and user not in govbot.reviewers:  # a note: the register checks who
        refused = "Only the governance reviewers can do this; nothing was changed."
        ack(response_action="errors", errors={INCIDENT_TEXT_BLOCK: refused})
        return
    answer = _answer(view)
    clicked = metadata.get("clicked")
    with govbot.events.held():  # the modal closes before the post and the reporter are told
        try:
            if action == INCIDENT_ASSIGN:
                govbot.incidents.assign(incident_id, answer, user)
            elif action == INCIDENT_NOTE:
                govbot.incidents.add_note(incident_id, answer, user)
            elif action == INCIDENT_SEVERITY:
                govbot.incidents.set_severity(incident_id, _answer(view, INCIDENT_SEVERITY_BLOCK), answer, user)
            else:
                govbot.incidents.resolve(incident_id, answer, user)
        except WorkflowError as error:  # refused by the register: not allowed, or not possible now
            ack(response_action="errors", errors={INCIDENT_TEXT_BLOCK: str(error)[:2000]})
            return
        ack()
        if isinstance(clicked, list) and len(clicked) == 2 and all(isinstance(part, str) for part in clicked):
            adopt_clicked_post(govbot, incident_id, (clicked[0], clicked[1]))
