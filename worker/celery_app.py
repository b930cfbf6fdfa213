"""The Celery application: broker, serialisation and delivery settings.

Delivery is at-least-once: a message is acknowledged only after its batch is
stored (``task_acks_late``), and a worker process that dies mid-task returns
its message to the queue (``task_reject_on_worker_lost``). Every store write is
an idempotent upsert, so a second delivery changes nothing.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from celery import Celery, signals
from kombu import Connection

from .config import Settings
from .logs import setup_logging

TASK_NAME = "ingest.batch"


def celery_config(settings: Settings) -> dict:
    return {**_common_config(settings), **_transport_config(settings)}


def _transport_config(settings: Settings) -> dict:
    if settings.broker_url.startswith("filesystem://"):
        # the stand-in broker of `ingest run` where no Redis is installed
        folder = str(Path(settings.data_dir, "queue").resolve())
        # the exchange tables too, else kombu writes them to ./control
        return {"broker_transport_options": {"data_folder_in": folder, "data_folder_out": folder,
                                             "control_folder": str(Path(folder, "control")),
                                             "store_processed": False}}
    if settings.broker_url.startswith(("amqp://", "amqps://", "pyamqp://")):
        # RabbitMQ redelivers the unacknowledged messages of a lost connection
        # itself (no visibility timeout); publisher confirms make a submit
        # return only once the broker has the batch, as Redis's LPUSH does
        return {"broker_transport_options": {"confirm_publish": True}}
    options = {
        # a message not acknowledged within this many seconds is handed to
        # another worker: it must exceed the longest task (task_time_limit)
        # and the longest retry countdown (Settings checks both)
        "visibility_timeout": settings.visibility_timeout,
        # every worker sweeps for such messages (left by a worker that died)
        # every unacked_restore_interval seconds: throttle 1 makes that the
        # period, rather than kombu's default of 10 x 10 s
        "unacked_restore_interval": settings.unacked_restore_interval,
        "unacked_restore_throttle": 1,
        "socket_keepalive": True,
        "socket_connect_timeout": 5,
        "health_check_interval": 25,
    }
    if not settings.broker_url.startswith(("redis://", "rediss://")):
        return {"broker_transport_options": options}  # e.g. sentinel://: kombu's own transport
    tls = {}
    if settings.broker_url.startswith("rediss://"):
        # kombu applies its TLS defaults for rediss:// only when the URL's
        # scheme picks the transport: hand them over explicitly
        tls = {"broker_use_ssl": Connection(settings.broker_url).ssl}
    return {
        **tls,
        # kombu's Redis transport with a fetch that cannot lose a message when
        # the worker dies (BLMOVE into an in-flight list: worker/redis_transport.py)
        "broker_transport": "worker.redis_transport:Transport",
        "broker_transport_options": {
            **options,
            # one Redis list per queue, no priority sub-lists: the atomic
            # fetch moves from exactly one list (doc-ingest sets no priorities)
            "priority_steps": [0],
            # a worker command that dies holding a fetched message leaves it
            # in its in-flight list; the first restore sweep after this many
            # seconds without the worker's heartbeat returns it to the queue
            "inflight_heartbeat_ttl": max(5, 2 * settings.unacked_restore_interval),
        },
    }


def _common_config(settings: Settings) -> dict:
    return {
        "broker_url": settings.broker_url,
        "broker_connection_retry_on_startup": True,
        "task_serializer": "json",
        "accept_content": ["json"],
        "result_serializer": "json",
        "task_ignore_result": True,
        "result_backend": None,
        "task_acks_late": True,
        "task_reject_on_worker_lost": True,
        # a task that raises has already recorded its documents as failures
        # (worker/delivery.py), so its message may go; a batch killed by the
        # hard time limit has not, so it is requeued like a lost worker and
        # its documents counted toward INGEST_MAX_ATTEMPTS
        "task_acks_on_failure": True,
        "task_acks_on_timeout": False,
        "task_time_limit": settings.task_time_limit,
        # the soft limit leaves a fifth of the time to store what is done
        # and requeue the rest (worker/delivery.py)
        "task_soft_time_limit": settings.task_time_limit * 0.8,
        "task_default_queue": settings.queue,
        "task_routes": {TASK_NAME: {"queue": settings.queue}},
        "worker_prefetch_multiplier": 1,
        "worker_max_memory_per_child": settings.max_memory_per_child_mb * 1024,  # KiB
        # prefork that completes half-written batches before it stops (worker/pool.py)
        "worker_pool": "worker.pool:TaskPool",
        "worker_hijack_root_logger": False,
        "worker_send_task_events": False,
        "task_publish_retry_policy": {"max_retries": 2, "interval_start": 0,
                                      "interval_step": 0.5, "interval_max": 1},
    }


def make_app(settings: Settings) -> Celery:
    app = Celery("doc-ingest", include=["worker.tasks"], set_as_current=False)
    app.conf.update(celery_config(settings))
    app.conf.ingest_settings = settings
    return app


@lru_cache(maxsize=8)
def app_for(settings: Settings) -> Celery:
    """One app per distinct settings, for producers that choose their own."""
    return make_app(settings)


#: the app ``celery -A worker worker`` and ``ingest worker`` run, configured
#: from the environment
app = make_app(Settings.from_env())
app.set_default()


@signals.setup_logging.connect
def _configure_logging(loglevel=None, **_) -> None:
    """Workers log through :mod:`worker.logs` rather than Celery's defaults, at
    the level given on the command line, else ``INGEST_LOG_LEVEL``."""
    setup_logging(app.conf.ingest_settings, level=loglevel)


@signals.worker_process_init.connect
def _one_blas_thread(**_) -> None:
    """A worker process cleans one batch at a time, and the cleaner's matrix
    products are small: extra BLAS threads only spin after each one (about a
    fifth of the cleaner's CPU time, measured) and take cores from the other
    worker processes."""
    from threadpoolctl import threadpool_limits
    threadpool_limits(limits=1)
