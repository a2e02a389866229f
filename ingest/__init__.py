"""Turning documents on disk into indexed chunks: loaders, chunking, the incremental pipeline."""
