"""Slack's Block Kit limits, checked the way Slack's Web API checks them.

Slack answers a message that breaks a limit with `invalid_blocks` and a view (modal or Home tab) with
`invalid_arguments`, listing each problem as "[ERROR] <what> [json-pointer:<where>]" in
`response_metadata.messages`; `check_message` and `check_view` return those strings.

Limits relied on, from Slack's Block Kit reference (docs.slack.dev/reference/block-kit/...):
- blocks: up to 50 blocks in a message, 100 in a modal or Home tab (".../blocks");
- section: text <= 3,000 characters, <= 10 fields of <= 2,000 characters each; block_id <= 255
  (".../blocks/section-block");
- header: plain_text <= 150 characters (".../blocks/header-block");
- input: plain_text label and hint <= 2,000 characters (".../blocks/input-block");
- actions: <= 25 elements; context: <= 10 elements (python-slack-sdk PR #1253; Slack's reference);
- markdown block: text <= 12,000 characters;
- button: plain_text text <= 75 characters, value <= 2,000, url <= 3,000, action_id <= 255;
- option: text <= 75, value <= 150; a static select has <= 100 options; placeholder <= 150;
- image: alt_text <= 2,000, image_url <= 3,000;
- modal (".../views/modal-views"): plain_text title, submit and close <= 24 characters,
  private_metadata <= 3,000, callback_id <= 255, submit required when there is an input block.
Slack's own error text reads "must be less than N+1 characters" for a limit of N characters."""

from __future__ import annotations

MESSAGE_BLOCKS = 50
VIEW_BLOCKS = 100
MESSAGE_TEXT = 40_000  # longer `text` is refused with msg_too_long

BLOCK_TYPES = {
    "section",
    "header",
    "divider",
    "context",
    "actions",
    "input",
    "image",
    "rich_text",
    "markdown",
    "file",
    "video",
    "context_actions",
}


class _Checker:
    def __init__(self):
        self.errors: list[str] = []

    def error(self, what: str, pointer: str) -> None:
        self.errors.append(f"[ERROR] {what} [json-pointer:{pointer}]")

    def length(self, value, limit: int, pointer: str) -> None:
        if isinstance(value, str) and len(value) > limit:
            self.error(f"must be less than {limit + 1} characters", pointer)

    def text(self, obj, pointer: str, limit: int, *, plain_only: bool = False, required: bool = True) -> None:
        if obj is None:
            if required:
                self.error("missing required field: text", pointer)
            return
        if not isinstance(obj, dict):
            self.error("expected object", pointer)
            return
        kind = obj.get("type")
        allowed = ("plain_text",) if plain_only else ("plain_text", "mrkdwn")
        if kind not in allowed:
            self.error(f"must be one of {', '.join(allowed)}", f"{pointer}/type")
        text = obj.get("text")
        if not isinstance(text, str):
            self.error("missing required field: text", f"{pointer}/text")
        elif not text:
            self.error("must be more than 0 characters", f"{pointer}/text")
        else:
            self.length(text, limit, f"{pointer}/text")

    def blocks(self, blocks, pointer: str, limit: int) -> None:
        if not isinstance(blocks, list):
            self.error("expected array", pointer)
            return
        if len(blocks) > limit:
            self.error(f"no more than {limit} items allowed", pointer)
        seen: set[str] = set()
        for i, block in enumerate(blocks):
            here = f"{pointer}/{i}"
            if not isinstance(block, dict):
                self.error("expected object", here)
                continue
            block_id = block.get("block_id")
            if block_id is not None:
                self.length(block_id, 255, f"{here}/block_id")
                if block_id in seen:
                    self.error(f"duplicate block_id: {block_id}", f"{here}/block_id")
                seen.add(block_id)
            self.block(block, here)

    def block(self, block: dict, here: str) -> None:
        kind = block.get("type")
        if kind not in BLOCK_TYPES:
            self.error(f"unsupported type: {kind}", f"{here}/type")
        elif kind == "section":
            if block.get("text") is None and not block.get("fields"):
                self.error("must provide either text or fields", here)
            self.text(block.get("text"), f"{here}/text", 3000, required=False)
            fields = block.get("fields") or []
            if len(fields) > 10:
                self.error("no more than 10 items allowed", f"{here}/fields")
            for j, field in enumerate(fields):
                self.text(field, f"{here}/fields/{j}", 2000)
            if block.get("accessory") is not None:
                self.element(block["accessory"], f"{here}/accessory")
        elif kind == "header":
            self.text(block.get("text"), f"{here}/text", 150, plain_only=True)
        elif kind == "markdown":
            if not block.get("text"):
                self.error("must be more than 0 characters", f"{here}/text")
            self.length(block.get("text"), 12000, f"{here}/text")
        elif kind == "input":
            self.text(block.get("label"), f"{here}/label", 2000, plain_only=True)
            self.text(block.get("hint"), f"{here}/hint", 2000, plain_only=True, required=False)
            if not isinstance(block.get("element"), dict):
                self.error("missing required field: element", f"{here}/element")
            else:
                self.element(block["element"], f"{here}/element")
        elif kind in ("actions", "context"):
            elements = block.get("elements")
            limit = 25 if kind == "actions" else 10
            if not isinstance(elements, list) or not elements:
                self.error("must provide at least 1 item", f"{here}/elements")
                return
            if len(elements) > limit:
                self.error(f"no more than {limit} items allowed", f"{here}/elements")
            action_ids: set[str] = set()
            for j, element in enumerate(elements):
                where = f"{here}/elements/{j}"
                if kind == "context" and isinstance(element, dict) and element.get("type") in ("mrkdwn", "plain_text"):
                    self.text(element, where, 3000)
                    continue
                self.element(element, where)
                action_id = element.get("action_id") if isinstance(element, dict) else None
                if action_id is not None:
                    if action_id in action_ids:
                        self.error(f"duplicate action_id: {action_id}", f"{where}/action_id")
                    action_ids.add(action_id)
        elif kind == "image":
            self.length(block.get("alt_text"), 2000, f"{here}/alt_text")
            self.length(block.get("image_url"), 3000, f"{here}/image_url")

    def element(self, element, here: str) -> None:
        if not isinstance(element, dict):
            self.error("expected object", here)
            return
        self.length(element.get("action_id"), 255, f"{here}/action_id")
        kind = element.get("type")
        if kind == "button":
            self.text(element.get("text"), f"{here}/text", 75, plain_only=True)
            self.length(element.get("value"), 2000, f"{here}/value")
            self.length(element.get("url"), 3000, f"{here}/url")
        elif kind == "image":
            self.length(element.get("alt_text"), 2000, f"{here}/alt_text")
        if element.get("placeholder") is not None:
            self.text(element["placeholder"], f"{here}/placeholder", 150, plain_only=True)
        if kind == "plain_text_input":
            self.length(element.get("initial_value"), 3000, f"{here}/initial_value")
            if isinstance(element.get("max_length"), int) and element["max_length"] > 3000:
                self.error("must be less than 3001", f"{here}/max_length")
        options = element.get("options")
        if isinstance(options, list):
            if len(options) > 100:
                self.error("no more than 100 items allowed", f"{here}/options")
            for j, option in enumerate(options):
                self.option(option, f"{here}/options/{j}")
        for j, group in enumerate(element.get("option_groups") or []):
            for k, option in enumerate(group.get("options") or []):
                self.option(option, f"{here}/option_groups/{j}/options/{k}")

    def option(self, option, here: str) -> None:
        if not isinstance(option, dict):
            self.error("expected object", here)
            return
        self.text(option.get("text"), f"{here}/text", 75)
        self.length(option.get("value"), 150, f"{here}/value")


def check_message(args: dict) -> list[str]:
    """Problems with a message's blocks (chat.postMessage / update / postEphemeral, response_url)."""
    checker = _Checker()
    if args.get("blocks") is not None:
        checker.blocks(args["blocks"], "/blocks", MESSAGE_BLOCKS)
    return checker.errors


def check_view(view) -> list[str]:
    """Problems with a modal or Home tab view (views.open / update / push / publish)."""
    checker = _Checker()
    if not isinstance(view, dict):
        checker.error("missing required field: view", "/view")
        return checker.errors
    kind = view.get("type")
    if kind not in ("modal", "home"):
        checker.error("must be one of modal, home", "/view/type")
    checker.blocks(view.get("blocks"), "/view/blocks", VIEW_BLOCKS)
    checker.length(view.get("private_metadata"), 3000, "/view/private_metadata")
    checker.length(view.get("callback_id"), 255, "/view/callback_id")
    if kind == "modal":
        checker.text(view.get("title"), "/view/title", 24, plain_only=True)
        checker.text(view.get("submit"), "/view/submit", 24, plain_only=True, required=False)
        checker.text(view.get("close"), "/view/close", 24, plain_only=True, required=False)
        has_input = any(isinstance(b, dict) and b.get("type") == "input" for b in view.get("blocks") or [])
        if has_input and view.get("submit") is None:
            checker.error("submit is required when an input block is present", "/view/submit")
    return checker.errors
