"""The SQS batch consumer Lambda: records -> jobs -> one durable RPC each.

* :mod:`consumer.records` parses a record into jobs (or an ignored notice);
* :mod:`consumer.dispatch` creates each job's durable promise on the Resonate server;
* :mod:`consumer.handler` is the Lambda entry point, ``consumer.handler.lambda_handler``.

Nothing is built at import time; the handler creates its client and event loop on first use.
"""
