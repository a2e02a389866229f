"""The knowledge layer: chunks, embeddings, the hybrid index. Knows nothing of Slack or the CLI."""
