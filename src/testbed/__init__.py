"""docpipe's test bed: what the benches and tests generate and inject, shipped in no deployable.

- :mod:`testbed.evaluation` — the labelled analysis evaluation set and its scorer.
- :mod:`testbed.scans` — image-only (scanned) PDFs with known text.
- :mod:`testbed.faultproxy` — an HTTP proxy that fails and delays AWS calls (the chaos bench).

It is a distribution of its own (``src/testbed/pyproject.toml``, installed by ``make install``)
so that neither the Lambda images nor the worker image carry it; an import-linter contract keeps
the product packages from importing it.
"""
