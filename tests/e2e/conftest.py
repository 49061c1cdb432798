"""The real site for browser tests: gunicorn (config/gunicorn.py, 2 workers, DEBUG off)
on a free loopback port, over a private database (SQLite; a scratch PostgreSQL database
when the suite runs with a postgres:// DATABASE_URL), index and media folder that
`manage.py bootstrap` filled with the five sample reports; Debian's chromium drives it.

Without chromium (or axe-core, for the accessibility pass) the tests are skipped, unless
REQUIRE_E2E=1 (CI), where they fail instead.
"""

from __future__ import annotations

import json
import os
import secrets
import subprocess
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from bench.site import free_port, stop_process_group
from tests.deploy.helpers import (
    PYTHON,
    ROOT,
    clean_env,
    manage,
    postgres_base_url,
    scratch_postgres,
)
from tests.e2e.support import ARTIFACTS, HOSTILE_REPORT, require

CHROMIUM = Path(os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
# .ci/run installs axe-core here (README "Tests"); AXE_CORE_JS points elsewhere.
ADMIN_USER = "e2e-admin"
ADMIN_PASSWORD = secrets.token_urlsafe(12)
AXE_DEFAULT = ROOT / "var" / "e2e-tools" / "node_modules" / "axe-core" / "axe.min.js"


@dataclass
class Site:
    url: str
    admin_user: str
    admin_password: str = field(repr=False)
    # id -> {title, place, province, year} of the reports present at session start
    reports: dict[int, dict] = field(repr=False)
    hostile_id: int = field(repr=False)
    env: dict[str, str] = field(repr=False)
    log: Path = field(repr=False)
    process: subprocess.Popen = field(repr=False)

    def report_id(self, place: str) -> int:
        """The one report whose place label (南平市, 福建省 · 南平市 ...) contains `place`."""
        (found,) = [pk for pk, r in self.reports.items() if place in r["place"]]
        return found

    @property
    def seed_ids(self) -> set[int]:
        return set(self.reports) - {self.hostile_id}


def _wait_until_serving(url: str, process: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"gunicorn exited {process.returncode}:\n{log.read_text()[-4000:]}")
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.2)  # readiness probe of the server process, not a wait in a test
    raise RuntimeError(f"gunicorn did not answer {url} within 60 s:\n{log.read_text()[-4000:]}")


@pytest.fixture(scope="session")
def chromium_path() -> Path:
    require(CHROMIUM.exists(), f"{CHROMIUM} is missing (apt-get install -y chromium)")
    return CHROMIUM


@pytest.fixture(scope="session")
def site_database(tmp_path_factory):
    """SQLite; on the PostgreSQL run (DATABASE_URL=postgres://...) a scratch database there."""
    base = postgres_base_url()
    if base is None:
        yield f"sqlite:///{tmp_path_factory.mktemp('sitedb') / 'db.sqlite3'}"
        return
    with scratch_postgres(base, "e2e") as url:
        yield url


@pytest.fixture(scope="session")
def live_site(tmp_path_factory, chromium_path, site_database) -> Site:
    tmp = tmp_path_factory.mktemp("site")
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    env = clean_env(
        tmp,
        DATABASE_URL=site_database,
        DEBUG="0",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="127.0.0.1,localhost",
        CSRF_TRUSTED_ORIGINS=url,
        # Plain HTTP on loopback: the only production switches turned off.
        SESSION_COOKIE_SECURE="0",
        CSRF_COOKIE_SECURE="0",
        GUNICORN_BIND=f"127.0.0.1:{port}",
        GUNICORN_WORKERS="2",
        LOG_LEVEL="WARNING",
    )
    manage("collectstatic", "--noinput", "-v", "0", env=env)
    manage("bootstrap", env=env, timeout=180)
    hostile = tmp / "hostile.txt"
    hostile.write_text(HOSTILE_REPORT, encoding="utf-8")
    imported = manage("import_reports", "--json", str(hostile), env=env)
    hostile_id = json.loads(imported.stdout.strip().splitlines()[-1])["id"]
    manage(
        "createsuperuser",
        "--noinput",
        env={
            **env,
            "DJANGO_SUPERUSER_USERNAME": ADMIN_USER,
            "DJANGO_SUPERUSER_PASSWORD": ADMIN_PASSWORD,
            "DJANGO_SUPERUSER_EMAIL": "e2e@example.org",
        },
    )
    listing = manage(
        "shell",
        "-v",
        "0",
        "-c",
        (
            "import json; from reports.models import Report\n"
            "print(json.dumps({r.pk: {'title': r.title, 'year': r.year, 'place': r.place_label,"
            " 'province': (r.places()['province'].name if r.places()['province'] else None)}"
            " for r in Report.objects.with_places()}, ensure_ascii=False))"
        ),
        env=env,
    )
    reports = {int(k): v for k, v in json.loads(listing.stdout.strip().splitlines()[-1]).items()}

    log = tmp / "gunicorn.log"
    with log.open("wb") as sink:
        process = subprocess.Popen(
            [PYTHON, "-m", "gunicorn", "-c", "config/gunicorn.py", "config.wsgi"],
            cwd=ROOT,
            env=env,
            stdout=sink,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        _wait_until_serving(url + "/", process, log)
        yield Site(url, ADMIN_USER, ADMIN_PASSWORD, reports, hostile_id, env, log, process)
    finally:
        stop_process_group(process, timeout=20)
        ARTIFACTS.mkdir(exist_ok=True)
        (ARTIFACTS / "gunicorn-e2e.log").write_bytes(log.read_bytes())


@pytest.fixture(scope="session")
def browser(chromium_path):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(chromium_path), args=CHROMIUM_ARGS, headless=True
        )
        yield browser
        browser.close()


class PageWatch:
    """Dialogs (alert/confirm) and uncaught page errors seen during one test."""

    def __init__(self) -> None:
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        self.console_errors: list[str] = []


@pytest.fixture
def watch() -> PageWatch:
    return PageWatch()


def _new_page(browser, site: Site, watch: PageWatch, **context_options):
    context = browser.new_context(base_url=site.url, locale="zh-CN", **context_options)
    context.set_default_timeout(10_000)
    page = context.new_page()

    def on_dialog(dialog) -> None:
        watch.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    page.on("dialog", on_dialog)
    page.on("pageerror", lambda error: watch.errors.append(str(error)))
    page.on(
        "console",
        lambda msg: watch.console_errors.append(msg.text) if msg.type == "error" else None,
    )
    return context, page


@pytest.fixture
def open_page(browser, live_site, watch):
    """open_page(**context_options) -> a page in a new context, closed after the test."""
    contexts = []

    def opener(**options):
        options.setdefault("viewport", {"width": 1280, "height": 900})
        context, page = _new_page(browser, live_site, watch, **options)
        contexts.append(context)
        return page

    yield opener
    for context in contexts:
        context.close()


@pytest.fixture
def page(open_page):
    return open_page()


@pytest.fixture
def phone_page(open_page):
    return open_page(
        viewport={"width": 375, "height": 740},
        device_scale_factor=2,
        is_mobile=True,
        has_touch=True,
    )


@pytest.fixture
def admin_page(open_page, live_site):
    """A browser context logged in to the admin through the login form."""
    from playwright.sync_api import expect

    page = open_page()
    page.goto("/admin/login/?next=/admin/")
    page.fill("#id_username", live_site.admin_user)
    page.fill("#id_password", live_site.admin_password)
    page.click("input[type=submit], button[type=submit]")
    expect(page).to_have_url(f"{live_site.url}/admin/")
    return page


@pytest.fixture(scope="session")
def axe_source() -> str:
    path = Path(os.environ.get("AXE_CORE_JS", AXE_DEFAULT))
    require(
        path.exists(),
        f"axe-core not found at {path} (npm install --no-save --prefix var/e2e-tools axe-core@4,"
        " or set AXE_CORE_JS)",
    )
    return path.read_text(encoding="utf-8")
