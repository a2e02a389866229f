"""The Slack front end: a thin Bolt adapter over the assistant and the inventory (see app.py, and
listeners/ for one module per Slack surface)."""
