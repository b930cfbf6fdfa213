"""docker-compose.yml and the Dockerfile (no Docker engine runs on our
machines, so they are checked as files: against the Compose specification's
JSON Schema, and for the properties the README promises)."""
from __future__ import annotations

import json
import re
import zipfile
from importlib import resources
from pathlib import Path

import yaml
from jsonschema import Draft7Validator

ROOT = Path(__file__).resolve().parent.parent
COMPOSE = yaml.safe_load((ROOT / "docker-compose.yml").read_text())


def test_compose_file_follows_the_compose_specification():
    schema = json.loads((resources.files("check_jsonschema.builtin_schemas.vendor")
                         / "compose-spec.json").read_text("utf-8"))
    errors = [e.message for e in Draft7Validator(schema).iter_errors(COMPOSE)]
    assert errors == []


def test_services_have_health_checks_and_the_worker_waits_for_them():
    services = COMPOSE["services"]
    assert {"redis", "mongo", "worker", "flower"} <= set(services)
    for name in ("redis", "mongo", "worker"):
        assert services[name]["healthcheck"]["test"]
    assert services["worker"]["depends_on"] == {"redis": {"condition": "service_healthy"},
                                                "mongo": {"condition": "service_healthy"}}
    assert services["mongo"]["image"].startswith("mongo:")
    assert any(v.endswith(":/data/db") for v in services["mongo"]["volumes"])


def test_the_worker_can_be_scaled():
    worker = COMPOSE["services"]["worker"]
    assert "container_name" not in worker and "ports" not in worker
    env = worker["environment"]
    assert env["INGEST_BROKER_URL"].startswith("redis://redis:")
    assert env["INGEST_MONGO_URI"].startswith("mongodb://mongo:")


def test_the_dockerfile_installs_the_package_and_runs_the_worker():
    dockerfile = (ROOT / "Dockerfile").read_text()
    assert re.search(r"^FROM python:3\.1[1-9]", dockerfile, re.M)
    assert 'CMD ["ingest", "worker"]' in dockerfile and "USER ingest" in dockerfile
    for copied in ("pyproject.toml", "schemas", "worker"):
        assert re.search(rf"^COPY .*{copied}", dockerfile, re.M)


def test_the_built_package_carries_its_schemas(tmp_path):
    import subprocess
    import sys
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
                    "-w", str(tmp_path), str(ROOT)], check=True, capture_output=True)
    [wheel] = tmp_path.glob("*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "worker/schemas/document.schema.json" in names
    assert "worker/schemas/submission.schema.json" in names
