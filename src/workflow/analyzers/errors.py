"""Errors the analyzers raise on top of :mod:`docpipe.errors`.

::

    DocpipeError (docpipe.errors)
    ├── ConfigError
    │   └── AnalyzerConfigError   the model cannot be used as configured (access denied,
    │                             unknown model id, a request the service rejects): retrying
    │                             will not help until an operator changes something
    └── TransientError
        └── MalformedAnalysis     the model answered, but not with the JSON we asked for;
                                  a model's output varies, so a retry may well succeed
"""

from __future__ import annotations

from docpipe.errors import ConfigError, TransientError


class AnalyzerConfigError(ConfigError):
    """The configured analyzer cannot serve requests; the message says what to fix."""


class MalformedAnalysis(TransientError):
    """The model's reply was not the analysis JSON; the message quotes what was wrong."""
