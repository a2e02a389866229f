"""The Slack front end: a thin Bolt adapter over the Assistant, registration and review."""
