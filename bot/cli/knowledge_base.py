"""The governance documents and questions about them: `ingest`, `ask`, `chat`, `status`."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from bot.cli.runtime import Runtime, pass_runtime

# The heavy parts (the embedding model, Chroma) are imported inside the commands that use them:
# `govbot --help` and the inventory commands start without them.


@click.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--rebuild", is_flag=True, help="Drop the whole index and ingest from scratch.")
@pass_runtime
def ingest(runtime: Runtime, paths: tuple[Path, ...], rebuild: bool) -> None:
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

    from ingest.pipeline import ingest as run_ingest
    from knowledge.retrieval.embeddings import load_embedder
    from knowledge.retrieval.index import KnowledgeIndex

    settings = runtime.settings
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


@click.command()
@click.argument("question")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object per answer.")
@pass_runtime
def ask(runtime: Runtime, question: str, as_json: bool) -> None:
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

    assistant = runtime.govbot.assistant
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


@click.command()
@pass_runtime
def chat(runtime: Runtime) -> None:
    """Chat with govbot in the terminal (history with the arrow keys; `exit` to leave)."""
    from bot.terminal import chat as run_chat

    assistant = runtime.govbot.assistant
    runtime.settings.data_dir.mkdir(parents=True, exist_ok=True)
    run_chat(assistant, runtime.settings.data_dir / "chat_history")


@click.command()
@click.option("--json", "as_json", is_flag=True, help="Print a JSON object.")
@pass_runtime
def status(runtime: Runtime, as_json: bool) -> None:
    """Show the configuration in effect and what the index holds."""
    from knowledge.retrieval.embeddings import Embedder
    from knowledge.retrieval.index import KnowledgeIndex

    settings = runtime.settings
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
