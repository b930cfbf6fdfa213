# The doc-ingest worker image: `ingest worker` by default; every `ingest`
# command (submit, status, ...) and Flower run from it too.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /app
COPY pyproject.toml README.md ./
COPY schemas ./schemas
COPY worker ./worker
RUN pip install ".[flower]" \
    && useradd --create-home --uid 10001 ingest

USER ingest
CMD ["ingest", "worker"]
