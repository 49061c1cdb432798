# 法治报告库: gunicorn + whitenoise behind a TLS proxy; PostgreSQL via DATABASE_URL.
# docker compose up -d && docker compose exec web python manage.py createsuperuser
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    DEBUG=0 \
    STATIC_ROOT=/app/staticfiles \
    MEDIA_ROOT=/data/media \
    SEARCH_INDEX_PATH=/data/whoosh \
    GUNICORN_BIND=0.0.0.0:8000

# postgresql-client: pg_dump/pg_restore for deploy/backup.sh and deploy/restore.sh.
RUN apt-get update \
    && apt-get install -y --no-install-recommends postgresql-client \
    && rm -rf /var/lib/apt/lists/*

RUN groupadd --system app && useradd --system --gid app --home-dir /app --shell /usr/sbin/nologin app

WORKDIR /app

# Dependencies first, in their own layer: source edits do not reinstall them.
COPY pyproject.toml ./
RUN python -c "import tomllib; print('\n'.join(tomllib.load(open('pyproject.toml', 'rb'))['project']['dependencies']))" > /tmp/requirements.txt \
    && pip install -r /tmp/requirements.txt \
    && rm /tmp/requirements.txt

COPY . .
RUN pip install --no-deps -e . \
    && DEBUG=0 SECRET_KEY=collectstatic-at-build-time-only-never-used-to-serve-requests \
       python manage.py collectstatic --noinput \
    && mkdir -p /data/media /data/whoosh \
    && chown -R app:app /data \
    && chmod +x deploy/entrypoint.sh deploy/backup.sh deploy/restore.sh

USER app
# jieba caches its prepared dictionary in the temp dir: build it once into the image.
RUN python -c "import jieba; jieba.initialize()"

VOLUME ["/data/media", "/data/whoosh"]
EXPOSE 8000

ENTRYPOINT ["deploy/entrypoint.sh"]
CMD ["gunicorn", "-c", "config/gunicorn.py", "config.wsgi"]
