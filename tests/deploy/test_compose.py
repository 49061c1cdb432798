"""docker-compose.yml, Dockerfile, .dockerignore and the entrypoint, read without Docker."""

from __future__ import annotations

import json
import os
import re
import subprocess

import pytest
import yaml

from tests.deploy.helpers import DEPLOY, ROOT, clean_env

GUNICORN_COMMAND = ["gunicorn", "-c", "config/gunicorn.py", "config.wsgi"]


@pytest.fixture(scope="module")
def compose() -> dict:
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def dockerfile() -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) pairs, continuation lines joined, comments dropped."""
    text = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    text = re.sub(r"\\\n", " ", text)
    steps = []
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            instruction, _, args = line.partition(" ")
            steps.append((instruction.upper(), args.strip()))
    return steps


def test_it_runs_postgres_15_with_a_volume_and_a_healthcheck(compose):
    db = compose["services"]["db"]
    assert db["image"] == "postgres:15"
    assert any(v.split(":")[0] in compose["volumes"] for v in db["volumes"])
    assert any(v.endswith(":/var/lib/postgresql/data") for v in db["volumes"])
    test = db["healthcheck"]["test"]
    assert "pg_isready" in (test if isinstance(test, str) else " ".join(test))
    assert {"POSTGRES_DB", "POSTGRES_USER", "POSTGRES_PASSWORD"} <= set(db["environment"])
    assert "ports" not in db  # the database is reachable only inside the compose network


def test_it_builds_web_and_waits_for_a_healthy_db(compose):
    web = compose["services"]["web"]
    assert web["build"] == "."
    assert web["depends_on"]["db"]["condition"] == "service_healthy"
    assert web["command"] == GUNICORN_COMMAND
    assert any(str(p).endswith(":8000") for p in web["ports"])


def test_it_points_web_at_postgres_and_the_data_volumes(compose):
    env = compose["services"]["web"]["environment"]
    assert env["DATABASE_URL"].startswith("postgres://")
    assert "@db:5432/" in env["DATABASE_URL"]
    assert env["SEARCH_INDEX_PATH"] == "/data/whoosh"
    assert env["MEDIA_ROOT"] == "/data/media"
    assert env["DEBUG"] == "0"
    assert env["GUNICORN_BIND"] == "0.0.0.0:8000"
    # No default secret: compose refuses to start until SECRET_KEY is set.
    assert re.fullmatch(r"\$\{SECRET_KEY:\?[^}]+\}", env["SECRET_KEY"])
    for name in (
        "ALLOWED_HOSTS",
        "CSRF_TRUSTED_ORIGINS",
        "SESSION_COOKIE_SECURE",
        "CSRF_COOKIE_SECURE",
        "SECURE_SSL_REDIRECT",
        "SECURE_HSTS_SECONDS",
    ):
        assert name in env
    volumes = compose["services"]["web"]["volumes"]
    assert "whoosh:/data/whoosh" in volumes and "media:/data/media" in volumes
    assert set(compose["volumes"]) == {"pgdata", "whoosh", "media", "osdata"}


def test_it_offers_opensearch_behind_a_profile(compose):
    node = compose["services"]["opensearch"]
    assert node["image"].startswith("opensearchproject/opensearch:2.19.")
    assert node["profiles"] == ["opensearch"]
    assert node["environment"]["discovery.type"] == "single-node"
    assert node["environment"]["DISABLE_SECURITY_PLUGIN"] == "true"
    assert "analysis-smartcn" in " ".join(node["command"])
    assert "ports" not in node  # reachable only inside the compose network
    env = compose["services"]["web"]["environment"]
    assert env["OPENSEARCH_URL"].endswith("//opensearch:9200/}")


def test_it_builds_a_non_root_image_with_static_files(dockerfile):
    instructions = [i for i, _ in dockerfile]
    assert dockerfile[0] == ("FROM", "python:3.11-slim")
    runs = " ".join(args for i, args in dockerfile if i == "RUN")
    assert "pip install" in runs
    assert "manage.py collectstatic --noinput" in runs
    users = [args for i, args in dockerfile if i == "USER"]
    assert users and users[-1] not in {"root", "0"}
    # The last USER comes before the entrypoint and the command.
    assert instructions.index("CMD") > max(n for n, (i, _) in enumerate(dockerfile) if i == "USER")
    entrypoint = json.loads(dict(dockerfile)["ENTRYPOINT"])
    assert entrypoint == ["deploy/entrypoint.sh"]
    assert json.loads(dict(dockerfile)["CMD"]) == GUNICORN_COMMAND
    assert "8000" in dict(dockerfile)["EXPOSE"]


def test_it_keeps_local_data_out_of_the_build_context():
    ignored = (ROOT / ".dockerignore").read_text(encoding="utf-8").split()
    for entry in (".venv", "var/", ".env", ".git", "artifacts/"):
        assert entry in ignored, entry


def test_it_ships_shell_scripts_that_parse():
    for script in sorted(DEPLOY.glob("*.sh")):
        result = subprocess.run(["sh", "-n", str(script)], capture_output=True, text=True)
        assert result.returncode == 0, f"{script.name}: {result.stderr}"
        if not script.name.startswith("_"):
            assert os.access(script, os.X_OK), f"{script.name} is not executable"


def test_it_migrates_and_indexes_on_start_without_importing_samples(tmp_path):
    """The entrypoint on an empty SQLite site: schema + divisions, index built, 0 reports."""
    env = clean_env(tmp_path)
    probe = (
        "import os; from reports.models import Jurisdiction, Report; "
        "print(Jurisdiction.objects.count(), Report.objects.count(), "
        "bool(os.listdir(os.environ['SEARCH_INDEX_PATH'])))"
    )
    command = ["python", "manage.py", "shell", "-v", "0", "-c", probe]
    result = subprocess.run(
        [str(DEPLOY / "entrypoint.sh"), *command],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    divisions, reports, indexed = result.stdout.split()[-3:]
    assert int(divisions) > 3000
    assert reports == "0"
    assert indexed == "True"
