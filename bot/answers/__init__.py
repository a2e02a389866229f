"""Answers by kind: from the policy text (policy.py), from the AI tool inventory (tools.py), and to
incidents (incidents.py); what a question asks (intents.py), which sentence answers it
(sentences.py), which kind of data it is about (data.py), and the plain-text rendering (render.py).
bot/assistant.py plans an answer from these parts."""
