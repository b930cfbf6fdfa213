"""Celery tasks: thin shells around :mod:`worker.delivery` and
:mod:`worker.pipeline`."""
from __future__ import annotations

import random

from celery import shared_task

from .celery_app import TASK_NAME
from .config import Settings
from .delivery import deliver
from .producer import batch_repr
from .store import Store, StoreUnavailable

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
    settings: Settings = self.app.conf.ingest_settings

    def resubmit(rest: list) -> None:
        self.apply_async(args=[rest], argsrepr=batch_repr(rest), kwargsrepr="{}")

    try:
        result = deliver(envelopes, store_for(settings), settings, resubmit=resubmit,
                         redelivered=bool((self.request.delivery_info or {}).get("redelivered")))
    except StoreUnavailable as exc:
        _stores.pop(settings, None)
        raise self.retry(exc=exc, countdown=backoff(self.request.retries,
                                                    settings.store_retry_backoff_max)) from exc
    return {"stored": len(result.stored), "unchanged": len(result.unchanged),
            "failed": len(result.failed)}
