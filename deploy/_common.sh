# Shared by backup.sh, restore.sh and restore_drill.sh (sourced, not run).
# The environment is the site's own (DATABASE_URL, MEDIA_ROOT, SEARCH_INDEX_PATH, ...).
PROJECT_DIR="$(cd "$(dirname "$0")/.." && pwd)"
PYTHON="${PYTHON:-python}"
manage() { "$PYTHON" "$PROJECT_DIR/manage.py" "$@"; }
die() { echo "$(basename "$0"): $*" >&2; exit 1; }
log() { echo "$(basename "$0"): $*" >&2; }

# One Django start-up answers every setting the scripts need.
read_settings() {
    eval "$(manage shell -v 0 -c '
import shlex
from django.conf import settings
db = settings.DATABASES["default"]
print("DB_ENGINE=" + shlex.quote(db["ENGINE"].rsplit(".", 1)[-1]))
print("DB_NAME=" + shlex.quote(str(db["NAME"])))
print("MEDIA_DIR=" + shlex.quote(str(settings.MEDIA_ROOT)))
')"
}

# The pg_* tools take the libpq form of the URL (postgres:// and postgresql:// both work).
pg_url() {
    case "${DATABASE_URL:-}" in
        postgres://*|postgresql://*) echo "$DATABASE_URL" ;;
        *) die "PostgreSQL settings without a postgres:// DATABASE_URL: pass one" ;;
    esac
}

# Divisions are created by migration 0002 and left out of the JSON dump: a restore is
# only valid when the fresh migration gives every division the same primary key.
DUMP_EXCLUDES="-e contenttypes -e auth.permission -e sessions -e reports.jurisdiction -e reports.historicalname"
division_manifest() {
    manage shell -v 0 -c '
from reports.models import HistoricalName, Jurisdiction
for row in Jurisdiction.objects.order_by("pk").values_list("pk", "code", "name", "level", "parent_id"):
    print("J", *row, sep="\t")
for row in HistoricalName.objects.order_by("pk").values_list("pk", "name", "jurisdiction_id", "changed_year"):
    print("H", *row, sep="\t")
'
}
