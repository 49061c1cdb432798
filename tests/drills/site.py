"""A real site for the drills: gunicorn on a free port over a private SQLite DB, index and
media folder, and an admin client that goes through login, CSRF, upload, preview, confirm.

The first drill builds a template site (migrate, the five seeds, an index, static files,
a superuser); each drill copies it, so none pays for migrations or another's writes.
"""

from __future__ import annotations

import contextlib
import http.client
import http.cookiejar
import json
import re
import secrets
import shutil
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from bench.site import free_port, stop_process_group
from reports.divisions import all_divisions
from search import probe
from tests.deploy.helpers import PYTHON, ROOT, clean_env, manage

ADMIN_USER = "drill-admin"
ADMIN_PASSWORD = "drill-" + secrets.token_urlsafe(12)
SECRET_KEY = "drill-" + secrets.token_urlsafe(40)


def wait_for(check: Callable[[], object], timeout: float, what: str, every: float = 0.05):
    """Poll `check` until it returns something truthy; fail after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")
        time.sleep(every)  # polling interval of a deadline loop, not a synchronisation sleep


# -- the site on disk --------------------------------------------------------------------
def build_template(tmp: Path) -> Path:
    env = clean_env(tmp, DEBUG="0", SECRET_KEY=SECRET_KEY)
    manage("collectstatic", "--noinput", "-v", "0", env=env)
    manage("bootstrap", env=env, timeout=180)
    manage(
        "createsuperuser",
        "--noinput",
        env={
            **env,
            "DJANGO_SUPERUSER_USERNAME": ADMIN_USER,
            "DJANGO_SUPERUSER_PASSWORD": ADMIN_PASSWORD,
            "DJANGO_SUPERUSER_EMAIL": "drill@example.org",
        },
    )
    return tmp


def clone(template: Path, dest: Path) -> Path:
    shutil.copytree(template, dest, symlinks=True, dirs_exist_ok=True)
    return dest


def site_env(tmp: Path, port: int, **overrides: str) -> dict[str, str]:
    url = f"http://127.0.0.1:{port}"
    (tmp / "tmp").mkdir(exist_ok=True)
    env = clean_env(
        tmp,
        DEBUG="0",
        SECRET_KEY=SECRET_KEY,
        ALLOWED_HOSTS="127.0.0.1,localhost",
        CSRF_TRUSTED_ORIGINS=url,
        SESSION_COOKIE_SECURE="0",
        CSRF_COOKIE_SECURE="0",
        GUNICORN_BIND=f"127.0.0.1:{port}",
        GUNICORN_WORKERS="2",
        GUNICORN_LOG_LEVEL="warning",
        LOG_LEVEL="WARNING",
        TMPDIR=str(tmp / "tmp"),  # so a drill can see temp files left behind
    )
    env.update(overrides)
    return env


def shell(env: dict[str, str], code: str, timeout: float = 120) -> str:
    """Run Python in `manage.py shell` on the site; the last stdout line."""
    out = manage("shell", "-v", "0", "-c", code, env=env, timeout=timeout).stdout.strip()
    return out.splitlines()[-1] if out else ""


def db_reports(env: dict[str, str]) -> dict[int, str]:
    """id -> title of every report in the site's database."""
    code = (
        "import json; from reports.models import Report\n"
        "print(json.dumps(dict(Report.objects.values_list('pk', 'title'))))"
    )
    return {int(k): v for k, v in json.loads(shell(env, code)).items()}


def index_ids(env: dict[str, str]) -> set[int]:
    code = "import json; from search import indexing\nprint(json.dumps(sorted(indexing.indexed_fingerprints())))"
    return set(json.loads(shell(env, code)))


def generations(tmp: Path) -> list[Path]:
    return sorted(tmp.glob("whoosh.gen-*"))


# -- gunicorn ----------------------------------------------------------------------------
@dataclass
class Server:
    url: str
    env: dict[str, str]
    process: subprocess.Popen
    log: Path

    def worker_pids(self) -> list[int]:
        children = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children")
        return [int(p) for p in children.read_text().split()]

    def log_text(self) -> str:
        return self.log.read_text(errors="replace")


def _status(pid: int, key: str) -> int:
    """A VmRSS/VmHWM figure of /proc/<pid>/status, in kB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(key + ":"):
            return int(line.split()[1])
    raise KeyError(key)


def memory_kb(pid: int) -> dict[str, int]:
    return {"rss": _status(pid, "VmRSS"), "peak": _status(pid, "VmHWM")}


@contextlib.contextmanager
def gunicorn(tmp: Path, workers: int = 2, **overrides: str):
    port = free_port()
    env = site_env(tmp, port, GUNICORN_WORKERS=str(workers), **overrides)
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
    server = Server(f"http://127.0.0.1:{port}", env, process, log)
    try:

        def up() -> bool:
            if process.poll() is not None:
                raise AssertionError(f"gunicorn exited:\n{server.log_text()[-3000:]}")
            ready = probe.fetch(server.url + "/", timeout=5)[0] == 200
            return ready and len(server.worker_pids()) == workers

        wait_for(up, 60, "gunicorn to serve", every=0.1)
        yield server
    finally:
        stop_process_group(process, timeout=20)


def api_count(base: str, q: str, mode: str = "exact") -> tuple[int, int, list[int]]:
    """(status, count, ids) of /api/search?q=... (count -1 when not 200).

    Exact mode by default: the drills count the reports holding a unique string."""
    query = urllib.parse.urlencode({"q": q, "mode": mode})
    status, _, body, _ = probe.fetch(f"{base}/api/search?{query}")
    if status != 200:
        return status, -1, []
    data = json.loads(body)
    return status, data["count"], [r["id"] for r in data["results"]]


# -- an admin in a browser, without the browser ------------------------------------------
class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class _Form(HTMLParser):
    """The fields (name -> value) of the form whose action contains `action`."""

    def __init__(self, action: str) -> None:
        super().__init__()
        self.action = action
        self.inside = False
        self.fields: dict[str, str] = {}
        self._select: str | None = None
        self._textarea: str | None = None

    def handle_starttag(self, tag, attrs):
        a = {k: (v or "") for k, v in attrs}
        if tag == "form":
            self.inside = self.action in a.get("action", "")
        if not self.inside:
            return
        if tag == "input" and a.get("name") and a.get("type") not in ("submit", "button"):
            self.fields[a["name"]] = a.get("value", "")
        elif tag == "select":
            self._select = a.get("name")
            self.fields.setdefault(self._select, "")
        elif tag == "option" and self._select and "selected" in a:
            self.fields[self._select] = a.get("value", "")
        elif tag == "textarea":
            self._textarea = a.get("name")
            self.fields[self._textarea] = ""

    def handle_endtag(self, tag):
        if tag == "form":
            self.inside = False
        elif tag == "select":
            self._select = None
        elif tag == "textarea":
            self._textarea = None

    def handle_data(self, data):
        if self._textarea:
            self.fields[self._textarea] += data


def form_fields(html: str, action: str) -> dict[str, str]:
    parser = _Form(action)
    parser.feed(html)
    return parser.fields


def multipart(fields: dict[str, str], files: dict[str, tuple[str, bytes]]) -> tuple[bytes, str]:
    boundary = "----drill" + secrets.token_hex(12)
    out = bytearray()
    for name, value in fields.items():
        out += f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n'.encode()
        out += value.encode() + b"\r\n"
    for name, (filename, data) in files.items():
        out += (
            f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; '
            f'filename="{filename}"\r\nContent-Type: application/octet-stream\r\n\r\n'
        ).encode()
        out += data + b"\r\n"
    out += f"--{boundary}--\r\n".encode()
    return bytes(out), f"multipart/form-data; boundary={boundary}"


@dataclass
class Answer:
    status: int
    body: str
    location: str = ""


@dataclass
class Admin:
    base: str
    jar: http.cookiejar.CookieJar = field(default_factory=http.cookiejar.CookieJar)

    def __post_init__(self) -> None:
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(self.jar), _NoRedirect
        )

    def request(self, path: str, data: bytes | None = None, content_type: str = "") -> Answer:
        req = urllib.request.Request(self.base + path, data=data)
        if content_type:
            req.add_header("Content-Type", content_type)
        try:
            with self.opener.open(req, timeout=60) as response:
                return Answer(response.status, response.read().decode("utf-8", "replace"))
        except urllib.error.HTTPError as error:
            body = error.read().decode("utf-8", "replace")
            return Answer(error.code, body, error.headers.get("Location", ""))

    def csrf(self, html: str) -> str:
        match = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)
        assert match, html[:2000]
        return match.group(1)

    def login(self) -> Admin:
        page = self.request("/admin/login/")
        data = urllib.parse.urlencode(
            {
                "csrfmiddlewaretoken": self.csrf(page.body),
                "username": ADMIN_USER,
                "password": ADMIN_PASSWORD,
                "next": "/admin/",
            }
        ).encode()
        answer = self.request("/admin/login/", data, "application/x-www-form-urlencoded")
        assert answer.status == 302 and answer.location == "/admin/", answer.body[:2000]
        return self

    def cookie_header(self) -> str:
        return "; ".join(f"{c.name}={c.value}" for c in self.jar)

    def upload(self, data: bytes, filename: str, source_url: str = "") -> Answer:
        """Upload → the preview page (200) or the upload page with errors (400)."""
        token = self.csrf(self.request("/admin/reports/report/upload/").body)
        body, content_type = multipart(
            {"csrfmiddlewaretoken": token, "text": "", "source_url": source_url},
            {"file": (filename, data)},
        )
        return self.request("/admin/reports/report/upload/", body, content_type)

    def confirm(self, preview: Answer) -> Answer:
        """Submit the preview's form as shown: 302 to the change page when saved."""
        fields = form_fields(preview.body, "/upload/confirm/")
        assert "token" in fields and "csrfmiddlewaretoken" in fields, fields
        data = urllib.parse.urlencode(fields).encode()
        return self.request(
            "/admin/reports/report/upload/confirm/", data, "application/x-www-form-urlencoded"
        )


def post_streaming(url: str, headers: dict[str, str], chunks: Iterable[bytes], length: int):
    """POST a body of `length` bytes chunk by chunk (never whole in this process's memory)."""
    parts = urllib.parse.urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=120)
    conn.putrequest("POST", parts.path)
    for name, value in {**headers, "Content-Length": str(length)}.items():
        conn.putheader(name, value)
    conn.endheaders()
    sent_all = True
    try:
        for chunk in chunks:
            conn.send(chunk)
    except (BrokenPipeError, ConnectionResetError):
        sent_all = False  # the server may answer and close before the body ends
    response = conn.getresponse()
    body = response.read().decode("utf-8", "replace")
    conn.close()
    return response.status, body, sent_all


# -- report texts ------------------------------------------------------------------------
def unique_counties(n: int) -> list[tuple[str, str]]:
    """(name, code) of n counties (名称以县结尾) whose name no other division shares."""
    divisions = all_divisions()
    counts: dict[str, int] = {}
    for d in divisions:
        counts[d.name] = counts.get(d.name, 0) + 1
    picked = [
        (d.name, d.code)
        for d in divisions
        if d.level == "county" and d.name.endswith("县") and counts[d.name] == 1
    ]
    step = max(1, len(picked) // n)
    return picked[::step][:n]


def token(i: int) -> str:
    """A made-up Latin word that occurs nowhere else: finds one report and only it."""
    return "drill" + "".join(chr(97 + (i // 26**k) % 26) for k in range(3)) + "q"


def report_text(county: str, year: int, i: int) -> str:
    mark = token(i)
    return f"""{county}人民政府关于{year}年度法治政府建设情况的报告

发布时间：{year + 1}-03-{1 + i % 27:02d}　来源：{county}人民政府

{year}年，{county}坚持以习近平法治思想为指导，全面推进依法行政，建设{mark}工作平台。现将有关情况报告如下：

一、主要做法和成效

（一）加强组织领导。县政府常务会议专题研究法治政府建设工作{3 + i % 7}次，推动行政复议体制改革落地见效。

（二）规范行政执法。全面推行行政执法公示制度，开展柔性执法，办理行政复议案件{20 + i}件。

二、存在的不足

基层执法力量仍然薄弱，法治宣传的针对性有待加强。

三、下一步工作打算

持续深化行政复议体制改革，提升依法行政水平，完善{mark}平台。
"""


def api_count_local(env: dict[str, str], q: str) -> int:
    """Hits for q through the search API of the site's settings (a Django test client)."""
    code = (
        "import json; from django.test import Client\n"
        f"print(Client().get('/api/search', {{'q': {q!r}, 'mode': 'exact'}}).json()['count'])"
    )
    return int(shell(env, code))
