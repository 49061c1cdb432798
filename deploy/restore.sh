#!/bin/sh
# deploy/restore.sh BACKUP_DIR — restore a backup made by backup.sh, then rebuild the index.
#
# Into an EMPTY database (a new SQLite file, or a new PostgreSQL database): stop the web
# service first. PostgreSQL: pg_restore --clean replaces what the dump contains.
set -eu
. "$(dirname "$0")/_common.sh"

[ $# -eq 1 ] || die "usage: $0 BACKUP_DIR"
src="$1"
[ -f "$src/BACKUP_INFO" ] || die "$src is not a backup made by backup.sh"
read_settings

case "$DB_ENGINE" in
    postgresql)
        [ -f "$src/db.pgdump" ] || die "$src has no db.pgdump (a SQLite backup? set DATABASE_URL to SQLite)"
        pg_restore --clean --if-exists --no-owner --no-privileges --exit-on-error \
            --dbname "$(pg_url)" "$src/db.pgdump"
        # A backup of an older release: bring the schema forward.
        manage migrate --noinput -v 0
        ;;
    sqlite3)
        [ -f "$src/data.json" ] || die "$src has no data.json"
        manage migrate --noinput -v 0
        count="$(manage shell -v 0 -c 'from reports.models import Report; print(Report.objects.count())')"
        [ "$count" = "0" ] || die "the database already holds $count reports: restore into an empty one"
        # The divisions come from the migration, not from the dump: same keys or stop.
        division_manifest > "$src/.divisions.now"
        if ! cmp -s "$src/divisions.tsv" "$src/.divisions.now"; then
            rm -f "$src/.divisions.now"
            die "the divisions created by this release differ from the backup's: restore with the release that made it"
        fi
        rm -f "$src/.divisions.now"
        manage loaddata "$src/data.json" -v 0
        ;;
    *) die "unsupported database engine $DB_ENGINE" ;;
esac

mkdir -p "$MEDIA_DIR"
tar -C "$MEDIA_DIR" -xzf "$src/media.tar.gz"
manage rebuild_index --noinput -v 0
log "restored $src; search index rebuilt"
