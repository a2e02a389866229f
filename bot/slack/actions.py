"""Every id that ties govbot's Block Kit to its listeners: the action_id of each button, the
callback_id of each form, the block_id a listener reads a typed answer from. The builders in
blocks/ put them on what they build; the listeners in listeners/ answer them."""

from __future__ import annotations

from knowledge.inventory.models import RequestStatus

# Under an answer: feedback, "Ask the governance team", "Register it" (the value: the tool's name);
# "Report it now" is INCIDENT_OPEN, below.
FEEDBACK_HELPFUL = "feedback_helpful"
FEEDBACK_UNHELPFUL = "feedback_unhelpful"
ESCALATE = "escalate"
REGISTER_OPEN = "register_open"

# The review post's decision buttons (the value: the request's number).
APPROVE = "review_approve"
CONDITIONS = "review_conditions"
REJECT = "review_reject"
NEEDS_INFO = "review_needs_info"
DECISION_OF_ACTION = {
    APPROVE: RequestStatus.approved,
    CONDITIONS: RequestStatus.approved_with_conditions,
    REJECT: RequestStatus.rejected,
    NEEDS_INFO: RequestStatus.needs_info,
}
DECISION_CALLBACK = "review_decision"  # the comment a decision needs
# The requester's buttons, in their DM and on their Home tab.
ANSWER_OPEN = "review_answer_open"
WITHDRAW = "review_withdraw"
ANSWER_CALLBACK = "review_answer"  # their answer to the reviewers' question
COMMENT_BLOCK = ANSWER_BLOCK = "comment"  # the text input of both forms

# The registration form (its blocks are named after the fields: see blocks/forms.py).
REGISTER_CALLBACK = "register_submit"
REGISTER_ANYWAY_CALLBACK = "register_anyway"  # "File it anyway" on the duplicate view; metadata: the form
REGISTER_DONE_CALLBACK = "register_done"  # the views that replace the form: nothing to submit

__all__ = [
    "ANSWER_BLOCK",
    "ANSWER_CALLBACK",
    "ANSWER_OPEN",
    "APPROVE",
    "COMMENT_BLOCK",
    "CONDITIONS",
    "DECISION_CALLBACK",
    "DECISION_OF_ACTION",
    "ESCALATE",
    "FEEDBACK_HELPFUL",
    "FEEDBACK_UNHELPFUL",
    "NEEDS_INFO",
    "REGISTER_ANYWAY_CALLBACK",
    "REGISTER_CALLBACK",
    "REGISTER_DONE_CALLBACK",
    "REGISTER_OPEN",
    "REJECT",
    "WITHDRAW",
]

# The re-review reminder's buttons, in the Tool Owner's DM (the value: the tool's name), and the
# form asking what changed.
REREVIEW_OPEN = "duty_rereview_open"
RETIRE_OWN = "duty_retire"
REREVIEW_CALLBACK = "duty_rereview"
WHAT_CHANGED_BLOCK = "what_changed"
__all__ += ["REREVIEW_CALLBACK", "REREVIEW_OPEN", "RETIRE_OWN", "WHAT_CHANGED_BLOCK"]
# The incident register (issue 11). "Report an AI incident" (Home), "Report it now" (under an answer
# about something that went wrong; the value: the question, to prefill the form) and `/aigov incident`
# open the form; the governance team's buttons on the incident's post (the value: its number).
INCIDENT_OPEN = "incident_open"
INCIDENT_CALLBACK = "incident_submit"  # the form (its blocks are named after the fields: blocks/incidents.py)
INCIDENT_DONE_CALLBACK = "incident_done"  # the view that replaces the form: nothing to submit
INCIDENT_ACK = "incident_ack"
INCIDENT_ASSIGN = "incident_assign"
INCIDENT_NOTE = "incident_note"
INCIDENT_RESOLVE = "incident_resolve"
INCIDENT_SEVERITY = "incident_severity"
INCIDENT_SEVERITY_BLOCK = "incident_level"  # the severity modal's choice of level (its text: INCIDENT_TEXT_BLOCK)
INCIDENT_TEAM_CALLBACK = "incident_team"  # the modal of assign, note and resolve; metadata: id and action
INCIDENT_TEXT_BLOCK = "incident_text"  # its input (a user for assign, text for note and resolve)
__all__ += [
    "INCIDENT_ACK",
    "INCIDENT_ASSIGN",
    "INCIDENT_CALLBACK",
    "INCIDENT_DONE_CALLBACK",
    "INCIDENT_NOTE",
    "INCIDENT_OPEN",
    "INCIDENT_RESOLVE",
    "INCIDENT_SEVERITY",
    "INCIDENT_SEVERITY_BLOCK",
    "INCIDENT_TEAM_CALLBACK",
    "INCIDENT_TEXT_BLOCK",
]
