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
  GOVBOT_MIN_SCORE         similarity below which answers say "I don't know" (default 0.45)
  GOVBOT_GOVERNANCE_CHANNEL  where people are sent to ask a person (default #ai-governance)
"""


class GovbotError(click.ClickException):
    """An error for the user: printed as `Error: …` with exit status 1, no traceback."""


def load_settings() -> Settings:
    try:
        return Settings()
    except ValidationError as error:
        problems = "; ".join(
            f"GOVBOT_{'_'.join(str(p) for p in e['loc']).upper()}: {e['msg']}" for e in error.errors()
        )
        raise GovbotError(f"invalid configuration: {problems}") from None


def build_assistant(settings: Settings):
    from bot.assistant import Assistant
    from bot.llm import LLMConfigurationError
    from knowledge.embeddings import EmbeddingModelError
    from knowledge.index import KnowledgeIndexError

    try:
        return Assistant.from_settings(settings)
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
    JSON fields: question, intent, text, confident, tool, and citations (up to 5,
    best first, each with source, title, section, control_id, score), present even
    when confident is false so retrieval can be audited.

    \b
    Examples:
      govbot ask "can I paste customer data into ChatGPT?"
      govbot ask --json "what does ISO 42001 expect from suppliers?"
      govbot ask --json - < questions.txt
    """
    from bot.assistant import InvalidQuestion

    assistant = build_assistant(load_settings())
    if question != "-":
        try:
            reply = assistant.answer(question)
        except InvalidQuestion as error:
            raise click.UsageError(str(error)) from None
        click.echo(json.dumps(reply.to_json(), ensure_ascii=False) if as_json else reply.text)
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
        click.echo(json.dumps(reply.to_json(), ensure_ascii=False) if as_json else reply.text + "\n")
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


def main() -> None:
    cli(prog_name="govbot")
