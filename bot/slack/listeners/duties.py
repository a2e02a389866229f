"""The re-review reminder's buttons, in the Tool Owner's DM (or the review channel when the owner
is not a Slack user): "Still in use — request re-review" opens a form asking what changed and files
the re-review into the queue; "No longer needed — retire" retires the tool. Only the tool's owner
or a reviewer may press them: the inventory checks, whoever clicks."""

from __future__ import annotations

from slack_bolt import Ack, App, Respond

from bot.slack.actions import REREVIEW_CALLBACK, REREVIEW_OPEN, RETIRE_OWN, WHAT_CHANGED_BLOCK
from bot.slack.blocks import duties as blocks
from bot.slack.blocks.common import escape, notice_modal
from bot.slack.listeners.clicks import tell, typed
from bot.wiring import Govbot
from knowledge.inventory.queries import get_tool
from knowledge.inventory.rereview import request_rereview
from knowledge.inventory.review import NotAuthorised, WorkflowError, is_tool_owner


def register(app: App, govbot: Govbot) -> None:
    @app.action(REREVIEW_OPEN)
    def rereview_clicked(ack: Ack, body: dict, action: dict, respond: Respond) -> None:
        ack()
        open_rereview_form(govbot, body, action, respond)

    @app.view(REREVIEW_CALLBACK)
    def rereview_submitted(ack: Ack, body: dict, view: dict) -> None:
        submit_rereview(govbot, ack, body, view)

    @app.action(RETIRE_OWN)
    def retire_clicked(ack: Ack, body: dict, action: dict, respond: Respond) -> None:
        ack()
        retire(govbot, body, action, respond)


def _refused(tool_name: str) -> str:
    return (
        f":no_entry: Only {escape(tool_name)}'s Tool Owner or a governance reviewer can do that; nothing was changed."
    )


def open_rereview_form(govbot: Govbot, body: dict, action: dict, respond: Respond) -> None:
    user, name = body["user"]["id"], str(action.get("value") or "")
    tool = get_tool(govbot.db, name) if name else None
    if tool is None:
        tell(govbot, body, respond, ":warning: That tool is no longer in the inventory; nothing was changed.")
        return
    if not (is_tool_owner(tool, user) or user in govbot.reviewers):
        tell(govbot, body, respond, _refused(tool.name))
        return
    govbot.slack.client.views_open(trigger_id=body["trigger_id"], view=blocks.rereview_modal(tool.name))


def submit_rereview(govbot: Govbot, ack: Ack, body: dict, view: dict) -> None:
    user = body["user"]
    what_changed = typed(view, WHAT_CHANGED_BLOCK)
    tool = str(view.get("private_metadata") or "")
    name = user.get("name") or user.get("username") or user["id"]
    with govbot.events.held():  # the form closes before the review channel hears of it
        try:
            outcome = request_rereview(govbot.db, tool, user["id"], name, what_changed, govbot.reviewers, govbot.events)
        except WorkflowError as error:
            ack(response_action="errors", errors={WHAT_CHANGED_BLOCK: str(error)[:2000]})
            return
        if outcome.kind == "resubmitted" and outcome.request is not None:
            number = outcome.request.id
            text = f":information_source: The re-review of {escape(tool)} is already in the queue (request #{number})."
            ack(response_action="update", view=notice_modal("Already requested", text))
            return
        ack()


def retire(govbot: Govbot, body: dict, action: dict, respond: Respond) -> None:
    user, name = body["user"]["id"], str(action.get("value") or "")
    try:
        tool = govbot.workflow.retire_unneeded(name, user, "No longer needed (from the re-review reminder)")
    except NotAuthorised:
        tell(govbot, body, respond, _refused(name))
        return
    except WorkflowError as error:
        tell(govbot, body, respond, f":warning: {escape(str(error))}. Nothing was changed.")
        return
    if body.get("response_url"):
        respond(text=blocks.retired_text(tool.name), replace_original=True)
