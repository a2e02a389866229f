"""What people asked govbot and what they got: one record per question answered in Slack
(answered or refused, its intent and topic, an unregistered tool it named) and the votes on each
answer. What the governance report reads to show what the knowledge base fails to answer and which
unregistered tools people ask about (knowledge/reports/).

    models.py     the tables (QUESTIONS: their own schema, migrated beside the inventory's)
    outcomes.py   recording an answer's outcome, a vote on it

Privacy: the minimum is kept. See outcomes.py for what is stored and why.
"""
