"""The help text is the documentation, and the README says the same: every setting and every
command is in both (sqlite-utils and datasette test their documentation the same way)."""

import re
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from bot.cli import cli
from bot.settings import Settings, variables

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def command_paths(group: click.Group, path: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    paths = []
    for name, command in sorted(group.commands.items()):
        paths.append((*path, name))
        if isinstance(command, click.Group):
            paths += command_paths(command, (*path, name))
    return paths


def help_of(*path: str) -> str:
    result = CliRunner().invoke(cli, [*path, "--help"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


@pytest.mark.parametrize("path", command_paths(cli), ids=" ".join)
def test_every_command_is_in_the_readme_and_in_its_groups_help(path):
    assert re.search(rf"`govbot {re.escape(' '.join(path))}(?![\w-])", README), f"README: add `govbot {' '.join(path)}`"
    assert re.search(rf"^  {re.escape(path[-1])}  ", help_of(*path[:-1]), re.MULTILINE)
    assert help_of(*path).split("\n\n")[1].strip()  # its own help says what it does


@pytest.mark.parametrize("variable", variables(), ids=lambda variable: variable.name)
def test_every_setting_is_in_the_readme_and_in_govbot_help(variable):
    assert f"| `{variable.name}` |" in README, f"README's configuration table: add {variable.name}"
    assert re.search(rf"^\s+{variable.name}\s+{re.escape(variable.meaning)}", help_of(), re.MULTILINE)


def test_every_setting_is_documented():
    """A setting added without a meaning would show as a bare name."""
    assert len(variables()) == len(Settings.model_fields)
    assert all(variable.meaning and variable.default for variable in variables())


def test_the_folders_the_readme_shows_exist():
    """ "How it works" draws the tree; a folder moved or renamed must move there too."""
    tree = README.split("## How it works", 1)[1].split("```")[1]
    named, parent = [], ""
    for indent, path in re.findall(r"^( *)([\w./]+/|[\w./]+\.py)(?= )", tree, re.MULTILINE):
        parent = path if not indent else parent
        named.append(path if not indent else parent + path)
    assert len(named) >= 8
    root = Path(__file__).resolve().parent.parent
    assert [path for path in named if not (root / path).exists()] == []
