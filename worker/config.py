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
    #: worker; must exceed task_time_limit + store_retry_backoff_max (checked)
    visibility_timeout: int = 1800
    #: seconds a batch may run before its worker process is killed and the
    #: batch requeued; at 80% of it the batch stores what it has done and
    #: requeues the rest (the soft limit)
    task_time_limit: int = 300
    #: longest pause, in seconds, between retries of a batch while the store
    #: is unreachable (a retry waits in an ETA message, unacknowledged)
    store_retry_backoff_max: int = 60
    #: seconds between a worker's sweeps for messages that a dead worker left
    #: unacknowledged longer than visibility_timeout (Redis only)
    unacked_restore_interval: int = 60
    #: tries, each ended by a lost worker process or a time limit, after
    #: which a document is recorded in ``failures`` and not tried again
    max_attempts: int = 3
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
    #: the per-source template memory (worker/templates.py): off unless set
    template_memory: bool = False
    #: a line is template for a document of a source once this many other
    #: documents of that source had it before (with the memory on)
    template_min_docs: int = 3

    def __post_init__(self) -> None:
        # a task, or a retry waiting for its countdown, still unacknowledged
        # when the visibility timeout passes is delivered a second time
        # while the first is still running or waiting
        longest = self.task_time_limit + self.store_retry_backoff_max
        if self.visibility_timeout <= longest:
            raise ValueError(
                f"{env_name('visibility_timeout')}={self.visibility_timeout} must exceed "
                f"{env_name('task_time_limit')} + {env_name('store_retry_backoff_max')} = {longest}: "
                "a batch still running or waiting to retry after the visibility timeout is "
                "delivered again, to a second worker")
        for name in ("task_time_limit", "store_retry_backoff_max", "unacked_restore_interval",
                     "max_attempts", "template_min_docs"):
            if getattr(self, name) < 1:
                raise ValueError(f"{env_name(name)} must be at least 1")

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        env = os.environ if env is None else env
        values = {}
        for f in fields(cls):
            raw = env.get(env_name(f.name))
            if raw is None or raw == "":
                continue
            values[f.name] = int(raw) if f.type == "int" else _flag(f.name, raw) if f.type == "bool" else raw
        return cls(**values)

    def redacted(self) -> dict[str, object]:
        """The settings with passwords in URIs masked, safe to print or log."""
        return {f.name: redact_uri(v) if isinstance(v, str) else v
                for f, v in ((f, getattr(self, f.name)) for f in fields(self))}


_YES, _NO = ("1", "true", "yes", "on"), ("0", "false", "no", "off")


def _flag(name: str, raw: str) -> bool:
    value = raw.strip().lower()
    if value not in _YES + _NO:
        raise ValueError(f"{env_name(name)}={raw!r} is not one of {', '.join(_YES + _NO)}")
    return value in _YES


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
