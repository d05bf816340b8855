"""The local stack: docpipe on one machine, no Docker, no AWS account.

``docpipe up`` (:mod:`.up`) supervises five processes (:mod:`.supervisor`,
:mod:`.components`): the moto server provisioned like the SAM template (:mod:`.provision`),
the Resonate-protocol server, the status API behind an API Gateway-like HTTP front end
(:mod:`.http_api`), the SQS -> Lambda event source mapping (:mod:`.poller`) and the worker.
``stack.json`` (:mod:`.stackfile`) tells everyone else where they are.
"""

from docpipe_cli.stack.stackfile import DEFAULT_STATE_DIR, STACK_FILE, StackInfo

__all__ = ["DEFAULT_STATE_DIR", "STACK_FILE", "StackInfo"]
