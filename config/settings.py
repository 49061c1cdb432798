"""One settings file, driven by environment variables, that runs with none set.

With nothing set: DEBUG on, SQLite under var/, Whoosh index under var/whoosh.
Production sets DEBUG=0, SECRET_KEY, ALLOWED_HOSTS, DATABASE_URL and friends
(see README "Production").
"""

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(os.environ.get("VAR_DIR", BASE_DIR / "var"))


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG", True)

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        # A guessable key in production lets anyone forge sessions: refuse to start.
        raise ImproperlyConfigured("SECRET_KEY must be set when DEBUG is off.")
    SECRET_KEY = "dev-only-insecure-key-do-not-use-in-production"
elif not DEBUG and SECRET_KEY.upper().startswith("CHANGE-ME"):
    # The placeholder of deploy/production.env.example, copied without being replaced.
    raise ImproperlyConfigured("SECRET_KEY is still the placeholder of production.env.example.")

# Host names the site answers to (comma-separated); with DEBUG off, nothing until set.
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost,[::1]" if DEBUG else "")
# Full origins (https://fazhi.example.org) allowed to POST forms (admin login, upload).
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "search",  # before haystack: our rebuild_index overrides haystack's
    "haystack",
    "reports",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Too-large bodies refused from Content-Length, before anything parses them.
    "config.middleware.RequestSizeLimitMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "config.middleware.SecurityHeadersMiddleware",
    "config.middleware.DatabaseUnavailableMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{VAR_DIR / 'db.sqlite3'}"),
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "0")),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Two gunicorn workers writing at once: wait for the lock instead of failing.
    DATABASES["default"].setdefault("OPTIONS", {})
    DATABASES["default"]["OPTIONS"].update(
        {"timeout": 20, "transaction_mode": "IMMEDIATE", "init_command": "PRAGMA journal_mode=WAL;"}
    )

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "zh-hans"
TIME_ZONE = "Asia/Shanghai"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", VAR_DIR / "staticfiles"))
STORAGES = {
    # Uploaded originals live under MEDIA_ROOT, never under the static path.
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", VAR_DIR / "media"))
MEDIA_URL = "/media/"

# Uploads: refuse anything larger before reading it into memory.
MAX_UPLOAD_BYTES = int(os.environ.get("MAX_UPLOAD_BYTES", str(20 * 1024 * 1024)))
# Pasted text (up to the form's 2,000,000 characters, ~6 MB of UTF-8) is not a file: let
# the form refuse what is too long, with its own message, rather than Django's generic 400.
DATA_UPLOAD_MAX_MEMORY_SIZE = 8 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024
FILE_UPLOAD_PERMISSIONS = 0o640

SEARCH_INDEX_PATH = Path(os.environ.get("SEARCH_INDEX_PATH", VAR_DIR / "whoosh"))
SEARCH_ENGINE = os.environ.get("SEARCH_ENGINE", "whoosh")
# opensearch (elasticsearch: its former name here) = the distributed backend (README "Scaling").
if SEARCH_ENGINE in ("opensearch", "elasticsearch"):
    HAYSTACK_CONNECTIONS = {
        "default": {
            "ENGINE": "search.elasticsearch_backend.OpenSearchEngine",
            "URL": os.environ.get(
                "OPENSEARCH_URL", os.environ.get("ELASTICSEARCH_URL", "http://127.0.0.1:9200/")
            ),
            "INDEX_NAME": os.environ.get(
                "OPENSEARCH_INDEX", os.environ.get("ELASTICSEARCH_INDEX", "fazhi_reports")
            ),
            "TIMEOUT": int(os.environ.get("OPENSEARCH_TIMEOUT", "30")),
        }
    }
else:
    HAYSTACK_CONNECTIONS = {
        "default": {
            "ENGINE": "search.whoosh_engine.ChineseWhooshEngine",
            "PATH": str(SEARCH_INDEX_PATH),
            "BATCH_SIZE": 200,
            "INCLUDE_SPELLING": False,  # a spelling field would run jieba twice per document
        }
    }
# Index updates are queued after commit by our own processor (search/signals.py).
HAYSTACK_SIGNAL_PROCESSOR = "search.signals.OnCommitSignalProcessor"
HAYSTACK_SEARCH_RESULTS_PER_PAGE = 20
# Index writers wait at most this long for the cross-process lock, then journal the change.
SEARCH_WRITE_LOCK_TIMEOUT = float(os.environ.get("SEARCH_WRITE_LOCK_TIMEOUT", "15"))

# Security: production turns these on through the environment (README "Production",
# deploy/production.env.example); `manage.py check --deploy` is clean with that file.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
# Cookies only over HTTPS once DEBUG is off; set both to 0 only for plain-HTTP trials.
SESSION_COOKIE_SECURE = env_bool("SESSION_COOKIE_SECURE", not DEBUG)
CSRF_COOKIE_SECURE = env_bool("CSRF_COOKIE_SECURE", not DEBUG)
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", False)
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "0"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", False)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", False)
if env_bool("BEHIND_TLS_PROXY", False):
    # Only behind a proxy that always sets (never forwards) X-Forwarded-Proto.
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
    "loggers": {"jieba": {"level": "WARNING"}},
}

if os.environ.get("PYTEST_VERSION") or os.environ.get("FAST_PASSWORD_HASHER"):
    PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

FILE_UPLOAD_HANDLERS = [
    "reports.upload_handlers.SizeLimitUploadHandler",
    "django.core.files.uploadhandler.MemoryFileUploadHandler",
    "django.core.files.uploadhandler.TemporaryFileUploadHandler",
]

# Exports, feeds and bulk data (issue 14; README "Export, feeds and bulk data").
# An export lists at most EXPORT_MAX_ROWS reports (the file says so when it stops short);
# a `limit` past it answers 400.
EXPORT_MAX_ROWS = int(os.environ.get("EXPORT_MAX_ROWS", "10000"))
FEED_ITEMS = int(os.environ.get("FEED_ITEMS", "50"))
# Where `manage.py export_archive` dumps go; /data/ lists the newest one found there.
DATA_DUMP_DIR = Path(os.environ.get("DATA_DUMP_DIR", VAR_DIR / "data"))
# Near-duplicates (issue 16, reports/similarity_store.py). A sentence that at least
# max(MIN_REPORTS, SHARE × reports) reports hold is boilerplate and does not count as copying;
# pairs under MIN_SIMILARITY (Jaccard of the rest) are not stored; PER_REPORT best kept.
SIMILAR_BOILERPLATE_SHARE = float(os.environ.get("SIMILAR_BOILERPLATE_SHARE", "0.02"))
SIMILAR_BOILERPLATE_MIN_REPORTS = int(os.environ.get("SIMILAR_BOILERPLATE_MIN_REPORTS", "10"))
SIMILAR_MIN_SIMILARITY = float(os.environ.get("SIMILAR_MIN_SIMILARITY", "0.3"))
SIMILAR_PER_REPORT = int(os.environ.get("SIMILAR_PER_REPORT", "20"))
