"""The terminal adapter: an answer as a terminal shows it, and an interactive chat over the Assistant."""

from __future__ import annotations

import sys
from pathlib import Path

from bot.answers.render import plain_text
from bot.assistant import Assistant, InvalidQuestion
from bot.reply import ActionKind, Reply

EXIT_WORDS = {"exit", "quit", ":q", "/exit", "/quit"}


def render(reply: Reply) -> str:
    """The answer as plain text, with the command that takes each next step from a terminal."""
    hints = []
    for action in reply.actions:
        if action.kind == ActionKind.register_tool:
            name = f' --name "{action.tool}"' if action.tool else ""
            hints.append(f"In a terminal: govbot register{name}")
        elif action.kind == ActionKind.report_incident:
            hints.append('In a terminal: govbot incident report --what "…" (or /aigov incident in Slack)')
    return "\n".join([plain_text(reply), *hints]) if hints else plain_text(reply)


def _enable_history(history: Path) -> None:
    try:
        import readline
    except ImportError:  # not every Python has it; chat works without history
        return
    try:
        readline.read_history_file(history)
    except OSError:
        pass
    readline.set_history_length(1000)
    import atexit

    def save() -> None:
        try:
            readline.write_history_file(history)
        except OSError:
            pass

    atexit.register(save)


def chat(assistant: Assistant, history: Path, read=input, write=print) -> None:
    if sys.stdin.isatty():
        _enable_history(history)
    write("govbot — ask about the AI policy and ISO/IEC 42001. Type 'help' for examples, 'exit' to leave.")
    while True:
        try:
            line = read("you> ")
        except (EOFError, KeyboardInterrupt):
            write("")
            return
        if line.strip().lower() in EXIT_WORDS:
            return
        if not line.strip():
            continue
        try:
            reply = assistant.answer(line)
        except InvalidQuestion as error:
            write(f"govbot> {error}")
            continue
        write(f"govbot> {render(reply)}\n")
