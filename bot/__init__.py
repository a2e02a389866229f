"""govbot: the assistant (message in, reply out) and its adapters (terminal, Slack)."""
