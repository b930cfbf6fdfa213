"""The Redis fetch cannot lose a message (worker/redis_transport.py).

kombu's own transport takes a message with BRPOP and records it in the
``unacked`` hash only afterwards; a consumer killed in between loses it. Here a
consumer process is SIGKILLed exactly there (worker/faults.py,
INGEST_FAULT_KILL_AFTER_FETCH), once with kombu's transport and once with
ours, against the real Redis."""
from __future__ import annotations

import base64
import json
import os
import signal
import subprocess
import sys
import time
import uuid

import pytest
import redis
from kombu import Connection, Exchange, Queue

from conftest import ROOT
from worker.celery_app import celery_config
from worker.config import Settings
from worker.redis_transport import INFLIGHT_LISTS

OURS = "worker.redis_transport:Transport"
OPTIONS = {"priority_steps": [0], "inflight_heartbeat_ttl": 1}

CONSUMER = """
import sys
from kombu import Connection, Exchange, Queue
url, fetch, queue = sys.argv[1:4]
# kombu's default priority steps (four lists per queue) keep kombu's own BRPOP
options = {"priority_steps": [0], "inflight_heartbeat_ttl": 1} if fetch == "atomic" else {}
with Connection(url, transport="worker.redis_transport:Transport", transport_options=options) as conn:
    q = Queue(queue, Exchange(queue, type="direct"), routing_key=queue)
    with conn.Consumer(q, callbacks=[lambda body, message: print("delivered", body, flush=True)]):
        conn.drain_events(timeout=20)
"""


@pytest.fixture
def redis_url(broker_url):
    if not broker_url.startswith("redis://"):
        pytest.skip("the atomic fetch is Redis's; RabbitMQ records deliveries itself")
    return broker_url


@pytest.fixture
def queue_name(redis_url):
    name = f"atomic-{uuid.uuid4().hex[:8]}"
    yield name
    client = redis.Redis.from_url(redis_url)
    for key in [name, *client.hkeys(INFLIGHT_LISTS)]:
        if isinstance(key, bytes) and f":{name}:".encode() in key:
            client.delete(key, key + b":alive")
            client.hdel(INFLIGHT_LISTS, key)
    client.delete(name)


def queue_of(name: str) -> Queue:
    return Queue(name, Exchange(name, type="direct"), routing_key=name)


def publish(url: str, name: str, body: dict) -> None:
    with Connection(url, transport=OURS, transport_options=OPTIONS) as conn:
        conn.Producer().publish(body, exchange=queue_of(name).exchange, routing_key=name,
                                declare=[queue_of(name)])


def consumer_killed_after_fetch(url: str, fetch: str, name: str, tmp_path) -> None:
    env = {**os.environ, "INGEST_FAULT_INJECTION": "1", "INGEST_FAULT_KILL_AFTER_FETCH": "1",
           "INGEST_FAULT_DIR": str(tmp_path), "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", CONSUMER, url, fetch, name], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == -signal.SIGKILL, done.stdout + done.stderr
    assert "delivered" not in done.stdout


def body_of(message: dict) -> dict:
    body = message["body"]
    if message["properties"].get("body_encoding") == "base64":
        body = base64.b64decode(body)
    return json.loads(body)


def unacked_bodies(client: redis.Redis, marker: str) -> int:
    """How many messages of ``unacked`` carry ``marker``."""
    return sum(body_of(json.loads(raw)[0]) == {"marker": marker} for raw in client.hvals("unacked"))


def inflight_lists_of(client: redis.Redis, name: str) -> list[bytes]:
    return [k for k in client.hkeys(INFLIGHT_LISTS) if f":{name}:".encode() in k]


def test_kombus_brpop_loses_a_message_when_the_consumer_dies_before_recording_it(
        redis_url, queue_name, tmp_path):
    """The window itself, made certain: with kombu's BRPOP (which our
    transport keeps for a queue split into priority lists) the message is in
    neither the queue nor ``unacked``, so no sweep can bring it back."""
    marker = uuid.uuid4().hex
    publish(redis_url, queue_name, {"marker": marker})
    consumer_killed_after_fetch(redis_url, "brpop", queue_name, tmp_path)
    client = redis.Redis.from_url(redis_url)
    assert client.llen(queue_name) == 0
    assert unacked_bodies(client, marker) == 0
    assert inflight_lists_of(client, queue_name) == []


def test_a_consumer_killed_between_fetch_and_record_loses_nothing(redis_url, queue_name, tmp_path):
    marker = uuid.uuid4().hex
    publish(redis_url, queue_name, {"marker": marker})
    consumer_killed_after_fetch(redis_url, "atomic", queue_name, tmp_path)

    client = redis.Redis.from_url(redis_url)
    assert client.llen(queue_name) == 0 and unacked_bodies(client, marker) == 0
    [inflight] = inflight_lists_of(client, queue_name)
    assert [body_of(json.loads(raw)) for raw in client.lrange(inflight, 0, -1)] == [{"marker": marker}]

    with Connection(redis_url, transport=OURS, transport_options=OPTIONS) as conn:
        channel = conn.default_channel
        # the dead consumer's list stays while its heartbeat lives ...
        if client.exists(inflight + b":alive"):
            assert channel.return_dead_consumers_messages() == 0
            assert client.llen(inflight) == 1
        deadline = time.monotonic() + 30
        while client.exists(inflight + b":alive"):
            assert time.monotonic() < deadline, "the heartbeat key did not expire"
            time.sleep(0.1)
        # ... and the sweep every worker runs returns it once that is gone
        channel.qos.restore_visible(interval=1)
        assert client.llen(queue_name) == 1 and not client.exists(inflight)
        assert inflight not in client.hkeys(INFLIGHT_LISTS)
        assert channel.return_dead_consumers_messages() == 0  # a second sweep finds nothing

        delivered = []

        def on_message(body, message):
            delivered.append(body)
            message.ack()

        with conn.Consumer(queue_of(queue_name), callbacks=[on_message]):
            conn.drain_events(timeout=10)
            with pytest.raises(TimeoutError):
                conn.drain_events(timeout=1.5)
    assert delivered == [{"marker": marker}]
    assert client.llen(queue_name) == 0 and unacked_bodies(client, marker) == 0


def test_a_fetch_whose_reply_was_lost_goes_back_before_the_next_fetch(redis_url, queue_name):
    """A live consumer whose connection dropped after Redis moved a message
    into its in-flight list returns it itself at its next fetch."""
    marker = uuid.uuid4().hex
    publish(redis_url, queue_name, {"marker": marker})
    client = redis.Redis.from_url(redis_url)
    delivered = []
    with Connection(redis_url, transport=OURS, transport_options=OPTIONS) as conn:
        channel = conn.default_channel
        with conn.Consumer(queue_of(queue_name), callbacks=[lambda body, m: (delivered.append(body),
                                                                             m.ack())]):
            conn.transport.cycle.on_poll_start()  # sends the BLMOVE
            deadline = time.monotonic() + 10
            while client.llen(queue_name):
                assert time.monotonic() < deadline
                time.sleep(0.01)
            channel.client.connection.disconnect()  # the reply is lost with it
            assert delivered == [] and client.llen(channel._inflight[0]) == 1
            conn.drain_events(timeout=10)
    assert delivered == [{"marker": marker}]
    assert client.llen(queue_name) == 0 and unacked_bodies(client, marker) == 0


def test_plain_brpop_wherever_one_list_per_consumer_does_not_hold(redis_url):
    with Connection(redis_url, transport=OURS, transport_options={"priority_steps": [0, 3, 6, 9]}) as conn:
        channel = conn.default_channel
        channel._active_queues[:] = ["q"]
        assert channel._atomic_source() is None  # priority sub-lists
    with Connection(redis_url, transport=OURS, transport_options=OPTIONS) as conn:
        channel = conn.default_channel
        channel._active_queues[:] = ["a", "b"]
        assert channel._atomic_source() is None  # several queues
        channel._active_queues[:] = ["a"]
        assert channel._atomic_source() == "a"


def test_the_atomic_transport_is_selected_for_redis_urls_only():
    assert celery_config(Settings(broker_url="redis://h:6379/0"))["broker_transport"] == OURS
    rediss = celery_config(Settings(broker_url="rediss://h:6379/0"))
    assert rediss["broker_transport"] == OURS and rediss["broker_use_ssl"]  # kombu's TLS default kept
    for url in ("amqp://guest:guest@h:5672//", "sentinel://h:26379"):
        assert "broker_transport" not in celery_config(Settings(broker_url=url))
