"""Helpers shared by every suite (importable as ``support``: pytest's ``pythonpath``)."""
