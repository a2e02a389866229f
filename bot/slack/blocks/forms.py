"""The registration modal: one input block per field of knowledge.inventory.registration.validate(), the
block_id of each being the field's name, so that the core's per-field errors land next to the
field they are about; and the views that replace the form once it is submitted."""

from __future__ import annotations

import base64
import binascii
import json
import zlib

from bot.slack.actions import REGISTER_ANYWAY_CALLBACK, REGISTER_CALLBACK, REGISTER_DONE_CALLBACK
from bot.slack.blocks.common import (
    MODAL_TITLE_CHARS,
    PRIVATE_METADATA_CHARS,
    VIEW_BLOCKS,
    cap_blocks,
    escape,
    mrkdwn,
    plain,
    sections,
)
from knowledge.inventory.fields import FIELD_CHARS, clean_text
from knowledge.inventory.models import DataClass, RegistrationRequest
from knowledge.inventory.registration import HOSTING, MAX_USERS, REQUIRED_FIELDS, Outcome
from knowledge.inventory.triage import DATA_CATEGORIES, HIGH_RISK_AREAS

MAX_PACKED_FORM_BYTES = 64 * 1024  # the form's fields, at their limits, as JSON: well under this
INPUT_CHARS = 3000  # a plain_text_input holds at most 3,000 characters
OPTION_TEXT_CHARS = 75
TIER_EMOJI = {
    "low": ":large_green_circle:",
    "medium": ":large_yellow_circle:",
    "high": ":red_circle:",
    "prohibited": ":no_entry:",
}
CLASSIFICATION_HELP = {
    DataClass.public: "Public",
    DataClass.internal: "Internal",
    DataClass.confidential: "Confidential",
    DataClass.restricted: "Restricted (personal, regulated, client secret)",
}
YES_NO = (("yes", "Yes"), ("no", "No"))


def _option(value: str, text: str) -> dict:
    return {"text": plain(text, OPTION_TEXT_CHARS), "value": value}


def _text_input(
    field: str,
    label: str,
    *,
    hint: str = "",
    placeholder: str = "",
    multiline: bool = False,
    initial: str = "",
    kind: str = "plain_text_input",
) -> dict:
    required, limit = field in REQUIRED_FIELDS, FIELD_CHARS[field]
    element: dict = {"type": kind, "action_id": field}
    if kind == "plain_text_input":
        element["max_length"] = min(limit, INPUT_CHARS)
        element["multiline"] = multiline
    if placeholder:
        element["placeholder"] = plain(placeholder, 150)
    if initial:
        element["initial_value"] = initial
    return _input(field, label, element, hint=hint, optional=not required)


def _input(field: str, label: str, element: dict, *, hint: str = "", optional: bool = False) -> dict:
    block = {"type": "input", "block_id": field, "label": plain(label, 2000), "element": element, "optional": optional}
    if hint:
        block["hint"] = plain(hint, 2000)
    return block


def _radio(field: str, label: str, options, *, hint: str = "") -> dict:
    element = {"type": "radio_buttons", "action_id": field, "options": [_option(v, t) for v, t in options]}
    return _input(field, label, element, hint=hint)


def _heading(text: str) -> dict:
    return {"type": "section", "text": mrkdwn(f"*{text}*")}


def registration_modal(name: str | None = None) -> dict:
    """The form, its name field prefilled (plain_text initial values are shown as typed: no escaping)."""
    prefill = clean_text(name)[: FIELD_CHARS["name"]] if name else ""
    intro = (
        f"Registering *{escape(prefill)}*. " if prefill else ""
    ) + "The governance reviewers decide on every new AI tool. Answer what you know; it takes about three minutes."
    blocks = [
        {"type": "section", "text": mrkdwn(intro)},
        _heading("The tool"),
        _text_input("name", "Tool name", initial=prefill, placeholder="e.g. Jasper"),
        _text_input("vendor", "Vendor", placeholder="The company that makes it"),
        _text_input("url", "Web address", kind="url_text_input", placeholder="https://…"),
        _text_input("category", "Category", placeholder="e.g. writing, code assistant, meeting assistant"),
        _input(
            "aliases",
            "Other names",
            {"type": "plain_text_input", "action_id": "aliases", "max_length": 2000},
            hint="Other names people use for it, separated by commas.",
            optional=True,
        ),
        _heading("How you will use it"),
        _text_input(
            "purpose", "Business purpose", multiline=True, hint="What will it do for you, and on what material?"
        ),
        _text_input("teams", "Teams", placeholder="Which teams will use it?"),
        _input(
            "user_count",
            "Approximate users",
            {
                "type": "number_input",
                "action_id": "user_count",
                "is_decimal_allowed": False,
                "min_value": "1",
                "max_value": str(MAX_USERS),
            },
        ),
        _input(
            "use_areas",
            "Used for any of these?",
            {
                "type": "multi_static_select",
                "action_id": "use_areas",
                "placeholder": plain("None of these", 150),
                "options": [_option(area, area.capitalize()) for area in HIGH_RISK_AREAS],
            },
            hint="Areas the EU AI Act treats as high risk. Leave empty if none apply.",
            optional=True,
        ),
        _radio(
            "decisions_about_people",
            "Decisions about people?",
            YES_NO,
            hint="Will its output drive decisions about people (hiring, pay, credit, access…)?",
        ),
        _radio(
            "acts_without_human",
            "Acts without a human?",
            YES_NO,
            hint="Does it act (send, change, decide) without a person checking its output first?",
        ),
        _heading("Data and vendor"),
        _input(
            "data_categories",
            "Data it will touch",
            {
                "type": "checkboxes",
                "action_id": "data_categories",
                "options": [_option(key, text.capitalize()) for key, text in DATA_CATEGORIES.items()],
            },
        ),
        _input(
            "data_classification",
            "Highest data class",
            {
                "type": "static_select",
                "action_id": "data_classification",
                "placeholder": plain("Choose one", 150),
                "options": [_option(c.value, text) for c, text in CLASSIFICATION_HELP.items()],
            },
            hint="The most sensitive class of data anyone will put into it.",
        ),
        _radio(
            "vendor_trains_on_data", "Vendor trains on data?", (("yes", "Yes"), ("no", "No"), ("unknown", "Don't know"))
        ),
        _radio(
            "enterprise_agreement",
            "Enterprise agreement?",
            YES_NO,
            hint="Do we have (or will we sign) an enterprise or business contract with the vendor?",
        ),
        _radio("hosting", "Hosting", [(key, text.capitalize()) for key, text in HOSTING.items()]),
        _text_input(
            "integrations",
            "Integrations or API",
            multiline=True,
            hint="Systems it connects to or API access it needs. Leave empty if none.",
        ),
        _heading("Anything else"),
        _text_input("owner", "Business owner", placeholder="Who is accountable for it?"),
        _text_input("details", "Notes for reviewers", multiline=True),
    ]
    return {
        "type": "modal",
        "callback_id": REGISTER_CALLBACK,
        "title": plain("Register an AI tool", MODAL_TITLE_CHARS),
        "submit": plain("Submit", MODAL_TITLE_CHARS),
        "close": plain("Cancel", MODAL_TITLE_CHARS),
        "blocks": blocks,
    }


FORM_FIELDS = (
    "name",
    "vendor",
    "url",
    "category",
    "aliases",
    "purpose",
    "teams",
    "user_count",
    "use_areas",
    "decisions_about_people",
    "acts_without_human",
    "data_categories",
    "data_classification",
    "vendor_trains_on_data",
    "enterprise_agreement",
    "hosting",
    "integrations",
    "owner",
    "details",
)


def _element_value(element):
    """What one input element holds, as validate() takes it: text, a list of texts, or (for a
    malformed payload) whatever arrived, so that validate() names the field that is wrong."""
    if not isinstance(element, dict):
        return element
    if "selected_options" in element:
        options = element["selected_options"]
        if isinstance(options, list):
            return [option.get("value") if isinstance(option, dict) else option for option in options]
        return options
    if "selected_option" in element:
        option = element["selected_option"]
        return option.get("value") if isinstance(option, dict) else option
    return element.get("value")


def parse_registration(values) -> dict:
    """The form as a dict of field -> value, from a view_submission's `view.state.values`.
    Blocks the form does not have are ignored."""
    form: dict = {}
    if not isinstance(values, dict):
        return form
    for field in FORM_FIELDS:
        block = values.get(field)
        if isinstance(block, dict) and block:
            element = block.get(field, next(iter(block.values())))
            form[field] = _element_value(element)
    return form


def field_errors(errors: dict[str, str]) -> dict[str, str]:
    """validate()'s errors keyed by the form's block ids. An error about something that is not on
    the form (who the requester is) is shown on the first field rather than lost."""
    shown: dict[str, str] = {}
    for field, message in errors.items():
        if field in FORM_FIELDS:
            shown[field] = message[:2000]
        else:
            shown["name"] = (shown.get("name", "") + f" {field}: {message}").strip()[:2000]
    return shown


def _modal(title: str, blocks: list[dict]) -> dict:
    return {
        "type": "modal",
        "callback_id": REGISTER_DONE_CALLBACK,
        "title": plain(title, MODAL_TITLE_CHARS),
        "close": plain("Done", MODAL_TITLE_CHARS),
        "blocks": cap_blocks(blocks, VIEW_BLOCKS),
    }


def tier_text(tier: str) -> str:
    return f"{TIER_EMOJI.get(tier, '')} *{escape(tier)}*".strip()


def bullets(lines: list[str]) -> str:
    return "\n".join(f"• {escape(line)}" for line in lines)


def next_steps(review_channel: str | None) -> str:
    where = f" in <#{review_channel}>" if review_channel else ""
    return (
        f"*What happens next*: the governance reviewers look at it{where}. You will get a direct message when "
        "they decide, or if they need more information. Until then, please don't use it with company data. "
        "Your requests and their status are on govbot's *Home* tab, where you can also withdraw one."
    )


def filed_view(request: RegistrationRequest, review_channel: str | None, again: bool = False) -> dict:
    lead = (
        f":white_check_mark: This was already filed as *request #{request.id}*"
        if again
        else f":white_check_mark: Filed as *request #{request.id}*"
    ) + f": *{escape(request.name)}* ({escape(request.vendor)}), risk tier {tier_text(request.risk_tier)}."
    blocks = [
        *sections(lead),
        *sections("*Why this tier*\n" + bullets(request.risk_reasons)),
        *sections(next_steps(review_channel)),
    ]
    return _modal("Registration filed", blocks)


def pack_form(form: dict) -> str | None:
    """The form's answers, compressed to travel in a view's private_metadata; None when even
    compressed they exceed its 3,000 characters."""
    answers = {field: form[field] for field in FORM_FIELDS if field in form}
    packed = base64.urlsafe_b64encode(zlib.compress(json.dumps(answers, ensure_ascii=False).encode(), 9)).decode()
    return packed if len(packed) <= PRIVATE_METADATA_CHARS else None


def unpack_form(metadata) -> dict | None:
    """The answers pack_form() packed, or None for anything else (nothing is filed from it)."""
    try:
        inflate = zlib.decompressobj()
        text = inflate.decompress(base64.urlsafe_b64decode(metadata.encode()), MAX_PACKED_FORM_BYTES)
        if inflate.unconsumed_tail or not inflate.eof:
            return None  # truncated, or more than any form holds (a zip bomb)
        answers = json.loads(text)
    except (AttributeError, ValueError, binascii.Error, zlib.error):
        return None
    return {field: answers[field] for field in FORM_FIELDS if field in answers} if isinstance(answers, dict) else None


def duplicate_view(outcome: Outcome, user_id: str, form: dict | None = None) -> dict:
    """The existing tool or open request the submission duplicates, shown instead of filing it;
    with the form's answers, a "File it anyway" button for a tool that only looks the same."""
    if outcome.tool is not None:
        tool = outcome.tool
        text = (
            f":information_source: *{escape(tool.name)}* ({escape(tool.vendor)}) is already in the AI tool inventory: "
            f"*{escape(tool.status.replace('_', ' '))}*."
        )
        if tool.conditions:
            text += f"\n*Conditions*: {escape(tool.conditions)}"
        if tool.data_classification:
            text += f"\n*Highest data class allowed*: {escape(tool.data_classification)}"
        text += "\nNothing was filed. Ask `/aigov status " + escape(tool.name) + "` for the details."
    elif (request := outcome.request) is not None:
        whose = (
            "You already asked"
            if request.requester_id == user_id
            else f"{escape(request.requester_name or 'Someone')} already asked"
        )
        text = (
            f":information_source: {whose} to register *{escape(request.name)}* ({escape(request.vendor)}): "
            f"*request #{request.id}*, {escape(request.status.replace('_', ' '))}, "
            f"risk tier {tier_text(request.risk_tier)}.\n"
            "Nothing new was filed; the reviewers will decide on that request."
        )
    else:
        raise ValueError("a duplicate is of a tool or of a request")
    packed = pack_form(form) if form else None
    if packed is None:
        text += "\nIf yours is a different tool, register it again under a name that tells them apart."
        return _modal("Already registered", sections(text))
    text += (
        "\nIf yours is a different tool, choose *File it anyway*: your request goes to the reviewers "
        "marked as a possible duplicate."
    )
    view = _modal("Already registered", sections(text))
    view.update(
        callback_id=REGISTER_ANYWAY_CALLBACK,
        private_metadata=packed,
        submit=plain("File it anyway", MODAL_TITLE_CHARS),
        close=plain("Cancel", MODAL_TITLE_CHARS),
    )
    return view


def filing_view(name: str) -> dict:
    """Slack's answer to a submission the database is slow to file: the outcome comes later."""
    text = (
        f":hourglass_flowing_sand: Received: *{escape(name)}* is being filed, but the inventory is busy. "
        "This form and a direct message will say when it is filed, with its request number, or that it "
        "could not be, so you can try again."
    )
    return _modal("Filing…", sections(text))


def not_filed_view(reason: str) -> dict:
    """Instead of a form that cannot show errors beside its fields (the duplicate view)."""
    return _modal("Not filed", sections(f":warning: {reason} Nothing was filed; please run `/aigov register` again."))


def failure_errors(reference: str) -> dict[str, str]:
    """Shown on the form when filing fails on our side: the form stays open with the answers in it."""
    sorry = f"Sorry, something went wrong on our side (reference {reference})."
    return {"name": f"{sorry} Nothing was filed; please submit again."}
