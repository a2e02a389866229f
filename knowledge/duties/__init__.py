"""Scheduled duties: what govbot's own policy says it does on its own, on the day it falls due,
each done once however often (and on however many replicas) the duties run.

    kinds.py     Duty kinds, each computing the Notices due on a date, and their registry
                 (builtin_duties(); one more kind is one `duties.register(...)` line there)
    ledger.py    the duty ledger: a notice is claimed atomically, then marked sent, or released
                 when sending failed (its tables: migrations/, added by the front end's database)
    runner.py    run_duties (claim → send → mark sent, audited) and due_duties (for listing)

Sending is a DutySender's job (runner.py): the Slack app's posts and DMs; the duties know nothing
of Slack.
"""
