"""Local stand-ins for the broker and the store, for ``ingest run`` on a
machine where neither is configured nor answering.

Broker: a ``redis-server`` of our own when one is installed, else kombu's
filesystem transport (messages as files in a folder: still the real Celery
path, with real worker processes). Store: ``nx-27017``, a MongoDB wire-protocol
server over SQLite, with its data in a local folder.
"""
from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pymongo
import redis
from pymongo.errors import PyMongoError


@dataclass
class Service:
    """A broker or store in use: one we found, or one we started."""

    kind: str
    uri: str
    how: str
    process: subprocess.Popen | None = None
    #: how to serve the same data again once this process is stopped
    restart_hint: str = ""

    @property
    def started(self) -> bool:
        return self.process is not None

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def redis_answers(url: str, timeout: float = 0.5) -> bool:
    if not url.startswith(("redis://", "rediss://")):
        return False
    try:
        return bool(redis.Redis.from_url(url, socket_connect_timeout=timeout,
                                         socket_timeout=timeout).ping())
    except (redis.RedisError, OSError, ValueError):
        return False


def mongo_answers(uri: str, timeout_ms: int = 500) -> bool:
    client = pymongo.MongoClient(uri, serverSelectionTimeoutMS=timeout_ms, connectTimeoutMS=timeout_ms)
    try:
        client.admin.command("ping")
        return True
    except PyMongoError:
        return False
    finally:
        client.close()


def _wait(check, process: subprocess.Popen, what: str, log: Path, seconds: float = 20) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check():
            return
        if process.poll() is not None:
            break
        time.sleep(0.1)
    process.kill()
    tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
    raise RuntimeError(f"{what} did not start; its log ({log}) ends:\n{tail}")


def start_redis(data_dir: Path, port: int | None = None) -> Service:
    data_dir.mkdir(parents=True, exist_ok=True)
    port = port or free_port()
    log = data_dir / "redis.log"
    process = subprocess.Popen(
        ["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "",
         "--appendonly", "no", "--dir", str(data_dir), "--logfile", str(log)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"redis://127.0.0.1:{port}/0"
    _wait(lambda: redis_answers(url), process, "redis-server", log)
    return Service("broker", url, f"started redis-server on port {port}", process)


def filesystem_broker(data_dir: Path) -> Service:
    (data_dir / "queue").mkdir(parents=True, exist_ok=True)
    return Service("broker", "filesystem://",
                   f"no Redis installed: messages go through files in {data_dir / 'queue'}")


def start_nx27017(data_dir: Path, port: int | None = None) -> Service:
    folder = data_dir / "mongo"
    folder.mkdir(parents=True, exist_ok=True)
    port = port or free_port()
    log = data_dir / "nx-27017.log"
    process = subprocess.Popen(
        [sys.executable, "-m", "nx_27017.nx_27017", "--data-dir", str(folder), "--host", "127.0.0.1",
         "-p", str(port), "--log-file", str(log), "--pid-file", str(data_dir / "nx-27017.pid")],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    uri = f"mongodb://127.0.0.1:{port}"
    _wait(lambda: mongo_answers(uri), process, "nx-27017", log)
    return Service("store", uri, f"started nx-27017 on port {port}, data in {folder}", process,
                   restart_hint=f"nx-27017 --data-dir {folder} -p 27017")


def redis_installed() -> bool:
    return shutil.which("redis-server") is not None
