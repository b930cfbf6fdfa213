"""Logging for the CLI and the workers: plain lines, or JSON objects when
``INGEST_LOG_FORMAT=json`` (one per line, with the per-document fields:
doc_id, outcome, ms, bytes_in, bytes_out)."""
from __future__ import annotations

import logging
import sys

from pythonjsonlogger.json import JsonFormatter

from .config import Settings

_TEXT_FORMAT = "%(asctime)s %(levelname)s %(processName)s %(name)s: %(message)s"


def setup_logging(settings: Settings, level: int | str | None = None) -> None:
    handler = logging.StreamHandler(sys.stderr)
    if settings.log_format == "json":
        handler.setFormatter(JsonFormatter(
            "%(asctime)s %(levelname)s %(name)s %(processName)s %(message)s",
            rename_fields={"asctime": "time", "levelname": "level", "processName": "process"}))
    else:
        handler.setFormatter(logging.Formatter(_TEXT_FORMAT))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level or settings.log_level.upper())
