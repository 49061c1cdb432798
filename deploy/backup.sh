#!/bin/sh
# deploy/backup.sh DEST_DIR — back up the database and the uploaded originals.
#
# PostgreSQL (DATABASE_URL=postgres://...): pg_dump --format=custom -> DEST_DIR/db.pgdump
# SQLite:      manage.py dumpdata (portable JSON, no content types, permissions, sessions
#              or divisions, which `migrate` recreates) -> DEST_DIR/data.json
# Both:        MEDIA_ROOT -> DEST_DIR/media.tar.gz, plus a manifest of the divisions.
# The search index is not backed up: restore.sh rebuilds it from the database.
set -eu
. "$(dirname "$0")/_common.sh"

[ $# -eq 1 ] || die "usage: $0 DEST_DIR"
dest="$1"
mkdir -p "$dest"
[ -z "$(ls -A "$dest")" ] || die "$dest is not empty"
read_settings

case "$DB_ENGINE" in
    postgresql)
        pg_dump --format=custom --no-owner --no-privileges --file "$dest/db.pgdump" "$(pg_url)"
        ;;
    sqlite3)
        manage dumpdata --natural-foreign --natural-primary $DUMP_EXCLUDES \
            --indent 1 --output "$dest/data.json"
        ;;
    *) die "unsupported database engine $DB_ENGINE" ;;
esac
division_manifest > "$dest/divisions.tsv"

if [ -d "$MEDIA_DIR" ]; then
    tar -C "$MEDIA_DIR" -czf "$dest/media.tar.gz" .
else
    tar -czf "$dest/media.tar.gz" --files-from /dev/null
fi
{
    echo "created=$(date -u +%Y-%m-%dT%H:%M:%SZ)"
    echo "engine=$DB_ENGINE"
} > "$dest/BACKUP_INFO"
log "backup written to $dest ($(du -sh "$dest" | cut -f1))"
