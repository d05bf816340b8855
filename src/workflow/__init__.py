"""The durable document pipeline: document handling, analysis, and the worker that runs it."""
