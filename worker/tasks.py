"""Celery tasks: thin shells around :mod:`worker.delivery` and
:mod:`worker.pipeline`."""
from __future__ import annotations

import logging
import random
import time

from celery import shared_task

from .celery_app import TASK_NAME
from .config import Settings
from .delivery import deliver
from .producer import batch_repr
from .store import Store, StoreUnavailable

log = logging.getLogger(__name__)

_stores: dict[Settings, Store] = {}


def store_for(settings: Settings) -> Store:
    """This process's store (created after the fork, as pymongo requires)."""
    store = _stores.get(settings)
    if store is None:
        store = Store.connect(settings.mongo_uri, settings.db, settings.mongo_timeout_ms)
        store.ensure_schema()
        _stores[settings] = store
    return store


def backoff(retries: int, cap: int) -> float:
    """Exponential backoff with jitter: about 1, 2, 4 ... ``cap`` seconds, each
    drawn from its upper half so that workers spread out but never spin."""
    delay = min(cap, 2 ** retries)
    return delay / 2 + random.uniform(0, delay / 2)


@shared_task(bind=True, name=TASK_NAME, max_retries=None)
def ingest_batch(self, envelopes: list) -> dict:
    """Clean and store a batch. While the store is unreachable the batch waits
    here, with backoff, for up to half of ``task_time_limit``, holding its
    message; only a longer outage sends it back through the broker as a
    retry. Each trip through the broker is a fetch: with kombu's BRPOP a
    worker killed between taking the message and recording it lost it for
    good (bench/soak.py lost a whole batch this way in two runs out of two
    when every batch went back to the broker every few seconds of a store
    outage). worker/redis_transport.py closes that window; waiting in place
    still spares the broker and the batch those trips."""
    settings: Settings = self.app.conf.ingest_settings

    def resubmit(rest: list) -> None:
        self.apply_async(args=[rest], argsrepr=batch_repr(rest), kwargsrepr="{}")

    redelivered = bool((self.request.delivery_info or {}).get("redelivered"))
    deadline = time.monotonic() + settings.task_time_limit / 2
    attempt = self.request.retries
    while True:
        try:
            result = deliver(envelopes, store_for(settings), settings, resubmit=resubmit,
                             redelivered=redelivered)
            break
        except StoreUnavailable as exc:
            _stores.pop(settings, None)
            delay = backoff(attempt, settings.store_retry_backoff_max)
            attempt += 1
            # the next try may itself wait up to the store timeout
            if time.monotonic() + delay + settings.mongo_timeout_ms / 1000 > deadline:
                raise self.retry(exc=exc, countdown=delay) from exc
            log.warning("store unavailable (%s); trying batch again in %.1f s", exc, delay)
            time.sleep(delay)
    return {"stored": len(result.stored), "unchanged": len(result.unchanged),
            "failed": len(result.failed)}
