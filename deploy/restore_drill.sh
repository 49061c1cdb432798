#!/bin/sh
# deploy/restore_drill.sh WORK_DIR — prove that a backup restores: back up the current
# site, wipe it, restore, rebuild the index and compare report ids and search results.
#
# It WIPES the configured database, media and index, so run it on a copy: point
# DATABASE_URL, MEDIA_ROOT and SEARCH_INDEX_PATH at scratch paths. A PostgreSQL database
# (its public schema is dropped) also needs DRILL_ALLOW_WIPE=1.
# Prints one JSON line (before/after); exit status 1 on any difference.
set -eu
. "$(dirname "$0")/_common.sh"

[ $# -eq 1 ] || die "usage: $0 WORK_DIR"
work="$1"
query="${DRILL_QUERY:-行政复议}"
read_settings
case "$DB_ENGINE" in
    sqlite3) ;;
    postgresql)
        [ "${DRILL_ALLOW_WIPE:-0}" = "1" ] || die "the drill wipes the database: run it on a \
SQLite copy, or on a scratch PostgreSQL database with DRILL_ALLOW_WIPE=1" ;;
    *) die "unsupported database engine $DB_ENGINE" ;;
esac

snapshot() {
    DRILL_QUERY="$query" manage shell -v 0 -c '
import json, os
from haystack.query import SearchQuerySet
from reports.models import Report
hits = SearchQuerySet().models(Report).auto_query(os.environ["DRILL_QUERY"])
print(json.dumps({
    "ids": sorted(Report.objects.values_list("pk", flat=True)),
    "titles": sorted(Report.objects.values_list("title", flat=True)),
    "search": sorted(int(h.pk) for h in hits),
    "originals": sorted(r.original.name for r in Report.objects.all() if r.original),
}))
'
}

mkdir -p "$work"
before="$(snapshot)"
"$(dirname "$0")/backup.sh" "$work/backup"

log "wiping $DB_NAME, $MEDIA_DIR and the search index"
if [ "$DB_ENGINE" = "sqlite3" ]; then
    rm -f "$DB_NAME" "$DB_NAME-wal" "$DB_NAME-shm" "$DB_NAME-journal"
else
    manage shell -v 0 -c '
from django.db import connection
with connection.cursor() as cursor:
    cursor.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public")
'
fi
rm -rf "$MEDIA_DIR"
index_dir="$(manage shell -v 0 -c 'from django.conf import settings; print(settings.HAYSTACK_CONNECTIONS["default"].get("PATH", ""))')"
[ -n "$index_dir" ] && rm -rf "$index_dir"

"$(dirname "$0")/restore.sh" "$work/backup"
after="$(snapshot)"

# Every original file listed by the database must exist again under MEDIA_ROOT.
missing="$(manage shell -v 0 -c '
from reports.models import Report
print(sum(1 for r in Report.objects.all() if r.original and not r.original.storage.exists(r.original.name)))
')"
printf '{"before": %s, "after": %s, "missing_originals": %s}\n' "$before" "$after" "$missing"
[ "$before" = "$after" ] || die "restore differs from the original"
[ "$missing" = "0" ] || die "$missing original files missing after restore"
log "drill passed"
