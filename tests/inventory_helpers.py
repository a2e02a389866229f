"""Shared by the inventory tests: a registration form as a person would fill it in."""

from pathlib import Path

SHIPPED_INVENTORY = Path(__file__).resolve().parent.parent / "policies" / "inventory.csv"


def form(**overrides) -> dict:
    """A complete, valid registration form (strings, as a Slack modal or the terminal sends them)."""
    values = {
        "name": "Jasper",
        "vendor": "Jasper AI",
        "url": "https://www.jasper.ai",
        "category": "writing",
        "purpose": "Drafting marketing copy for campaigns",
        "requester_id": "U123",
        "requester_name": "Ada Lovelace",
        "teams": "Marketing",
        "user_count": "12",
        "data_categories": "internal",
        "vendor_trains_on_data": "no",
        "enterprise_agreement": "yes",
        "hosting": "vendor_saas",
    }
    values.update(overrides)
    return values
