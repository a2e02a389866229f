"""The knowledge layer, in two halves that never import each other:

    retrieval/       the governance documents: chunks, embeddings, the hybrid index
    inventory/       the AI tool inventory: tools, registration, review, audit, their database
    data_classes.py  the one bridge: the policy's table of data kinds (found by retrieval) read
                     against the inventory's data classes

Knows nothing of the assistant, Slack or the CLI.
"""
