"""`manage.py check --deploy` is clean with deploy/production.env.example; unsafe setups refuse."""

from __future__ import annotations

import secrets

import pytest

from tests.deploy.helpers import DEPLOY, clean_env, manage, read_env_file

PRODUCTION_ENV = DEPLOY / "production.env.example"


def production_env(tmp_path, **changes: str | None) -> dict[str, str]:
    values = read_env_file(PRODUCTION_ENV)
    values.update(
        SECRET_KEY=secrets.token_urlsafe(50),
        DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}",
        SEARCH_INDEX_PATH=str(tmp_path / "whoosh"),
        MEDIA_ROOT=str(tmp_path / "media"),
        STATIC_ROOT=str(tmp_path / "static"),
        VAR_DIR=str(tmp_path / "var"),
    )
    for key, value in changes.items():
        if value is None:
            values.pop(key, None)
        else:
            values[key] = value
    return clean_env(**values)


def test_it_documents_every_switch_in_the_example():
    values = read_env_file(PRODUCTION_ENV)
    assert values["DEBUG"] == "0"
    for key in (
        "SECRET_KEY",
        "ALLOWED_HOSTS",
        "CSRF_TRUSTED_ORIGINS",
        "DATABASE_URL",
        "SECURE_SSL_REDIRECT",
        "SECURE_HSTS_SECONDS",
        "SESSION_COOKIE_SECURE",
        "CSRF_COOKIE_SECURE",
        "BEHIND_TLS_PROXY",
    ):
        assert values.get(key), key
    assert values["CSRF_TRUSTED_ORIGINS"].startswith("https://")
    assert values["SECRET_KEY"].startswith("CHANGE-ME")


def test_it_passes_check_deploy_without_a_warning(tmp_path):
    env = production_env(tmp_path)
    manage("collectstatic", "--noinput", "-v", "0", env=env)  # as a deployment does
    result = manage("check", "--deploy", "--fail-level", "WARNING", env=env, check=False)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "System check identified no issues" in output, output
    assert "WARNING" not in output and "security.W" not in output, output


@pytest.mark.parametrize(
    ("variable", "warning"),
    [
        ("SECURE_HSTS_SECONDS", "security.W004"),
        ("SECURE_SSL_REDIRECT", "security.W008"),
        ("SESSION_COOKIE_SECURE", "security.W012"),
        ("CSRF_COOKIE_SECURE", "security.W016"),
    ],
)
def test_it_warns_when_a_switch_is_off(tmp_path, variable, warning):
    """The check above is not vacuous: each switch of the example file is what silences one."""
    manage("collectstatic", "--noinput", "-v", "0", env=production_env(tmp_path))
    result = manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        env=production_env(tmp_path, **{variable: "0"}),
        check=False,
    )
    assert result.returncode != 0
    assert warning in result.stdout + result.stderr


def test_it_refuses_to_start_without_a_secret_key(tmp_path):
    result = manage("check", env=production_env(tmp_path, SECRET_KEY=None), check=False)
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert "SECRET_KEY must be set" in result.stderr


def test_it_refuses_the_placeholder_secret_key(tmp_path):
    placeholder = read_env_file(PRODUCTION_ENV)["SECRET_KEY"]
    result = manage("check", env=production_env(tmp_path, SECRET_KEY=placeholder), check=False)
    assert result.returncode != 0
    assert "placeholder" in result.stderr


def test_it_answers_only_the_allowed_hosts(tmp_path):
    code = (
        "from django.test import Client\n"
        "c = Client()\n"
        "print(c.get('/no-such-page/', HTTP_HOST='evil.example.com', secure=True).status_code)\n"
        "print(c.get('/no-such-page/', HTTP_HOST='fazhi.example.org', secure=False).status_code)\n"
        "r = c.get('/no-such-page/', HTTP_HOST='fazhi.example.org', secure=True)\n"
        "print(r.headers.get('Strict-Transport-Security'))\n"
    )
    env = production_env(tmp_path)
    manage("collectstatic", "--noinput", "-v", "0", env=env)  # error pages use {% static %}
    result = manage("shell", "-v", "0", "-c", code, env=env)
    bad_host, plain_http, hsts = result.stdout.strip().splitlines()[-3:]
    assert bad_host == "400"
    assert plain_http == "301"  # SECURE_SSL_REDIRECT
    assert "max-age=31536000" in hsts and "includeSubDomains" in hsts and "preload" in hsts
