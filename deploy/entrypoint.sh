#!/bin/sh
# Container start: bring the database and the search index up to date, then run the
# command (gunicorn by default). Samples are imported only with IMPORT_SAMPLES=1.
set -eu
cd "$(dirname "$0")/.."

python manage.py migrate --noinput
mkdir -p "${MEDIA_ROOT:-/data/media}" "${SEARCH_INDEX_PATH:-/data/whoosh}"

if [ "${IMPORT_SAMPLES:-0}" = "1" ]; then
    # Idempotent: already-imported samples are reported as duplicates.
    python manage.py import_reports fixtures/seeds || echo "entrypoint: some samples failed to import"
fi

# A new (empty) index volume, or an explicit request: build the index from the database.
index_dir="${SEARCH_INDEX_PATH:-/data/whoosh}"
if [ "${REBUILD_INDEX:-0}" = "1" ] || [ -z "$(ls -A "$index_dir" 2>/dev/null)" ]; then
    python manage.py rebuild_index --noinput
fi

exec "$@"
