"""The terminal adapter: an interactive chat over the Assistant."""

from __future__ import annotations

import sys
from pathlib import Path

from bot.assistant import Assistant, InvalidQuestion

EXIT_WORDS = {"exit", "quit", ":q", "/exit", "/quit"}


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
        write(f"govbot> {reply.text}\n")
