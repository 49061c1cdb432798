# Joins the two migrations written in parallel (indicators, near-duplicates); no operations.
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("reports", "0004_indicator"),
        ("reports", "0005_similarity"),
    ]

    operations = []
