"""Shared by the command-line tests: `govbot ARGS…` run in-process, and what a good or a refused
run must look like."""

from click.testing import CliRunner

from bot.cli import cli


def govbot_command(env: dict[str, str]):
    """`govbot ARGS…` with `env` (a keyword argument overrides one variable for that run)."""
    runner = CliRunner()

    def invoke(*args, input=None, **overrides):
        return runner.invoke(cli, list(args), input=input, env={**env, **overrides}, catch_exceptions=False)

    return invoke


def ok(result):
    assert result.exit_code == 0, result.output
    return result.stdout


def refused(result, code=1):
    """A clear message and a non-zero exit code; never a traceback."""
    assert result.exit_code == code, result.output
    assert "Traceback" not in result.output
    return result.stderr
