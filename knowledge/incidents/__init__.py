"""The AI incident register: what people report went wrong with AI, triaged by the incident
policy's own rules, and what the governance team did about it. In the inventory's database, in
tables of its own (SCHEMA, with the migrations beside it); knows nothing of any front end.

    vocabulary.py  statuses, severities, the data involved, the kinds of incident (imports nothing)
    models.py      the tables: incidents, and incident_events (their append-only history)
    triage.py      severity, deadlines and next steps, citing the policy (no database)
    register.py    report, acknowledge, assign, add a note, resolve: each audited and published
    events.py      what happened to an incident, as typed events for the EventBus
"""
