"""Retrieval: documents as chunks, their embeddings, and the hybrid index that finds the sections
answering a question. Knows nothing of the inventory (knowledge/inventory/) nor of any front end."""
