"""Versions: of the package, and of the pipeline that made a stored document.

``PIPELINE_VERSION`` changes whenever the cleaner's output can change, so that
``ingest reprocess --not-version`` finds the documents an older cleaner made.
"""
__version__ = "0.1.0"
PIPELINE_VERSION = "2026.12.8.1"
