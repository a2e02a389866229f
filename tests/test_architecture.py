"""The folders are the architecture, and the imports keep them so:

    knowledge/retrieval/   documents, embeddings, the index       }  neither imports the other;
    knowledge/inventory/   tools, requests, review, the database   }  knowledge/data_classes.py
                                                                      is the one bridge
    knowledge/gaps/        ISO/IEC 42001 gap analysis of the policies (uses retrieval only)
    ingest/                files into the index                       (uses retrieval only)
    bot/                   the assistant, the CLI, the Slack app      (uses all of the above)

knowledge/ never imports bot/ or ingest/; only govbot's composition root (bot/wiring.py) and the
commands that start Slack import the Slack app; Block Kit builders import no listener; and no
module imports one that imports it back, not even under TYPE_CHECKING or inside a function.
Every import in the code counts, wherever it is written."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("bot", "knowledge", "ingest")
BRIDGE = "knowledge.data_classes"


def project_modules() -> dict[str, Path]:
    """Every module of the project's packages (folders without __init__.py, such as Alembic's
    migrations, are run by Alembic, not imported)."""
    found = {}
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            if not all((folder / "__init__.py").exists() for folder in path.parents if ROOT in folder.parents):
                continue
            parts = path.relative_to(ROOT).with_suffix("").parts
            found[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return found


MODULES = project_modules()


def imports_of(module: str) -> set[str]:
    """The project modules `module` imports: `from a.b import c` is a.b.c when that is a module."""
    path = MODULES[module]
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(
                    [*package.split(".")[: len(package.split(".")) - node.level + 1], *filter(None, [base])]
                )
            names = [f"{base}.{alias.name}" if f"{base}.{alias.name}" in MODULES else base for alias in node.names]
        else:
            continue
        found |= {name for name in names if name in MODULES}
    return found - {module}


GRAPH = {module: imports_of(module) for module in MODULES}


def within(module: str, package: str) -> bool:
    return module == package or module.startswith(package + ".")


def offenders(importer: str, imported: str, allowed: tuple[str, ...] = ()) -> list[str]:
    return sorted(
        f"{module} imports {target}"
        for module, targets in GRAPH.items()
        if within(module, importer) and module not in allowed
        for target in targets
        if within(target, imported)
    )


def test_the_graph_sees_the_code():
    assert len(MODULES) > 60 and "bot.slack.listeners.review" in MODULES
    assert "knowledge.inventory.events" in GRAPH["knowledge.inventory.review"]
    assert {"bot.wiring", "knowledge.inventory.events"} <= GRAPH[
        "bot.cli.runtime"
    ]  # under TYPE_CHECKING, in a function


def test_no_module_imports_one_that_imports_it_back():
    cycles, done, path, on_path = [], set(), [], set()

    def visit(module: str) -> None:
        path.append(module)
        on_path.add(module)
        for target in sorted(GRAPH[module]):
            if target in on_path:
                cycles.append(" → ".join(path[path.index(target) :] + [target]))
            elif target not in done:
                visit(target)
        on_path.discard(path.pop())
        done.add(module)

    for module in sorted(GRAPH):
        if module not in done:
            visit(module)
    assert cycles == []


@pytest.mark.parametrize(
    "importer, imported",
    [
        ("knowledge", "bot"),
        ("knowledge", "ingest"),
        ("knowledge.retrieval", "knowledge.inventory"),
        ("knowledge.inventory", "knowledge.retrieval"),
        ("knowledge.gaps", "knowledge.inventory"),
        ("knowledge.retrieval", "knowledge.gaps"),
        ("knowledge.inventory", "knowledge.gaps"),
        ("ingest", "bot"),
        ("ingest", "knowledge.inventory"),
    ],
)
def test_layers_import_only_downwards(importer, imported):
    assert offenders(importer, imported) == []


def test_the_data_class_table_is_the_one_bridge_between_retrieval_and_inventory():
    both = [
        module
        for module, targets in GRAPH.items()
        if any(within(t, "knowledge.retrieval") for t in targets)
        and any(within(t, "knowledge.inventory") for t in targets)
    ]
    assert [module for module in both if within(module, "knowledge")] == [BRIDGE]


def test_only_the_composition_root_and_serve_reach_into_the_slack_app():
    reaching_in = offenders("bot", "bot.slack", allowed=("bot.wiring", "bot.cli.serve"))
    assert [line for line in reaching_in if not line.startswith("bot.slack")] == []


def test_block_kit_builders_take_values_not_the_app():
    for app_part in ("bot.wiring", "bot.slack.listeners", "bot.slack.messenger", "bot.slack.notifier", "bot.slack.app"):
        assert offenders("bot.slack.blocks", app_part) == []
    assert offenders("bot.slack.blocks", "bot.slack.actions") != []  # ids come from one place
