"""The one place govbot's parts are made and connected, for `govbot serve` and every CLI command."""

from __future__ import annotations

from bot.slack import store
from knowledge.inventory.database import INVENTORY, Database


class GovbotDatabase(Database):
    """The database govbot runs on: the inventory's tables, and the Slack app's beside them."""

    def __init__(self, url: str):
        super().__init__(url, INVENTORY + store.SCHEMA)
