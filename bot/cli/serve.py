"""`govbot serve`: the Slack app, over HTTP or Socket Mode."""

from __future__ import annotations

import click

from bot.cli.runtime import GovbotError, Runtime, pass_runtime


@click.command()
@click.option("--port", default=3000, show_default=True, type=click.IntRange(1, 65535), help="HTTP port.")
@click.option("--host", default="0.0.0.0", show_default=True, help="Interface to listen on.")
@click.option(
    "--socket-mode", is_flag=True, help="Connect to Slack over Socket Mode (SLACK_APP_TOKEN) instead of HTTP."
)
@click.option(
    "--no-duties",
    is_flag=True,
    help="Do not perform the scheduled duties here (GOVBOT_DUTIES_IN_SERVE=false does the same).",
)
@pass_runtime
def serve(runtime: Runtime, port: int, host: str, socket_mode: bool, no_duties: bool) -> None:
    """Run the Slack app.

    \b
    HTTP mode (default): Slack sends events, slash commands and interactivity
    to POST /slack/events; GET /healthz answers load balancers.
    Socket Mode: for workspaces that cannot expose an HTTP endpoint.
    manifest.yml creates the Slack app with everything it needs.
    The scheduled duties (`govbot duties --help`) run every
    GOVBOT_DUTIES_INTERVAL_MINUTES unless --no-duties.
    """
    from slack_sdk.errors import SlackApiError

    settings = runtime.settings
    missing = [] if settings.slack_bot_token else ["SLACK_BOT_TOKEN"]
    if socket_mode and not settings.slack_app_token:
        missing.append("SLACK_APP_TOKEN")
    if not socket_mode and not settings.slack_signing_secret:
        missing.append("SLACK_SIGNING_SECRET")
    if missing:
        raise GovbotError(f"set {' and '.join(missing)} to serve Slack (see `govbot serve --help`)")
    from bot.slack.app import build_app
    from bot.slack.server import http_server, serve_socket_mode
    from bot.wiring import Govbot

    # Its own govbot, not the runtime's: a server tells Slack of each change as it happens (and
    # logs what fails), where a command holds its events until it has printed its result.
    govbot = Govbot.create(settings)
    # Load the model before accepting requests: /healthz says ready only when the first
    # question will be answered at full speed.
    govbot.assistant.index.embedder.embed_query("warm up")
    try:
        app = build_app(govbot)
    except SlackApiError as error:  # auth.test at start-up: a wrong token or an unreachable API
        raise GovbotError(f"Slack refused the bot token: {error.response.get('error')}") from None
    duty_loop = None
    if settings.duties_in_serve and not no_duties:
        from bot.scheduler import DutyLoop

        duty_loop = DutyLoop(govbot, settings.duties_interval_minutes * 60).start()
    try:
        if socket_mode and settings.slack_app_token:  # (the token's absence was refused above)
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
    finally:
        # A run left going at exit dies inside PyTorch's threads (the weekly digest embeds the gap
        # analysis's controls) and aborts the process: let the run in progress finish first.
        if duty_loop is not None:
            duty_loop.stop()
