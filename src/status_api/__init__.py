"""The status Lambda: ``GET /status/{jobId}`` and ``GET /jobs?documentUrl=...`` behind API
Gateway (HTTP API, payload v2). The entry point is :func:`status_api.handler.lambda_handler`.
"""
