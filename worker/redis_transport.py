"""kombu's Redis transport, with a fetch that cannot lose a message.

The problem. kombu 5.7 takes a message with ``BRPOP``, which removes it from
the queue list, and only afterwards records it in the ``unacked`` hash (in
``QoS.append``, when the message is delivered to the consumer). A worker
command killed between the two loses the message for good: it is in neither
place, so no visibility timeout can bring it back. The soak measured that
window at 19 ms median, 2 s at worst.

The fix. A consumer of exactly one queue key fetches with::

    BLMOVE <queue> inflight:<queue>:<consumer> RIGHT LEFT <timeout>

which moves the message, in one atomic step on the server, into a list of
its own (its *in-flight list*), and then records it in the ``unacked`` hash
and removes it from the in-flight list in one MULTI/EXEC transaction
(:meth:`QoS.append`). So at every moment the message is in the queue, in the
in-flight list, or in ``unacked``: always somewhere a sweep can restore from.

Who restores an in-flight list. Each consumer keeps a heartbeat key,
``inflight:<queue>:<consumer>:alive``, with a TTL (``inflight_heartbeat_ttl``
seconds), set before every fetch and every quarter TTL by an event-loop timer
(a fetch's reply can sit unread while the worker has no room for it), and
lists its in-flight list in the ``inflight_lists`` hash (list -> queue). The
restore sweep that every worker already runs (``QoS.restore_visible``, every
``unacked_restore_interval`` seconds) also returns to the head of its queue
every in-flight list whose heartbeat has expired, in one Lua script (check
the heartbeat, LMOVE each message, forget the list) so two sweeps cannot
both restore a message. A live consumer also returns its own leftovers before
each fetch: anything there then came from a fetch whose reply was lost with
its connection, and would otherwise wait until the consumer stops.

Duplicates. A message is delivered twice only when a live consumer stalls
longer than ``3/4 * inflight_heartbeat_ttl`` between a fetch and its record,
so that a sweep returns it meanwhile; every write of doc-ingest is an
idempotent upsert, so that costs work, never data.

Plain kombu behaviour (``BRPOP``) stays wherever the above does not apply: a
channel consuming several queues, or a queue split into priority keys
(``priority_steps`` with more than one step; doc-ingest sets ``[0]``), a
``global_keyprefix``, a Redis older than 6.2 (no ``BLMOVE``). Fanout queues
(Celery's remote control, events) use pub/sub and never went through BRPOP.

Celery selects this transport with ``broker_transport`` (worker/celery_app.py)
for ``redis://`` and ``rediss://`` URLs, which keep working unchanged.
"""
from __future__ import annotations

import contextlib
import logging
import os
import socket
import uuid
from time import monotonic

from kombu.transport import redis as kombu_redis
from kombu.transport import virtual
from kombu.utils.encoding import bytes_to_str
from kombu.utils.json import loads
from kombu.utils.objects import cached_property

from . import faults

log = logging.getLogger(__name__)

#: the hash listing every consumer's in-flight list: list key -> its queue key
INFLIGHT_LISTS = "inflight_lists"

#: KEYS: in-flight list, its queue, the list's heartbeat key, INFLIGHT_LISTS.
#: ARGV[1]: "if-dead" returns the list only when its heartbeat has expired,
#: and then forgets the list; "own" returns it whatever the heartbeat.
#: Returns how many messages went back, or -1 when the owner is alive. The
#: newest message is moved first, so the oldest ends up next to be fetched.
RETURN_TO_QUEUE = """
if ARGV[1] == 'if-dead' and redis.call('EXISTS', KEYS[3]) == 1 then
    return -1
end
local returned = 0
while redis.call('LMOVE', KEYS[1], KEYS[2], 'LEFT', 'RIGHT') do
    returned = returned + 1
end
if ARGV[1] == 'if-dead' then
    redis.call('HDEL', KEYS[4], KEYS[1])
end
return returned
"""


def return_to_queue(client, inflight_key: str, queue_key: str, mode: str):
    """Run RETURN_TO_QUEUE (mode "own" or "if-dead") on a client or pipeline."""
    return client.eval(RETURN_TO_QUEUE, 4, inflight_key, queue_key, f"{inflight_key}:alive",
                       INFLIGHT_LISTS, mode)


class QoS(kombu_redis.QoS):

    def append(self, message, delivery_tag):
        """Record a delivered message in ``unacked``; when it came from our
        in-flight list, remove it from there in the same transaction."""
        fetched = self.channel._take_fetched()
        if fetched is None:
            return super().append(message, delivery_tag)
        inflight_key, raw = fetched
        delivery = message.delivery_info
        with self.pipe_or_acquire() as pipe:
            pipe.zadd(self.unacked_index_key, {delivery_tag: kombu_redis.time()}) \
                .hset(self.unacked_key, delivery_tag,
                      kombu_redis.dumps([message._raw, delivery['exchange'], delivery['routing_key']])) \
                .lrem(inflight_key, 1, raw) \
                .execute()
        virtual.QoS.append(self, message, delivery_tag)

    def restore_visible(self, start=0, num=10, interval=10):
        """kombu's sweep of ``unacked``, and on the same turns the return of
        dead consumers' in-flight lists."""
        due = self._vrestore_count % (interval or 1) == 0  # kombu's own throttle
        super().restore_visible(start=start, num=num, interval=interval)
        self.channel._heartbeat_if_due()
        if due:
            self.channel.return_dead_consumers_messages()


class Channel(kombu_redis.Channel):
    QoS = QoS

    from_transport_options = kombu_redis.Channel.from_transport_options + ("inflight_heartbeat_ttl",)
    #: seconds a consumer's in-flight list survives it (see the module docstring)
    inflight_heartbeat_ttl = 60

    #: the in-flight list and queue key of the fetch sent and not yet read
    _pending_fetch = None
    #: (in-flight list, raw message) while a fetched message is being
    #: delivered and not yet recorded in ``unacked``
    _fetched = None
    #: the in-flight list and queue key this channel last used
    _inflight = None
    _heartbeat_at = float("-inf")

    @cached_property
    def consumer_id(self) -> str:
        return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"

    @cached_property
    def _redis_has_blmove(self) -> bool:
        try:
            with self.conn_or_acquire() as client:
                version = client.info("server")["redis_version"]
            return tuple(int(p) for p in version.split(".")[:2]) >= (6, 2)
        except (self.ResponseError, KeyError, ValueError):  # INFO renamed or disabled
            return False

    # --- fetching ---------------------------------------------------------

    def _atomic_source(self) -> str | None:
        """The one queue key this channel fetches from atomically, or None
        for kombu's plain BRPOP."""
        queues = self.active_queues
        if (len(queues) != 1 or len(self.priority_steps) != 1 or self.global_keyprefix
                or not self._redis_has_blmove):
            return None
        return self._q_for_pri(queues[0], self.priority_steps[0])

    def _brpop_start(self, timeout=None):
        queue_key = self._atomic_source()
        if queue_key is None:
            return super()._brpop_start(timeout)
        if timeout is None:
            timeout = self.brpop_timeout
        inflight_key = f"inflight:{queue_key}:{self.consumer_id}"
        self._before_fetch(inflight_key, queue_key)
        self._pending_fetch = inflight_key, queue_key
        self._in_poll = self.client.connection
        self._brpop_sent_at = monotonic()
        self.client.connection.send_command("BLMOVE", queue_key, inflight_key, "RIGHT", "LEFT",
                                            timeout or 0)

    def _brpop_read(self, **options):
        if self._pending_fetch is None:
            return super()._brpop_read(**options)
        inflight_key, queue_key = self._pending_fetch
        try:
            try:
                raw = self.client.parse_response(self.client.connection, "BLMOVE", **options)
            except self.connection_errors:
                self.client.connection.disconnect()  # reconnect on the next poll
                raise
            if raw is None:
                raise kombu_redis.Empty()
            self._fetched = inflight_key, raw
            try:
                queue = queue_key.rsplit(self.sep, 1)[0]  # the name, without a priority suffix
                self.connection._deliver(loads(bytes_to_str(raw)), queue)
            finally:
                if self._take_fetched() is not None:
                    # never recorded: a no_ack consumer, or a message that
                    # failed to decode; kombu's BRPOP drops these too
                    with self.conn_or_acquire() as client:
                        client.lrem(inflight_key, 1, raw)
            return True
        finally:
            self._pending_fetch = None
            self._in_poll = None
            self._flush_brpop_reauth()

    def _poll_error(self, type, **options):
        if type == "BRPOP" and self._pending_fetch is not None:
            return self._brpop_read(**options)
        return super()._poll_error(type, **options)

    def _on_connection_disconnect(self, connection):
        if self._in_poll is connection:
            self._pending_fetch = None  # its reply is lost: _before_fetch returns the message
        super()._on_connection_disconnect(connection)

    def _take_fetched(self):
        fetched, self._fetched = self._fetched, None
        return fetched

    # --- heartbeat and returns --------------------------------------------

    def _before_fetch(self, inflight_key: str, queue_key: str) -> None:
        """Return our own leftovers (a fetch whose reply was lost), then
        refresh the heartbeat and list the in-flight list: one round trip."""
        with self.conn_or_acquire() as client, client.pipeline() as pipe:
            return_to_queue(pipe, inflight_key, queue_key, "own")
            self._add_heartbeat(pipe, inflight_key, queue_key)
            returned = pipe.execute()[0]
        self._inflight = inflight_key, queue_key
        if returned:
            log.warning("returned %d message(s) of a lost fetch from %s to queue %s",
                        returned, inflight_key, queue_key)

    def _add_heartbeat(self, pipe, inflight_key: str, queue_key: str) -> None:
        pipe.set(f"{inflight_key}:alive", 1, ex=max(1, round(self.inflight_heartbeat_ttl)))
        pipe.hset(INFLIGHT_LISTS, inflight_key, queue_key)
        self._heartbeat_at = monotonic()

    def _heartbeat_if_due(self) -> None:
        """Keep the heartbeat of a channel that has fetched atomically alive
        between fetches (a fetch's reply may wait unread for minutes)."""
        if self._inflight is None or self.closed:
            return
        if monotonic() - self._heartbeat_at < self.inflight_heartbeat_ttl / 4:
            return
        with self.conn_or_acquire() as client, client.pipeline() as pipe:
            self._add_heartbeat(pipe, *self._inflight)
            pipe.execute()

    def return_dead_consumers_messages(self) -> int:
        """Return to their queues the in-flight lists of consumers whose
        heartbeat has expired. Returns how many messages went back."""
        if self.global_keyprefix:
            return 0
        total = 0
        try:
            with self.conn_or_acquire() as client:
                for inflight_key, queue_key in client.hgetall(INFLIGHT_LISTS).items():
                    returned = return_to_queue(client, bytes_to_str(inflight_key),
                                               bytes_to_str(queue_key), "if-dead")
                    if returned > 0:
                        log.warning("returned %d message(s) of dead consumer %s to queue %s",
                                    returned, bytes_to_str(inflight_key), bytes_to_str(queue_key))
                        total += returned
        except self.ResponseError:  # a Redis without LMOVE: nothing was ever moved there
            log.debug("in-flight sweep skipped", exc_info=True)
        return total

    def close(self):
        if self._in_poll:  # read a pending fetch first, as kombu's close() does
            with contextlib.suppress(kombu_redis.Empty):
                self._brpop_read()
        if self._inflight is not None and not self.closed:
            inflight_key, queue_key = self._inflight
            try:
                with self.conn_or_acquire() as client, client.pipeline() as pipe:
                    return_to_queue(pipe, inflight_key, queue_key, "own")
                    pipe.delete(f"{inflight_key}:alive").hdel(INFLIGHT_LISTS, inflight_key).execute()
            except self.connection_errors:
                pass  # the heartbeat expires and another worker's sweep returns the list
            self._inflight = None
        super().close()


class Transport(kombu_redis.Transport):
    Channel = Channel

    def _deliver(self, message, queue):
        if faults.ENABLED:
            faults.after_fetch()  # tests: die between the fetch and its record
        return super()._deliver(message, queue)

    def register_with_event_loop(self, connection, loop):
        super().register_with_event_loop(connection, loop)
        cycle = self.cycle
        old = getattr(cycle, "_inflight_heartbeat_tref", None)
        if old is not None:
            old.cancel()
        ttl = connection.client.transport_options.get("inflight_heartbeat_ttl",
                                                      Channel.inflight_heartbeat_ttl)

        def keep_heartbeats():
            for channel in list(cycle._channels):
                try:
                    channel._heartbeat_if_due()
                except channel.connection_errors:
                    log.debug("in-flight heartbeat: connection error, will retry", exc_info=True)

        cycle._inflight_heartbeat_tref = loop.call_repeatedly(max(ttl / 4, 0.25), keep_heartbeats)
