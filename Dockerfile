# syntax=docker/dockerfile:1
#
# docpipe images, built from this repository's own wheel (the package the tests run).
#
#   docker build --target worker -t docpipe-worker .   # the worker (default target, last stage)
#   docker build --target lambda -t docpipe-lambda .   # consumer + status Lambda (sam build)
#
# The two images install different extras of one wheel (pyproject.toml): the Lambdas carry
# neither the OCR engine, OpenCV, the document libraries nor an embedded Postgres.
#
# The base is pinned by exact tag. At release, pin the digest too: resolve it with
#   docker buildx imagetools inspect python:3.12.12-slim-bookworm --format '{{json .Manifest.Digest}}'
# and write `FROM python:3.12.12-slim-bookworm@sha256:<digest>` in every FROM (docs/deploy.md).

# ---- build: wheels for docpipe and every dependency of every image; then the worker's
# virtualenv from those wheels only. Each image installs only its own extras (pyproject.toml):
# the worker docpipe[worker,postgres], the Lambdas docpipe[postgres,pages] (no OCR, OpenCV or
# document libraries; PDFium alone, for the status API's page images). The protocol server and the test bed are other distributions: in no image.
FROM python:3.12.12-slim-bookworm AS build
ENV PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_CACHE_DIR=1 PYTHONDONTWRITEBYTECODE=1
WORKDIR /src
COPY pyproject.toml README.md ./
COPY src ./src
RUN pip wheel --wheel-dir /wheels ".[worker,postgres]" \
 && python -m venv /opt/venv \
 && /opt/venv/bin/pip install --no-index --find-links /wheels "docpipe[worker,postgres]"

# ---- lambda-build: the Lambdas' own virtualenv, from the same wheels, plus the Lambda runtime
# interface client (binary wheel).
FROM build AS lambda-build
RUN rm -rf /opt/venv \
 && python -m venv /opt/venv \
 && /opt/venv/bin/pip install --no-index --find-links /wheels "docpipe[postgres,pages]" \
 && /opt/venv/bin/pip install awslambdaric==4.2.2

# ---- runtime: what every image shares. No compilers, no pip cache, no source tree.
FROM python:3.12.12-slim-bookworm AS runtime
RUN groupadd --system --gid 10001 docpipe \
 && useradd --system --uid 10001 --gid docpipe --home-dir /nonexistent --shell /usr/sbin/nologin docpipe
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1

# ---- lambda: the consumer and status functions (PackageType Image; ImageConfig picks the handler).
FROM runtime AS lambda
COPY --from=lambda-build /opt/venv /opt/venv
# Lambda's own images set this; Powertools' async batch processor keys its one-loop-per-sandbox
# behaviour on it, which the Resonate client bound to that loop relies on.
ENV LAMBDA_TASK_ROOT=/var/task
WORKDIR /var/task
# Fails the build if a handler cannot be imported, or if the OCR stack slipped into the image.
RUN python -c "import consumer.handler, status_api.handler" \
 && ! python -c "import rapidocr_onnxruntime" 2>/dev/null
USER 10001:10001
ENTRYPOINT ["/opt/venv/bin/python", "-m", "awslambdaric"]
CMD ["consumer.handler.lambda_handler"]

# ---- worker: the long-running pipeline worker (ECS Fargate or any container host).
FROM runtime AS worker
# OCR: the tesserocr wheel carries Tesseract; its models are Debian's packages: orientation
# detection, English, and one package per language in OCR_LANGUAGES -- the languages the
# template's OcrLanguages parameter names (build with --build-arg OCR_LANGUAGES=eng+deu).
ARG OCR_LANGUAGES=eng
RUN apt-get update \
 && apt-get install --yes --no-install-recommends tesseract-ocr-osd \
      $(echo "eng+${OCR_LANGUAGES}" | tr '+' '\n' | sort -u | sed 's/_/-/g; s/^/tesseract-ocr-/') \
 && rm -rf /var/lib/apt/lists/*
COPY --from=build /opt/venv /opt/venv
WORKDIR /home/docpipe
# Fails the build if a subcommand module (the worker's included) cannot be imported.
RUN docpipe --help > /dev/null
USER 10001:10001
# The worker serves no port; its liveness is its lease on the Resonate server (heartbeats), and
# ECS replaces a task whose process exits. A Docker health check would add nothing true.
HEALTHCHECK NONE
STOPSIGNAL SIGTERM
ENTRYPOINT ["docpipe", "worker"]
