"""Every setting of doc-ingest, read from the environment in one place.

Each field maps to an ``INGEST_*`` variable (the README lists them all). The
defaults work on a developer machine with Redis and MongoDB on their usual
local ports.
"""
from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, fields

MiB = 1024 * 1024


@dataclass(frozen=True)
class Settings:
    broker_url: str = "redis://localhost:6379/0"
    mongo_uri: str = "mongodb://localhost:27017"
    db: str = "ingest"
    queue: str = "ingest"
    #: documents carried by one queue message (per-message overhead, not
    #: cleaning, limits a one-document-per-message design)
    batch_size: int = 100
    #: a submission larger than this (UTF-8 bytes of its text or html) is
    #: refused at submit and again in the worker
    max_document_bytes: int = 8 * MiB
    #: seconds before Redis hands an unacknowledged message to another
    #: worker; must stay well above task_time_limit
    visibility_timeout: int = 1800
    task_time_limit: int = 300
    #: longest pause, in seconds, between retries of a batch while the store
    #: is unreachable
    store_retry_backoff_max: int = 60
    mongo_timeout_ms: int = 5000
    #: a worker process whose resident memory passes this many MiB after a
    #: batch is replaced by a fresh one (a backstop: memory stays flat)
    max_memory_per_child_mb: int = 512
    #: seconds between the progress lines ``ingest submit`` logs when not on
    #: a terminal (on one it draws a bar)
    progress_interval: int = 5
    log_level: str = "INFO"
    log_format: str = "text"
    #: where ``ingest run`` keeps the data of the local stand-ins it starts
    data_dir: str = ".ingest"

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        env = os.environ if env is None else env
        values = {}
        for f in fields(cls):
            raw = env.get(env_name(f.name))
            if raw is None or raw == "":
                continue
            values[f.name] = int(raw) if f.type == "int" else raw
        return cls(**values)

    def redacted(self) -> dict[str, object]:
        """The settings with passwords in URIs masked, safe to print or log."""
        return {f.name: redact_uri(v) if isinstance(v, str) else v
                for f, v in ((f, getattr(self, f.name)) for f in fields(self))}


def env_name(field_name: str) -> str:
    return "INGEST_" + field_name.upper()


def redact_uri(value: str) -> str:
    """``scheme://user:secret@host`` -> ``scheme://user:***@host``."""
    scheme, sep, rest = value.partition("://")
    if not sep or "@" not in rest:
        return value
    creds, _, host = rest.rpartition("@")
    user, colon, _ = creds.partition(":")
    return f"{scheme}://{user}{':***' if colon else ''}@{host}"
