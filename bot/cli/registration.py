"""`govbot register`: a new AI tool for review, from options or asked for in a terminal."""

from __future__ import annotations

import json
import sys

import click

from bot.cli.runtime import BY_OPTION, GovbotError, Runtime, current_user, pass_runtime
from knowledge.inventory.triage import DATA_CATEGORIES, HIGH_RISK_AREAS
from knowledge.inventory.vocabulary import DataClass, Hosting, TrainsOnData

MAX_REGISTER_ATTEMPTS = 5  # rounds of corrections in a terminal before giving up
DATA_CHOICES = ", ".join(DATA_CATEGORIES)
PROMPTS = {  # field: (prompt, default), asked in this order when not given as an option
    "name": ("Tool name", None),
    "vendor": ("Vendor", None),
    "url": ("Web address (https://…)", ""),
    "purpose": ("What will you use it for?", None),
    "teams": ("Which teams?", ""),
    "user_count": ("About how many users?", "1"),
    "data_categories": (f"Data it will touch ({DATA_CHOICES})", "internal"),
    "vendor_trains_on_data": (f"Does the vendor train on our data? ({'/'.join(TrainsOnData)})", TrainsOnData.unknown),
    "hosting": (f"Hosting ({'/'.join(Hosting)})", Hosting.vendor_saas),
    "decisions_about_people": ("Will its output drive decisions about people? (yes/no)", "no"),
}


@click.command()
@click.option("--name")
@click.option("--vendor")
@click.option("--url")
@click.option("--aliases", help="Other names, separated by ';'.")
@click.option("--category")
@click.option("--purpose", help="The business purpose.")
@click.option("--teams")
@click.option("--users", "user_count", help="Approximate number of users.")
@click.option("--data", "data_categories", help=f"Comma-separated: {DATA_CHOICES}.")
@click.option(
    "--classification",
    "data_classification",
    help=f"Highest data class requested: {', '.join(DataClass)}.",
)
@click.option("--trains-on-data", "vendor_trains_on_data", type=click.Choice([answer.value for answer in TrainsOnData]))
@click.option("--enterprise-agreement/--no-enterprise-agreement", default=None)
@click.option("--hosting", type=click.Choice([hosting.value for hosting in Hosting]))
@click.option("--integrations", help="Integrations or API access it needs.")
@click.option("--decides-about-people/--no-decides-about-people", "decisions_about_people", default=None)
@click.option(
    "--autonomous/--human-in-the-loop",
    "acts_without_human",
    default=None,
    help="Does it act without a human reviewing?",
)
@click.option(
    "--use-area",
    "use_areas",
    multiple=True,
    help=f"EU AI Act Annex III area it is used in (repeatable): {', '.join(HIGH_RISK_AREAS)}.",
)
@click.option("--owner", help="The business owner.")
@click.option("--details", help="Anything else the reviewers should know.")
@click.option("--anyway", is_flag=True, help="File it even if it looks like a tool already in the inventory.")
@click.option("--json", "as_json", is_flag=True, help="Print the outcome (or the per-field errors) as JSON.")
@BY_OPTION
@pass_runtime
def register(runtime: Runtime, as_json: bool, anyway: bool, by: str | None, **fields) -> None:
    """Register a new AI tool for review.

    Missing required answers are asked for interactively (in a terminal), and a refused
    answer is asked for again; in a script, pass them as options (--json prints the
    per-field errors). The request is checked for duplicates, risk-triaged and queued for
    the reviewers; with SLACK_BOT_TOKEN set it is also posted to the review channel.

    \b
    Example:
      govbot register --name Jasper --vendor "Jasper AI" --url https://www.jasper.ai \\
        --purpose "Drafting marketing copy" --data internal --trains-on-data no
    """
    from knowledge.inventory.registration import ValidationFailed

    form = {key: value for key, value in fields.items() if value not in (None, ())}
    interactive = sys.stdin.isatty() and not as_json
    if interactive:
        for field, (prompt, default) in PROMPTS.items():
            if field not in form:
                form[field] = click.prompt(prompt, default=default, show_default=bool(default))
    form["requester_id"] = form["requester_name"] = by or current_user()
    govbot = runtime.govbot
    for attempt in range(MAX_REGISTER_ATTEMPTS):
        try:
            outcome = govbot.register(form, allow_duplicate=anyway)
            break
        except ValidationFailed as error:
            if as_json:  # a script gets the per-field errors as data, on stdout like every other outcome
                click.echo(json.dumps({"outcome": "invalid", "errors": error.errors}, ensure_ascii=False))
                sys.exit(1)
            for field, message in error.errors.items():
                click.echo(f"  {field}: {message}", err=True)
            if not interactive or attempt == MAX_REGISTER_ATTEMPTS - 1:
                raise GovbotError("the registration was not filed; fix the fields above") from None
            # In a terminal, ask again for the answers that were refused, keeping the others.
            for field in error.errors:
                prompt = PROMPTS.get(field, (field.replace("_", " ").capitalize(), None))[0]
                form[field] = click.prompt(prompt, default=None)
    request = outcome.request
    if as_json:
        payload: dict = {"outcome": outcome.kind}
        if outcome.kind == "duplicate":
            payload["duplicate_of"] = outcome.duplicate_of
        if request is not None:
            payload.update(
                id=request.id,
                status=request.status,
                risk_tier=request.risk_tier,
                reasons=request.risk_reasons,
                checklist=request.checklist,
            )
        click.echo(json.dumps(payload, ensure_ascii=False))
        return
    if outcome.kind == "duplicate":
        click.echo(f"Not filed: this looks like {outcome.duplicate_of}. Use --anyway if it is a different tool.")
        return
    assert request is not None  # filed, or filed before: there is a request
    filed = "was already filed" if outcome.kind == "resubmitted" else "filed"
    click.echo(
        f"Request #{request.id} {filed}: {request.name}, risk tier {request.risk_tier}, status {request.status}."
    )
    for reason in request.risk_reasons:
        click.echo(f"  - {reason}")
    click.echo(f"The governance reviewers will decide; `govbot review show {request.id}` shows it.")
