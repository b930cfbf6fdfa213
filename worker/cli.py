"""The ``ingest`` command: submit, run workers, clean without a queue, or do
everything at once on a local machine. Each command mirrors a Python call."""
from __future__ import annotations

import contextlib
import os
import sys
import threading
from collections import deque
from datetime import UTC, datetime

import click

from .config import Settings, env_name
from .document import NoMainText, normalise, to_json
from .envelope import Rejected, make_envelope
from .inputs import FORMATS, count_inputs, read_inputs

_FORMAT = click.option("--format", "fmt", type=click.Choice(FORMATS), default="auto", show_default=True,
                       help="How to read files that are not JSON lines: by extension and content, "
                            "or forced to plain text or HTML.")
_ENCODING = click.option("--encoding", default=None,
                         help="Decode files with this encoding instead of UTF-8 (text) or the "
                              "declared/detected one (HTML).")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="doc-ingest")
def cli() -> None:
    """doc-ingest: clean web pages into normalised documents in MongoDB.

    Configuration comes from INGEST_* environment variables (see the README).
    """


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@_FORMAT
@_ENCODING
@click.option("--source", help="Set the submission's `source` for documents that have none.")
@click.option("--batch-size", type=int, help="Documents per queue message [INGEST_BATCH_SIZE].")
@click.option("--progress/--no-progress", default=None,
              help="Draw the progress bar (documents, rate, time left) even off a terminal, or "
                   "never [default: a bar on a terminal, else a log line every 5 s].")
def submit(paths, fmt, encoding, source, batch_size, progress) -> None:
    """Check documents and queue them for the workers.

    PATHS are files, folders (read recursively), .jsonl files (one JSON
    submission per line) or - for stdin. Invalid documents are reported with
    the file, line and field, and the rest still go through; the exit code is
    1 if anything was rejected.
    """
    from .logs import setup_logging
    from .progress import Progress
    from .submit import BrokerUnavailable, Submitter

    settings = Settings.from_env()
    setup_logging(settings)
    submitter = Submitter(settings, batch_size=batch_size)
    rejected = 0
    # the origins of the inputs accepted last: the ones a broker failure can
    # leave unqueued (the batch being filled and the one being sent)
    accepted: deque[tuple[int, str]] = deque(maxlen=2 * submitter.batch_size + 2)
    count = 0
    try:
        with submitter, Progress(count_inputs(paths), what="submitted", bar=progress,
                                    interval=settings.progress_interval) as bar:
            for item in read_inputs(paths, format=fmt, encoding=encoding):
                bar.advance()
                if item.error is None and source and isinstance(item.submission, dict):
                    item.submission.setdefault("source", source)
                try:
                    if item.error:
                        raise Rejected(item.error)
                    submitter.add(item.submission, path=item.path)
                    accepted.append((count, item.origin))
                    count += 1
                except Rejected as exc:
                    rejected += 1
                    bar.write(f"rejected {item.origin}: {exc}")
    except BrokerUnavailable as exc:
        click.echo(f"error: {exc}\n{_queued_before_failure(len(submitter.report.queued), accepted)}",
                   err=True)
        sys.exit(2)
    click.echo(f"queued {len(submitter.report.queued)}, rejected {rejected} in {bar.elapsed:.1f} s "
               f"({bar.rate:,.0f} documents/s)", err=True)
    sys.exit(1 if rejected else 0)


def _queued_before_failure(queued: int, accepted) -> str:
    """Which inputs a submit cut short by the broker queued: batches go out
    in input order, each one atomic (one LPUSH, or one confirmed publish)."""
    if not queued:
        return "queued 0 documents before the failure: nothing was queued"
    last = next((origin for number, origin in accepted if number == queued - 1), None)
    upto = f", up to and including {last}" if last else ""
    return (f"queued {queued} documents before the failure: the first {queued} accepted inputs{upto}; "
            "the inputs after it were not queued (submitting everything again is safe: "
            "a document queued twice is stored once)")


@cli.command()
@click.option("-w", "--watch", "every", type=float, is_flag=False, flag_value=2.0, default=None,
              metavar="[SECONDS]", help="Refresh every SECONDS (2 if not given) until Ctrl-C.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per refresh.")
def status(every, as_json) -> None:
    """Show the queue depth, the batches in flight, the documents stored, the
    failures and the rate over the last minute.

    The same numbers from Python: worker.status(). Exit code 2 if the broker
    or the store could not be reached.
    """
    import json as json_module

    from .monitor import render, watch
    from .monitor import status as current

    settings = Settings.from_env()
    on_terminal = sys.stdout.isatty()

    def show(s) -> None:
        if as_json:
            click.echo(json_module.dumps(s.as_dict()))
        else:
            if every is not None and on_terminal:
                click.clear()
            click.echo(render(s) + ("" if on_terminal or every is None else "\n"))

    if every is None:
        s = current(settings)
        show(s)
        sys.exit(2 if s.errors else 0)
    with contextlib.suppress(KeyboardInterrupt):
        watch(settings, every, show)


@cli.command()
@click.option("--port", type=int, default=9808, show_default=True, help="Port to serve /metrics on.")
@click.option("--addr", default="0.0.0.0", show_default=True, help="Address to listen on.")
def metrics(port, addr) -> None:
    """Serve the numbers of `ingest status` as Prometheus metrics on
    http://ADDR:PORT/metrics until Ctrl-C (read afresh at each scrape)."""
    from .metrics import serve

    serve(Settings.from_env(), port=port, addr=addr)
    click.echo(f"serving Prometheus metrics on http://{addr}:{port}/metrics", err=True)
    with contextlib.suppress(KeyboardInterrupt):
        threading.Event().wait()


@cli.command(context_settings={"ignore_unknown_options": True, "allow_extra_args": True})
@click.option("-c", "--concurrency", type=int, help="Worker processes (default: one per core).")
@click.option("-l", "--loglevel", default=None, help="Log level [INGEST_LOG_LEVEL].")
@click.argument("celery_args", nargs=-1, type=click.UNPROCESSED)
def worker(concurrency, loglevel, celery_args) -> None:
    """Run a worker (a Celery worker on the ingest queue).

    Extra arguments go to `celery worker` unchanged, e.g. `ingest worker -c 4
    --pool threads`. Run more of these, on this host or others, to scale.
    """
    from .celery_app import app

    settings: Settings = app.conf.ingest_settings
    argv = ["worker", "--queues", settings.queue, "--loglevel", loglevel or settings.log_level]
    if concurrency:
        argv += ["--concurrency", str(concurrency)]
    app.worker_main(argv + list(celery_args))


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@_FORMAT
@_ENCODING
def clean(paths, fmt, encoding) -> None:
    """Print the normalised document of each input as JSON lines, with no queue
    and no database: a dry run to pipe or inspect."""
    settings = Settings.from_env()
    failed = 0
    now = datetime.now(UTC)
    for item in read_inputs(paths, format=fmt, encoding=encoding):
        try:
            if item.error:
                raise Rejected(item.error)
            envelope = make_envelope(item.submission, max_bytes=settings.max_document_bytes,
                                     path=item.path, submitted_at=now)
            click.echo(to_json(normalise(envelope, ingested_at=now)))
        except (Rejected, NoMainText) as exc:
            failed += 1
            click.echo(f"{item.origin}: {exc}", err=True)
    sys.exit(1 if failed else 0)


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@_FORMAT
@click.option("-c", "--concurrency", type=int, default=2, show_default=True, help="Worker processes.")
@click.option("--keep-running", is_flag=True,
              help="Keep the broker and store that were started running until Ctrl-C, to query them.")
def run(paths, fmt, concurrency, keep_running) -> None:
    """Ingest PATHS end to end on this machine and report what was stored.

    Uses the configured (or locally answering) Redis and MongoDB; where none
    answers, starts a local redis-server and an nx-27017 store in
    INGEST_DATA_DIR, and stops them when done.
    """
    from .run import run as run_all

    def wait_for_interrupt() -> None:
        click.echo("services running; press Ctrl-C to stop them")
        with contextlib.suppress(KeyboardInterrupt):
            threading.Event().wait()

    report = run_all(list(paths), settings=Settings.from_env(),
                     broker_configured=bool(os.environ.get(env_name("broker_url"))),
                     store_configured=bool(os.environ.get(env_name("mongo_uri"))),
                     concurrency=concurrency, format=fmt, say=click.echo,
                     keep_running=wait_for_interrupt if keep_running else None)
    for origin, reason in report.rejected:
        click.echo(f"rejected {origin}: {reason}", err=True)
    for failure in report.failures:
        click.echo(f"failed {failure['_id']} ({failure['stage']}): {failure['error']}", err=True)
    click.echo(f"stored {report.stored} document(s), {len(report.failures)} failed, "
               f"{len(report.rejected)} rejected, in {report.seconds:.1f} s")
    click.echo(f"query them: mongosh '{report.store.uri}/{report.db}' --eval 'db.documents.find()'")
    if report.store.started:
        click.echo(f"the store was stopped; serve its data again with: {report.store.restart_hint}")
    sys.exit(1 if report.rejected or report.failures else 0)


def main() -> None:
    cli(prog_name="ingest")


if __name__ == "__main__":
    main()
