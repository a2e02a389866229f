"""The govbot command line. Its help text is the documentation: `govbot --help`."""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path

import click
from pydantic import ValidationError

from bot.settings import Settings

ENVIRONMENT_HELP = """
\b
Configuration comes from the environment (all optional):
  GOVBOT_DATA_DIR          where the index lives (default ./.govbot)
  GOVBOT_POLICIES_DIR      what `ingest` reads by default (default: the shipped policies/)
  GOVBOT_EMBEDDING_MODEL   all-MiniLM-L6-v2 (bundled, default), a local model path, or a cached model id
  GOVBOT_CHROMA_URL        a Chroma server, e.g. http://chroma:8000 (default: embedded store in the data dir)
  GOVBOT_LLM               provider:model for LLM synthesis, e.g. openai:gpt-4o-mini (default: quote only)
  GOVBOT_MIN_SCORE         similarity below which answers say "I don't know" (default 0.37)
  GOVBOT_GOVERNANCE_CHANNEL  where people are sent to ask a person (default #ai-governance)
  GOVBOT_DATABASE_URL      the inventory database (default SQLite in the data dir;
                           e.g. postgresql+psycopg://user@host/db)
  GOVBOT_REVIEWERS         comma-separated user ids who may decide registration requests
  GOVBOT_REREVIEW_MONTHS   months until an approval falls due for re-review (default 12)

\b
For `govbot serve` (the Slack app):
  SLACK_BOT_TOKEN          the bot token, xoxb-… (required)
  SLACK_SIGNING_SECRET     verifies that HTTP requests come from Slack (required without --socket-mode)
  SLACK_APP_TOKEN          the app-level token, xapp-… (required with --socket-mode)
  SLACK_API_URL            Slack's Web API base URL (default https://slack.com/api/; GovSlack differs)
  GOVBOT_REVIEW_CHANNEL    channel id where new registration requests are posted for review
  GOVBOT_REVIEWER_GROUP    a Slack user group id whose members are reviewers too
"""


class GovbotError(click.ClickException):
    """An error for the user: printed as `Error: …` with exit status 1, no traceback."""


def env_name(loc: tuple) -> str:
    """The environment variable behind a setting's error location (SLACK_* names carry no prefix)."""
    name = "_".join(str(part) for part in loc)
    return name if name.isupper() else f"GOVBOT_{name.upper()}"


def load_settings() -> Settings:
    try:
        return Settings()
    except ValidationError as error:
        problems = "; ".join(
            f"{env_name(e['loc'])}: {e['msg']}" for e in error.errors()
        )
        raise GovbotError(f"invalid configuration: {problems}") from None


def open_database(settings: Settings):
    """The inventory database, migrated to the current schema."""
    from sqlalchemy.exc import SQLAlchemyError

    from knowledge.database import Database, DatabaseError

    try:
        db = Database(settings.database)
        db.migrate()
        return db
    except (DatabaseError, SQLAlchemyError) as error:
        raise GovbotError(f"cannot open the inventory database: {str(error).splitlines()[0]}") from None


def build_assistant(settings: Settings):
    from bot.assistant import Assistant
    from bot.llm import LLMConfigurationError
    from knowledge.embeddings import EmbeddingModelError
    from knowledge.index import KnowledgeIndexError

    db = open_database(settings)
    try:
        return Assistant.from_settings(settings, db)
    except (KnowledgeIndexError, EmbeddingModelError, LLMConfigurationError) as error:
        raise GovbotError(str(error)) from None


@click.group(epilog=ENVIRONMENT_HELP)
@click.version_option(package_name="govbot")
@click.option("-v", "--verbose", is_flag=True, help="Log what happens (to stderr).")
def cli(verbose: bool) -> None:
    """govbot: an AI-governance assistant.

    It answers questions from your AI policy and ISO/IEC 42001 guidance, quoting and
    citing them. Start with `govbot ingest`, then `govbot ask "…"` or `govbot chat`.
    """
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s")


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--rebuild", is_flag=True, help="Drop the whole index and ingest from scratch.")
def ingest(paths: tuple[Path, ...], rebuild: bool) -> None:
    """Index documents (Markdown, text, PDF, DOCX, HTML) for answering.

    PATHS are files or folders; with none, the policies folder is ingested. Runs are
    incremental: unchanged files are skipped, changed files replaced, and files deleted
    from an ingested folder removed from the index. Files that cannot be read are reported
    and skipped; the rest still go in.

    \b
    Examples:
      govbot ingest
      govbot ingest ~/handbook/ai-policy.docx ./extra-guidance/
      govbot ingest --rebuild
    """
    from tqdm import tqdm

    from ingest.pipeline import IngestError
    from ingest.pipeline import ingest as run_ingest
    from knowledge.embeddings import EmbeddingModelError, load_embedder
    from knowledge.index import KnowledgeIndex, KnowledgeIndexError

    settings = load_settings()
    targets = list(paths) or [settings.policies_dir]
    bar = None

    def progress(done: int, total: int) -> None:
        nonlocal bar
        if bar is None:
            bar = tqdm(total=total, unit="chunk", desc="embedding", file=sys.stderr, disable=not sys.stderr.isatty())
        bar.update(done - bar.n)

    try:
        index = KnowledgeIndex(settings.data_dir, load_embedder(settings.embedding_model), settings.chroma_url)
        report = run_ingest(targets, index, rebuild=rebuild, progress=progress)
    except (IngestError, KnowledgeIndexError, EmbeddingModelError) as error:
        raise GovbotError(str(error)) from None
    finally:
        if bar is not None:
            bar.close()
    for path, reason in report.skipped:
        click.echo(f"skipped {path}: {reason}", err=True)
    if report.recreated:
        click.echo("index started from scratch (--rebuild, or a different embedding model)")
    click.echo(
        f"{len(report.added)} added, {len(report.updated)} updated, {len(report.removed)} removed, "
        f"{len(report.unchanged)} unchanged, {len(report.skipped)} skipped; "
        f"{report.chunks} chunks embedded in {report.seconds:.1f}s"
    )


@cli.command()
@click.argument("question")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object per answer.")
def ask(question: str, as_json: bool) -> None:
    """Ask one question and print the answer with its citations.

    With QUESTION `-`, read one question per line from stdin and answer each (the
    model loads once); with --json that is one JSON object per line.

    \b
    JSON fields: question, intent, text, confident, tool, data, and citations (the
    sources quoted, [1] first, then other sections retrieved, up to 5, each with
    source, title, section, control_id, score), present even when confident is
    false so retrieval can be audited; the answer's structure: lead and quotes
    (each {says, quote, citation}), card, actions, confidence. See the README.

    \b
    Examples:
      govbot ask "can I paste customer data into ChatGPT?"
      govbot ask --json "what does ISO 42001 expect from suppliers?"
      govbot ask --json - < questions.txt
    """
    from bot.assistant import InvalidQuestion
    from bot.terminal import render

    assistant = build_assistant(load_settings())
    if question != "-":
        try:
            reply = assistant.answer(question)
        except InvalidQuestion as error:
            raise click.UsageError(str(error)) from None
        click.echo(json.dumps(reply.to_json(), ensure_ascii=False) if as_json else render(reply))
        return
    for line in sys.stdin:
        if not line.strip():
            continue
        try:
            reply = assistant.answer(line)
        except InvalidQuestion as error:
            if as_json:
                click.echo(json.dumps({"question": line.strip()[:200], "error": str(error)}, ensure_ascii=False))
            else:
                click.echo(f"error: {error}\n", err=True)
            continue
        click.echo(json.dumps(reply.to_json(), ensure_ascii=False) if as_json else render(reply) + "\n")
        sys.stdout.flush()


@cli.command()
def chat() -> None:
    """Chat with govbot in the terminal (history with the arrow keys; `exit` to leave)."""
    from bot.terminal import chat as run_chat

    settings = load_settings()
    assistant = build_assistant(settings)
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    run_chat(assistant, settings.data_dir / "chat_history")


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print a JSON object.")
def status(as_json: bool) -> None:
    """Show the configuration in effect and what the index holds."""
    from knowledge.embeddings import Embedder
    from knowledge.index import KnowledgeIndex

    settings = load_settings()
    stats = KnowledgeIndex(settings.data_dir, Embedder(settings.embedding_model), settings.chroma_url).stats()
    info = {
        "data_dir": str(settings.data_dir.resolve()),
        "policies_dir": str(settings.policies_dir),
        "embedding_model": settings.embedding_model,
        "chroma": settings.chroma_url or "embedded",
        "llm": settings.llm or "none (extractive answers)",
        "indexed_files": stats["files"],
        "indexed_chunks": stats["chunks"],
        "index_built_with": stats["embedding_model"],
    }
    if as_json:
        click.echo(json.dumps(info))
    else:
        for key, value in info.items():
            click.echo(f"{key:18} {value}")


@cli.command()
@click.option("--port", default=3000, show_default=True, type=click.IntRange(1, 65535), help="HTTP port.")
@click.option("--host", default="0.0.0.0", show_default=True, help="Interface to listen on.")
@click.option("--socket-mode", is_flag=True, help="Connect to Slack over Socket Mode (SLACK_APP_TOKEN) instead of HTTP.")
def serve(port: int, host: str, socket_mode: bool) -> None:
    """Run the Slack app.

    \b
    HTTP mode (default): Slack sends events, slash commands and interactivity
    to POST /slack/events; GET /healthz answers load balancers.
    Socket Mode: for workspaces that cannot expose an HTTP endpoint.
    manifest.yml creates the Slack app with everything it needs.
    """
    from slack_sdk.errors import SlackApiError

    settings = load_settings()
    missing = [name for name, value in (("SLACK_BOT_TOKEN", settings.slack_bot_token),) if not value]
    if socket_mode and not settings.slack_app_token:
        missing.append("SLACK_APP_TOKEN")
    if not socket_mode and not settings.slack_signing_secret:
        missing.append("SLACK_SIGNING_SECRET")
    if missing:
        raise GovbotError(f"set {' and '.join(missing)} to serve Slack (see `govbot serve --help`)")
    from bot.slack.app import Govbot, build_app
    from bot.slack.server import http_server, serve_socket_mode

    assistant = build_assistant(settings)
    # Load the model before accepting requests: /healthz says ready only when the first
    # question will be answered at full speed.
    assistant.index.embedder.embed_query("warm up")
    govbot = Govbot.create(settings, assistant.db, assistant)
    try:
        app = build_app(govbot)
    except SlackApiError as error:  # auth.test at start-up: a wrong token or an unreachable API
        raise GovbotError(f"Slack refused the bot token: {error.response.get('error')}") from None
    if socket_mode:
        click.echo("govbot: connected to Slack over Socket Mode", err=True)
        serve_socket_mode(app, settings.slack_app_token)
        return
    server = http_server(app, govbot, host, port)
    click.echo(f"govbot: serving Slack on http://{host}:{server.effective_port}/slack/events", err=True)
    try:
        server.run()
    except KeyboardInterrupt:
        pass
    finally:
        server.close()


def current_user() -> str:
    import getpass

    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


BY_OPTION = click.option("--by", "by", default=None, help="Who is acting (default: your login name).")
# A request number as the database can hold it: anything else is a usage error, not a crash.
REQUEST_ID = click.argument("request_id", type=click.IntRange(1, 2**31 - 1))


# -- the inventory ------------------------------------------------------------------------------


@cli.group()
def inventory() -> None:
    """The AI tool inventory: import, export, list, show.

    \b
    Examples:
      govbot inventory import policies/inventory.csv
      govbot inventory list --status approved
      govbot inventory show "ChatGPT Enterprise"
      govbot inventory export --format json > inventory.json
    """


@inventory.command("import")
@click.argument("csv_file", type=click.Path(path_type=Path))
@BY_OPTION
def inventory_import(csv_file: Path, by: str | None) -> None:
    """Import tools from a CSV file (all rows, or none if any row is bad).

    \b
    Columns: name,vendor,status,aliases,conditions,owner,data_classification,category,url,notes
    (only name and status are required; aliases separated by ";"; status one of approved,
    approved_with_conditions, rejected, retired). A row naming a tool already in the inventory
    updates it. A JSON file written by `inventory export --format json` imports too.
    """
    from knowledge.inventory import ImportFailed, import_csv

    settings = load_settings()
    db = open_database(settings)
    try:
        report = import_csv(db, csv_file, by or current_user(), settings.rereview_months)
    except ImportFailed as error:
        for number, message in error.problems:
            where = f":{number}" if error.unit == "line" else f": record {number}"
            click.echo(f"{csv_file}{where if number else ''}: {message}", err=True)
        raise GovbotError(f"nothing imported: {len(error.problems)} problem(s) in {csv_file}") from None
    click.echo(f"{len(report.added)} added, {len(report.updated)} updated, {len(report.unchanged)} unchanged")


@inventory.command("export")
@click.option("--format", "fmt", type=click.Choice(["csv", "json"]), default="csv", show_default=True)
def inventory_export(fmt: str) -> None:
    """Print the whole inventory (CSV re-imports as it is)."""
    from knowledge.inventory import export

    click.echo(export(open_database(load_settings()), fmt), nl=False)


@inventory.command("list")
@click.option("--status", type=click.Choice(["approved", "approved_with_conditions", "rejected", "retired"]))
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list.")
def inventory_list(status: str | None, as_json: bool) -> None:
    """List tools, optionally only those in one status."""
    from knowledge.inventory import list_tools, tool_record

    tools = list_tools(open_database(load_settings()), status)
    if as_json:
        click.echo(json.dumps([tool_record(tool) for tool in tools], indent=2, ensure_ascii=False))
        return
    for tool in tools:
        click.echo(f"{tool.name:32} {tool.vendor:20} {tool.status:26} {tool.data_classification}")


@inventory.command("show")
@click.argument("name")
@click.option("--json", "as_json", is_flag=True)
def inventory_show(name: str, as_json: bool) -> None:
    """Show one tool (by name or alias)."""
    from knowledge.inventory import get_tool, tool_record

    tool = get_tool(open_database(load_settings()), name)
    if tool is None:
        raise GovbotError(f"no tool named {name!r} in the inventory")
    record = tool_record(tool)
    if as_json:
        click.echo(json.dumps(record, indent=2, ensure_ascii=False))
        return
    for key, value in record.items():
        click.echo(f"{key:20} {'; '.join(value) if isinstance(value, list) else ('' if value is None else value)}")


@inventory.command("asked")
@click.option("--limit", default=10, show_default=True)
def inventory_asked(limit: int) -> None:
    """The unregistered tools people asked about most."""
    from knowledge.inventory import most_asked_unregistered

    for ask in most_asked_unregistered(open_database(load_settings()), limit):
        click.echo(f"{ask.count:5}  {ask.name:32} last asked {ask.last_asked:%Y-%m-%d %H:%M}")


# -- registration -------------------------------------------------------------------------------

MAX_REGISTER_ATTEMPTS = 5  # rounds of corrections in a terminal before giving up
REGISTER_PROMPTS = [  # field, prompt, default
    ("name", "Tool name", None),
    ("vendor", "Vendor", None),
    ("url", "Web address (https://…)", ""),
    ("purpose", "What will you use it for?", None),
    ("teams", "Which teams?", ""),
    ("user_count", "About how many users?", "1"),
    ("data_categories", "Data it will touch (public, internal, confidential, customer_personal, employee_personal, source_code, regulated)", "internal"),
    ("vendor_trains_on_data", "Does the vendor train on our data? (yes/no/unknown)", "unknown"),
    ("hosting", "Hosting (vendor_saas/self_hosted/embedded)", "vendor_saas"),
    ("decisions_about_people", "Will its output drive decisions about people? (yes/no)", "no"),
]


@cli.command()
@click.option("--name")
@click.option("--vendor")
@click.option("--url")
@click.option("--aliases", help="Other names, separated by ';'.")
@click.option("--category")
@click.option("--purpose", help="The business purpose.")
@click.option("--teams")
@click.option("--users", "user_count", help="Approximate number of users.")
@click.option("--data", "data_categories", help="Comma-separated: public, internal, confidential, customer_personal, employee_personal, source_code, regulated.")
@click.option("--classification", "data_classification", help="Highest data class requested: public, internal, confidential, restricted.")
@click.option("--trains-on-data", "vendor_trains_on_data", type=click.Choice(["yes", "no", "unknown"]))
@click.option("--enterprise-agreement/--no-enterprise-agreement", default=None)
@click.option("--hosting", type=click.Choice(["vendor_saas", "self_hosted", "embedded"]))
@click.option("--integrations", help="Integrations or API access it needs.")
@click.option("--decides-about-people/--no-decides-about-people", "decisions_about_people", default=None)
@click.option("--autonomous/--human-in-the-loop", "acts_without_human", default=None, help="Does it act without a human reviewing?")
@click.option("--use-area", "use_areas", multiple=True, help="EU AI Act Annex III area it is used in (repeatable): employment, credit, education, biometrics, …")
@click.option("--owner", help="The business owner.")
@click.option("--details", help="Anything else the reviewers should know.")
@click.option("--anyway", is_flag=True, help="File it even if it looks like a tool already in the inventory.")
@click.option("--json", "as_json", is_flag=True)
@BY_OPTION
def register(as_json: bool, anyway: bool, by: str | None, **fields) -> None:
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
    from knowledge.registration import ValidationFailed
    from knowledge.registration import register as file_request

    form = {key: value for key, value in fields.items() if value not in (None, ())}
    interactive = sys.stdin.isatty() and not as_json
    prompts = {field: (prompt, default) for field, prompt, default in REGISTER_PROMPTS}
    if interactive:
        for field, (prompt, default) in prompts.items():
            if field not in form:
                form[field] = click.prompt(prompt, default=default, show_default=bool(default))
    form["requester_id"] = form["requester_name"] = by or current_user()
    db = open_database(load_settings())
    for attempt in range(MAX_REGISTER_ATTEMPTS):
        try:
            outcome = file_request(db, form, allow_duplicate=anyway)
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
                prompt = prompts.get(field, (field.replace("_", " ").capitalize(), None))[0]
                form[field] = click.prompt(prompt, default=None)
    request = outcome.request
    if outcome.kind == "filed":
        echo_to_slack(db, request)
    if as_json:
        payload = {"outcome": outcome.kind}
        if outcome.kind == "duplicate":
            payload["duplicate_of"] = outcome.duplicate_of
        if request is not None:
            payload.update(id=request.id, status=request.status, risk_tier=request.risk_tier, reasons=request.risk_reasons, checklist=request.checklist)
        click.echo(json.dumps(payload, ensure_ascii=False))
        return
    if outcome.kind == "duplicate":
        click.echo(f"Not filed: this looks like {outcome.duplicate_of}. Use --anyway if it is a different tool.")
        return
    click.echo(f"Request #{request.id} {'was already filed' if outcome.kind == 'resubmitted' else 'filed'}: "
               f"{request.name}, risk tier {request.risk_tier}, status {request.status}.")  # fmt: skip
    for reason in request.risk_reasons:
        click.echo(f"  - {reason}")
    click.echo("The governance reviewers will decide; `govbot review show %d` shows it." % request.id)


# -- review -------------------------------------------------------------------------------------


def workflow():
    from knowledge.review import Workflow

    settings = load_settings()
    reviewers = settings.reviewer_ids
    if settings.reviewer_group and settings.slack_bot_token:  # members of the Slack group decide here too
        from bot.slack.app import web_client
        from bot.slack.reviewers import ReviewerDirectory

        reviewers = ReviewerDirectory(settings.reviewer_ids, settings.reviewer_group, web_client(settings))
    return Workflow(open_database(settings), reviewers, settings.rereview_months)


def echo_to_slack(db, request, answer: str | None = None) -> None:
    """Show a change made here in Slack as well (when SLACK_BOT_TOKEN is set): the review channel,
    and the requester's DM for a decision."""
    settings = load_settings()
    if settings.slack_bot_token:
        from bot.slack.notify import tell_slack

        problem = tell_slack(settings, db, request, answer)
        if problem:
            click.echo(f"warning: recorded, but not shown in Slack: {problem}", err=True)


def describe(request) -> list[str]:
    lines = [
        f"#{request.id} {request.name} ({request.vendor}) — {request.status}, risk {request.risk_tier}",
        f"  requested by {request.requester_name or request.requester_id} on {request.created_at:%Y-%m-%d}",
        f"  purpose: {request.purpose}",
        f"  teams: {request.teams or '-'} · users: {request.user_count} · data: {', '.join(request.data_categories) or '-'}",
        f"  hosting: {request.hosting} · vendor trains on data: {request.vendor_trains_on_data} · "
        f"enterprise agreement: {'yes' if request.enterprise_agreement else 'no'}",
        "  risk: " + "; ".join(request.risk_reasons),
        "  review checklist: " + "; ".join(request.checklist),
    ]
    if request.decided_by:
        lines.append(f"  decided by {request.decided_by} on {request.decided_at:%Y-%m-%d}: {request.decision_comment or '-'}")
    return lines


def request_record(request) -> dict:
    fields = ["id", "name", "vendor", "url", "status", "risk_tier", "risk_reasons", "checklist", "requester_id",
              "purpose", "teams", "user_count", "data_categories", "vendor_trains_on_data", "hosting",
              "decided_by", "decision_comment"]  # fmt: skip
    record = {field: getattr(request, field) for field in fields}
    record["created_at"] = request.created_at.isoformat()
    return record


@cli.group()
def review() -> None:
    """Review registration requests (reviewers: GOVBOT_REVIEWERS).

    With SLACK_BOT_TOKEN set, Slack shows what is done here: the review message is updated
    and the requester gets a direct message.

    \b
    Examples:
      govbot review list
      govbot review approve 12 --by alice
      govbot review approve-with-conditions 12 --by alice --comment "No client data"
      govbot review reject 13 --by alice --comment "Trains on our data"
      govbot review needs-info 14 --by alice --comment "Which teams?"
      govbot review due
    """


@review.command("list")
@click.option("--json", "as_json", is_flag=True)
def review_list(as_json: bool) -> None:
    """The open requests (pending and needs_info), oldest first."""
    requests = workflow().queue()
    if as_json:
        click.echo(json.dumps([request_record(r) for r in requests], indent=2, ensure_ascii=False))
        return
    if not requests:
        click.echo("The review queue is empty.")
    for request in requests:
        click.echo(f"#{request.id:<5} {request.name:30} {request.status:11} risk {request.risk_tier:10} by {request.requester_id}")


@review.command("show")
@REQUEST_ID
def review_show(request_id: int) -> None:
    """Everything about one request."""
    from knowledge.review import WorkflowError

    try:
        click.echo("\n".join(describe(workflow().get(request_id))))
    except WorkflowError as error:
        raise GovbotError(str(error)) from None


def _decision_command(name: str, decision: str, summary: str):
    @review.command(name, help=summary)
    @REQUEST_ID
    @BY_OPTION
    @click.option("--comment", default="", help="Required for reject, conditions and needs-info.")
    def command(request_id: int, by: str | None, comment: str) -> None:
        from knowledge.review import WorkflowError

        reviewing = workflow()
        try:
            request = reviewing.decide(request_id, decision, by or current_user(), comment)
        except WorkflowError as error:
            raise GovbotError(str(error)) from None
        click.echo(f"Request #{request.id} ({request.name}) is now {request.status}.")
        echo_to_slack(reviewing.db, request)

    return command


_decision_command("approve", "approved", "Approve a request.")
_decision_command("approve-with-conditions", "approved_with_conditions", "Approve a request with conditions (--comment states them).")
_decision_command("reject", "rejected", "Reject a request (--comment says why).")
_decision_command("needs-info", "needs_info", "Ask the requester for more information (--comment asks).")


@review.command("answer")
@REQUEST_ID
@BY_OPTION
@click.option("--comment", required=True, help="The information the reviewers asked for.")
def review_answer(request_id: int, by: str | None, comment: str) -> None:
    """As the requester, answer a needs-info request (it returns to pending)."""
    from knowledge.review import WorkflowError

    reviewing = workflow()
    try:
        request = reviewing.answer(request_id, by or current_user(), comment)
    except WorkflowError as error:
        raise GovbotError(str(error)) from None
    click.echo(f"Request #{request.id} is pending review again.")
    echo_to_slack(reviewing.db, request, answer=comment)


@review.command("withdraw")
@REQUEST_ID
@BY_OPTION
@click.option("--comment", default="")
def review_withdraw(request_id: int, by: str | None, comment: str) -> None:
    """As the requester, withdraw an open request."""
    from knowledge.review import WorkflowError

    reviewing = workflow()
    try:
        request = reviewing.withdraw(request_id, by or current_user(), comment)
    except WorkflowError as error:
        raise GovbotError(str(error)) from None
    click.echo(f"Request #{request.id} is withdrawn.")
    echo_to_slack(reviewing.db, request)


@review.command("retire")
@click.argument("tool_name")
@BY_OPTION
@click.option("--comment", required=True, help="Why it is retired.")
def review_retire(tool_name: str, by: str | None, comment: str) -> None:
    """Retire an approved tool."""
    from knowledge.review import WorkflowError

    try:
        tool = workflow().retire(tool_name, by or current_user(), comment)
    except WorkflowError as error:
        raise GovbotError(str(error)) from None
    click.echo(f"{tool.name} is retired.")


@review.command("due")
@click.option("--json", "as_json", is_flag=True)
def review_due(as_json: bool) -> None:
    """Approved tools past their re-review date."""
    from knowledge.inventory import tool_record

    tools = workflow().due()
    if as_json:
        click.echo(json.dumps([tool_record(tool) for tool in tools], indent=2, ensure_ascii=False))
        return
    if not tools:
        click.echo("No approvals are due for re-review.")
    for tool in tools:
        click.echo(f"{tool.name:32} due {tool.next_review_due:%Y-%m-%d}  owner {tool.owner or '-'}")


@cli.command()
@click.option("--tool", "tool_name", help="Only events about this tool.")
@click.option("--json", "as_json", is_flag=True)
def audit(tool_name: str | None, as_json: bool) -> None:
    """Print the audit trail: who did what, when, from which state to which."""
    from knowledge.audit import trail
    from knowledge.inventory import get_tool

    db = open_database(load_settings())
    if tool_name:  # an alias means the tool: its events are recorded under its name
        tool = get_tool(db, tool_name)
        tool_name = tool.name if tool else tool_name
    with db.reading() as session:
        events = trail(session, tool_name)
    if as_json:
        click.echo(json.dumps([
            {"at": e.at.isoformat(), "actor": e.actor, "action": e.action, "tool": e.tool_name, "request_id": e.request_id,
             "from_state": e.from_state, "to_state": e.to_state, "comment": e.comment}
            for e in events
        ], indent=2, ensure_ascii=False))  # fmt: skip
        return
    for e in events:
        change = f"{e.from_state or '-'} → {e.to_state or '-'}"
        request = f" #{e.request_id}" if e.request_id else ""
        click.echo(f"{e.at:%Y-%m-%d %H:%M:%S}  {e.actor:16} {e.action:14} {e.tool_name}{request}  {change}  {e.comment}")


def main() -> None:
    cli(prog_name="govbot")
