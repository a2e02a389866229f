"""People named in a register by e-mail address, and the directory that knows who they are.

The inventory knows nothing of Slack: a front end that does hands the import a PeopleDirectory
(the Slack app's looks addresses up with `users.lookupByEmail`), and the import stores the user
id it answers, which Slack then shows as the person."""

from __future__ import annotations

import re
from typing import Protocol

EMAIL = re.compile(r"[^@\s<>]+@[^@\s<>]+\.[A-Za-z]{2,}")


class PeopleUnavailable(RuntimeError):
    """The directory could not be asked (unreachable, refused): the message says why."""


class PeopleDirectory(Protocol):
    def user_for_email(self, email: str) -> str | None:
        """The user id of whoever has this address, None when nobody has it; PeopleUnavailable
        when the directory cannot answer."""
        ...


def is_email(text: str) -> bool:
    return bool(EMAIL.fullmatch(text))
