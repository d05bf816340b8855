"""What the Lambda handlers load when their module is imported (a cold start's first cost).

Not a timing: the set of libraries. boto3 is loaded when the first client is built (a
consumer without a tenants parameter never builds one), jsonschema when a user's classes file
is checked, and neither handler reaches the worker's code or its document libraries.
``bench/deployables.py`` measures the time.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

#: Loaded by neither handler's import.
NOT_AT_IMPORT = ("boto3", "botocore.client", "jsonschema", "workflow", "pypdfium2", "psycopg")


def loaded_by(module: str) -> set[str]:
    probe = (
        f"import json, sys; import {module}; "
        f"print(json.dumps([m for m in {NOT_AT_IMPORT!r} if m in sys.modules]))"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe],
        check=True,
        capture_output=True,
        text=True,
        env={"AWS_DEFAULT_REGION": "us-east-1", "PATH": "/usr/bin:/bin"},
    ).stdout
    return set(json.loads(out.splitlines()[-1]))


@pytest.mark.parametrize("handler", ["consumer.handler", "status_api.handler"])
def test_a_handler_import_loads_none_of_the_heavy_libraries(handler: str) -> None:
    """Importing the handler module loads no AWS SDK, schema validator or worker code."""
    assert loaded_by(handler) == set()
