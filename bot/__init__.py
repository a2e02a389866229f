"""govbot: the assistant (message in, reply out), its adapters (terminal, command line, Slack) and
the wiring that builds them (wiring.py)."""
