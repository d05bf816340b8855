"""docpipe's shared kernel: settings, the job model, job ids, and the ports steps use.

The Lambdas (:mod:`consumer`, :mod:`status_api`), the worker (:mod:`workflow`) and the
local stack all build on this package; nothing here touches the network at import time.
"""
