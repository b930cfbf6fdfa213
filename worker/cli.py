"""The ``ingest`` command: submit, run workers, clean without a queue, or do
everything at once on a local machine. Each command mirrors a Python call."""
from __future__ import annotations

import contextlib
import os
import sys
import threading
from collections import deque
from datetime import UTC, datetime, timedelta

import click

from . import schemas
from .config import Settings, env_name, redact_uri
from .document import NoMainText, normalise, to_json
from .envelope import Rejected, make_envelope
from .inputs import FORMATS, count_inputs, read_inputs
from .version import PIPELINE_VERSION

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
    from .producer import BrokerUnavailable, Submitter
    from .progress import Progress

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


class When(click.ParamType):
    """A time: ISO 8601 (``2026-11-30``, ``2026-11-30T08:00:00+01:00``; UTC when
    no offset is given) or an age (``30m``, ``2h``, ``7d``: that long ago)."""

    name = "TIME"
    _UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}

    def convert(self, value, param, ctx):
        if isinstance(value, datetime):
            return value
        text = str(value).strip()
        unit = self._UNITS.get(text[-1:].lower())
        if unit and text[:-1].replace(".", "", 1).isdigit():
            return datetime.now(UTC) - timedelta(seconds=float(text[:-1]) * unit)
        try:
            when = datetime.fromisoformat(text)
        except ValueError:
            self.fail(f"{text!r} is neither an ISO 8601 time nor an age like 30m, 2h, 7d", param, ctx)
        return when if when.tzinfo else when.replace(tzinfo=UTC)


WHEN = When()
#: every stage a failure record can have (schemas/failure.schema.json)
_STAGES = click.Choice(schemas.load("failure")["properties"]["stage"]["enum"])


def _outage_exit(exc: Exception) -> None:
    click.echo(f"error: {exc}", err=True)
    sys.exit(2)


@cli.command()
@click.option("--stage", type=_STAGES, help="Only this stage's failures.")
@click.option("--since", type=WHEN,
              help="Only those that last failed at or after this time (ISO 8601 or 2h, 7d).")
@click.option("--limit", type=click.IntRange(min=0), default=50, show_default=True,
              help="At most this many (0: all).")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
@click.option("--raw", "with_raw", is_flag=True, help="With --json: include the raw input and the traceback.")
def failures(stage, since, limit, as_json, with_raw) -> None:
    """List the inputs that could not be ingested, the most recent first: id,
    stage, attempts, when it last failed, error.

    The same from Python: worker.failures(stage=..., since=..., limit=...).
    """
    from .recovery import failures as find
    from .store import StoreUnavailable

    try:
        records = find(stage=stage, since=since, limit=limit or None, with_raw=with_raw and as_json)
    except StoreUnavailable as exc:
        _outage_exit(exc)
    if as_json:
        for record in records:
            click.echo(to_json({"id": record.pop("_id"), **record}))
        return
    for r in records:
        when = r["last_failed_at"].strftime("%Y-%m-%d %H:%M:%S")
        click.echo(f"{r['_id']}  {r['stage']}  attempts {r.get('attempts', 1)}  {when}  {r['error']}")
    more = f" (--limit {limit})" if limit and len(records) == limit else ""
    click.echo(f"{len(records)} failure(s){more}", err=True)


@cli.command()
@click.argument("ids", nargs=-1)
@click.option("--all", "every", is_flag=True, help="Every failure.")
@click.option("--stage", type=_STAGES, help="Every failure of this stage.")
@click.option("--since", type=WHEN,
              help="With --all or --stage: only those that last failed since this time.")
def retry(ids, every, stage, since) -> None:
    """Requeue the raw inputs of failures, once their cause is fixed (a setting,
    the cleaner). A document then stored loses its failure record; one that
    fails again has its attempts counted up.

    Name the failures by IDS, or take --all, or a --stage. Same from Python:
    worker.retry(ids) / worker.retry(all=True).
    """
    from .producer import BrokerUnavailable
    from .recovery import retry as requeue
    from .store import StoreUnavailable

    if not ids and not every and not stage:
        raise click.UsageError("name the failures to retry: IDS, --all or --stage")
    try:
        report = requeue(list(ids) or None, all=every, stage=stage, since=since)
    except (StoreUnavailable, BrokerUnavailable) as exc:
        _outage_exit(exc)
    for doc_id, why in report.skipped:
        click.echo(f"skipped {doc_id}: {why}", err=True)
    click.echo(f"requeued {len(report.requeued)}, skipped {len(report.skipped)}", err=True)
    sys.exit(1 if report.skipped else 0)


@cli.command()
@click.option("--since", type=WHEN, help="Only documents ingested (or, with --by submitted, submitted) at or "
                                         "after this time.")
@click.option("--until", type=WHEN, help="Only those before this time.")
@click.option("--by", type=click.Choice(["ingested", "submitted"]), default="ingested", show_default=True,
              help="Which time --since and --until look at.")
@click.option("--pipeline-version", "version", help="Only documents made by this pipeline version.")
@click.option("--not-version", help="Only documents not made by this version (e.g. the current one).")
@click.option("--progress/--no-progress", default=None,
              help="Draw the progress bar even off a terminal, or never.")
def reprocess(since, until, by, version, not_version, progress) -> None:
    """Clean stored inputs again with the workers' current cleaner: requeue the
    raw input of every stored document (or those selected), in batches; each
    document is updated in place.

    Same from Python: worker.reprocess(not_version=worker.PIPELINE_VERSION).
    """
    from .logs import setup_logging
    from .producer import BrokerUnavailable
    from .progress import Progress
    from .recovery import reprocess as requeue
    from .store import StoreUnavailable

    settings = Settings.from_env()
    setup_logging(settings)
    window = {f"{by}_since": since, f"{by}_until": until}
    with contextlib.ExitStack() as stack:
        bars: list[Progress] = []

        def start(total: int) -> None:
            bars.append(stack.enter_context(Progress(total, what="requeued", bar=progress,
                                                     interval=settings.progress_interval)))
        try:
            report = requeue(**window, pipeline_version=version, not_version=not_version, settings=settings,
                             total=start, progress=lambda n: bars[0].advance(n))
        except (StoreUnavailable, BrokerUnavailable) as exc:
            _outage_exit(exc)
    for doc_id, why in report.skipped:
        click.echo(f"skipped {doc_id}: {why}", err=True)
    click.echo(f"requeued {len(report.requeued)} document(s) for pipeline version {PIPELINE_VERSION}, "
               f"skipped {len(report.skipped)}", err=True)
    sys.exit(1 if report.skipped else 0)


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
    # the password, if any, stays in INGEST_MONGO_URI: never printed
    store_uri = redact_uri(report.store.uri)
    click.echo(f"query them: mongosh '{store_uri}/{report.db}' --eval 'db.documents.find()'")
    if report.store.started:
        click.echo(f"the store was stopped; serve its data again with: {report.store.restart_hint}")
    sys.exit(1 if report.rejected or report.failures else 0)


def main() -> None:
    cli(prog_name="ingest")


if __name__ == "__main__":
    main()
